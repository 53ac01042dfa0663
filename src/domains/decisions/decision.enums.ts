import { registerEnumType } from 'type-graphql';

export enum DecisionClass {
  MAJOR = 'MAJOR',
  IMPORTANT = 'IMPORTANT',
  ROUTINE = 'ROUTINE',
}

// HEARING of the reference design is left out: no operation records a hearing yet.
export enum DecisionStageKind {
  LOCAL_CONSULTATION = 'LOCAL_CONSULTATION',
  PUBLIC_CONSULTATION = 'PUBLIC_CONSULTATION',
  EXPERT_CONSULTATION = 'EXPERT_CONSULTATION',
  RISK_ASSESSMENT = 'RISK_ASSESSMENT',
  LEGALITY_REVIEW = 'LEGALITY_REVIEW',
  COLLECTIVE_DELIBERATION = 'COLLECTIVE_DELIBERATION',
}

/** Stages whose outcome judges the text itself: a new draft version makes them STALE. */
export const TEXT_BOUND_STAGES = [DecisionStageKind.RISK_ASSESSMENT, DecisionStageKind.LEGALITY_REVIEW, DecisionStageKind.COLLECTIVE_DELIBERATION];
/** Stages that must be COMPLETED (when required) before legality review is requested. */
export const BEFORE_LEGALITY = [DecisionStageKind.LOCAL_CONSULTATION, DecisionStageKind.PUBLIC_CONSULTATION, DecisionStageKind.EXPERT_CONSULTATION, DecisionStageKind.RISK_ASSESSMENT];
/** The order stages are listed in. */
export const STAGE_ORDER = Object.values(DecisionStageKind);

export enum DecisionStatus {
  DRAFT = 'DRAFT',
  IN_PROCEDURE = 'IN_PROCEDURE',
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  SUPERSEDED = 'SUPERSEDED',
}

export const OPEN_DECISION_STATUSES = [DecisionStatus.DRAFT, DecisionStatus.IN_PROCEDURE];

export enum StageStatus {
  NOT_STARTED = 'NOT_STARTED',
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
  STALE = 'STALE',
  NOT_REQUIRED = 'NOT_REQUIRED',
}

export enum SubmitterType {
  INDIVIDUAL = 'INDIVIDUAL',
  ENTERPRISE = 'ENTERPRISE',
  ORGANIZATION = 'ORGANIZATION',
  DEPUTY = 'DEPUTY',
  ANONYMOUS = 'ANONYMOUS',
}

export enum ModerationState {
  RECEIVED = 'RECEIVED',
  PUBLISHED = 'PUBLISHED',
  WITHHELD = 'WITHHELD',
}

export enum ModerationAction {
  PUBLISH = 'PUBLISH',
  WITHHOLD = 'WITHHOLD',
}

export enum SubmissionDisposition {
  ADOPTED = 'ADOPTED',
  PARTLY_ADOPTED = 'PARTLY_ADOPTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
  NOTED = 'NOTED',
}

export enum ExpertPosition {
  SUPPORT = 'SUPPORT',
  SUPPORT_WITH_CHANGES = 'SUPPORT_WITH_CHANGES',
  OPPOSE = 'OPPOSE',
  ABSTAIN = 'ABSTAIN',
}

export enum RiskRating {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

export enum RiskArea {
  SOCIAL_STABILITY = 'SOCIAL_STABILITY',
  FISCAL = 'FISCAL',
  LEGAL = 'LEGAL',
  ENVIRONMENT = 'ENVIRONMENT',
  IMPLEMENTATION = 'IMPLEMENTATION',
  PUBLIC_OPINION = 'PUBLIC_OPINION',
}

export enum LegalityConclusion {
  LEGAL = 'LEGAL',
  LEGAL_WITH_AMENDMENTS = 'LEGAL_WITH_AMENDMENTS',
  NOT_LEGAL = 'NOT_LEGAL',
  OUT_OF_AUTHORITY = 'OUT_OF_AUTHORITY',
}

export enum VoteOption {
  YES = 'YES',
  NO = 'NO',
  ABSTAIN = 'ABSTAIN',
}

export enum DeliberationConclusion {
  ADOPT = 'ADOPT',
  ADOPT_WITH_CHANGES = 'ADOPT_WITH_CHANGES',
  REJECT = 'REJECT',
  DEFER = 'DEFER',
}

export enum LegislativeStatus {
  IDENTIFIED = 'IDENTIFIED',
  SCHEDULED = 'SCHEDULED',
  DRAFTING = 'DRAFTING',
  ENACTED = 'ENACTED',
  NOT_NEEDED = 'NOT_NEEDED',
}

export enum SuggestionChannel {
  PUBLIC = 'PUBLIC',
  DEPUTY = 'DEPUTY',
}

export enum SuggestionStatus {
  RECEIVED = 'RECEIVED',
  ANSWERED = 'ANSWERED',
  REFERRED = 'REFERRED',
}

registerEnumType(DecisionClass, {
  name: 'DecisionClass',
  description: 'Class of a reform decision; its procedure (required stages, minimums) is seeded data per class and level.',
  valuesConfig: {
    MAJOR: { description: 'A major decision (重大决策): by default all five stages.' },
    IMPORTANT: { description: 'An important decision (较重大): by default expert consultation, legality review, collective deliberation.' },
    ROUTINE: { description: 'A routine decision (一般): by default legality review and collective deliberation.' },
  },
});
registerEnumType(DecisionStageKind, {
  name: 'DecisionStageKind',
  description: 'A stage of the decision procedure (决策程序).',
  valuesConfig: {
    LOCAL_CONSULTATION: { description: 'Consultation of lower governments through a directive they acknowledge and answer with feedback.' },
    PUBLIC_CONSULTATION: { description: 'Public participation (公众参与): a comment window, moderated submissions, each answered.' },
    EXPERT_CONSULTATION: { description: 'Expert consultation (专家咨询): at least the procedure’s minimum number of opinions.' },
    RISK_ASSESSMENT: { description: 'Risk assessment (风险评估): dimensions, rating, controllability. Bound to the draft version.' },
    LEGALITY_REVIEW: { description: 'Legality review (合法性审查) by a legal-affairs body at or above the decision maker’s government. Bound to the draft version.' },
    COLLECTIVE_DELIBERATION: { description: 'Collective deliberation (集体讨论决定): quorum, counted votes, the chair’s conclusion. Bound to the draft version.' },
  },
});
registerEnumType(DecisionStatus, {
  name: 'DecisionStatus',
  description: 'Where a reform decision stands. Whether it may be adopted shows in `missingStages` (empty: ready).',
  valuesConfig: {
    DRAFT: { description: 'Drafted; no stage started yet.' },
    IN_PROCEDURE: { description: 'At least one stage started.' },
    ADOPTED: { description: 'Adopted; immutable from now on (a change is `reconsiderDecision`).' },
    REJECTED: { description: 'The collective deliberation concluded REJECT.' },
    WITHDRAWN: { description: 'Withdrawn before adoption.' },
    SUPERSEDED: { description: 'Replaced by a reconsidered decision (再决策).' },
  },
});
registerEnumType(StageStatus, {
  name: 'StageStatus',
  description: 'Where one stage of a decision stands.',
  valuesConfig: {
    NOT_STARTED: { description: 'Required, nothing done yet.' },
    OPEN: { description: 'Started (window open, review requested, governments consulted, deliberation deferred), not completed.' },
    COMPLETED: { description: 'Done on the draft version in `boundVersion`, and still valid.' },
    STALE: { description: 'Done on an older draft version: it must be done again on the current one.' },
    NOT_REQUIRED: { description: 'Not required by the procedure and not done.' },
  },
});
registerEnumType(SubmitterType, {
  name: 'SubmitterType',
  description: 'Who sent a public submission or suggestion, as they declared it.',
  valuesConfig: {
    INDIVIDUAL: { description: 'A person.' },
    ENTERPRISE: { description: 'An enterprise.' },
    ORGANIZATION: { description: 'An association or other organization.' },
    DEPUTY: { description: 'A deputy to a people’s congress or a CPPCC member.' },
    ANONYMOUS: { description: 'Not declared.' },
  },
});
registerEnumType(ModerationState, {
  name: 'ModerationState',
  description: 'Moderation of what the public writes: nobody but the moderating bodies sees it before it is PUBLISHED.',
  valuesConfig: {
    RECEIVED: { description: 'Received, not yet moderated.' },
    PUBLISHED: { description: 'Published: visible to whoever may read its target.' },
    WITHHELD: { description: 'Withheld, with a reason (abuse, personal data, off topic).' },
  },
});
registerEnumType(ModerationAction, {
  name: 'ModerationAction',
  description: 'What a moderator does with a received text.',
  valuesConfig: { PUBLISH: { description: 'Publish it.' }, WITHHOLD: { description: 'Withhold it; a reason is required.' } },
});
registerEnumType(SubmissionDisposition, {
  name: 'SubmissionDisposition',
  description: 'How a published public submission was taken into account (意见采纳情况).',
  valuesConfig: {
    ADOPTED: { description: 'Adopted.' },
    PARTLY_ADOPTED: { description: 'Partly adopted.' },
    NOT_ADOPTED: { description: 'Not adopted; the response gives the reason.' },
    NOTED: { description: 'Noted (no change asked for).' },
  },
});
registerEnumType(ExpertPosition, {
  name: 'ExpertPosition',
  description: 'An expert’s position on the draft.',
  valuesConfig: {
    SUPPORT: { description: 'Supports it.' },
    SUPPORT_WITH_CHANGES: { description: 'Supports it with changes.' },
    OPPOSE: { description: 'Opposes it.' },
    ABSTAIN: { description: 'Takes no position.' },
  },
});
registerEnumType(RiskRating, {
  name: 'RiskRating',
  description: 'Overall risk of a decision; HIGH and not controllable blocks adoption.',
  valuesConfig: { LOW: { description: 'Low.' }, MEDIUM: { description: 'Medium.' }, HIGH: { description: 'High.' } },
});
registerEnumType(RiskArea, {
  name: 'RiskArea',
  description: 'A dimension of risk assessment.',
  valuesConfig: {
    SOCIAL_STABILITY: { description: 'Social stability (社会稳定).' },
    FISCAL: { description: 'Public finances.' },
    LEGAL: { description: 'Legal risk.' },
    ENVIRONMENT: { description: 'Environment.' },
    IMPLEMENTATION: { description: 'Feasibility of implementation.' },
    PUBLIC_OPINION: { description: 'Public opinion (舆情).' },
  },
});
registerEnumType(LegalityConclusion, {
  name: 'LegalityConclusion',
  description: 'Conclusion of a legality review; only LEGAL and LEGAL_WITH_AMENDMENTS clear the way to deliberation.',
  valuesConfig: {
    LEGAL: { description: 'Legal.' },
    LEGAL_WITH_AMENDMENTS: { description: 'Legal once the opinion’s amendments are made.' },
    NOT_LEGAL: { description: 'Not legal.' },
    OUT_OF_AUTHORITY: { description: 'Beyond the decision maker’s authority.' },
  },
});
registerEnumType(VoteOption, {
  name: 'VoteOption',
  description: 'An option in a collective deliberation vote.',
  valuesConfig: { YES: { description: 'In favour.' }, NO: { description: 'Against.' }, ABSTAIN: { description: 'Abstains.' } },
});
registerEnumType(DeliberationConclusion, {
  name: 'DeliberationConclusion',
  description: 'What the chair concluded (the chair may conclude against the majority, with a reason).',
  valuesConfig: {
    ADOPT: { description: 'Adopt the draft.' },
    ADOPT_WITH_CHANGES: { description: 'Adopt with changes.' },
    REJECT: { description: 'Reject: the decision becomes REJECTED.' },
    DEFER: { description: 'Defer: the stage stays OPEN and must be held again.' },
  },
});
registerEnumType(LegislativeStatus, {
  name: 'LegislativeStatus',
  description: 'Where a legislative change a decision depends on stands.',
  valuesConfig: {
    IDENTIFIED: { description: 'Identified as needed.' },
    SCHEDULED: { description: 'On the legislative plan.' },
    DRAFTING: { description: 'Being drafted.' },
    ENACTED: { description: 'Enacted.' },
    NOT_NEEDED: { description: 'Found not to be needed.' },
  },
});
registerEnumType(SuggestionChannel, {
  name: 'SuggestionChannel',
  description: 'How a suggestion reached the body.',
  valuesConfig: {
    PUBLIC: { description: 'The public suggestion platform (改革建议征集平台).' },
    DEPUTY: { description: 'A deputy’s suggestion, registered by the body, with a statutory answer deadline.' },
  },
});
registerEnumType(SuggestionStatus, {
  name: 'SuggestionStatus',
  description: 'Where a suggestion stands.',
  valuesConfig: {
    RECEIVED: { description: 'Not answered yet.' },
    ANSWERED: { description: 'Answered.' },
    REFERRED: { description: 'Referred to a reform decision it bears on.' },
  },
});
