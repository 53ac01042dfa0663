import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, HubConfig } from '../../src/platform/config';
import { createTempDatabase, DEFAULT_ADMIN_URL, postgresReachable } from '../../src/platform/database/postgres-admin';
import { signToken } from '../../src/platform/auth/tokens';
import type { Role } from '../../src/platform/auth/roles';
import { Hub, startHub } from '../../src/server/hub';

export const SECRET = 'bench-secret-for-the-coordination-hub-0123456789';

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—');

export interface BenchHub {
  hub: Hub;
  label: string;
  token(body: string, roles: Role[]): Promise<string>;
  stop(): Promise<void>;
}

/** A hub on a throw-away database of the given dialect, seeded with the demo data. */
export async function benchHub(dialect: 'sqlite' | 'postgres', extra: Partial<HubConfig> = {}): Promise<BenchHub> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  const base = loadConfig({ HUB_JWT_SECRET: SECRET, PORT: '0', HUB_DATA_DIR: dir, LOG_LEVEL: 'warn', NODE_ENV: 'test' });
  let drop = async () => undefined as void;
  let config: HubConfig = { ...base, ...extra };
  if (dialect === 'postgres') {
    const db = await createTempDatabase(process.env.HUB_PG_ADMIN_URL || DEFAULT_ADMIN_URL, 'hub_bench');
    drop = () => db.drop();
    config = { ...config, dialect: 'postgres', databaseUrl: db.url, dbPoolSize: 10 };
  }
  const hub = await startHub(config);
  return {
    hub,
    label: dialect === 'postgres' ? 'PostgreSQL' : 'SQLite',
    token: (body, roles) => signToken(SECRET, { sub: `bench:${body}`, body, roles, ttlSeconds: 3600 }),
    async stop() {
      await hub.stop();
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function dialects(): Promise<('sqlite' | 'postgres')[]> {
  const pg = await postgresReachable(process.env.HUB_PG_ADMIN_URL || DEFAULT_ADMIN_URL);
  if (!pg) process.stderr.write('PostgreSQL not reachable: PostgreSQL benchmarks skipped\n');
  return pg ? ['sqlite', 'postgres'] : ['sqlite'];
}

export async function gql<T = unknown>(url: string, token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: unknown[]; extensions?: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as never;
}

export function table(title: string, header: string[], rows: (string | number)[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
  process.stdout.write(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n${rows.map(line).join('\n')}\n`);
}
