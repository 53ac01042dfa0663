import { GraphQLError } from 'graphql';

/** One delivery of a per-recipient stream: `seq` strictly increases per recipient. */
export interface Sequenced {
  seq: number;
}

export interface ResumableOptions<E extends Sequenced> {
  /** Live events for this recipient; subscribed before anything is read from the database. */
  live: AsyncIterable<E>;
  /** The last seq the subscriber saw, or null for "only what comes from now on". */
  after: number | null;
  /** Highest seq stored for the recipient right now. */
  currentMax: () => Promise<number>;
  /** Stored deliveries with seq > afterSeq, in seq order, at most `limit`. */
  loadAfter: (afterSeq: number, limit: number) => Promise<E[]>;
  /** Live events held while replaying or while the subscriber is slow; past it the stream ends. */
  maxBuffered?: number;
  /** Extra catch-up reads shortly after start, for transports that subscribe asynchronously (Redis). */
  catchUpAfterMs?: number[];
  /**
   * Live events only say "something new may be there" (a filtered stream, whose seqs have holes):
   * each one triggers a read from the database instead of being delivered itself.
   */
  liveAsSignal?: boolean;
  /** Called once when the buffer overflows (e.g. to close the socket with a clear code). */
  onOverflow?: () => void;
}

export const SLOW_SUBSCRIBER = 'SUBSCRIBER_TOO_SLOW';
/** WebSocket close code for a subscriber that fell too far behind. */
export const SLOW_CONSUMER_CLOSE = 4413;
const PAGE = 200;

/**
 * Replays what a subscriber missed, then continues live, with no gap, no duplicate and no
 * reordering at the switch. The database is the source of truth; live events only say "there is
 * something new". Live events are buffered from the start; the replay runs; buffered and later
 * events at or below the last delivered seq are dropped; an event beyond the next expected seq
 * (published out of order, by another instance, or lost while subscribing) is preceded by a read
 * of the missing range. Seqs are assigned under a per-recipient lock and published after commit,
 * so when seq n exists, every seq below n is already committed.
 */
export async function* resumableStream<E extends Sequenced>(opts: ResumableOptions<E>): AsyncGenerator<E> {
  const maxBuffered = opts.maxBuffered ?? 10_000;
  const buffer: (E | { tick: true })[] = [];
  const waiter: { wake: (() => void) | null } = { wake: null };
  let overflow = false;
  let liveDone = false;
  const iterator = opts.live[Symbol.asyncIterator]();
  const push = (item: E | { tick: true }) => {
    if (buffer.length >= maxBuffered) {
      if (!overflow) opts.onOverflow?.();
      overflow = true;
    } else buffer.push(item);
    waiter.wake?.();
  };
  // Start listening before reading the database (the first next() attaches the listener).
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) break;
        push(value);
      }
    } finally {
      liveDone = true;
      waiter.wake?.();
    }
  })();
  const timers = (opts.catchUpAfterMs ?? []).map((ms) => setTimeout(() => push({ tick: true }), ms));

  try {
    let last = opts.after ?? (await opts.currentMax());
    const catchUp = async function* (upTo: number | null) {
      for (;;) {
        const rows = await opts.loadAfter(last, PAGE);
        for (const row of rows) {
          if (upTo !== null && row.seq > upTo) return;
          last = row.seq;
          yield row;
        }
        if (rows.length < PAGE) return;
      }
    };
    if (opts.after !== null) yield* catchUp(null);
    for (;;) {
      if (overflow) throw new GraphQLError('The subscriber fell too far behind; resubscribe with the cursor of the last delivery.', { extensions: { code: SLOW_SUBSCRIBER } });
      const item = buffer.shift();
      if (!item) {
        if (liveDone) return;
        await new Promise<void>((resolve) => (waiter.wake = resolve));
        waiter.wake = null;
        continue;
      }
      if ('tick' in item || opts.liveAsSignal) {
        yield* catchUp(null);
        continue;
      }
      if (item.seq <= last) continue;
      if (item.seq > last + 1) yield* catchUp(item.seq);
      if (item.seq <= last) continue;
      last = item.seq;
      yield item;
    }
  } finally {
    timers.forEach(clearTimeout);
    await iterator.return?.();
    await pump.catch(() => undefined);
  }
}
