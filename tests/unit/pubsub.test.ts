import { describe, expect, it } from 'vitest';
import type {} from '../../src/domains/channels/channel.events';
import type { HubEventEnvelope } from '../../src/platform/events/event-map';
import { createHubPubSub } from '../../src/platform/pubsub';

describe('the in-process pub/sub', () => {
  it('delivers a keyed publication to that key’s subscribers only, in order, to a waiting reader and to a queue', async () => {
    const pubsub = createHubPubSub();
    const a = pubsub.subscribe('directive', 'a');
    const b = pubsub.subscribe('directive', 'b');
    const waiting = a.next(); // attaches, then waits
    const bRead = b.next();
    pubsub.publish('directive', 'a', { eventSeq: 1 });
    expect(await waiting).toEqual({ done: false, value: { eventSeq: 1 } });
    pubsub.publish('directive', 'a', { eventSeq: 2 });
    pubsub.publish('directive', 'a', { eventSeq: 3 });
    expect(await a.next()).toEqual({ done: false, value: { eventSeq: 2 } });
    expect(await a.next()).toEqual({ done: false, value: { eventSeq: 3 } });
    await a.return!();
    await b.return!();
    expect(await bRead).toEqual({ done: true, value: undefined }); // nothing of a's reached b
  });

  it('listens from the first read on, and not after return: a waiting read ends, later ones are done', async () => {
    const pubsub = createHubPubSub();
    const events = pubsub.subscribe('hub.event');
    const envelope = { seq: 1 } as HubEventEnvelope;
    pubsub.publish('hub.event', envelope); // before the first read: not listening yet
    const first = events.next();
    pubsub.publish('hub.event', { ...envelope, seq: 2 });
    expect((await first).value).toMatchObject({ seq: 2 });
    const pending = events.next();
    await events.return!();
    expect(await pending).toEqual({ done: true, value: undefined });
    pubsub.publish('hub.event', { ...envelope, seq: 3 });
    expect(await events.next()).toEqual({ done: true, value: undefined });
  });
});
