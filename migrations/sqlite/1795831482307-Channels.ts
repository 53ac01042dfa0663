import { MigrationInterface, QueryRunner } from 'typeorm';

export class Channels1795831482307 implements MigrationInterface {
  name = 'Channels1795831482307';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "directive" ("id" varchar(36) PRIMARY KEY NOT NULL, "issuer_id" varchar(36) NOT NULL, "title" varchar(300) NOT NULL, "content" text NOT NULL, "priority" varchar(16) NOT NULL, "audience_level" varchar(16), "audience_kind" varchar(32), "requires_acknowledgement" boolean NOT NULL, "acknowledge_by" datetime, "public" boolean NOT NULL, "version" integer NOT NULL, "supersedes_id" varchar(36), "caused_by_feedback_id" varchar(36), "issued_by" varchar(200) NOT NULL, "issued_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_directive_supersedes" ON "directive" ("supersedes_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_directive_issuer" ON "directive" ("issuer_id", "id") `);
    await queryRunner.query(`CREATE TABLE "receipt" ("id" varchar(36) PRIMARY KEY NOT NULL, "directive_id" varchar(36) NOT NULL, "recipient_id" varchar(36) NOT NULL, "seq" integer NOT NULL, "delivered_at" datetime NOT NULL, "read_at" datetime, "acknowledged_at" datetime, "acknowledged_by" varchar(200), CONSTRAINT "UQ_receipt_recipient_seq" UNIQUE ("recipient_id", "seq"), CONSTRAINT "UQ_receipt_directive_recipient" UNIQUE ("directive_id", "recipient_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_receipt_directive" ON "receipt" ("directive_id", "id") `);
    await queryRunner.query(`CREATE TABLE "feedback" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(32) NOT NULL, "content" text NOT NULL, "sender_id" varchar(36) NOT NULL, "recipient_id" varchar(36) NOT NULL, "directive_id" varchar(36), "seq" integer NOT NULL, "submitted_by" varchar(200) NOT NULL, "submitted_at" datetime NOT NULL, "resolution" varchar(16), "response" text, "responded_at" datetime, "responded_by" varchar(200), CONSTRAINT "UQ_feedback_recipient_seq" UNIQUE ("recipient_id", "seq"))`);
    await queryRunner.query(`CREATE INDEX "IDX_feedback_directive" ON "feedback" ("directive_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_feedback_sender" ON "feedback" ("sender_id", "id") `);
    await queryRunner.query(`CREATE TABLE "delivery_counter" ("body_id" varchar(36) NOT NULL, "stream" varchar(16) NOT NULL, "last_seq" integer NOT NULL, PRIMARY KEY ("body_id", "stream"))`);
    await queryRunner.query(`DROP INDEX "IDX_directive_supersedes"`);
    await queryRunner.query(`DROP INDEX "IDX_directive_issuer"`);
    await queryRunner.query(`CREATE TABLE "temporary_directive" ("id" varchar(36) PRIMARY KEY NOT NULL, "issuer_id" varchar(36) NOT NULL, "title" varchar(300) NOT NULL, "content" text NOT NULL, "priority" varchar(16) NOT NULL, "audience_level" varchar(16), "audience_kind" varchar(32), "requires_acknowledgement" boolean NOT NULL, "acknowledge_by" datetime, "public" boolean NOT NULL, "version" integer NOT NULL, "supersedes_id" varchar(36), "caused_by_feedback_id" varchar(36), "issued_by" varchar(200) NOT NULL, "issued_at" datetime NOT NULL, CONSTRAINT "FK_85246d4b401f465683e6fd49d64" FOREIGN KEY ("issuer_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0b4086be9010dd464745215d553" FOREIGN KEY ("supersedes_id") REFERENCES "directive" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_directive"("id", "issuer_id", "title", "content", "priority", "audience_level", "audience_kind", "requires_acknowledgement", "acknowledge_by", "public", "version", "supersedes_id", "caused_by_feedback_id", "issued_by", "issued_at") SELECT "id", "issuer_id", "title", "content", "priority", "audience_level", "audience_kind", "requires_acknowledgement", "acknowledge_by", "public", "version", "supersedes_id", "caused_by_feedback_id", "issued_by", "issued_at" FROM "directive"`);
    await queryRunner.query(`DROP TABLE "directive"`);
    await queryRunner.query(`ALTER TABLE "temporary_directive" RENAME TO "directive"`);
    await queryRunner.query(`CREATE INDEX "IDX_directive_supersedes" ON "directive" ("supersedes_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_directive_issuer" ON "directive" ("issuer_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_receipt_directive"`);
    await queryRunner.query(`CREATE TABLE "temporary_receipt" ("id" varchar(36) PRIMARY KEY NOT NULL, "directive_id" varchar(36) NOT NULL, "recipient_id" varchar(36) NOT NULL, "seq" integer NOT NULL, "delivered_at" datetime NOT NULL, "read_at" datetime, "acknowledged_at" datetime, "acknowledged_by" varchar(200), CONSTRAINT "UQ_receipt_recipient_seq" UNIQUE ("recipient_id", "seq"), CONSTRAINT "UQ_receipt_directive_recipient" UNIQUE ("directive_id", "recipient_id"), CONSTRAINT "FK_027522dbeddaf40ac9dd9b48cf2" FOREIGN KEY ("directive_id") REFERENCES "directive" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_a6cd89d2490a0a044dbf793ff0f" FOREIGN KEY ("recipient_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_receipt"("id", "directive_id", "recipient_id", "seq", "delivered_at", "read_at", "acknowledged_at", "acknowledged_by") SELECT "id", "directive_id", "recipient_id", "seq", "delivered_at", "read_at", "acknowledged_at", "acknowledged_by" FROM "receipt"`);
    await queryRunner.query(`DROP TABLE "receipt"`);
    await queryRunner.query(`ALTER TABLE "temporary_receipt" RENAME TO "receipt"`);
    await queryRunner.query(`CREATE INDEX "IDX_receipt_directive" ON "receipt" ("directive_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_feedback_directive"`);
    await queryRunner.query(`DROP INDEX "IDX_feedback_sender"`);
    await queryRunner.query(`CREATE TABLE "temporary_feedback" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(32) NOT NULL, "content" text NOT NULL, "sender_id" varchar(36) NOT NULL, "recipient_id" varchar(36) NOT NULL, "directive_id" varchar(36), "seq" integer NOT NULL, "submitted_by" varchar(200) NOT NULL, "submitted_at" datetime NOT NULL, "resolution" varchar(16), "response" text, "responded_at" datetime, "responded_by" varchar(200), CONSTRAINT "UQ_feedback_recipient_seq" UNIQUE ("recipient_id", "seq"), CONSTRAINT "FK_207b981681351886fe7be689817" FOREIGN KEY ("sender_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_cc872dd4a147ae4137b2b56e2d7" FOREIGN KEY ("recipient_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_039355b23417df616ac854b7f18" FOREIGN KEY ("directive_id") REFERENCES "directive" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_feedback"("id", "kind", "content", "sender_id", "recipient_id", "directive_id", "seq", "submitted_by", "submitted_at", "resolution", "response", "responded_at", "responded_by") SELECT "id", "kind", "content", "sender_id", "recipient_id", "directive_id", "seq", "submitted_by", "submitted_at", "resolution", "response", "responded_at", "responded_by" FROM "feedback"`);
    await queryRunner.query(`DROP TABLE "feedback"`);
    await queryRunner.query(`ALTER TABLE "temporary_feedback" RENAME TO "feedback"`);
    await queryRunner.query(`CREATE INDEX "IDX_feedback_directive" ON "feedback" ("directive_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_feedback_sender" ON "feedback" ("sender_id", "id") `);
    await queryRunner.query(`CREATE TABLE "temporary_delivery_counter" ("body_id" varchar(36) NOT NULL, "stream" varchar(16) NOT NULL, "last_seq" integer NOT NULL, CONSTRAINT "FK_dd394c4069f059e1eac03dfa078" FOREIGN KEY ("body_id") REFERENCES "body" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("body_id", "stream"))`);
    await queryRunner.query(`INSERT INTO "temporary_delivery_counter"("body_id", "stream", "last_seq") SELECT "body_id", "stream", "last_seq" FROM "delivery_counter"`);
    await queryRunner.query(`DROP TABLE "delivery_counter"`);
    await queryRunner.query(`ALTER TABLE "temporary_delivery_counter" RENAME TO "delivery_counter"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "delivery_counter" RENAME TO "temporary_delivery_counter"`);
    await queryRunner.query(`CREATE TABLE "delivery_counter" ("body_id" varchar(36) NOT NULL, "stream" varchar(16) NOT NULL, "last_seq" integer NOT NULL, PRIMARY KEY ("body_id", "stream"))`);
    await queryRunner.query(`INSERT INTO "delivery_counter"("body_id", "stream", "last_seq") SELECT "body_id", "stream", "last_seq" FROM "temporary_delivery_counter"`);
    await queryRunner.query(`DROP TABLE "temporary_delivery_counter"`);
    await queryRunner.query(`DROP INDEX "IDX_feedback_sender"`);
    await queryRunner.query(`DROP INDEX "IDX_feedback_directive"`);
    await queryRunner.query(`ALTER TABLE "feedback" RENAME TO "temporary_feedback"`);
    await queryRunner.query(`CREATE TABLE "feedback" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(32) NOT NULL, "content" text NOT NULL, "sender_id" varchar(36) NOT NULL, "recipient_id" varchar(36) NOT NULL, "directive_id" varchar(36), "seq" integer NOT NULL, "submitted_by" varchar(200) NOT NULL, "submitted_at" datetime NOT NULL, "resolution" varchar(16), "response" text, "responded_at" datetime, "responded_by" varchar(200), CONSTRAINT "UQ_feedback_recipient_seq" UNIQUE ("recipient_id", "seq"))`);
    await queryRunner.query(`INSERT INTO "feedback"("id", "kind", "content", "sender_id", "recipient_id", "directive_id", "seq", "submitted_by", "submitted_at", "resolution", "response", "responded_at", "responded_by") SELECT "id", "kind", "content", "sender_id", "recipient_id", "directive_id", "seq", "submitted_by", "submitted_at", "resolution", "response", "responded_at", "responded_by" FROM "temporary_feedback"`);
    await queryRunner.query(`DROP TABLE "temporary_feedback"`);
    await queryRunner.query(`CREATE INDEX "IDX_feedback_sender" ON "feedback" ("sender_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_feedback_directive" ON "feedback" ("directive_id") `);
    await queryRunner.query(`DROP INDEX "IDX_receipt_directive"`);
    await queryRunner.query(`ALTER TABLE "receipt" RENAME TO "temporary_receipt"`);
    await queryRunner.query(`CREATE TABLE "receipt" ("id" varchar(36) PRIMARY KEY NOT NULL, "directive_id" varchar(36) NOT NULL, "recipient_id" varchar(36) NOT NULL, "seq" integer NOT NULL, "delivered_at" datetime NOT NULL, "read_at" datetime, "acknowledged_at" datetime, "acknowledged_by" varchar(200), CONSTRAINT "UQ_receipt_recipient_seq" UNIQUE ("recipient_id", "seq"), CONSTRAINT "UQ_receipt_directive_recipient" UNIQUE ("directive_id", "recipient_id"))`);
    await queryRunner.query(`INSERT INTO "receipt"("id", "directive_id", "recipient_id", "seq", "delivered_at", "read_at", "acknowledged_at", "acknowledged_by") SELECT "id", "directive_id", "recipient_id", "seq", "delivered_at", "read_at", "acknowledged_at", "acknowledged_by" FROM "temporary_receipt"`);
    await queryRunner.query(`DROP TABLE "temporary_receipt"`);
    await queryRunner.query(`CREATE INDEX "IDX_receipt_directive" ON "receipt" ("directive_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_directive_issuer"`);
    await queryRunner.query(`DROP INDEX "IDX_directive_supersedes"`);
    await queryRunner.query(`ALTER TABLE "directive" RENAME TO "temporary_directive"`);
    await queryRunner.query(`CREATE TABLE "directive" ("id" varchar(36) PRIMARY KEY NOT NULL, "issuer_id" varchar(36) NOT NULL, "title" varchar(300) NOT NULL, "content" text NOT NULL, "priority" varchar(16) NOT NULL, "audience_level" varchar(16), "audience_kind" varchar(32), "requires_acknowledgement" boolean NOT NULL, "acknowledge_by" datetime, "public" boolean NOT NULL, "version" integer NOT NULL, "supersedes_id" varchar(36), "caused_by_feedback_id" varchar(36), "issued_by" varchar(200) NOT NULL, "issued_at" datetime NOT NULL)`);
    await queryRunner.query(`INSERT INTO "directive"("id", "issuer_id", "title", "content", "priority", "audience_level", "audience_kind", "requires_acknowledgement", "acknowledge_by", "public", "version", "supersedes_id", "caused_by_feedback_id", "issued_by", "issued_at") SELECT "id", "issuer_id", "title", "content", "priority", "audience_level", "audience_kind", "requires_acknowledgement", "acknowledge_by", "public", "version", "supersedes_id", "caused_by_feedback_id", "issued_by", "issued_at" FROM "temporary_directive"`);
    await queryRunner.query(`DROP TABLE "temporary_directive"`);
    await queryRunner.query(`CREATE INDEX "IDX_directive_issuer" ON "directive" ("issuer_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_directive_supersedes" ON "directive" ("supersedes_id") `);
    await queryRunner.query(`DROP TABLE "delivery_counter"`);
    await queryRunner.query(`DROP INDEX "IDX_feedback_sender"`);
    await queryRunner.query(`DROP INDEX "IDX_feedback_directive"`);
    await queryRunner.query(`DROP TABLE "feedback"`);
    await queryRunner.query(`DROP INDEX "IDX_receipt_directive"`);
    await queryRunner.query(`DROP TABLE "receipt"`);
    await queryRunner.query(`DROP INDEX "IDX_directive_issuer"`);
    await queryRunner.query(`DROP INDEX "IDX_directive_supersedes"`);
    await queryRunner.query(`DROP TABLE "directive"`);
  }
}
