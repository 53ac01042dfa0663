import { registerDeadlineHandler } from '../../platform/events/scheduler';
import { Milestone, ReformTask } from './task.entities';
import { MilestoneStatus, OPEN_STATUSES } from './task.enums';
import { recordTaskEvent } from './task.activity';

declare module '../../platform/events/event-map' {
  interface HubEventMap {
    /** A task was assigned (created or decomposed from its parent). */
    TaskAssigned: { taskId: string };
    /** The executor reported progress for a period. */
    TaskReported: { taskId: string; reportId: string };
    /** The deadline passed while the task was still owed (written by the scheduler). */
    TaskOverdue: { taskId: string };
    /** The executor claimed completion. */
    TaskCompleted: { taskId: string };
    /** The assigner verified the completion. */
    TaskVerified: { taskId: string };
    /** A milestone's due date passed while it was still PLANNED (written by the scheduler). */
    MilestoneDue: { taskId: string; milestoneId: string };
  }
}

export const TASK_DUE = 'TaskDue';
export const MILESTONE_DUE = 'MilestoneDue';
export const taskDueKey = (taskId: string) => `task-due:${taskId}`;
export const milestoneDueKey = (milestoneId: string) => `milestone-due:${milestoneId}`;

// `overdue` stays derived at read time; these only turn "the deadline passed" into an event, once.
registerDeadlineHandler<{ taskId: string }>(TASK_DUE, async (tx, { taskId }) => {
  const task = await tx.em.findOne(ReformTask, { where: { rowId: taskId } });
  if (!task || !OPEN_STATUSES.includes(task.status) || task.deadline.getTime() > Date.now()) return;
  await recordTaskEvent(tx, 'TaskOverdue', { taskId }, task);
});

registerDeadlineHandler<{ taskId: string; milestoneId: string }>(MILESTONE_DUE, async (tx, payload) => {
  const milestone = await tx.em.findOne(Milestone, { where: { rowId: payload.milestoneId } });
  const task = await tx.em.findOne(ReformTask, { where: { rowId: payload.taskId } });
  if (!milestone || !task || milestone.status !== MilestoneStatus.PLANNED || !OPEN_STATUSES.includes(task.status)) return;
  await recordTaskEvent(tx, 'MilestoneDue', payload, task);
});
