import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { buildWeb } from '../browser/support/build-web';
import { disposeUnusedTemplates, sharedTemplate } from './global-setup';

// The CLI and start-up tests run the compiled program exactly as `npm start` / `npm run hub` do.
//
// The global setups of all projects run one after another in vitest's main process, and no test
// starts before the last has finished. This one (the unit project's, the first) also starts what
// the later ones wait for — the web app's build and a template database per dialect in use — so
// that they are made while tsc compiles (when it must), instead of one after another.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = path.resolve(__dirname, '..', '..');
  // `npm test` compiles before vitest starts; a run started otherwise, or after an edit, compiles here.
  const compile = compiledAfterEveryEdit(root)
    ? Promise.resolve()
    : promisify(execFile)(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: root });
  for (const p of project.vitest.projects) {
    const setups = [p.config.globalSetup ?? []].flat();
    if (setups.some((f) => f.endsWith('build-web.ts'))) void buildWeb().catch(() => undefined);
    if (setups.some((f) => f.endsWith('global-setup.ts'))) sharedTemplate((p.config.env?.HUB_TEST_DB as string) ?? 'sqlite');
  }
  try {
    await compile;
  } catch (err) {
    const { stdout, stderr } = err as { stdout?: string; stderr?: string };
    throw new Error(`tsc -p tsconfig.json failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
  // A template made ahead for a project that then had no file to run (a filtered run) is removed here.
  return disposeUnusedTemplates;
}

/** Whether dist was compiled after the last change to anything tsconfig.json compiles (as make decides). */
function compiledAfterEveryEdit(root: string): boolean {
  const built = path.join(root, 'dist', '.tsbuildinfo');
  if (!fs.existsSync(built)) return false;
  const compiledAt = fs.statSync(built).mtimeMs;
  const newest = (p: string): number => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return 0;
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((name) => newest(path.join(p, name))));
  };
  const inputs = ['tsconfig.json', 'package-lock.json', 'src', 'migrations', 'tests/bench', 'tests/fixtures'];
  return inputs.every((p) => newest(path.join(root, p)) <= compiledAt);
}
