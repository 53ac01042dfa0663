import { MigrationInterface, QueryRunner } from 'typeorm';

export class Tasks1795885891415 implements MigrationInterface {
  name = 'Tasks1795885891415';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reform_task" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "kind" varchar(24) NOT NULL, "title" varchar(300) NOT NULL, "target" text NOT NULL, "path" text, "measures" text NOT NULL, "results" text NOT NULL, "executor_id" varchar(36) NOT NULL, "assigned_by_id" varchar(36) NOT NULL, "parent_id" varchar(36), "depth" integer NOT NULL, "origin_type" varchar(40), "origin_id" varchar(36), "starts_at" datetime NOT NULL, "deadline" datetime NOT NULL, "deadline_minute" integer NOT NULL, "year" integer NOT NULL, "status" varchar(24) NOT NULL, "weight" integer NOT NULL, "progress_method" varchar(24) NOT NULL, "progress" integer NOT NULL, "verified_progress" integer NOT NULL, "progress_as_of" datetime, "public" boolean NOT NULL, "created_by" varchar(200) NOT NULL, "created_at" datetime NOT NULL, "accepted_at" datetime, "claimed_at" datetime, "verified_at" datetime, "closing_note" text, "cancelled_at" datetime)`);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_parent" ON "reform_task" ("parent_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_assigner" ON "reform_task" ("assigned_by_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_executor" ON "reform_task" ("executor_id", "deadline_minute", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_reform_task_code" ON "reform_task" ("code") `);
    await queryRunner.query(`CREATE TABLE "reform_task_co_executor" ("task_id" varchar(36) NOT NULL, "body_id" varchar(36) NOT NULL, PRIMARY KEY ("task_id", "body_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_co_executor_body" ON "reform_task_co_executor" ("body_id", "task_id") `);
    await queryRunner.query(`CREATE TABLE "task_milestone" ("id" varchar(36) PRIMARY KEY NOT NULL, "task_id" varchar(36) NOT NULL, "seq" integer NOT NULL, "title" varchar(300) NOT NULL, "due_at" datetime NOT NULL, "weight" integer NOT NULL, "status" varchar(16) NOT NULL, "completed_at" datetime, "verified_at" datetime, "evidence_hash" varchar(80))`);
    await queryRunner.query(`CREATE INDEX "IDX_task_milestone_task" ON "task_milestone" ("task_id", "seq") `);
    await queryRunner.query(`CREATE TABLE "progress_report" ("id" varchar(36) PRIMARY KEY NOT NULL, "task_id" varchar(36) NOT NULL, "period" varchar(7) NOT NULL, "percent" integer NOT NULL, "narrative" text NOT NULL, "problems" text, "decrease_reason" text, "submitted_at" datetime NOT NULL, "submitted_by_id" varchar(36) NOT NULL, "submitted_by_account" varchar(200) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_progress_report_period" ON "progress_report" ("task_id", "period") `);
    await queryRunner.query(`CREATE TABLE "task_extension" ("id" varchar(36) PRIMARY KEY NOT NULL, "task_id" varchar(36) NOT NULL, "requested_at" datetime NOT NULL, "previous_deadline" datetime NOT NULL, "requested_deadline" datetime NOT NULL, "reason" text NOT NULL, "decision" varchar(16), "decided_at" datetime)`);
    await queryRunner.query(`CREATE INDEX "IDX_task_extension_task" ON "task_extension" ("task_id", "id") `);
    await queryRunner.query(`CREATE TABLE "task_reminder" ("task_id" varchar(36) NOT NULL, "directive_id" varchar(36) NOT NULL, "reminded_at" datetime NOT NULL, PRIMARY KEY ("task_id", "directive_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_task_reminder_task" ON "task_reminder" ("task_id", "reminded_at") `);
    await queryRunner.query(`CREATE TABLE "reform_fund" ("id" varchar(36) PRIMARY KEY NOT NULL, "holder_id" varchar(36) NOT NULL, "title" varchar(200) NOT NULL, "fiscal_year" integer NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "created_by" varchar(200) NOT NULL, "created_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_reform_fund_holder" ON "reform_fund" ("holder_id", "fiscal_year") `);
    await queryRunner.query(`CREATE TABLE "fund_allocation" ("id" varchar(36) PRIMARY KEY NOT NULL, "fund_id" varchar(36) NOT NULL, "target_type" varchar(40) NOT NULL, "target_id" varchar(36) NOT NULL, "amount" bigint NOT NULL, "allocated_by" varchar(200) NOT NULL, "allocated_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_fund_allocation_target" ON "fund_allocation" ("target_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fund_allocation_fund" ON "fund_allocation" ("fund_id", "id") `);
    await queryRunner.query(`CREATE TABLE "annual_task_list" ("id" varchar(36) PRIMARY KEY NOT NULL, "body_id" varchar(36) NOT NULL, "year" integer NOT NULL, "title" varchar(300) NOT NULL, "public" boolean NOT NULL, "published_by" varchar(200) NOT NULL, "published_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_annual_task_list_body_year" ON "annual_task_list" ("body_id", "year") `);
    await queryRunner.query(`CREATE TABLE "annual_task_list_item" ("list_id" varchar(36) NOT NULL, "rank" integer NOT NULL, "task_id" varchar(36) NOT NULL, "title" varchar(300) NOT NULL, "responsible_leader_id" varchar(36) NOT NULL, "highlight" boolean NOT NULL, PRIMARY KEY ("list_id", "rank"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_annual_task_list_item_task" ON "annual_task_list_item" ("list_id", "task_id") `);
    await queryRunner.query(`CREATE TABLE "task_delivery" ("body_id" varchar(36) NOT NULL, "seq" integer NOT NULL, "task_id" varchar(36) NOT NULL, "kind" varchar(40) NOT NULL, "actor_body_id" varchar(36) NOT NULL, "occurred_at" datetime NOT NULL, PRIMARY KEY ("body_id", "seq"))`);
    await queryRunner.query(`CREATE INDEX "IDX_task_delivery_task" ON "task_delivery" ("task_id") `);
    await queryRunner.query(`DROP INDEX "IDX_reform_task_parent"`);
    await queryRunner.query(`DROP INDEX "IDX_reform_task_assigner"`);
    await queryRunner.query(`DROP INDEX "IDX_reform_task_executor"`);
    await queryRunner.query(`DROP INDEX "UQ_reform_task_code"`);
    await queryRunner.query(`CREATE TABLE "temporary_reform_task" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "kind" varchar(24) NOT NULL, "title" varchar(300) NOT NULL, "target" text NOT NULL, "path" text, "measures" text NOT NULL, "results" text NOT NULL, "executor_id" varchar(36) NOT NULL, "assigned_by_id" varchar(36) NOT NULL, "parent_id" varchar(36), "depth" integer NOT NULL, "origin_type" varchar(40), "origin_id" varchar(36), "starts_at" datetime NOT NULL, "deadline" datetime NOT NULL, "deadline_minute" integer NOT NULL, "year" integer NOT NULL, "status" varchar(24) NOT NULL, "weight" integer NOT NULL, "progress_method" varchar(24) NOT NULL, "progress" integer NOT NULL, "verified_progress" integer NOT NULL, "progress_as_of" datetime, "public" boolean NOT NULL, "created_by" varchar(200) NOT NULL, "created_at" datetime NOT NULL, "accepted_at" datetime, "claimed_at" datetime, "verified_at" datetime, "closing_note" text, "cancelled_at" datetime, CONSTRAINT "FK_cf3c9ad7df01d387bc709d4b81b" FOREIGN KEY ("executor_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c18eac3f7150ec6a3b001086c91" FOREIGN KEY ("assigned_by_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8f83d8fb736f7602898d1ba8b5a" FOREIGN KEY ("parent_id") REFERENCES "reform_task" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_reform_task"("id", "code", "kind", "title", "target", "path", "measures", "results", "executor_id", "assigned_by_id", "parent_id", "depth", "origin_type", "origin_id", "starts_at", "deadline", "deadline_minute", "year", "status", "weight", "progress_method", "progress", "verified_progress", "progress_as_of", "public", "created_by", "created_at", "accepted_at", "claimed_at", "verified_at", "closing_note", "cancelled_at") SELECT "id", "code", "kind", "title", "target", "path", "measures", "results", "executor_id", "assigned_by_id", "parent_id", "depth", "origin_type", "origin_id", "starts_at", "deadline", "deadline_minute", "year", "status", "weight", "progress_method", "progress", "verified_progress", "progress_as_of", "public", "created_by", "created_at", "accepted_at", "claimed_at", "verified_at", "closing_note", "cancelled_at" FROM "reform_task"`);
    await queryRunner.query(`UPDATE "reform_task" SET "parent_id" = NULL`); // subtasks reference their parent in the same table
    await queryRunner.query(`DROP TABLE "reform_task"`);
    await queryRunner.query(`ALTER TABLE "temporary_reform_task" RENAME TO "reform_task"`);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_parent" ON "reform_task" ("parent_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_assigner" ON "reform_task" ("assigned_by_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_executor" ON "reform_task" ("executor_id", "deadline_minute", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_reform_task_code" ON "reform_task" ("code") `);
    await queryRunner.query(`DROP INDEX "IDX_reform_task_co_executor_body"`);
    await queryRunner.query(`CREATE TABLE "temporary_reform_task_co_executor" ("task_id" varchar(36) NOT NULL, "body_id" varchar(36) NOT NULL, CONSTRAINT "FK_da4bfd3ef11bd5767e5293ae942" FOREIGN KEY ("task_id") REFERENCES "reform_task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_e032caba87a434f4c68bf161708" FOREIGN KEY ("body_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("task_id", "body_id"))`);
    await queryRunner.query(`INSERT INTO "temporary_reform_task_co_executor"("task_id", "body_id") SELECT "task_id", "body_id" FROM "reform_task_co_executor"`);
    await queryRunner.query(`DROP TABLE "reform_task_co_executor"`);
    await queryRunner.query(`ALTER TABLE "temporary_reform_task_co_executor" RENAME TO "reform_task_co_executor"`);
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_co_executor_body" ON "reform_task_co_executor" ("body_id", "task_id") `);
    await queryRunner.query(`DROP INDEX "IDX_task_milestone_task"`);
    await queryRunner.query(`CREATE TABLE "temporary_task_milestone" ("id" varchar(36) PRIMARY KEY NOT NULL, "task_id" varchar(36) NOT NULL, "seq" integer NOT NULL, "title" varchar(300) NOT NULL, "due_at" datetime NOT NULL, "weight" integer NOT NULL, "status" varchar(16) NOT NULL, "completed_at" datetime, "verified_at" datetime, "evidence_hash" varchar(80), CONSTRAINT "FK_467f4444671b95c9e0efc40185e" FOREIGN KEY ("task_id") REFERENCES "reform_task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_task_milestone"("id", "task_id", "seq", "title", "due_at", "weight", "status", "completed_at", "verified_at", "evidence_hash") SELECT "id", "task_id", "seq", "title", "due_at", "weight", "status", "completed_at", "verified_at", "evidence_hash" FROM "task_milestone"`);
    await queryRunner.query(`DROP TABLE "task_milestone"`);
    await queryRunner.query(`ALTER TABLE "temporary_task_milestone" RENAME TO "task_milestone"`);
    await queryRunner.query(`CREATE INDEX "IDX_task_milestone_task" ON "task_milestone" ("task_id", "seq") `);
    await queryRunner.query(`DROP INDEX "UQ_progress_report_period"`);
    await queryRunner.query(`CREATE TABLE "temporary_progress_report" ("id" varchar(36) PRIMARY KEY NOT NULL, "task_id" varchar(36) NOT NULL, "period" varchar(7) NOT NULL, "percent" integer NOT NULL, "narrative" text NOT NULL, "problems" text, "decrease_reason" text, "submitted_at" datetime NOT NULL, "submitted_by_id" varchar(36) NOT NULL, "submitted_by_account" varchar(200) NOT NULL, CONSTRAINT "FK_1beeaf414b43a87fdd1020f7ab6" FOREIGN KEY ("task_id") REFERENCES "reform_task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_c79c433a9cd53a8aaed1fcad80a" FOREIGN KEY ("submitted_by_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_progress_report"("id", "task_id", "period", "percent", "narrative", "problems", "decrease_reason", "submitted_at", "submitted_by_id", "submitted_by_account") SELECT "id", "task_id", "period", "percent", "narrative", "problems", "decrease_reason", "submitted_at", "submitted_by_id", "submitted_by_account" FROM "progress_report"`);
    await queryRunner.query(`DROP TABLE "progress_report"`);
    await queryRunner.query(`ALTER TABLE "temporary_progress_report" RENAME TO "progress_report"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_progress_report_period" ON "progress_report" ("task_id", "period") `);
    await queryRunner.query(`DROP INDEX "IDX_task_extension_task"`);
    await queryRunner.query(`CREATE TABLE "temporary_task_extension" ("id" varchar(36) PRIMARY KEY NOT NULL, "task_id" varchar(36) NOT NULL, "requested_at" datetime NOT NULL, "previous_deadline" datetime NOT NULL, "requested_deadline" datetime NOT NULL, "reason" text NOT NULL, "decision" varchar(16), "decided_at" datetime, CONSTRAINT "FK_9ed949b232c5c9b700803f1aefd" FOREIGN KEY ("task_id") REFERENCES "reform_task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_task_extension"("id", "task_id", "requested_at", "previous_deadline", "requested_deadline", "reason", "decision", "decided_at") SELECT "id", "task_id", "requested_at", "previous_deadline", "requested_deadline", "reason", "decision", "decided_at" FROM "task_extension"`);
    await queryRunner.query(`DROP TABLE "task_extension"`);
    await queryRunner.query(`ALTER TABLE "temporary_task_extension" RENAME TO "task_extension"`);
    await queryRunner.query(`CREATE INDEX "IDX_task_extension_task" ON "task_extension" ("task_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_task_reminder_task"`);
    await queryRunner.query(`CREATE TABLE "temporary_task_reminder" ("task_id" varchar(36) NOT NULL, "directive_id" varchar(36) NOT NULL, "reminded_at" datetime NOT NULL, CONSTRAINT "FK_c7077e315d0968a272d7a2c6071" FOREIGN KEY ("task_id") REFERENCES "reform_task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("task_id", "directive_id"))`);
    await queryRunner.query(`INSERT INTO "temporary_task_reminder"("task_id", "directive_id", "reminded_at") SELECT "task_id", "directive_id", "reminded_at" FROM "task_reminder"`);
    await queryRunner.query(`DROP TABLE "task_reminder"`);
    await queryRunner.query(`ALTER TABLE "temporary_task_reminder" RENAME TO "task_reminder"`);
    await queryRunner.query(`CREATE INDEX "IDX_task_reminder_task" ON "task_reminder" ("task_id", "reminded_at") `);
    await queryRunner.query(`DROP INDEX "IDX_reform_fund_holder"`);
    await queryRunner.query(`CREATE TABLE "temporary_reform_fund" ("id" varchar(36) PRIMARY KEY NOT NULL, "holder_id" varchar(36) NOT NULL, "title" varchar(200) NOT NULL, "fiscal_year" integer NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "created_by" varchar(200) NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "FK_4fff19076926061af9d4fbaf8f5" FOREIGN KEY ("holder_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_reform_fund"("id", "holder_id", "title", "fiscal_year", "amount", "currency", "created_by", "created_at") SELECT "id", "holder_id", "title", "fiscal_year", "amount", "currency", "created_by", "created_at" FROM "reform_fund"`);
    await queryRunner.query(`DROP TABLE "reform_fund"`);
    await queryRunner.query(`ALTER TABLE "temporary_reform_fund" RENAME TO "reform_fund"`);
    await queryRunner.query(`CREATE INDEX "IDX_reform_fund_holder" ON "reform_fund" ("holder_id", "fiscal_year") `);
    await queryRunner.query(`DROP INDEX "IDX_fund_allocation_target"`);
    await queryRunner.query(`DROP INDEX "IDX_fund_allocation_fund"`);
    await queryRunner.query(`CREATE TABLE "temporary_fund_allocation" ("id" varchar(36) PRIMARY KEY NOT NULL, "fund_id" varchar(36) NOT NULL, "target_type" varchar(40) NOT NULL, "target_id" varchar(36) NOT NULL, "amount" bigint NOT NULL, "allocated_by" varchar(200) NOT NULL, "allocated_at" datetime NOT NULL, CONSTRAINT "FK_52c59282322a6e25352be66f12f" FOREIGN KEY ("fund_id") REFERENCES "reform_fund" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_fund_allocation"("id", "fund_id", "target_type", "target_id", "amount", "allocated_by", "allocated_at") SELECT "id", "fund_id", "target_type", "target_id", "amount", "allocated_by", "allocated_at" FROM "fund_allocation"`);
    await queryRunner.query(`DROP TABLE "fund_allocation"`);
    await queryRunner.query(`ALTER TABLE "temporary_fund_allocation" RENAME TO "fund_allocation"`);
    await queryRunner.query(`CREATE INDEX "IDX_fund_allocation_target" ON "fund_allocation" ("target_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fund_allocation_fund" ON "fund_allocation" ("fund_id", "id") `);
    await queryRunner.query(`DROP INDEX "UQ_annual_task_list_body_year"`);
    await queryRunner.query(`CREATE TABLE "temporary_annual_task_list" ("id" varchar(36) PRIMARY KEY NOT NULL, "body_id" varchar(36) NOT NULL, "year" integer NOT NULL, "title" varchar(300) NOT NULL, "public" boolean NOT NULL, "published_by" varchar(200) NOT NULL, "published_at" datetime NOT NULL, CONSTRAINT "FK_2e4321fd1808a309e25a7265bc2" FOREIGN KEY ("body_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_annual_task_list"("id", "body_id", "year", "title", "public", "published_by", "published_at") SELECT "id", "body_id", "year", "title", "public", "published_by", "published_at" FROM "annual_task_list"`);
    await queryRunner.query(`DROP TABLE "annual_task_list"`);
    await queryRunner.query(`ALTER TABLE "temporary_annual_task_list" RENAME TO "annual_task_list"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_annual_task_list_body_year" ON "annual_task_list" ("body_id", "year") `);
    await queryRunner.query(`DROP INDEX "UQ_annual_task_list_item_task"`);
    await queryRunner.query(`CREATE TABLE "temporary_annual_task_list_item" ("list_id" varchar(36) NOT NULL, "rank" integer NOT NULL, "task_id" varchar(36) NOT NULL, "title" varchar(300) NOT NULL, "responsible_leader_id" varchar(36) NOT NULL, "highlight" boolean NOT NULL, CONSTRAINT "FK_8bf9c9a7fd46a3472034cd03a20" FOREIGN KEY ("list_id") REFERENCES "annual_task_list" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_adb3b431ba611e88c08d99f9f4f" FOREIGN KEY ("task_id") REFERENCES "reform_task" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("list_id", "rank"))`);
    await queryRunner.query(`INSERT INTO "temporary_annual_task_list_item"("list_id", "rank", "task_id", "title", "responsible_leader_id", "highlight") SELECT "list_id", "rank", "task_id", "title", "responsible_leader_id", "highlight" FROM "annual_task_list_item"`);
    await queryRunner.query(`DROP TABLE "annual_task_list_item"`);
    await queryRunner.query(`ALTER TABLE "temporary_annual_task_list_item" RENAME TO "annual_task_list_item"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_annual_task_list_item_task" ON "annual_task_list_item" ("list_id", "task_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: the generated down rebuilt each table without its foreign keys by renaming it,
    // and SQLite then refused to drop a renamed table that rows of another still reference. Dropping
    // the referencing tables first needs no rebuild (their indexes go with them).
    await queryRunner.query(`DROP TABLE "annual_task_list_item"`);
    await queryRunner.query(`DROP TABLE "annual_task_list"`);
    await queryRunner.query(`DROP TABLE "task_delivery"`);
    await queryRunner.query(`DROP TABLE "fund_allocation"`);
    await queryRunner.query(`DROP TABLE "reform_fund"`);
    await queryRunner.query(`DROP TABLE "task_reminder"`);
    await queryRunner.query(`DROP TABLE "task_extension"`);
    await queryRunner.query(`DROP TABLE "progress_report"`);
    await queryRunner.query(`DROP TABLE "task_milestone"`);
    await queryRunner.query(`DROP TABLE "reform_task_co_executor"`);
    await queryRunner.query(`UPDATE "reform_task" SET "parent_id" = NULL`); // subtasks reference their parent in the same table
    await queryRunner.query(`DROP TABLE "reform_task"`);
  }
}
