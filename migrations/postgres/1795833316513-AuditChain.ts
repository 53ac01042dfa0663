import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillChain } from '../../src/platform/audit/chain';

// Generated, then: the new columns get a temporary '' default so existing rows can be chained in
// seq order before it is dropped; `down` restarts the sequence after the highest seq.
export class AuditChain1795833316513 implements MigrationInterface {
  name = 'AuditChain1795833316513';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_chain_head" ("id" integer NOT NULL, "last_seq" integer NOT NULL, "last_hash" character varying(64) NOT NULL, CONSTRAINT "PK_9211408bf584034de409b1bbec5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "prev_hash" character varying(64) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "hash" character varying(64) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "audit_event_id_seq"`);
    await backfillChain((sql, params) => queryRunner.query(sql, params), 'postgres');
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "prev_hash" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "hash" DROP DEFAULT`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE IF NOT EXISTS "audit_event_id_seq" OWNED BY "audit_event"."id"`);
    await queryRunner.query(`SELECT setval('"audit_event_id_seq"', COALESCE(MAX("id"), 0) + 1, false) FROM "audit_event"`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "id" SET DEFAULT nextval('"audit_event_id_seq"')`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "hash"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "prev_hash"`);
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
  }
}
