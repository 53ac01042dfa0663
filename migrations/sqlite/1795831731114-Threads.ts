import { MigrationInterface, QueryRunner } from 'typeorm';

export class Threads1795831731114 implements MigrationInterface {
  name = 'Threads1795831731114';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "coordination_thread" ("id" varchar(36) PRIMARY KEY NOT NULL, "subject" varchar(200) NOT NULL, "description" text, "lead_id" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "due_at" datetime NOT NULL, "opened_by_id" varchar(36) NOT NULL, "opened_at" datetime NOT NULL, "resolved_at" datetime, "resolution" text, "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_coordination_thread_lead" ON "coordination_thread" ("lead_id", "id") `);
    await queryRunner.query(`CREATE TABLE "thread_participant" ("thread_id" varchar(36) NOT NULL, "body_id" varchar(36) NOT NULL, "joined_at" datetime NOT NULL, "added_by" varchar(200) NOT NULL, PRIMARY KEY ("thread_id", "body_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_participant_body" ON "thread_participant" ("body_id", "thread_id") `);
    await queryRunner.query(`CREATE TABLE "thread_message" ("id" varchar(36) PRIMARY KEY NOT NULL, "thread_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "author_account" varchar(200) NOT NULL, "content" text NOT NULL, "posted_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_message_thread" ON "thread_message" ("thread_id", "id") `);
    await queryRunner.query(`CREATE TABLE "thread_resource" ("id" varchar(36) PRIMARY KEY NOT NULL, "thread_id" varchar(36) NOT NULL, "title" varchar(200) NOT NULL, "kind" varchar(16) NOT NULL, "uri" varchar(2000), "content_hash" varchar(80), "provided_by_id" varchar(36) NOT NULL, "shared_by_id" varchar(36) NOT NULL, "shared_by_account" varchar(200) NOT NULL, "shared_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_resource_thread" ON "thread_resource" ("thread_id", "id") `);
    await queryRunner.query(`CREATE TABLE "thread_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "thread_id" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "actor_id" varchar(36) NOT NULL, "actor_account" varchar(200) NOT NULL, "body_id" varchar(36), "previous_lead_id" varchar(36), "message_id" varchar(36), "resource_id" varchar(36), "note" text, "occurred_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_event_thread" ON "thread_event" ("thread_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_coordination_thread_lead"`);
    await queryRunner.query(`CREATE TABLE "temporary_coordination_thread" ("id" varchar(36) PRIMARY KEY NOT NULL, "subject" varchar(200) NOT NULL, "description" text, "lead_id" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "due_at" datetime NOT NULL, "opened_by_id" varchar(36) NOT NULL, "opened_at" datetime NOT NULL, "resolved_at" datetime, "resolution" text, "updated_at" datetime NOT NULL, CONSTRAINT "FK_7f77f7723d1ef763b977d629846" FOREIGN KEY ("lead_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_1b856b5aa87e1409811de6da96f" FOREIGN KEY ("opened_by_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_coordination_thread"("id", "subject", "description", "lead_id", "status", "due_at", "opened_by_id", "opened_at", "resolved_at", "resolution", "updated_at") SELECT "id", "subject", "description", "lead_id", "status", "due_at", "opened_by_id", "opened_at", "resolved_at", "resolution", "updated_at" FROM "coordination_thread"`);
    await queryRunner.query(`DROP TABLE "coordination_thread"`);
    await queryRunner.query(`ALTER TABLE "temporary_coordination_thread" RENAME TO "coordination_thread"`);
    await queryRunner.query(`CREATE INDEX "IDX_coordination_thread_lead" ON "coordination_thread" ("lead_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_thread_participant_body"`);
    await queryRunner.query(`CREATE TABLE "temporary_thread_participant" ("thread_id" varchar(36) NOT NULL, "body_id" varchar(36) NOT NULL, "joined_at" datetime NOT NULL, "added_by" varchar(200) NOT NULL, CONSTRAINT "FK_93580c8e6a578318cff86eabf2a" FOREIGN KEY ("thread_id") REFERENCES "coordination_thread" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_657a2e35ba775302e7bf729f41a" FOREIGN KEY ("body_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("thread_id", "body_id"))`);
    await queryRunner.query(`INSERT INTO "temporary_thread_participant"("thread_id", "body_id", "joined_at", "added_by") SELECT "thread_id", "body_id", "joined_at", "added_by" FROM "thread_participant"`);
    await queryRunner.query(`DROP TABLE "thread_participant"`);
    await queryRunner.query(`ALTER TABLE "temporary_thread_participant" RENAME TO "thread_participant"`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_participant_body" ON "thread_participant" ("body_id", "thread_id") `);
    await queryRunner.query(`DROP INDEX "IDX_thread_message_thread"`);
    await queryRunner.query(`CREATE TABLE "temporary_thread_message" ("id" varchar(36) PRIMARY KEY NOT NULL, "thread_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "author_account" varchar(200) NOT NULL, "content" text NOT NULL, "posted_at" datetime NOT NULL, CONSTRAINT "FK_e28e9f6a397ec5fab10ddca24be" FOREIGN KEY ("thread_id") REFERENCES "coordination_thread" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_8cad52b2ff7aa42f4e21aa407f4" FOREIGN KEY ("author_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_thread_message"("id", "thread_id", "author_id", "author_account", "content", "posted_at") SELECT "id", "thread_id", "author_id", "author_account", "content", "posted_at" FROM "thread_message"`);
    await queryRunner.query(`DROP TABLE "thread_message"`);
    await queryRunner.query(`ALTER TABLE "temporary_thread_message" RENAME TO "thread_message"`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_message_thread" ON "thread_message" ("thread_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_thread_resource_thread"`);
    await queryRunner.query(`CREATE TABLE "temporary_thread_resource" ("id" varchar(36) PRIMARY KEY NOT NULL, "thread_id" varchar(36) NOT NULL, "title" varchar(200) NOT NULL, "kind" varchar(16) NOT NULL, "uri" varchar(2000), "content_hash" varchar(80), "provided_by_id" varchar(36) NOT NULL, "shared_by_id" varchar(36) NOT NULL, "shared_by_account" varchar(200) NOT NULL, "shared_at" datetime NOT NULL, CONSTRAINT "FK_d6a7643b0f8d5bb727c344624eb" FOREIGN KEY ("thread_id") REFERENCES "coordination_thread" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f212bd4e3c1ee673b414907f928" FOREIGN KEY ("provided_by_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a00628130b8eaa912bd503087a2" FOREIGN KEY ("shared_by_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_thread_resource"("id", "thread_id", "title", "kind", "uri", "content_hash", "provided_by_id", "shared_by_id", "shared_by_account", "shared_at") SELECT "id", "thread_id", "title", "kind", "uri", "content_hash", "provided_by_id", "shared_by_id", "shared_by_account", "shared_at" FROM "thread_resource"`);
    await queryRunner.query(`DROP TABLE "thread_resource"`);
    await queryRunner.query(`ALTER TABLE "temporary_thread_resource" RENAME TO "thread_resource"`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_resource_thread" ON "thread_resource" ("thread_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_thread_event_thread"`);
    await queryRunner.query(`CREATE TABLE "temporary_thread_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "thread_id" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "actor_id" varchar(36) NOT NULL, "actor_account" varchar(200) NOT NULL, "body_id" varchar(36), "previous_lead_id" varchar(36), "message_id" varchar(36), "resource_id" varchar(36), "note" text, "occurred_at" datetime NOT NULL, CONSTRAINT "FK_bf4e2eff8c025fd32c31ad822d9" FOREIGN KEY ("thread_id") REFERENCES "coordination_thread" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_c06ded4bc050db9fb5550ff6e6a" FOREIGN KEY ("actor_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c04332c523dd500b0d2d5c42b93" FOREIGN KEY ("body_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ef88161e353aaa8f624e50eded5" FOREIGN KEY ("previous_lead_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_36870c675b38bcbaa6b11f6d193" FOREIGN KEY ("message_id") REFERENCES "thread_message" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_14a3ad7bb19e8ea81cf25ea32c1" FOREIGN KEY ("resource_id") REFERENCES "thread_resource" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_thread_event"("id", "thread_id", "kind", "actor_id", "actor_account", "body_id", "previous_lead_id", "message_id", "resource_id", "note", "occurred_at") SELECT "id", "thread_id", "kind", "actor_id", "actor_account", "body_id", "previous_lead_id", "message_id", "resource_id", "note", "occurred_at" FROM "thread_event"`);
    await queryRunner.query(`DROP TABLE "thread_event"`);
    await queryRunner.query(`ALTER TABLE "temporary_thread_event" RENAME TO "thread_event"`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_event_thread" ON "thread_event" ("thread_id", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_thread_event_thread"`);
    await queryRunner.query(`ALTER TABLE "thread_event" RENAME TO "temporary_thread_event"`);
    await queryRunner.query(`CREATE TABLE "thread_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "thread_id" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "actor_id" varchar(36) NOT NULL, "actor_account" varchar(200) NOT NULL, "body_id" varchar(36), "previous_lead_id" varchar(36), "message_id" varchar(36), "resource_id" varchar(36), "note" text, "occurred_at" datetime NOT NULL)`);
    await queryRunner.query(`INSERT INTO "thread_event"("id", "thread_id", "kind", "actor_id", "actor_account", "body_id", "previous_lead_id", "message_id", "resource_id", "note", "occurred_at") SELECT "id", "thread_id", "kind", "actor_id", "actor_account", "body_id", "previous_lead_id", "message_id", "resource_id", "note", "occurred_at" FROM "temporary_thread_event"`);
    await queryRunner.query(`DROP TABLE "temporary_thread_event"`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_event_thread" ON "thread_event" ("thread_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_thread_resource_thread"`);
    await queryRunner.query(`ALTER TABLE "thread_resource" RENAME TO "temporary_thread_resource"`);
    await queryRunner.query(`CREATE TABLE "thread_resource" ("id" varchar(36) PRIMARY KEY NOT NULL, "thread_id" varchar(36) NOT NULL, "title" varchar(200) NOT NULL, "kind" varchar(16) NOT NULL, "uri" varchar(2000), "content_hash" varchar(80), "provided_by_id" varchar(36) NOT NULL, "shared_by_id" varchar(36) NOT NULL, "shared_by_account" varchar(200) NOT NULL, "shared_at" datetime NOT NULL)`);
    await queryRunner.query(`INSERT INTO "thread_resource"("id", "thread_id", "title", "kind", "uri", "content_hash", "provided_by_id", "shared_by_id", "shared_by_account", "shared_at") SELECT "id", "thread_id", "title", "kind", "uri", "content_hash", "provided_by_id", "shared_by_id", "shared_by_account", "shared_at" FROM "temporary_thread_resource"`);
    await queryRunner.query(`DROP TABLE "temporary_thread_resource"`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_resource_thread" ON "thread_resource" ("thread_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_thread_message_thread"`);
    await queryRunner.query(`ALTER TABLE "thread_message" RENAME TO "temporary_thread_message"`);
    await queryRunner.query(`CREATE TABLE "thread_message" ("id" varchar(36) PRIMARY KEY NOT NULL, "thread_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "author_account" varchar(200) NOT NULL, "content" text NOT NULL, "posted_at" datetime NOT NULL)`);
    await queryRunner.query(`INSERT INTO "thread_message"("id", "thread_id", "author_id", "author_account", "content", "posted_at") SELECT "id", "thread_id", "author_id", "author_account", "content", "posted_at" FROM "temporary_thread_message"`);
    await queryRunner.query(`DROP TABLE "temporary_thread_message"`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_message_thread" ON "thread_message" ("thread_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_thread_participant_body"`);
    await queryRunner.query(`ALTER TABLE "thread_participant" RENAME TO "temporary_thread_participant"`);
    await queryRunner.query(`CREATE TABLE "thread_participant" ("thread_id" varchar(36) NOT NULL, "body_id" varchar(36) NOT NULL, "joined_at" datetime NOT NULL, "added_by" varchar(200) NOT NULL, PRIMARY KEY ("thread_id", "body_id"))`);
    await queryRunner.query(`INSERT INTO "thread_participant"("thread_id", "body_id", "joined_at", "added_by") SELECT "thread_id", "body_id", "joined_at", "added_by" FROM "temporary_thread_participant"`);
    await queryRunner.query(`DROP TABLE "temporary_thread_participant"`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_participant_body" ON "thread_participant" ("body_id", "thread_id") `);
    await queryRunner.query(`DROP INDEX "IDX_coordination_thread_lead"`);
    await queryRunner.query(`ALTER TABLE "coordination_thread" RENAME TO "temporary_coordination_thread"`);
    await queryRunner.query(`CREATE TABLE "coordination_thread" ("id" varchar(36) PRIMARY KEY NOT NULL, "subject" varchar(200) NOT NULL, "description" text, "lead_id" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "due_at" datetime NOT NULL, "opened_by_id" varchar(36) NOT NULL, "opened_at" datetime NOT NULL, "resolved_at" datetime, "resolution" text, "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`INSERT INTO "coordination_thread"("id", "subject", "description", "lead_id", "status", "due_at", "opened_by_id", "opened_at", "resolved_at", "resolution", "updated_at") SELECT "id", "subject", "description", "lead_id", "status", "due_at", "opened_by_id", "opened_at", "resolved_at", "resolution", "updated_at" FROM "temporary_coordination_thread"`);
    await queryRunner.query(`DROP TABLE "temporary_coordination_thread"`);
    await queryRunner.query(`CREATE INDEX "IDX_coordination_thread_lead" ON "coordination_thread" ("lead_id", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_thread_event_thread"`);
    await queryRunner.query(`DROP TABLE "thread_event"`);
    await queryRunner.query(`DROP INDEX "IDX_thread_resource_thread"`);
    await queryRunner.query(`DROP TABLE "thread_resource"`);
    await queryRunner.query(`DROP INDEX "IDX_thread_message_thread"`);
    await queryRunner.query(`DROP TABLE "thread_message"`);
    await queryRunner.query(`DROP INDEX "IDX_thread_participant_body"`);
    await queryRunner.query(`DROP TABLE "thread_participant"`);
    await queryRunner.query(`DROP INDEX "IDX_coordination_thread_lead"`);
    await queryRunner.query(`DROP TABLE "coordination_thread"`);
  }
}
