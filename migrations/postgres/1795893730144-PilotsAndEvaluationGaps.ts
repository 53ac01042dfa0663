import { MigrationInterface, QueryRunner } from 'typeorm';

export class PilotsAndEvaluationGaps1795893730144 implements MigrationInterface {
  name = 'PilotsAndEvaluationGaps1795893730144';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "tolerance_case_finding" ("case_id" character varying(36) NOT NULL, "finding_id" character varying(36) NOT NULL, CONSTRAINT "PK_524305cc46720afb9cc25e55ffa" PRIMARY KEY ("case_id", "finding_id"))`);
    await queryRunner.query(`CREATE TABLE "pilot" ("id" character varying(36) NOT NULL, "code" character varying(64) NOT NULL, "title" character varying(300) NOT NULL, "field" character varying(100) NOT NULL, "hypothesis" text NOT NULL, "sponsor_id" character varying(36) NOT NULL, "decision_id" character varying(36), "starts_at" TIMESTAMP NOT NULL, "ends_at" TIMESTAMP NOT NULL, "status" character varying(20) NOT NULL, "acknowledged_overlap_ids" text NOT NULL, "evaluation_id" character varying(36), "verdict" character varying(24), "verdict_reason" text, "verdict_at" TIMESTAMP, "scaled_up_directive_id" character varying(36), "end_reason" text, "proposed_by" character varying(200) NOT NULL, "proposed_at" TIMESTAMP NOT NULL, "authorized_at" TIMESTAMP, CONSTRAINT "PK_921e16d425d1f58dcec5fe90bba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_pilot_code" ON "pilot"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_pilot_field" ON "pilot"  ("field", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_pilot_sponsor" ON "pilot"  ("sponsor_id", "id") `);
    await queryRunner.query(`CREATE TABLE "pilot_site" ("pilot_id" character varying(36) NOT NULL, "body_id" character varying(36) NOT NULL, "scope" text NOT NULL, "authorized_deviations" text NOT NULL, "legal_basis" text, CONSTRAINT "PK_68ff60c763f687ab3aab08f721e" PRIMARY KEY ("pilot_id", "body_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_pilot_site_body" ON "pilot_site"  ("body_id") `);
    await queryRunner.query(`CREATE TABLE "pilot_criterion" ("pilot_id" character varying(36) NOT NULL, "indicator_id" character varying(36) NOT NULL, CONSTRAINT "PK_963b9c502fc9f96de68985cc67f" PRIMARY KEY ("pilot_id", "indicator_id"))`);
    await queryRunner.query(`CREATE TABLE "pilot_experience" ("id" character varying(36) NOT NULL, "pilot_id" character varying(36) NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL, "highlight" boolean NOT NULL, "recorded_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_d16674a7da6742ed9e41346ea67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_pilot_experience_pilot" ON "pilot_experience"  ("pilot_id") `);
    await queryRunner.query(`CREATE TABLE "pilot_progress" ("feedback_id" character varying(36) NOT NULL, "pilot_id" character varying(36) NOT NULL, "site_id" character varying(36) NOT NULL, "reported_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_e392603a57ace378f966b80db27" PRIMARY KEY ("feedback_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_pilot_progress_pilot" ON "pilot_progress"  ("pilot_id", "reported_at") `);
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" ADD "comments_until" TIMESTAMP`);
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" ADD "subject_response" text`);
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" ADD "responded_at" TIMESTAMP`);
    await queryRunner.query(`ALTER TABLE "tolerance_case_finding" ADD CONSTRAINT "FK_dd1175a84abd957c92462aea3d6" FOREIGN KEY ("case_id") REFERENCES "tolerance_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tolerance_case_finding" ADD CONSTRAINT "FK_4273e5c6a543a1ad1427b529bcb" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot" ADD CONSTRAINT "FK_6c374e2ec46f1b9c8eb28445462" FOREIGN KEY ("sponsor_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot" ADD CONSTRAINT "FK_9ce85329ed68e14edb0c348ff43" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot" ADD CONSTRAINT "FK_48914e86d6237bafc13f11d5d10" FOREIGN KEY ("scaled_up_directive_id") REFERENCES "directive"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot_site" ADD CONSTRAINT "FK_bf39d6cee88a7bad73eb498b9b9" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot_site" ADD CONSTRAINT "FK_b48627595cba436e4da77151b35" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot_criterion" ADD CONSTRAINT "FK_3e606c45e7777e02b9fcda080ec" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot_criterion" ADD CONSTRAINT "FK_361d46571b8dd9c35b674078203" FOREIGN KEY ("indicator_id") REFERENCES "evaluation_indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot_experience" ADD CONSTRAINT "FK_9c35479d0289112d24a9d53d845" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot_progress" ADD CONSTRAINT "FK_e392603a57ace378f966b80db27" FOREIGN KEY ("feedback_id") REFERENCES "feedback"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pilot_progress" ADD CONSTRAINT "FK_d812073202ad2512ed7da391bc4" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot_progress" DROP CONSTRAINT "FK_d812073202ad2512ed7da391bc4"`);
    await queryRunner.query(`ALTER TABLE "pilot_progress" DROP CONSTRAINT "FK_e392603a57ace378f966b80db27"`);
    await queryRunner.query(`ALTER TABLE "pilot_experience" DROP CONSTRAINT "FK_9c35479d0289112d24a9d53d845"`);
    await queryRunner.query(`ALTER TABLE "pilot_criterion" DROP CONSTRAINT "FK_361d46571b8dd9c35b674078203"`);
    await queryRunner.query(`ALTER TABLE "pilot_criterion" DROP CONSTRAINT "FK_3e606c45e7777e02b9fcda080ec"`);
    await queryRunner.query(`ALTER TABLE "pilot_site" DROP CONSTRAINT "FK_b48627595cba436e4da77151b35"`);
    await queryRunner.query(`ALTER TABLE "pilot_site" DROP CONSTRAINT "FK_bf39d6cee88a7bad73eb498b9b9"`);
    await queryRunner.query(`ALTER TABLE "pilot" DROP CONSTRAINT "FK_48914e86d6237bafc13f11d5d10"`);
    await queryRunner.query(`ALTER TABLE "pilot" DROP CONSTRAINT "FK_9ce85329ed68e14edb0c348ff43"`);
    await queryRunner.query(`ALTER TABLE "pilot" DROP CONSTRAINT "FK_6c374e2ec46f1b9c8eb28445462"`);
    await queryRunner.query(`ALTER TABLE "tolerance_case_finding" DROP CONSTRAINT "FK_4273e5c6a543a1ad1427b529bcb"`);
    await queryRunner.query(`ALTER TABLE "tolerance_case_finding" DROP CONSTRAINT "FK_dd1175a84abd957c92462aea3d6"`);
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" DROP COLUMN "responded_at"`);
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" DROP COLUMN "subject_response"`);
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" DROP COLUMN "comments_until"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pilot_progress_pilot"`);
    await queryRunner.query(`DROP TABLE "pilot_progress"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pilot_experience_pilot"`);
    await queryRunner.query(`DROP TABLE "pilot_experience"`);
    await queryRunner.query(`DROP TABLE "pilot_criterion"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pilot_site_body"`);
    await queryRunner.query(`DROP TABLE "pilot_site"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pilot_sponsor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pilot_field"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_pilot_code"`);
    await queryRunner.query(`DROP TABLE "pilot"`);
    await queryRunner.query(`DROP TABLE "tolerance_case_finding"`);
  }
}
