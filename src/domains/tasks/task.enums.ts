import { registerEnumType } from 'type-graphql';

export enum TaskKind {
  MAJOR_REFORM = 'MAJOR_REFORM',
  SPECIAL_REFORM = 'SPECIAL_REFORM',
  ROUTINE = 'ROUTINE',
  PILOT = 'PILOT',
  LEGISLATIVE = 'LEGISLATIVE',
  RECTIFICATION = 'RECTIFICATION',
}

export enum TaskStatus {
  ASSIGNED = 'ASSIGNED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETION_CLAIMED = 'COMPLETION_CLAIMED',
  VERIFIED = 'VERIFIED',
  CANCELLED = 'CANCELLED',
}

/** Statuses in which the executor still owes work: past the deadline, the task is overdue. */
export const OPEN_STATUSES = [TaskStatus.ASSIGNED, TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS];
/** Statuses in which the executor may report, decompose, extend or claim. */
export const WORKING_STATUSES = [TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS];
export const FINAL_STATUSES = [TaskStatus.VERIFIED, TaskStatus.CANCELLED];

export enum ProgressMethod {
  CHILDREN_WEIGHTED = 'CHILDREN_WEIGHTED',
  REPORTED = 'REPORTED',
}

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  COMPLETED = 'COMPLETED',
  VERIFIED = 'VERIFIED',
}

export enum ResultKind {
  INSTITUTION_INNOVATION = 'INSTITUTION_INNOVATION',
  REGULATION = 'REGULATION',
  SYSTEM = 'SYSTEM',
  REPORT = 'REPORT',
}

export enum ExtensionDecision {
  GRANTED = 'GRANTED',
  DENIED = 'DENIED',
}

registerEnumType(TaskKind, {
  name: 'TaskKind',
  description: 'What kind of reform task it is.',
  valuesConfig: {
    MAJOR_REFORM: { description: 'A major reform task (重大改革任务), e.g. an item of an annual list.' },
    SPECIAL_REFORM: { description: 'A task of one reform field (专项改革).' },
    ROUTINE: { description: 'Routine reform work.' },
    PILOT: { description: 'A pilot run by chosen localities (试点).' },
    LEGISLATIVE: { description: 'Drafting or revising a law or regulation.' },
    RECTIFICATION: { description: 'Rectifying what an inspection found (整改).' },
  },
});

registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: 'Where a task stands: ASSIGNED → ACCEPTED → IN_PROGRESS → COMPLETION_CLAIMED → VERIFIED; CANCELLED by the assigner at any point before VERIFIED.',
  valuesConfig: {
    ASSIGNED: { description: 'Assigned; the executor has not accepted it yet.' },
    ACCEPTED: { description: 'Accepted by the executor; no progress reported yet.' },
    IN_PROGRESS: { description: 'Progress has been reported (or a claim was sent back).' },
    COMPLETION_CLAIMED: { description: 'The executor claims completion; the assigner has not verified it yet.' },
    VERIFIED: { description: 'The assigner verified the completion. Final.' },
    CANCELLED: { description: 'Cancelled by the assigner (with all its subtasks). Final.' },
  },
});

registerEnumType(ProgressMethod, {
  name: 'ProgressMethod',
  description: 'Where a task’s progress comes from.',
  valuesConfig: {
    CHILDREN_WEIGHTED: { description: 'Rolled up from its subtasks: Σ(child progress × weight) ÷ Σ weight (cancelled subtasks left out).' },
    REPORTED: { description: 'Reported by the executor, period by period.' },
  },
});

registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: 'Where a milestone stands; it only moves forward (PLANNED → COMPLETED → VERIFIED). Overdue is derived from its due date.',
  valuesConfig: {
    PLANNED: { description: 'Not reached yet.' },
    COMPLETED: { description: 'The executor says it is reached.' },
    VERIFIED: { description: 'The assigner confirmed it.' },
  },
});

registerEnumType(ResultKind, {
  name: 'ResultKind',
  description: 'What kind of result a task produced (有成果).',
  valuesConfig: {
    INSTITUTION_INNOVATION: { description: 'An institutional innovation (制度创新).' },
    REGULATION: { description: 'A law, regulation or normative document.' },
    SYSTEM: { description: 'A working system or platform.' },
    REPORT: { description: 'A report or study.' },
  },
});

registerEnumType(ExtensionDecision, {
  name: 'ExtensionDecision',
  description: 'What the assigner decided on a deadline extension.',
  valuesConfig: {
    GRANTED: { description: 'Granted: the task’s deadline moved to the requested one.' },
    DENIED: { description: 'Denied: the deadline stays.' },
  },
});
