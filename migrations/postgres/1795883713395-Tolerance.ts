import { MigrationInterface, QueryRunner } from 'typeorm';

export class Tolerance1795883713395 implements MigrationInterface {
  name = 'Tolerance1795883713395';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "tolerance_case" ("id" character varying(36) NOT NULL, "code" character varying(40) NOT NULL, "status" character varying(24) NOT NULL, "subject_body_id" character varying(36) NOT NULL, "subject_government_id" character varying(36) NOT NULL, "matter" text NOT NULL, "act_at" TIMESTAMP NOT NULL, "keywords" text NOT NULL, "power_id" character varying(36), "applicant_id" character varying(36) NOT NULL, "applied_by" character varying(200) NOT NULL, "applied_at" TIMESTAMP NOT NULL, "trial" character varying(32) NOT NULL, "trial_facts" text NOT NULL, "prohibition" character varying(32) NOT NULL, "prohibition_facts" text NOT NULL, "prohibition_override_reason" text, "purpose" character varying(32) NOT NULL, "purpose_facts" text NOT NULL, "mitigation_taken" boolean NOT NULL, "exclusions" text NOT NULL, "facts_recorded_at" TIMESTAMP, "outcome" character varying(16), "decision_reason" text, "deviates" boolean NOT NULL DEFAULT false, "decided_at" TIMESTAMP, "appeal_by" TIMESTAMP, "appeal_grounds" text, "appealed_at" TIMESTAMP, CONSTRAINT "PK_14789839c8133c6205de4bdfb8a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_tolerance_case_code" ON "tolerance_case"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_tolerance_case_subject" ON "tolerance_case"  ("subject_body_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_tolerance_case_subject_gov" ON "tolerance_case"  ("subject_government_id", "id") `);
    await queryRunner.query(`CREATE TABLE "tolerance_signature" ("id" character varying(36) NOT NULL, "case_id" character varying(36) NOT NULL, "body_id" character varying(36) NOT NULL, "body_kind" character varying(32) NOT NULL, "account_id" character varying(200) NOT NULL, "outcome" character varying(16) NOT NULL, "reason" text, "signed_at" TIMESTAMP NOT NULL, CONSTRAINT "UQ_tolerance_signature_kind" UNIQUE ("case_id", "body_kind"), CONSTRAINT "UQ_tolerance_signature_account" UNIQUE ("case_id", "account_id"), CONSTRAINT "PK_49ac3439487d88a5b71efdddcec" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "tolerance_prohibition_link" ("case_id" character varying(36) NOT NULL, "directive_id" character varying(36) NOT NULL, "linked_by" character varying(200) NOT NULL, "linked_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_bae820ee51c358b3e69e2411d16" PRIMARY KEY ("case_id", "directive_id"))`);
    await queryRunner.query(`ALTER TABLE "directive" ADD "prohibits" text NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "tolerance_case" ADD CONSTRAINT "FK_3d833ae0c8cdeb93ae2b9deb8ad" FOREIGN KEY ("subject_body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tolerance_case" ADD CONSTRAINT "FK_acfae68bf765e4413a99d9e33c2" FOREIGN KEY ("subject_government_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tolerance_case" ADD CONSTRAINT "FK_22ef459c0fa4bb34fc6d5f481da" FOREIGN KEY ("power_id") REFERENCES "power"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tolerance_case" ADD CONSTRAINT "FK_5062593a1365a05a68e65def051" FOREIGN KEY ("applicant_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tolerance_signature" ADD CONSTRAINT "FK_2d8f52f68c6776ed9f0ccc91cd2" FOREIGN KEY ("case_id") REFERENCES "tolerance_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tolerance_signature" ADD CONSTRAINT "FK_ce326d37f50a0122666474397e7" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tolerance_prohibition_link" ADD CONSTRAINT "FK_84886e89123628e726dab20dcda" FOREIGN KEY ("case_id") REFERENCES "tolerance_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tolerance_prohibition_link" ADD CONSTRAINT "FK_95f1d7b2d7d76781381cf36aa55" FOREIGN KEY ("directive_id") REFERENCES "directive"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tolerance_prohibition_link" DROP CONSTRAINT "FK_95f1d7b2d7d76781381cf36aa55"`);
    await queryRunner.query(`ALTER TABLE "tolerance_prohibition_link" DROP CONSTRAINT "FK_84886e89123628e726dab20dcda"`);
    await queryRunner.query(`ALTER TABLE "tolerance_signature" DROP CONSTRAINT "FK_ce326d37f50a0122666474397e7"`);
    await queryRunner.query(`ALTER TABLE "tolerance_signature" DROP CONSTRAINT "FK_2d8f52f68c6776ed9f0ccc91cd2"`);
    await queryRunner.query(`ALTER TABLE "tolerance_case" DROP CONSTRAINT "FK_5062593a1365a05a68e65def051"`);
    await queryRunner.query(`ALTER TABLE "tolerance_case" DROP CONSTRAINT "FK_22ef459c0fa4bb34fc6d5f481da"`);
    await queryRunner.query(`ALTER TABLE "tolerance_case" DROP CONSTRAINT "FK_acfae68bf765e4413a99d9e33c2"`);
    await queryRunner.query(`ALTER TABLE "tolerance_case" DROP CONSTRAINT "FK_3d833ae0c8cdeb93ae2b9deb8ad"`);
    await queryRunner.query(`ALTER TABLE "directive" DROP COLUMN "prohibits"`);
    await queryRunner.query(`DROP TABLE "tolerance_prohibition_link"`);
    await queryRunner.query(`DROP TABLE "tolerance_signature"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_tolerance_case_subject_gov"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_tolerance_case_subject"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_tolerance_case_code"`);
    await queryRunner.query(`DROP TABLE "tolerance_case"`);
  }
}
