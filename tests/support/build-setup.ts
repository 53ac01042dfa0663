import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The CLI and start-up tests run the compiled program exactly as `npm start` / `npm run hub` do.
export default function setup(): void {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
}
