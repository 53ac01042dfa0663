import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795830116018 implements MigrationInterface {
  name = 'Foundation1795830116018';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "body" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "level" varchar(16) NOT NULL, "kind" varchar(32) NOT NULL, "parent_id" varchar(36), "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_body_code" ON "body" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_body_level_kind_code" ON "body" ("level", "kind", "code") `);
    await queryRunner.query(`CREATE INDEX "IDX_body_parent_code" ON "body" ("parent_id", "code") `);
    await queryRunner.query(`CREATE TABLE "body_ancestry" ("ancestor_id" varchar(36) NOT NULL, "descendant_id" varchar(36) NOT NULL, "depth" integer NOT NULL, PRIMARY KEY ("ancestor_id", "descendant_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_body_ancestry_descendant" ON "body_ancestry" ("descendant_id", "depth") `);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "occurred_at" datetime NOT NULL, "account_id" varchar(200) NOT NULL, "body_code" varchar(64) NOT NULL, "action" varchar(64) NOT NULL, "target_type" varchar(64) NOT NULL, "target_id" varchar(64) NOT NULL, "request_id" varchar(64) NOT NULL, "details" text)`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_target" ON "audit_event" ("target_type", "target_id") `);
    await queryRunner.query(`CREATE TABLE "hub_meta" ("key" varchar(64) PRIMARY KEY NOT NULL, "value" text NOT NULL)`);
    await queryRunner.query(`DROP INDEX "UQ_body_code"`);
    await queryRunner.query(`DROP INDEX "IDX_body_level_kind_code"`);
    await queryRunner.query(`DROP INDEX "IDX_body_parent_code"`);
    await queryRunner.query(`CREATE TABLE "temporary_body" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "level" varchar(16) NOT NULL, "kind" varchar(32) NOT NULL, "parent_id" varchar(36), "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, CONSTRAINT "FK_e17490fc01884ddd89c411ab4ad" FOREIGN KEY ("parent_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_body"("id", "code", "name", "level", "kind", "parent_id", "created_at", "updated_at") SELECT "id", "code", "name", "level", "kind", "parent_id", "created_at", "updated_at" FROM "body"`);
    await queryRunner.query(`DROP TABLE "body"`);
    await queryRunner.query(`ALTER TABLE "temporary_body" RENAME TO "body"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_body_code" ON "body" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_body_level_kind_code" ON "body" ("level", "kind", "code") `);
    await queryRunner.query(`CREATE INDEX "IDX_body_parent_code" ON "body" ("parent_id", "code") `);
    await queryRunner.query(`DROP INDEX "IDX_body_ancestry_descendant"`);
    await queryRunner.query(`CREATE TABLE "temporary_body_ancestry" ("ancestor_id" varchar(36) NOT NULL, "descendant_id" varchar(36) NOT NULL, "depth" integer NOT NULL, CONSTRAINT "FK_0f70d51f05a7d084d76ee250ba0" FOREIGN KEY ("ancestor_id") REFERENCES "body" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3633ce7ebfa8ebe037598abaa1b" FOREIGN KEY ("descendant_id") REFERENCES "body" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("ancestor_id", "descendant_id"))`);
    await queryRunner.query(`INSERT INTO "temporary_body_ancestry"("ancestor_id", "descendant_id", "depth") SELECT "ancestor_id", "descendant_id", "depth" FROM "body_ancestry"`);
    await queryRunner.query(`DROP TABLE "body_ancestry"`);
    await queryRunner.query(`ALTER TABLE "temporary_body_ancestry" RENAME TO "body_ancestry"`);
    await queryRunner.query(`CREATE INDEX "IDX_body_ancestry_descendant" ON "body_ancestry" ("descendant_id", "depth") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_body_ancestry_descendant"`);
    await queryRunner.query(`ALTER TABLE "body_ancestry" RENAME TO "temporary_body_ancestry"`);
    await queryRunner.query(`CREATE TABLE "body_ancestry" ("ancestor_id" varchar(36) NOT NULL, "descendant_id" varchar(36) NOT NULL, "depth" integer NOT NULL, PRIMARY KEY ("ancestor_id", "descendant_id"))`);
    await queryRunner.query(`INSERT INTO "body_ancestry"("ancestor_id", "descendant_id", "depth") SELECT "ancestor_id", "descendant_id", "depth" FROM "temporary_body_ancestry"`);
    await queryRunner.query(`DROP TABLE "temporary_body_ancestry"`);
    await queryRunner.query(`CREATE INDEX "IDX_body_ancestry_descendant" ON "body_ancestry" ("descendant_id", "depth") `);
    await queryRunner.query(`DROP INDEX "IDX_body_parent_code"`);
    await queryRunner.query(`DROP INDEX "IDX_body_level_kind_code"`);
    await queryRunner.query(`DROP INDEX "UQ_body_code"`);
    await queryRunner.query(`ALTER TABLE "body" RENAME TO "temporary_body"`);
    await queryRunner.query(`CREATE TABLE "body" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "level" varchar(16) NOT NULL, "kind" varchar(32) NOT NULL, "parent_id" varchar(36), "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`INSERT INTO "body"("id", "code", "name", "level", "kind", "parent_id", "created_at", "updated_at") SELECT "id", "code", "name", "level", "kind", "parent_id", "created_at", "updated_at" FROM "temporary_body"`);
    await queryRunner.query(`DROP TABLE "temporary_body"`);
    await queryRunner.query(`CREATE INDEX "IDX_body_parent_code" ON "body" ("parent_id", "code") `);
    await queryRunner.query(`CREATE INDEX "IDX_body_level_kind_code" ON "body" ("level", "kind", "code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_body_code" ON "body" ("code") `);
    await queryRunner.query(`DROP TABLE "hub_meta"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_event_target"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "IDX_body_ancestry_descendant"`);
    await queryRunner.query(`DROP TABLE "body_ancestry"`);
    await queryRunner.query(`DROP INDEX "IDX_body_parent_code"`);
    await queryRunner.query(`DROP INDEX "IDX_body_level_kind_code"`);
    await queryRunner.query(`DROP INDEX "UQ_body_code"`);
    await queryRunner.query(`DROP TABLE "body"`);
  }
}
