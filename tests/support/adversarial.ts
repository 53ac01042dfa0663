import { randomBytes } from 'node:crypto';
import net from 'node:net';

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
  return hugeFrame(wsUrl, attack.wsFrameBytes ?? 0, timeoutMs, started);
}

/**
 * One frame far over any sane message, sent right after the handshake (anonymous): a raw socket
 * announces the whole length in the frame header and streams the payload after it, as a hostile
 * client would, so the sender's own cost (a WebSocket library masks the whole buffer first) does
 * not blur the measure. Resolves with the close code the server sends.
 */
function hugeFrame(wsUrl: string, bytes: number, timeoutMs: number, started: number): Promise<Outcome> {
  const { hostname, port, pathname } = new URL(wsUrl);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname);
    let settled = false;
    const done = (status: number, codes: string[] = []) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ms: performance.now() - started, status, codes });
    };
    const timer = setTimeout(() => done(0, ['TIMEOUT']), timeoutMs);
    let received = Buffer.alloc(0);
    let upgraded = false;
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (!settled && sent < bytes) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    socket.on('connect', () =>
      socket.write(
        `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
      ),
    );
    socket.on('data', (data: Buffer) => {
      received = Buffer.concat([received, data]);
      if (!upgraded) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) return;
        if (!/^HTTP\/1\.1 101/.test(received.subarray(0, end).toString())) return done(Number(received.subarray(9, 12).toString()) || 0);
        upgraded = true;
        received = received.subarray(end + 4);
        // FIN + text frame; masked, 64-bit length; then the mask key.
        const header = Buffer.alloc(14);
        header[0] = 0x81;
        header[1] = 0x80 | 127;
        header.writeBigUInt64BE(BigInt(bytes), 2);
        randomBytes(4).copy(header, 10);
        socket.write(header);
        pump();
      }
      // The server's close frame: 0x88, its length, then the close code.
      if (received.length >= 4 && received[0] === 0x88) done(received.readUInt16BE(2));
    });
    socket.on('error', () => undefined); // writes after the server closed fail: the close frame already told
    socket.on('close', () => done(upgraded ? 1006 : 0, ['CLOSED']));
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
