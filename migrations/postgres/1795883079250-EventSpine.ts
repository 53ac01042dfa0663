import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated; plus the head row of the event log (seqs start after 0).

export class EventSpine1795883079250 implements MigrationInterface {
  name = 'EventSpine1795883079250';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "hub_event" ("seq" integer NOT NULL, "kind" character varying(64) NOT NULL, "payload" text NOT NULL, "subject_type" character varying(64) NOT NULL, "subject_id" character varying(36) NOT NULL, "body_id" character varying(36) NOT NULL, "actor_body_id" character varying(36) NOT NULL, "actor_account" character varying(200) NOT NULL, "recipient_body_ids" text NOT NULL, "request_id" character varying(64) NOT NULL, "occurred_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_f5e86b3af3f9999b86434289d46" PRIMARY KEY ("seq"))`);
    await queryRunner.query(`CREATE INDEX "IDX_hub_event_body" ON "hub_event"  ("body_id", "seq") `);
    await queryRunner.query(`CREATE TABLE "hub_event_audience" ("body_id" character varying(36) NOT NULL, "seq" integer NOT NULL, CONSTRAINT "PK_9ab93a7bfa21477855fbf2fa03e" PRIMARY KEY ("body_id", "seq"))`);
    await queryRunner.query(`CREATE INDEX "IDX_hub_event_audience_seq" ON "hub_event_audience"  ("seq") `);
    await queryRunner.query(`CREATE TABLE "hub_event_head" ("id" integer NOT NULL, "last_seq" integer NOT NULL, CONSTRAINT "PK_0831033594299717c442a88e61e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`INSERT INTO "hub_event_head" ("id", "last_seq") VALUES (1, 0)`);
    await queryRunner.query(`CREATE TABLE "hub_deadline" ("key" character varying(200) NOT NULL, "handler" character varying(64) NOT NULL, "payload" text NOT NULL, "due_at" TIMESTAMP NOT NULL, "attempts" integer NOT NULL, CONSTRAINT "PK_544e8081f3084137b3144344890" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_hub_deadline_due" ON "hub_deadline"  ("due_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_hub_deadline_due"`);
    await queryRunner.query(`DROP TABLE "hub_deadline"`);
    await queryRunner.query(`DROP TABLE "hub_event_head"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_hub_event_audience_seq"`);
    await queryRunner.query(`DROP TABLE "hub_event_audience"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_hub_event_body"`);
    await queryRunner.query(`DROP TABLE "hub_event"`);
  }
}
