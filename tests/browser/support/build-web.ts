import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The browser suite tests the app as the hub serves it: build web/dist once per run (vite, ~2 s).
export default function setup(): void {
  const root = path.resolve(__dirname, '..', '..', '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.mts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
