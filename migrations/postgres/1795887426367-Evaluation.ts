import { MigrationInterface, QueryRunner } from 'typeorm';

export class Evaluation1795887426367 implements MigrationInterface {
  name = 'Evaluation1795887426367';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evaluation_indicator" ("id" character varying(36) NOT NULL, "code" character varying(64) NOT NULL, "title" character varying(300) NOT NULL, "unit" character varying(40) NOT NULL, "source" character varying(24) NOT NULL, "direction" character varying(20) NOT NULL, "hub_metric" character varying(40), "data_owner_id" character varying(36), "baseline" bigint NOT NULL, "target" bigint NOT NULL, "defined_by_id" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_04d52d0925c300f3cdd305166c4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_evaluation_indicator_code" ON "evaluation_indicator"  ("code") `);
    await queryRunner.query(`CREATE TABLE "evaluation_indicator_system" ("id" character varying(36) NOT NULL, "code" character varying(64) NOT NULL, "owner_id" character varying(36) NOT NULL, "year" integer NOT NULL, "version" integer NOT NULL, "objective_share" integer NOT NULL, "min_objective_share" integer NOT NULL, "challenge_days" integer NOT NULL, "public" boolean NOT NULL, "created_by" character varying(200) NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "UQ_evaluation_indicator_system_version" UNIQUE ("owner_id", "code", "year", "version"), CONSTRAINT "PK_de5bf7fd6011e6ddc034e18f868" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "evaluation_indicator_weight" ("system_id" character varying(36) NOT NULL, "indicator_id" character varying(36) NOT NULL, "weight" integer NOT NULL, CONSTRAINT "PK_cfe204818e269f1466bc18e763d" PRIMARY KEY ("system_id", "indicator_id"))`);
    await queryRunner.query(`CREATE TABLE "evaluation_observation" ("id" character varying(36) NOT NULL, "indicator_id" character varying(36) NOT NULL, "body_id" character varying(36) NOT NULL, "period" character varying(16) NOT NULL, "value" bigint NOT NULL, "reported_by_id" character varying(36) NOT NULL, "self_reported" boolean NOT NULL, "source_hash" character varying(64), "status" character varying(16) NOT NULL, "verified_by_id" character varying(36), "dispute_reason" text, "reported_at" TIMESTAMP NOT NULL, "verified_at" TIMESTAMP, CONSTRAINT "UQ_evaluation_observation" UNIQUE ("indicator_id", "body_id", "period"), CONSTRAINT "PK_3aa5e66cd35a7f40e86d34bae30" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_observation_body" ON "evaluation_observation"  ("body_id") `);
    await queryRunner.query(`CREATE TABLE "evaluation" ("id" character varying(36) NOT NULL, "system_id" character varying(36) NOT NULL, "body_id" character varying(36) NOT NULL, "period" character varying(16) NOT NULL, "version" integer NOT NULL, "status" character varying(16) NOT NULL, "total" bigint NOT NULL, "inputs_hash" character varying(64) NOT NULL, "inputs" text NOT NULL, "components" text NOT NULL, "computed_by" character varying(200) NOT NULL, "computed_at" TIMESTAMP NOT NULL, "challenge_until" TIMESTAMP NOT NULL, "challenge" text, "challenge_response" text, "finalized_at" TIMESTAMP, "published_at" TIMESTAMP, CONSTRAINT "UQ_evaluation_version" UNIQUE ("system_id", "body_id", "period", "version"), CONSTRAINT "PK_b72edd439b9db736f55b584fa54" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_body" ON "evaluation"  ("body_id", "period") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_system_period" ON "evaluation"  ("system_id", "period", "status") `);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator" ADD CONSTRAINT "FK_5d196d0c1f4607226daebc2b615" FOREIGN KEY ("data_owner_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator" ADD CONSTRAINT "FK_79201c03058409b7c865c120c2c" FOREIGN KEY ("defined_by_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator_system" ADD CONSTRAINT "FK_b843a12951045cd73d2e346f83d" FOREIGN KEY ("owner_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator_weight" ADD CONSTRAINT "FK_3d9d6f046de487ff4a36b781723" FOREIGN KEY ("system_id") REFERENCES "evaluation_indicator_system"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator_weight" ADD CONSTRAINT "FK_d3356ef83945c389714d877833c" FOREIGN KEY ("indicator_id") REFERENCES "evaluation_indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_observation" ADD CONSTRAINT "FK_81c1db989316b15f3e77167f5c8" FOREIGN KEY ("indicator_id") REFERENCES "evaluation_indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_observation" ADD CONSTRAINT "FK_c86ca7218e819e4381908f609c5" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_observation" ADD CONSTRAINT "FK_2624b3465c88a87411c8acb1af3" FOREIGN KEY ("reported_by_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_observation" ADD CONSTRAINT "FK_0e62aa5c21d6d2b72134e0b5993" FOREIGN KEY ("verified_by_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_f069dba13eb6d0e8bc202d6c7f1" FOREIGN KEY ("system_id") REFERENCES "evaluation_indicator_system"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_48c37a6dbb624baf1e37c895c0a" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_48c37a6dbb624baf1e37c895c0a"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_f069dba13eb6d0e8bc202d6c7f1"`);
    await queryRunner.query(`ALTER TABLE "evaluation_observation" DROP CONSTRAINT "FK_0e62aa5c21d6d2b72134e0b5993"`);
    await queryRunner.query(`ALTER TABLE "evaluation_observation" DROP CONSTRAINT "FK_2624b3465c88a87411c8acb1af3"`);
    await queryRunner.query(`ALTER TABLE "evaluation_observation" DROP CONSTRAINT "FK_c86ca7218e819e4381908f609c5"`);
    await queryRunner.query(`ALTER TABLE "evaluation_observation" DROP CONSTRAINT "FK_81c1db989316b15f3e77167f5c8"`);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator_weight" DROP CONSTRAINT "FK_d3356ef83945c389714d877833c"`);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator_weight" DROP CONSTRAINT "FK_3d9d6f046de487ff4a36b781723"`);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator_system" DROP CONSTRAINT "FK_b843a12951045cd73d2e346f83d"`);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator" DROP CONSTRAINT "FK_79201c03058409b7c865c120c2c"`);
    await queryRunner.query(`ALTER TABLE "evaluation_indicator" DROP CONSTRAINT "FK_5d196d0c1f4607226daebc2b615"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_system_period"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_body"`);
    await queryRunner.query(`DROP TABLE "evaluation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_observation_body"`);
    await queryRunner.query(`DROP TABLE "evaluation_observation"`);
    await queryRunner.query(`DROP TABLE "evaluation_indicator_weight"`);
    await queryRunner.query(`DROP TABLE "evaluation_indicator_system"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_evaluation_indicator_code"`);
    await queryRunner.query(`DROP TABLE "evaluation_indicator"`);
  }
}
