import { MigrationInterface, QueryRunner } from 'typeorm';

export class Transparency1795893610634 implements MigrationInterface {
  name = 'Transparency1795893610634';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "publication" ("id" varchar(36) PRIMARY KEY NOT NULL, "subject_type" varchar(40) NOT NULL, "subject_id" varchar(36) NOT NULL, "body_id" varchar(36) NOT NULL, "title" varchar(300) NOT NULL, "status" varchar(16) NOT NULL, "disclosure_reviewed_at" datetime, "disclosure_reviewed_by" varchar(200), "classified" boolean NOT NULL, "published_at" datetime, "published_by" varchar(200), "withdrawn_at" datetime, "withdrawal_reason" text, "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_publication_status" ON "publication" ("status", "subject_type") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_publication_subject" ON "publication" ("subject_type", "subject_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_publication_subject"`);
    await queryRunner.query(`DROP INDEX "IDX_publication_status"`);
    await queryRunner.query(`DROP TABLE "publication"`);
  }
}
