import { describe, expect, it } from 'vitest';
import {
  AcknowledgeDirectiveDocument,
  AcknowledgementSummaryDocument,
  DirectiveIssuedDocument,
  DirectiveIssuedSubscription,
  DirectiveViewDocument,
  FeedbackInboxDocument,
  FeedbackReceivedDocument,
  InboxDashboardCursorDocument,
  InboxDashboardDocument,
  InboxDocument,
  IssueDirectiveDocument,
  IssueDirectiveMutationVariables,
  PublicDirectivesDocument,
  RespondToFeedbackDocument,
  ReviseDirectiveDocument,
  SubmitFeedbackDocument,
} from '../generated/graphql';
import { clientFor, subscribe } from '../support/subscriptions';
import { useTestHub } from '../support/test-hub';
import { print } from 'graphql';

const t = useTestHub();

let n = 0;
async function issue(as: string, input: Partial<IssueDirectiveMutationVariables['input']>) {
  const r = await t.run(IssueDirectiveDocument, { input: { title: `指令 ${++n}`, content: '内容', ...input } }, as);
  if (r.errors || r.data?.issueDirective.userErrors.length) throw new Error(JSON.stringify(r.errors ?? r.data?.issueDirective.userErrors));
  return r.data!.issueDirective.directive!;
}

const titles = (events: DirectiveIssuedSubscription[]) => events.map((e) => e.directiveIssued.directive.title);

describe('directives reach their subtree, live', () => {
  it('delivers a directive to every municipal government of Zhejiang and to no one else', async () => {
    const hz = subscribe(t.hub.wsUrl, await t.token('330100', ['VIEWER']), DirectiveIssuedDocument, { after: await t.inboxCursor('330100') });
    const nb = subscribe(t.hub.wsUrl, await t.token('330200', ['OFFICER']), DirectiveIssuedDocument, { after: await t.inboxCursor('330200') });
    const nj = subscribe(t.hub.wsUrl, await t.token('320100', ['LEAD']), DirectiveIssuedDocument, { after: await t.inboxCursor('320100') });
    const d = await issue('330000:LEAD', { title: '全省指令', audienceLevel: 'MUNICIPAL', requiresAcknowledgement: true });
    expect(d.acknowledgementSummary).toEqual({ total: 11, acknowledged: 0, overdue: 0 });
    const [a] = await hz.waitFor(1);
    const [b] = await nb.waitFor(1);
    expect(a.directiveIssued).toMatchObject({ directive: { id: d.id, title: '全省指令', issuer: { code: '330000' } }, receipt: { recipient: { code: '330100' } } });
    expect(b.directiveIssued.receipt.recipient.code).toBe('330200');
    // Nanjing's stream, in order: a directive of its own arrives, and nothing of Zhejiang's before it.
    await issue('320000:LEAD', { title: '江苏指令', recipientCodes: ['320100'] });
    expect(titles(await nj.waitFor(1))).toEqual(['江苏指令']);
    await Promise.all([hz.close(), nb.close(), nj.close()]);
  });

  it('issues to one body or to all eleven cities in the same number of statements (bulk receipts and seqs)', async () => {
    const one = await t.run(IssueDirectiveDocument, { input: { title: '单个', content: '内容', recipientCodes: ['330100'] } }, '330000:LEAD');
    const all = await t.run(IssueDirectiveDocument, { input: { title: '全部', content: '内容', audienceLevel: 'MUNICIPAL' } }, '330000:LEAD');
    expect(one.data?.issueDirective.userErrors).toEqual([]);
    expect(all.data?.issueDirective.userErrors).toEqual([]);
    expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(all.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    // every city got its next seq: the two deliveries to 330100 follow each other
    const inbox = await t.run(InboxDashboardCursorDocument, { code: '330100', first: 2 }, '330100:VIEWER');
    expect(inbox.data?.body?.directiveInbox.edges).toHaveLength(2);
    const seqs = inbox.data!.body!.directiveInbox.edges.map((e) => JSON.parse(Buffer.from(e.cursor, 'base64url').toString())[1] as number);
    expect(seqs[0]).toBe(seqs[1] + 1);
  });

  it('lets a subscriber acknowledge over the same connection', async () => {
    const token = await t.token('330300', ['OFFICER']);
    const client = clientFor(t.hub.wsUrl, token);
    const sub = subscribe(t.hub.wsUrl, token, DirectiveIssuedDocument, { after: await t.inboxCursor('330300') }, client);
    const d = await issue('330000:LEAD', { recipientCodes: ['330300'], requiresAcknowledgement: true });
    const [delivery] = await sub.waitFor(1);
    const ack = await new Promise<{ data?: { acknowledgeDirective: { userErrors: unknown[]; receipt: { acknowledgedAt: string | null } | null } } }>((resolve, reject) =>
      client.subscribe({ query: print(AcknowledgeDirectiveDocument), variables: { input: { directiveId: delivery.directiveIssued.directive.id } } }, { next: resolve as never, error: reject, complete: () => undefined }),
    );
    expect(ack.data?.acknowledgeDirective.userErrors).toEqual([]);
    expect(ack.data?.acknowledgeDirective.receipt?.acknowledgedAt).toBeTruthy();
    const summary = await t.run(AcknowledgementSummaryDocument, { id: d.id }, '330000:VIEWER');
    expect(summary.data?.node).toMatchObject({ acknowledgementSummary: { total: 1, acknowledged: 1, overdue: 0 } });
    await sub.close();
    await client.dispose();
  });
});

describe('resuming from a cursor', () => {
  it('replays exactly what was missed, in order, then continues live — also across a restart', async () => {
    const token = await t.token('330400', ['VIEWER']);
    const first = subscribe(t.hub.wsUrl, token, DirectiveIssuedDocument, { after: await t.inboxCursor('330400') });
    await issue('330000:LEAD', { recipientCodes: ['330400'], title: 'before' });
    const [seen] = await first.waitFor(1);
    await first.close();

    for (let i = 1; i <= 5; i++) await issue('330000:LEAD', { recipientCodes: ['330400'], title: `missed ${i}` });
    const resumed = subscribe(t.hub.wsUrl, token, DirectiveIssuedDocument, { after: seen.directiveIssued.cursor });
    const replayed = await resumed.waitFor(5);
    expect(titles(replayed)).toEqual(['missed 1', 'missed 2', 'missed 3', 'missed 4', 'missed 5']);
    await issue('330000:LEAD', { recipientCodes: ['330400'], title: 'live' });
    await issue('330000:LEAD', { recipientCodes: ['330400'], title: 'marker' });
    const all = await resumed.waitFor(7);
    expect(titles(all)).toEqual([...titles(all.slice(0, 5)), 'live', 'marker']);
    expect(titles(resumed.received)).toHaveLength(7);
    const last = resumed.received[6].directiveIssued.cursor;
    await resumed.close();

    await t.restart();
    for (let i = 1; i <= 3; i++) await issue('330000:LEAD', { recipientCodes: ['330400'], title: `after restart ${i}` });
    const again = subscribe(t.hub.wsUrl, token, DirectiveIssuedDocument, { after: last });
    expect(titles(await again.waitFor(3))).toEqual(['after restart 1', 'after restart 2', 'after restart 3']);
    await issue('330000:LEAD', { recipientCodes: ['330400'], title: 'marker 2' });
    expect(titles(await again.waitFor(4))).toEqual(['after restart 1', 'after restart 2', 'after restart 3', 'marker 2']);
    await again.close();
  });
});

describe('feedback goes up, and can cause a revision', () => {
  it('reaches the province live, is answered, and a revision names it and is delivered again', async () => {
    const province = subscribe(t.hub.wsUrl, await t.token('330000', ['LEAD']), FeedbackReceivedDocument, { after: await t.inboxCursor('330000', 'feedback') });
    const city = subscribe(t.hub.wsUrl, await t.token('330500', ['OFFICER']), DirectiveIssuedDocument, { after: await t.inboxCursor('330500') });
    const d = await issue('330000:LEAD', { recipientCodes: ['330500'], title: '原指令' });
    await city.waitFor(1);
    const fb = await t.run(SubmitFeedbackDocument, { input: { kind: 'OBJECTION', content: '期限过紧', directiveId: d.id } }, '330500:OFFICER');
    expect(fb.data?.submitFeedback.feedback).toMatchObject({ sender: { code: '330500' }, recipient: { code: '330000' }, directive: { id: d.id } });
    const [got] = await province.waitFor(1);
    expect(got.feedbackReceived.feedback).toMatchObject({ kind: 'OBJECTION', content: '期限过紧', sender: { code: '330500' } });

    const general = await t.run(SubmitFeedbackDocument, { input: { kind: 'PROGRESS', content: '进展顺利' } }, '330500:OFFICER');
    expect(general.data?.submitFeedback.feedback?.recipient.code).toBe('330000');

    const feedbackId = fb.data!.submitFeedback.feedback!.id;
    const answer = await t.run(RespondToFeedbackDocument, { input: { feedbackId, resolution: 'WILL_REVISE', response: '将延长期限' } }, '330000:OFFICER');
    expect(answer.data?.respondToFeedback.feedback).toMatchObject({ resolution: 'WILL_REVISE' });
    const inbox = await t.run(FeedbackInboxDocument, { code: '330000', unansweredOnly: true }, '330000:VIEWER');
    expect(inbox.data?.body?.feedbackInbox.edges.map((e) => e.node.id)).not.toContain(feedbackId);

    const revised = await t.run(ReviseDirectiveDocument, { input: { directiveId: d.id, causedByFeedbackId: feedbackId, content: '期限延长至月底' } }, '330000:LEAD');
    expect(revised.data?.reviseDirective.directive).toMatchObject({ version: 2, supersedes: { id: d.id }, causedBy: { id: feedbackId }, content: '期限延长至月底' });
    const deliveries = await city.waitFor(2);
    expect(deliveries.map((x) => x.directiveIssued.directive.version)).toEqual([1, 2]);
    const chain = await t.run(DirectiveViewDocument, { id: d.id }, '330000:VIEWER');
    expect(chain.data?.node).toMatchObject({ revisions: [{ version: 2 }] });
    await Promise.all([province.close(), city.close()]);
  });
});

describe('reading', () => {
  it('shows a body its inbox and a province its cities’ inboxes, newest first, with a pending filter', async () => {
    const d = await issue('330000:LEAD', { recipientCodes: ['330600'], requiresAcknowledgement: true, title: '待确认' });
    await issue('330000:LEAD', { recipientCodes: ['330600'], title: '仅阅知' });
    const own = await t.run(InboxDocument, { code: '330600', first: 2 }, '330600:VIEWER');
    expect(own.data?.body?.directiveInbox.edges.map((e) => e.node.directive.title)).toEqual(['仅阅知', '待确认']);
    const fromProvince = await t.run(InboxDocument, { code: '330600', pendingOnly: true, first: 100 }, '330000-FIN:VIEWER');
    const pendingBefore = fromProvince.data!.body!.directiveInbox.totalCount;
    expect(fromProvince.data?.body?.directiveInbox.edges.map((e) => e.node.directive.title)).toEqual(expect.arrayContaining(['仅阅知', '待确认']));
    await t.run(AcknowledgeDirectiveDocument, { input: { directiveId: d.id } }, '330600:OFFICER');
    const pending = await t.run(InboxDocument, { code: '330600', pendingOnly: true, first: 100 }, '330600:VIEWER');
    expect(pending.data?.body?.directiveInbox.totalCount).toBe(pendingBefore - 1);
    expect(pending.data?.body?.directiveInbox.edges.map((e) => e.node.directive.title)).not.toContain('待确认');
  });

  it('answers the inbox dashboard in 4 statements at any page size, with the same figures as the single reads', async () => {
    const d = await issue('330000:LEAD', { audienceLevel: 'MUNICIPAL', requiresAcknowledgement: true, title: '看板指令' });
    await t.run(AcknowledgeDirectiveDocument, { input: { directiveId: d.id } }, '330200:OFFICER');
    const small = await t.run(InboxDashboardDocument, { code: '330100', first: 1 }, '330100:VIEWER');
    const large = await t.run(InboxDashboardDocument, { code: '330100', first: 100 }, '330100:VIEWER');
    expect(large.errors).toBeUndefined();
    // body by code + inbox page (total, directive, issuer, acknowledgement summary) + threads (lead) + delegations (power)
    expect(large.extensions?.sqlStatements).toBe(4);
    expect(small.extensions?.sqlStatements).toBe(large.extensions?.sqlStatements);
    const inbox = large.data!.body!.directiveInbox;
    expect(inbox.edges.length).toBeGreaterThan(1);
    expect(inbox.totalCount).toBe(inbox.edges.length);
    expect(small.data!.body!.directiveInbox.totalCount).toBe(inbox.totalCount);
    const mine = inbox.edges.find((e) => e.node.directive.id === d.id)!.node.directive;
    expect(mine.issuer).toEqual({ code: '330000', name: '浙江省' });
    const single = await t.run(AcknowledgementSummaryDocument, { id: d.id }, '330000:VIEWER');
    expect(single.data?.node).toMatchObject({ acknowledgementSummary: mine.acknowledgementSummary });
    expect(mine.acknowledgementSummary.acknowledged).toBe(1);
    const { threads, delegationsReceived } = large.data!.body!;
    expect(threads.totalCount).toBe(threads.edges.length);
    expect(threads.edges.every((e) => e.node.lead.code.length > 0)).toBe(true);
    expect(delegationsReceived.totalCount).toBeGreaterThan(0);
    expect(delegationsReceived.edges.every((e) => e.node.power.code.length > 0)).toBe(true);
  });

  it('pages the inbox after a cursor with the whole list’s total', async () => {
    const first = await t.run(InboxDocument, { code: '330100', first: 1 }, '330100:VIEWER');
    const all = await t.run(InboxDocument, { code: '330100', first: 100 }, '330100:VIEWER');
    const cursor = all.data!.body!.directiveInbox.edges[0].node.id;
    expect(first.data!.body!.directiveInbox.edges[0].node.id).toBe(cursor);
    const titles = all.data!.body!.directiveInbox.edges.map((e) => e.node.id);
    expect(titles.length).toBeGreaterThan(2);
    const after = await t.run(InboxDashboardCursorDocument, { code: '330100', first: 1 }, '330100:VIEWER');
    const next = await t.run(InboxDocument, { code: '330100', first: 1, after: after.data!.body!.directiveInbox.edges[0].cursor }, '330100:VIEWER');
    expect(next.data!.body!.directiveInbox.edges.map((e) => e.node.id)).toEqual([titles[1]]);
    expect(next.data!.body!.directiveInbox.totalCount).toBe(all.data!.body!.directiveInbox.totalCount);
  });

  it('lets the public read public directives only', async () => {
    await issue('330000:LEAD', { recipientCodes: ['330700'], title: '公开指令', public: true });
    const secret = await issue('330000:LEAD', { recipientCodes: ['330700'], title: '内部指令' });
    const pub = await t.run(PublicDirectivesDocument, {});
    const list = pub.data?.publicDirectives.edges.map((e) => e.node.title) ?? [];
    expect(list).toContain('公开指令');
    expect(list).not.toContain('内部指令');
    expect((await t.run(DirectiveViewDocument, { id: secret.id })).data?.node).toBeNull();
  });
});
