import { MigrationInterface, QueryRunner } from 'typeorm';

export class PilotPublic1795896600000 implements MigrationInterface {
  name = 'PilotPublic1795896600000';

  // Written by hand: the generator rebuilds the table, and dropping the old "pilot" would cascade
  // to its sites, criteria, experiences and progress.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot" ADD COLUMN "public" boolean NOT NULL DEFAULT (0)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot" DROP COLUMN "public"`);
  }
}
