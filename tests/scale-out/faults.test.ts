import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/platform/auth/roles';
import { signToken } from '../../src/platform/auth/tokens';
import { loadConfig } from '../../src/platform/config';
import { Hub, startHub } from '../../src/server/hub';
import net from 'node:net';
import { encodeEventCursor } from '../../src/domains/reform-events/reform-events.service';
import { lastSeq } from '../../src/platform/events/relay';
import { DirectiveIssuedDocument, IssueDirectiveDocument, ReformEventsDocument } from '../generated/graphql';
import { freshStorage, StorageHandle } from '../support/hub';
import { inboxCursorOf, waitFor } from '../support/test-hub';
import { execute } from '../support/client';
import { TEST_SECRET } from '../support/env';
import { subscribe } from '../support/subscriptions';

// Faults need servers this test may stop: a private PostgreSQL cluster and a private Redis, on
// ports of their own, never the machine's shared ones.
const PG_BIN = fs.existsSync('/usr/lib/postgresql') ? path.join('/usr/lib/postgresql', fs.readdirSync('/usr/lib/postgresql')[0], 'bin') : '';
const PG_PORT = 55432 + (process.pid % 100);
// Below the kernel's ephemeral range (32768–60999 here): a client socket of the suite, picking its
// local port there, could otherwise hold the port a Redis of this file restarts on (CI saw it).
const REDIS_PORT = 26379 + (process.pid % 100);
const token = (body: string, roles: Role[]) => signToken(TEST_SECRET, { sub: `test:${body}`, body, roles, ttlSeconds: 3600 });
const asPostgres = (cmd: string, args: string[]) => execFileSync('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, cmd), ...args], { stdio: 'pipe' });

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-faults-'));
  fs.chmodSync(dir, 0o777);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('PostgreSQL restarted under load', () => {
  const data = () => path.join(dir, 'pg');
  let hub: Hub;
  beforeAll(async () => {
    asPostgres('initdb', ['-D', data(), '--auth=trust', '-U', 'postgres', '--no-sync']);
    asPostgres('pg_ctl', ['-D', data(), '-o', `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', path.join(dir, 'pg.log'), '-w', 'start']);
    const config = { ...loadConfig({ NODE_ENV: 'test', HUB_JWT_SECRET: TEST_SECRET, PORT: '0', HUB_DATA_DIR: dir, LOG_LEVEL: 'error' }), dialect: 'postgres' as const, databaseUrl: `postgres://postgres@127.0.0.1:${PG_PORT}/postgres` };
    hub = await startHub(config);
  }, 120_000);
  afterAll(async () => {
    await hub?.stop().catch(() => undefined);
    try {
      asPostgres('pg_ctl', ['-D', data(), '-m', 'immediate', 'stop']);
    } catch {
      // already stopped
    }
  });

  it('fails requests in flight with a retryable code, shows it in /readyz, recovers by itself, and leaves nothing half-written', async () => {
    const lead = await token('330000', [Role.LEAD]);
    const outcomes: string[] = [];
    let issued = 0;
    let running = true;
    const load = (async () => {
      for (let i = 0; running; i++) {
        // SERVICE_UNAVAILABLE: nothing was written (503, retryable), or the request met the outage
        // after its COMMIT, while answering (committed: true). With the same idempotency key a
        // retry is right either way: the client sends it again until it is answered.
        const input = { title: `负载 ${i}`, content: '内容', audienceLevel: 'MUNICIPAL' as const, idempotencyKey: `fault-${i}` };
        for (;;) {
          const r = await execute(hub.url, IssueDirectiveDocument, { input }, { token: lead }).catch((e) => ({ status: 0, errors: [{ message: String(e), extensions: { code: 'FETCH' } }] }));
          outcomes.push(r.errors ? String(r.errors[0].extensions?.code) : 'OK');
          if (!r.errors) issued += 1;
          if (r.errors && r.errors[0].extensions?.code !== 'SERVICE_UNAVAILABLE') process.stderr.write(JSON.stringify(r.errors) + '\n');
          if (r.errors?.[0].extensions?.code !== 'SERVICE_UNAVAILABLE') break;
        }
      }
    })();
    await waitFor(() => outcomes.filter((o) => o === 'OK').length >= 5, { what: 'the load to get going' });
    asPostgres('pg_ctl', ['-D', data(), '-m', 'fast', 'stop']);
    const down = await waitFor(async () => {
      const r = await fetch(`http://localhost:${hub.port}/readyz`);
      return r.status === 503 ? r : null;
    }, { what: '/readyz to report the outage' });
    expect(await down.json()).toMatchObject({ database: false });
    await waitFor(() => outcomes.includes('SERVICE_UNAVAILABLE'), { what: 'a request to meet the outage' });
    asPostgres('pg_ctl', ['-D', data(), '-o', `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', path.join(dir, 'pg.log'), '-w', 'start']);
    await waitFor(async () => (await fetch(`http://localhost:${hub.port}/readyz`)).status === 200, { timeoutMs: 20_000, what: '/readyz to recover' });
    const recovered = outcomes.length;
    await waitFor(() => outcomes.slice(recovered).filter((o) => o === 'OK').length >= 5, { what: 'requests to succeed again' });
    running = false;
    await load;
    const failures = outcomes.filter((o) => o !== 'OK');
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(outcomes.slice(-5)).toEqual(Array(5).fill('OK'));
    // One directive per key answered, each with all 11 receipts and its audit event: no half-written
    // issue, and no second one for a key retried after its first attempt had committed.
    const rows: { id: string; n: string }[] = await hub.db.dataSource.query(
      `SELECT d.id, COUNT(r.id) AS n FROM directive d LEFT JOIN receipt r ON r.directive_id = d.id WHERE d.title LIKE '负载 %' GROUP BY d.id`,
    );
    expect(rows.length).toBe(issued);
    expect(rows.length).toBeGreaterThan(0); // not vacuous
    expect(rows.every((r) => Number(r.n) === 11)).toBe(true);
    const audits = await hub.db.dataSource.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = 'directive.issue' AND target_id IN (SELECT id FROM directive WHERE title LIKE '负载 %')`);
    expect(Number(audits[0].n)).toBe(rows.length);
  }, 120_000);
});

describe('Redis unavailable', () => {
  let redis: ReturnType<typeof spawn> | undefined;
  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(() => listening(REDIS_PORT), { what: 'redis-server to listen' });
  };
  const stopRedis = async () => {
    redis?.kill('SIGKILL');
    await new Promise((r) => redis?.once('exit', r));
  };
  let hub: Hub;
  let storageDir: string;
  beforeAll(async () => {
    await startRedis();
    storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-redis-fault-'));
    const config = { ...loadConfig({ NODE_ENV: 'test', HUB_JWT_SECRET: TEST_SECRET, PORT: '0', HUB_DATA_DIR: storageDir, LOG_LEVEL: 'silent' }), redisUrl: `redis://127.0.0.1:${REDIS_PORT}` };
    hub = await startHub(config);
  }, 60_000);
  afterAll(async () => {
    await hub?.stop().catch(() => undefined);
    await stopRedis().catch(() => undefined);
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it('shows in readiness, and subscriptions carry on (with what was missed) when it returns', async () => {
    const sub = subscribe(hub.wsUrl, await token('330100', [Role.VIEWER]), DirectiveIssuedDocument, { after: await inboxCursorOf(hub, '330100') });
    const lead = await token('330000', [Role.LEAD]);
    const issue = (title: string) => execute(hub.url, IssueDirectiveDocument, { input: { title, content: '内容', recipientCodes: ['330100'] } }, { token: lead });
    await issue('before');
    await sub.waitFor(1);
    await stopRedis();
    const down = await waitFor(async () => {
      const r = await fetch(`http://localhost:${hub.port}/readyz`);
      return r.status === 503 ? r : null;
    }, { what: '/readyz to report Redis down' });
    expect(await down.json()).toMatchObject({ database: true, pubsub: false });
    const during = await issue('during');
    expect(during.data?.issueDirective.userErrors).toEqual([]); // the database is the source of truth
    await startRedis();
    await waitFor(async () => (await fetch(`http://localhost:${hub.port}/readyz`)).status === 200, { timeoutMs: 20_000, what: '/readyz to recover' });
    await issue('after');
    const all = await sub.waitFor(3, 15_000);
    expect(all.map((e) => e.directiveIssued.directive.title)).toEqual(['before', 'during', 'after']);
    await sub.close();
  }, 60_000);
});

describe('events committed while Redis is stopped', () => {
  const port = REDIS_PORT + 100;
  let redis: ReturnType<typeof spawn> | undefined;
  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(() => listening(port), { what: 'redis-server to listen' });
  };
  const stopRedis = async () => {
    const exited = new Promise((r) => redis?.once('exit', r));
    redis?.kill('SIGKILL');
    await exited;
  };
  let storage: StorageHandle;
  let a: Hub;
  let b: Hub;
  beforeAll(async () => {
    await startRedis();
    storage = await freshStorage();
    const config = { ...storage.config, redisUrl: `redis://127.0.0.1:${port}`, redisPrefix: `hub-fault-${process.pid}` };
    a = await startHub(config);
    b = await startHub(config);
  }, 60_000);
  afterAll(async () => {
    await a?.stop().catch(() => undefined);
    await b?.stop().catch(() => undefined);
    await stopRedis().catch(() => undefined);
    await storage?.dispose();
  });

  it('reach a subscriber of the other instance once, in order, after Redis returns', async () => {
    const after = encodeEventCursor(await lastSeq(b.db));
    const sub = subscribe(b.wsUrl, await token('330100', [Role.VIEWER]), ReformEventsDocument, { after });
    const lead = await token('330000', [Role.LEAD]);
    const issue = async (title: string) => {
      const r = await execute(a.url, IssueDirectiveDocument, { input: { title, content: '内容', recipientCodes: ['330100'] } }, { token: lead });
      expect(r.data?.issueDirective.userErrors).toEqual([]);
      return r.data!.issueDirective.directive!.id;
    };
    const before = await issue('before');
    await sub.waitFor(1);
    await stopRedis();
    const during = [await issue('during 1'), await issue('during 2')];
    await startRedis();
    const later = await issue('after');
    await waitFor(() => sub.received.some((e) => e.reformEvents.subject.id === later), { timeoutMs: 15_000, what: 'the event committed after Redis returned' });
    expect(sub.errors).toEqual([]);
    expect(sub.received.map((e) => e.reformEvents.subject.id)).toEqual([before, ...during, later]);
    await sub.close();
  }, 60_000);
});
