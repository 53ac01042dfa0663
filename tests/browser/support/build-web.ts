import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '..', '..', '..');
const shared = globalThis as { __hubWebBuild?: Promise<void> };

/** Builds web/dist once per run (vite, ~2 s), started by whichever global setup asks first. */
export function buildWeb(): Promise<void> {
  shared.__hubWebBuild ??= promisify(execFile)(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.mts', '--logLevel', 'warn'], { cwd: root }).then(
    () => undefined,
    (err: Error & { stderr?: string }) => Promise.reject(new Error(`vite build failed: ${err.stderr || err.message}`)),
  );
  return shared.__hubWebBuild;
}

// The browser suite tests the app as the hub serves it.
export default async function setup(): Promise<void> {
  await buildWeb();
}
