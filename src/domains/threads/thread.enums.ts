import { registerEnumType } from 'type-graphql';

export enum ThreadStatus {
  OPEN = 'OPEN',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

/** Statuses in which a thread takes messages, resources, members and escalations. */
export const ACTIVE_STATUSES: ThreadStatus[] = [ThreadStatus.OPEN, ThreadStatus.ESCALATED];

export enum ThreadEventKind {
  OPENED = 'OPENED',
  MESSAGE_POSTED = 'MESSAGE_POSTED',
  PARTICIPANT_ADDED = 'PARTICIPANT_ADDED',
  PARTICIPANT_REMOVED = 'PARTICIPANT_REMOVED',
  RESOURCE_SHARED = 'RESOURCE_SHARED',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  REOPENED = 'REOPENED',
}

export enum ThreadResourceKind {
  DOCUMENT = 'DOCUMENT',
  DATA_SET = 'DATA_SET',
  OTHER = 'OTHER',
}

export enum EscalationGround {
  OVERDUE = 'OVERDUE',
  DEADLOCK = 'DEADLOCK',
}

registerEnumType(ThreadStatus, {
  name: 'ThreadStatus',
  description: 'Where a coordination thread stands.',
  valuesConfig: {
    OPEN: { description: 'Being worked on under its original (or a reopening) lead.' },
    ESCALATED: { description: 'Stalled or deadlocked and passed to the coordinating body above, which now leads it; still active.' },
    RESOLVED: { description: 'Settled by the lead with a resolution summary; read-only until reopened.' },
    CLOSED: { description: 'Archived for good; read-only and cannot be reopened. No operation closes a thread yet.' },
  },
});

registerEnumType(ThreadEventKind, {
  name: 'ThreadEventKind',
  description: 'What happened in a coordination thread.',
  valuesConfig: {
    OPENED: { description: 'The thread was opened (first event of every thread).' },
    MESSAGE_POSTED: { description: 'A participant posted a message (`message`).' },
    PARTICIPANT_ADDED: { description: 'The lead invited a body (`body`).' },
    PARTICIPANT_REMOVED: { description: 'The lead removed a body (`body`).' },
    RESOURCE_SHARED: { description: 'A participant shared a document or data set (`resource`).' },
    ESCALATED: { description: 'The thread was escalated (`note`: the reason); `body` is the new lead, `previousLead` the old one.' },
    RESOLVED: { description: 'The lead resolved the thread (`note`: the resolution summary).' },
    REOPENED: { description: 'The lead or a body above it reopened the thread (`note`: why, when given).' },
  },
});

registerEnumType(ThreadResourceKind, {
  name: 'ThreadResourceKind',
  description: 'What kind of resource a participant shares in a thread.',
  valuesConfig: {
    DOCUMENT: { description: 'A document: a draft, a regulation, minutes, a report.' },
    DATA_SET: { description: 'A data set: statistics, registers, survey results.' },
    OTHER: { description: 'Anything else worth sharing with the participants.' },
  },
});

registerEnumType(EscalationGround, {
  name: 'EscalationGround',
  description: 'Why a participant escalates a thread.',
  valuesConfig: {
    OVERDUE: { description: 'The thread is past its due date without a resolution (checked by the hub).' },
    DEADLOCK: { description: 'The participants cannot agree; the reason must say on what.' },
  },
});

/** How a body's list of threads is ordered. */
export enum ThreadOrder {
  NEWEST = 'NEWEST',
  DUE_SOONEST = 'DUE_SOONEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}

registerEnumType(ThreadOrder, {
  name: 'ThreadOrder',
  description: 'How a list of coordination threads is ordered.',
  valuesConfig: {
    NEWEST: { description: 'Most recently opened first (the default).' },
    DUE_SOONEST: { description: 'Earliest due date first: what must be settled next.' },
    RECENTLY_UPDATED: { description: 'Most recent activity first: where something just happened.' },
  },
});
