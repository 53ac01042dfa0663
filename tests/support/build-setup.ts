import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { buildWeb } from '../browser/support/build-web';
import { compiledServer, disposeUnusedTemplates, sharedTemplate } from './global-setup';

// The CLI and start-up tests run the compiled program exactly as `npm start` / `npm run hub` do,
// and every test imports the compiled server (tests/vitest.config.mts).
//
// The global setups of all projects run one after another in vitest's main process, and no test
// starts before the last has finished. This one (the unit project's, the first) also starts what
// the later ones wait for — the web app's build and a template database per dialect in use — so
// that the web app builds while tsc compiles (when it must), and the templates follow at once.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const compile = compiledServer();
  for (const p of project.vitest.projects) {
    const setups = [p.config.globalSetup ?? []].flat();
    if (setups.some((f) => f.endsWith('build-web.ts'))) void buildWeb().catch(() => undefined);
    if (setups.some((f) => f.endsWith('global-setup.ts'))) sharedTemplate((p.config.env?.HUB_TEST_DB as string) ?? 'sqlite');
  }
  await compile;
  // A template made ahead for a project that then had no file to run (a filtered run) is removed here.
  return disposeUnusedTemplates;
}
