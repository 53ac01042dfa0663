import { MigrationInterface, QueryRunner } from 'typeorm';

export class Powers1795830922615 implements MigrationInterface {
  name = 'Powers1795830922615';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "idempotency_record" ("account_id" varchar(200) NOT NULL, "operation" varchar(64) NOT NULL, "key" varchar(200) NOT NULL, "request_hash" varchar(64) NOT NULL, "result_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("account_id", "operation", "key"))`);
    await queryRunner.query(`CREATE TABLE "power" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "title" varchar(200) NOT NULL, "field" varchar(100) NOT NULL, "legal_basis" text, "estimated_annual_cost" bigint, "defined_by_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_power_code" ON "power" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_power_field_code" ON "power" ("field", "code") `);
    await queryRunner.query(`CREATE TABLE "delegation" ("id" varchar(36) PRIMARY KEY NOT NULL, "power_id" varchar(36) NOT NULL, "grantor_id" varchar(36) NOT NULL, "grantee_id" varchar(36) NOT NULL, "parent_id" varchar(36), "status" varchar(16) NOT NULL, "scope" text, "fiscal_year" integer NOT NULL, "allocation_amount" bigint, "allocation_currency" varchar(3), "allocation_source" varchar(100), "no_fiscal_need_reason" text, "estimated_cost" bigint, "coverage_ppm" integer, "effective_from" datetime NOT NULL, "effective_to" datetime, "drafted_by" varchar(200) NOT NULL, "signed_by" varchar(200), "created_at" datetime NOT NULL, "signed_at" datetime, "revoked_at" datetime, "revoked_reason" text)`);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_unfunded" ON "delegation" ("status", "fiscal_year", "coverage_ppm", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_parent" ON "delegation" ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_grantor" ON "delegation" ("grantor_id", "fiscal_year", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_grantee" ON "delegation" ("grantee_id", "fiscal_year", "id") `);
    await queryRunner.query(`CREATE TABLE "delegation_quota" ("id" varchar(36) PRIMARY KEY NOT NULL, "delegation_id" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "quantity" bigint NOT NULL, "unit" varchar(16) NOT NULL, CONSTRAINT "UQ_delegation_quota_kind" UNIQUE ("delegation_id", "kind"))`);
    await queryRunner.query(`DROP INDEX "UQ_power_code"`);
    await queryRunner.query(`DROP INDEX "IDX_power_field_code"`);
    await queryRunner.query(`CREATE TABLE "temporary_power" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "title" varchar(200) NOT NULL, "field" varchar(100) NOT NULL, "legal_basis" text, "estimated_annual_cost" bigint, "defined_by_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "FK_14684cdcb9f68283f9f24a59ed8" FOREIGN KEY ("defined_by_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_power"("id", "code", "title", "field", "legal_basis", "estimated_annual_cost", "defined_by_id", "created_at") SELECT "id", "code", "title", "field", "legal_basis", "estimated_annual_cost", "defined_by_id", "created_at" FROM "power"`);
    await queryRunner.query(`DROP TABLE "power"`);
    await queryRunner.query(`ALTER TABLE "temporary_power" RENAME TO "power"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_power_code" ON "power" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_power_field_code" ON "power" ("field", "code") `);
    await queryRunner.query(`DROP INDEX "IDX_delegation_unfunded"`);
    await queryRunner.query(`DROP INDEX "IDX_delegation_parent"`);
    await queryRunner.query(`DROP INDEX "IDX_delegation_grantor"`);
    await queryRunner.query(`DROP INDEX "IDX_delegation_grantee"`);
    await queryRunner.query(`CREATE TABLE "temporary_delegation" ("id" varchar(36) PRIMARY KEY NOT NULL, "power_id" varchar(36) NOT NULL, "grantor_id" varchar(36) NOT NULL, "grantee_id" varchar(36) NOT NULL, "parent_id" varchar(36), "status" varchar(16) NOT NULL, "scope" text, "fiscal_year" integer NOT NULL, "allocation_amount" bigint, "allocation_currency" varchar(3), "allocation_source" varchar(100), "no_fiscal_need_reason" text, "estimated_cost" bigint, "coverage_ppm" integer, "effective_from" datetime NOT NULL, "effective_to" datetime, "drafted_by" varchar(200) NOT NULL, "signed_by" varchar(200), "created_at" datetime NOT NULL, "signed_at" datetime, "revoked_at" datetime, "revoked_reason" text, CONSTRAINT "FK_967e54b1813839ad160d893143f" FOREIGN KEY ("power_id") REFERENCES "power" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_556312e20c4ca3af8d552481408" FOREIGN KEY ("grantor_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e35f46f35c97b656d989df0a1e5" FOREIGN KEY ("grantee_id") REFERENCES "body" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5e5de85b6138b9d51c9a2d3a947" FOREIGN KEY ("parent_id") REFERENCES "delegation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_delegation"("id", "power_id", "grantor_id", "grantee_id", "parent_id", "status", "scope", "fiscal_year", "allocation_amount", "allocation_currency", "allocation_source", "no_fiscal_need_reason", "estimated_cost", "coverage_ppm", "effective_from", "effective_to", "drafted_by", "signed_by", "created_at", "signed_at", "revoked_at", "revoked_reason") SELECT "id", "power_id", "grantor_id", "grantee_id", "parent_id", "status", "scope", "fiscal_year", "allocation_amount", "allocation_currency", "allocation_source", "no_fiscal_need_reason", "estimated_cost", "coverage_ppm", "effective_from", "effective_to", "drafted_by", "signed_by", "created_at", "signed_at", "revoked_at", "revoked_reason" FROM "delegation"`);
    await queryRunner.query(`DROP TABLE "delegation"`);
    await queryRunner.query(`ALTER TABLE "temporary_delegation" RENAME TO "delegation"`);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_unfunded" ON "delegation" ("status", "fiscal_year", "coverage_ppm", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_parent" ON "delegation" ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_grantor" ON "delegation" ("grantor_id", "fiscal_year", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_grantee" ON "delegation" ("grantee_id", "fiscal_year", "id") `);
    await queryRunner.query(`CREATE TABLE "temporary_delegation_quota" ("id" varchar(36) PRIMARY KEY NOT NULL, "delegation_id" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "quantity" bigint NOT NULL, "unit" varchar(16) NOT NULL, CONSTRAINT "UQ_delegation_quota_kind" UNIQUE ("delegation_id", "kind"), CONSTRAINT "FK_2a87075102bde4dd6fd7c4d0f75" FOREIGN KEY ("delegation_id") REFERENCES "delegation" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_delegation_quota"("id", "delegation_id", "kind", "quantity", "unit") SELECT "id", "delegation_id", "kind", "quantity", "unit" FROM "delegation_quota"`);
    await queryRunner.query(`DROP TABLE "delegation_quota"`);
    await queryRunner.query(`ALTER TABLE "temporary_delegation_quota" RENAME TO "delegation_quota"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "delegation_quota" RENAME TO "temporary_delegation_quota"`);
    await queryRunner.query(`CREATE TABLE "delegation_quota" ("id" varchar(36) PRIMARY KEY NOT NULL, "delegation_id" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "quantity" bigint NOT NULL, "unit" varchar(16) NOT NULL, CONSTRAINT "UQ_delegation_quota_kind" UNIQUE ("delegation_id", "kind"))`);
    await queryRunner.query(`INSERT INTO "delegation_quota"("id", "delegation_id", "kind", "quantity", "unit") SELECT "id", "delegation_id", "kind", "quantity", "unit" FROM "temporary_delegation_quota"`);
    await queryRunner.query(`DROP TABLE "temporary_delegation_quota"`);
    await queryRunner.query(`DROP INDEX "IDX_delegation_grantee"`);
    await queryRunner.query(`DROP INDEX "IDX_delegation_grantor"`);
    await queryRunner.query(`DROP INDEX "IDX_delegation_parent"`);
    await queryRunner.query(`DROP INDEX "IDX_delegation_unfunded"`);
    await queryRunner.query(`ALTER TABLE "delegation" RENAME TO "temporary_delegation"`);
    await queryRunner.query(`CREATE TABLE "delegation" ("id" varchar(36) PRIMARY KEY NOT NULL, "power_id" varchar(36) NOT NULL, "grantor_id" varchar(36) NOT NULL, "grantee_id" varchar(36) NOT NULL, "parent_id" varchar(36), "status" varchar(16) NOT NULL, "scope" text, "fiscal_year" integer NOT NULL, "allocation_amount" bigint, "allocation_currency" varchar(3), "allocation_source" varchar(100), "no_fiscal_need_reason" text, "estimated_cost" bigint, "coverage_ppm" integer, "effective_from" datetime NOT NULL, "effective_to" datetime, "drafted_by" varchar(200) NOT NULL, "signed_by" varchar(200), "created_at" datetime NOT NULL, "signed_at" datetime, "revoked_at" datetime, "revoked_reason" text)`);
    await queryRunner.query(`INSERT INTO "delegation"("id", "power_id", "grantor_id", "grantee_id", "parent_id", "status", "scope", "fiscal_year", "allocation_amount", "allocation_currency", "allocation_source", "no_fiscal_need_reason", "estimated_cost", "coverage_ppm", "effective_from", "effective_to", "drafted_by", "signed_by", "created_at", "signed_at", "revoked_at", "revoked_reason") SELECT "id", "power_id", "grantor_id", "grantee_id", "parent_id", "status", "scope", "fiscal_year", "allocation_amount", "allocation_currency", "allocation_source", "no_fiscal_need_reason", "estimated_cost", "coverage_ppm", "effective_from", "effective_to", "drafted_by", "signed_by", "created_at", "signed_at", "revoked_at", "revoked_reason" FROM "temporary_delegation"`);
    await queryRunner.query(`DROP TABLE "temporary_delegation"`);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_grantee" ON "delegation" ("grantee_id", "fiscal_year", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_grantor" ON "delegation" ("grantor_id", "fiscal_year", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_parent" ON "delegation" ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_delegation_unfunded" ON "delegation" ("status", "fiscal_year", "coverage_ppm", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_power_field_code"`);
    await queryRunner.query(`DROP INDEX "UQ_power_code"`);
    await queryRunner.query(`ALTER TABLE "power" RENAME TO "temporary_power"`);
    await queryRunner.query(`CREATE TABLE "power" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "title" varchar(200) NOT NULL, "field" varchar(100) NOT NULL, "legal_basis" text, "estimated_annual_cost" bigint, "defined_by_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL)`);
    await queryRunner.query(`INSERT INTO "power"("id", "code", "title", "field", "legal_basis", "estimated_annual_cost", "defined_by_id", "created_at") SELECT "id", "code", "title", "field", "legal_basis", "estimated_annual_cost", "defined_by_id", "created_at" FROM "temporary_power"`);
    await queryRunner.query(`DROP TABLE "temporary_power"`);
    await queryRunner.query(`CREATE INDEX "IDX_power_field_code" ON "power" ("field", "code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_power_code" ON "power" ("code") `);
    await queryRunner.query(`DROP TABLE "delegation_quota"`);
    await queryRunner.query(`DROP INDEX "IDX_delegation_grantee"`);
    await queryRunner.query(`DROP INDEX "IDX_delegation_grantor"`);
    await queryRunner.query(`DROP INDEX "IDX_delegation_parent"`);
    await queryRunner.query(`DROP INDEX "IDX_delegation_unfunded"`);
    await queryRunner.query(`DROP TABLE "delegation"`);
    await queryRunner.query(`DROP INDEX "IDX_power_field_code"`);
    await queryRunner.query(`DROP INDEX "UQ_power_code"`);
    await queryRunner.query(`DROP TABLE "power"`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
  }
}
