import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/platform/auth/roles';
import { signToken } from '../../src/platform/auth/tokens';
import { parseGlobalId, toGlobalId } from '../../src/platform/graphql/global-id';
import { openNativeSqlite } from '../../src/platform/database/sqlite-native';
import { DirectiveViewDocument, IssueDirectiveDocument } from '../generated/graphql';
import { execute } from '../support/client';
import { TEST_SECRET, tempDir } from '../support/env';
import { seedFromTemplate } from '../support/template';

// The operator's tools on the embedded database, run as the compiled programs (built by the unit
// project's global setup): a hub serving writes, `hub backup` beside it, `hub restore`, and the lock
// that keeps a second hub (or a restore) off a database a hub holds. Each test starts several
// processes; on a loaded machine that takes a while, hence the longer timeouts.
const root = path.resolve(__dirname, '..', '..');
const run = promisify(execFile);
const dirs: string[] = [];
const children: ChildProcess[] = [];
const baseEnv = { PATH: process.env.PATH ?? '', HUB_JWT_SECRET: TEST_SECRET, LOG_LEVEL: 'warn' };

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = tempDir('hub-ops-');
  dirs.push(dir);
  return dir;
}

function hub(args: string[], dir: string) {
  return run(process.execPath, [path.join(root, 'dist/src/cli/hub.js'), ...args], { env: { ...baseEnv, HUB_DATA_DIR: dir } });
}

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** Starts `npm start`'s program; resolves with its URL, or rejects with its output when it exits first. */
function startServer(dir: string): Promise<Server> {
  const child = spawn(process.execPath, [path.join(root, 'dist/src/main.js')], { env: { ...baseEnv, HUB_DATA_DIR: dir, PORT: '0' } });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /GraphQL \(HTTP \+ WebSocket\): (\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(Object.assign(new Error(`server exited with ${code}`), { code, output: out })));
  });
}

async function stopServer(server: Server): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

function directiveRowIds(file: string): Set<string> {
  const db = openNativeSqlite(file, { fileMustExist: true, readonly: true });
  try {
    return new Set(db.prepare('SELECT "id" FROM "directive"').all().map((r) => String(r.id)));
  } finally {
    db.close();
  }
}

function integrityCheck(file: string): unknown {
  const db = openNativeSqlite(file, { fileMustExist: true, readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

/** Issues directives one after another until stopped; `acknowledged` holds the row ids the hub confirmed. */
function writer(url: string, token: string) {
  const acknowledged: string[] = [];
  const listeners: (() => void)[] = [];
  let stopping = false;
  let n = 0;
  const loop = (async () => {
    while (!stopping) {
      const r = await execute(url, IssueDirectiveDocument, { input: { title: `备份中的指令 ${++n}`, content: '内容', recipientCodes: ['330100'], requiresAcknowledgement: true } }, { token });
      const id = r.data?.issueDirective.directive?.id;
      if (!id) throw new Error(`write refused: ${JSON.stringify(r.errors ?? r.data)}`);
      acknowledged.push(parseGlobalId(id)!.rowId);
      for (const l of listeners.splice(0)) l();
    }
  })();
  return {
    acknowledged,
    /** Resolves once `count` writes in total have been acknowledged. */
    async reach(count: number): Promise<void> {
      while (acknowledged.length < count) await new Promise<void>((resolve) => listeners.push(resolve));
    },
    async stop(): Promise<void> {
      stopping = true;
      await loop;
    },
  };
}

describe('hub backup and hub restore on the embedded database', () => {
  it('backs up online while directives are written; the restored copy is whole, verifies, and holds every acknowledged directive', async () => {
    const live = dataDir();
    seedFromTemplate(live);
    const server = await startServer(live);
    const token = await signToken(TEST_SECRET, { sub: 'ops-test', body: '330000', roles: [Role.LEAD], ttlSeconds: 600 });
    const writers = [writer(server.url, token), writer(server.url, token)];
    await Promise.all(writers.map((w) => w.reach(10)));

    const acknowledgedBefore = writers.flatMap((w) => [...w.acknowledged]);
    const backupFile = path.join(dataDir(), 'hub-backup.sqlite');
    const backup = await hub(['backup', backupFile, '--pages-per-step', '1'], live);
    const acknowledgedDuring = writers.reduce((n, w) => n + w.acknowledged.length, 0) - acknowledgedBefore.length;
    await Promise.all(writers.map((w) => w.stop()));

    expect(backup.stdout).toMatch(/^OK: backed up (\d+) pages \(\d+\.\d MiB\) to .*hub-backup\.sqlite in \d+\.\d\d s; audit head seq \d+/m);
    expect(backup.stderr).toMatch(/backup pages: (\d+)\/\1 \(100%\)/);
    // The hub kept acknowledging writes while the backup ran: it did not stop the world.
    expect(acknowledgedDuring).toBeGreaterThan(0);

    const restoredDir = dataDir();
    const restored = await hub(['restore', backupFile], restoredDir);
    expect(restored.stdout).toMatch(/^OK: restored .* \((\d+) audit events verified\)/m);
    expect(restored.stderr).toMatch(/integrity_check: ok/);
    const file = path.join(restoredDir, 'hub.sqlite');
    expect(integrityCheck(file)).toBe('ok');
    const verify = await hub(['audit', 'verify'], restoredDir);
    expect(verify.stdout).toMatch(/^OK: \d+ audit events verified/m);
    const rows = directiveRowIds(file);
    expect(acknowledgedBefore.length).toBeGreaterThanOrEqual(20);
    expect(acknowledgedBefore.filter((id) => !rows.has(id))).toEqual([]);

    // The restored database serves: a hub starts on it and the last directive acknowledged before the backup is there.
    const again = await startServer(restoredDir);
    const last = toGlobalId('Directive', acknowledgedBefore[acknowledgedBefore.length - 1]);
    const view = await execute(again.url, DirectiveViewDocument, { id: last }, { token });
    expect(view.data?.node).toMatchObject({ id: last, issuer: { code: '330000' } });
    await stopServer(again);
    await stopServer(server);
  }, 120_000);

  it('refuses to restore onto, or start a second hub on, a database a running hub holds; a killed hub leaves no lock behind', async () => {
    const live = dataDir();
    seedFromTemplate(live);
    const backupFile = path.join(dataDir(), 'b.sqlite');
    await hub(['backup', backupFile], live);
    const server = await startServer(live);
    const file = path.join(live, 'hub.sqlite');
    const inodeBefore = fs.statSync(file).ino;
    // The lock's own file (left by whichever program took the lock first, the refused restore
    // included) is not data; everything else in the directory stays as it was.
    const entries = () => fs.readdirSync(live).filter((f) => f !== 'hub.sqlite.lock').sort();
    const entriesBefore = entries();

    const restore = hub(['restore', backupFile], live);
    await expect(restore).rejects.toMatchObject({ code: 1, stderr: `hub: ${file} is in use by another hub process (pid ${server.child.pid}); stop it first, or point HUB_DATA_DIR elsewhere\n` });
    // Nothing changed: the same file, no staged copy or kept database left behind.
    expect(fs.statSync(file).ino).toBe(inodeBefore);
    expect(entries()).toEqual(entriesBefore);
    expect(entriesBefore).toContain('hub.sqlite');

    const second = startServer(live);
    await expect(second).rejects.toMatchObject({ code: 1, output: `Coordination Hub failed to start: ${file} is in use by another hub process (pid ${server.child.pid}); stop it first, or point HUB_DATA_DIR elsewhere\n` });
    // The first hub still serves, and the readers run beside it (they take no lock).
    expect((await fetch(server.url.replace('/graphql', '/readyz'))).status).toBe(200);
    expect((await hub(['audit', 'verify'], live)).stdout).toMatch(/^OK: \d+ audit events verified/m);

    // kill -9 leaves the pid file, but the OS lock died with the process: the next hub starts.
    server.child.kill('SIGKILL');
    await server.exited;
    expect(fs.readFileSync(`${file}.lock.pid`, 'utf8').trim()).toBe(String(server.child.pid));
    const next = await startServer(live);
    expect((await fetch(next.url.replace('/graphql', '/readyz'))).status).toBe(200);
    await stopServer(next);

    // With no hub running, the restore goes through and keeps the database it replaced.
    const done = await hub(['restore', backupFile], live);
    const kept = /kept at (\S+)$/m.exec(done.stdout)?.[1];
    expect(kept && fs.existsSync(kept)).toBe(true);
    expect(fs.statSync(file).ino).not.toBe(inodeBefore);
  }, 120_000);

  it('refuses a backup whose audit chain is broken or that is not a database, and leaves the target as it was', async () => {
    const live = dataDir();
    seedFromTemplate(live);
    const elsewhere = dataDir();
    const tampered = path.join(elsewhere, 'tampered.sqlite');
    await hub(['backup', tampered], live);
    // A backup never overwrites a file (an earlier backup, say).
    await expect(hub(['backup', tampered], live)).rejects.toMatchObject({ code: 1, stderr: `hub: ${tampered} already exists; choose a new file name\n` });
    const db = openNativeSqlite(tampered, { fileMustExist: true });
    db.prepare('UPDATE "audit_event" SET "details" = ? WHERE "id" = 2').run('{"tampered":true}');
    db.close();
    const file = path.join(live, 'hub.sqlite');
    const inodeBefore = fs.statSync(file).ino;
    // The lock's own file (left by whichever program took the lock first, the refused restore
    // included) is not data; everything else in the directory stays as it was.
    const entries = () => fs.readdirSync(live).filter((f) => f !== 'hub.sqlite.lock').sort();
    const entriesBefore = entries();

    await expect(hub(['restore', tampered], live)).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^hub: audit chain BROKEN at seq 2 \(edited\)/m) });
    const garbage = path.join(elsewhere, 'garbage.sqlite');
    fs.writeFileSync(garbage, 'not a database at all, just text that is long enough to look like a file');
    await expect(hub(['restore', garbage], live)).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^hub: .*garbage\.sqlite is not a readable SQLite database/m) });

    expect(fs.statSync(file).ino).toBe(inodeBefore);
    expect(entries()).toEqual(entriesBefore);
    expect(entriesBefore).toContain('hub.sqlite');
    expect((await hub(['audit', 'verify'], live)).stdout).toMatch(/^OK:/m);
  }, 120_000);

  it('answers 503 SERVICE_UNAVAILABLE (retryable), not 500, when a write still finds the database busy, and writes nothing', async () => {
    const live = dataDir();
    seedFromTemplate(live);
    const server = await startServer(live);
    const token = await signToken(TEST_SECRET, { sub: 'ops-test', body: '330000', roles: [Role.LEAD], ttlSeconds: 600 });
    const file = path.join(live, 'hub.sqlite');
    const before = directiveRowIds(file).size;
    // Another writer (a tool someone ran by hand) holds the write lock past the hub's busy timeout.
    const intruder = openNativeSqlite(file, { fileMustExist: true });
    intruder.exec('BEGIN IMMEDIATE');
    try {
      const r = await execute(server.url, IssueDirectiveDocument, { input: { title: '忙时指令', content: '内容', recipientCodes: ['330100'] } }, { token });
      expect(r.status).toBe(503);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    } finally {
      intruder.exec('ROLLBACK');
      intruder.close();
    }
    expect(directiveRowIds(file).size).toBe(before);
    await stopServer(server);
  }, 120_000);
});
