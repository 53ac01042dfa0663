import { execFile } from 'node:child_process';
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
// that they are made while tsc compiles, instead of one after another.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = path.resolve(__dirname, '..', '..');
  const compile = promisify(execFile)(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: root });
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
