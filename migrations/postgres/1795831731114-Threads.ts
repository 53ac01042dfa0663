import { MigrationInterface, QueryRunner } from 'typeorm';

export class Threads1795831731114 implements MigrationInterface {
  name = 'Threads1795831731114';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "coordination_thread" ("id" character varying(36) NOT NULL, "subject" character varying(200) NOT NULL, "description" text, "lead_id" character varying(36) NOT NULL, "status" character varying(16) NOT NULL, "due_at" TIMESTAMP NOT NULL, "opened_by_id" character varying(36) NOT NULL, "opened_at" TIMESTAMP NOT NULL, "resolved_at" TIMESTAMP, "resolution" text, "updated_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_83832af214b13a4d2008b02b2dd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_coordination_thread_lead" ON "coordination_thread"  ("lead_id", "id") `);
    await queryRunner.query(`CREATE TABLE "thread_participant" ("thread_id" character varying(36) NOT NULL, "body_id" character varying(36) NOT NULL, "joined_at" TIMESTAMP NOT NULL, "added_by" character varying(200) NOT NULL, CONSTRAINT "PK_4d8266f925aaed7dc32fad737ae" PRIMARY KEY ("thread_id", "body_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_participant_body" ON "thread_participant"  ("body_id", "thread_id") `);
    await queryRunner.query(`CREATE TABLE "thread_message" ("id" character varying(36) NOT NULL, "thread_id" character varying(36) NOT NULL, "author_id" character varying(36) NOT NULL, "author_account" character varying(200) NOT NULL, "content" text NOT NULL, "posted_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_93b930acb465111c491d8476563" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_message_thread" ON "thread_message"  ("thread_id", "id") `);
    await queryRunner.query(`CREATE TABLE "thread_resource" ("id" character varying(36) NOT NULL, "thread_id" character varying(36) NOT NULL, "title" character varying(200) NOT NULL, "kind" character varying(16) NOT NULL, "uri" character varying(2000), "content_hash" character varying(80), "provided_by_id" character varying(36) NOT NULL, "shared_by_id" character varying(36) NOT NULL, "shared_by_account" character varying(200) NOT NULL, "shared_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_71af963568fa4b4dc4f05f372eb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_resource_thread" ON "thread_resource"  ("thread_id", "id") `);
    await queryRunner.query(`CREATE TABLE "thread_event" ("id" character varying(36) NOT NULL, "thread_id" character varying(36) NOT NULL, "kind" character varying(32) NOT NULL, "actor_id" character varying(36) NOT NULL, "actor_account" character varying(200) NOT NULL, "body_id" character varying(36), "previous_lead_id" character varying(36), "message_id" character varying(36), "resource_id" character varying(36), "note" text, "occurred_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_03e2240b9bcaf166187eeb758fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_thread_event_thread" ON "thread_event"  ("thread_id", "id") `);
    await queryRunner.query(`ALTER TABLE "coordination_thread" ADD CONSTRAINT "FK_7f77f7723d1ef763b977d629846" FOREIGN KEY ("lead_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coordination_thread" ADD CONSTRAINT "FK_1b856b5aa87e1409811de6da96f" FOREIGN KEY ("opened_by_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_participant" ADD CONSTRAINT "FK_93580c8e6a578318cff86eabf2a" FOREIGN KEY ("thread_id") REFERENCES "coordination_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_participant" ADD CONSTRAINT "FK_657a2e35ba775302e7bf729f41a" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_message" ADD CONSTRAINT "FK_e28e9f6a397ec5fab10ddca24be" FOREIGN KEY ("thread_id") REFERENCES "coordination_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_message" ADD CONSTRAINT "FK_8cad52b2ff7aa42f4e21aa407f4" FOREIGN KEY ("author_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_resource" ADD CONSTRAINT "FK_d6a7643b0f8d5bb727c344624eb" FOREIGN KEY ("thread_id") REFERENCES "coordination_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_resource" ADD CONSTRAINT "FK_f212bd4e3c1ee673b414907f928" FOREIGN KEY ("provided_by_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_resource" ADD CONSTRAINT "FK_a00628130b8eaa912bd503087a2" FOREIGN KEY ("shared_by_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_event" ADD CONSTRAINT "FK_bf4e2eff8c025fd32c31ad822d9" FOREIGN KEY ("thread_id") REFERENCES "coordination_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_event" ADD CONSTRAINT "FK_c06ded4bc050db9fb5550ff6e6a" FOREIGN KEY ("actor_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_event" ADD CONSTRAINT "FK_c04332c523dd500b0d2d5c42b93" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_event" ADD CONSTRAINT "FK_ef88161e353aaa8f624e50eded5" FOREIGN KEY ("previous_lead_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_event" ADD CONSTRAINT "FK_36870c675b38bcbaa6b11f6d193" FOREIGN KEY ("message_id") REFERENCES "thread_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_event" ADD CONSTRAINT "FK_14a3ad7bb19e8ea81cf25ea32c1" FOREIGN KEY ("resource_id") REFERENCES "thread_resource"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "thread_event" DROP CONSTRAINT "FK_14a3ad7bb19e8ea81cf25ea32c1"`);
    await queryRunner.query(`ALTER TABLE "thread_event" DROP CONSTRAINT "FK_36870c675b38bcbaa6b11f6d193"`);
    await queryRunner.query(`ALTER TABLE "thread_event" DROP CONSTRAINT "FK_ef88161e353aaa8f624e50eded5"`);
    await queryRunner.query(`ALTER TABLE "thread_event" DROP CONSTRAINT "FK_c04332c523dd500b0d2d5c42b93"`);
    await queryRunner.query(`ALTER TABLE "thread_event" DROP CONSTRAINT "FK_c06ded4bc050db9fb5550ff6e6a"`);
    await queryRunner.query(`ALTER TABLE "thread_event" DROP CONSTRAINT "FK_bf4e2eff8c025fd32c31ad822d9"`);
    await queryRunner.query(`ALTER TABLE "thread_resource" DROP CONSTRAINT "FK_a00628130b8eaa912bd503087a2"`);
    await queryRunner.query(`ALTER TABLE "thread_resource" DROP CONSTRAINT "FK_f212bd4e3c1ee673b414907f928"`);
    await queryRunner.query(`ALTER TABLE "thread_resource" DROP CONSTRAINT "FK_d6a7643b0f8d5bb727c344624eb"`);
    await queryRunner.query(`ALTER TABLE "thread_message" DROP CONSTRAINT "FK_8cad52b2ff7aa42f4e21aa407f4"`);
    await queryRunner.query(`ALTER TABLE "thread_message" DROP CONSTRAINT "FK_e28e9f6a397ec5fab10ddca24be"`);
    await queryRunner.query(`ALTER TABLE "thread_participant" DROP CONSTRAINT "FK_657a2e35ba775302e7bf729f41a"`);
    await queryRunner.query(`ALTER TABLE "thread_participant" DROP CONSTRAINT "FK_93580c8e6a578318cff86eabf2a"`);
    await queryRunner.query(`ALTER TABLE "coordination_thread" DROP CONSTRAINT "FK_1b856b5aa87e1409811de6da96f"`);
    await queryRunner.query(`ALTER TABLE "coordination_thread" DROP CONSTRAINT "FK_7f77f7723d1ef763b977d629846"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_thread_event_thread"`);
    await queryRunner.query(`DROP TABLE "thread_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_thread_resource_thread"`);
    await queryRunner.query(`DROP TABLE "thread_resource"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_thread_message_thread"`);
    await queryRunner.query(`DROP TABLE "thread_message"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_thread_participant_body"`);
    await queryRunner.query(`DROP TABLE "thread_participant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_coordination_thread_lead"`);
    await queryRunner.query(`DROP TABLE "coordination_thread"`);
  }
}
