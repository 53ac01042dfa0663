import { MigrationInterface, QueryRunner } from 'typeorm';

export class Supervision1795884388733 implements MigrationInterface {
  name = 'Supervision1795884388733';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "inspection" ("id" character varying(36) NOT NULL, "code" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "year" integer NOT NULL, "mode" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "source" character varying(16) NOT NULL, "lead_id" character varying(36) NOT NULL, "planned_from" TIMESTAMP NOT NULL, "planned_to" TIMESTAMP NOT NULL, "planned_by" character varying(200) NOT NULL, "created_at" TIMESTAMP NOT NULL, "concluded_at" TIMESTAMP, "conclusion" text, CONSTRAINT "PK_1e895c2ae7b7d9d1ec464950013" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_inspection_code" ON "inspection"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_inspection_lead_year" ON "inspection"  ("lead_id", "year", "id") `);
    await queryRunner.query(`CREATE TABLE "inspection_subject" ("inspection_id" character varying(36) NOT NULL, "body_id" character varying(36) NOT NULL, CONSTRAINT "PK_437e3720eac7a21aa028954803d" PRIMARY KEY ("inspection_id", "body_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_inspection_subject_body" ON "inspection_subject"  ("body_id") `);
    await queryRunner.query(`CREATE TABLE "inspection_group_member" ("inspection_id" character varying(36) NOT NULL, "body_id" character varying(36) NOT NULL, "added_at" TIMESTAMP NOT NULL, "added_by" character varying(200) NOT NULL, CONSTRAINT "PK_e43a62077835f8924b132dda196" PRIMARY KEY ("inspection_id", "body_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_inspection_member_body" ON "inspection_group_member"  ("body_id") `);
    await queryRunner.query(`CREATE TABLE "inspection_scope" ("inspection_id" character varying(36) NOT NULL, "object_id" character varying(200) NOT NULL, CONSTRAINT "PK_b4ec5117c0e4cd1a6bd873ab222" PRIMARY KEY ("inspection_id", "object_id"))`);
    await queryRunner.query(`CREATE TABLE "site_visit" ("id" character varying(36) NOT NULL, "inspection_id" character varying(36) NOT NULL, "body_id" character varying(36) NOT NULL, "at" TIMESTAMP NOT NULL, "place" character varying(300) NOT NULL, "recorded_by" character varying(200) NOT NULL, CONSTRAINT "PK_dff6f1caf7b5b14f31747b1c337" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_site_visit_inspection" ON "site_visit"  ("inspection_id", "at") `);
    await queryRunner.query(`CREATE TABLE "finding" ("id" character varying(36) NOT NULL, "inspection_id" character varying(36) NOT NULL, "subject_id" character varying(36) NOT NULL, "severity" character varying(16) NOT NULL, "category" character varying(32) NOT NULL, "description" text NOT NULL, "evidence_hashes" text NOT NULL, "about_id" character varying(200), "no_order_reason" text, "recorded_by" character varying(200) NOT NULL, "recorded_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_a904dfcf401ccfbaa60bb6eec29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_finding_subject" ON "finding"  ("subject_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_finding_inspection" ON "finding"  ("inspection_id", "id") `);
    await queryRunner.query(`CREATE TABLE "discipline_referral" ("finding_id" character varying(36) NOT NULL, "to_body_id" character varying(36) NOT NULL, "grounds" text NOT NULL, "referred_at" TIMESTAMP NOT NULL, "referred_by" character varying(200) NOT NULL, CONSTRAINT "PK_2e0745bf148461c1ce1924d18c0" PRIMARY KEY ("finding_id"))`);
    await queryRunner.query(`CREATE TABLE "rectification_order" ("id" character varying(36) NOT NULL, "inspection_id" character varying(36) NOT NULL, "issuer_id" character varying(36) NOT NULL, "addressee_id" character varying(36) NOT NULL, "seq" integer NOT NULL, "requirements" text NOT NULL, "deadline" TIMESTAMP NOT NULL, "status" character varying(16) NOT NULL, "acknowledged_at" TIMESTAMP, "plan" text, "plan_submitted_at" TIMESTAMP, "verified_at" TIMESTAMP, "escalated_at" TIMESTAMP, "escalated_to_id" character varying(36), "issued_by" character varying(200) NOT NULL, "issued_at" TIMESTAMP NOT NULL, CONSTRAINT "UQ_rectification_addressee_seq" UNIQUE ("addressee_id", "seq"), CONSTRAINT "PK_f4b34764355153d605c0d9513b2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_rectification_issuer" ON "rectification_order"  ("issuer_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_rectification_inspection" ON "rectification_order"  ("inspection_id") `);
    await queryRunner.query(`CREATE TABLE "rectification_order_finding" ("order_id" character varying(36) NOT NULL, "finding_id" character varying(36) NOT NULL, CONSTRAINT "PK_04a430c0e50a7613f546b9f9e81" PRIMARY KEY ("order_id", "finding_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_rectification_finding" ON "rectification_order_finding"  ("finding_id") `);
    await queryRunner.query(`CREATE TABLE "rectification_report" ("id" character varying(36) NOT NULL, "order_id" character varying(36) NOT NULL, "content" text NOT NULL, "evidence_hashes" text NOT NULL, "reported_at" TIMESTAMP NOT NULL, "reported_by" character varying(200) NOT NULL, CONSTRAINT "PK_bb2c5bda91577da8e92a2cb4698" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_rectification_report_order" ON "rectification_report"  ("order_id", "reported_at") `);
    await queryRunner.query(`CREATE TABLE "rectification_verification" ("id" character varying(36) NOT NULL, "order_id" character varying(36) NOT NULL, "by_body_id" character varying(36) NOT NULL, "by_account" character varying(200) NOT NULL, "at" TIMESTAMP NOT NULL, "accepted" boolean NOT NULL, "on_site" boolean NOT NULL, "note" text NOT NULL, "new_deadline" TIMESTAMP, CONSTRAINT "PK_58207f35f7e6793c977a4c2b1d6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_rectification_verification_order" ON "rectification_verification"  ("order_id", "at") `);
    await queryRunner.query(`ALTER TABLE "inspection" ADD CONSTRAINT "FK_fe06a9d2f7e89ee690d5e91e82b" FOREIGN KEY ("lead_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_subject" ADD CONSTRAINT "FK_b7840a4bb118cfdc86f1d991a2d" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_subject" ADD CONSTRAINT "FK_05a60067e43dd9d12a5302aa6ed" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_group_member" ADD CONSTRAINT "FK_ded2f02a49ee20acb79913253eb" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_group_member" ADD CONSTRAINT "FK_9750600ddf75477a015b2b0bf06" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_scope" ADD CONSTRAINT "FK_9e1de52702d3fc527960c805ee4" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "site_visit" ADD CONSTRAINT "FK_3eb1b146a7034e40603cd93ad17" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "site_visit" ADD CONSTRAINT "FK_293ad9f0da8d8484acac31fc5d5" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "finding" ADD CONSTRAINT "FK_78ab741c4fafaa076c97e71c479" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "finding" ADD CONSTRAINT "FK_d97d5db157f8275a9888529c11a" FOREIGN KEY ("subject_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "discipline_referral" ADD CONSTRAINT "FK_2e0745bf148461c1ce1924d18c0" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "discipline_referral" ADD CONSTRAINT "FK_f6f4dc57561d2438a603bfad8da" FOREIGN KEY ("to_body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_order" ADD CONSTRAINT "FK_a7cb0c46896bbdadbd2d4ce88e9" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_order" ADD CONSTRAINT "FK_4db376f58ceb5a32224a827f9ca" FOREIGN KEY ("issuer_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_order" ADD CONSTRAINT "FK_2d0094d6e850b6ad3c504a43652" FOREIGN KEY ("addressee_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_order" ADD CONSTRAINT "FK_9b58083a7e4fdcca7f5f777880f" FOREIGN KEY ("escalated_to_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_order_finding" ADD CONSTRAINT "FK_b2ec0a5d6d2b89237600c4dc184" FOREIGN KEY ("order_id") REFERENCES "rectification_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_order_finding" ADD CONSTRAINT "FK_4295ec0fbd2b44491f6d540627d" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_report" ADD CONSTRAINT "FK_8d32df08d46c1f713709c9e09cd" FOREIGN KEY ("order_id") REFERENCES "rectification_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_verification" ADD CONSTRAINT "FK_dd202b8d04dc5521714a7a9b9fa" FOREIGN KEY ("order_id") REFERENCES "rectification_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_verification" ADD CONSTRAINT "FK_f6337a80588644e3154275fd60f" FOREIGN KEY ("by_body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rectification_verification" DROP CONSTRAINT "FK_f6337a80588644e3154275fd60f"`);
    await queryRunner.query(`ALTER TABLE "rectification_verification" DROP CONSTRAINT "FK_dd202b8d04dc5521714a7a9b9fa"`);
    await queryRunner.query(`ALTER TABLE "rectification_report" DROP CONSTRAINT "FK_8d32df08d46c1f713709c9e09cd"`);
    await queryRunner.query(`ALTER TABLE "rectification_order_finding" DROP CONSTRAINT "FK_4295ec0fbd2b44491f6d540627d"`);
    await queryRunner.query(`ALTER TABLE "rectification_order_finding" DROP CONSTRAINT "FK_b2ec0a5d6d2b89237600c4dc184"`);
    await queryRunner.query(`ALTER TABLE "rectification_order" DROP CONSTRAINT "FK_9b58083a7e4fdcca7f5f777880f"`);
    await queryRunner.query(`ALTER TABLE "rectification_order" DROP CONSTRAINT "FK_2d0094d6e850b6ad3c504a43652"`);
    await queryRunner.query(`ALTER TABLE "rectification_order" DROP CONSTRAINT "FK_4db376f58ceb5a32224a827f9ca"`);
    await queryRunner.query(`ALTER TABLE "rectification_order" DROP CONSTRAINT "FK_a7cb0c46896bbdadbd2d4ce88e9"`);
    await queryRunner.query(`ALTER TABLE "discipline_referral" DROP CONSTRAINT "FK_f6f4dc57561d2438a603bfad8da"`);
    await queryRunner.query(`ALTER TABLE "discipline_referral" DROP CONSTRAINT "FK_2e0745bf148461c1ce1924d18c0"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP CONSTRAINT "FK_d97d5db157f8275a9888529c11a"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP CONSTRAINT "FK_78ab741c4fafaa076c97e71c479"`);
    await queryRunner.query(`ALTER TABLE "site_visit" DROP CONSTRAINT "FK_293ad9f0da8d8484acac31fc5d5"`);
    await queryRunner.query(`ALTER TABLE "site_visit" DROP CONSTRAINT "FK_3eb1b146a7034e40603cd93ad17"`);
    await queryRunner.query(`ALTER TABLE "inspection_scope" DROP CONSTRAINT "FK_9e1de52702d3fc527960c805ee4"`);
    await queryRunner.query(`ALTER TABLE "inspection_group_member" DROP CONSTRAINT "FK_9750600ddf75477a015b2b0bf06"`);
    await queryRunner.query(`ALTER TABLE "inspection_group_member" DROP CONSTRAINT "FK_ded2f02a49ee20acb79913253eb"`);
    await queryRunner.query(`ALTER TABLE "inspection_subject" DROP CONSTRAINT "FK_05a60067e43dd9d12a5302aa6ed"`);
    await queryRunner.query(`ALTER TABLE "inspection_subject" DROP CONSTRAINT "FK_b7840a4bb118cfdc86f1d991a2d"`);
    await queryRunner.query(`ALTER TABLE "inspection" DROP CONSTRAINT "FK_fe06a9d2f7e89ee690d5e91e82b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_rectification_verification_order"`);
    await queryRunner.query(`DROP TABLE "rectification_verification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_rectification_report_order"`);
    await queryRunner.query(`DROP TABLE "rectification_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_rectification_finding"`);
    await queryRunner.query(`DROP TABLE "rectification_order_finding"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_rectification_inspection"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_rectification_issuer"`);
    await queryRunner.query(`DROP TABLE "rectification_order"`);
    await queryRunner.query(`DROP TABLE "discipline_referral"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_finding_inspection"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_finding_subject"`);
    await queryRunner.query(`DROP TABLE "finding"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_site_visit_inspection"`);
    await queryRunner.query(`DROP TABLE "site_visit"`);
    await queryRunner.query(`DROP TABLE "inspection_scope"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_inspection_member_body"`);
    await queryRunner.query(`DROP TABLE "inspection_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_inspection_subject_body"`);
    await queryRunner.query(`DROP TABLE "inspection_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_inspection_lead_year"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_inspection_code"`);
    await queryRunner.query(`DROP TABLE "inspection"`);
  }
}
