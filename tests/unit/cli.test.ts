import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/env';
import { seedFromTemplate } from '../support/template';

// These run the compiled program (built by the unit project's global setup) the way an operator
// does: `npm start` runs dist/src/main.js, `npm run hub` runs dist/src/cli/hub.js.
const root = path.resolve(__dirname, '..', '..');
const run = promisify(execFile);
const dataDir = tempDir('hub-cli-');
const baseEnv = { PATH: process.env.PATH ?? '', HUB_DATA_DIR: dataDir, LOG_LEVEL: 'info' };

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function hub(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, [path.join(root, 'dist/src/cli/hub.js'), ...args], { env: { ...baseEnv, ...env } });
}

interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
  readyMs: number;
}

function startServer(env: Record<string, string> = {}): Promise<Server> {
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(root, 'dist/src/main.js')], { env: { ...baseEnv, PORT: '0', ...env } });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /GraphQL \(HTTP \+ WebSocket\): (\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url, output: () => out, readyMs: Date.now() - started });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('close', (code) => resolve(code))); // 'close': after stdio is drained
}

async function viewer(url: string, token: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { roles body { code } } }' }),
  });
  return (await res.json()) as { data?: { viewer: { roles: string[]; body: { code: string } } }; errors?: { message: string; extensions: { code: string } }[] };
}

describe('hub token and npm start', () => {
  it('signs a token the server accepts, refuses a foreign one, and shuts down cleanly on SIGTERM', async () => {
    // With an issuer and audience configured, `hub token` puts them in the token and the server requires them.
    const claimsEnv = { HUB_JWT_ISSUER: 'https://hub.example.gov.cn', HUB_JWT_AUDIENCE: 'coordination-hub' };
    const { stdout } = await hub(['token', '--body', '330100', '--role', 'OFFICER'], claimsEnv);
    const token = stdout.trim();
    expect(token.split('.')).toHaveLength(3);

    const first = await startServer(claimsEnv);
    expect(first.output()).toMatch(/npm run --silent hub -- token/);
    const ok = await viewer(first.url, token);
    expect(ok.data?.viewer).toEqual({ roles: ['OFFICER'], body: { code: '330100' } });

    const foreign = (await hub(['token', '--body', '330100', '--role', 'OFFICER'], { ...claimsEnv, HUB_DATA_DIR: tempDir('hub-other-') })).stdout.trim();
    expect((await viewer(first.url, foreign)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    // Signed with this hub's own secret, but for no audience: refused, naming the claim.
    const bare = (await hub(['token', '--body', '330100', '--role', 'OFFICER'])).stdout.trim();
    expect((await viewer(first.url, bare)).errors?.[0]).toMatchObject({ message: expect.stringMatching(/"iss" claim is not accepted/), extensions: { code: 'UNAUTHENTICATED' } });

    const exited = exitOf(first.child);
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(first.output()).toMatch(/"msg":"loaded demo data"/);
    expect(first.output()).toMatch(/"msg":"stopped"/);

    // A restart keeps the data, does not seed again, and still accepts the token.
    const second = await startServer(claimsEnv);
    expect(second.output()).not.toMatch(/loaded demo data/);
    expect((await viewer(second.url, token)).data?.viewer.body.code).toBe('330100');
    const again = exitOf(second.child);
    second.child.kill('SIGTERM');
    expect(await again).toBe(0);
    process.stdout.write(`cold start with demo data: ${first.readyMs} ms; warm start: ${second.readyMs} ms\n`);
  });

  it('refuses bad arguments with a clear message', async () => {
    await expect(hub(['token', '--body', '330100', '--role', 'KING'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown role KING/) });
    await expect(hub(['token', '--role', 'LEAD'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--body/) });
    await expect(hub(['frobnicate'])).rejects.toMatchObject({ code: 2 });
  });

  it('refuses to sign or start in production without a configured secret', async () => {
    await expect(hub(['token', '--body', '330100', '--role', 'LEAD'], { NODE_ENV: 'production' })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/HUB_JWT_SECRET/),
    });
    await expect(startServer({ NODE_ENV: 'production', HUB_DATA_DIR: tempDir('hub-prod-') })).rejects.toThrow(/HUB_JWT_SECRET or HUB_JWKS_URL/);
  });

  it('audit verify says OK for a seeded database and exits 1 naming an edited event', async () => {
    const dir = tempDir('hub-audit-');
    await hub(['seed'], { HUB_DATA_DIR: dir, LOG_LEVEL: 'warn' });
    const ok = await hub(['audit', 'verify'], { HUB_DATA_DIR: dir, LOG_LEVEL: 'warn' });
    expect(ok.stdout).toMatch(/^OK: \d+ audit events verified in \d+\.\d\d s$/m);
    expect(ok.stderr).toMatch(/audit events: (\d+)\/\1 \(100%\)/);
    const sqlite = await new DataSource({ type: 'better-sqlite3', database: path.join(dir, 'hub.sqlite') }).initialize();
    await sqlite.query('UPDATE audit_event SET details = ? WHERE id = 3', ['{"tampered":true}']);
    await sqlite.destroy();
    await expect(hub(['audit', 'verify'], { HUB_DATA_DIR: dir, LOG_LEVEL: 'warn' })).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^BROKEN at seq 3 \(edited\): .*2 events verified before it/m),
    });
    await expect(hub(['audit', 'check'], { HUB_DATA_DIR: dir })).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/audit verify/) });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('evaluation verify reproduces published evaluations of the demo exactly, and exits 1 naming a changed input', async () => {
    const dir = tempDir('hub-evaluation-');
    seedFromTemplate(dir);
    const sqlite = await new DataSource({ type: 'better-sqlite3', database: path.join(dir, 'hub.sqlite') }).initialize();
    const rows: { id: string; total: string | number; inputs_hash: string; inputs: string }[] = await sqlite.query("SELECT id, total, inputs_hash, inputs FROM evaluation WHERE status = 'PUBLISHED' ORDER BY id");
    await sqlite.destroy();
    expect(rows.length).toBe(11);
    // Two through the program (the integration tests recompute all of them in-process).
    for (const row of rows.slice(0, 2)) {
      const total = BigInt(row.total);
      const { stdout } = await hub(['evaluation', 'verify', row.id], { HUB_DATA_DIR: dir, LOG_LEVEL: 'warn' });
      expect(stdout).toContain(`total ${total / 10_000n}.${(total % 10_000n).toString().padStart(4, '0')} and inputs hash ${row.inputs_hash} reproduced from 6 inputs`);
      expect(stdout).toMatch(/^OK: /);
    }
    // A verified observation edited in the database behind the hub's back.
    const source = (JSON.parse(rows[0].inputs) as { indicator: string; source: string }[]).find((i) => i.source.startsWith('observation:'))!;
    const edit = await new DataSource({ type: 'better-sqlite3', database: path.join(dir, 'hub.sqlite') }).initialize();
    await edit.query('UPDATE evaluation_observation SET value = value + 1 WHERE id = ?', [source.source.slice('observation:'.length)]);
    await edit.destroy();
    await expect(hub(['evaluation', 'verify', rows[0].id], { HUB_DATA_DIR: dir, LOG_LEVEL: 'warn' })).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(new RegExp(`^MISMATCH: [\\s\\S]*input ${source.indicator}: stored value`, 'm')),
    });
    // The stored total edited: the stored inputs no longer give it.
    const edit2 = await new DataSource({ type: 'better-sqlite3', database: path.join(dir, 'hub.sqlite') }).initialize();
    await edit2.query('UPDATE evaluation SET total = total + 1 WHERE id = ?', [rows[1].id]);
    await edit2.destroy();
    await expect(hub(['evaluation', 'verify', rows[1].id], { HUB_DATA_DIR: dir, LOG_LEVEL: 'warn' })).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/total: stored .*, recomputed from the stored inputs/) });
    await expect(hub(['evaluation', 'verify'], { HUB_DATA_DIR: dir })).rejects.toMatchObject({ code: 2 });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads county-level governments on request, with progress output', async () => {
    const dir = tempDir('hub-counties-');
    const { stderr } = await hub(['seed', '--counties'], { HUB_DATA_DIR: dir, LOG_LEVEL: 'warn' });
    expect(stderr).toMatch(/county-level bodies: \d+\/\d+ \(100%\)/);
    const added = Number(/added (\d+) county-level bodies/.exec(stderr)?.[1]);
    expect(added).toBeGreaterThan(2800 * 4);
    const twice = await hub(['seed', '--counties'], { HUB_DATA_DIR: dir, LOG_LEVEL: 'warn' });
    expect(twice.stderr).toMatch(/added 0 county-level bodies/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
