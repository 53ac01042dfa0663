import { onHubEvent } from '../../platform/events/relay';
import { registerDeadlineHandler } from '../../platform/events/scheduler';
import { CoordinationThread, ThreadParticipant } from './thread.entities';
import { ThreadEventKind } from './thread.enums';

/** One thread event (its row in `thread_event` holds the details). */
export interface ThreadActivityEvent {
  threadId: string;
  eventId: string;
}

declare module '../../platform/events/event-map' {
  interface HubEventMap {
    ThreadOpened: ThreadActivityEvent;
    ThreadMessagePosted: ThreadActivityEvent;
    ThreadParticipantAdded: ThreadActivityEvent;
    ThreadParticipantRemoved: ThreadActivityEvent;
    ThreadResourceShared: ThreadActivityEvent;
    ThreadEscalated: ThreadActivityEvent;
    ThreadResolved: ThreadActivityEvent;
    ThreadReopened: ThreadActivityEvent;
    /** The due date of a thread passed while it was still OPEN or ESCALATED. */
    ThreadOverdue: { threadId: string };
  }
}

/** The domain event recorded with each kind of thread event. */
export const THREAD_EVENT_KINDS = {
  [ThreadEventKind.OPENED]: 'ThreadOpened',
  [ThreadEventKind.MESSAGE_POSTED]: 'ThreadMessagePosted',
  [ThreadEventKind.PARTICIPANT_ADDED]: 'ThreadParticipantAdded',
  [ThreadEventKind.PARTICIPANT_REMOVED]: 'ThreadParticipantRemoved',
  [ThreadEventKind.RESOURCE_SHARED]: 'ThreadResourceShared',
  [ThreadEventKind.ESCALATED]: 'ThreadEscalated',
  [ThreadEventKind.RESOLVED]: 'ThreadResolved',
  [ThreadEventKind.REOPENED]: 'ThreadReopened',
} as const satisfies Record<ThreadEventKind, string>;

/** Topic of thread events, keyed by thread row id; subscribers read the event again with their rights. */
export const THREAD_ACTIVITY = 'thread.activity';

export interface ActivityDelivery {
  eventId: string;
}

declare module '../../platform/pubsub' {
  interface HubTopics {
    'thread.activity': [threadId: string, ActivityDelivery];
  }
}

for (const kind of Object.values(THREAD_EVENT_KINDS)) {
  onHubEvent(kind, (e, pubsub) => pubsub.publish(THREAD_ACTIVITY, e.payload.threadId, { eventId: e.payload.eventId }));
}

export const THREAD_DUE = 'ThreadDue';

export const threadDueKey = (threadId: string) => `thread-due:${threadId}`;

// `overdue` stays derived at read time; this only turns "the due date passed" into an event.
registerDeadlineHandler<{ threadId: string }>(THREAD_DUE, async (tx, { threadId }) => {
  const thread = await tx.em.findOne(CoordinationThread, { where: { rowId: threadId } });
  if (!thread || !thread.active || thread.dueAt.getTime() > Date.now()) return;
  const participants = await tx.em.find(ThreadParticipant, { where: { threadId }, select: { bodyId: true } });
  await tx.events.emit('ThreadOverdue', { threadId }, { subjectType: CoordinationThread.typename, subjectId: threadId, bodyId: thread.leadId, recipientBodyIds: participants.map((p) => p.bodyId) });
});
