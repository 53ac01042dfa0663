import type { NextFunction, Request, Response } from 'express';

/**
 * Requests and operations the hub is working on, so that a stopping hub waits for them before it
 * closes the database. Closing the server's connections does not stop work whose caller has gone:
 * a request waiting on its first statement goes on once the statement returns, and its next
 * statement would find the pool ended (an internal error, and a write cut short).
 */
export class InProgress {
  private running = 0;
  private readonly idle: (() => void)[] = [];

  get count(): number {
    return this.running;
  }

  /** Counts `work` until it settles; a value that is not a promise is done already. */
  track<T>(work: T | Promise<T>): T | Promise<T> {
    if (!(work instanceof Promise)) return work;
    this.running += 1;
    return work.finally(() => {
      this.running -= 1;
      if (this.running === 0) for (const resolve of this.idle.splice(0)) resolve();
    });
  }

  /**
   * An async express middleware counted until its promise settles. One that calls `next()` from
   * within (the gate, Apollo's handler after it) keeps the request counted without a gap.
   */
  middleware(handler: (req: Request, res: Response, next: NextFunction) => unknown): (req: Request, res: Response, next: NextFunction) => unknown {
    return (req, res, next) => this.track(handler(req, res, next));
  }

  /** Resolves true once nothing is in progress, or false after `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.idle.splice(this.idle.indexOf(done), 1);
        resolve(false);
      }, timeoutMs);
      this.idle.push(done);
    });
  }
}
