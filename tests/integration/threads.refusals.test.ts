import { beforeAll, describe, expect, it } from 'vitest';
import {
  AnyNodeDocument,
  BodyThreadsDocument,
  EscalateThreadDocument,
  EscalateThreadMutationVariables,
  InviteThreadParticipantDocument,
  OpenCoordinationThreadDocument,
  OpenCoordinationThreadMutationVariables,
  PostThreadMessageDocument,
  RemoveThreadParticipantDocument,
  ReopenThreadDocument,
  ResolveThreadDocument,
  ShareThreadResourceDocument,
  ThreadNodeDocument,
} from '../generated/graphql';
import { openThread, post, subscribeErrors } from '../support/threads';
import { expectErrorCodes, inDays, userErrorCodes, useTestHub } from '../support/test-hub';

const t = useTestHub();

const openInput = (input: Partial<OpenCoordinationThreadMutationVariables['input']>): OpenCoordinationThreadMutationVariables['input'] => ({
  subject: '拒绝测试',
  leadBodyCode: '330000-DRC',
  participantCodes: ['330000-FIN'],
  dueAt: inDays(10),
  ...input,
});

async function refusedOpen(as: string, input: Partial<OpenCoordinationThreadMutationVariables['input']>, code: string) {
  const r = await t.unchanged(() => t.run(OpenCoordinationThreadDocument, { input: openInput(input) }, as));
  expect(r.data?.openCoordinationThread.thread).toBeNull();
  expect(userErrorCodes(r)).toEqual([code]);
}

describe('a thread of 330000-DRC, 330000-FIN and 330100 is closed to 320000-FIN on every path', () => {
  let thread: Awaited<ReturnType<typeof openThread>>;
  let messageId: string;
  beforeAll(async () => {
    thread = await openThread(t, '330000-DRC:LEAD', { leadBodyCode: '330000-DRC', participantCodes: ['330000-FIN', '330100'] });
    messageId = (await post(t, '330000-FIN:OFFICER', thread.id, '内部意见')).id;
  });

  it('cannot read it through node, nodes or nested ids', async () => {
    for (const as of ['320000-FIN:LEAD', '320000:LEAD', 'CN-MOF:LEAD', '330000-REFORM:VIEWER', undefined]) {
      const r = await t.run(ThreadNodeDocument, { id: thread.id, first: 10 }, as);
      expect(r.errors, as).toBeUndefined();
      expect(r.data?.node, as).toBeNull();
      expect((await t.run(AnyNodeDocument, { id: messageId }, as)).data?.node, as).toBeNull();
    }
    expect((await t.run(AnyNodeDocument, { id: messageId }, '330100:VIEWER')).data?.node?.id).toBe(messageId);
  });

  it('cannot list it through Body.threads', async () => {
    expectErrorCodes(await t.run(BodyThreadsDocument, { code: '330000-DRC', first: 10 }, '320000-FIN:LEAD'), ['FORBIDDEN']);
    expectErrorCodes(await t.run(BodyThreadsDocument, { code: '330000-DRC', first: 10 }), ['UNAUTHENTICATED']);
    const own = await t.run(BodyThreadsDocument, { code: '320000-FIN', first: 100 }, '320000-FIN:LEAD');
    expect(own.data?.body?.threads.edges.map((e) => e.node.id)).not.toContain(thread.id);
  });

  it('cannot post, share, escalate, invite or resolve in it (no such thread)', async () => {
    const id = thread.id;
    await t.unchanged(async () => {
      expect(userErrorCodes(await t.run(PostThreadMessageDocument, { input: { threadId: id, content: '越权发言' } }, '320000-FIN:LEAD'))).toEqual(['NOT_FOUND']);
      expect(
        userErrorCodes(await t.run(ShareThreadResourceDocument, { input: { threadId: id, title: '越权资料', kind: 'DOCUMENT', uri: 'https://example.org/x' } }, '320000-FIN:OFFICER')),
      ).toEqual(['NOT_FOUND']);
      expect(userErrorCodes(await t.run(EscalateThreadDocument, { input: { threadId: id, ground: 'DEADLOCK', reason: '越权升级' } }, '320000-FIN:LEAD'))).toEqual(['NOT_FOUND']);
      expect(userErrorCodes(await t.run(InviteThreadParticipantDocument, { input: { threadId: id, bodyCode: '320000-FIN' } }, '320000-FIN:LEAD'))).toEqual(['NOT_FOUND']);
      expect(userErrorCodes(await t.run(ResolveThreadDocument, { input: { threadId: id, resolution: '越权办结' } }, '320000-FIN:LEAD'))).toEqual(['NOT_FOUND']);
    });
  });

  it('cannot subscribe to its activity', async () => {
    expect(await subscribeErrors(t, thread.id, '320000-FIN:LEAD')).toEqual(['FORBIDDEN']);
    expect(await subscribeErrors(t, thread.id, '330000-REFORM:VIEWER')).toEqual(['FORBIDDEN']);
    expect(await subscribeErrors(t, thread.id)).toEqual(['CLOSE_4401']);
  });

  it('refuses the public, viewers and malformed ids at the edge', async () => {
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(PostThreadMessageDocument, { input: { threadId: thread.id, content: '匿名' } }), ['UNAUTHENTICATED']);
      expectErrorCodes(await t.run(PostThreadMessageDocument, { input: { threadId: thread.id, content: '只读' } }, '330000-FIN:VIEWER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(PostThreadMessageDocument, { input: { threadId: 'not-an-id', content: '格式' } }, '330000-FIN:OFFICER'), ['BAD_USER_INPUT']);
      expectErrorCodes(await t.run(PostThreadMessageDocument, { input: { threadId: messageId, content: '类型' } }, '330000-FIN:OFFICER'), ['BAD_USER_INPUT']);
    });
  });

  it('refuses a body above a participant that does not take part itself', async () => {
    await t.unchanged(async () => {
      expect(userErrorCodes(await t.run(PostThreadMessageDocument, { input: { threadId: thread.id, content: '上级旁听' } }, '330000:LEAD'))).toEqual(['NOT_PARTICIPANT']);
      expect(userErrorCodes(await t.run(EscalateThreadDocument, { input: { threadId: thread.id, ground: 'DEADLOCK', reason: '旁听升级' } }, '330000:LEAD'))).toEqual(['NOT_PARTICIPANT']);
    });
  });

  it('refuses invalid messages and resources', async () => {
    await t.unchanged(async () => {
      expect(userErrorCodes(await t.run(PostThreadMessageDocument, { input: { threadId: thread.id, content: '   ' } }, '330000-FIN:OFFICER'))).toEqual(['VALIDATION_FAILED']);
      const share = (input: Record<string, unknown>) =>
        t.run(ShareThreadResourceDocument, { input: { threadId: thread.id, title: '资料', kind: 'DOCUMENT' as const, ...input } }, '330000-FIN:OFFICER');
      expect(userErrorCodes(await share({}))).toEqual(['VALIDATION_FAILED']);
      expect(userErrorCodes(await share({ uri: 'ftp://example.org/x' }))).toEqual(['VALIDATION_FAILED']);
      expect(userErrorCodes(await share({ contentHash: 'abc' }))).toEqual(['VALIDATION_FAILED']);
      expect(userErrorCodes(await share({ uri: 'https://example.org/x', providedByCode: '320000-FIN' }))).toEqual(['NOT_PARTICIPANT']);
    });
  });
});

describe('openCoordinationThread refusals', () => {
  it('refuses participants outside the opener’s reach', async () => {
    await refusedOpen('330000-DRC:LEAD', { participantCodes: ['330000-FIN', '320000-FIN'] }, 'PARTICIPANT_OUT_OF_REACH');
    await refusedOpen('330100-DRC:LEAD', { leadBodyCode: '330100-DRC', participantCodes: ['330000-FIN'] }, 'PARTICIPANT_OUT_OF_REACH');
  });

  it('refuses a lead the opener may not appoint', async () => {
    await refusedOpen('330000-FIN:LEAD', { leadBodyCode: '330000-DRC', participantCodes: ['330000-FIN'] }, 'LEAD_NOT_ALLOWED');
    await refusedOpen('330100:LEAD', { leadBodyCode: '330100-DRC', participantCodes: ['330000-FIN'] }, 'PARTICIPANT_OUT_OF_REACH');
  });

  it('refuses bad input: unknown bodies, a lone lead, a past due date, a reused key', async () => {
    await refusedOpen('330000-DRC:LEAD', { participantCodes: ['330000-NOPE'] }, 'NOT_FOUND');
    await refusedOpen('330000-DRC:LEAD', { leadBodyCode: 'NOPE' }, 'NOT_FOUND');
    await refusedOpen('330000-DRC:LEAD', { participantCodes: ['330000-DRC'] }, 'VALIDATION_FAILED');
    await refusedOpen('330000-DRC:LEAD', { dueAt: inDays(-1) }, 'VALIDATION_FAILED');
    await refusedOpen('330000-DRC:LEAD', { subject: ' ' }, 'VALIDATION_FAILED');
    await openThread(t, '330000-DRC:LEAD', openInput({ idempotencyKey: 'reused-key' }));
    await refusedOpen('330000-DRC:LEAD', { subject: '另一事项', idempotencyKey: 'reused-key' }, 'IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses callers without the LEAD role or a token', async () => {
    await t.unchanged(async () => {
      expectErrorCodes(await t.run(OpenCoordinationThreadDocument, { input: openInput({}) }, '330000-DRC:OFFICER'), ['FORBIDDEN']);
      expectErrorCodes(await t.run(OpenCoordinationThreadDocument, { input: openInput({}) }), ['UNAUTHENTICATED']);
    });
  });
});

describe('membership refusals', () => {
  let threadId: string;
  beforeAll(async () => {
    threadId = (await openThread(t, '330000-DRC:LEAD', { leadBodyCode: '330000-DRC', participantCodes: ['330000-FIN', '330100'] })).id;
  });

  it('only the lead invites and removes', async () => {
    await t.unchanged(async () => {
      expect(userErrorCodes(await t.run(InviteThreadParticipantDocument, { input: { threadId, bodyCode: '330000-NR' } }, '330000-FIN:LEAD'))).toEqual(['NOT_THREAD_LEAD']);
      expect(userErrorCodes(await t.run(RemoveThreadParticipantDocument, { input: { threadId, bodyCode: '330100' } }, '330000-FIN:LEAD'))).toEqual(['NOT_THREAD_LEAD']);
      expectErrorCodes(await t.run(InviteThreadParticipantDocument, { input: { threadId, bodyCode: '330000-NR' } }, '330000-DRC:OFFICER'), ['FORBIDDEN']);
    });
  });

  it('refuses to remove the lead, or a body that does not take part', async () => {
    await t.unchanged(async () => {
      expect(userErrorCodes(await t.run(RemoveThreadParticipantDocument, { input: { threadId, bodyCode: '330000-DRC' } }, '330000-DRC:LEAD'))).toEqual(['LEAD_CANNOT_LEAVE']);
      expect(userErrorCodes(await t.run(RemoveThreadParticipantDocument, { input: { threadId, bodyCode: '330000-NR' } }, '330000-DRC:LEAD'))).toEqual(['NOT_PARTICIPANT']);
    });
  });

  it('refuses to invite a participant twice, or a body outside the lead’s reach', async () => {
    await t.unchanged(async () => {
      expect(userErrorCodes(await t.run(InviteThreadParticipantDocument, { input: { threadId, bodyCode: '330100' } }, '330000-DRC:LEAD'))).toEqual(['ALREADY_PARTICIPANT']);
      expect(userErrorCodes(await t.run(InviteThreadParticipantDocument, { input: { threadId, bodyCode: '320000-FIN' } }, '330000-DRC:LEAD'))).toEqual(['PARTICIPANT_OUT_OF_REACH']);
      expect(userErrorCodes(await t.run(InviteThreadParticipantDocument, { input: { threadId, bodyCode: 'NOPE' } }, '330000-DRC:LEAD'))).toEqual(['NOT_FOUND']);
    });
  });
});

describe('escalation refusals', () => {
  const escalate = (as: string, input: EscalateThreadMutationVariables['input']) => t.run(EscalateThreadDocument, { input }, as);

  it('refuses escalating past the leading group', async () => {
    const thread = await openThread(t, 'CN-REFORM:LEAD', { leadBodyCode: '330000-DRC', participantCodes: ['320000-DRC'] });
    const first = await escalate('330000-DRC:OFFICER', { threadId: thread.id, ground: 'DEADLOCK', reason: '两省僵持。' });
    expect(first.data?.escalateThread.thread?.lead.code).toBe('CN-REFORM');
    await t.unchanged(async () => {
      expect(userErrorCodes(await escalate('320000-DRC:OFFICER', { threadId: thread.id, ground: 'DEADLOCK', reason: '继续升级。' }))).toEqual(['ESCALATION_LIMIT']);
      expect(userErrorCodes(await escalate('CN-REFORM:LEAD', { threadId: thread.id, ground: 'DEADLOCK', reason: '继续升级。' }))).toEqual(['ESCALATION_LIMIT']);
    });
  });

  it('refuses escalating a thread the central government leads', async () => {
    const thread = await openThread(t, 'CN:LEAD', { leadBodyCode: 'CN', participantCodes: ['330000', '320000'] });
    await t.unchanged(async () => {
      expect(userErrorCodes(await escalate('330000:LEAD', { threadId: thread.id, ground: 'DEADLOCK', reason: '无可升级。' }))).toEqual(['ESCALATION_LIMIT']);
    });
  });

  it('refuses an OVERDUE ground before the due date, a blank reason, and a target that is no group above', async () => {
    const thread = await openThread(t, '330000-DRC:LEAD', { leadBodyCode: '330000-DRC', participantCodes: ['330000-FIN'] });
    await t.unchanged(async () => {
      expect(userErrorCodes(await escalate('330000-FIN:OFFICER', { threadId: thread.id, ground: 'OVERDUE', reason: '尚未逾期。' }))).toEqual(['NOT_OVERDUE']);
      expect(userErrorCodes(await escalate('330000-FIN:OFFICER', { threadId: thread.id, ground: 'DEADLOCK', reason: ' ' }))).toEqual(['VALIDATION_FAILED']);
      expect(userErrorCodes(await escalate('330000-FIN:OFFICER', { threadId: thread.id, ground: 'DEADLOCK', reason: '指定目标。', toBodyCode: '330000-FIN' }))).toEqual([
        'INVALID_ESCALATION_TARGET',
      ]);
      expect(userErrorCodes(await escalate('330000-FIN:OFFICER', { threadId: thread.id, ground: 'DEADLOCK', reason: '指定目标。', toBodyCode: 'CN-MOF' }))).toEqual([
        'INVALID_ESCALATION_TARGET',
      ]);
      expectErrorCodes(await escalate('330000-FIN:VIEWER', { threadId: thread.id, ground: 'DEADLOCK', reason: '只读。' }), ['FORBIDDEN']);
    });
  });
});

describe('resolved threads are read-only', () => {
  let threadId: string;
  beforeAll(async () => {
    threadId = (await openThread(t, '330000-DRC:LEAD', { leadBodyCode: '330000-DRC', participantCodes: ['330000-FIN', '330100'] })).id;
  });

  it('only the lead resolves, and only an active thread', async () => {
    await t.unchanged(async () => {
      expect(userErrorCodes(await t.run(ResolveThreadDocument, { input: { threadId, resolution: '越位办结。' } }, '330000-FIN:LEAD'))).toEqual(['NOT_THREAD_LEAD']);
      expect(userErrorCodes(await t.run(ReopenThreadDocument, { input: { threadId } }, '330000-DRC:LEAD'))).toEqual(['INVALID_STATE']);
    });
    const resolved = await t.run(ResolveThreadDocument, { input: { threadId, resolution: '已办结。' } }, '330000-DRC:LEAD');
    expect(resolved.data?.resolveThread.thread?.status).toBe('RESOLVED');
  });

  it('refuses messages, resources, members, escalation and a second resolution', async () => {
    await t.unchanged(async () => {
      const closed = ['THREAD_CLOSED'];
      expect(userErrorCodes(await t.run(PostThreadMessageDocument, { input: { threadId, content: '办结后发言' } }, '330000-FIN:OFFICER'))).toEqual(closed);
      expect(userErrorCodes(await t.run(PostThreadMessageDocument, { input: { threadId, content: '办结后发言' } }, '330000-DRC:LEAD'))).toEqual(closed);
      expect(
        userErrorCodes(await t.run(ShareThreadResourceDocument, { input: { threadId, title: '办结后资料', kind: 'OTHER', uri: 'https://example.org/y' } }, '330000-FIN:OFFICER')),
      ).toEqual(closed);
      expect(userErrorCodes(await t.run(InviteThreadParticipantDocument, { input: { threadId, bodyCode: '330000-NR' } }, '330000-DRC:LEAD'))).toEqual(closed);
      expect(userErrorCodes(await t.run(RemoveThreadParticipantDocument, { input: { threadId, bodyCode: '330100' } }, '330000-DRC:LEAD'))).toEqual(closed);
      expect(userErrorCodes(await t.run(EscalateThreadDocument, { input: { threadId, ground: 'DEADLOCK', reason: '办结后升级。' } }, '330000-FIN:OFFICER'))).toEqual(closed);
      expect(userErrorCodes(await t.run(ResolveThreadDocument, { input: { threadId, resolution: '再次办结。' } }, '330000-DRC:LEAD'))).toEqual(closed);
    });
  });

  it('refuses reopening by a participant that does not lead, or a body not above the lead', async () => {
    await t.unchanged(async () => {
      expect(userErrorCodes(await t.run(ReopenThreadDocument, { input: { threadId } }, '330000-FIN:LEAD'))).toEqual(['NOT_THREAD_LEAD']);
      expect(userErrorCodes(await t.run(ReopenThreadDocument, { input: { threadId } }, '330100:LEAD'))).toEqual(['NOT_THREAD_LEAD']);
      expect(userErrorCodes(await t.run(ReopenThreadDocument, { input: { threadId } }, '320000:LEAD'))).toEqual(['NOT_FOUND']);
    });
  });
});
