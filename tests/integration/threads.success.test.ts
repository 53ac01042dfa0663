import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/platform/audit/audit-event.entity';
import { CoordinationThread } from '../../src/domains/threads/thread.entities';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import {
  BodyThreadsDocument,
  EscalateThreadDocument,
  InviteThreadParticipantDocument,
  OpenCoordinationThreadDocument,
  PostThreadMessageDocument,
  RemoveThreadParticipantDocument,
  ReopenThreadDocument,
  ResolveThreadDocument,
  ShareThreadResourceDocument,
  ThreadNodeDocument,
} from '../generated/graphql';
import { follow, openThread, post } from '../support/threads';
import { expectUserErrors, inDays, useTestHub } from '../support/test-hub';

const t = useTestHub();

const codes = (bodies: { code: string }[] | undefined) => (bodies ?? []).map((b) => b.code).sort();

async function readThread(id: string, as: string, page: { first?: number; after?: string; last?: number } = { first: 50 }) {
  const r = await t.run(ThreadNodeDocument, { id, ...page }, as);
  expect(r.errors).toBeUndefined();
  const node = r.data?.node;
  return node && 'subject' in node ? node : null;
}

describe('a provincial thread led by 330000-DRC with 330000-FIN and 330100', () => {
  let thread: Awaited<ReturnType<typeof openThread>>;
  beforeAll(async () => {
    thread = await openThread(t, '330000-DRC:LEAD', {
      subject: '投资项目审批“最多跑一次”部门协同',
      description: '明确各部门办理时限与数据共享方式。',
      leadBodyCode: '330000-DRC',
      participantCodes: ['330000-FIN', '330100', '330000-FIN'],
      dueAt: inDays(14),
    });
  });

  it('opens with exactly one lead, which is a participant', () => {
    expect(thread).toMatchObject({ status: 'OPEN', overdue: false, lead: { code: '330000-DRC' }, openedBy: { code: '330000-DRC' } });
    expect(codes(thread.participants)).toEqual(['330000-DRC', '330000-FIN', '330100']);
  });

  it('participants post and see each other’s messages live, in order', async () => {
    const fin = await follow(t, thread.id, '330000-FIN:VIEWER');
    const city = await follow(t, thread.id, '330100:OFFICER');
    const province = await follow(t, thread.id, '330000:VIEWER'); // a body above a participant
    try {
      const auditBefore = await t.em.count(AuditEvent, { where: { action: 'thread.post' } });
      await post(t, '330000-DRC:OFFICER', thread.id, '请财政厅测算联合评审经费。');
      await post(t, '330000-FIN:OFFICER', thread.id, '经费可列入部门预算。');
      await post(t, '330100:LEAD', thread.id, '杭州市愿先行试点。');
      for (const f of [fin, city, province]) {
        const events = await f.waitFor(3);
        expect(events.map((e) => [e.kind, e.message?.author.code, e.message?.content])).toEqual([
          ['MESSAGE_POSTED', '330000-DRC', '请财政厅测算联合评审经费。'],
          ['MESSAGE_POSTED', '330000-FIN', '经费可列入部门预算。'],
          ['MESSAGE_POSTED', '330100', '杭州市愿先行试点。'],
        ]);
        expect(events.every((e) => e.thread.id === thread.id)).toBe(true);
      }
      expect(await t.em.count(AuditEvent, { where: { action: 'thread.post' } })).toBe(auditBefore + 3);
    } finally {
      await Promise.all([fin.close(), city.close(), province.close()]);
    }
  });

  it('pages messages oldest first, forwards and backwards', async () => {
    const first = await readThread(thread.id, '330100:VIEWER', { first: 2 });
    expect(first?.messages.totalCount).toBe(3);
    expect(first?.messages.edges.map((e) => e.node.author.code)).toEqual(['330000-DRC', '330000-FIN']);
    expect(first?.messages.pageInfo.hasNextPage).toBe(true);
    const rest = await readThread(thread.id, '330100:VIEWER', { first: 2, after: first!.messages.pageInfo.endCursor! });
    expect(rest?.messages.edges.map((e) => e.node.author.code)).toEqual(['330100']);
    expect(rest?.messages.pageInfo.hasNextPage).toBe(false);
    const latest = await readThread(thread.id, '330000-FIN:VIEWER', { last: 1 });
    expect(latest?.messages.edges.map((e) => e.node.content)).toEqual(['杭州市愿先行试点。']);
  });

  it('is readable by its participants and the bodies above them, through node and Body.threads', async () => {
    for (const as of ['330000-DRC:VIEWER', '330000-FIN:VIEWER', '330100:VIEWER', '330000:VIEWER', 'CN:VIEWER']) {
      expect((await readThread(thread.id, as))?.id, as).toBe(thread.id);
    }
    const list = await t.run(BodyThreadsDocument, { code: '330000-FIN', first: 50 }, '330000-FIN:VIEWER');
    expect(list.data?.body?.threads.edges.map((e) => e.node.id)).toContain(thread.id);
    const fromAbove = await t.run(BodyThreadsDocument, { code: '330100', first: 50 }, '330000:VIEWER');
    expect(fromAbove.data?.body?.threads.edges.map((e) => e.node.id)).toContain(thread.id);
    // A sibling department may see 330000-FIN, but not the threads it is no party to.
    const sibling = await t.run(BodyThreadsDocument, { code: '330000-FIN', first: 50 }, '330000-REFORM:VIEWER');
    expect(sibling.errors).toBeUndefined();
    expect(sibling.data?.body?.threads.edges.map((e) => e.node.id)).not.toContain(thread.id);
  });

  it('shares resources provided by a participant', async () => {
    const follower = await follow(t, thread.id, '330100:VIEWER');
    try {
      const r = await t.run(
        ShareThreadResourceDocument,
        {
          input: {
            threadId: thread.id,
            title: '前置评估事项清单',
            kind: 'DATA_SET',
            uri: 'https://example.gov.cn/list.xlsx',
            contentHash: 'A'.repeat(64),
            providedByCode: '330100',
          },
        },
        '330000-FIN:OFFICER',
      );
      expect(r.data?.shareThreadResource).toMatchObject({
        userErrors: [],
        resource: { kind: 'DATA_SET', contentHash: `sha256:${'a'.repeat(64)}`, providedBy: { code: '330100' }, sharedBy: { code: '330000-FIN' } },
      });
      const [event] = await follower.waitFor(1);
      expect(event).toMatchObject({ kind: 'RESOURCE_SHARED', resource: { title: '前置评估事项清单' }, body: { code: '330100' } });
      const read = await readThread(thread.id, '330000-DRC:VIEWER');
      expect(read?.resources.edges.map((e) => e.node.title)).toEqual(['前置评估事项清单']);
    } finally {
      await follower.close();
    }
  });

  it('the lead invites and removes participants; each change is an event, and a removed body stops reading', async () => {
    const fin = await follow(t, thread.id, '330000-FIN:VIEWER');
    const city = await follow(t, thread.id, '330100:VIEWER');
    try {
      const invited = await t.run(InviteThreadParticipantDocument, { input: { threadId: thread.id, bodyCode: '330000-NR' } }, '330000-DRC:LEAD');
      expect(codes(invited.data?.inviteThreadParticipant.thread?.participants)).toEqual(['330000-DRC', '330000-FIN', '330000-NR', '330100']);
      const removed = await t.run(RemoveThreadParticipantDocument, { input: { threadId: thread.id, bodyCode: '330100' } }, '330000-DRC:LEAD');
      expect(codes(removed.data?.removeThreadParticipant.thread?.participants)).toEqual(['330000-DRC', '330000-FIN', '330000-NR']);
      await post(t, '330000-NR:OFFICER', thread.id, '自然资源厅已加入。');
      const events = await fin.waitFor(3);
      expect(events.map((e) => [e.kind, e.body?.code ?? e.message?.author.code])).toEqual([
        ['PARTICIPANT_ADDED', '330000-NR'],
        ['PARTICIPANT_REMOVED', '330100'],
        ['MESSAGE_POSTED', '330000-NR'],
      ]);
      expect(await readThread(thread.id, '330100:VIEWER')).toBeNull();
      const history = await readThread(thread.id, '330000-DRC:VIEWER');
      expect(history?.events.edges.map((e) => e.node.kind)).toEqual([
        'OPENED',
        'MESSAGE_POSTED',
        'MESSAGE_POSTED',
        'MESSAGE_POSTED',
        'RESOURCE_SHARED',
        'PARTICIPANT_ADDED',
        'PARTICIPANT_REMOVED',
        'MESSAGE_POSTED',
      ]);
      // A marker instead of waiting for silence: invited back, the city receives that event next,
      // and nothing of what happened while it was out (its stream keeps their order).
      const back = await t.run(InviteThreadParticipantDocument, { input: { threadId: thread.id, bodyCode: '330100' } }, '330000-DRC:LEAD');
      expect(back.data?.inviteThreadParticipant.userErrors).toEqual([]);
      await city.waitFor(2);
      expect(city.events.map((e) => [e.kind, e.body?.code])).toEqual([
        ['PARTICIPANT_ADDED', '330000-NR'],
        ['PARTICIPANT_ADDED', '330100'],
      ]);
    } finally {
      await Promise.all([fin.close(), city.close()]);
    }
  });
});

describe('escalation', () => {
  it('moves a deadlocked cross-province thread to the leading group and notifies every participant', async () => {
    const thread = await openThread(t, 'CN-REFORM:LEAD', { leadBodyCode: '330000-DRC', participantCodes: ['320000-DRC'] });
    expect(thread.openedBy.code).toBe('CN-REFORM');
    const zj = await follow(t, thread.id, '330000-DRC:VIEWER');
    const js = await follow(t, thread.id, '320000-DRC:VIEWER');
    try {
      const r = await t.run(EscalateThreadDocument, { input: { threadId: thread.id, ground: 'DEADLOCK', reason: '两省对互认范围无法达成一致。' } }, '320000-DRC:OFFICER');
      expect(r.data?.escalateThread.userErrors).toEqual([]);
      expect(r.data?.escalateThread.thread).toMatchObject({ status: 'ESCALATED', lead: { code: 'CN-REFORM' } });
      expect(codes(r.data?.escalateThread.thread?.participants)).toEqual(['320000-DRC', '330000-DRC', 'CN-REFORM']);
      for (const f of [zj, js]) {
        const [event] = await f.waitFor(1);
        expect(event).toMatchObject({
          kind: 'ESCALATED',
          note: '两省对互认范围无法达成一致。',
          actor: { code: '320000-DRC' },
          body: { code: 'CN-REFORM' },
          previousLead: { code: '330000-DRC' },
          thread: { status: 'ESCALATED', lead: { code: 'CN-REFORM' } },
        });
      }
      // The new lead takes part; the old lead stays in and keeps posting.
      await post(t, 'CN-REFORM:LEAD', thread.id, '召集两省专题会商。');
      await post(t, '330000-DRC:OFFICER', thread.id, '浙江将派员参加。');
      expect((await zj.waitFor(3)).slice(1).map((e) => e.message?.author.code)).toEqual(['CN-REFORM', '330000-DRC']);
    } finally {
      await Promise.all([zj.close(), js.close()]);
    }
  });

  it('moves a thread opened by the central government between two provinces to the leading group', async () => {
    const thread = await openThread(t, 'CN:LEAD', { leadBodyCode: '330000-DRC', participantCodes: ['320000-FIN'] });
    const r = await t.run(EscalateThreadDocument, { input: { threadId: thread.id, ground: 'DEADLOCK', reason: '分歧无法调和。' } }, '330000-DRC:LEAD');
    expect(r.data?.escalateThread.thread).toMatchObject({ status: 'ESCALATED', lead: { code: 'CN-REFORM' } });
  });

  it('moves an overdue provincial thread to the lowest common government, then on to the leading group', async () => {
    const thread = await openThread(t, '330000-DRC:LEAD', { leadBodyCode: '330000-DRC', participantCodes: ['330100-FIN'] });
    await t.em.update(CoordinationThread, { rowId: parseGlobalId(thread.id)!.rowId }, { dueAt: new Date(Date.now() - 60_000) });
    const overdue = await t.run(BodyThreadsDocument, { code: '330100-FIN', overdue: true, first: 50 }, '330100-FIN:VIEWER');
    expect(overdue.data?.body?.threads.edges.map((e) => e.node.id)).toContain(thread.id);
    const r = await t.run(EscalateThreadDocument, { input: { threadId: thread.id, ground: 'OVERDUE', reason: '已逾期未办结。' } }, '330100-FIN:OFFICER');
    expect(r.data?.escalateThread.thread).toMatchObject({ status: 'ESCALATED', lead: { code: '330000' } });
    expect(codes(r.data?.escalateThread.thread?.participants)).toEqual(['330000', '330000-DRC', '330100-FIN']);
    const again = await t.run(EscalateThreadDocument, { input: { threadId: thread.id, ground: 'OVERDUE', reason: '省级仍未办结。' } }, '330000-DRC:OFFICER');
    expect(again.data?.escalateThread.thread).toMatchObject({ status: 'ESCALATED', lead: { code: 'CN-REFORM' } });
  });

  it('may name a leading group above the lowest common government', async () => {
    const thread = await openThread(t, '330000-DRC:LEAD', { leadBodyCode: '330000-DRC', participantCodes: ['330000-FIN'] });
    const r = await t.run(EscalateThreadDocument, { input: { threadId: thread.id, ground: 'DEADLOCK', reason: '需中央统筹。', toBodyCode: 'CN-REFORM' } }, '330000-FIN:OFFICER');
    expect(r.data?.escalateThread.thread).toMatchObject({ status: 'ESCALATED', lead: { code: 'CN-REFORM' } });
  });
});

describe('resolution', () => {
  it('a resolved thread refuses new messages; the lead reopens it, and so may a body above the lead', async () => {
    const thread = await openThread(t, '330000-DRC:LEAD', { leadBodyCode: '330000-DRC', participantCodes: ['330000-FIN'] });
    const follower = await follow(t, thread.id, '330000-FIN:VIEWER');
    try {
      const resolved = await t.run(ResolveThreadDocument, { input: { threadId: thread.id, resolution: '各方同意联合评审方案。' } }, '330000-DRC:LEAD');
      expect(resolved.data?.resolveThread.thread).toMatchObject({ status: 'RESOLVED', resolution: '各方同意联合评审方案。' });
      expect(resolved.data?.resolveThread.thread?.resolvedAt).toBeTruthy();
      const refused = await t.run(PostThreadMessageDocument, { input: { threadId: thread.id, content: '补充意见' } }, '330000-FIN:OFFICER');
      expectUserErrors(refused, ['THREAD_CLOSED']);
      const reopened = await t.run(ReopenThreadDocument, { input: { threadId: thread.id, reason: '财政测算有变。' } }, '330000-DRC:LEAD');
      expect(reopened.data?.reopenThread.thread).toMatchObject({ status: 'OPEN', resolution: null, resolvedAt: null });
      await post(t, '330000-FIN:OFFICER', thread.id, '补充意见');
      const events = await follower.waitFor(3);
      expect(events.map((e) => [e.kind, e.note])).toEqual([
        ['RESOLVED', '各方同意联合评审方案。'],
        ['REOPENED', '财政测算有变。'],
        ['MESSAGE_POSTED', null],
      ]);
      await t.run(ResolveThreadDocument, { input: { threadId: thread.id, resolution: '再次办结。' } }, '330000-DRC:LEAD');
      const byProvince = await t.run(ReopenThreadDocument, { input: { threadId: thread.id } }, '330000:LEAD');
      expect(byProvince.data?.reopenThread).toMatchObject({ userErrors: [], thread: { status: 'OPEN' } });
    } finally {
      await follower.close();
    }
  });

  it('filters a body’s threads by status', async () => {
    const thread = await openThread(t, '330200-DRC:LEAD', { leadBodyCode: '330200-DRC', participantCodes: ['330200-FIN'] });
    await t.run(ResolveThreadDocument, { input: { threadId: thread.id, resolution: '已办结。' } }, '330200-DRC:LEAD');
    const resolved = await t.run(BodyThreadsDocument, { code: '330200-FIN', status: 'RESOLVED', first: 10 }, '330200:VIEWER');
    expect(resolved.data?.body?.threads.edges.map((e) => e.node.id)).toEqual([thread.id]);
    const open = await t.run(BodyThreadsDocument, { code: '330200-FIN', status: 'OPEN', first: 10 }, '330200:VIEWER');
    expect(open.data?.body?.threads.totalCount).toBe(0);
  });
});

describe('idempotency and demo data', () => {
  it('a repeated idempotency key returns the first thread', async () => {
    const input = { subject: '重复提交测试', leadBodyCode: '340000-DRC', participantCodes: ['340000-FIN'], dueAt: inDays(10), idempotencyKey: 'open-once' };
    const a = await t.run(OpenCoordinationThreadDocument, { input }, '340000-DRC:LEAD');
    const b = await t.run(OpenCoordinationThreadDocument, { input }, '340000-DRC:LEAD');
    expect(b.data?.openCoordinationThread.thread?.id).toBe(a.data?.openCoordinationThread.thread?.id);
    const list = await t.run(BodyThreadsDocument, { code: '340000-FIN', first: 10 }, '340000:VIEWER');
    expect(list.data?.body?.threads.totalCount).toBe(1);
  });

  it('holds realistic threads on a fresh start, one of them escalated to the leading group', async () => {
    const r = await t.run(BodyThreadsDocument, { code: '330000-NR', first: 50 }, '330000-NR:VIEWER');
    const seeded = (r.data?.body?.threads.edges ?? []).map((e) => e.node);
    expect(seeded.find((n) => n.subject.includes('多评合一'))).toMatchObject({ status: 'OPEN', lead: { code: '330000-DRC' } });
    expect(seeded.find((n) => n.subject.includes('长三角'))).toMatchObject({ status: 'ESCALATED', lead: { code: 'CN-REFORM' } });
    const settled = await t.run(BodyThreadsDocument, { code: '330100-DRC', status: 'RESOLVED', first: 10 }, '330100:VIEWER');
    expect(settled.data?.body?.threads.edges[0]?.node.messages.totalCount).toBeGreaterThan(0);
  });
});
