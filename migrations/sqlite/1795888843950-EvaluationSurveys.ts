import { MigrationInterface, QueryRunner } from 'typeorm';

export class EvaluationSurveys1795888843950 implements MigrationInterface {
  name = 'EvaluationSurveys1795888843950';

  // Edited by hand: the generator rebuilds "evaluation_indicator" to add a column, and dropping it
  // would meet the weights and observations that reference it; SQLite adds the column in place.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evaluation_survey" ("id" varchar(36) PRIMARY KEY NOT NULL, "observation_id" varchar(36) NOT NULL, "administered_by_id" varchar(36) NOT NULL, "title" varchar(300) NOT NULL, "population" varchar(300) NOT NULL, "sample_size" integer NOT NULL, "distribution" text NOT NULL, "satisfaction" bigint NOT NULL, "methodology_hash" varchar(64) NOT NULL, "recorded_at" datetime NOT NULL, CONSTRAINT "FK_fc172c9a7cf9665c3f6f2485c0f" FOREIGN KEY ("observation_id") REFERENCES "evaluation_observation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b729c4324521363747c8a31db57" FOREIGN KEY ("administered_by_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_survey_observation" ON "evaluation_survey" ("observation_id") `);
    await queryRunner.query(`CREATE TABLE "evaluation_assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "observation_id" varchar(36) NOT NULL, "assessor_id" varchar(36) NOT NULL, "commissioned_by_id" varchar(36) NOT NULL, "report_hash" varchar(64) NOT NULL, "recorded_at" datetime NOT NULL, CONSTRAINT "FK_2cdc604231e3ddb4c2114e1ec97" FOREIGN KEY ("observation_id") REFERENCES "evaluation_observation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_012e56e85349e03e4fe6ff37da9" FOREIGN KEY ("assessor_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_84d4bc7981bb04057dc264338ea" FOREIGN KEY ("commissioned_by_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_assessment_observation" ON "evaluation_assessment" ("observation_id") `);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator" ADD COLUMN "min_sample_size" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation_indicator" DROP COLUMN "min_sample_size"`);
    await queryRunner.query(`DROP INDEX "IDX_evaluation_assessment_observation"`);
    await queryRunner.query(`DROP TABLE "evaluation_assessment"`);
    await queryRunner.query(`DROP INDEX "IDX_evaluation_survey_observation"`);
    await queryRunner.query(`DROP TABLE "evaluation_survey"`);
  }
}
