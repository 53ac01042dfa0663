import { MigrationInterface, QueryRunner } from 'typeorm';

// The trace reads links backwards (what came of this object?): an index per reverse lookup, so a
// level of the walk is one indexed statement per link kind.
export class TraceIndexes1795895981138 implements MigrationInterface {
  name = 'TraceIndexes1795895981138';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_reform_task_origin" ON "reform_task" ("origin_type", "origin_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_finding_about" ON "finding" ("about_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_inspection_scope_object" ON "inspection_scope" ("object_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reform_decision_revised_because" ON "reform_decision" ("revised_because_type", "revised_because_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reform_decision_supersedes" ON "reform_decision" ("supersedes_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_suggestion_referred_decision" ON "suggestion" ("referred_decision_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_directive_caused_by_feedback" ON "directive" ("caused_by_feedback_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_directive_caused_by_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_suggestion_referred_decision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reform_decision_supersedes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reform_decision_revised_because"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_inspection_scope_object"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_finding_about"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reform_task_origin"`);
  }
}
