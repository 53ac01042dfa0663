/**
 * The one map of domain events: kind → payload. Each domain adds its kinds by declaration merging
 * from its own `src/domains/<d>/<d>.events.ts`:
 *
 *   declare module '../../platform/events/event-map' {
 *     interface HubEventMap { DirectiveIssued: { directiveId: string } }
 *   }
 *
 * Payloads carry row ids only: subscribers read what they need again, with their own rights.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HubEventMap {}

export type HubEventKind = keyof HubEventMap & string;

/** Where an event lies: what it is about and whose jurisdiction may see it. */
export interface EventScope {
  /** GraphQL typename of the subject (a `Node`). */
  subjectType: string;
  /** Row id of the subject. */
  subjectId: string;
  /** The body whose jurisdiction the event lies in: it and every ancestor of it see the event. */
  bodyId: string;
  /** Bodies addressed by the event (they see it too, e.g. the recipients of a directive). */
  recipientBodyIds?: string[];
  /** The acting body when no caller acts (scheduler); defaults to the caller's body, else bodyId. */
  actorBodyId?: string;
}

/** A committed event as the relay hands it to listeners: plain JSON, so it may cross processes. */
export interface HubEventEnvelope<K extends HubEventKind = HubEventKind> {
  /** Position in the hub-wide event log: commit order, no gaps. */
  seq: number;
  kind: K;
  payload: HubEventMap[K];
  subjectType: string;
  subjectId: string;
  bodyId: string;
  actorBodyId: string;
  recipientBodyIds: string[];
  occurredAt: Date;
}

/** What `tx.events` offers a service inside its transaction. */
export interface EventRecorder {
  /** Records an event in the transaction's outbox; it is published after COMMIT, never after a rollback. */
  emit<K extends HubEventKind>(kind: K, payload: HubEventMap[K], scope: EventScope): Promise<void>;
}
