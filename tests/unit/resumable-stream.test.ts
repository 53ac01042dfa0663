import { describe, expect, it } from 'vitest';
import type {} from '../../src/domains/channels/channel.events';
import { createHubPubSub } from '../../src/platform/pubsub';
import { decodeDeliveryCursor, encodeDeliveryCursor } from '../../src/domains/channels/deliveries';
import { decodeEventCursor, encodeEventCursor } from '../../src/domains/reform-events/reform-events.service';
import { resumableStream } from '../../src/platform/resumable-stream';

interface Item {
  seq: number;
  from: 'relay' | 'read';
}

/**
 * A stream over the hub's real pub/sub whose stored deliveries are `stored`: signals may carry the
 * delivery (as the relay does for a directive's recipients); `reads` counts what it read.
 */
function storeAndStream() {
  const pubsub = createHubPubSub();
  const stored: number[] = [];
  const counts = { reads: 0 };
  const stream = resumableStream<Item>({
    live: pubsub.subscribe('directive', 'b'),
    after: null,
    currentMax: async () => stored.length,
    loadAfter: async (after, limit) => {
      counts.reads += 1;
      return stored.filter((seq) => seq > after).slice(0, limit).map((seq) => ({ seq, from: 'read' as const }));
    },
    carried: (signal) => (signal as { delivery?: Item }).delivery,
  })[Symbol.asyncIterator]();
  const deliver = (seq: number, carry: boolean) => {
    if (!stored.includes(seq)) stored.push(seq);
    const delivery: Item = { seq, from: 'relay' };
    pubsub.publish('directive', 'b', carry ? { eventSeq: seq, delivery } : { eventSeq: seq });
  };
  return { stream, deliver, counts, stored };
}

describe('resumableStream with carried deliveries', () => {
  it('delivers the next seq as carried, without a read', async () => {
    const { stream, deliver, counts } = storeAndStream();
    const first = stream.next();
    await new Promise((r) => setImmediate(r)); // listening, and the current max (0) read
    deliver(1, true);
    deliver(2, true);
    expect((await first).value).toEqual({ seq: 1, from: 'relay' });
    expect((await stream.next()).value).toEqual({ seq: 2, from: 'relay' });
    expect(counts.reads).toBe(0);
    await stream.return(undefined);
  });

  it('reads the database across a gap, and never delivers a seq twice', async () => {
    const { stream, deliver, counts, stored } = storeAndStream();
    const first = stream.next();
    await new Promise((r) => setImmediate(r));
    deliver(1, true);
    expect((await first).value).toEqual({ seq: 1, from: 'relay' });
    // Seq 2 was stored but its signal carried nothing (another route, or the relay could not read).
    deliver(2, false);
    deliver(3, true);
    expect((await stream.next()).value).toEqual({ seq: 2, from: 'read' });
    expect((await stream.next()).value).toEqual({ seq: 3, from: 'read' });
    expect(counts.reads).toBe(1);
    // A carried seq the read already delivered is skipped; the next one comes as carried.
    deliver(3, true);
    deliver(4, true);
    expect((await stream.next()).value).toEqual({ seq: 4, from: 'relay' });
    expect(counts.reads).toBe(1);
    // A carried seq past a gap is not delivered before what lies in the gap.
    stored.push(5);
    deliver(6, true);
    expect((await stream.next()).value).toEqual({ seq: 5, from: 'read' });
    expect((await stream.next()).value).toEqual({ seq: 6, from: 'read' });
    await stream.return(undefined);
  });
});

describe('stream cursors', () => {
  it('round-trip a seq, and read no cursor as "from now on"', () => {
    expect(decodeDeliveryCursor(encodeDeliveryCursor(0))).toBe(0);
    expect(decodeEventCursor(encodeEventCursor(123_456_789_012_345))).toBe(123_456_789_012_345);
    expect(decodeDeliveryCursor(null)).toBeNull();
    expect(decodeEventCursor(undefined)).toBeNull();
  });

  it('refuse a cursor of the other stream, a forged one and an overlong seq as BAD_USER_INPUT', () => {
    const code = (decode: () => unknown) => {
      try {
        decode();
      } catch (err) {
        return [(err as { extensions?: { code?: string } }).extensions?.code, (err as Error).message];
      }
      return null;
    };
    expect(code(() => decodeDeliveryCursor(encodeEventCursor(5)))).toEqual(['BAD_USER_INPUT', '"after" is not a delivery cursor of this hub.']);
    expect(code(() => decodeEventCursor(encodeDeliveryCursor(5)))).toEqual(['BAD_USER_INPUT', '"after" is not an event cursor of this hub.']);
    expect(code(() => decodeEventCursor('not-a-cursor'))?.[0]).toBe('BAD_USER_INPUT');
    expect(code(() => decodeEventCursor(Buffer.from('evt1:1234567890123456').toString('base64url')))?.[0]).toBe('BAD_USER_INPUT');
    expect(code(() => decodeEventCursor(Buffer.from('evt1:-1').toString('base64url')))?.[0]).toBe('BAD_USER_INPUT');
  });
});
