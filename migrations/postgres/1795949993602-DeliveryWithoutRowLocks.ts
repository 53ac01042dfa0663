import { MigrationInterface, QueryRunner } from 'typeorm';

export class DeliveryWithoutRowLocks1795949993602 implements MigrationInterface {
  name = 'DeliveryWithoutRowLocks1795949993602';

  // A receipt refers to its directive and recipient without foreign keys (see Receipt): neither
  // table ever loses a row, and these triggers make the database refuse it.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "hub_refuse_delete"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'rows of % are never deleted: receipts refer to them', TG_TABLE_NAME USING ERRCODE = 'restrict_violation'; END $$`);
    await queryRunner.query(`CREATE TRIGGER "body_never_deleted" BEFORE DELETE ON "body" FOR EACH ROW EXECUTE FUNCTION "hub_refuse_delete"()`);
    await queryRunner.query(`CREATE TRIGGER "directive_never_deleted" BEFORE DELETE ON "directive" FOR EACH ROW EXECUTE FUNCTION "hub_refuse_delete"()`);
    await queryRunner.query(`ALTER TABLE "receipt" DROP CONSTRAINT "FK_027522dbeddaf40ac9dd9b48cf2"`);
    await queryRunner.query(`ALTER TABLE "receipt" DROP CONSTRAINT "FK_a6cd89d2490a0a044dbf793ff0f"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "directive_never_deleted" ON "directive"`);
    await queryRunner.query(`DROP TRIGGER "body_never_deleted" ON "body"`);
    await queryRunner.query(`DROP FUNCTION "hub_refuse_delete"()`);
    await queryRunner.query(`ALTER TABLE "receipt" ADD CONSTRAINT "FK_a6cd89d2490a0a044dbf793ff0f" FOREIGN KEY ("recipient_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "receipt" ADD CONSTRAINT "FK_027522dbeddaf40ac9dd9b48cf2" FOREIGN KEY ("directive_id") REFERENCES "directive"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }
}
