import { MigrationInterface, QueryRunner } from 'typeorm';

export class DeliveryWithoutRowLocks1795949993602 implements MigrationInterface {
  name = 'DeliveryWithoutRowLocks1795949993602';

  // A receipt refers to its directive and recipient without foreign keys (see Receipt): neither
  // table ever loses a row, and these triggers make the database refuse it. (A later migration
  // that rebuilds either table drops its trigger: tests/integration/never-deleted.test.ts fails then.)
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TRIGGER "body_never_deleted" BEFORE DELETE ON "body" BEGIN SELECT RAISE(ABORT, 'rows of body are never deleted: receipts refer to them'); END`);
    await queryRunner.query(`CREATE TRIGGER "directive_never_deleted" BEFORE DELETE ON "directive" BEGIN SELECT RAISE(ABORT, 'rows of directive are never deleted: receipts refer to them'); END`);
    await queryRunner.query(`DROP INDEX "IDX_receipt_directive"`);
    await queryRunner.query(`CREATE TABLE "temporary_receipt" ("id" varchar(36) PRIMARY KEY NOT NULL, "directive_id" varchar(36) NOT NULL, "recipient_id" varchar(36) NOT NULL, "seq" integer NOT NULL, "delivered_at" datetime NOT NULL, "read_at" datetime, "acknowledged_at" datetime, "acknowledged_by" varchar(200), CONSTRAINT "UQ_receipt_directive_recipient" UNIQUE ("directive_id", "recipient_id"), CONSTRAINT "UQ_receipt_recipient_seq" UNIQUE ("recipient_id", "seq"))`);
    await queryRunner.query(`INSERT INTO "temporary_receipt"("id", "directive_id", "recipient_id", "seq", "delivered_at", "read_at", "acknowledged_at", "acknowledged_by") SELECT "id", "directive_id", "recipient_id", "seq", "delivered_at", "read_at", "acknowledged_at", "acknowledged_by" FROM "receipt"`);
    await queryRunner.query(`DROP TABLE "receipt"`);
    await queryRunner.query(`ALTER TABLE "temporary_receipt" RENAME TO "receipt"`);
    await queryRunner.query(`CREATE INDEX "IDX_receipt_directive" ON "receipt" ("directive_id", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "directive_never_deleted"`);
    await queryRunner.query(`DROP TRIGGER "body_never_deleted"`);
    await queryRunner.query(`DROP INDEX "IDX_receipt_directive"`);
    await queryRunner.query(`ALTER TABLE "receipt" RENAME TO "temporary_receipt"`);
    await queryRunner.query(`CREATE TABLE "receipt" ("id" varchar(36) PRIMARY KEY NOT NULL, "directive_id" varchar(36) NOT NULL, "recipient_id" varchar(36) NOT NULL, "seq" integer NOT NULL, "delivered_at" datetime NOT NULL, "read_at" datetime, "acknowledged_at" datetime, "acknowledged_by" varchar(200), CONSTRAINT "UQ_receipt_directive_recipient" UNIQUE ("directive_id", "recipient_id"), CONSTRAINT "UQ_receipt_recipient_seq" UNIQUE ("recipient_id", "seq"), CONSTRAINT "FK_a6cd89d2490a0a044dbf793ff0f" FOREIGN KEY ("recipient_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_027522dbeddaf40ac9dd9b48cf2" FOREIGN KEY ("directive_id") REFERENCES "directive" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "receipt"("id", "directive_id", "recipient_id", "seq", "delivered_at", "read_at", "acknowledged_at", "acknowledged_by") SELECT "id", "directive_id", "recipient_id", "seq", "delivered_at", "read_at", "acknowledged_at", "acknowledged_by" FROM "temporary_receipt"`);
    await queryRunner.query(`DROP TABLE "temporary_receipt"`);
    await queryRunner.query(`CREATE INDEX "IDX_receipt_directive" ON "receipt" ("directive_id", "id") `);
  }
}
