import { describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import { Body } from '../../src/domains/bodies/body.entities';
import { Receipt } from '../../src/domains/channels/channel.entities';
import { DirectiveIssuedDocument, DirectiveIssuedSubscription, IssueDirectiveDocument } from '../generated/graphql';
import { sleep, subscribe } from '../support/subscriptions';
import { useTestHub } from '../support/test-hub';

const t = useTestHub();

// Deterministic pseudo-random numbers, so a failure can be replayed.
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('1,000 directives while 50 subscribers come and go', () => {
  it('ends with every subscriber holding every directive addressed to it exactly once, in cursor order', async () => {
    const issuers = ['330000', '320000', '440000', '370000'];
    const cities = (await t.em.find(Body, { where: { level: 'MUNICIPAL' as never, kind: 'GOVERNMENT' as never } }))
      .filter((b) => issuers.some((p) => b.code.startsWith(p.slice(0, 2))))
      .sort((a, b) => a.code.localeCompare(b.code))
      .slice(0, 50);
    expect(cities).toHaveLength(50);
    const random = rng(42);
    let issuing = true;

    // Each subscriber: connect (resuming from its last cursor), stay a random while, drop, repeat.
    // The two sleeps below are not waits for a result: they model how long a user stays connected
    // and stays away (the churn under test), and they only run while the issuers are busy, so they
    // add no time to the test (at most one 450 ms turn at the end). What the test waits for is
    // event-driven: sub.waitFor(missing) in the final sessions.
    const agents = cities.map(async (city) => {
      const token = await t.token(city.code, ['VIEWER']);
      const seen: DirectiveIssuedSubscription['directiveIssued'][] = [];
      let cursor: string | undefined;
      const session = async (stayMs: number) => {
        const sub = subscribe(t.hub.wsUrl, token, DirectiveIssuedDocument, cursor ? { after: cursor } : {});
        await sleep(stayMs);
        await sub.close();
        if (sub.errors.length) throw new Error(`${city.code}: ${JSON.stringify(sub.errors)}`);
        for (const e of sub.received) seen.push(e.directiveIssued);
        if (seen.length) cursor = seen[seen.length - 1].cursor;
      };
      // The very first session subscribes from the beginning of time.
      cursor = Buffer.from('dlv1:0').toString('base64url');
      while (issuing) {
        await session(50 + random() * 250);
        await sleep(random() * 150);
      }
      return { city, token, seen, cursor: () => cursor };
    });

    // Several concurrent issuers, 250 directives each, to every municipal government below them.
    const started = Date.now();
    await Promise.all(
      issuers.map(async (code) => {
        const token = await t.token(code, ['LEAD']);
        for (let i = 0; i < 250; i++) {
          const r = await t.run(IssueDirectiveDocument, { input: { title: `${code}-${i}`, content: '压力测试', audienceLevel: 'MUNICIPAL' } }, { token });
          if (r.errors || r.data?.issueDirective.userErrors.length) throw new Error(JSON.stringify(r.errors ?? r.data?.issueDirective.userErrors));
        }
      }),
    );
    const issueMs = Date.now() - started;
    issuing = false;
    const results = await Promise.all(agents);

    // A final session per subscriber picks up the rest, then the stream must match the database.
    for (const agent of results) {
      const expected = await t.em.find(Receipt, { where: { recipientId: agent.city.rowId }, order: { seq: 'ASC' } });
      const before = agent.seen.length;
      const missing = expected.filter((r) => r.seq > Number(Buffer.from(agent.cursor() ?? '', 'base64url').toString().slice(5) || 0)).length;
      if (missing > 0) {
        const sub = subscribe(t.hub.wsUrl, agent.token, DirectiveIssuedDocument, { after: agent.cursor() });
        await sub.waitFor(missing, 30_000);
        await sub.close();
        agent.seen.push(...sub.received.map((e) => e.directiveIssued)); // all of it: a duplicate would show below
      }
      const got = agent.seen.map((d) => d.receipt.id);
      const want = expected.map((r) => r.rowId);
      expect(got.length, `${agent.city.code}: had ${before} before the final session`).toBe(want.length);
      expect(got).toEqual(want.map((id) => Buffer.from(`hub:v1:Receipt:${id}`).toString('base64url')));
      expect(new Set(agent.seen.map((d) => d.directive.id)).size).toBe(got.length);
    }
    const directives = await t.em.count(Receipt, { where: { recipientId: In(results.map((r) => r.city.rowId)) } });
    process.stdout.write(`chaos: 1,000 directives issued in ${issueMs} ms; ${directives} deliveries checked across 50 subscribers\n`);
  }, 180_000);
});
