import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { Evaluation } from '../../src/domains/evaluation/evaluation.entities';
import { verifyEvaluation } from '../../src/domains/evaluation/evaluation.verify';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import {
  BodyPerformanceDocument,
  ReformEventsDocument,
  ChallengeEvaluationDocument,
  ComputeEvaluationDocument,
  DefineIndicatorSystemDocument,
  EvaluationNodeDocument,
  EvaluationsDocument,
  FinalizeEvaluationDocument,
  PublishEvaluationDocument,
  ReportObservationDocument,
  VerifyObservationDocument,
} from '../generated/graphql';
import { defineIndicator, observe, OWNER, PERIOD, twoIndicatorSystem, YEAR } from '../support/evaluation';
import { ok, useTestHub, waitFor } from '../support/test-hub';
import { subscribe } from '../support/subscriptions';
import { encodeEventCursor } from '../../src/domains/reform-events/reform-events.service';
import { lastSeq } from '../../src/platform/events/relay';

const t = useTestHub();

describe('the demo: this year’s published evaluation of Zhejiang’s cities', () => {
  it('is public, ranked by total, and Body.performance shows it; statements do not grow with the page', async () => {
    const perf = await t.run(BodyPerformanceDocument, { code: '330100', year: YEAR });
    expect(perf.errors).toBeUndefined();
    const mine = perf.data!.body!.performance;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'PUBLISHED', period: PERIOD, system: { code: 'ZJ-CITIES' } });
    const systemId = mine[0].system.id;

    const small = await t.run(EvaluationsDocument, { systemId, period: PERIOD, first: 2 });
    const all = await t.run(EvaluationsDocument, { systemId, period: PERIOD, first: 20 });
    expect(all.errors).toBeUndefined();
    const rows = all.data!.evaluations.edges.map((e) => e.node);
    expect(rows).toHaveLength(11);
    expect(all.data!.evaluations.totalCount).toBe(11);
    const byTotal = [...rows].sort((a, b) => Number(b.total) - Number(a.total) || 0);
    expect(byTotal[0].rank).toBe(1);
    for (const r of rows) expect(r.rank).toBe(1 + rows.filter((o) => BigInt(o.total.replace('.', '')) > BigInt(r.total.replace('.', ''))).length);
    // Half of the weight is the hub's own records, computed, not typed in.
    expect(rows[0].components.map((c) => c.source.split(':')[0]).sort()).toEqual(['hub', 'hub', 'hub', 'observation', 'observation', 'observation']);
    expect(small.extensions?.sqlStatements).toBe(all.extensions?.sqlStatements);
  });

  it('every published evaluation is reproduced exactly from its inputs', async () => {
    const rows = await t.em.find(Evaluation, { where: { status: 'PUBLISHED' as never } });
    expect(rows.length).toBeGreaterThanOrEqual(11);
    for (const e of rows) {
      const v = (await verifyEvaluation(t.em as DataSource['manager'], e.rowId))!;
      expect(v.problems).toEqual([]);
      expect(v.inputsHash).toBe(e.inputsHash);
    }
  });
});

describe('scoring a system', () => {
  it('scores exactly in decimal, flags self-reports, ranks, and goes through challenge, final and publication', async () => {
    const { objective, expert, system } = await twoIndicatorSystem(t, 30);
    expect(system).toMatchObject({ objectiveShare: '60.00', version: 1, owner: { code: '330000' } });
    await observe(t, objective.id, '330100', '1');
    await observe(t, expert.id, '330100', '6');
    await observe(t, objective.id, '330200', '3.5');
    // Ningbo reports its own value: flagged, and verified by the province.
    const own = ok(await t.run(ReportObservationDocument, { input: { indicatorId: expert.id, bodyCode: '330200', period: PERIOD, value: '21' } }, '330200:OFFICER')).observation!;
    expect(own).toMatchObject({ selfReported: true, status: 'REPORTED', reportedBy: { code: '330200' } });
    ok(await t.run(VerifyObservationDocument, { input: { observationId: own.id } }, '330000:OFFICER'));

    const computed = ok(await t.run(ComputeEvaluationDocument, { input: { systemId: system.id, period: PERIOD, subjectCodes: ['330200', '330100'] } }, OWNER)).evaluations!;
    const [hz, nb] = computed;
    // 1 of 3 → 33.3333 × 0.6 = 19.99998 → 20.0000; (20 − 6) ÷ 15 → 93.3333 × 0.4 = 37.33332 → 37.3333.
    expect(hz).toMatchObject({ body: { code: '330100' }, status: 'SCORED', version: 1, total: '57.3333', rank: 2 });
    expect(hz.components.map((c) => [c.indicator.code, c.weight, c.value, c.score, c.contribution])).toEqual([
      [objective.code, '60.00', '1.0000', '33.3333', '20.0000'],
      [expert.code, '40.00', '6.0000', '93.3333', '37.3333'],
    ].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    // Beyond the target clamps at 100, below the baseline at 0.
    expect(nb).toMatchObject({ body: { code: '330200' }, total: '60.0000', rank: 1 });
    expect(hz.inputsHash).toMatch(/^[0-9a-f]{64}$/);

    const challenged = ok(await t.run(ChallengeEvaluationDocument, { input: { evaluationId: hz.id, grounds: '专家评议数据有误。' } }, '330100:LEAD')).evaluation!;
    expect(challenged).toMatchObject({ status: 'CHALLENGED', challenge: '专家评议数据有误。' });
    const final = ok(await t.run(FinalizeEvaluationDocument, { input: { evaluationId: hz.id, challengeResponse: '经复核数据无误。' } }, OWNER)).evaluation!;
    expect(final).toMatchObject({ status: 'FINAL', challengeResponse: '经复核数据无误。', total: '57.3333', inputsHash: hz.inputsHash });
    // Not yet public.
    expect((await t.run(EvaluationNodeDocument, { id: hz.id })).data?.node).toBeNull();
    const published = ok(await t.run(PublishEvaluationDocument, { input: { evaluationId: hz.id } }, OWNER)).evaluation!;
    expect(published.status).toBe('PUBLISHED');
    expect((await t.run(EvaluationNodeDocument, { id: hz.id })).data?.node).toMatchObject({ total: '57.3333', status: 'PUBLISHED' });
    const perf = (await t.run(BodyPerformanceDocument, { code: '330100', year: YEAR })).data!.body!.performance;
    expect(perf.map((e) => e.id)).toContain(hz.id);

    // A correction after FINAL is a new version; the published one stays as it was.
    const corrected = ok(await t.run(ComputeEvaluationDocument, { input: { systemId: system.id, period: PERIOD, subjectCodes: ['330100'] } }, OWNER)).evaluations!;
    expect(corrected[0]).toMatchObject({ version: 2, status: 'SCORED', total: '57.3333', inputsHash: hz.inputsHash });
    expect((await t.run(EvaluationNodeDocument, { id: hz.id })).data?.node).toMatchObject({ status: 'PUBLISHED', version: 1 });
    // The verifier reproduces it from the stored inputs.
    const v = await verifyEvaluation(t.em, parseGlobalId(hz.id)!.rowId);
    expect(v).toMatchObject({ ok: true, total: '57.3333', inputsHash: hz.inputsHash });
  });

  it('computes the hub’s own indicators from its records: task completion on time', async () => {
    const tasks = await defineIndicator(t, { hubMetric: 'TASK_COMPLETION_ON_TIME', dataOwnerCode: null, baseline: '0', target: '100' });
    const system = ok(
      await t.run(DefineIndicatorSystemDocument, { input: { code: 'HUB-ONLY', year: YEAR, weights: [{ indicatorId: tasks.id, weight: '100.00' }], minObjectiveShare: '100.00', challengeDays: 0, public: true } }, OWNER),
    ).indicatorSystem!;
    const [e] = ok(await t.run(ComputeEvaluationDocument, { input: { systemId: system.id, period: PERIOD, subjectCodes: ['330100'] } }, OWNER)).evaluations!;
    const [c] = e.components;
    const m = /^hub:TASK_COMPLETION_ON_TIME:(\d+)\/(\d+)$/.exec(c.source)!;
    expect(m).not.toBeNull();
    const [onTime, due] = [Number(m[1]), Number(m[2])];
    const expected = due === 0 ? 1_000_000n : (BigInt(onTime) * 1_000_000n * 2n + BigInt(due)) / (2n * BigInt(due));
    expect(c.value).toBe(`${expected / 10_000n}.${(expected % 10_000n).toString().padStart(4, '0')}`);
    expect(e.total).toBe(c.value);
    // The demo has Hangzhou tasks past their deadline: the figure is not the empty default.
    expect(due).toBeGreaterThan(0);
  });
});

describe('EVALUATION_PUBLISHED in reformEvents', () => {
  it('reaches the evaluated body and the bodies above it when an evaluation is published', async () => {
    const { objective, expert, system } = await twoIndicatorSystem(t);
    await observe(t, objective.id, '330800', '2');
    await observe(t, expert.id, '330800', '8');
    const [e] = ok(await t.run(ComputeEvaluationDocument, { input: { systemId: system.id, period: PERIOD, subjectCodes: ['330800'] } }, OWNER)).evaluations!;
    const after = encodeEventCursor(await lastSeq(t.hub.db));
    ok(await t.run(FinalizeEvaluationDocument, { input: { evaluationId: e.id } }, OWNER));
    ok(await t.run(PublishEvaluationDocument, { input: { evaluationId: e.id } }, OWNER));
    for (const as of ['330800', 'CN']) {
      const sub = subscribe(t.hub.wsUrl, await t.token(as, 'VIEWER'), ReformEventsDocument, { after, kinds: ['EVALUATION_PUBLISHED'] });
      try {
        await waitFor(() => sub.received.some((x) => x.reformEvents.subject.id === e.id) || sub.errors.length > 0, { what: `EVALUATION_PUBLISHED for ${as}` });
        expect(sub.errors).toEqual([]);
        expect(sub.received.find((x) => x.reformEvents.subject.id === e.id)!.reformEvents.kind).toBe('EVALUATION_PUBLISHED');
      } finally {
        await sub.close();
      }
    }
  });
});
