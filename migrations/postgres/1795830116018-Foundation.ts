import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795830116018 implements MigrationInterface {
  name = 'Foundation1795830116018';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "body" ("id" character varying(36) NOT NULL, "code" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "level" character varying(16) NOT NULL, "kind" character varying(32) NOT NULL, "parent_id" character varying(36), "created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_fcdfba471eb9ce3c1add2c1e83d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_body_code" ON "body"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_body_level_kind_code" ON "body"  ("level", "kind", "code") `);
    await queryRunner.query(`CREATE INDEX "IDX_body_parent_code" ON "body"  ("parent_id", "code") `);
    await queryRunner.query(`CREATE TABLE "body_ancestry" ("ancestor_id" character varying(36) NOT NULL, "descendant_id" character varying(36) NOT NULL, "depth" integer NOT NULL, CONSTRAINT "PK_2fe08f4a3ec3079b97432de3459" PRIMARY KEY ("ancestor_id", "descendant_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_body_ancestry_descendant" ON "body_ancestry"  ("descendant_id", "depth") `);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" SERIAL NOT NULL, "occurred_at" TIMESTAMP NOT NULL, "account_id" character varying(200) NOT NULL, "body_code" character varying(64) NOT NULL, "action" character varying(64) NOT NULL, "target_type" character varying(64) NOT NULL, "target_id" character varying(64) NOT NULL, "request_id" character varying(64) NOT NULL, "details" text, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_target" ON "audit_event"  ("target_type", "target_id") `);
    await queryRunner.query(`CREATE TABLE "hub_meta" ("key" character varying(64) NOT NULL, "value" text NOT NULL, CONSTRAINT "PK_400f1a5b0edf24596e0262b2da6" PRIMARY KEY ("key"))`);
    await queryRunner.query(`ALTER TABLE "body" ADD CONSTRAINT "FK_e17490fc01884ddd89c411ab4ad" FOREIGN KEY ("parent_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "body_ancestry" ADD CONSTRAINT "FK_0f70d51f05a7d084d76ee250ba0" FOREIGN KEY ("ancestor_id") REFERENCES "body"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "body_ancestry" ADD CONSTRAINT "FK_3633ce7ebfa8ebe037598abaa1b" FOREIGN KEY ("descendant_id") REFERENCES "body"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "body_ancestry" DROP CONSTRAINT "FK_3633ce7ebfa8ebe037598abaa1b"`);
    await queryRunner.query(`ALTER TABLE "body_ancestry" DROP CONSTRAINT "FK_0f70d51f05a7d084d76ee250ba0"`);
    await queryRunner.query(`ALTER TABLE "body" DROP CONSTRAINT "FK_e17490fc01884ddd89c411ab4ad"`);
    await queryRunner.query(`DROP TABLE "hub_meta"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_target"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_body_ancestry_descendant"`);
    await queryRunner.query(`DROP TABLE "body_ancestry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_body_parent_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_body_level_kind_code"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_body_code"`);
    await queryRunner.query(`DROP TABLE "body"`);
  }
}
