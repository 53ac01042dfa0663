import fs from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');

describe('the generated client', () => {
  it('is what codegen.yml produces from the committed schema and operations (run `npm run codegen`)', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
      const outputs = await generate({ ...config, silent: true, cwd: root }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs as { filename: string; content: string }[]) {
        const committed = fs.readFileSync(path.resolve(root, output.filename), 'utf8');
        expect(committed, output.filename).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
