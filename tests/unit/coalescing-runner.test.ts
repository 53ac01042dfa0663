import { describe, expect, it } from 'vitest';
import { CoalescingRunner } from '../../src/platform/events/coalescing-runner';

// The relay's and the scheduler's one-run-at-a-time rule: a wake-up during a run is not lost and
// does not start a second run beside it.
function gatedJob() {
  const gates: Array<() => void> = [];
  let active = 0;
  let maxActive = 0;
  let runs = 0;
  const job = () =>
    new Promise<void>((resolve) => {
      runs++;
      active++;
      maxActive = Math.max(maxActive, active);
      gates.push(() => {
        active--;
        resolve();
      });
    });
  const open = async () => {
    // Let the runner's finally and the next run start before looking at the gates.
    while (!gates.length) await Promise.resolve();
    gates.shift()!();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { job, open, stats: () => ({ runs, maxActive, waiting: gates.length }) };
}

/** A runner woken twice: one run in progress, one asked for. */
function wokenTwice() {
  const g = gatedJob();
  const runner = new CoalescingRunner(g.job);
  runner.wake();
  runner.wake();
  return { g, runner };
}

/** A promise and whether it has settled yet. */
function tracked(promise: Promise<unknown>) {
  const state = { done: false, promise: promise.then(() => void (state.done = true)) };
  return state;
}

describe('CoalescingRunner', () => {
  it('folds the wake-ups made during a run into exactly one more run, never two at once', async () => {
    const g = gatedJob();
    let idleCalls = 0;
    const runner = new CoalescingRunner(g.job, () => idleCalls++);
    runner.wake();
    runner.wake();
    runner.wake();
    expect(g.stats()).toEqual({ runs: 1, maxActive: 1, waiting: 1 });
    await g.open();
    expect(g.stats()).toEqual({ runs: 2, maxActive: 1, waiting: 1 });
    expect(idleCalls).toBe(0);
    await g.open();
    await runner.idle();
    expect(g.stats()).toEqual({ runs: 2, maxActive: 1, waiting: 0 });
    expect(idleCalls).toBe(1);
  });

  it('idle() waits for the run a wake-up asked for, not only the current one', async () => {
    const { g, runner } = wokenTwice();
    const idle = tracked(runner.idle());
    await g.open();
    expect(idle.done).toBe(false);
    await g.open();
    await idle.promise;
    expect(g.stats().runs).toBe(2);
  });

  it('starts nothing after stop(), and stop() waits for the run in progress', async () => {
    const { g, runner } = wokenTwice();
    const stopping = tracked(runner.stop());
    expect(runner.isStopped).toBe(true);
    runner.wake();
    await Promise.resolve();
    expect(stopping.done).toBe(false);
    await g.open();
    await stopping.promise;
    // The wake-up made before stop() asked for a second run; a stopped runner does not start it.
    expect(g.stats()).toEqual({ runs: 1, maxActive: 1, waiting: 0 });
  });
});
