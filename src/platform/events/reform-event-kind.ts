import { registerEnumType } from 'type-graphql';
import type { HubEventKind } from './event-map';

/** The kinds `reformEvents` delivers. A domain adds its values here and maps its event kinds below. */
export enum ReformEventKind {
  DIRECTIVE_ISSUED = 'DIRECTIVE_ISSUED',
  DIRECTIVE_REVISED = 'DIRECTIVE_REVISED',
  DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE = 'DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE',
  FEEDBACK_SUBMITTED = 'FEEDBACK_SUBMITTED',
  THREAD_OVERDUE = 'THREAD_OVERDUE',
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
  },
});

/** Event-map kind → the kind reformEvents shows (kinds not listed are not in the stream). */
export const REFORM_EVENT_KINDS: Partial<Record<HubEventKind, ReformEventKind>> = {
  DirectiveIssued: ReformEventKind.DIRECTIVE_ISSUED,
  DirectiveRevised: ReformEventKind.DIRECTIVE_REVISED,
  DirectiveAcknowledgementOverdue: ReformEventKind.DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE,
  FeedbackSubmitted: ReformEventKind.FEEDBACK_SUBMITTED,
  ThreadOverdue: ReformEventKind.THREAD_OVERDUE,
};

/** The event-map kinds behind some reformEvents kinds (all mapped kinds when none are given). */
export function eventKindsFor(kinds: ReformEventKind[] | null | undefined): string[] {
  const wanted = kinds?.length ? new Set(kinds) : null;
  return Object.entries(REFORM_EVENT_KINDS)
    .filter(([, k]) => !wanted || wanted.has(k!))
    .map(([kind]) => kind);
}
