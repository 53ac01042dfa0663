import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillChain } from '../../src/platform/audit/chain';

// Generated, then folded into one table rebuild: the new columns start empty ('') for existing
// rows, which are then chained in seq order, and the seq is no longer allocated by the database.
export class AuditChain1795833316513 implements MigrationInterface {
  name = 'AuditChain1795833316513';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_chain_head" ("id" integer PRIMARY KEY NOT NULL, "last_seq" integer NOT NULL, "last_hash" varchar(64) NOT NULL)`);
    await queryRunner.query(`DROP INDEX "IDX_audit_event_target"`);
    await queryRunner.query(`CREATE TABLE "temporary_audit_event" ("id" integer PRIMARY KEY NOT NULL, "occurred_at" datetime NOT NULL, "account_id" varchar(200) NOT NULL, "body_code" varchar(64) NOT NULL, "action" varchar(64) NOT NULL, "target_type" varchar(64) NOT NULL, "target_id" varchar(64) NOT NULL, "request_id" varchar(64) NOT NULL, "details" text, "prev_hash" varchar(64) NOT NULL, "hash" varchar(64) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "temporary_audit_event"("id", "occurred_at", "account_id", "body_code", "action", "target_type", "target_id", "request_id", "details", "prev_hash", "hash") SELECT "id", "occurred_at", "account_id", "body_code", "action", "target_type", "target_id", "request_id", "details", '', '' FROM "audit_event"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`ALTER TABLE "temporary_audit_event" RENAME TO "audit_event"`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_target" ON "audit_event" ("target_type", "target_id") `);
    await backfillChain((sql, params) => queryRunner.query(sql, params), 'sqlite');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_audit_event_target"`);
    await queryRunner.query(`ALTER TABLE "audit_event" RENAME TO "temporary_audit_event"`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "occurred_at" datetime NOT NULL, "account_id" varchar(200) NOT NULL, "body_code" varchar(64) NOT NULL, "action" varchar(64) NOT NULL, "target_type" varchar(64) NOT NULL, "target_id" varchar(64) NOT NULL, "request_id" varchar(64) NOT NULL, "details" text)`);
    await queryRunner.query(`INSERT INTO "audit_event"("id", "occurred_at", "account_id", "body_code", "action", "target_type", "target_id", "request_id", "details") SELECT "id", "occurred_at", "account_id", "body_code", "action", "target_type", "target_id", "request_id", "details" FROM "temporary_audit_event"`);
    await queryRunner.query(`DROP TABLE "temporary_audit_event"`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_target" ON "audit_event" ("target_type", "target_id") `);
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
  }
}
