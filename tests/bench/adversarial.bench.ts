import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '../../src/platform/auth/roles';
import { signToken } from '../../src/platform/auth/tokens';
import { startChild } from './children';
import { ms, percentile, SECRET, table } from './support';

// Issue #18: a second client's latency (and /healthz's) while attackers send the adversarial corpus
// without pause. The hub runs as its own process (SQLite), as in production, the attackers in
// another (adversarial-attacker.ts), the probes here. Target: the second client's p99 under 100 ms.

const PORT = 4731;
const PHASE_MS = 8_000;
const ATTACKERS = 4;
const SECOND_CLIENT = '{ body(code: "330100") { code name level kind } }';

interface Phase {
  second: number[];
  health: number[];
  refusals: { http: number[]; ws: number[] };
  codes: Map<string, number>;
}

/** CPU time (user + system) a process has used so far, in ms. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
}

/** Runs the attackers' process for the phase; resolves with their refusal times and answers. */
function attackers(url: string): Promise<{ http: number[]; ws: number[]; codes: Record<string, number> }> {
  const proc = spawn(process.execPath, [path.join(__dirname, 'adversarial-attacker.js')], {
    env: { PATH: process.env.PATH ?? '', ATTACK_URL: url, ATTACKERS: String(ATTACKERS), DURATION_MS: String(PHASE_MS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) => proc.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`attackers exited with ${code}`)))));
}

async function runPhase(url: string, token: string, attack: boolean): Promise<Phase> {
  const phase: Phase = { second: [], health: [], refusals: { http: [], ws: [] }, codes: new Map() };
  const attacked = attack ? attackers(url) : null;
  const until = performance.now() + PHASE_MS;
  const second = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: SECOND_CLIENT }) });
      const body = (await res.json()) as { data?: { body?: { code: string } } };
      if (body.data?.body?.code !== '330100') throw new Error(`second client got ${JSON.stringify(body)}`);
      phase.second.push(performance.now() - t0);
    }
  };
  const health = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const res = await fetch(url.replace(/\/graphql$/, '/healthz'));
      await res.text();
      if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
      phase.health.push(performance.now() - t0);
    }
  };
  await Promise.all([second(), health()]);
  if (attacked) {
    const { http, ws, codes } = await attacked;
    phase.refusals = { http, ws };
    phase.codes = new Map(Object.entries(codes));
  }
  return phase;
}

/** One hub process per setting (rate limits as configured by default, and off: every attack reaches the limit computation). */
export async function benchAdversarial(): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = [];
  const token = await signToken(SECRET, { sub: 'bench:second-client', body: '330100', roles: [Role.VIEWER], ttlSeconds: 3600 });
  for (const [label, extra] of [
    ['rate limits on (default)', {}],
    ['rate limits off', { HUB_RATE_LIMIT_ACCOUNT: '0', HUB_RATE_LIMIT_BODY: '0' }],
  ] as const) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-adversarial-'));
    const hub = await startChild('src/main.js', PORT, { HUB_DATA_DIR: dir, HUB_JWT_SECRET: SECRET, NODE_ENV: 'test', ...extra });
    try {
      const url = `http://127.0.0.1:${hub.port}/graphql`;
      const cpu0 = cpuMs(hub.proc.pid!);
      const quiet = await runPhase(url, token, false);
      const cpu1 = cpuMs(hub.proc.pid!);
      const rssBefore = hub.rssKb();
      const attacked = await runPhase(url, token, true);
      const rssAfter = hub.rssKb();
      const cpu2 = cpuMs(hub.proc.pid!);
      const codes = [...attacked.codes].map(([k, n]) => `${k}×${n}`).join('; ');
      const row = (phase: string, p: Phase, cpu: number) => [
        label,
        phase,
        `${Math.round(cpu)} ms`,
        p.second.length,
        ms(percentile(p.second, 50)),
        ms(percentile(p.second, 99)),
        ms(Math.max(...p.second)),
        ms(percentile(p.health, 50)),
        ms(percentile(p.health, 99)),
        ms(Math.max(...p.health)),
      ];
      const { http, ws } = attacked.refusals;
      rows.push([...row('quiet', quiet, cpu1 - cpu0), '—', '—', '—', '—', '—', `${Math.round(rssBefore / 1024)} MiB`]);
      rows.push([...row('under attack', attacked, cpu2 - cpu1), `${http.length} + ${ws.length}`, ms(percentile(http, 50)), ms(percentile(http, 99)), ms(percentile(ws, 50)), ms(percentile(ws, 99)), `${Math.round(rssAfter / 1024)} MiB; ${codes}`]);
    } finally {
      await hub.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function printAdversarial(rows: (string | number)[][]): void {
  table(
    `Adversarial corpus (issue #18): ${ATTACKERS} attackers without pause for ${PHASE_MS / 1000} s, SQLite hub process; target p99 < 100 ms (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
    ['setting', 'phase', 'hub CPU', 'second client requests', 'p50', 'p99', 'max', '/healthz p50', 'p99', 'max', 'attacks (HTTP + 40 MB frames)', 'HTTP refused in p50', 'p99', 'frame closed in p50', 'p99', 'hub RSS; answers'],
    rows,
  );
}
