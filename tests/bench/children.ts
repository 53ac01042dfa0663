import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { waitFor } from '../support/wait';

const root = path.resolve(__dirname, '..', '..', '..');

export interface Child {
  proc: ChildProcess;
  port: number;
  rssKb(): number;
  /** CPU time the process has used (user + system), in ms: work per request, whatever else the machine runs. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Starts a compiled script (relative to dist/) as its own process and waits for GET /healthz. */
export async function startChild(script: string, port: number, env: Record<string, string>, extraNodeArgs: string[] = []): Promise<Child> {
  // BENCH_CHILD_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles the children.
  const nodeArgs = [...(process.env.BENCH_CHILD_NODE_ARGS ?? '').split(' ').filter(Boolean), ...extraNodeArgs];
  const proc = spawn(process.execPath, [...nodeArgs, path.join(root, 'dist', script)], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`${script} exited: ${stderr}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${script} did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    proc,
    port,
    cpuMs() {
      // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
      const fields = fs.readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    rssKb() {
      const status = fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
        setTimeout(() => proc.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/**
 * Resolves once `child` has gone idle — at most one clock tick (10 ms) of CPU between two readings
 * 200 ms apart — so a memory reading sees no work still in flight (replays, publication, garbage).
 */
export async function quiescent(child: Child, timeoutMs = 30_000): Promise<void> {
  let last = Number.NEGATIVE_INFINITY;
  await waitFor(
    () => {
      const used = child.cpuMs();
      const idle = used - last <= 10;
      last = used;
      return idle;
    },
    { timeoutMs, intervalMs: 200, what: `process ${child.port} to go idle` },
  );
}
