import { MigrationInterface, QueryRunner } from 'typeorm';

export class Tasks1795884766310 implements MigrationInterface {
  name = 'Tasks1795884766310';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reform_task" ("id" character varying(36) NOT NULL, "code" character varying(64) NOT NULL, "kind" character varying(24) NOT NULL, "title" character varying(300) NOT NULL, "target" text NOT NULL, "path" text, "measures" text NOT NULL, "results" text NOT NULL, "executor_id" character varying(36) NOT NULL, "assigned_by_id" character varying(36) NOT NULL, "parent_id" character varying(36), "depth" integer NOT NULL, "origin_type" character varying(40), "origin_id" character varying(36), "starts_at" TIMESTAMP NOT NULL, "deadline" TIMESTAMP NOT NULL, "deadline_minute" integer NOT NULL, "year" integer NOT NULL, "status" character varying(24) NOT NULL, "weight" integer NOT NULL, "progress_method" character varying(24) NOT NULL, "progress" integer NOT NULL, "verified_progress" integer NOT NULL, "progress_as_of" TIMESTAMP, "public" boolean NOT NULL, "created_by" character varying(200) NOT NULL, "created_at" TIMESTAMP NOT NULL, "accepted_at" TIMESTAMP, "claimed_at" TIMESTAMP, "verified_at" TIMESTAMP, "closing_note" text, "cancelled_at" TIMESTAMP, CONSTRAINT "PK_2065ce20c414816b1dd5b7df2e4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_parent" ON "reform_task"  ("parent_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_assigner" ON "reform_task"  ("assigned_by_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_executor" ON "reform_task"  ("executor_id", "deadline_minute", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_reform_task_code" ON "reform_task"  ("code") `);
    await queryRunner.query(`CREATE TABLE "reform_task_co_executor" ("task_id" character varying(36) NOT NULL, "body_id" character varying(36) NOT NULL, CONSTRAINT "PK_877d138df2b21c9bcbab28ca66c" PRIMARY KEY ("task_id", "body_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_co_executor_body" ON "reform_task_co_executor"  ("body_id", "task_id") `);
    await queryRunner.query(`CREATE TABLE "task_milestone" ("id" character varying(36) NOT NULL, "task_id" character varying(36) NOT NULL, "seq" integer NOT NULL, "title" character varying(300) NOT NULL, "due_at" TIMESTAMP NOT NULL, "weight" integer NOT NULL, "status" character varying(16) NOT NULL, "completed_at" TIMESTAMP, "verified_at" TIMESTAMP, "evidence_hash" character varying(80), CONSTRAINT "PK_52210f0343e2e6a70ac80da57d4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_task_milestone_task" ON "task_milestone"  ("task_id", "seq") `);
    await queryRunner.query(`CREATE TABLE "progress_report" ("id" character varying(36) NOT NULL, "task_id" character varying(36) NOT NULL, "period" character varying(7) NOT NULL, "percent" integer NOT NULL, "narrative" text NOT NULL, "problems" text, "decrease_reason" text, "submitted_at" TIMESTAMP NOT NULL, "submitted_by_id" character varying(36) NOT NULL, "submitted_by_account" character varying(200) NOT NULL, CONSTRAINT "PK_de44d4f311d5a0132f49f9f0820" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_progress_report_period" ON "progress_report"  ("task_id", "period") `);
    await queryRunner.query(`CREATE TABLE "task_extension" ("id" character varying(36) NOT NULL, "task_id" character varying(36) NOT NULL, "requested_at" TIMESTAMP NOT NULL, "previous_deadline" TIMESTAMP NOT NULL, "requested_deadline" TIMESTAMP NOT NULL, "reason" text NOT NULL, "decision" character varying(16), "decided_at" TIMESTAMP, CONSTRAINT "PK_7658ea74a5a3654d4ff36aebee4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_task_extension_task" ON "task_extension"  ("task_id", "id") `);
    await queryRunner.query(`CREATE TABLE "task_reminder" ("task_id" character varying(36) NOT NULL, "directive_id" character varying(36) NOT NULL, "reminded_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_7b4a8d977bf54e7a70be771f39f" PRIMARY KEY ("task_id", "directive_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_task_reminder_task" ON "task_reminder"  ("task_id", "reminded_at") `);
    await queryRunner.query(`CREATE TABLE "reform_fund" ("id" character varying(36) NOT NULL, "holder_id" character varying(36) NOT NULL, "title" character varying(200) NOT NULL, "fiscal_year" integer NOT NULL, "amount" bigint NOT NULL, "currency" character varying(3) NOT NULL, "created_by" character varying(200) NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_57360e54570dbd87794c75b9ec4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_reform_fund_holder" ON "reform_fund"  ("holder_id", "fiscal_year") `);
    await queryRunner.query(`CREATE TABLE "fund_allocation" ("id" character varying(36) NOT NULL, "fund_id" character varying(36) NOT NULL, "target_type" character varying(40) NOT NULL, "target_id" character varying(36) NOT NULL, "amount" bigint NOT NULL, "allocated_by" character varying(200) NOT NULL, "allocated_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_19778154c029ebb62d81055a4e8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_fund_allocation_target" ON "fund_allocation"  ("target_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fund_allocation_fund" ON "fund_allocation"  ("fund_id", "id") `);
    await queryRunner.query(`CREATE TABLE "task_delivery" ("body_id" character varying(36) NOT NULL, "seq" integer NOT NULL, "task_id" character varying(36) NOT NULL, "kind" character varying(40) NOT NULL, "actor_body_id" character varying(36) NOT NULL, "occurred_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_6482912bb6f571bf9a71fdca6fc" PRIMARY KEY ("body_id", "seq"))`);
    await queryRunner.query(`CREATE INDEX "IDX_task_delivery_task" ON "task_delivery"  ("task_id") `);
    await queryRunner.query(`ALTER TABLE "reform_task" ADD CONSTRAINT "FK_cf3c9ad7df01d387bc709d4b81b" FOREIGN KEY ("executor_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reform_task" ADD CONSTRAINT "FK_c18eac3f7150ec6a3b001086c91" FOREIGN KEY ("assigned_by_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reform_task" ADD CONSTRAINT "FK_8f83d8fb736f7602898d1ba8b5a" FOREIGN KEY ("parent_id") REFERENCES "reform_task"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reform_task_co_executor" ADD CONSTRAINT "FK_da4bfd3ef11bd5767e5293ae942" FOREIGN KEY ("task_id") REFERENCES "reform_task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reform_task_co_executor" ADD CONSTRAINT "FK_e032caba87a434f4c68bf161708" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task_milestone" ADD CONSTRAINT "FK_467f4444671b95c9e0efc40185e" FOREIGN KEY ("task_id") REFERENCES "reform_task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_report" ADD CONSTRAINT "FK_1beeaf414b43a87fdd1020f7ab6" FOREIGN KEY ("task_id") REFERENCES "reform_task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_report" ADD CONSTRAINT "FK_c79c433a9cd53a8aaed1fcad80a" FOREIGN KEY ("submitted_by_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task_extension" ADD CONSTRAINT "FK_9ed949b232c5c9b700803f1aefd" FOREIGN KEY ("task_id") REFERENCES "reform_task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task_reminder" ADD CONSTRAINT "FK_c7077e315d0968a272d7a2c6071" FOREIGN KEY ("task_id") REFERENCES "reform_task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reform_fund" ADD CONSTRAINT "FK_4fff19076926061af9d4fbaf8f5" FOREIGN KEY ("holder_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fund_allocation" ADD CONSTRAINT "FK_52c59282322a6e25352be66f12f" FOREIGN KEY ("fund_id") REFERENCES "reform_fund"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fund_allocation" DROP CONSTRAINT "FK_52c59282322a6e25352be66f12f"`);
    await queryRunner.query(`ALTER TABLE "reform_fund" DROP CONSTRAINT "FK_4fff19076926061af9d4fbaf8f5"`);
    await queryRunner.query(`ALTER TABLE "task_reminder" DROP CONSTRAINT "FK_c7077e315d0968a272d7a2c6071"`);
    await queryRunner.query(`ALTER TABLE "task_extension" DROP CONSTRAINT "FK_9ed949b232c5c9b700803f1aefd"`);
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "FK_c79c433a9cd53a8aaed1fcad80a"`);
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "FK_1beeaf414b43a87fdd1020f7ab6"`);
    await queryRunner.query(`ALTER TABLE "task_milestone" DROP CONSTRAINT "FK_467f4444671b95c9e0efc40185e"`);
    await queryRunner.query(`ALTER TABLE "reform_task_co_executor" DROP CONSTRAINT "FK_e032caba87a434f4c68bf161708"`);
    await queryRunner.query(`ALTER TABLE "reform_task_co_executor" DROP CONSTRAINT "FK_da4bfd3ef11bd5767e5293ae942"`);
    await queryRunner.query(`ALTER TABLE "reform_task" DROP CONSTRAINT "FK_8f83d8fb736f7602898d1ba8b5a"`);
    await queryRunner.query(`ALTER TABLE "reform_task" DROP CONSTRAINT "FK_c18eac3f7150ec6a3b001086c91"`);
    await queryRunner.query(`ALTER TABLE "reform_task" DROP CONSTRAINT "FK_cf3c9ad7df01d387bc709d4b81b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_task_delivery_task"`);
    await queryRunner.query(`DROP TABLE "task_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fund_allocation_fund"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fund_allocation_target"`);
    await queryRunner.query(`DROP TABLE "fund_allocation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reform_fund_holder"`);
    await queryRunner.query(`DROP TABLE "reform_fund"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_task_reminder_task"`);
    await queryRunner.query(`DROP TABLE "task_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_task_extension_task"`);
    await queryRunner.query(`DROP TABLE "task_extension"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_progress_report_period"`);
    await queryRunner.query(`DROP TABLE "progress_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_task_milestone_task"`);
    await queryRunner.query(`DROP TABLE "task_milestone"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reform_task_co_executor_body"`);
    await queryRunner.query(`DROP TABLE "reform_task_co_executor"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reform_task_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reform_task_executor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reform_task_assigner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reform_task_parent"`);
    await queryRunner.query(`DROP TABLE "reform_task"`);
  }
}
