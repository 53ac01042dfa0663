import { describe, expect, it } from 'vitest';
import { Directive } from '../../src/domains/channels/channel.entities';
import {
  BodyPilotsDocument,
  ExtendPilotDocument,
  PilotNodeDocument,
  PilotsDocument,
  RecordPilotVerdictDocument,
  ReformEventsDocument,
  ReportPilotProgressDocument,
  ScaleUpPilotDocument,
  TerminatePilotDocument,
  AuthorizePilotDocument,
} from '../generated/graphql';
import { propose, publishedEvaluationOf, running, SPONSOR_LEAD } from '../support/pilots';
import { subscribe } from '../support/subscriptions';
import { inDays, ok, settleDeadlines, useTestHub, waitFor } from '../support/test-hub';

const t = useTestHub();

describe('the demo pilots', () => {
  it('one runs in Hangzhou with a progress report; one was scaled up by a directive after its evaluation recommended it', async () => {
    const r = await t.run(PilotsDocument, { sponsorCode: '330000', first: 10 }, '330000:VIEWER');
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.pilots.edges.map((e) => e.node);
    const hz = nodes.find((p) => p.code === 'ZJ-PILOT-HZ-DATA')!;
    expect(hz).toMatchObject({ status: 'RUNNING', sponsor: { code: '330000' }, sites: [{ body: { code: '330100' }, legalBasisForDeviation: expect.stringContaining('条例') }] });
    expect(hz.sites[0].authorizedDeviations).toHaveLength(1);
    expect(hz.progressReports).toHaveLength(1);
    expect(hz.progressReports[0].kind).toBe('PROGRESS');
    const nb = nodes.find((p) => p.code === 'ZJ-PILOT-NB-ONE-THING')!;
    expect(nb).toMatchObject({ status: 'SCALED_UP', verdict: 'SCALE_UP', evaluation: { status: 'PUBLISHED', body: { code: '330200' } }, successCriteria: [{ code: 'ZJ-APPROVAL-DAYS' }] });
    expect(nb.scaledUpAs!.title).toContain('推广');
    expect(nb.experiences.map((e) => e.highlight)).toEqual([true]);
    // Hangzhou sees its own pilot (a site), not Ningbo's.
    const mine = await t.run(BodyPilotsDocument, { code: '330100', first: 10 }, '330100:VIEWER');
    expect(mine.data!.body!.pilots.edges.map((e) => e.node.code)).toEqual(['ZJ-PILOT-HZ-DATA']);
  });
});

describe('a pilot from proposal to scale-up', () => {
  it('is proposed, authorized, reported on by a site, extended, judged on an evaluation and scaled up by a directive, once', async () => {
    const proposed = await propose(t, ['330300', '330400'], {
      sites: [
        { bodyCode: '330300', scope: '证照分离', authorizedDeviations: ['前置审批'], legalBasisForDeviation: '全国人大常委会授权决定' },
        { bodyCode: '330400', scope: '证照分离' },
      ],
    });
    expect(proposed).toMatchObject({ status: 'PROPOSED', sponsor: { code: '330000' }, overlapsWith: [], verdict: null, scaledUpAs: null });
    const authorized = ok(await t.run(AuthorizePilotDocument, { input: { pilotId: proposed.id } }, SPONSOR_LEAD)).pilot!;
    expect(authorized.status).toBe('RUNNING');

    const reported = ok(await t.run(ReportPilotProgressDocument, { input: { pilotId: proposed.id, content: '首批 120 家企业完成集成办理。' } }, '330300:OFFICER'));
    expect(reported.feedback).toMatchObject({ kind: 'PROGRESS', content: expect.stringContaining('120') });
    const endsAt = inDays(500);
    const extended = ok(await t.run(ExtendPilotDocument, { input: { pilotId: proposed.id, endsAt, reason: '需要完整一个年度周期的数据。' } }, SPONSOR_LEAD)).pilot!;
    expect(extended).toMatchObject({ status: 'EXTENDED', endReason: '需要完整一个年度周期的数据。' });
    expect(new Date(extended.endsAt).toISOString()).toBe(endsAt);

    const judged = ok(
      await t.run(
        RecordPilotVerdictDocument,
        {
          input: {
            pilotId: proposed.id,
            verdict: 'SCALE_UP_WITH_CHANGES',
            reason: '温州审批用时达标。',
            evaluationId: await publishedEvaluationOf(t, '330300'),
            experiences: [{ title: '证照分离清单', description: '一张清单管到底。', highlight: true }, { title: '容缺受理', description: '先受理后补正。' }],
          },
        },
        SPONSOR_LEAD,
      ),
    ).pilot!;
    expect(judged).toMatchObject({ verdict: 'SCALE_UP_WITH_CHANGES', evaluation: { body: { code: '330300' } }, status: 'EXTENDED' });
    expect(judged.experiences.map((e) => e.title)).toEqual(['证照分离清单', '容缺受理']);

    const directives = () => t.em.count(Directive);
    const before = await directives();
    const input = { pilotId: proposed.id, idempotencyKey: `scale-${proposed.id}`, directive: { title: '关于推广证照分离试点经验的通知', content: '请各设区市推广实施。', audienceLevel: 'MUNICIPAL' as const } };
    const scaled = ok(await t.run(ScaleUpPilotDocument, { input }, SPONSOR_LEAD)).pilot!;
    expect(scaled).toMatchObject({ status: 'SCALED_UP', scaledUpAs: { title: '关于推广证照分离试点经验的通知' } });
    // A retry with the same key returns the pilot and issues nothing more.
    const again = ok(await t.run(ScaleUpPilotDocument, { input }, SPONSOR_LEAD)).pilot!;
    expect(again.scaledUpAs!.id).toBe(scaled.scaledUpAs!.id);
    expect(await directives()).toBe(before + 1);

    // Read by the sponsor's jurisdiction and the sites' chains, not by a city outside it or another province.
    for (const [as, visible] of [['330300:VIEWER', true], ['330400:VIEWER', true], ['CN:VIEWER', true], ['330500:VIEWER', false], ['320000:VIEWER', false]] as const) {
      const node = await t.run(PilotNodeDocument, { id: proposed.id }, as);
      expect(node.errors).toBeUndefined();
      expect(node.data!.node !== null, as).toBe(visible);
    }
    const experience = await t.run(PilotNodeDocument, { id: judged.experiences[0].id }, '330300:VIEWER');
    expect(experience.data!.node).toMatchObject({ __typename: 'ReplicableExperience', title: '证照分离清单', pilot: { code: proposed.code } });
  });

  it('shows overlapping pilots of the same field and authorizes once they are acknowledged', async () => {
    const field = '数据要素-重叠';
    const first = await running(t, ['330500'], { field });
    const second = await propose(t, ['330500', '330600'], { field });
    expect(second.overlapsWith.map((o) => o.id)).toEqual([first.id]);
    const authorized = ok(await t.run(AuthorizePilotDocument, { input: { pilotId: second.id, acknowledgeOverlapIds: [first.id] } }, SPONSOR_LEAD)).pilot!;
    expect(authorized.status).toBe('RUNNING');
    // Another field, or a period that does not meet, is no overlap.
    const other = await propose(t, ['330500'], { field: '另一个领域' });
    expect(other.overlapsWith).toEqual([]);
    const later = await propose(t, ['330500'], { field, startsAt: inDays(400), endsAt: inDays(500) });
    expect(later.overlapsWith).toEqual([]);
  });

  it('is terminated by the sponsor', async () => {
    const p = await running(t, ['330700']);
    const done = ok(await t.run(TerminatePilotDocument, { input: { pilotId: p.id, reason: '上位法调整，试点失去必要。' } }, SPONSOR_LEAD)).pilot!;
    expect(done).toMatchObject({ status: 'TERMINATED', endReason: '上位法调整，试点失去必要。' });
  });

  it('is UNDER_EVALUATION when its period ends (the scheduler, at endsAt), with PILOT_PERIOD_ENDED in reformEvents', async () => {
    const after = await t.eventCursor();
    const p = await running(t, ['330800'], { endsAt: new Date(Date.now() + 1000).toISOString() }); // two requests' margin
    const sub = subscribe(t.hub.wsUrl, await t.token('330800', 'VIEWER'), ReformEventsDocument, { after, kinds: ['PILOT_PERIOD_ENDED'] });
    try {
      await waitFor(() => sub.received.some((x) => x.reformEvents.subject.id === p.id) || sub.errors.length > 0, { what: 'PILOT_PERIOD_ENDED' });
      expect(sub.errors).toEqual([]);
    } finally {
      await sub.close();
    }
    const node = await t.run(PilotNodeDocument, { id: p.id }, '330000:VIEWER');
    expect(node.data!.node).toMatchObject({ status: 'UNDER_EVALUATION' });
  });
});

describe('pilot events in reformEvents', () => {
  it('reach the sites and the bodies above the sponsor: proposed, authorized, progress, extended, verdict, scaled up', async () => {
    const after = await t.eventCursor();
    const p = await propose(t, ['330900']);
    ok(await t.run(AuthorizePilotDocument, { input: { pilotId: p.id } }, SPONSOR_LEAD));
    ok(await t.run(ReportPilotProgressDocument, { input: { pilotId: p.id, content: '进展顺利。' } }, '330900:OFFICER'));
    ok(await t.run(ExtendPilotDocument, { input: { pilotId: p.id, endsAt: inDays(600), reason: '延长观察。' } }, SPONSOR_LEAD));
    ok(await t.run(RecordPilotVerdictDocument, { input: { pilotId: p.id, verdict: 'SCALE_UP', reason: '达标。', evaluationId: await publishedEvaluationOf(t, '330900') } }, SPONSOR_LEAD));
    ok(await t.run(ScaleUpPilotDocument, { input: { pilotId: p.id, directive: { title: '推广通知', content: '推广。', recipientCodes: ['330100'] } } }, SPONSOR_LEAD));
    const kinds = ['PILOT_PROPOSED', 'PILOT_AUTHORIZED', 'PILOT_PROGRESS_REPORTED', 'PILOT_EXTENDED', 'PILOT_VERDICT_RECORDED', 'PILOT_SCALED_UP'] as const;
    for (const as of ['330900', 'CN']) {
      const sub = subscribe(t.hub.wsUrl, await t.token(as, 'VIEWER'), ReformEventsDocument, { after, kinds: [...kinds] });
      try {
        await waitFor(() => sub.received.filter((x) => x.reformEvents.subject.id === p.id).length >= kinds.length || sub.errors.length > 0, { what: `pilot events for ${as}` });
        expect(sub.errors).toEqual([]);
        expect(sub.received.filter((x) => x.reformEvents.subject.id === p.id).map((x) => x.reformEvents.kind)).toEqual([...kinds]);
      } finally {
        await sub.close();
      }
    }
  });
});

describe('statement counts', () => {
  it('pilots(...) and Body.pilots do not grow with the page size', async () => {
    // Three overlapping pilots, each acknowledging the earlier ones: the small page holds overlaps too.
    const newest: string[] = [];
    for (let k = 0; k < 3; k++) newest.push((await running(t, ['331100'], { field: '计数-重叠' }, [...newest])).id);
    // Statements depend on which kinds of links a page holds (a page without any evaluation loads
    // none), not on its size: the small page already holds a scaled-up pilot with its evaluation,
    // directive and progress report; the large one holds many of each.
    // The new pilots' start deadlines fire first, so no scheduler work runs beside the measured reads.
    await settleDeadlines(t.hub);
    const small = await t.run(PilotsDocument, { first: 5 }, 'CN:VIEWER');
    const large = await t.run(PilotsDocument, { first: 20 }, 'CN:VIEWER');
    expect(large.errors).toBeUndefined();
    expect(large.data!.pilots.edges.length).toBeGreaterThan(10);
    const smallNodes = small.data!.pilots.edges.map((e) => e.node);
    expect(smallNodes).toHaveLength(5);
    expect(smallNodes.some((p) => p.scaledUpAs && p.evaluation && p.progressReports.length > 0)).toBe(true);
    expect(smallNodes[0].overlapsWith).toHaveLength(2);
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    // Constant in page size: 4× the pilots, not one statement more per pilot. On PostgreSQL the
    // shared body loader's batches sometimes split by one across the visibility checks (seen twice in
    // CI: 16 vs 15), so one statement of jitter is allowed; one per pilot would add at least 15.
    expect(large.extensions?.sqlStatements as number).toBeLessThanOrEqual((small.extensions?.sqlStatements as number) + 1);
    expect(large.extensions?.sqlStatements as number).toBeGreaterThanOrEqual((small.extensions?.sqlStatements as number) - 1);
    const b1 = await t.run(BodyPilotsDocument, { code: '331100', first: 1 }, '330000:VIEWER');
    const b3 = await t.run(BodyPilotsDocument, { code: '331100', first: 3 }, '330000:VIEWER');
    expect(b3.data!.body!.pilots.edges).toHaveLength(3);
    expect(b3.extensions?.sqlStatements).toBe(b1.extensions?.sqlStatements);
  });
});
