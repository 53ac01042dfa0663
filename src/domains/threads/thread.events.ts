import { registerDeadlineHandler } from '../../platform/events/scheduler';
import { CoordinationThread, ThreadParticipant } from './thread.entity';

declare module '../../platform/events/event-map' {
  interface HubEventMap {
    /** The due date of a thread passed while it was still OPEN or ESCALATED. */
    ThreadOverdue: { threadId: string };
  }
}

export const THREAD_DUE = 'ThreadDue';

export const threadDueKey = (threadId: string) => `thread-due:${threadId}`;

// `overdue` stays derived at read time; this only turns "the due date passed" into an event.
registerDeadlineHandler<{ threadId: string }>(THREAD_DUE, async (tx, { threadId }) => {
  const thread = await tx.em.findOne(CoordinationThread, { where: { rowId: threadId } });
  if (!thread || !thread.active || thread.dueAt.getTime() > Date.now()) return;
  const participants = await tx.em.find(ThreadParticipant, { where: { threadId }, select: { bodyId: true } });
  await tx.events.emit(
    'ThreadOverdue',
    { threadId },
    { subjectType: CoordinationThread.typename, subjectId: threadId, bodyId: thread.leadId, recipientBodyIds: participants.map((p) => p.bodyId) },
  );
});
