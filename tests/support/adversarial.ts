import WebSocket from 'ws';

// The adversarial corpus of issue #18: documents and frames a hostile client sends to stall or
// bloat the hub. The integration test asserts each is refused quickly while other clients are
// served; the benchmark (`npm run bench`) measures the other clients' latency under it.

/** A chain of fragments in which each spreads the next twice: 2^levels paths, ~9 tokens a level. */
export function fanOut(levels: number): string {
  const lines = ['query FanOut { ...F0 }'];
  for (let i = 0; i < levels; i++) lines.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  lines.push(`fragment F${levels} on Query { viewer { accountId } }`);
  return lines.join('\n');
}

export interface Attack {
  name: string;
  /** An HTTP POST body (JSON text), or the size of one WebSocket frame. */
  http?: string;
  wsFrameBytes?: number;
  /** What a refusal looks like: HTTP status (or WebSocket close code) and error codes. */
  status: number;
  codes: string[];
}

const post = (query: string) => JSON.stringify({ query });

export const CORPUS: Attack[] = [
  ...[12, 16, 24, 40, 90].map((levels) => ({ name: `fragment fan-out, ${levels} levels`, http: post(fanOut(levels)), status: 400, codes: ['QUERY_TOO_COMPLEX'] })),
  {
    name: 'fragment cycle',
    http: post('query Cycle { ...A } fragment A on Query { viewer { accountId } ...B } fragment B on Query { ...A }'),
    status: 400,
    codes: ['GRAPHQL_VALIDATION_FAILED'],
  },
  {
    name: 'wide selection under a list',
    http: post(`{ bodies(first: 100) { edges { node { ${'code name level kind '.repeat(60)} } } } }`),
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  { name: 'deep selection', http: post(`{ body(code: "CN") { ${'parent { '.repeat(300)}code${' }'.repeat(300)} } }`), status: 400, codes: ['QUERY_TOO_COMPLEX'] },
  { name: 'directive flood', http: post(`{ viewer { accountId ${'@include(if: true) '.repeat(120)} } }`), status: 400, codes: ['QUERY_TOO_COMPLEX'] },
  { name: 'huge string literal (900 kB)', http: post(`{ body(code: "${'x'.repeat(900_000)}") { code } }`), status: 400, codes: ['QUERY_TOO_COMPLEX'] },
  { name: 'huge body (3 MB)', http: post(`{ body(code: "${'x'.repeat(3_000_000)}") { code } }`), status: 413, codes: ['BAD_REQUEST'] },
  { name: 'huge WebSocket frame (40 MB)', wsFrameBytes: 40 * 1024 * 1024, status: 1009, codes: [] },
];

export interface Outcome {
  ms: number;
  /** HTTP status, WebSocket close code, or 0 when nothing came back within the timeout. */
  status: number;
  codes: string[];
}

/** Sends one attack and reports how (and how fast) the hub refused it. */
export async function sendAttack(url: string, wsUrl: string, attack: Attack, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  if (attack.http !== undefined) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: attack.http, signal: AbortSignal.timeout(timeoutMs) });
      const body = (await res.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
      return { ms: performance.now() - started, status: res.status, codes: (body.errors ?? []).map((e) => String(e.extensions?.code)) };
    } catch {
      return { ms: performance.now() - started, status: 0, codes: ['TIMEOUT'] };
    }
  }
  // One frame far over any sane message, sent before connection_init (anonymous).
  const frame = Buffer.alloc(attack.wsFrameBytes ?? 0, 'a');
  return new Promise((resolve) => {
    const ws = new WebSocket(wsUrl, 'graphql-transport-ws');
    const timer = setTimeout(() => {
      ws.terminate();
      resolve({ ms: performance.now() - started, status: 0, codes: ['TIMEOUT'] });
    }, timeoutMs);
    ws.on('open', () => ws.send(frame));
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, status: code, codes: [] });
    });
    ws.on('error', () => undefined); // the close that follows reports the outcome
  });
}

/** Runs `probe` back to back until `work` settles; the latency of each probe, in ms. */
export async function probeWhile<T>(work: Promise<T>, probe: () => Promise<unknown>): Promise<{ result: T; latencies: number[] }> {
  let done = false;
  const latencies: number[] = [];
  const loop = (async () => {
    while (!done) {
      const t0 = performance.now();
      await probe();
      latencies.push(performance.now() - t0);
    }
  })();
  try {
    return { result: await work, latencies };
  } finally {
    done = true;
    await loop;
  }
}
