import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReceiptsByRecipient1795953280598 implements MigrationInterface {
  name = 'ReceiptsByRecipient1795953280598';

  // A directive's receipts are listed by recipient (RECEIPT_ORDER), which the unique (directive,
  // recipient) index serves: this second index on every receipt was written and never read.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_receipt_directive"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_receipt_directive" ON "receipt" ("directive_id", "id") `);
  }
}
