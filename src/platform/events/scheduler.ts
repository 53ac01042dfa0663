import type { RequestContext } from '../context';
import type { Database } from '../database/data-source';
import { afterCommit, runInTransaction } from '../database/transaction';
import type { Logger } from '../logger';
import { CoalescingRunner } from './coalescing-runner';
import { HubDeadline } from './hub-event.entity';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (tx: RequestContext, payload: any) => Promise<void>;
const handlers = new Map<string, Handler>();
const scheduledListeners = new WeakMap<Database, (at: Date) => void>();

/**
 * Registers what happens when a deadline of this handler passes; call once at module load (in the
 * domain's `<d>.events.ts`). It runs in its own transaction with a system context (`tx.actor` is
 * null), exactly once: the deadline row is deleted in that same transaction.
 */
export function registerDeadlineHandler<P>(name: string, handler: (tx: RequestContext, payload: P) => Promise<void>): void {
  if (handlers.has(name) && handlers.get(name) !== handler) throw new Error(`Deadline handler ${name} is registered twice`);
  handlers.set(name, handler);
}

export interface DeadlineSpec<P> {
  /** Unique per deadline (e.g. `directive-ack:<id>`); scheduling a key again replaces it. */
  key: string;
  at: Date;
  handler: string;
  payload: P;
}

/** Schedules (or moves) a deadline, inside the caller's transaction: it exists only if that commits. */
export async function scheduleDeadline<P>(tx: RequestContext, spec: DeadlineSpec<P>): Promise<void> {
  if (!handlers.has(spec.handler)) throw new Error(`No deadline handler ${spec.handler} is registered`);
  await tx.em.delete(HubDeadline, { key: spec.key });
  await tx.em.insert(HubDeadline, { key: spec.key, handler: spec.handler, payload: JSON.stringify(spec.payload), dueAt: spec.at, attempts: 0 });
  afterCommit(tx.em, () => scheduledListeners.get(tx.db)?.(spec.at));
}

/** Cancels a pending deadline; a no-op when it is absent or already fired. */
export async function cancelDeadline(tx: RequestContext, key: string): Promise<void> {
  await tx.em.delete(HubDeadline, { key });
}

/** Longest sleep between two looks at the table (deadlines scheduled by other instances). */
export const SCHEDULER_POLL_MS = 1000;
const MAX_BACKOFF_MS = 3_600_000;

/**
 * Fires due deadlines. Each one is claimed, handled and deleted in one transaction: on PostgreSQL
 * the claim is `FOR UPDATE SKIP LOCKED`, so two instances never take the same row and a crash
 * before COMMIT leaves it for the next run; on SQLite the writer mutex serialises the same steps
 * in the one process. A deadline that passed while the hub was down is due at start.
 */
export class DeadlineScheduler {
  private timer: NodeJS.Timeout | null = null;
  private readonly runs = new CoalescingRunner(
    () => this.runDue(),
    () => void this.sleep(),
  );

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    /** A system context (no actor) bound to a transaction. */
    private readonly systemContext: (em: RequestContext['em']) => RequestContext,
  ) {}

  start(): void {
    scheduledListeners.set(this.db, (at) => {
      if (at.getTime() - Date.now() < SCHEDULER_POLL_MS) this.wake();
    });
    this.wake();
  }

  /** Resolves when no run is in progress (tests). */
  idle(): Promise<void> {
    return this.runs.idle();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    scheduledListeners.delete(this.db);
    await this.runs.stop();
  }

  /** Fires what is due now (also what tests call to avoid waiting for the timer). */
  wake(): void {
    this.runs.wake();
  }

  private async sleep(): Promise<void> {
    if (this.runs.isStopped) return;
    let wait = SCHEDULER_POLL_MS;
    try {
      const next = await this.db.background.createQueryBuilder(HubDeadline, 'd').select('MIN(d.dueAt)', 'next').getRawOne<{ next: string | Date | null }>();
      if (next?.next) wait = Math.min(wait, Math.max(0, toDate(next.next).getTime() - Date.now()));
    } catch {
      // database away: look again after the poll interval
    }
    if (this.runs.isStopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), wait + 5);
    this.timer.unref();
  }

  private async runDue(): Promise<void> {
    try {
      while (!this.runs.isStopped && (await this.fireOne())) {
        // next
      }
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'deadline scheduler could not run');
    }
  }

  /** Claims one due deadline and runs its handler; false when nothing is due. */
  private async fireOne(): Promise<boolean> {
    let failed: { key: string; attempts: number; err: unknown } | null = null;
    const fired = await runInTransaction(this.db, this.db.background, async (em) => {
      const qb = em.createQueryBuilder(HubDeadline, 'd').where('d.dueAt <= :now', { now: new Date() }).orderBy('d.dueAt', 'ASC').limit(1);
      if (this.db.dialect === 'postgres') qb.setLock('pessimistic_write').setOnLocked('skip_locked');
      const due = await qb.getOne();
      if (!due) return false;
      const handler = handlers.get(due.handler);
      try {
        if (!handler) throw new Error(`No deadline handler ${due.handler} is registered`);
        await handler(this.systemContext(em), JSON.parse(due.payload));
      } catch (err) {
        // The claim rolls back with the handler's changes; the row is then pushed back outside it.
        failed = { key: due.key, attempts: due.attempts, err };
        throw err;
      }
      await em.delete(HubDeadline, { key: due.key });
      this.log.info({ key: due.key, handler: due.handler }, 'deadline fired');
      return true;
    }).catch((err) => {
      if (!failed) throw err;
      return false;
    });
    if (failed) {
      const { key, attempts, err } = failed as { key: string; attempts: number; err: unknown };
      const retryAt = new Date(Date.now() + Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempts));
      this.log.error({ err, key, attempts: attempts + 1, retryAt }, 'deadline handler failed; retrying later');
      await runInTransaction(this.db, this.db.background, (em) => em.update(HubDeadline, { key }, { attempts: attempts + 1, dueAt: retryAt }));
      return true;
    }
    return fired;
  }
}

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(`${String(value).replace(' ', 'T')}${/Z|[+-]\d\d:?\d\d$/.test(String(value)) ? '' : 'Z'}`);
}
