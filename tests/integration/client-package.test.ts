import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Body } from '../../src/domains/bodies/body.entities';
import { Receipt } from '../../src/domains/channels/channel.entities';
import { encodeDeliveryCursor } from '../../src/domains/channels/deliveries';
import { tempDir } from '../support/env';
import { useTestHub } from '../support/test-hub';

// Acceptance of the client package (issue #17): build and pack clients/typescript, install the
// tarball into a scratch project outside the repository — offline: its dependencies are packed
// from the repository's node_modules, npm never reaches a registry — type-check a small program
// against it and run that program against a live hub (subscribe, issue, resume).

const run = promisify(execFile);
const root = path.resolve(__dirname, '..', '..');
const pkgDir = path.join(root, 'clients', 'typescript');
const modules = path.join(root, 'node_modules');

const t = useTestHub();
let scratch: string;
beforeAll(async () => {
  scratch = tempDir('hub-client-scratch-');
});
afterAll(async () => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return stdout;
}

describe('the client package', () => {
  it('packs, installs offline outside the repository, type-checks and runs against a live hub', async () => {
    // Build and pack (prepack builds: tsc to JS + .d.ts) in a copy, so that runs in parallel (one
    // per database) never write into the repository or into each other's output.
    const pkgCopy = path.join(scratch, 'package');
    fs.cpSync(pkgDir, pkgCopy, { recursive: true, filter: (src) => !/[\\/](dist|node_modules)$|\.tgz$/.test(src) });
    fs.symlinkSync(modules, path.join(pkgCopy, 'node_modules'), 'dir');
    const packed = JSON.parse(await npm(['pack', '--json', '--pack-destination', scratch], pkgCopy)) as { filename: string; files: { path: string }[] }[];
    const files = packed[0].files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/client.d.ts', 'dist/persisted-documents.json', 'package.json']));
    expect(files.some((f) => f.startsWith('src/'))).toBe(false);

    // Its dependencies, packed from the repository's node_modules (no registry involved).
    const deps = ['graphql', 'graphql-ws', '@graphql-typed-document-node/core', 'ws'];
    const depTarballs = (JSON.parse(await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', scratch, ...deps.map((d) => path.join(modules, d))], scratch)) as { filename: string }[]).map((p) => p.filename);

    const project = path.join(scratch, 'program');
    fs.cpSync(path.join(root, 'tests', 'client-package'), project, { recursive: true });
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'hub-client-scratch', private: true, type: 'module' }));
    await npm(['install', '--ignore-scripts', ...[packed[0].filename, ...depTarballs].map((f) => path.join(scratch, f))], project);
    const installed = JSON.parse(fs.readFileSync(path.join(project, 'node_modules', '@coordination-hub', 'client', 'package.json'), 'utf8')) as { name: string };
    expect(installed.name).toBe('@coordination-hub/client');
    expect(fs.existsSync(path.join(project, 'node_modules', '@coordination-hub', 'client', 'src'))).toBe(false);

    // Type-check (the package's .d.ts included: skipLibCheck is off) and compile the program.
    await run(process.execPath, [path.join(modules, 'typescript', 'bin', 'tsc'), '-p', project], { cwd: project }).catch((err: { stdout?: string }) => {
      throw new Error(`tsc failed:\n${err.stdout}`);
    });

    // Run it against the live hub.
    const issuer = await t.token('330000', ['LEAD']);
    const recipient = await t.token('330100', ['OFFICER']);
    // The cursor the program would have kept from an earlier run: its last delivery so far.
    const em = t.em;
    const body = await em.findOneByOrFail(Body, { code: '330100' });
    const { last } = (await em.createQueryBuilder(Receipt, 'r').select('MAX(r.seq)', 'last').where('r.recipientId = :id', { id: body.rowId }).getRawOne()) as { last: number | string | null };
    const start = encodeDeliveryCursor(Number(last ?? 0));
    const { stdout } = await run(process.execPath, [path.join(project, 'out', 'main.js'), t.url, issuer, recipient, '330100', start], { cwd: project, timeout: 90_000 }).catch(
      (err: { stdout?: string; stderr?: string }) => {
        throw new Error(`program failed:\n${err.stdout}\n${err.stderr}`);
      },
    );
    const report = JSON.parse(stdout);
    expect(report).toEqual({
      codes: expect.arrayContaining(['330100']),
      refused: ['BAD_USER_INPUT'],
      first: { title: '指令 A', matches: true, recipient: '330100' },
      replayed: ['指令 B', '指令 C'],
      afterDrop: '指令 D',
      pagination: { merged: ['a', 'b', 'c'], hasPreviousPage: false, hasNextPage: false, refetched: 2 },
      cache: { node: expect.any(Number), fiscalAllocationMerges: true },
    });
    expect(report.cache.node).toBeGreaterThanOrEqual(10);
  });
});
