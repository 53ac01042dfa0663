import { MigrationInterface, QueryRunner } from 'typeorm';

export class Transparency1795893610634 implements MigrationInterface {
  name = 'Transparency1795893610634';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "publication" ("id" character varying(36) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" character varying(36) NOT NULL, "body_id" character varying(36) NOT NULL, "title" character varying(300) NOT NULL, "status" character varying(16) NOT NULL, "disclosure_reviewed_at" TIMESTAMP, "disclosure_reviewed_by" character varying(200), "classified" boolean NOT NULL, "published_at" TIMESTAMP, "published_by" character varying(200), "withdrawn_at" TIMESTAMP, "withdrawal_reason" text, "updated_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_8aea8363d5213896a78d8365fab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_publication_status" ON "publication"  ("status", "subject_type") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_publication_subject" ON "publication"  ("subject_type", "subject_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_publication_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_publication_status"`);
    await queryRunner.query(`DROP TABLE "publication"`);
  }
}
