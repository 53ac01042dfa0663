import { MigrationInterface, QueryRunner } from 'typeorm';

export class ToleranceDecisionLink1795886678263 implements MigrationInterface {
  name = 'ToleranceDecisionLink1795886678263';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tolerance_case" ADD "decision_id" character varying(36)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tolerance_case" DROP COLUMN "decision_id"`);
  }
}
