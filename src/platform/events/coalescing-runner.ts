/**
 * Runs one job at a time. A wake-up during a run asks for one more run after it (any number of
 * wake-ups in between fold into that one), so what a wake-up announced is never left unread, and
 * never read by two runs at once. `whenIdle` is called after a run that no wake-up followed. The
 * job handles its own errors (the relay and the scheduler log them and read again on the next wake-up).
 */
export class CoalescingRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly job: () => Promise<void>,
    private readonly whenIdle?: () => void,
  ) {}

  /** True once stop() was called: no run starts after that. */
  get isStopped(): boolean {
    return this.stopped;
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.job().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake();
      } else this.whenIdle?.();
    });
  }

  /** Resolves when no run is in progress or asked for. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** No run starts after this; resolves when the current one has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running?.catch(() => undefined);
  }
}
