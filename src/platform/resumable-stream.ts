import { GraphQLError } from 'graphql';
import { badUserInput } from './errors/api-errors';

/** One delivery of a per-recipient stream: `seq` strictly increases per recipient. */
export interface Sequenced {
  seq: number;
}

export interface ResumableOptions<E extends Sequenced> {
  /**
   * Live signals for this recipient ("something new may be there"); subscribed before anything is
   * read from the database. Their content does not matter: the database is read on each.
   */
  live: AsyncIterable<unknown>;
  /** The last seq the subscriber saw, or null for "only what comes from now on". */
  after: number | null;
  /** Highest seq stored for the recipient right now. */
  currentMax: () => Promise<number>;
  /** Stored deliveries with seq > afterSeq, in seq order, at most `limit`. */
  loadAfter: (afterSeq: number, limit: number) => Promise<E[]>;
  /**
   * The delivery a live signal carries, if any: the relay read it once for every subscriber of the
   * event. One with the next seq (seqs are dense per recipient) is delivered as it is; a gap, or a
   * signal without one, means reading the database.
   */
  carried?: (signal: unknown) => E | undefined;
  /** Signals held while replaying or while the subscriber is slow; past it the stream ends. */
  maxBuffered?: number;
  /** Called once when the buffer overflows (e.g. to close the socket with a clear code). */
  onOverflow?: () => void;
}

/**
 * The opaque cursor of a sequenced stream, base64url of "<tag>:<seq>": what a subscriber passes as
 * `after` to resume. A forged cursor, or one of another stream (another tag), is BAD_USER_INPUT.
 */
export function seqCursor(tag: string, what: string): { encode(seq: number): string; decode(cursor: string | null | undefined): number | null } {
  const pattern = new RegExp(`^${tag}:(\\d{1,15})$`);
  return {
    encode: (seq) => Buffer.from(`${tag}:${seq}`, 'utf8').toString('base64url'),
    decode(cursor) {
      if (cursor === null || cursor === undefined) return null;
      const m = pattern.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (!m) throw badUserInput(`"after" is not ${what} of this hub.`);
      return Number(m[1]);
    },
  };
}

export const SLOW_SUBSCRIBER = 'SUBSCRIBER_TOO_SLOW';
/** WebSocket close code for a subscriber that fell too far behind. */
export const SLOW_CONSUMER_CLOSE = 4413;

/**
 * The bound every subscription of a connection shares: graphql-ws waits for each message to be
 * flushed, so a subscriber that does not read makes live events pile up; past the bound, the
 * connection closes and the client resumes from its cursor.
 */
export function subscriberLimits(ctx: { subscriptionBuffer?: number; closeConnection?: (code: number, reason: string) => void }): Pick<ResumableOptions<Sequenced>, 'maxBuffered' | 'onOverflow'> {
  return {
    maxBuffered: ctx.subscriptionBuffer,
    onOverflow: () => ctx.closeConnection?.(SLOW_CONSUMER_CLOSE, 'Subscriber too slow: resubscribe with the cursor of your last delivery'),
  };
}
const PAGE = 200;

/**
 * Replays what a subscriber missed, then continues live, with no gap, no duplicate and no
 * reordering at the switch. The database is the only source: live signals are listened to from the
 * start, the replay runs, and every signal (those that came meanwhile included) triggers one read
 * of what lies after the last delivered seq. Seqs are committed in order (per-recipient locks, the
 * event log's head lock) and signals come after the commit, so a read after a signal finds it.
 */
export async function* resumableStream<E extends Sequenced>(opts: ResumableOptions<E>): AsyncGenerator<E> {
  const maxBuffered = opts.maxBuffered ?? 10_000;
  let pending = 0;
  // Deliveries the pending signals carried, in publication order; `bare`: a signal carried none.
  const carried: E[] = [];
  let bare = false;
  const waiter: { wake: (() => void) | null } = { wake: null };
  let overflow = false;
  let liveDone = false;
  const iterator = opts.live[Symbol.asyncIterator]();
  // Start listening before reading the database (the first next() attaches the listener).
  const pump = (async () => {
    try {
      for (;;) {
        const { done, value } = await iterator.next();
        if (done) break;
        if (pending >= maxBuffered) {
          if (!overflow) opts.onOverflow?.();
          overflow = true;
        } else {
          pending += 1;
          const item = opts.carried?.(value);
          if (item) carried.push(item);
          else bare = true;
        }
        waiter.wake?.();
      }
    } finally {
      liveDone = true;
      waiter.wake?.();
    }
  })();

  try {
    let last = opts.after ?? (await opts.currentMax());
    const catchUp = async function* () {
      for (;;) {
        const rows = await opts.loadAfter(last, PAGE);
        for (const row of rows) {
          last = row.seq;
          yield row;
        }
        if (rows.length < PAGE) return;
      }
    };
    if (opts.after !== null) yield* catchUp();
    for (;;) {
      if (overflow) throw new GraphQLError('The subscriber fell too far behind; resubscribe with the cursor of the last delivery.', { extensions: { code: SLOW_SUBSCRIBER } });
      if (pending === 0) {
        if (liveDone) return;
        await new Promise<void>((resolve) => (waiter.wake = resolve));
        waiter.wake = null;
        continue;
      }
      pending = 0; // one read covers every signal that is waiting
      const items = carried.splice(0);
      let read = bare || items.length === 0;
      bare = false;
      for (const item of read ? [] : items) {
        if (item.seq <= last) continue; // already delivered by the replay or an earlier read
        if (item.seq !== last + 1) {
          read = true; // something in between was not carried: the database has it
          break;
        }
        last = item.seq;
        yield item;
      }
      if (read) yield* catchUp();
    }
  } finally {
    await iterator.return?.();
    await pump.catch(() => undefined);
  }
}
