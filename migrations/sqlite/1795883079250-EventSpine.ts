import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated; plus the head row of the event log (seqs start after 0).

export class EventSpine1795883079250 implements MigrationInterface {
  name = 'EventSpine1795883079250';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "hub_event" ("seq" integer PRIMARY KEY NOT NULL, "kind" varchar(64) NOT NULL, "payload" text NOT NULL, "subject_type" varchar(64) NOT NULL, "subject_id" varchar(36) NOT NULL, "body_id" varchar(36) NOT NULL, "actor_body_id" varchar(36) NOT NULL, "actor_account" varchar(200) NOT NULL, "recipient_body_ids" text NOT NULL, "request_id" varchar(64) NOT NULL, "occurred_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_hub_event_body" ON "hub_event" ("body_id", "seq") `);
    await queryRunner.query(`CREATE TABLE "hub_event_audience" ("body_id" varchar(36) NOT NULL, "seq" integer NOT NULL, PRIMARY KEY ("body_id", "seq"))`);
    await queryRunner.query(`CREATE INDEX "IDX_hub_event_audience_seq" ON "hub_event_audience" ("seq") `);
    await queryRunner.query(`CREATE TABLE "hub_event_head" ("id" integer PRIMARY KEY NOT NULL, "last_seq" integer NOT NULL)`);
    await queryRunner.query(`INSERT INTO "hub_event_head" ("id", "last_seq") VALUES (1, 0)`);
    await queryRunner.query(`CREATE TABLE "hub_deadline" ("key" varchar(200) PRIMARY KEY NOT NULL, "handler" varchar(64) NOT NULL, "payload" text NOT NULL, "due_at" datetime NOT NULL, "attempts" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_hub_deadline_due" ON "hub_deadline" ("due_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_hub_deadline_due"`);
    await queryRunner.query(`DROP TABLE "hub_deadline"`);
    await queryRunner.query(`DROP TABLE "hub_event_head"`);
    await queryRunner.query(`DROP INDEX "IDX_hub_event_audience_seq"`);
    await queryRunner.query(`DROP TABLE "hub_event_audience"`);
    await queryRunner.query(`DROP INDEX "IDX_hub_event_body"`);
    await queryRunner.query(`DROP TABLE "hub_event"`);
  }
}
