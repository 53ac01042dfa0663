import { registerEnumType } from 'type-graphql';
import type { HubEventKind } from './event-map';

/** The kinds `reformEvents` delivers. A domain adds its values here and maps its event kinds below. */
export enum ReformEventKind {
  DIRECTIVE_ISSUED = 'DIRECTIVE_ISSUED',
  DIRECTIVE_REVISED = 'DIRECTIVE_REVISED',
  DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE = 'DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE',
  FEEDBACK_SUBMITTED = 'FEEDBACK_SUBMITTED',
  THREAD_OPENED = 'THREAD_OPENED',
  THREAD_ESCALATED = 'THREAD_ESCALATED',
  THREAD_RESOLVED = 'THREAD_RESOLVED',
  THREAD_REOPENED = 'THREAD_REOPENED',
  THREAD_OVERDUE = 'THREAD_OVERDUE',
  RECEIPT_READ = 'RECEIPT_READ',
  DIRECTIVE_ACKNOWLEDGED = 'DIRECTIVE_ACKNOWLEDGED',
  FEEDBACK_ANSWERED = 'FEEDBACK_ANSWERED',
  DELEGATION_SIGNED = 'DELEGATION_SIGNED',
  DELEGATION_REVOKED = 'DELEGATION_REVOKED',
  DECISION_STAGE_CHANGED = 'DECISION_STAGE_CHANGED',
  DECISION_ADOPTED = 'DECISION_ADOPTED',
  CONSULTATION_OPENED = 'CONSULTATION_OPENED',
  CONSULTATION_CLOSED = 'CONSULTATION_CLOSED',
}

registerEnumType(ReformEventKind, {
  name: 'ReformEventKind',
  description: 'What happened, in the jurisdiction-scoped event stream `reformEvents`.',
  valuesConfig: {
    DIRECTIVE_ISSUED: { description: 'A directive was issued (subject: the Directive).' },
    DIRECTIVE_REVISED: { description: 'A new version of a directive was issued (subject: the new Directive).' },
    DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE: { description: '`acknowledgeBy` passed with recipients still to acknowledge (subject: the Directive).' },
    FEEDBACK_SUBMITTED: { description: 'Feedback was reported upward (subject: the Feedback).' },
    THREAD_OPENED: { description: 'A coordination thread was opened (subject: the CoordinationThread).' },
    THREAD_ESCALATED: { description: 'A coordination thread was escalated to the coordinating body above (subject: the CoordinationThread).' },
    THREAD_RESOLVED: { description: 'A coordination thread was resolved (subject: the CoordinationThread).' },
    THREAD_REOPENED: { description: 'A resolved coordination thread was reopened (subject: the CoordinationThread).' },
    THREAD_OVERDUE: { description: 'The due date of a coordination thread passed while it was still active (subject: the CoordinationThread).' },
    RECEIPT_READ: { description: 'A recipient first opened a directive (subject: the Receipt; addressed to the issuer).' },
    DIRECTIVE_ACKNOWLEDGED: { description: 'A recipient acknowledged a directive (subject: the Receipt; addressed to the issuer).' },
    FEEDBACK_ANSWERED: { description: 'Feedback was answered (subject: the Feedback; addressed to its sender).' },
    DELEGATION_SIGNED: { description: 'A delegation came into force, signed by a LEAD of the grantor at creation or later (subject: the Delegation; addressed to grantor and grantee).' },
    DELEGATION_REVOKED: { description: 'A delegation was revoked, itself or together with the delegation it came from (subject: the Delegation; addressed to grantor and grantee).' },
    DECISION_STAGE_CHANGED: { description: 'A stage of a reform decision started, completed or became STALE (subject: the ReformDecision).' },
    DECISION_ADOPTED: { description: 'A reform decision was adopted (subject: the ReformDecision).' },
    CONSULTATION_OPENED: { description: 'The public comment window of a decision opened (subject: the ReformDecision).' },
    CONSULTATION_CLOSED: { description: 'The public comment window of a decision ended, at its deadline (subject: the ReformDecision).' },
  },
});

/** Event-map kind → the kind reformEvents shows (kinds not listed are not in the stream). */
export const REFORM_EVENT_KINDS: Partial<Record<HubEventKind, ReformEventKind>> = {
  DirectiveIssued: ReformEventKind.DIRECTIVE_ISSUED,
  DirectiveRevised: ReformEventKind.DIRECTIVE_REVISED,
  DirectiveAcknowledgementOverdue: ReformEventKind.DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE,
  FeedbackSubmitted: ReformEventKind.FEEDBACK_SUBMITTED,
  ThreadOpened: ReformEventKind.THREAD_OPENED,
  ThreadEscalated: ReformEventKind.THREAD_ESCALATED,
  ThreadResolved: ReformEventKind.THREAD_RESOLVED,
  ThreadReopened: ReformEventKind.THREAD_REOPENED,
  ThreadOverdue: ReformEventKind.THREAD_OVERDUE,
  ReceiptRead: ReformEventKind.RECEIPT_READ,
  DirectiveAcknowledged: ReformEventKind.DIRECTIVE_ACKNOWLEDGED,
  FeedbackAnswered: ReformEventKind.FEEDBACK_ANSWERED,
  DelegationSigned: ReformEventKind.DELEGATION_SIGNED,
  DelegationRevoked: ReformEventKind.DELEGATION_REVOKED,
  DecisionStageChanged: ReformEventKind.DECISION_STAGE_CHANGED,
  DecisionAdopted: ReformEventKind.DECISION_ADOPTED,
  ConsultationOpened: ReformEventKind.CONSULTATION_OPENED,
  ConsultationClosed: ReformEventKind.CONSULTATION_CLOSED,
};

/** The event-map kinds behind some reformEvents kinds (all mapped kinds when none are given). */
export function eventKindsFor(kinds: ReformEventKind[] | null | undefined): string[] {
  const wanted = kinds?.length ? new Set(kinds) : null;
  return Object.entries(REFORM_EVENT_KINDS)
    .filter(([, k]) => !wanted || wanted.has(k!))
    .map(([kind]) => kind);
}
