import { registerEnumType } from 'type-graphql';
import type { HubEventKind } from './event-map';

/** The kinds `reformEvents` delivers. A domain adds its values here and maps its event kinds below. */
export enum ReformEventKind {
  DIRECTIVE_ISSUED = 'DIRECTIVE_ISSUED',
  DIRECTIVE_REVISED = 'DIRECTIVE_REVISED',
  DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE = 'DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE',
  FEEDBACK_SUBMITTED = 'FEEDBACK_SUBMITTED',
  THREAD_OVERDUE = 'THREAD_OVERDUE',
  DECISION_STAGE_CHANGED = 'DECISION_STAGE_CHANGED',
  DECISION_ADOPTED = 'DECISION_ADOPTED',
  CONSULTATION_OPENED = 'CONSULTATION_OPENED',
  CONSULTATION_CLOSED = 'CONSULTATION_CLOSED',
  TASK_ASSIGNED = 'TASK_ASSIGNED',
  TASK_REPORTED = 'TASK_REPORTED',
  TASK_OVERDUE = 'TASK_OVERDUE',
  TASK_COMPLETED = 'TASK_COMPLETED',
  TASK_VERIFIED = 'TASK_VERIFIED',
  MILESTONE_DUE = 'MILESTONE_DUE',
  INSPECTION_CHANGED = 'INSPECTION_CHANGED',
  FINDING_RECORDED = 'FINDING_RECORDED',
  RECTIFICATION_ORDERED = 'RECTIFICATION_ORDERED',
  RECTIFICATION_OVERDUE = 'RECTIFICATION_OVERDUE',
  RECTIFICATION_VERIFIED = 'RECTIFICATION_VERIFIED',
  TOLERANCE_DECIDED = 'TOLERANCE_DECIDED',
  EVALUATION_PUBLISHED = 'EVALUATION_PUBLISHED',
}

registerEnumType(ReformEventKind, {
  name: 'ReformEventKind',
  description: 'What happened, in the jurisdiction-scoped event stream `reformEvents`.',
  valuesConfig: {
    DIRECTIVE_ISSUED: { description: 'A directive was issued (subject: the Directive).' },
    DIRECTIVE_REVISED: { description: 'A new version of a directive was issued (subject: the new Directive).' },
    DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE: { description: '`acknowledgeBy` passed with recipients still to acknowledge (subject: the Directive).' },
    FEEDBACK_SUBMITTED: { description: 'Feedback was reported upward (subject: the Feedback).' },
    THREAD_OVERDUE: { description: 'The due date of a coordination thread passed while it was still active (subject: the CoordinationThread).' },
    DECISION_STAGE_CHANGED: { description: 'A stage of a reform decision started, completed or became STALE (subject: the ReformDecision).' },
    DECISION_ADOPTED: { description: 'A reform decision was adopted (subject: the ReformDecision).' },
    CONSULTATION_OPENED: { description: 'The public comment window of a decision opened (subject: the ReformDecision).' },
    CONSULTATION_CLOSED: { description: 'The public comment window of a decision ended, at its deadline (subject: the ReformDecision).' },
    TASK_ASSIGNED: { description: 'A task was assigned, directly or by decomposing its parent (subject: the ReformTask).' },
    TASK_REPORTED: { description: 'The executor reported progress on a task (subject: the ReformTask).' },
    TASK_OVERDUE: { description: 'The deadline of a task passed while it was still owed (subject: the ReformTask).' },
    TASK_COMPLETED: { description: 'The executor claimed completion of a task (subject: the ReformTask).' },
    TASK_VERIFIED: { description: 'The assigner verified the completion of a task (subject: the ReformTask).' },
    MILESTONE_DUE: { description: 'A milestone of a task came due while still PLANNED (subject: the ReformTask).' },
    INSPECTION_CHANGED: { description: 'An inspection was planned, its joint group or its status changed (subject: the Inspection).' },
    FINDING_RECORDED: { description: 'An inspection recorded a finding (subject: the Finding).' },
    RECTIFICATION_ORDERED: { description: 'A rectification order was issued (subject: the RectificationOrder).' },
    RECTIFICATION_OVERDUE: { description: 'A rectification deadline passed unverified; the order was escalated to the body above the addressee (subject: the RectificationOrder).' },
    RECTIFICATION_VERIFIED: { description: 'The issuer verified a rectification report, accepting or rejecting it (subject: the RectificationOrder).' },
    TOLERANCE_DECIDED: { description: 'A fault-tolerance case was decided by both co-signatures (subject: the ToleranceCase; only its deciders and the subject’s LEADs receive it).' },
    EVALUATION_PUBLISHED: { description: 'An evaluation was published (subject: the Evaluation; public from then on).' },
  },
});

/** Event-map kind → the kind reformEvents shows (kinds not listed are not in the stream). */
export const REFORM_EVENT_KINDS: Partial<Record<HubEventKind, ReformEventKind>> = {
  DirectiveIssued: ReformEventKind.DIRECTIVE_ISSUED,
  DirectiveRevised: ReformEventKind.DIRECTIVE_REVISED,
  DirectiveAcknowledgementOverdue: ReformEventKind.DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE,
  FeedbackSubmitted: ReformEventKind.FEEDBACK_SUBMITTED,
  ThreadOverdue: ReformEventKind.THREAD_OVERDUE,
  DecisionStageChanged: ReformEventKind.DECISION_STAGE_CHANGED,
  DecisionAdopted: ReformEventKind.DECISION_ADOPTED,
  ConsultationOpened: ReformEventKind.CONSULTATION_OPENED,
  ConsultationClosed: ReformEventKind.CONSULTATION_CLOSED,
  TaskAssigned: ReformEventKind.TASK_ASSIGNED,
  TaskReported: ReformEventKind.TASK_REPORTED,
  TaskOverdue: ReformEventKind.TASK_OVERDUE,
  TaskCompleted: ReformEventKind.TASK_COMPLETED,
  TaskVerified: ReformEventKind.TASK_VERIFIED,
  MilestoneDue: ReformEventKind.MILESTONE_DUE,
  InspectionChanged: ReformEventKind.INSPECTION_CHANGED,
  FindingRecorded: ReformEventKind.FINDING_RECORDED,
  RectificationOrdered: ReformEventKind.RECTIFICATION_ORDERED,
  RectificationOverdue: ReformEventKind.RECTIFICATION_OVERDUE,
  RectificationVerified: ReformEventKind.RECTIFICATION_VERIFIED,
  ToleranceDecided: ReformEventKind.TOLERANCE_DECIDED,
  EvaluationPublished: ReformEventKind.EVALUATION_PUBLISHED,
};

/** The event-map kinds behind some reformEvents kinds (all mapped kinds when none are given). */
export function eventKindsFor(kinds: ReformEventKind[] | null | undefined): string[] {
  const wanted = kinds?.length ? new Set(kinds) : null;
  return Object.entries(REFORM_EVENT_KINDS)
    .filter(([, k]) => !wanted || wanted.has(k!))
    .map(([kind]) => kind);
}
