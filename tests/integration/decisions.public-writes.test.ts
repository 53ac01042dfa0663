import http from 'node:http';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PublicSubmission } from '../../src/domains/decisions/decision.entities';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import { DecisionViewDocument, SubmitPublicCommentDocument, SubmitPublicCommentMutation, SubmitSuggestionDocument } from '../generated/graphql';
import { draft, openShort } from '../support/decisions';
import { useTestHub } from '../support/test-hub';

// The public writes without a token, so the hub tells callers apart by network address (the
// socket's remote address). Each simulated caller binds its sockets to its own loopback address,
// 127.0.0.2 … 127.0.0.21, which is exactly what the server sees.

const PER_ADDRESS = 8;
const PER_DECISION = 150;

const t = useTestHub({ config: { publicWritesPerAddress: PER_ADDRESS, publicWritesPerTarget: PER_DECISION } });

interface Answer {
  status: number;
  body: { data?: SubmitPublicCommentMutation | null; errors?: { extensions?: { code?: string } }[] };
}

/** POSTs a generated operation from the given local address. */
function postFrom(localAddress: string, document: Parameters<typeof print>[0], variables: unknown): Promise<Answer> {
  const url = new URL(t.url);
  const payload = JSON.stringify({ query: print(document), variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', family: 4, port: url.port, path: url.pathname, method: 'POST', localAddress, agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('public comments under load', () => {
  it('200 concurrent submissions from 20 addresses: limits hold, nothing lost or duplicated, the counts add up', async () => {
    const d = await draft(t, { title: '并发征求意见' });
    await openShort(t, d.id, 10 * 60_000);
    const addresses = Array.from({ length: 20 }, (_, i) => `127.0.0.${i + 2}`);
    const sends = addresses.flatMap((address) => Array.from({ length: 10 }, (_, k) => ({ address, text: `${address} 的第 ${k + 1} 条意见` })));
    const answers = await Promise.all(sends.map((s) => postFrom(s.address, SubmitPublicCommentDocument, { input: { decisionId: d.id, text: s.text, contact: `${s.address}@example.cn` } })));

    const accepted = answers.map((a, i) => ({ a, s: sends[i] })).filter(({ a }) => a.body.data?.submitPublicComment?.submission);
    const limited = answers.filter((a) => a.body.errors?.some((e) => e.extensions?.code === 'RATE_LIMITED'));
    expect(answers.every((a) => a.body.errors?.every((e) => e.extensions?.code === 'RATE_LIMITED') ?? a.body.data?.submitPublicComment?.userErrors.length === 0)).toBe(true);
    expect(accepted.length + limited.length).toBe(200);
    // Per decision: exactly the budget (the address budgets allow 160); per address: never more than its own.
    expect(accepted).toHaveLength(PER_DECISION);
    for (const address of addresses) expect(accepted.filter(({ s }) => s.address === address).length).toBeLessThanOrEqual(PER_ADDRESS);

    // Nothing lost, nothing duplicated: the stored submissions are exactly the accepted texts.
    const rowId = parseGlobalId(d.id)!.rowId;
    const stored = await t.em.find(PublicSubmission, { where: { decisionId: rowId } });
    expect(stored.map((s) => s.text).sort()).toEqual(accepted.map(({ s }) => s.text).sort());
    expect(new Set(stored.map((s) => s.trackingNumber)).size).toBe(PER_DECISION);
    expect(stored.map((s) => s.rowId).sort()).toEqual(accepted.map(({ a }) => parseGlobalId(a.body.data!.submitPublicComment.submission!.id)!.rowId).sort());

    // The counts the organizer reads add up; the public sees none of the unmoderated ones, and no contact anywhere.
    const organizer = await t.run(DecisionViewDocument, { id: d.id }, 'CN-NDRC:VIEWER');
    const stage = (organizer.data!.node as { stages: { kind: string; received?: number; published?: number; withheld?: number }[] }).stages.find((s) => s.kind === 'PUBLIC_CONSULTATION')!;
    expect(stage).toMatchObject({ received: PER_DECISION, published: 0, withheld: 0 });
    const publicView = await t.run(DecisionViewDocument, { id: d.id });
    expect((publicView.data!.node as { stages: { kind: string; submissions?: { totalCount: number } }[] }).stages.find((s) => s.kind === 'PUBLIC_CONSULTATION')!.submissions!.totalCount).toBe(0);
    for (const r of [organizer, publicView, ...answers]) expect(JSON.stringify(r)).not.toContain('@example.cn');
  });

  it('suggestions are limited per address too, and a replayed idempotency key returns the first result', async () => {
    const address = '127.0.0.40';
    const send = (k: number, key?: string) => postFrom(address, SubmitSuggestionDocument, { input: { toBodyCode: '330100', topic: '限流', text: `建议 ${k}`, idempotencyKey: key } });
    const first = await send(0, 'same-key');
    const replay = await send(0, 'same-key');
    const firstId = (first.body.data as unknown as { submitSuggestion: { suggestion: { id: string } } }).submitSuggestion.suggestion.id;
    expect((replay.body.data as unknown as { submitSuggestion: { suggestion: { id: string } } }).submitSuggestion.suggestion.id).toBe(firstId);
    const rest = [];
    for (let k = 1; k <= PER_ADDRESS; k++) rest.push(await send(k));
    // 2 used by the key and its replay; 6 more fit, then the address is spent.
    expect(rest.filter((a) => a.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED')).toHaveLength(2);
  });
});
