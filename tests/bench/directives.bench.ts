import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../src/platform/auth/roles';
import { benchHub, gql, ms, percentile, table } from './support';

// Subscribing from cursor 0 replays anything missed, so the warm-up directive reaches even a
// subscriber whose subscription became active after it was issued: its arrival proves liveness.
const SUBSCRIPTION = 'subscription($after: String) { directiveIssued(after: $after) { cursor directive { id title } } }';
const FROM_START = Buffer.from('dlv1:0').toString('base64url');
const ISSUE = 'mutation($title: String!) { issueDirective(input: { title: $title, content: "基准测试", audienceLevel: MUNICIPAL }) { directive { id } userErrors { code } } }';

/**
 * Issue one directive to all 333 municipal governments and measure: the mutation's latency, and
 * the delay until each of 333 live subscribers (one WebSocket each) has it.
 */
export async function benchDirectiveFanOut(dialect: 'sqlite' | 'postgres', rounds = 20): Promise<(string | number)[][]> {
  const b = await benchHub(dialect);
  try {
    const cities: string[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = { bodies: { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const r: { data?: Page } = await gql<{ bodies: { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        b.hub.url,
        undefined,
        'query($after: String) { bodies(level: MUNICIPAL, kind: GOVERNMENT, first: 100, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      cities.push(...r.data!.bodies.edges.map((e) => e.node.code));
      if (!r.data!.bodies.pageInfo.hasNextPage) break;
      after = r.data!.bodies.pageInfo.endCursor;
    }
    const arrivals = new Map<string, number[]>();
    const clients = await Promise.all(
      cities.map(async (code) => {
        const client = createClient({ url: b.hub.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await b.token(code, [Role.VIEWER])}` } });
        client.subscribe<{ directiveIssued: { directive: { title: string } } }>(
          { query: SUBSCRIPTION, variables: { after: FROM_START } },
          {
            next: (msg) => {
              const title = msg.data?.directiveIssued.directive.title;
              if (title) (arrivals.get(title) ?? arrivals.set(title, []).get(title)!).push(performance.now());
            },
            error: (err) => process.stderr.write(`subscriber ${code}: ${JSON.stringify(err)}\n`),
            complete: () => undefined,
          },
        );
        return client;
      }),
    );
    const lead = await b.token('CN', [Role.LEAD]);
    const waitAll = async (title: string) => {
      const deadline = Date.now() + 30_000;
      while ((arrivals.get(title)?.length ?? 0) < cities.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      return arrivals.get(title)?.length ?? 0;
    };
    // Warm-up: proves every subscriber is live before measuring.
    await gql(b.hub.url, lead, ISSUE, { title: 'warm-up' });
    const warm = await waitAll('warm-up');
    if (warm !== cities.length) throw new Error(`only ${warm} of ${cities.length} subscribers got the warm-up directive`);

    const issueTimes: number[] = [];
    const delivery: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const title = `round-${i}`;
      const t0 = performance.now();
      const issued = await gql<{ issueDirective: { userErrors: unknown[] } }>(b.hub.url, lead, ISSUE, { title });
      issueTimes.push(performance.now() - t0);
      if (issued.errors || issued.data?.issueDirective.userErrors.length) throw new Error(JSON.stringify(issued));
      await waitAll(title);
      delivery.push(...(arrivals.get(title) ?? []).map((at) => at - t0));
    }
    await Promise.all(clients.map((c) => c.dispose()));
    return [
      [b.label, 'issueDirective to 333 municipal governments', `${rounds} rounds`, ms(percentile(issueTimes, 50)), ms(percentile(issueTimes, 99)), ms(Math.max(...issueTimes))],
      [b.label, 'delivery to 333 live subscribers (from request)', `${delivery.length} deliveries`, ms(percentile(delivery, 50)), ms(percentile(delivery, 99)), ms(Math.max(...delivery))],
    ];
  } finally {
    await b.stop();
  }
}

export function printFanOut(rows: (string | number)[][]): void {
  table('Directive fan-out (issue #4)', ['database', 'measure', 'samples', 'p50', 'p99', 'max'], rows);
}
