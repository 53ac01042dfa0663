import { describe, expect, it } from 'vitest';
import {
  AuthorizePilotDocument,
  ExtendPilotDocument,
  ProposePilotDocument,
  RecordPilotVerdictDocument,
  ReportPilotProgressDocument,
  ScaleUpPilotDocument,
  TerminatePilotDocument,
} from '../generated/graphql';
import { propose, proposalInput, publishedEvaluationOf, running, SPONSOR_LEAD, SPONSOR_OFFICER } from '../support/pilots';
import { expectErrorCodes, expectUserErrors, inDays, ok, useTestHub } from '../support/test-hub';

const t = useTestHub({ settled: true });

const directive = { title: '推广通知', content: '请推广。', audienceLevel: 'MUNICIPAL' as const };

describe('proposePilot', () => {
  it('refuses a site outside the sponsor’s jurisdiction, or the sponsor itself (SITE_OUT_OF_JURISDICTION)', async () => {
    await t.unchanged(async () => {
      for (const sites of [['320100'], ['330100', '320100'], ['330000'], ['CN']]) {
        expectUserErrors(await t.run(ProposePilotDocument, { input: await proposalInput(t, sites) }, SPONSOR_OFFICER), ['SITE_OUT_OF_JURISDICTION']);
      }
    });
  });

  it('refuses endsAt at or before startsAt (VALIDATION_FAILED)', async () => {
    const at = inDays(30);
    await t.unchanged(async () => {
      expectUserErrors(await t.run(ProposePilotDocument, { input: await proposalInput(t, ['330100'], { startsAt: at, endsAt: at }) }, SPONSOR_OFFICER), ['VALIDATION_FAILED']);
      expectUserErrors(await t.run(ProposePilotDocument, { input: await proposalInput(t, ['330100'], { startsAt: at, endsAt: inDays(29) }) }, SPONSOR_OFFICER), ['VALIDATION_FAILED']);
    });
  });

  it('refuses deviations without a legal basis (LEGAL_BASIS_REQUIRED)', async () => {
    await t.unchanged(async () => {
      for (const legalBasisForDeviation of [null, '', '   ']) {
        const input = await proposalInput(t, ['330100'], { sites: [{ bodyCode: '330100', scope: '放宽准入', authorizedDeviations: ['外资准入负面清单'], legalBasisForDeviation }] });
        expectUserErrors(await t.run(ProposePilotDocument, { input }, SPONSOR_OFFICER), ['LEGAL_BASIS_REQUIRED']);
      }
    });
  });

  it('refuses a duplicate code, a reused idempotency key, a VIEWER and the public', async () => {
    const first = await proposalInput(t, ['330100'], { idempotencyKey: 'pilot-key-1' });
    ok(await t.run(ProposePilotDocument, { input: first }, SPONSOR_OFFICER));
    await t.unchanged(async () => {
      expectUserErrors(await t.run(ProposePilotDocument, { input: await proposalInput(t, ['330100'], { code: first.code }) }, SPONSOR_OFFICER), ['DUPLICATE_CODE']);
      expectUserErrors(await t.run(ProposePilotDocument, { input: { ...first, title: '另一个试点' } }, SPONSOR_OFFICER), ['IDEMPOTENCY_KEY_REUSED']);
      expectErrorCodes(await t.run(ProposePilotDocument, { input: await proposalInput(t, ['330100']) }, '330000:VIEWER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(ProposePilotDocument, { input: await proposalInput(t, ['330100']) }), ['UNAUTHENTICATED']);
    });
  });
});

describe('authorizePilot', () => {
  it('refuses while an overlapping pilot of the same field is not acknowledged (PILOT_OVERLAP)', async () => {
    const field = '重叠检查';
    const a = await running(t, ['330200'], { field });
    // Overlaps through the subtree too: Ningbo's development commission lies inside the site 330200.
    const b = await running(t, ['330200-DRC'], { field }, [a.id]);
    const c = await propose(t, ['330200'], { field });
    expect(c.overlapsWith.map((o) => o.id).sort()).toEqual([a.id, b.id].sort());
    await t.unchanged(async () => {
      expectUserErrors(await t.run(AuthorizePilotDocument, { input: { pilotId: c.id } }, SPONSOR_LEAD), ['PILOT_OVERLAP']);
      expectUserErrors(await t.run(AuthorizePilotDocument, { input: { pilotId: c.id, acknowledgeOverlapIds: [a.id] } }, SPONSOR_LEAD), ['PILOT_OVERLAP']);
    });
    ok(await t.run(AuthorizePilotDocument, { input: { pilotId: c.id, acknowledgeOverlapIds: [a.id, b.id] } }, SPONSOR_LEAD));
  });

  it('refuses an OFFICER, a site, and a pilot already authorized', async () => {
    const p = await propose(t, ['330300']);
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(AuthorizePilotDocument, { input: { pilotId: p.id } }, SPONSOR_OFFICER), ['FORBIDDEN']);
      expectErrorCodes(await t.run(AuthorizePilotDocument, { input: { pilotId: p.id } }, '330300:LEAD'), ['FORBIDDEN']);
    });
    ok(await t.run(AuthorizePilotDocument, { input: { pilotId: p.id } }, SPONSOR_LEAD));
    await t.unchanged(async () => {
      expectUserErrors(await t.run(AuthorizePilotDocument, { input: { pilotId: p.id } }, SPONSOR_LEAD), ['INVALID_STATE']);
    });
  });
});

describe('a site never changes a pilot’s scope or period (FORBIDDEN)', () => {
  it('refuses a site extending, terminating, judging or scaling up; a non-site reporting progress', async () => {
    const p = await running(t, ['330400']);
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(ExtendPilotDocument, { input: { pilotId: p.id, endsAt: inDays(900), reason: '我们想多试一年。' } }, '330400:LEAD'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(TerminatePilotDocument, { input: { pilotId: p.id, reason: '不想试了。' } }, '330400:LEAD'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(RecordPilotVerdictDocument, { input: { pilotId: p.id, verdict: 'STOP', reason: '自评。' } }, '330400:LEAD'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(ScaleUpPilotDocument, { input: { pilotId: p.id, directive } }, '330400:LEAD'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(ReportPilotProgressDocument, { input: { pilotId: p.id, content: '冒名报告。' } }, '330000-DRC:OFFICER'), ['FORBIDDEN']);
      // A city beside the site cannot read the pilot at all.
      expectUserErrors(await t.run(ReportPilotProgressDocument, { input: { pilotId: p.id, content: '冒名报告。' } }, '330500:OFFICER'), ['NOT_FOUND']);
      // Outside the sponsor's and the sites' chains the pilot does not exist.
      expectUserErrors(await t.run(ReportPilotProgressDocument, { input: { pilotId: p.id, content: '外省。' } }, '320100:OFFICER'), ['NOT_FOUND']);
    });
  });

  it('refuses an extension that does not move the end later (VALIDATION_FAILED)', async () => {
    const p = await running(t, ['330400']);
    await t.unchanged(async () => {
      expectUserErrors(await t.run(ExtendPilotDocument, { input: { pilotId: p.id, endsAt: p.endsAt, reason: '原地不动。' } }, SPONSOR_LEAD), ['VALIDATION_FAILED']);
    });
  });
});

describe('scale-up only after an evaluation recommends it', () => {
  it('refuses scaling up without a verdict resting on an evaluation, and a SCALE_UP verdict without one (EVALUATION_REQUIRED)', async () => {
    const p = await running(t, ['330600']);
    await t.unchanged(async () => {
      expectUserErrors(await t.run(ScaleUpPilotDocument, { input: { pilotId: p.id, directive } }, SPONSOR_LEAD), ['EVALUATION_REQUIRED']);
      expectUserErrors(await t.run(RecordPilotVerdictDocument, { input: { pilotId: p.id, verdict: 'SCALE_UP', reason: '感觉不错。' } }, SPONSOR_LEAD), ['EVALUATION_REQUIRED']);
      expectUserErrors(await t.run(RecordPilotVerdictDocument, { input: { pilotId: p.id, verdict: 'SCALE_UP_WITH_CHANGES', reason: '感觉不错。' } }, SPONSOR_LEAD), ['EVALUATION_REQUIRED']);
      // An evaluation of a body that is not a site does not judge this pilot.
      expectUserErrors(await t.run(RecordPilotVerdictDocument, { input: { pilotId: p.id, verdict: 'SCALE_UP', reason: '别人的评估。', evaluationId: await publishedEvaluationOf(t, '330700') } }, SPONSOR_LEAD), ['VALIDATION_FAILED']);
    });
  });

  it('refuses scaling up after an EXTEND or STOP verdict (VERDICT_FORBIDS_SCALE_UP)', async () => {
    const evaluationId = await publishedEvaluationOf(t, '330600');
    const extend = await running(t, ['330600']);
    ok(await t.run(RecordPilotVerdictDocument, { input: { pilotId: extend.id, verdict: 'EXTEND', reason: '数据不足。', evaluationId } }, SPONSOR_LEAD));
    const stop = await running(t, ['330600']);
    const stopped = ok(await t.run(RecordPilotVerdictDocument, { input: { pilotId: stop.id, verdict: 'STOP', reason: '目标未实现。', evaluationId } }, SPONSOR_LEAD)).pilot!;
    expect(stopped.status).toBe('CLOSED');
    await t.unchanged(async () => {
      expectUserErrors(await t.run(ScaleUpPilotDocument, { input: { pilotId: extend.id, directive } }, SPONSOR_LEAD), ['VERDICT_FORBIDS_SCALE_UP']);
      expectUserErrors(await t.run(ScaleUpPilotDocument, { input: { pilotId: stop.id, directive } }, SPONSOR_LEAD), ['VERDICT_FORBIDS_SCALE_UP']);
    });
  });

  it('refuses a scale-up directive upward or sideways (the directive rules apply, nothing is issued)', async () => {
    const p = await running(t, ['330600']);
    ok(await t.run(RecordPilotVerdictDocument, { input: { pilotId: p.id, verdict: 'SCALE_UP', reason: '达标。', evaluationId: await publishedEvaluationOf(t, '330600') } }, SPONSOR_LEAD));
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(ScaleUpPilotDocument, { input: { pilotId: p.id, directive: { title: '越界', content: '越界。', recipientCodes: ['320100'] } } }, SPONSOR_LEAD), ['FORBIDDEN']);
    });
  });

  it('refuses progress, verdicts and scale-up of a terminated pilot (INVALID_STATE)', async () => {
    const p = await running(t, ['330600']);
    ok(await t.run(TerminatePilotDocument, { input: { pilotId: p.id, reason: '停止。' } }, SPONSOR_LEAD));
    await t.unchanged(async () => {
      expectUserErrors(await t.run(ReportPilotProgressDocument, { input: { pilotId: p.id, content: '还在报。' } }, '330600:OFFICER'), ['INVALID_STATE']);
      expectUserErrors(await t.run(RecordPilotVerdictDocument, { input: { pilotId: p.id, verdict: 'EXTEND', reason: '再试。' } }, SPONSOR_LEAD), ['INVALID_STATE']);
      expectUserErrors(await t.run(TerminatePilotDocument, { input: { pilotId: p.id, reason: '再停一次。' } }, SPONSOR_LEAD), ['INVALID_STATE']);
    });
  });
});
