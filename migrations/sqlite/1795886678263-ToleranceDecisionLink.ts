import { MigrationInterface, QueryRunner } from 'typeorm';

export class ToleranceDecisionLink1795886678263 implements MigrationInterface {
  name = 'ToleranceDecisionLink1795886678263';

  // Written by hand: the generator rebuilds the table, and dropping the old "tolerance_case" would
  // cascade to its signatures and prohibition links.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tolerance_case" ADD COLUMN "decision_id" varchar(36)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tolerance_case" DROP COLUMN "decision_id"`);
  }
}
