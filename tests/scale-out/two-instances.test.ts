import { describe, expect, it } from 'vitest';
import { Role } from '../../src/platform/auth/roles';
import { Hub, startHub } from '../../src/server/hub';
import { execute } from '../support/client';
import { DelegatePowerDocument, DirectiveIssuedDocument, IssueDirectiveDocument, SubmitFeedbackDocument, FeedbackReceivedDocument } from '../generated/graphql';
import { subscribe } from '../support/subscriptions';
import { inboxCursorOf } from '../support/test-hub';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import { expectFiredOnce, token, useTwoInstances, withRedis } from '../support/two-instances';

// Two hub instances on different ports over one PostgreSQL database and one Redis: what is issued
// through one reaches subscribers of the other, and a subscriber resumes on either.
const pair = useTwoInstances();

async function issue(hub: Hub, title: string, recipient = '330100') {
  const r = await execute(hub.url, IssueDirectiveDocument, { input: { title, content: '跨实例', recipientCodes: [recipient] } }, { token: await token('330000', [Role.LEAD]) });
  if (r.errors || r.data?.issueDirective.userErrors.length) throw new Error(JSON.stringify(r));
  return r.data!.issueDirective.directive!;
}

describe('two instances over PostgreSQL and Redis', () => {
  it('report Redis in their readiness', async () => {
    const ready = await (await fetch(`http://localhost:${pair.b.port}/readyz`)).json();
    expect(ready).toEqual({ status: 'ready', database: true, pubsub: true });
  });

  it('deliver a directive issued through A to a subscriber on B, and feedback through B to A', async () => {
    const onB = subscribe(pair.b.wsUrl, await token('330100', [Role.VIEWER]), DirectiveIssuedDocument, { after: await inboxCursorOf(pair.b, '330100') });
    const onA = subscribe(pair.a.wsUrl, await token('330000', [Role.LEAD]), FeedbackReceivedDocument, { after: await inboxCursorOf(pair.a, '330000', 'feedback') });
    const d = await issue(pair.a, 'via A');
    const [got] = await onB.waitFor(1);
    expect(got.directiveIssued.directive.id).toBe(d.id);
    await execute(pair.b.url, SubmitFeedbackDocument, { input: { kind: 'PROGRESS', content: 'via B' } }, { token: await token('330100', [Role.OFFICER]) });
    const [fb] = await onA.waitFor(1);
    expect(fb.feedbackReceived.feedback.content).toBe('via B');
    await Promise.all([onA.close(), onB.close()]);
  });

  it('resume on either instance, and keep order when both issue concurrently', async () => {
    const viewer = await token('330200', [Role.VIEWER]);
    const first = subscribe(pair.a.wsUrl, viewer, DirectiveIssuedDocument, { after: await inboxCursorOf(pair.a, '330200') });
    await issue(pair.b, 'start', '330200');
    const [start] = await first.waitFor(1);
    await first.close();
    for (let i = 0; i < 5; i++) await issue(i % 2 ? pair.a : pair.b, `missed ${i}`, '330200');
    const resumed = subscribe(pair.b.wsUrl, viewer, DirectiveIssuedDocument, { after: start.directiveIssued.cursor });
    const replay = await resumed.waitFor(5);
    expect(replay.map((e) => e.directiveIssued.directive.title)).toEqual(['missed 0', 'missed 1', 'missed 2', 'missed 3', 'missed 4']);

    const watcherOnA = subscribe(pair.a.wsUrl, viewer, DirectiveIssuedDocument, { after: replay[4].directiveIssued.cursor });
    await Promise.all([0, 1].map(async (k) => { for (let i = 0; i < 30; i++) await issue(k ? pair.a : pair.b, `race ${k}-${i}`, '330200'); }));
    await issue(pair.a, 'marker', '330200'); // arrives last: nothing beyond the expected can come after it
    const all = (await resumed.waitFor(66, 20_000)).slice(0, 65);
    const watched = (await watcherOnA.waitFor(61, 20_000)).slice(0, 60);
    expect(resumed.received.at(-1)?.directiveIssued.directive.title).toBe('marker');
    expect(watcherOnA.received.at(-1)?.directiveIssued.directive.title).toBe('marker');
    resumed.received.pop();
    watcherOnA.received.pop();
    const cursors = (xs: typeof all) => xs.map((e) => Number(Buffer.from(e.directiveIssued.cursor, 'base64url').toString().slice(5)));
    const seqB = cursors(resumed.received);
    const seqA = cursors(watcherOnA.received);
    expect(resumed.received).toHaveLength(65);
    expect(watcherOnA.received).toHaveLength(60);
    expect(seqB).toEqual([...seqB].sort((x, y) => x - y));
    expect(new Set(seqB).size).toBe(65);
    expect(seqA).toEqual(seqB.slice(5));
    expect(watched.map((e) => e.directiveIssued.directive.id)).toEqual(all.slice(5).map((e) => e.directiveIssued.directive.id));
    await Promise.all([resumed.close(), watcherOnA.close()]);
  });

  it('share rate-limit budgets through Redis', async () => {
    const config = withRedis(pair.storage.config, 'hub-rl', { rateLimitAccount: 60 });
    const c = await startHub(config);
    const d = await startHub(config);
    try {
      const viewer = await token('330300', [Role.VIEWER]);
      const query = JSON.stringify({ query: '{ body(code: "330300") { code name parent { code } } }' });
      const post = (hub: Hub) => fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer}` }, body: query });
      const first = await post(c);
      const spent = 60 - Number(first.headers.get('ratelimit-remaining'));
      expect(spent).toBeGreaterThan(0);
      const onD = await post(d);
      expect(Number(onD.headers.get('ratelimit-remaining'))).toBe(60 - 2 * spent);
      let status = 200;
      for (let i = 0; i < 30 && status !== 429; i++) status = (await post(i % 2 ? c : d)).status;
      expect(status).toBe(429);
    } finally {
      await c.stop();
      await d.stop();
    }
  });

  it('fire each deadline once, whichever instance gets to it', async () => {
    const lead = await token('330000', [Role.LEAD]);
    // One moment for all twelve, so both schedulers find them due together; issued at once, they
    // need only a short margin (one issued after it would be refused, and the test fail).
    const at = new Date(Date.now() + 1500).toISOString();
    const issued = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        execute(i % 2 ? pair.a.url : pair.b.url, IssueDirectiveDocument, { input: { title: `期限 ${i}`, content: '内容', recipientCodes: ['330100', '330200'], requiresAcknowledgement: true, acknowledgeBy: at } }, { token: lead }),
      ),
    );
    for (const r of issued) expect(r.data?.issueDirective.userErrors).toEqual([]);
    const ids = issued.map((r) => parseGlobalId(r.data!.issueDirective.directive!.id)!.rowId);
    await expectFiredOnce(pair, ids.map((id) => `directive-ack:${id}`), 'DirectiveAcknowledgementOverdue', ids);
  });

  it('share idempotency keys', async () => {
    const lead = await token('CN-NDRC', [Role.LEAD]);
    const input = { powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL', toBodyCode: '350000', fiscalAllocation: { amount: '10.00', fiscalYear: 2030 }, idempotencyKey: 'shared-key' };
    const [x, y] = await Promise.all([execute(pair.a.url, DelegatePowerDocument, { input }, { token: lead }), execute(pair.b.url, DelegatePowerDocument, { input }, { token: lead })]);
    expect(x.data?.delegatePower.delegation?.id).toBeDefined();
    expect(y.data?.delegatePower.delegation?.id).toBe(x.data?.delegatePower.delegation?.id);
  });
});
