import { MigrationInterface, QueryRunner } from 'typeorm';

export class PilotPublic1795896600000 implements MigrationInterface {
  name = 'PilotPublic1795896600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot" ADD "public" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pilot" DROP COLUMN "public"`);
  }
}
