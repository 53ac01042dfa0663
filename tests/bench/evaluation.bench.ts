import { randomUUID } from 'node:crypto';
import { Body } from '../../src/domains/bodies/body.entities';
import { Indicator, Observation } from '../../src/domains/evaluation/evaluation.entities';
import { ObservationStatus } from '../../src/domains/evaluation/evaluation.enums';
import { benchHub, gql, ms, table } from './support';

/**
 * The evaluation of every prefecture-level government of the country (333) for one year, in one
 * computeEvaluation by the centre: four hub-computed indicators (tasks, directives, rectification,
 * unfunded-mandate coverage, from the hub's own records) and one reported indicator whose 333
 * verified observations are inserted beforehand. Timed over HTTP, with the SQL statements it took.
 */
export async function benchEvaluation(dialect: 'sqlite' | 'postgres'): Promise<(string | number)[]> {
  const b = await benchHub(dialect, { exposeSqlCount: true });
  try {
    const url = b.hub.url;
    const token = await b.token('CN', ['LEAD', 'OFFICER'] as never);
    const year = new Date().getUTCFullYear();
    const run = async (query: string, variables: Record<string, unknown>) => {
      const r = await gql<Record<string, { userErrors: { code: string }[] } & Record<string, unknown>>>(url, token, query, variables);
      const payload = Object.values(r.data ?? {})[0];
      if (r.errors || payload?.userErrors?.length) throw new Error(JSON.stringify(r.errors ?? payload.userErrors));
      return { payload, statements: Number(r.extensions?.sqlStatements ?? NaN) };
    };
    const define = async (input: Record<string, unknown>) =>
      ((await run('mutation ($input: DefineIndicatorInput!) { defineIndicator(input: $input) { indicator { id } userErrors { code } } }', { input: { unit: '%', source: 'OBJECTIVE', direction: 'HIGHER_IS_BETTER', baseline: '50', target: '100', ...input } })).payload.indicator as { id: string }).id;
    const metrics = ['TASK_COMPLETION_ON_TIME', 'DIRECTIVE_ACKNOWLEDGEMENT_ON_TIME', 'RECTIFICATION_ON_TIME', 'UNFUNDED_MANDATE_COVERAGE'];
    const hubIds = [];
    for (const m of metrics) hubIds.push(await define({ code: `B-${m}`, title: m, hubMetric: m }));
    const surveyId = await define({ code: 'B-SATISFACTION', title: '满意度', source: 'SATISFACTION_SURVEY', dataOwnerCode: 'CN-NDRC', baseline: '60', target: '95' });
    const weights = [...hubIds.map((id) => ({ indicatorId: id, weight: '20.00' })), { indicatorId: surveyId, weight: '20.00' }];
    const system = (await run('mutation ($input: DefineIndicatorSystemInput!) { defineIndicatorSystem(input: $input) { indicatorSystem { id } userErrors { code } } }', {
      input: { code: 'B-PREFECTURES', year, weights, minObjectiveShare: '60.00', challengeDays: 10, public: true },
    })).payload.indicatorSystem as { id: string };

    const em = b.hub.db.dataSource.manager;
    const prefectures = await em.find(Body, { where: { level: 'MUNICIPAL' as never, kind: 'GOVERNMENT' as never }, order: { code: 'ASC' } });
    const survey = await em.findOneByOrFail(Indicator, { code: 'B-SATISFACTION' });
    const ndrc = await em.findOneByOrFail(Body, { code: 'CN-NDRC' });
    const cn = await em.findOneByOrFail(Body, { code: 'CN' });
    const now = new Date();
    const rows = prefectures.map((p, k) => ({
      rowId: randomUUID(), indicatorId: survey.rowId, bodyId: p.rowId, period: String(year), value: BigInt(700_000 + ((k * 7919) % 250_000)),
      reportedById: ndrc.rowId, selfReported: false, sourceHash: null, status: ObservationStatus.VERIFIED, verifiedById: cn.rowId, disputeReason: null, reportedAt: now, verifiedAt: now,
    }));
    for (let k = 0; k < rows.length; k += 100) await em.insert(Observation, rows.slice(k, k + 100));

    const t0 = performance.now();
    const computed = await run(
      'mutation ($input: ComputeEvaluationInput!) { computeEvaluation(input: $input) { evaluations { id total } userErrors { code } } }',
      { input: { systemId: system.id, period: String(year), subjectCodes: prefectures.map((p) => p.code) } },
    );
    const took = performance.now() - t0;
    const evaluations = computed.payload.evaluations as { id: string; total: string }[];
    if (evaluations.length !== prefectures.length) throw new Error(`expected ${prefectures.length} evaluations, got ${evaluations.length}`);
    const r0 = performance.now();
    const ranked = await gql<{ evaluations: { edges: unknown[] } }>(url, token, 'query ($s: ID!, $p: String!) { evaluations(systemId: $s, period: $p, first: 100) { edges { node { id total rank } } } }', { s: system.id, p: String(year) });
    const readMs = performance.now() - r0;
    return [b.label, prefectures.length, ms(took), computed.statements, ms(readMs), Number(ranked.extensions?.sqlStatements ?? NaN)];
  } finally {
    await b.stop();
  }
}

export function printEvaluation(rows: (string | number)[][]): void {
  table('Evaluation of every prefecture-level government for one year (issue #14)', ['database', 'subjects', 'computeEvaluation', 'statements', 'first 100 with rank', 'statements'], rows);
}
