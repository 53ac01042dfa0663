import { MigrationInterface, QueryRunner } from 'typeorm';

export class Powers1795830922615 implements MigrationInterface {
  name = 'Powers1795830922615';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "idempotency_record" ("account_id" character varying(200) NOT NULL, "operation" character varying(64) NOT NULL, "key" character varying(200) NOT NULL, "request_hash" character varying(64) NOT NULL, "result_id" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_2cf8a74c18862ae25f881a28d20" PRIMARY KEY ("account_id", "operation", "key"))`);
    await queryRunner.query(`CREATE TABLE "power" ("id" character varying(36) NOT NULL, "code" character varying(64) NOT NULL, "title" character varying(200) NOT NULL, "field" character varying(100) NOT NULL, "legal_basis" text, "estimated_annual_cost" bigint, "defined_by_id" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_9b965296b9f26727d54a5a0620e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_power_code" ON "power"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_power_field_code" ON "power"  ("field", "code") `);
    await queryRunner.query(`CREATE TABLE "delegation" ("id" character varying(36) NOT NULL, "power_id" character varying(36) NOT NULL, "grantor_id" character varying(36) NOT NULL, "grantee_id" character varying(36) NOT NULL, "parent_id" character varying(36), "status" character varying(16) NOT NULL, "scope" text, "fiscal_year" integer NOT NULL, "allocation_amount" bigint, "allocation_currency" character varying(3), "allocation_source" character varying(100), "no_fiscal_need_reason" text, "estimated_cost" bigint, "coverage_ppm" integer, "effective_from" TIMESTAMP NOT NULL, "effective_to" TIMESTAMP, "drafted_by" character varying(200) NOT NULL, "signed_by" character varying(200), "created_at" TIMESTAMP NOT NULL, "signed_at" TIMESTAMP, "revoked_at" TIMESTAMP, "revoked_reason" text, CONSTRAINT "PK_a2cb6c9b942d68b109131beab44" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_unfunded" ON "delegation"  ("status", "fiscal_year", "coverage_ppm", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_parent" ON "delegation"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_grantor" ON "delegation"  ("grantor_id", "fiscal_year", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_grantee" ON "delegation"  ("grantee_id", "fiscal_year", "id") `);
    await queryRunner.query(`CREATE TABLE "delegation_quota" ("id" character varying(36) NOT NULL, "delegation_id" character varying(36) NOT NULL, "kind" character varying(32) NOT NULL, "quantity" bigint NOT NULL, "unit" character varying(16) NOT NULL, CONSTRAINT "UQ_delegation_quota_kind" UNIQUE ("delegation_id", "kind"), CONSTRAINT "PK_03030f87dd888c28491c62af992" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "power" ADD CONSTRAINT "FK_14684cdcb9f68283f9f24a59ed8" FOREIGN KEY ("defined_by_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegation" ADD CONSTRAINT "FK_967e54b1813839ad160d893143f" FOREIGN KEY ("power_id") REFERENCES "power"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegation" ADD CONSTRAINT "FK_556312e20c4ca3af8d552481408" FOREIGN KEY ("grantor_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegation" ADD CONSTRAINT "FK_e35f46f35c97b656d989df0a1e5" FOREIGN KEY ("grantee_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegation" ADD CONSTRAINT "FK_5e5de85b6138b9d51c9a2d3a947" FOREIGN KEY ("parent_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegation_quota" ADD CONSTRAINT "FK_2a87075102bde4dd6fd7c4d0f75" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "delegation_quota" DROP CONSTRAINT "FK_2a87075102bde4dd6fd7c4d0f75"`);
    await queryRunner.query(`ALTER TABLE "delegation" DROP CONSTRAINT "FK_5e5de85b6138b9d51c9a2d3a947"`);
    await queryRunner.query(`ALTER TABLE "delegation" DROP CONSTRAINT "FK_e35f46f35c97b656d989df0a1e5"`);
    await queryRunner.query(`ALTER TABLE "delegation" DROP CONSTRAINT "FK_556312e20c4ca3af8d552481408"`);
    await queryRunner.query(`ALTER TABLE "delegation" DROP CONSTRAINT "FK_967e54b1813839ad160d893143f"`);
    await queryRunner.query(`ALTER TABLE "power" DROP CONSTRAINT "FK_14684cdcb9f68283f9f24a59ed8"`);
    await queryRunner.query(`DROP TABLE "delegation_quota"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_delegation_grantee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_delegation_grantor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_delegation_parent"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_delegation_unfunded"`);
    await queryRunner.query(`DROP TABLE "delegation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_power_field_code"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_power_code"`);
    await queryRunner.query(`DROP TABLE "power"`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
  }
}
