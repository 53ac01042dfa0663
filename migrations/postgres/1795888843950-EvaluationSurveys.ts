import { MigrationInterface, QueryRunner } from 'typeorm';

export class EvaluationSurveys1795888843950 implements MigrationInterface {
  name = 'EvaluationSurveys1795888843950';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evaluation_survey" ("id" character varying(36) NOT NULL, "observation_id" character varying(36) NOT NULL, "administered_by_id" character varying(36) NOT NULL, "title" character varying(300) NOT NULL, "population" character varying(300) NOT NULL, "sample_size" integer NOT NULL, "distribution" text NOT NULL, "satisfaction" bigint NOT NULL, "methodology_hash" character varying(64) NOT NULL, "recorded_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_7b27b01ec71601b5cfd1a67b3dd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_survey_observation" ON "evaluation_survey"  ("observation_id") `);
    await queryRunner.query(`CREATE TABLE "evaluation_assessment" ("id" character varying(36) NOT NULL, "observation_id" character varying(36) NOT NULL, "assessor_id" character varying(36) NOT NULL, "commissioned_by_id" character varying(36) NOT NULL, "report_hash" character varying(64) NOT NULL, "recorded_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_aa7fcc922bffb4507736dcfa594" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_assessment_observation" ON "evaluation_assessment"  ("observation_id") `);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator" ADD "min_sample_size" integer`);
    await queryRunner.query(`ALTER TABLE "evaluation_survey" ADD CONSTRAINT "FK_fc172c9a7cf9665c3f6f2485c0f" FOREIGN KEY ("observation_id") REFERENCES "evaluation_observation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_survey" ADD CONSTRAINT "FK_b729c4324521363747c8a31db57" FOREIGN KEY ("administered_by_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" ADD CONSTRAINT "FK_2cdc604231e3ddb4c2114e1ec97" FOREIGN KEY ("observation_id") REFERENCES "evaluation_observation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" ADD CONSTRAINT "FK_012e56e85349e03e4fe6ff37da9" FOREIGN KEY ("assessor_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" ADD CONSTRAINT "FK_84d4bc7981bb04057dc264338ea" FOREIGN KEY ("commissioned_by_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" DROP CONSTRAINT "FK_84d4bc7981bb04057dc264338ea"`);
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" DROP CONSTRAINT "FK_012e56e85349e03e4fe6ff37da9"`);
    await queryRunner.query(`ALTER TABLE "evaluation_assessment" DROP CONSTRAINT "FK_2cdc604231e3ddb4c2114e1ec97"`);
    await queryRunner.query(`ALTER TABLE "evaluation_survey" DROP CONSTRAINT "FK_b729c4324521363747c8a31db57"`);
    await queryRunner.query(`ALTER TABLE "evaluation_survey" DROP CONSTRAINT "FK_fc172c9a7cf9665c3f6f2485c0f"`);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator" DROP COLUMN "min_sample_size"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_assessment_observation"`);
    await queryRunner.query(`DROP TABLE "evaluation_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_survey_observation"`);
    await queryRunner.query(`DROP TABLE "evaluation_survey"`);
  }
}
