import { MigrationInterface, QueryRunner } from 'typeorm';

export class Channels1795831482307 implements MigrationInterface {
  name = 'Channels1795831482307';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "directive" ("id" character varying(36) NOT NULL, "issuer_id" character varying(36) NOT NULL, "title" character varying(300) NOT NULL, "content" text NOT NULL, "priority" character varying(16) NOT NULL, "audience_level" character varying(16), "audience_kind" character varying(32), "requires_acknowledgement" boolean NOT NULL, "acknowledge_by" TIMESTAMP, "public" boolean NOT NULL, "version" integer NOT NULL, "supersedes_id" character varying(36), "caused_by_feedback_id" character varying(36), "issued_by" character varying(200) NOT NULL, "issued_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_399676ede08f26af35a9c460a09" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_directive_supersedes" ON "directive"  ("supersedes_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_directive_issuer" ON "directive"  ("issuer_id", "id") `);
    await queryRunner.query(`CREATE TABLE "receipt" ("id" character varying(36) NOT NULL, "directive_id" character varying(36) NOT NULL, "recipient_id" character varying(36) NOT NULL, "seq" integer NOT NULL, "delivered_at" TIMESTAMP NOT NULL, "read_at" TIMESTAMP, "acknowledged_at" TIMESTAMP, "acknowledged_by" character varying(200), CONSTRAINT "UQ_receipt_recipient_seq" UNIQUE ("recipient_id", "seq"), CONSTRAINT "UQ_receipt_directive_recipient" UNIQUE ("directive_id", "recipient_id"), CONSTRAINT "PK_b4b9ec7d164235fbba023da9832" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_receipt_directive" ON "receipt"  ("directive_id", "id") `);
    await queryRunner.query(`CREATE TABLE "feedback" ("id" character varying(36) NOT NULL, "kind" character varying(32) NOT NULL, "content" text NOT NULL, "sender_id" character varying(36) NOT NULL, "recipient_id" character varying(36) NOT NULL, "directive_id" character varying(36), "seq" integer NOT NULL, "submitted_by" character varying(200) NOT NULL, "submitted_at" TIMESTAMP NOT NULL, "resolution" character varying(16), "response" text, "responded_at" TIMESTAMP, "responded_by" character varying(200), CONSTRAINT "UQ_feedback_recipient_seq" UNIQUE ("recipient_id", "seq"), CONSTRAINT "PK_8389f9e087a57689cd5be8b2b13" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_feedback_directive" ON "feedback"  ("directive_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_feedback_sender" ON "feedback"  ("sender_id", "id") `);
    await queryRunner.query(`CREATE TABLE "delivery_counter" ("body_id" character varying(36) NOT NULL, "stream" character varying(16) NOT NULL, "last_seq" integer NOT NULL, CONSTRAINT "PK_c9a67ffbe5694c66cb96b87d034" PRIMARY KEY ("body_id", "stream"))`);
    await queryRunner.query(`ALTER TABLE "directive" ADD CONSTRAINT "FK_85246d4b401f465683e6fd49d64" FOREIGN KEY ("issuer_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "directive" ADD CONSTRAINT "FK_0b4086be9010dd464745215d553" FOREIGN KEY ("supersedes_id") REFERENCES "directive"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "receipt" ADD CONSTRAINT "FK_027522dbeddaf40ac9dd9b48cf2" FOREIGN KEY ("directive_id") REFERENCES "directive"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "receipt" ADD CONSTRAINT "FK_a6cd89d2490a0a044dbf793ff0f" FOREIGN KEY ("recipient_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "feedback" ADD CONSTRAINT "FK_207b981681351886fe7be689817" FOREIGN KEY ("sender_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "feedback" ADD CONSTRAINT "FK_cc872dd4a147ae4137b2b56e2d7" FOREIGN KEY ("recipient_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "feedback" ADD CONSTRAINT "FK_039355b23417df616ac854b7f18" FOREIGN KEY ("directive_id") REFERENCES "directive"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delivery_counter" ADD CONSTRAINT "FK_dd394c4069f059e1eac03dfa078" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "delivery_counter" DROP CONSTRAINT "FK_dd394c4069f059e1eac03dfa078"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "FK_039355b23417df616ac854b7f18"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "FK_cc872dd4a147ae4137b2b56e2d7"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "FK_207b981681351886fe7be689817"`);
    await queryRunner.query(`ALTER TABLE "receipt" DROP CONSTRAINT "FK_a6cd89d2490a0a044dbf793ff0f"`);
    await queryRunner.query(`ALTER TABLE "receipt" DROP CONSTRAINT "FK_027522dbeddaf40ac9dd9b48cf2"`);
    await queryRunner.query(`ALTER TABLE "directive" DROP CONSTRAINT "FK_0b4086be9010dd464745215d553"`);
    await queryRunner.query(`ALTER TABLE "directive" DROP CONSTRAINT "FK_85246d4b401f465683e6fd49d64"`);
    await queryRunner.query(`DROP TABLE "delivery_counter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_sender"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_directive"`);
    await queryRunner.query(`DROP TABLE "feedback"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_receipt_directive"`);
    await queryRunner.query(`DROP TABLE "receipt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_directive_issuer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_directive_supersedes"`);
    await queryRunner.query(`DROP TABLE "directive"`);
  }
}
