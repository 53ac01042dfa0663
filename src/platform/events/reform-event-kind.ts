import { registerEnumType } from 'type-graphql';
import type { HubEventKind } from './event-map';

/** The kinds `reformEvents` delivers. A domain adds its values here and maps its event kinds below. */
export enum ReformEventKind {
  DIRECTIVE_ISSUED = 'DIRECTIVE_ISSUED',
  DIRECTIVE_REVISED = 'DIRECTIVE_REVISED',
  DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE = 'DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE',
  FEEDBACK_SUBMITTED = 'FEEDBACK_SUBMITTED',
  THREAD_OVERDUE = 'THREAD_OVERDUE',
  INSPECTION_CHANGED = 'INSPECTION_CHANGED',
  FINDING_RECORDED = 'FINDING_RECORDED',
  RECTIFICATION_ORDERED = 'RECTIFICATION_ORDERED',
  RECTIFICATION_OVERDUE = 'RECTIFICATION_OVERDUE',
  RECTIFICATION_VERIFIED = 'RECTIFICATION_VERIFIED',
  TOLERANCE_DECIDED = 'TOLERANCE_DECIDED',
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
    INSPECTION_CHANGED: { description: 'An inspection was planned, its joint group or its status changed (subject: the Inspection).' },
    FINDING_RECORDED: { description: 'An inspection recorded a finding (subject: the Finding).' },
    RECTIFICATION_ORDERED: { description: 'A rectification order was issued (subject: the RectificationOrder).' },
    RECTIFICATION_OVERDUE: { description: 'A rectification deadline passed unverified; the order was escalated to the body above the addressee (subject: the RectificationOrder).' },
    RECTIFICATION_VERIFIED: { description: 'The issuer verified a rectification report, accepting or rejecting it (subject: the RectificationOrder).' },
    TOLERANCE_DECIDED: { description: 'A fault-tolerance case was decided by both co-signatures (subject: the ToleranceCase; only its deciders and the subject’s LEADs receive it).' },
  },
});

/** Event-map kind → the kind reformEvents shows (kinds not listed are not in the stream). */
export const REFORM_EVENT_KINDS: Partial<Record<HubEventKind, ReformEventKind>> = {
  DirectiveIssued: ReformEventKind.DIRECTIVE_ISSUED,
  DirectiveRevised: ReformEventKind.DIRECTIVE_REVISED,
  DirectiveAcknowledgementOverdue: ReformEventKind.DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE,
  FeedbackSubmitted: ReformEventKind.FEEDBACK_SUBMITTED,
  ThreadOverdue: ReformEventKind.THREAD_OVERDUE,
  InspectionChanged: ReformEventKind.INSPECTION_CHANGED,
  FindingRecorded: ReformEventKind.FINDING_RECORDED,
  RectificationOrdered: ReformEventKind.RECTIFICATION_ORDERED,
  RectificationOverdue: ReformEventKind.RECTIFICATION_OVERDUE,
  RectificationVerified: ReformEventKind.RECTIFICATION_VERIFIED,
  ToleranceDecided: ReformEventKind.TOLERANCE_DECIDED,
};

/** The event-map kinds behind some reformEvents kinds (all mapped kinds when none are given). */
export function eventKindsFor(kinds: ReformEventKind[] | null | undefined): string[] {
  const wanted = kinds?.length ? new Set(kinds) : null;
  return Object.entries(REFORM_EVENT_KINDS)
    .filter(([, k]) => !wanted || wanted.has(k!))
    .map(([kind]) => kind);
}
