/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Acknowledges a directive addressed to the caller’s body. */
export type AcknowledgeDirectiveInput = {
  /** The directive. */
  directiveId: string | number;
};

/** A law or regulation the decision needs changed. */
export type AddLegislativeDependencyInput = {
  /** The change needed. */
  change: string;
  /** The decision. */
  decisionId: string | number;
  /** Repeating a key returns the first result instead of creating a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** The law or regulation. */
  instrument: string;
  /** When it is needed. */
  neededBy?: string | null | undefined;
  /** Code of the owner: a LEGAL_AFFAIRS body. */
  ownerCode: string;
};

/** Adopts a decision whose required stages are all COMPLETED on the current draft; atomically issues its directives. */
export type AdoptDecisionInput = {
  /** The decision. */
  decisionId: string | number;
  /** Directives issued on adoption (at most 20), all or none. */
  directives?: Array<AdoptionDirectiveInput> | null | undefined;
  /** When it takes effect; default now. */
  effectiveFrom?: string | null | undefined;
  /** Repeating a key returns the first result instead of adopting twice. */
  idempotencyKey?: string | null | undefined;
};

/** A directive the adoption issues, from the decision maker to bodies in its own subtree. */
export type AdoptionDirectiveInput = {
  /** Acknowledgement deadline. */
  acknowledgeBy?: string | null | undefined;
  /** With audienceLevel: which kind of body; default GOVERNMENT. */
  audienceKind?: BodyKind | null | undefined;
  /** Address every body of this level below the decision maker. */
  audienceLevel?: Level | null | undefined;
  /** Full text. */
  content: string;
  /** Priority; default ROUTINE. */
  priority?: DirectivePriority | null | undefined;
  /** Readable without an account. */
  public?: boolean | null | undefined;
  /** Codes of explicit recipients, all in the decision maker’s subtree. */
  recipientCodes?: Array<string> | null | undefined;
  /** Recipients must acknowledge it. */
  requiresAcknowledgement?: boolean | null | undefined;
  /** Title. */
  title: string;
};

/** The body’s answer to a suggestion. */
export type AnswerSuggestionInput = {
  /** The answer (public with the suggestion). */
  answer: string;
  /** The suggestion. */
  suggestionId: string | number;
};

/** What kind of public body this is. */
export type BodyKind =
  /** A functional department inside a government, e.g. finance, development and reform. */
  | 'DEPARTMENT'
  /** Discipline inspection and supervision (纪检监察). */
  | 'DISCIPLINE_INSPECTION'
  /** A panel of experts consulted on decisions. */
  | 'EXPERT_PANEL'
  /** A level's people's government (人民政府). */
  | 'GOVERNMENT'
  /** The leading group for deepening reform (深改组), the primary decision-maker. */
  | 'LEADING_GROUP'
  /** A legal-affairs body that reviews legality (法制办). */
  | 'LEGAL_AFFAIRS'
  /** Organization department (组织部). */
  | 'ORGANIZATION_DEPARTMENT'
  /** A reform office (改革办). */
  | 'REFORM_OFFICE'
  /** A special group (专项小组) for one reform field. */
  | 'SPECIAL_GROUP'
  /** An independent third-party evaluator. */
  | 'THIRD_PARTY';

/** How a list of bodies is ordered. */
export type BodyOrder =
  /** By code, ascending (the default): a government, then its departments, then the governments below. */
  | 'CODE'
  /** By official name, ascending by Unicode code point (then by code). */
  | 'NAME';

/** Closes the local consultation once every consulted government replied. */
export type CloseLocalConsultationInput = {
  /** The decision. */
  decisionId: string | number;
};

/** Closes the public consultation with its summary. */
export type ClosePublicConsultationInput = {
  /** The decision. */
  decisionId: string | number;
  /** How the submissions were taken into account (意见采纳情况说明), published. */
  summary: string;
};

/** Consults lower governments on the draft through a directive. */
export type ConsultLocalGovernmentsInput = {
  /** Codes of the governments consulted, in the caller’s subtree. */
  bodyCodes: Array<string>;
  /** The decision. */
  decisionId: string | number;
  /** When replies (acknowledgement and feedback) are due. */
  replyBy: string;
};

/** A new body in the jurisdiction tree. */
export type CreateBodyInput = {
  /** Stable code: six-digit GB/T 2260 code for a government, `<government>-<SUFFIX>` otherwise. */
  code: string;
  /** Repeating a key returns the first result instead of creating a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** Kind of body. */
  kind: BodyKind;
  /** Level; must fit the parent (a department has the level of its government). */
  level: Level;
  /** Official name. */
  name: string;
  /** Code of the parent: the government one level up, or the own government for a department. */
  parentCode: string;
};

/** A named position in a body. */
export type CreatePostInput = {
  /** Code of the body; the caller is an ADMIN of it or of a body above it. */
  bodyCode: string;
  /** Name of the current holder: personal data, shown inside the body’s jurisdiction only. */
  holderName?: string | null | undefined;
  /** Repeating a key returns the first result instead of creating a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** Since when the holder holds it. */
  since?: string | null | undefined;
  /** Title of the position (2 to 200 characters), unique in the body. */
  title: string;
};

/** Class of a reform decision; its procedure (required stages, minimums) is seeded data per class and level. */
export type DecisionClass =
  /** An important decision (较重大): by default expert consultation, legality review, collective deliberation. */
  | 'IMPORTANT'
  /** A major decision (重大决策): by default all five stages. */
  | 'MAJOR'
  /** A routine decision (一般): by default legality review and collective deliberation. */
  | 'ROUTINE';

/** A stage of the decision procedure (决策程序). */
export type DecisionStageKind =
  /** Collective deliberation (集体讨论决定): quorum, counted votes, the chair’s conclusion. Bound to the draft version. */
  | 'COLLECTIVE_DELIBERATION'
  /** Expert consultation (专家咨询): at least the procedure’s minimum number of opinions. */
  | 'EXPERT_CONSULTATION'
  /** Legality review (合法性审查) by a legal-affairs body at or above the decision maker’s government. Bound to the draft version. */
  | 'LEGALITY_REVIEW'
  /** Consultation of lower governments through a directive they acknowledge and answer with feedback. */
  | 'LOCAL_CONSULTATION'
  /** Public participation (公众参与): a comment window, moderated submissions, each answered. */
  | 'PUBLIC_CONSULTATION'
  /** Risk assessment (风险评估): dimensions, rating, controllability. Bound to the draft version. */
  | 'RISK_ASSESSMENT';

/** Where a reform decision stands. Whether it may be adopted shows in `missingStages` (empty: ready). */
export type DecisionStatus =
  /** Adopted; immutable from now on (a change is `reconsiderDecision`). */
  | 'ADOPTED'
  /** Drafted; no stage started yet. */
  | 'DRAFT'
  /** At least one stage started. */
  | 'IN_PROCEDURE'
  /** The collective deliberation concluded REJECT. */
  | 'REJECTED'
  /** Replaced by a reconsidered decision (再决策). */
  | 'SUPERSEDED'
  /** Withdrawn before adoption. */
  | 'WITHDRAWN';

/** A new power, defined at the centre. */
export type DefinePowerInput = {
  /** Stable code: capital letters, digits and dashes, e.g. `DRUG-RETAIL-LICENSING`. */
  code: string;
  /** Estimated annual cost of exercising it nationwide. */
  estimatedAnnualCost?: string | null | undefined;
  /** Policy field. */
  field: string;
  /** Repeating a key returns the first result instead of creating a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** The law or regulation that establishes it. */
  legalBasis?: string | null | undefined;
  /** What the power is about. */
  title: string;
};

/** Hands a power the caller's body holds to a body below it. */
export type DelegatePowerInput = {
  /** When it takes effect once signed; default now. */
  effectiveFrom?: string | null | undefined;
  /** When it lapses; default open-ended. */
  effectiveTo?: string | null | undefined;
  /** Estimated annual cost of the share handed down; default: the power's (or parent delegation's) estimate. */
  estimatedCost?: string | null | undefined;
  /** The money that comes with it. Required unless `noFiscalNeedReason` is given. */
  fiscalAllocation?: FiscalAllocationInput | null | undefined;
  /** Fiscal year when no allocation is given; default: the year of effectiveFrom. */
  fiscalYear?: number | null | undefined;
  /** Repeating a key returns the first result instead of creating a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** Why no money is needed, instead of a fiscal allocation. */
  noFiscalNeedReason?: string | null | undefined;
  /** Global id of the delegation the caller received, when re-delegating. */
  parentDelegationId?: string | number | null | undefined;
  /** Code of the power. */
  powerCode: string;
  /** Factor quotas that come with it. */
  quotas?: Array<FactorQuotaInput> | null | undefined;
  /** What part of the power is handed down, when not all of it. */
  scope?: string | null | undefined;
  /** Code of the grantee: a body at a lower level inside the grantor's jurisdiction. */
  toBodyCode: string;
};

/** Where a delegation stands. */
export type DelegationStatus =
  /** Signed; in force from `effectiveFrom` until `effectiveTo`. */
  | 'ACTIVE'
  /** Its `effectiveTo` has passed. */
  | 'EXPIRED'
  /** Drafted by an officer; not in force until a LEAD of the grantor signs it. */
  | 'PROPOSED'
  /** Revoked by the grantor or a body above it; its authority went back up. */
  | 'REVOKED';

/** What the chair concluded (the chair may conclude against the majority, with a reason). */
export type DeliberationConclusion =
  /** Adopt the draft. */
  | 'ADOPT'
  /** Adopt with changes. */
  | 'ADOPT_WITH_CHANGES'
  /** Defer: the stage stays OPEN and must be held again. */
  | 'DEFER'
  /** Reject: the decision becomes REJECTED. */
  | 'REJECT';

/** How urgently recipients should act. */
export type DirectivePriority =
  /** Needs attention within the normal cycle. */
  | 'IMPORTANT'
  /** Ordinary business. */
  | 'ROUTINE'
  /** Act now. */
  | 'URGENT';

/** A new reform decision, as a first draft. */
export type DraftDecisionInput = {
  /** Whether it affects lower governments (default false). */
  affectsLowerGovernments?: boolean | null | undefined;
  /** Its class; with the decision maker’s level it chooses the procedure. */
  class: DecisionClass;
  /** Codes of departments that co-draft it, inside the decision maker’s jurisdiction. */
  coDrafterCodes?: Array<string> | null | undefined;
  /** Code of the decision maker: a government, leading group or special group at or above the drafter’s government. */
  decisionMakerCode: string;
  /** Code of the drafting body; the caller acts for it. */
  drafterCode: string;
  /** Repeating a key returns the first result instead of creating a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** The problem it addresses (问题导向). */
  problemStatement: string;
  /** Whether it is published once its consultation opens or it is adopted (default true). */
  public?: boolean | null | undefined;
  /** The post of the responsible leader, in the decision maker’s jurisdiction. */
  responsibleLeaderPostId?: string | number | null | undefined;
  /** The text of the first draft. */
  text: string;
  /** Title (2 to 300 characters). */
  title: string;
};

/** Passes a stalled or deadlocked thread to the coordinating body above. */
export type EscalateThreadInput = {
  /** Why: OVERDUE (checked against dueAt) or DEADLOCK. */
  ground: EscalationGround;
  /** What is stuck and why (2 to 2000 characters). */
  reason: string;
  /** Global id of the thread. */
  threadId: string | number;
  /** Code of a leading or special group to take the lead, whose government is at or above the lowest common government of all participants. Default: that government, or the leading group when it is the central government. */
  toBodyCode?: string | null | undefined;
};

/** Why a participant escalates a thread. */
export type EscalationGround =
  /** The participants cannot agree; the reason must say on what. */
  | 'DEADLOCK'
  /** The thread is past its due date without a resolution (checked by the hub). */
  | 'OVERDUE';

/** One expert’s opinion. */
export type ExpertOpinionInput = {
  /** Affiliation. */
  affiliation?: string | null | undefined;
  /** Reference of the expert in the panel’s register. */
  expertRef: string;
  /** Position. */
  position: ExpertPosition;
  /** When it was signed. */
  signedAt: string;
  /** The opinion. */
  text: string;
};

/** An expert’s position on the draft. */
export type ExpertPosition =
  /** Takes no position. */
  | 'ABSTAIN'
  /** Opposes it. */
  | 'OPPOSE'
  /** Supports it. */
  | 'SUPPORT'
  /** Supports it with changes. */
  | 'SUPPORT_WITH_CHANGES';

/** A factor-allocation quota handed down with a delegation. */
export type FactorQuotaInput = {
  /** What is allocated: LAND, ENERGY, WATER, EMISSIONS, … */
  kind: string;
  /** How much. */
  quantity: string;
  /** Unit, e.g. hectare, tce. */
  unit: string;
};

/** What a piece of bottom-up feedback is. */
export type FeedbackKind =
  /** An objection to a directive or decision. */
  | 'OBJECTION'
  /** A problem met while executing. */
  | 'PROBLEM'
  /** A progress report. */
  | 'PROGRESS'
  /** A request for money, quotas or staff. */
  | 'RESOURCE_REQUEST'
  /** A suggestion for improvement. */
  | 'SUGGESTION';

/** How the receiving body answered feedback. */
export type FeedbackResolution =
  /** Answered; nothing changes. */
  | 'ANSWERED'
  /** Considered and declined, with reasons. */
  | 'DECLINED'
  /** The feedback will lead to a revised directive (再决策). */
  | 'WILL_REVISE';

/** The money that must come with a delegation. */
export type FiscalAllocationInput = {
  /** Amount for the fiscal year. */
  amount: string;
  /** ISO 4217 currency code; default CNY. */
  currency?: string | null | undefined;
  /** Fiscal year. */
  fiscalYear: number;
  /** Source, e.g. TRANSFER_PAYMENT, SHARED_TAX, SPECIAL_FUND. */
  source?: string | null | undefined;
};

/** Adds a body inside the lead's jurisdiction to a thread (the lead only). */
export type InviteThreadParticipantInput = {
  /** Code of the body. */
  bodyCode: string;
  /** Global id of the thread. */
  threadId: string | number;
};

/** A directive to bodies in the issuer’s own subtree. */
export type IssueDirectiveInput = {
  /** Acknowledgement deadline (with requiresAcknowledgement). */
  acknowledgeBy?: string | null | undefined;
  /** With audienceLevel: which kind of body; default GOVERNMENT. */
  audienceKind?: BodyKind | null | undefined;
  /** Address every body of this level below the issuer. */
  audienceLevel?: Level | null | undefined;
  /** Full text. */
  content: string;
  /** Repeating a key returns the first result instead of issuing twice. */
  idempotencyKey?: string | null | undefined;
  /** Priority; default ROUTINE. */
  priority?: DirectivePriority | null | undefined;
  /** Readable without an account. */
  public?: boolean | null | undefined;
  /** Codes of explicit recipients, all in the issuer’s subtree. */
  recipientCodes?: Array<string> | null | undefined;
  /** Recipients must acknowledge it. */
  requiresAcknowledgement?: boolean | null | undefined;
  /** Title. */
  title: string;
};

/** Conclusion of a legality review; only LEGAL and LEGAL_WITH_AMENDMENTS clear the way to deliberation. */
export type LegalityConclusion =
  /** Legal. */
  | 'LEGAL'
  /** Legal once the opinion’s amendments are made. */
  | 'LEGAL_WITH_AMENDMENTS'
  /** Not legal. */
  | 'NOT_LEGAL'
  /** Beyond the decision maker’s authority. */
  | 'OUT_OF_AUTHORITY';

/** Where a legislative change a decision depends on stands. */
export type LegislativeStatus =
  /** Being drafted. */
  | 'DRAFTING'
  /** Enacted. */
  | 'ENACTED'
  /** Identified as needed. */
  | 'IDENTIFIED'
  /** Found not to be needed. */
  | 'NOT_NEEDED'
  /** On the legislative plan. */
  | 'SCHEDULED';

/** Level of government a body belongs to. */
export type Level =
  /** The central level (中央). */
  | 'CENTRAL'
  /** County-level governments: counties, districts, county-level cities (县级, grassroots). */
  | 'COUNTY'
  /** Prefecture-level cities, prefectures, autonomous prefectures and leagues (地级). */
  | 'MUNICIPAL'
  /** Provinces, autonomous regions and municipalities directly under the centre (省级). */
  | 'PROVINCIAL';

/** Marks a directive addressed to the caller’s body as read. */
export type MarkDirectiveReadInput = {
  /** The directive. */
  directiveId: string | number;
};

/** One member’s vote, by post. */
export type MemberVoteInput = {
  /** The vote. */
  option: VoteOption;
  /** The member’s post. */
  postId: string | number;
};

/** Publishes or withholds a received submission. */
export type ModeratePublicCommentInput = {
  /** Publish or withhold. */
  action: ModerationAction;
  /** Why it is withheld (required for WITHHOLD). */
  reason?: string | null | undefined;
  /** The submission. */
  submissionId: string | number;
};

/** Publishes or withholds a received suggestion. */
export type ModerateSuggestionInput = {
  /** Publish or withhold. */
  action: ModerationAction;
  /** Why it is withheld (required for WITHHOLD). */
  reason?: string | null | undefined;
  /** The suggestion. */
  suggestionId: string | number;
};

/** What a moderator does with a received text. */
export type ModerationAction =
  /** Publish it. */
  | 'PUBLISH'
  /** Withhold it; a reason is required. */
  | 'WITHHOLD';

/** Moderation of what the public writes: nobody but the moderating bodies sees it before it is PUBLISHED. */
export type ModerationState =
  /** Published: visible to whoever may read its target. */
  | 'PUBLISHED'
  /** Received, not yet moderated. */
  | 'RECEIVED'
  /** Withheld, with a reason (abuse, personal data, off topic). */
  | 'WITHHELD';

/** A new coordination thread. */
export type OpenCoordinationThreadInput = {
  /** Background, scope and what a resolution must contain. */
  description?: string | null | undefined;
  /** When the matter must be settled; in the future. */
  dueAt: string;
  /** Repeating a key returns the first result instead of creating a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** Code of the lead body. The caller is a LEAD of it, or of a government or group whose jurisdiction covers every participant. */
  leadBodyCode: string;
  /** Codes of the other participants, inside the caller's jurisdiction. The lead is always a participant and need not be listed. */
  participantCodes: Array<string>;
  /** What is to be settled (2 to 200 characters). */
  subject: string;
};

/** Opens the public comment window of a decision. */
export type OpenPublicConsultationInput = {
  /** When it closes: at least the procedure’s minimum days after opensAt, unless shortenedReason. */
  closesAt: string;
  /** The decision. */
  decisionId: string | number;
  /** When the window opens (now or later). */
  opensAt: string;
  /** Published reason for a shorter window. */
  shortenedReason?: string | null | undefined;
};

/** A message for a thread. Messages cannot be edited or deleted afterwards. */
export type PostThreadMessageInput = {
  /** The text (1 to 10000 characters). */
  content: string;
  /** Repeating a key returns the first result instead of posting twice. */
  idempotencyKey?: string | null | undefined;
  /** Global id of the thread. */
  threadId: string | number;
};

/** 再决策: a new draft that supersedes a decision because of feedback on it. */
export type ReconsiderDecisionInput = {
  /** What caused it: a Feedback addressed to the decision maker (findings and evaluations join when those domains exist). */
  becauseId: string | number;
  /** The decision reconsidered (adopted, rejected or in procedure). */
  decisionId: string | number;
  /** Repeating a key returns the first result instead of creating a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** Why. */
  reason: string;
  /** The text of the new draft; default the current text. */
  text?: string | null | undefined;
};

/** The collective deliberation of the current draft. */
export type RecordDeliberationInput = {
  /** Required when the chair concludes against the majority. */
  chairAgainstMajorityReason?: string | null | undefined;
  /** The chair’s conclusion. */
  chairConclusion: DeliberationConclusion;
  /** Counts per option; they add up to `present`. */
  counts: Array<VoteCountInput>;
  /** The decision. */
  decisionId: string | number;
  /** Dissenting views. */
  dissent?: string | null | undefined;
  /** When it was held (not in the future). */
  heldAt: string;
  /** The meeting, e.g. 省政府常务会议. */
  meetingKind: string;
  /** Members of the deliberating body. */
  members: number;
  /** SHA-256 of the minutes. */
  minutesHash: string;
  /** Members present: at least the procedure’s quorum share of members. */
  present: number;
  /** Individual votes; when given they must agree with the counts. */
  votes?: Array<MemberVoteInput> | null | undefined;
};

/** The outcome of an expert consultation. */
export type RecordExpertConsultationInput = {
  /** The decision. */
  decisionId: string | number;
  /** The opinions: at least the procedure’s minimum, from distinct experts. */
  opinions: Array<ExpertOpinionInput>;
  /** Code of the expert panel (an EXPERT_PANEL body). */
  panelCode: string;
  /** SHA-256 of the report. */
  reportHash?: string | null | undefined;
};

/** The reviewer’s conclusion on the current draft. */
export type RecordLegalityReviewInput = {
  /** Laws and regulations cited. */
  citedLaw?: Array<string> | null | undefined;
  /** Conclusion. */
  conclusion: LegalityConclusion;
  /** The decision. */
  decisionId: string | number;
  /** The opinion. */
  opinion: string;
};

/** The outcome of a risk assessment of the current draft. */
export type RecordRiskAssessmentInput = {
  /** Code of the assessing body, in the decision maker’s jurisdiction or an independent third party. */
  assessorCode: string;
  /** Whether the risk is controllable with the mitigations. */
  controllable: boolean;
  /** The decision. */
  decisionId: string | number;
  /** Scored dimensions, each area at most once. */
  dimensions: Array<RiskDimensionInput>;
  /** Mitigations. */
  mitigations?: Array<string> | null | undefined;
  /** Rating; default derived from the dimensions (highest likelihood × impact: ≥15 HIGH, ≥8 MEDIUM). */
  rating?: RiskRating | null | undefined;
  /** Required when the rating differs from the derived one. */
  ratingOverrideReason?: string | null | undefined;
};

/** Refers a suggestion to a reform decision it bears on. */
export type ReferSuggestionInput = {
  /** The suggestion. */
  suggestionId: string | number;
  /** The decision, in the body’s jurisdiction (tasks join when that domain exists). */
  toDecisionId: string | number;
};

/** What happened, in the jurisdiction-scoped event stream `reformEvents`. */
export type ReformEventKind =
  /** The public comment window of a decision ended, at its deadline (subject: the ReformDecision). */
  | 'CONSULTATION_CLOSED'
  /** The public comment window of a decision opened (subject: the ReformDecision). */
  | 'CONSULTATION_OPENED'
  /** A reform decision was adopted (subject: the ReformDecision). */
  | 'DECISION_ADOPTED'
  /** A stage of a reform decision started, completed or became STALE (subject: the ReformDecision). */
  | 'DECISION_STAGE_CHANGED'
  /** A delegation was revoked, itself or together with the delegation it came from (subject: the Delegation; addressed to grantor and grantee). */
  | 'DELEGATION_REVOKED'
  /** A delegation came into force, signed by a LEAD of the grantor at creation or later (subject: the Delegation; addressed to grantor and grantee). */
  | 'DELEGATION_SIGNED'
  /** A recipient acknowledged a directive (subject: the Receipt; addressed to the issuer). */
  | 'DIRECTIVE_ACKNOWLEDGED'
  /** `acknowledgeBy` passed with recipients still to acknowledge (subject: the Directive). */
  | 'DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE'
  /** A directive was issued (subject: the Directive). */
  | 'DIRECTIVE_ISSUED'
  /** A new version of a directive was issued (subject: the new Directive). */
  | 'DIRECTIVE_REVISED'
  /** Feedback was answered (subject: the Feedback; addressed to its sender). */
  | 'FEEDBACK_ANSWERED'
  /** Feedback was reported upward (subject: the Feedback). */
  | 'FEEDBACK_SUBMITTED'
  /** A recipient first opened a directive (subject: the Receipt; addressed to the issuer). */
  | 'RECEIPT_READ'
  /** A coordination thread was escalated to the coordinating body above (subject: the CoordinationThread). */
  | 'THREAD_ESCALATED'
  /** A coordination thread was opened (subject: the CoordinationThread). */
  | 'THREAD_OPENED'
  /** The due date of a coordination thread passed while it was still active (subject: the CoordinationThread). */
  | 'THREAD_OVERDUE'
  /** A resolved coordination thread was reopened (subject: the CoordinationThread). */
  | 'THREAD_REOPENED'
  /** A coordination thread was resolved (subject: the CoordinationThread). */
  | 'THREAD_RESOLVED';

/** A deputy’s suggestion handed to the body, with its statutory answer deadline. */
export type RegisterDeputySuggestionInput = {
  /** Statutory answer deadline, in the future. */
  answerDueAt: string;
  /** The deputy (as they are published). */
  deputyName: string;
  /** Repeating a key returns the first result instead of creating a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** The suggestion. */
  text: string;
  /** Code of the body that must answer, in the caller’s jurisdiction. */
  toBodyCode: string;
  /** Topic. */
  topic: string;
};

/** Removes a participant other than the lead from a thread (the lead only). */
export type RemoveThreadParticipantInput = {
  /** Code of the body. */
  bodyCode: string;
  /** Global id of the thread. */
  threadId: string | number;
};

/** Reopens a resolved thread. */
export type ReopenThreadInput = {
  /** Why it is reopened. */
  reason?: string | null | undefined;
  /** Global id of the thread. */
  threadId: string | number;
};

/** Asks a legal-affairs body to review the current draft. */
export type RequestLegalityReviewInput = {
  /** The decision. */
  decisionId: string | number;
  /** Code of a LEGAL_AFFAIRS body of the decision maker’s government or above. */
  reviewerCode: string;
};

/** Settles a thread. */
export type ResolveThreadInput = {
  /** The resolution summary: what was agreed, by whom, by when (2 to 10000 characters). */
  resolution: string;
  /** Global id of the thread. */
  threadId: string | number;
};

/** The recipient’s answer to feedback. */
export type RespondToFeedbackInput = {
  /** The feedback. */
  feedbackId: string | number;
  /** How it is resolved. */
  resolution: FeedbackResolution;
  /** The answer. */
  response: string;
};

/** The answer to a published submission. */
export type RespondToPublicCommentInput = {
  /** How it was taken into account. */
  disposition: SubmissionDisposition;
  /** The answer; required (the reason) for NOT_ADOPTED. */
  response?: string | null | undefined;
  /** The submission. */
  submissionId: string | number;
};

/** A new version of a decision’s draft. */
export type ReviseDecisionDraftInput = {
  /** What changed. */
  changeNote?: string | null | undefined;
  /** The decision. */
  decisionId: string | number;
  /** The full new text. */
  text: string;
};

/** A revision of a directive (再决策). */
export type ReviseDirectiveInput = {
  /** New acknowledgement deadline. */
  acknowledgeBy?: string | null | undefined;
  /** The feedback that caused the revision (addressed to the issuer). */
  causedByFeedbackId: string | number;
  /** New text; default unchanged. */
  content?: string | null | undefined;
  /** The latest version of the directive. */
  directiveId: string | number;
  /** Repeating a key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** Whether acknowledgement is required; default unchanged. */
  requiresAcknowledgement?: boolean | null | undefined;
  /** New title; default unchanged. */
  title?: string | null | undefined;
};

/** Revokes a delegation and everything re-delegated from it. */
export type RevokeDelegationInput = {
  /** Global id of the delegation. */
  delegationId: string | number;
  /** Why it is revoked. */
  reason?: string | null | undefined;
};

/** A dimension of risk assessment. */
export type RiskArea =
  /** Environment. */
  | 'ENVIRONMENT'
  /** Public finances. */
  | 'FISCAL'
  /** Feasibility of implementation. */
  | 'IMPLEMENTATION'
  /** Legal risk. */
  | 'LEGAL'
  /** Public opinion (舆情). */
  | 'PUBLIC_OPINION'
  /** Social stability (社会稳定). */
  | 'SOCIAL_STABILITY';

/** One scored dimension. */
export type RiskDimensionInput = {
  /** Area. */
  area: RiskArea;
  /** Impact 1–5. */
  impact: number;
  /** Likelihood 1–5. */
  likelihood: number;
  /** Note. */
  note?: string | null | undefined;
};

/** Overall risk of a decision; HIGH and not controllable blocks adoption. */
export type RiskRating =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Medium. */
  | 'MEDIUM';

/** A role an account holds inside its acting body. */
export type Role =
  /** Administers the body tree below the acting body. */
  | 'ADMIN'
  /** Signs: issues directives, signs delegations, leads threads. */
  | 'LEAD'
  /** Drafts: submits feedback, acknowledges, proposes delegations. */
  | 'OFFICER'
  /** Reads what the body may see. */
  | 'VIEWER';

/** A document or data set to share in a thread: give a URI, a content hash, or both. */
export type ShareThreadResourceInput = {
  /** SHA-256 of the content: 64 hex digits, optionally prefixed `sha256:`. */
  contentHash?: string | null | undefined;
  /** Repeating a key returns the first result instead of sharing twice. */
  idempotencyKey?: string | null | undefined;
  /** What kind of resource it is. */
  kind: ThreadResourceKind;
  /** Code of the participant that provides it; default: the caller's body. */
  providedByCode?: string | null | undefined;
  /** Global id of the thread. */
  threadId: string | number;
  /** Title (2 to 200 characters). */
  title: string;
  /** Where to fetch it: an http or https URL. */
  uri?: string | null | undefined;
};

/** Signs a proposed delegation. */
export type SignDelegationInput = {
  /** Global id of the PROPOSED delegation. */
  delegationId: string | number;
};

/** Where one stage of a decision stands. */
export type StageStatus =
  /** Done on the draft version in `boundVersion`, and still valid. */
  | 'COMPLETED'
  /** Not required by the procedure and not done. */
  | 'NOT_REQUIRED'
  /** Required, nothing done yet. */
  | 'NOT_STARTED'
  /** Started (window open, review requested, governments consulted, deliberation deferred), not completed. */
  | 'OPEN'
  /** Done on an older draft version: it must be done again on the current one. */
  | 'STALE';

/** How a published public submission was taken into account (意见采纳情况). */
export type SubmissionDisposition =
  /** Adopted. */
  | 'ADOPTED'
  /** Noted (no change asked for). */
  | 'NOTED'
  /** Not adopted; the response gives the reason. */
  | 'NOT_ADOPTED'
  /** Partly adopted. */
  | 'PARTLY_ADOPTED';

/** Feedback reported upward. */
export type SubmitFeedbackInput = {
  /** The report. */
  content: string;
  /** The directive it is about. */
  directiveId?: string | number | null | undefined;
  /** Repeating a key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** What kind of feedback. */
  kind: FeedbackKind;
  /** A body above the sender; default: the directive’s issuer, or the sender’s parent. */
  toBodyCode?: string | null | undefined;
};

/** A comment from the public on a decision in consultation. Needs no token. */
export type SubmitPublicCommentInput = {
  /** How the organizer may reach you (at most 200 characters). Stored sealed; never shown by any query. */
  contact?: string | null | undefined;
  /** The decision. */
  decisionId: string | number;
  /** A name to show (at most 100 characters). */
  displayName?: string | null | undefined;
  /** Repeating a key (from the same network address) returns the first submission instead of a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** Who is writing (default ANONYMOUS). */
  submitterType?: SubmitterType | null | undefined;
  /** The comment (1 to 5000 characters). */
  text: string;
};

/** A suggestion from the public to a body (改革建议). Needs no token. */
export type SubmitSuggestionInput = {
  /** How the body may reach you; stored sealed, never shown by any query. */
  contact?: string | null | undefined;
  /** A name to show. */
  displayName?: string | null | undefined;
  /** Repeating a key (from the same network address) returns the first suggestion instead of a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** Who is writing (default ANONYMOUS). */
  submitterType?: SubmitterType | null | undefined;
  /** The suggestion (1 to 5000 characters). */
  text: string;
  /** Code of the body it is for. */
  toBodyCode: string;
  /** Topic (2 to 200 characters). */
  topic: string;
};

/** Who sent a public submission or suggestion, as they declared it. */
export type SubmitterType =
  /** Not declared. */
  | 'ANONYMOUS'
  /** A deputy to a people’s congress or a CPPCC member. */
  | 'DEPUTY'
  /** An enterprise. */
  | 'ENTERPRISE'
  /** A person. */
  | 'INDIVIDUAL'
  /** An association or other organization. */
  | 'ORGANIZATION';

/** How a suggestion reached the body. */
export type SuggestionChannel =
  /** A deputy’s suggestion, registered by the body, with a statutory answer deadline. */
  | 'DEPUTY'
  /** The public suggestion platform (改革建议征集平台). */
  | 'PUBLIC';

/** Where a suggestion stands. */
export type SuggestionStatus =
  /** Answered. */
  | 'ANSWERED'
  /** Not answered yet. */
  | 'RECEIVED'
  /** Referred to a reform decision it bears on. */
  | 'REFERRED';

/** What happened in a coordination thread. */
export type ThreadEventKind =
  /** The thread was escalated (`note`: the reason); `body` is the new lead, `previousLead` the old one. */
  | 'ESCALATED'
  /** A participant posted a message (`message`). */
  | 'MESSAGE_POSTED'
  /** The thread was opened (first event of every thread). */
  | 'OPENED'
  /** The lead invited a body (`body`). */
  | 'PARTICIPANT_ADDED'
  /** The lead removed a body (`body`). */
  | 'PARTICIPANT_REMOVED'
  /** The lead or a body above it reopened the thread (`note`: why, when given). */
  | 'REOPENED'
  /** The lead resolved the thread (`note`: the resolution summary). */
  | 'RESOLVED'
  /** A participant shared a document or data set (`resource`). */
  | 'RESOURCE_SHARED';

/** How a list of coordination threads is ordered. */
export type ThreadOrder =
  /** Earliest due date first: what must be settled next. */
  | 'DUE_SOONEST'
  /** Most recently opened first (the default). */
  | 'NEWEST'
  /** Most recent activity first: where something just happened. */
  | 'RECENTLY_UPDATED';

/** What kind of resource a participant shares in a thread. */
export type ThreadResourceKind =
  /** A data set: statistics, registers, survey results. */
  | 'DATA_SET'
  /** A document: a draft, a regulation, minutes, a report. */
  | 'DOCUMENT'
  /** Anything else worth sharing with the participants. */
  | 'OTHER';

/** Where a coordination thread stands. */
export type ThreadStatus =
  /** Archived for good; read-only and cannot be reopened. No operation closes a thread yet. */
  | 'CLOSED'
  /** Stalled or deadlocked and passed to the coordinating body above, which now leads it; still active. */
  | 'ESCALATED'
  /** Being worked on under its original (or a reopening) lead. */
  | 'OPEN'
  /** Settled by the lead with a resolution summary; read-only until reopened. */
  | 'RESOLVED';

/** Changes to an existing body. Omitted fields stay as they are. */
export type UpdateBodyInput = {
  /** Code of the body to change (codes never change). */
  code: string;
  /** New official name. */
  name?: string | null | undefined;
  /** Code of a new parent; the placement rules of createBody apply. */
  parentCode?: string | null | undefined;
};

/** A new status of a legislative dependency. */
export type UpdateLegislativeDependencyInput = {
  /** The dependency. */
  dependencyId: string | number;
  /** A new date it is needed by. */
  neededBy?: string | null | undefined;
  /** The new status. */
  status: LegislativeStatus;
};

/** Machine-readable reason a mutation was refused. The request changed nothing. */
export type UserErrorCode =
  /** The body already takes part in the thread. */
  | 'ALREADY_PARTICIPANT'
  /** The public consultation is not open (not yet, or no longer). */
  | 'CONSULTATION_CLOSED'
  /** The public comment window is shorter than the procedure’s minimum and no shortened reason is given. */
  | 'CONSULTATION_TOO_SHORT'
  /** The decision is adopted and immutable; change it with reconsiderDecision (再决策). */
  | 'DECISION_IMMUTABLE'
  /** The decision maker must be a government, leading group or special group at or above the drafter’s government. */
  | 'DECISION_MAKER_NOT_ELIGIBLE'
  /** Another object already has this code. */
  | 'DUPLICATE_CODE'
  /** The thread is already led by the leading group or the central government: there is nothing above to escalate to. */
  | 'ESCALATION_LIMIT'
  /** A delegation needs a fiscal allocation, or an explicit reason why it needs none. */
  | 'FISCAL_ALLOCATION_REQUIRED'
  /** The body would re-delegate more money for the power and year than it received. */
  | 'FISCAL_CONSERVATION'
  /** A re-delegation must be for the fiscal year of the delegation it comes from. */
  | 'FISCAL_YEAR_MISMATCH'
  /** The grantee is not at a lower level inside the grantor's jurisdiction (upward, sideways or cross-jurisdiction). */
  | 'GRANTEE_NOT_BELOW'
  /** The idempotency key was already used for a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The named body cannot take the lead: it must be a leading or special group at or above the lowest common government of all participants. */
  | 'INVALID_ESCALATION_TARGET'
  /** The parent does not fit the hierarchy (wrong level, kind, or a cycle). */
  | 'INVALID_PARENT'
  /** The object is not in a state that allows this change (e.g. signing a revoked delegation). */
  | 'INVALID_STATE'
  /** The lead cannot be removed from its thread; escalation is how the lead changes. */
  | 'LEAD_CANNOT_LEAVE'
  /** The caller may not put this body in the lead: it is neither that body nor a government or group whose jurisdiction covers every participant. */
  | 'LEAD_NOT_ALLOWED'
  /** Collective deliberation needs a legality review of the current draft concluding LEGAL or LEGAL_WITH_AMENDMENTS. */
  | 'LEGALITY_NOT_CLEARED'
  /** The level does not fit the body kind or its parent. */
  | 'LEVEL_MISMATCH'
  /** Not every consulted government has acknowledged the consultation directive and replied with feedback on it. */
  | 'LOCAL_REPLIES_MISSING'
  /** A referenced object does not exist or is not visible to the caller. */
  | 'NOT_FOUND'
  /** Escalation on the OVERDUE ground, but the thread is not past its due date. */
  | 'NOT_OVERDUE'
  /** The body does not take part in the thread (reading it from above is not taking part). */
  | 'NOT_PARTICIPANT'
  /** Only the lead of the thread (or, to reopen it, a coordinating body above the lead) may do this. */
  | 'NOT_THREAD_LEAD'
  /** A thread participant lies outside the jurisdiction of the body opening the thread or inviting it. */
  | 'PARTICIPANT_OUT_OF_REACH'
  /** The granting body does not hold the power (not defined by it, nor received through an active delegation). */
  | 'POWER_NOT_HELD'
  /** Fewer members present than the procedure’s quorum share. */
  | 'QUORUM_NOT_MET'
  /** The body would re-delegate more of a factor quota than it received, or one it did not receive. */
  | 'QUOTA_CONSERVATION'
  /** A reason is required: NOT_ADOPTED answers, withheld texts, a rating override, a chair concluding against the majority. */
  | 'REASON_REQUIRED'
  /** A stage the decision’s procedure requires is not COMPLETED on the current draft; the message lists the missing stages. */
  | 'REQUIRED_STAGE_MISSING'
  /** The legality reviewer must be a LEGAL_AFFAIRS body of the decision maker’s government or above. */
  | 'REVIEWER_NOT_ELIGIBLE'
  /** The risk assessment rated the decision HIGH and not controllable: revise the draft and reassess. */
  | 'RISK_NOT_CONTROLLABLE'
  /** The stage cannot happen yet: legality review follows the required consultation, expert and risk stages; a review is recorded only once requested. */
  | 'STAGE_OUT_OF_ORDER'
  /** A stage was completed on an older draft version: it must be done again on the current one. */
  | 'STAGE_STALE'
  /** Some submissions are not moderated, or published ones have no disposition yet. */
  | 'SUBMISSIONS_UNANSWERED'
  /** The thread is resolved or closed and therefore read-only. */
  | 'THREAD_CLOSED'
  /** Fewer expert opinions (from distinct experts) than the procedure’s minimum. */
  | 'TOO_FEW_EXPERTS'
  /** A value is well-formed but breaks a rule (length, range, format). */
  | 'VALIDATION_FAILED'
  /** The vote counts do not add up to the members present, or disagree with the individual votes. */
  | 'VOTE_COUNTS_MISMATCH';

/** Votes for one option. */
export type VoteCountInput = {
  /** Option. */
  option: VoteOption;
  /** Votes. */
  value: number;
};

/** An option in a collective deliberation vote. */
export type VoteOption =
  /** Abstains. */
  | 'ABSTAIN'
  /** Against. */
  | 'NO'
  /** In favour. */
  | 'YES';

/** Withdraws a decision before adoption. */
export type WithdrawDecisionInput = {
  /** The decision. */
  decisionId: string | number;
  /** Why. */
  reason: string;
};

export type AuditTrailQueryVariables = Exact<{
  targetId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ cursor: string, node: { seq: number, occurredAt: string, accountId: string, bodyCode: string, action: string, details: string | null, hash: string, previousHash: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { accountId: string, roles: Array<Role>, body: { id: string, code: string, name: string, level: Level, kind: BodyKind } } | null };

export type BodyQueryVariables = Exact<{
  code: string;
}>;


export type BodyQuery = { body: { id: string, code: string, name: string, level: Level, kind: BodyKind, parent: { code: string } | null, ancestors: Array<{ code: string }>, departments: Array<{ code: string, kind: BodyKind }> } | null };

export type BodiesQueryVariables = Exact<{
  level?: Level | null | undefined;
  kind?: BodyKind | null | undefined;
  under?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type BodiesQuery = { bodies: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, name: string } }> } };

export type BodyTreeQueryVariables = Exact<{
  first?: number | null | undefined;
  childrenFirst?: number | null | undefined;
}>;


export type BodyTreeQuery = { bodies: { edges: Array<{ node: { code: string, parent: { code: string } | null, children: { totalCount: number } } }> } };

export type BodyTreeWithChildrenQueryVariables = Exact<{
  under?: string | null | undefined;
  first?: number | null | undefined;
  childrenFirst?: number | null | undefined;
}>;


export type BodyTreeWithChildrenQuery = { bodies: { edges: Array<{ node: { code: string, children: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { code: string } }> } } }> } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Body', code: string, id: string }
    | { __typename: 'CoordinationThread', id: string }
    | { __typename: 'DecisionProcedure', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'Directive', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'LegislativeDependency', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Power', id: string }
    | { __typename: 'PublicSubmission', id: string }
    | { __typename: 'Receipt', id: string }
    | { __typename: 'ReformDecision', id: string }
    | { __typename: 'Suggestion', id: string }
    | { __typename: 'ThreadEvent', id: string }
    | { __typename: 'ThreadMessage', id: string }
    | { __typename: 'ThreadResource', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Body', code: string, id: string }
    | { __typename: 'CoordinationThread', id: string }
    | { __typename: 'DecisionProcedure', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'Directive', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'LegislativeDependency', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Power', id: string }
    | { __typename: 'PublicSubmission', id: string }
    | { __typename: 'Receipt', id: string }
    | { __typename: 'ReformDecision', id: string }
    | { __typename: 'Suggestion', id: string }
    | { __typename: 'ThreadEvent', id: string }
    | { __typename: 'ThreadMessage', id: string }
    | { __typename: 'ThreadResource', id: string }
   | null> };

export type CreateBodyMutationVariables = Exact<{
  input: CreateBodyInput;
}>;


export type CreateBodyMutation = { createBody: { body: { id: string, code: string, name: string, level: Level, kind: BodyKind, parent: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateBodyMutationVariables = Exact<{
  input: UpdateBodyInput;
}>;


export type UpdateBodyMutation = { updateBody: { body: { code: string, name: string, parent: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type DirectiveFieldsFragment = { id: string, title: string, content: string, priority: DirectivePriority, version: number, public: boolean, requiresAcknowledgement: boolean, acknowledgeBy: string | null, issuedAt: string, issuer: { code: string } };

export type IssueDirectiveMutationVariables = Exact<{
  input: IssueDirectiveInput;
}>;


export type IssueDirectiveMutation = { issueDirective: { directive: { id: string, title: string, content: string, priority: DirectivePriority, version: number, public: boolean, requiresAcknowledgement: boolean, acknowledgeBy: string | null, issuedAt: string, acknowledgementSummary: { total: number, acknowledged: number, overdue: number }, issuer: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReviseDirectiveMutationVariables = Exact<{
  input: ReviseDirectiveInput;
}>;


export type ReviseDirectiveMutation = { reviseDirective: { directive: { id: string, title: string, content: string, priority: DirectivePriority, version: number, public: boolean, requiresAcknowledgement: boolean, acknowledgeBy: string | null, issuedAt: string, supersedes: { id: string, version: number } | null, causedBy: { id: string } | null, issuer: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type AcknowledgeDirectiveMutationVariables = Exact<{
  input: AcknowledgeDirectiveInput;
}>;


export type AcknowledgeDirectiveMutation = { acknowledgeDirective: { receipt: { id: string, acknowledgedAt: string | null, readAt: string | null, recipient: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback: { feedback: { id: string, kind: FeedbackKind, content: string, sender: { code: string }, recipient: { code: string }, directive: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RespondToFeedbackMutationVariables = Exact<{
  input: RespondToFeedbackInput;
}>;


export type RespondToFeedbackMutation = { respondToFeedback: { feedback: { id: string, resolution: FeedbackResolution | null, response: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type DirectiveViewQueryVariables = Exact<{
  id: string | number;
}>;


export type DirectiveViewQuery = { node:
    | { id: string, title: string, content: string, priority: DirectivePriority, version: number, public: boolean, requiresAcknowledgement: boolean, acknowledgeBy: string | null, issuedAt: string, revisions: Array<{ id: string, version: number }>, receipts: { totalCount: number, edges: Array<{ node: { acknowledgedAt: string | null, recipient: { code: string } } }> }, issuer: { code: string } }
    | Record<PropertyKey, never>
   | null };

export type AcknowledgementSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgementSummaryQuery = { node:
    | { acknowledgementSummary: { total: number, acknowledged: number, overdue: number } }
    | Record<PropertyKey, never>
   | null };

export type InboxQueryVariables = Exact<{
  code: string;
  pendingOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxQuery = { body: { directiveInbox: { totalCount: number, edges: Array<{ node: { id: string, acknowledgedAt: string | null, directive: { id: string, title: string, version: number } } }> } } | null };

export type FeedbackInboxQueryVariables = Exact<{
  code: string;
  unansweredOnly?: boolean | null | undefined;
}>;


export type FeedbackInboxQuery = { body: { feedbackInbox: { totalCount: number, edges: Array<{ node: { id: string, kind: FeedbackKind, resolution: FeedbackResolution | null, sender: { code: string } } }> } } | null };

export type PublicDirectivesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicDirectivesQuery = { publicDirectives: { edges: Array<{ node: { title: string, public: boolean } }> } };

export type DirectiveIssuedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DirectiveIssuedSubscription = { directiveIssued: { cursor: string, directive: { id: string, title: string, version: number, issuer: { code: string } }, receipt: { id: string, recipient: { code: string } } } };

export type FeedbackReceivedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FeedbackReceivedSubscription = { feedbackReceived: { cursor: string, feedback: { id: string, kind: FeedbackKind, content: string, sender: { code: string } } } };

export type UserErrorFieldsFragment = { code: UserErrorCode, message: string, field: Array<string> | null };

export type DecisionFieldsFragment = { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
  > };

export type DraftDecisionMutationVariables = Exact<{
  input: DraftDecisionInput;
}>;


export type DraftDecisionMutation = { draftDecision: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReviseDecisionDraftMutationVariables = Exact<{
  input: ReviseDecisionDraftInput;
}>;


export type ReviseDecisionDraftMutation = { reviseDecisionDraft: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, versions: Array<{ number: number, contentHash: string, changeNote: string | null }>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type OpenPublicConsultationMutationVariables = Exact<{
  input: OpenPublicConsultationInput;
}>;


export type OpenPublicConsultationMutation = { openPublicConsultation: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ClosePublicConsultationMutationVariables = Exact<{
  input: ClosePublicConsultationInput;
}>;


export type ClosePublicConsultationMutation = { closePublicConsultation: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubmitPublicCommentMutationVariables = Exact<{
  input: SubmitPublicCommentInput;
}>;


export type SubmitPublicCommentMutation = { submitPublicComment: { submission: { id: string, trackingNumber: string, text: string, moderation: ModerationState, submitterType: SubmitterType, displayName: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ModeratePublicCommentMutationVariables = Exact<{
  input: ModeratePublicCommentInput;
}>;


export type ModeratePublicCommentMutation = { moderatePublicComment: { submission: { id: string, moderation: ModerationState, withheldReason: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RespondToPublicCommentMutationVariables = Exact<{
  input: RespondToPublicCommentInput;
}>;


export type RespondToPublicCommentMutation = { respondToPublicComment: { submission: { id: string, disposition: SubmissionDisposition | null, response: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ConsultLocalGovernmentsMutationVariables = Exact<{
  input: ConsultLocalGovernmentsInput;
}>;


export type ConsultLocalGovernmentsMutation = { consultLocalGovernments: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, directive: { id: string } | null, consulted: Array<{ code: string }>, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      >, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CloseLocalConsultationMutationVariables = Exact<{
  input: CloseLocalConsultationInput;
}>;


export type CloseLocalConsultationMutation = { closeLocalConsultation: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordExpertConsultationMutationVariables = Exact<{
  input: RecordExpertConsultationInput;
}>;


export type RecordExpertConsultationMutation = { recordExpertConsultation: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordRiskAssessmentMutationVariables = Exact<{
  input: RecordRiskAssessmentInput;
}>;


export type RecordRiskAssessmentMutation = { recordRiskAssessment: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { rating: RiskRating | null, controllable: boolean | null, kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      >, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RequestLegalityReviewMutationVariables = Exact<{
  input: RequestLegalityReviewInput;
}>;


export type RequestLegalityReviewMutation = { requestLegalityReview: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordLegalityReviewMutationVariables = Exact<{
  input: RecordLegalityReviewInput;
}>;


export type RecordLegalityReviewMutation = { recordLegalityReview: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordDeliberationMutationVariables = Exact<{
  input: RecordDeliberationInput;
}>;


export type RecordDeliberationMutation = { recordDeliberation: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AdoptDecisionMutationVariables = Exact<{
  input: AdoptDecisionInput;
}>;


export type AdoptDecisionMutation = { adoptDecision: { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, adoptedVersion: { number: number, contentHash: string } | null, directives: { totalCount: number, edges: Array<{ node: { id: string, title: string, issuer: { code: string } } }> }, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReconsiderDecisionMutationVariables = Exact<{
  input: ReconsiderDecisionInput;
}>;


export type ReconsiderDecisionMutation = { reconsiderDecision: { decision: { reconsiderationReason: string | null, id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, supersedes: { id: string, status: DecisionStatus } | null, revisedBecause: { id: string } | null, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type WithdrawDecisionMutationVariables = Exact<{
  input: WithdrawDecisionInput;
}>;


export type WithdrawDecisionMutation = { withdrawDecision: { decision: { id: string, status: DecisionStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AddLegislativeDependencyMutationVariables = Exact<{
  input: AddLegislativeDependencyInput;
}>;


export type AddLegislativeDependencyMutation = { addLegislativeDependency: { dependency: { id: string, instrument: string, status: LegislativeStatus, owner: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateLegislativeDependencyMutationVariables = Exact<{
  input: UpdateLegislativeDependencyInput;
}>;


export type UpdateLegislativeDependencyMutation = { updateLegislativeDependency: { dependency: { id: string, status: LegislativeStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubmitSuggestionMutationVariables = Exact<{
  input: SubmitSuggestionInput;
}>;


export type SubmitSuggestionMutation = { submitSuggestion: { suggestion: { id: string, trackingNumber: string, moderation: ModerationState, status: SuggestionStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RegisterDeputySuggestionMutationVariables = Exact<{
  input: RegisterDeputySuggestionInput;
}>;


export type RegisterDeputySuggestionMutation = { registerDeputySuggestion: { suggestion: { id: string, channel: SuggestionChannel, answerDueAt: string | null, overdue: boolean, status: SuggestionStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ModerateSuggestionMutationVariables = Exact<{
  input: ModerateSuggestionInput;
}>;


export type ModerateSuggestionMutation = { moderateSuggestion: { suggestion: { id: string, moderation: ModerationState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AnswerSuggestionMutationVariables = Exact<{
  input: AnswerSuggestionInput;
}>;


export type AnswerSuggestionMutation = { answerSuggestion: { suggestion: { id: string, status: SuggestionStatus, answer: string | null, answeredAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReferSuggestionMutationVariables = Exact<{
  input: ReferSuggestionInput;
}>;


export type ReferSuggestionMutation = { referSuggestion: { suggestion: { id: string, status: SuggestionStatus, referredTo: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { createPost: { post: { id: string, title: string, holderName: string | null, body: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type DecisionPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  decisionMakerCode?: string | null | undefined;
  status?: DecisionStatus | null | undefined;
}>;


export type DecisionPageQuery = { decisions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, responsibleLeader: { title: string } | null, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
          | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
          | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
          | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
          | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
          | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
          | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        > } }> } };

export type DecisionViewQueryVariables = Exact<{
  id: string | number;
}>;


export type DecisionViewQuery = { node:
    | { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, responsibleLeader: { title: string, holderName: string | null } | null, legislativeDependencies: Array<{ id: string, instrument: string, status: LegislativeStatus }>, stages: Array<
        | { present: number | null, members: number | null, chairConclusion: DeliberationConclusion | null, kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, votes: Array<{ option: VoteOption, post: { title: string } }>, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { conclusion: LegalityConclusion | null, kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, reviewer: { code: string } | null, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
        | { opensAt: string | null, closesAt: string | null, shortenedReason: string | null, summary: string | null, received: number, published: number, withheld: number, kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, submissions: { totalCount: number, edges: Array<{ node: { id: string, trackingNumber: string, text: string, moderation: ModerationState, disposition: SubmissionDisposition | null, response: string | null } }> }, completedBy: { code: string } | null }
        | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      >, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string } }
    | Record<PropertyKey, never>
   | null };

export type DecisionProceduresQueryVariables = Exact<{ [key: string]: never; }>;


export type DecisionProceduresQuery = { decisionProcedures: Array<{ id: string, code: string, class: DecisionClass, level: Level, version: number, requiredStages: Array<DecisionStageKind>, minPublicCommentDays: number, minExperts: number, quorumShare: unknown }> };

export type SuggestionsQueryVariables = Exact<{
  toBodyCode: string;
  first?: number | null | undefined;
}>;


export type SuggestionsQuery = { suggestions: { totalCount: number, edges: Array<{ node: { id: string, topic: string, text: string, channel: SuggestionChannel, moderation: ModerationState, status: SuggestionStatus, answer: string | null, overdue: boolean, displayName: string | null } }> } };

export type BodyPostsQueryVariables = Exact<{
  code: string;
}>;


export type BodyPostsQuery = { body: { posts: Array<{ id: string, title: string, holderName: string | null }> } | null };

export type DecisionActivitySubscriptionVariables = Exact<{
  decisionId: string | number;
  after?: string | null | undefined;
}>;


export type DecisionActivitySubscription = { decisionActivity: { cursor: string, kind: ReformEventKind, stage: DecisionStageKind | null, stageStatus: StageStatus | null, occurredAt: string, actor: { code: string }, decision: { id: string, status: DecisionStatus } } };

export type ReformEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  under?: string | null | undefined;
  kinds?: Array<ReformEventKind> | ReformEventKind | null | undefined;
}>;


export type ReformEventsSubscription = { reformEvents: { cursor: string, kind: ReformEventKind, occurredAt: string, actor: { code: string }, subject:
      | { __typename: 'Body', id: string }
      | { __typename: 'CoordinationThread', id: string }
      | { __typename: 'DecisionProcedure', id: string }
      | { __typename: 'Delegation', id: string }
      | { __typename: 'Directive', id: string }
      | { __typename: 'Feedback', id: string }
      | { __typename: 'LegislativeDependency', id: string }
      | { __typename: 'Post', id: string }
      | { __typename: 'Power', id: string }
      | { __typename: 'PublicSubmission', id: string }
      | { __typename: 'Receipt', id: string }
      | { __typename: 'ReformDecision', id: string }
      | { __typename: 'Suggestion', id: string }
      | { __typename: 'ThreadEvent', id: string }
      | { __typename: 'ThreadMessage', id: string }
      | { __typename: 'ThreadResource', id: string }
     } };

export type BodySearchQueryVariables = Exact<{
  search?: string | null | undefined;
  level?: Level | null | undefined;
  kind?: BodyKind | null | undefined;
  orderBy?: BodyOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type BodySearchQuery = { bodies: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { code: string, name: string, kind: BodyKind, level: Level } }> } };

export type ChildrenFilteredQueryVariables = Exact<{
  code: string;
  kind?: BodyKind | null | undefined;
  level?: Level | null | undefined;
  orderBy?: BodyOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChildrenFilteredQuery = { body: { children: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, name: string, kind: BodyKind, level: Level } }> } } | null };

export type ChildrenFilteredTreeQueryVariables = Exact<{
  under?: string | null | undefined;
  level?: Level | null | undefined;
  first?: number | null | undefined;
  childrenFirst?: number | null | undefined;
  childKind?: BodyKind | null | undefined;
  childOrder?: BodyOrder | null | undefined;
}>;


export type ChildrenFilteredTreeQuery = { bodies: { edges: Array<{ node: { code: string, children: { totalCount: number, edges: Array<{ node: { code: string, name: string, kind: BodyKind } }> } } }> } };

export type PowerSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PowerSearchQuery = { powers: { totalCount: number, edges: Array<{ node: { code: string, title: string } }> } };

export type InboxFilteredQueryVariables = Exact<{
  code: string;
  priority?: DirectivePriority | null | undefined;
  pendingOnly?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type InboxFilteredQuery = { body: { directiveInbox: { totalCount: number, edges: Array<{ node: { id: string, directive: { title: string, priority: DirectivePriority } } }> } } | null };

export type IssuedFilteredQueryVariables = Exact<{
  code: string;
  priority?: DirectivePriority | null | undefined;
  first?: number | null | undefined;
}>;


export type IssuedFilteredQuery = { body: { directivesIssued: { totalCount: number, edges: Array<{ node: { title: string, priority: DirectivePriority } }> } } | null };

export type FeedbackInboxFilteredQueryVariables = Exact<{
  code: string;
  kind?: FeedbackKind | null | undefined;
  unansweredOnly?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type FeedbackInboxFilteredQuery = { body: { feedbackInbox: { totalCount: number, edges: Array<{ node: { kind: FeedbackKind, content: string, sender: { code: string } } }> } } | null };

export type SignDelegationByIdMutationVariables = Exact<{
  id: string | number;
}>;


export type SignDelegationByIdMutation = { signDelegation: { delegation: { id: string, status: DelegationStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type RevokeDelegationByIdMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type RevokeDelegationByIdMutation = { revokeDelegation: { delegation: { id: string, status: DelegationStatus } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RedelegateFromMutationVariables = Exact<{
  parent: string | number;
  powerCode: string;
  to: string;
  amount: string;
  year: number;
  estimate?: string | null | undefined;
}>;


export type RedelegateFromMutation = { delegatePower: { delegation: { id: string, status: DelegationStatus, coverageDecimal: string | null, parent: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type DelegationCoverageQueryVariables = Exact<{
  id: string | number;
}>;


export type DelegationCoverageQuery = { node:
    | { id: string, coverage: number | null, coverageDecimal: string | null, estimatedCost: string | null, fiscalAllocation: { amount: string } | null }
    | Record<PropertyKey, never>
   | null };

export type BodyCoverageQueryVariables = Exact<{
  code: string;
  fiscalYear: number;
}>;


export type BodyCoverageQuery = { body: { fiscalCoverage: { allocated: string, estimatedCost: string, coverage: number | null, coverageDecimal: string | null } } | null };

export type ThreadsOrderedQueryVariables = Exact<{
  code: string;
  orderBy?: ThreadOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ThreadsOrderedQuery = { body: { threads: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, subject: string, dueAt: string, updatedAt: string } }> } } | null };

export type MarkDirectiveReadMutationVariables = Exact<{
  input: MarkDirectiveReadInput;
}>;


export type MarkDirectiveReadMutation = { markDirectiveRead: { receipt: { id: string, readAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ReceiptsFilteredQueryVariables = Exact<{
  id: string | number;
  read?: boolean | null | undefined;
  acknowledged?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type ReceiptsFilteredQuery = { node:
    | { receipts: { totalCount: number, edges: Array<{ node: { readAt: string | null, acknowledgedAt: string | null, recipient: { code: string } } }> } }
    | Record<PropertyKey, never>
   | null };

export type IssuedWithPendingReceiptsQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  childrenFirst?: number | null | undefined;
}>;


export type IssuedWithPendingReceiptsQuery = { body: { directivesIssued: { edges: Array<{ node: { title: string, receipts: { totalCount: number, edges: Array<{ node: { id: string, acknowledgedAt: string | null } }> } } }> } } | null };

export type DelegationFieldsFragment = { id: string, status: DelegationStatus, fiscalYear: number, scope: string | null, coverage: number | null, estimatedCost: string | null, noFiscalNeedReason: string | null, power: { code: string }, grantor: { code: string }, grantee: { code: string }, parent: { id: string } | null, fiscalAllocation: { amount: string, currency: string, fiscalYear: number, source: string | null } | null, quotas: Array<{ kind: string, quantity: string, unit: string }> };

export type DefinePowerMutationVariables = Exact<{
  input: DefinePowerInput;
}>;


export type DefinePowerMutation = { definePower: { power: { id: string, code: string, title: string, field: string, legalBasis: string | null, estimatedAnnualCost: string | null, definedBy: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type DelegatePowerMutationVariables = Exact<{
  input: DelegatePowerInput;
}>;


export type DelegatePowerMutation = { delegatePower: { delegation: { id: string, status: DelegationStatus, fiscalYear: number, scope: string | null, coverage: number | null, estimatedCost: string | null, noFiscalNeedReason: string | null, power: { code: string }, grantor: { code: string }, grantee: { code: string }, parent: { id: string } | null, fiscalAllocation: { amount: string, currency: string, fiscalYear: number, source: string | null } | null, quotas: Array<{ kind: string, quantity: string, unit: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SignDelegationMutationVariables = Exact<{
  input: SignDelegationInput;
}>;


export type SignDelegationMutation = { signDelegation: { delegation: { id: string, status: DelegationStatus, fiscalYear: number, scope: string | null, coverage: number | null, estimatedCost: string | null, noFiscalNeedReason: string | null, power: { code: string }, grantor: { code: string }, grantee: { code: string }, parent: { id: string } | null, fiscalAllocation: { amount: string, currency: string, fiscalYear: number, source: string | null } | null, quotas: Array<{ kind: string, quantity: string, unit: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type RevokeDelegationMutationVariables = Exact<{
  input: RevokeDelegationInput;
}>;


export type RevokeDelegationMutation = { revokeDelegation: { returnedAmount: string | null, delegation: { id: string, status: DelegationStatus } | null, revokedWithIt: Array<{ id: string, status: DelegationStatus, grantee: { code: string } }> | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PowerQueryVariables = Exact<{
  code: string;
}>;


export type PowerQuery = { power: { code: string, title: string, estimatedAnnualCost: string | null } | null };

export type PowersQueryVariables = Exact<{
  field?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PowersQuery = { powers: { totalCount: number, edges: Array<{ node: { code: string, field: string } }> } };

export type DelegationQueryVariables = Exact<{
  id: string | number;
}>;


export type DelegationQuery = { node:
    | { id: string, status: DelegationStatus, fiscalYear: number, scope: string | null, coverage: number | null, estimatedCost: string | null, noFiscalNeedReason: string | null, redelegations: Array<{ id: string, status: DelegationStatus }>, power: { code: string }, grantor: { code: string }, grantee: { code: string }, parent: { id: string } | null, fiscalAllocation: { amount: string, currency: string, fiscalYear: number, source: string | null } | null, quotas: Array<{ kind: string, quantity: string, unit: string }> }
    | Record<PropertyKey, never>
   | null };

export type FinanceDashboardQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  fiscalYear: number;
}>;


export type FinanceDashboardQuery = { body: { code: string, powers: Array<{ power: { code: string }, delegation: { id: string } | null }>, delegationsReceived: { totalCount: number, edges: Array<{ node: { id: string, status: DelegationStatus, fiscalYear: number, scope: string | null, coverage: number | null, estimatedCost: string | null, noFiscalNeedReason: string | null, power: { code: string }, grantor: { code: string }, grantee: { code: string }, parent: { id: string } | null, fiscalAllocation: { amount: string, currency: string, fiscalYear: number, source: string | null } | null, quotas: Array<{ kind: string, quantity: string, unit: string }> } }> }, delegationsGranted: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: DelegationStatus, fiscalYear: number, scope: string | null, coverage: number | null, estimatedCost: string | null, noFiscalNeedReason: string | null, power: { code: string }, grantor: { code: string }, grantee: { code: string }, parent: { id: string } | null, fiscalAllocation: { amount: string, currency: string, fiscalYear: number, source: string | null } | null, quotas: Array<{ kind: string, quantity: string, unit: string }> } }> }, fiscalCoverage: { fiscalYear: number, delegations: number, allocated: string, estimatedCost: string, coverage: number | null, unfunded: number, redelegated: string } } | null };

export type UnfundedMandatesQueryVariables = Exact<{
  fiscalYear: number;
  level?: Level | null | undefined;
  under?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnfundedMandatesQuery = { unfundedMandates: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, coverage: number | null, grantee: { code: string, level: Level }, power: { code: string } } }> } };

export type ThreadFieldsFragment = { id: string, subject: string, description: string | null, status: ThreadStatus, dueAt: string, overdue: boolean, resolution: string | null, resolvedAt: string | null, lead: { code: string }, openedBy: { code: string }, participants: Array<{ code: string }> };

export type ThreadEventFieldsFragment = { id: string, kind: ThreadEventKind, note: string | null, occurredAt: string, actor: { code: string }, body: { code: string } | null, previousLead: { code: string } | null, message: { id: string, content: string, author: { code: string } } | null, resource: { id: string, title: string } | null, thread: { id: string, status: ThreadStatus, lead: { code: string } } };

export type OpenCoordinationThreadMutationVariables = Exact<{
  input: OpenCoordinationThreadInput;
}>;


export type OpenCoordinationThreadMutation = { openCoordinationThread: { thread: { id: string, subject: string, description: string | null, status: ThreadStatus, dueAt: string, overdue: boolean, resolution: string | null, resolvedAt: string | null, lead: { code: string }, openedBy: { code: string }, participants: Array<{ code: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PostThreadMessageMutationVariables = Exact<{
  input: PostThreadMessageInput;
}>;


export type PostThreadMessageMutation = { postThreadMessage: { message: { id: string, content: string, postedAt: string, author: { code: string }, thread: { id: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ShareThreadResourceMutationVariables = Exact<{
  input: ShareThreadResourceInput;
}>;


export type ShareThreadResourceMutation = { shareThreadResource: { resource: { id: string, title: string, kind: ThreadResourceKind, uri: string | null, contentHash: string | null, providedBy: { code: string }, sharedBy: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InviteThreadParticipantMutationVariables = Exact<{
  input: InviteThreadParticipantInput;
}>;


export type InviteThreadParticipantMutation = { inviteThreadParticipant: { thread: { id: string, subject: string, description: string | null, status: ThreadStatus, dueAt: string, overdue: boolean, resolution: string | null, resolvedAt: string | null, lead: { code: string }, openedBy: { code: string }, participants: Array<{ code: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RemoveThreadParticipantMutationVariables = Exact<{
  input: RemoveThreadParticipantInput;
}>;


export type RemoveThreadParticipantMutation = { removeThreadParticipant: { thread: { id: string, subject: string, description: string | null, status: ThreadStatus, dueAt: string, overdue: boolean, resolution: string | null, resolvedAt: string | null, lead: { code: string }, openedBy: { code: string }, participants: Array<{ code: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type EscalateThreadMutationVariables = Exact<{
  input: EscalateThreadInput;
}>;


export type EscalateThreadMutation = { escalateThread: { thread: { id: string, subject: string, description: string | null, status: ThreadStatus, dueAt: string, overdue: boolean, resolution: string | null, resolvedAt: string | null, lead: { code: string }, openedBy: { code: string }, participants: Array<{ code: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ResolveThreadMutationVariables = Exact<{
  input: ResolveThreadInput;
}>;


export type ResolveThreadMutation = { resolveThread: { thread: { id: string, subject: string, description: string | null, status: ThreadStatus, dueAt: string, overdue: boolean, resolution: string | null, resolvedAt: string | null, lead: { code: string }, openedBy: { code: string }, participants: Array<{ code: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReopenThreadMutationVariables = Exact<{
  input: ReopenThreadInput;
}>;


export type ReopenThreadMutation = { reopenThread: { thread: { id: string, subject: string, description: string | null, status: ThreadStatus, dueAt: string, overdue: boolean, resolution: string | null, resolvedAt: string | null, lead: { code: string }, openedBy: { code: string }, participants: Array<{ code: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ThreadNodeQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ThreadNodeQuery = { node:
    | { id: string }
    | { id: string, subject: string, description: string | null, status: ThreadStatus, dueAt: string, overdue: boolean, resolution: string | null, resolvedAt: string | null, messages: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, content: string, author: { code: string } } }> }, resources: { totalCount: number, edges: Array<{ node: { id: string, title: string, kind: ThreadResourceKind, uri: string | null, contentHash: string | null, providedBy: { code: string } } }> }, events: { totalCount: number, edges: Array<{ node: { id: string, kind: ThreadEventKind, note: string | null, occurredAt: string, actor: { code: string }, body: { code: string } | null, previousLead: { code: string } | null, message: { id: string, content: string, author: { code: string } } | null, resource: { id: string, title: string } | null, thread: { id: string, status: ThreadStatus, lead: { code: string } } } }> }, lead: { code: string }, openedBy: { code: string }, participants: Array<{ code: string }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AnyNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AnyNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type BodyThreadsQueryVariables = Exact<{
  code: string;
  status?: ThreadStatus | null | undefined;
  overdue?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BodyThreadsQuery = { body: { code: string, threads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, subject: string, description: string | null, status: ThreadStatus, dueAt: string, overdue: boolean, resolution: string | null, resolvedAt: string | null, messages: { totalCount: number, edges: Array<{ node: { content: string } }> }, lead: { code: string }, openedBy: { code: string }, participants: Array<{ code: string }> } }> } } | null };

export type ThreadActivitySubscriptionVariables = Exact<{
  threadId: string | number;
}>;


export type ThreadActivitySubscription = { threadActivity: { id: string, kind: ThreadEventKind, note: string | null, occurredAt: string, actor: { code: string }, body: { code: string } | null, previousLead: { code: string } | null, message: { id: string, content: string, author: { code: string } } | null, resource: { id: string, title: string } | null, thread: { id: string, status: ThreadStatus, lead: { code: string } } } };

export const DirectiveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DirectiveFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionFieldsFragment, unknown>;
export const DelegationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"noFiscalNeedReason"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<DelegationFieldsFragment, unknown>;
export const ThreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ThreadFieldsFragment, unknown>;
export const ThreadEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadEventFieldsFragment, unknown>;
export const AuditTrailDocument = {"__meta__":{"hash":"sha256:2802833659bf927ea3099e2a03096d627787cd993d4c8ab1f75a4c3520119e31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"bodyCode"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"previousHash"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:fd7976344777112fe82c3f56ca3f0bde64aa8c8f445ceb72f2b2accb592c60be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const BodyDocument = {"__meta__":{"hash":"sha256:4101cf860609af28c9d83d8499f1768b4c25dedd65e02f2fc4f289d7cf37a395"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Body"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<BodyQuery, BodyQueryVariables>;
export const BodiesDocument = {"__meta__":{"hash":"sha256:74f6eaf8a229fbce1574a5c338eaf5b05f541870782f3b5145b11f6a060ac3ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bodies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodiesQuery, BodiesQueryVariables>;
export const BodyTreeDocument = {"__meta__":{"hash":"sha256:0d38ab7934ffe10638621ec09542f08c2aac707e91652fd97d576d36816643cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodyTreeQuery, BodyTreeQueryVariables>;
export const BodyTreeWithChildrenDocument = {"__meta__":{"hash":"sha256:551b7a549f45517a97dff3af88c42f7b11bd909bde9a5cfe098e96af7c340063"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyTreeWithChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodyTreeWithChildrenQuery, BodyTreeWithChildrenQueryVariables>;
export const NodeDocument = {"__meta__":{"hash":"sha256:b89acb84aad1c46f7e37f8727bb1bbf1251d84d566f504815be87bc64828321b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"__meta__":{"hash":"sha256:6563318b1722b4623b70c725664257dbab54ade2bfb689f5b87e9b5e4967ce11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const CreateBodyDocument = {"__meta__":{"hash":"sha256:d1f35731c10a0a03517043b1643cec059b0921493be41e54b69bbf1d00041f50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBodyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBody"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBodyMutation, CreateBodyMutationVariables>;
export const UpdateBodyDocument = {"__meta__":{"hash":"sha256:f6b4b6fd8d502540e4a2ccd34ef32eb7bec4a692c81d03f5618060b0e52d9ce0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBodyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBody"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateBodyMutation, UpdateBodyMutationVariables>;
export const IssueDirectiveDocument = {"__meta__":{"hash":"sha256:8ec74ec53eb47bf5fe79db8ede4190cfa05ead81b786ffa2719ab83a4357abd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueDirectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectiveFields"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<IssueDirectiveMutation, IssueDirectiveMutationVariables>;
export const ReviseDirectiveDocument = {"__meta__":{"hash":"sha256:c0b6423e2b29de03ce26865c470f2b300478bf2eff2fc31a12adbc9cc38d1b19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseDirectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectiveFields"}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReviseDirectiveMutation, ReviseDirectiveMutationVariables>;
export const AcknowledgeDirectiveDocument = {"__meta__":{"hash":"sha256:a28c7a6d289b7599af60a32b0ee4c70d9950d129daa750097e15551c12cb3364"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeDirectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeDirectiveMutation, AcknowledgeDirectiveMutationVariables>;
export const SubmitFeedbackDocument = {"__meta__":{"hash":"sha256:abc0ce1b55b21ad4d848296a93a30f92d2d1fd7609a86994333efda39a96ffc4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const RespondToFeedbackDocument = {"__meta__":{"hash":"sha256:d1851fefc914bd76b78963b5375d48d11352f18f0fbc7a452aaa53cfcff2576d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToFeedbackMutation, RespondToFeedbackMutationVariables>;
export const DirectiveViewDocument = {"__meta__":{"hash":"sha256:be20d512d411e148f8c7859b1be1c9649664459bb3747519dab57d6f120df394"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectiveView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectiveFields"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DirectiveViewQuery, DirectiveViewQueryVariables>;
export const AcknowledgementSummaryDocument = {"__meta__":{"hash":"sha256:c5ad513f9ead1bf8058559d9ec020eb58a4d95cb7a3ca5d83698dc5666241519"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcknowledgementSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgementSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgementSummaryQuery, AcknowledgementSummaryQueryVariables>;
export const InboxDocument = {"__meta__":{"hash":"sha256:061d49831a59b0a1f5603f54d91da8883a212b17dca1ebcb7c2961ab01f57a17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directiveInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pendingOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const FeedbackInboxDocument = {"__meta__":{"hash":"sha256:89a1f5a55e1d53a35975decc292a8a65510f8c8dac5335c92b58919a730c00c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unansweredOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unansweredOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unansweredOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackInboxQuery, FeedbackInboxQueryVariables>;
export const PublicDirectivesDocument = {"__meta__":{"hash":"sha256:28c2d8a7e4815b43184945b54865096ee882a2b9e34583098636311ad52deb59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDirectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDirectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicDirectivesQuery, PublicDirectivesQueryVariables>;
export const DirectiveIssuedDocument = {"__meta__":{"hash":"sha256:56ca1e5dc90c1509b5b8bba8fc1dcec5bce76d6453f89675ec8674af032e9343"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DirectiveIssued"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directiveIssued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectiveIssuedSubscription, DirectiveIssuedSubscriptionVariables>;
export const FeedbackReceivedDocument = {"__meta__":{"hash":"sha256:cba726ff28616cae45551cf063d73a508184e77296a9d571dd2d8e847560a959"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FeedbackReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackReceivedSubscription, FeedbackReceivedSubscriptionVariables>;
export const DraftDecisionDocument = {"__meta__":{"hash":"sha256:48223c31c4d6d95c450aab3ac5dd46620b61fea3326d47680660bc7c999d29e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DraftDecisionMutation, DraftDecisionMutationVariables>;
export const ReviseDecisionDraftDocument = {"__meta__":{"hash":"sha256:bf3938320f736894cbc6b5b745d7d5f2209e87bd7e5e2917a8d6f90c2aa4eb58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseDecisionDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseDecisionDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseDecisionDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReviseDecisionDraftMutation, ReviseDecisionDraftMutationVariables>;
export const OpenPublicConsultationDocument = {"__meta__":{"hash":"sha256:089f6181563519dd2d72e1cf85c71a91a5f5ff8506ac0998105330f04be29c87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenPublicConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenPublicConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPublicConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<OpenPublicConsultationMutation, OpenPublicConsultationMutationVariables>;
export const ClosePublicConsultationDocument = {"__meta__":{"hash":"sha256:98f08fde251e036dd674d9d5950e9548a6d13d40843601079775987e525366ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePublicConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosePublicConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePublicConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ClosePublicConsultationMutation, ClosePublicConsultationMutationVariables>;
export const SubmitPublicCommentDocument = {"__meta__":{"hash":"sha256:713203c725eadd4b98fbec1fda6574cc584cb71f540028ff85d25d2a96352cde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPublicComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPublicCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPublicComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"submitterType"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SubmitPublicCommentMutation, SubmitPublicCommentMutationVariables>;
export const ModeratePublicCommentDocument = {"__meta__":{"hash":"sha256:5193bf770f813a5724246df54f5cfec32e4d718a508c44d09e0fbc4d02a4b9cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModeratePublicComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModeratePublicCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderatePublicComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ModeratePublicCommentMutation, ModeratePublicCommentMutationVariables>;
export const RespondToPublicCommentDocument = {"__meta__":{"hash":"sha256:75ca8660b3d70a133da3a301a5f93059b6a5837d1e07b1251d0d43d670360ceb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToPublicComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToPublicCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToPublicComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RespondToPublicCommentMutation, RespondToPublicCommentMutationVariables>;
export const ConsultLocalGovernmentsDocument = {"__meta__":{"hash":"sha256:2ac82d07879f1093b183e2916fdc0a37fb79b6b392ac3b7b0d8b0cf2059214e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsultLocalGovernments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultLocalGovernmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultLocalGovernments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalConsultationStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consulted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ConsultLocalGovernmentsMutation, ConsultLocalGovernmentsMutationVariables>;
export const CloseLocalConsultationDocument = {"__meta__":{"hash":"sha256:7e5a575d7f44c28785a78e5779607351772d65515512982738d0068601da2a69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseLocalConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLocalConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLocalConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CloseLocalConsultationMutation, CloseLocalConsultationMutationVariables>;
export const RecordExpertConsultationDocument = {"__meta__":{"hash":"sha256:b5a6912845b15049ba7c0cb6277ac439eb7b7997f2ca9da7ec012c61e4183eb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExpertConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordExpertConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExpertConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordExpertConsultationMutation, RecordExpertConsultationMutationVariables>;
export const RecordRiskAssessmentDocument = {"__meta__":{"hash":"sha256:eb627f417bb62f1721001c7815663344ce45d2f1bc4cf4fbf33fb2ea9c9b7249"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRiskAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRiskAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRiskAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessmentStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"controllable"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordRiskAssessmentMutation, RecordRiskAssessmentMutationVariables>;
export const RequestLegalityReviewDocument = {"__meta__":{"hash":"sha256:6932f9057703f2d6d972fb2d1bf713ccc6180deda66503141d6b292ea92bf834"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLegalityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLegalityReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLegalityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RequestLegalityReviewMutation, RequestLegalityReviewMutationVariables>;
export const RecordLegalityReviewDocument = {"__meta__":{"hash":"sha256:0733eb2258f8029ace23c00023e274095ec9ee0bcdebc9fc6abcd8e41dcdd6c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLegalityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLegalityReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLegalityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordLegalityReviewMutation, RecordLegalityReviewMutationVariables>;
export const RecordDeliberationDocument = {"__meta__":{"hash":"sha256:ed244a9fb4a871ede0e95b8ef92f6d5ad9f17e0e864671775e67035882ce8024"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDeliberation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDeliberationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDeliberation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordDeliberationMutation, RecordDeliberationMutationVariables>;
export const AdoptDecisionDocument = {"__meta__":{"hash":"sha256:b37740a4b28820b03d36f10d42df710d61e50f76835b006a306d273c86eb4924"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AdoptDecisionMutation, AdoptDecisionMutationVariables>;
export const ReconsiderDecisionDocument = {"__meta__":{"hash":"sha256:65095e94c858606a5db9350a20cd8b03a75ece1f7340e3ac3b8ea851d0f12d34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReconsiderDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReconsiderDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconsiderDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"reconsiderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisedBecause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReconsiderDecisionMutation, ReconsiderDecisionMutationVariables>;
export const WithdrawDecisionDocument = {"__meta__":{"hash":"sha256:44aa9f7166560be4b0d7825f55c349046c64095356ca08ca8f1cda679b327a3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<WithdrawDecisionMutation, WithdrawDecisionMutationVariables>;
export const AddLegislativeDependencyDocument = {"__meta__":{"hash":"sha256:cbac87aab99cb040e6e46dcfd123359449b49c1ab991aa89c864cd3a88920d10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLegislativeDependency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLegislativeDependencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLegislativeDependency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddLegislativeDependencyMutation, AddLegislativeDependencyMutationVariables>;
export const UpdateLegislativeDependencyDocument = {"__meta__":{"hash":"sha256:ba647912d9dbac43b44e4ed4f2ec3de3da958cb5f8db9221384c9c881d759874"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLegislativeDependency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLegislativeDependencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLegislativeDependency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateLegislativeDependencyMutation, UpdateLegislativeDependencyMutationVariables>;
export const SubmitSuggestionDocument = {"__meta__":{"hash":"sha256:94614910992dbac8d9b360546718da99e85b07a596a681f7c3284c89d3892ef9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SubmitSuggestionMutation, SubmitSuggestionMutationVariables>;
export const RegisterDeputySuggestionDocument = {"__meta__":{"hash":"sha256:c3efd0b4fe170a32fec7d446adc072aef3ea92b1f8117cbc1caa18edae5222ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDeputySuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDeputySuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDeputySuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RegisterDeputySuggestionMutation, RegisterDeputySuggestionMutationVariables>;
export const ModerateSuggestionDocument = {"__meta__":{"hash":"sha256:4fe6c25547fae09a64e4e983dad95333d6d8b63acde054232c7b106c284bc80b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerateSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderateSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ModerateSuggestionMutation, ModerateSuggestionMutationVariables>;
export const AnswerSuggestionDocument = {"__meta__":{"hash":"sha256:18cb820cf3e99ed619211701141637ad613826d3d9a787f2859a1b1c25398c33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AnswerSuggestionMutation, AnswerSuggestionMutationVariables>;
export const ReferSuggestionDocument = {"__meta__":{"hash":"sha256:02c07e8d4528fd44cc76f4f0f59e75d969481dbc434019ec70ba37ed67419bd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReferSuggestionMutation, ReferSuggestionMutationVariables>;
export const CreatePostDocument = {"__meta__":{"hash":"sha256:7ada586a32043194f50c0fb50176411ded1c221522b295c07090dc636f7a0b95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreatePostMutation, CreatePostMutationVariables>;
export const DecisionPageDocument = {"__meta__":{"hash":"sha256:69df8dad9479b37e3797ca09ecfa0a75d43f7d037759ba71038eed6fa79b69b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionMakerCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"decisionMakerCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionMakerCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionPageQuery, DecisionPageQueryVariables>;
export const DecisionViewDocument = {"__meta__":{"hash":"sha256:be905ecb9c4263eb2021c5c7a1e779c7f1f67516dd84021d95a4133b82f19588"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legislativeDependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicConsultationStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"shortenedReason"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalityReviewStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveDeliberationStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"chairConclusion"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionViewQuery, DecisionViewQueryVariables>;
export const DecisionProceduresDocument = {"__meta__":{"hash":"sha256:bc95bf1e00b9a28b0d3ea9eb85586f3b6b589a570833375257e36f3b48e68582"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionProcedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionProcedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}},{"kind":"Field","name":{"kind":"Name","value":"minPublicCommentDays"}},{"kind":"Field","name":{"kind":"Name","value":"minExperts"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}}]}}]}}]} as unknown as DocumentNode<DecisionProceduresQuery, DecisionProceduresQueryVariables>;
export const SuggestionsDocument = {"__meta__":{"hash":"sha256:652125ed9742e6eef7d4393ef7db56cf858567275d44f7cc57546de1bb7358f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toBodyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"toBodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toBodyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionsQuery, SuggestionsQueryVariables>;
export const BodyPostsDocument = {"__meta__":{"hash":"sha256:94656f82d866bf69bc56381b6342c439a47d2267232d82e177be92e11e8d9bee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}}]}}]}}]}}]} as unknown as DocumentNode<BodyPostsQuery, BodyPostsQueryVariables>;
export const DecisionActivityDocument = {"__meta__":{"hash":"sha256:1d04a90f206bc8298d0e9c3979501711e94afbb2d9100513f3b76b57381898f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DecisionActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionActivitySubscription, DecisionActivitySubscriptionVariables>;
export const ReformEventsDocument = {"__meta__":{"hash":"sha256:dced837a296cdcddf0a6023e326fbf27446a99523c231d830bb5bbfccd15d200"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReformEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReformEventKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<ReformEventsSubscription, ReformEventsSubscriptionVariables>;
export const BodySearchDocument = {"__meta__":{"hash":"sha256:a4b0ac9b359afe6607c40f0c6b8ed6b511c3c530a2c5ddcee4c84f7495259837"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodySearchQuery, BodySearchQueryVariables>;
export const ChildrenFilteredDocument = {"__meta__":{"hash":"sha256:c5cb5a6b2c34330559f6c61d573b96c93996dcdfe48716091fbfbb99dff3d012"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildrenFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildrenFilteredQuery, ChildrenFilteredQueryVariables>;
export const ChildrenFilteredTreeDocument = {"__meta__":{"hash":"sha256:caa95b32cafd987446610ffc191d90464270c14acf04bfcfc7089300e06f8afc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildrenFilteredTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childOrder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"GOVERNMENT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childOrder"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildrenFilteredTreeQuery, ChildrenFilteredTreeQueryVariables>;
export const PowerSearchDocument = {"__meta__":{"hash":"sha256:dd2515b0632bbd140fbe9dfec80d530eddc0c546df3892163eccaa8a86243419"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PowerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"powers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PowerSearchQuery, PowerSearchQueryVariables>;
export const InboxFilteredDocument = {"__meta__":{"hash":"sha256:4bc6652a94a45bca5d3d75a6d95ec49d0bc219e7ce5dcd9a899ab7ecd732a6a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DirectivePriority"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directiveInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}},{"kind":"Argument","name":{"kind":"Name","value":"pendingOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxFilteredQuery, InboxFilteredQueryVariables>;
export const IssuedFilteredDocument = {"__meta__":{"hash":"sha256:dd8b2b309855472280a3dc3f44a86f1e700d013a34568ead8ca9e54c9dd11a32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuedFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DirectivePriority"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directivesIssued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssuedFilteredQuery, IssuedFilteredQueryVariables>;
export const FeedbackInboxFilteredDocument = {"__meta__":{"hash":"sha256:1451dd455803016601f7f1ec8585a72a30368ff0b232403e5c412c229c24d227"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackInboxFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unansweredOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"unansweredOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unansweredOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackInboxFilteredQuery, FeedbackInboxFilteredQueryVariables>;
export const SignDelegationByIdDocument = {"__meta__":{"hash":"sha256:0033f74f17fe26b8b8ecad03a648a8fb6fa54df806ef08058296a08210bba654"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignDelegationById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SignDelegationByIdMutation, SignDelegationByIdMutationVariables>;
export const RevokeDelegationByIdDocument = {"__meta__":{"hash":"sha256:2979cbea1c3fb294dbf437419cd43136175c2986750134591afb541bce4c2207"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeDelegationById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeDelegationByIdMutation, RevokeDelegationByIdMutationVariables>;
export const RedelegateFromDocument = {"__meta__":{"hash":"sha256:649abe33605ac920a61419f1a5334760653fbacbe0c3f173c06e8819f3c55812"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedelegateFrom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"powerCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"estimate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegatePower"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"powerCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"powerCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"toBodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"parentDelegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalAllocation"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"estimatedCost"},"value":{"kind":"Variable","name":{"kind":"Name","value":"estimate"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverageDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RedelegateFromMutation, RedelegateFromMutationVariables>;
export const DelegationCoverageDocument = {"__meta__":{"hash":"sha256:3dc23bfdafe39c484fde48e3fe2a52b3bf8e62e98e50fdbf8d0e2f41cc0e2e1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegationCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"coverageDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DelegationCoverageQuery, DelegationCoverageQueryVariables>;
export const BodyCoverageDocument = {"__meta__":{"hash":"sha256:b9dff3db66b863f2e8d8b477027e5df3a712a49b8657f43d83f870d266f8603b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"coverageDecimal"}}]}}]}}]}}]} as unknown as DocumentNode<BodyCoverageQuery, BodyCoverageQueryVariables>;
export const ThreadsOrderedDocument = {"__meta__":{"hash":"sha256:2b1973e7d03e9db1faa2f50042e26ad60120c21be79b3d86df1d021c280a35e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadsOrdered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThreadsOrderedQuery, ThreadsOrderedQueryVariables>;
export const MarkDirectiveReadDocument = {"__meta__":{"hash":"sha256:ab77632b6c0711d539eb4c0ecc61efb7b2c4a1d382fd5a3f4b4b0940875d66aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkDirectiveRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkDirectiveReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDirectiveRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarkDirectiveReadMutation, MarkDirectiveReadMutationVariables>;
export const ReceiptsFilteredDocument = {"__meta__":{"hash":"sha256:6f1d414287432d21a1548840d610d013a27b1fe238ded54d7fc5e3845e3a8c3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceiptsFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"read"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"read"},"value":{"kind":"Variable","name":{"kind":"Name","value":"read"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceiptsFilteredQuery, ReceiptsFilteredQueryVariables>;
export const IssuedWithPendingReceiptsDocument = {"__meta__":{"hash":"sha256:1a36fbc253064eb8dfad3df7cbbd57fb68399e3420e3585d0dead6ee53a5ec7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuedWithPendingReceipts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directivesIssued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssuedWithPendingReceiptsQuery, IssuedWithPendingReceiptsQueryVariables>;
export const DefinePowerDocument = {"__meta__":{"hash":"sha256:161a3e03ecac46a395bc24fbf215f268f80e29f174d875871bad52d5426b1392"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefinePower"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefinePowerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definePower"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAnnualCost"}},{"kind":"Field","name":{"kind":"Name","value":"definedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DefinePowerMutation, DefinePowerMutationVariables>;
export const DelegatePowerDocument = {"__meta__":{"hash":"sha256:ffe1832eda68e2a07d84064394660daaabf365a6e218c8b736b20c9196b673e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DelegatePower"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DelegatePowerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegatePower"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"noFiscalNeedReason"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<DelegatePowerMutation, DelegatePowerMutationVariables>;
export const SignDelegationDocument = {"__meta__":{"hash":"sha256:b25c1d0c192dbfd5f574d589193213348e963a9baec39c879b4a7e5e99dd7712"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"noFiscalNeedReason"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<SignDelegationMutation, SignDelegationMutationVariables>;
export const RevokeDelegationDocument = {"__meta__":{"hash":"sha256:ec85ca1a0bbe0d4f2998d46a25e39d8a3b0a67b34e8f6309c097742184679906"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedWithIt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeDelegationMutation, RevokeDelegationMutationVariables>;
export const PowerDocument = {"__meta__":{"hash":"sha256:084fb5b5b1627e388857b4c2aeaae37e686eaa892e2217032b9c28ccf5068705"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Power"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"power"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAnnualCost"}}]}}]}}]} as unknown as DocumentNode<PowerQuery, PowerQueryVariables>;
export const PowersDocument = {"__meta__":{"hash":"sha256:2816de45b2e1b2f6272dad5ddf1e27a8504a947f5196d94f822c7ca383ec0614"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Powers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"powers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PowersQuery, PowersQueryVariables>;
export const DelegationDocument = {"__meta__":{"hash":"sha256:e3463bfdb792dbaa823d7024fe112a692476da710c31fd6da34dd5dc8d7bfdcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Delegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}},{"kind":"Field","name":{"kind":"Name","value":"redelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"noFiscalNeedReason"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<DelegationQuery, DelegationQueryVariables>;
export const FinanceDashboardDocument = {"__meta__":{"hash":"sha256:30abda75734c7e3cd48be0bdef8492fa0b26c1abcfdcd6b3386fc364a930b123"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"powers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegationsReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegationsGranted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"delegations"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"unfunded"}},{"kind":"Field","name":{"kind":"Name","value":"redelegated"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"noFiscalNeedReason"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<FinanceDashboardQuery, FinanceDashboardQueryVariables>;
export const UnfundedMandatesDocument = {"__meta__":{"hash":"sha256:d7647507966fa0bad8abd05d2d6dc3a79e4f7d99b442644a0156a60061b17518"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnfundedMandates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfundedMandates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnfundedMandatesQuery, UnfundedMandatesQueryVariables>;
export const OpenCoordinationThreadDocument = {"__meta__":{"hash":"sha256:474dbc2681862bf3b6e2857ec393e143e481f94a65cc328352c19eac6497d41c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCoordinationThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCoordinationThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCoordinationThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<OpenCoordinationThreadMutation, OpenCoordinationThreadMutationVariables>;
export const PostThreadMessageDocument = {"__meta__":{"hash":"sha256:4d34bc30fd07402df2058b25444a694c1136e5bb8d0a2e845d1e8666a2491a09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostThreadMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostThreadMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postThreadMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PostThreadMessageMutation, PostThreadMessageMutationVariables>;
export const ShareThreadResourceDocument = {"__meta__":{"hash":"sha256:6b1123d9e9b6e434733ea88b88748ac6ccf9dbb4c0337f9d4f552777173e0002"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareThreadResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareThreadResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareThreadResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ShareThreadResourceMutation, ShareThreadResourceMutationVariables>;
export const InviteThreadParticipantDocument = {"__meta__":{"hash":"sha256:567b9e553cb93aa6f87c4647ab24aa6228aecd8484aad73f5a141a314281b530"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteThreadParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteThreadParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteThreadParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<InviteThreadParticipantMutation, InviteThreadParticipantMutationVariables>;
export const RemoveThreadParticipantDocument = {"__meta__":{"hash":"sha256:c5386f7e3b02008f7ad97410beec5a2459c474c8cfa386f335ca8926eb24b4e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveThreadParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveThreadParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeThreadParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RemoveThreadParticipantMutation, RemoveThreadParticipantMutationVariables>;
export const EscalateThreadDocument = {"__meta__":{"hash":"sha256:d8286de399b68b667ab01cea25b0fd32d68ab3853f16634b71af0c94347140d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<EscalateThreadMutation, EscalateThreadMutationVariables>;
export const ResolveThreadDocument = {"__meta__":{"hash":"sha256:2584da71782c4557ece45dbeeca51c437e32eee9f90d7ecc2b6ba2b19bcf6850"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ResolveThreadMutation, ResolveThreadMutationVariables>;
export const ReopenThreadDocument = {"__meta__":{"hash":"sha256:bad97bac781747c62a3c562c9376d777ed14cb3ba5688d761c9da55cdcf19038"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReopenThreadMutation, ReopenThreadMutationVariables>;
export const ThreadNodeDocument = {"__meta__":{"hash":"sha256:aebd9336d3ef54bbfd41e26caabf9bf63a817f09256113c0b2467906c3e9d10d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadEventFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadNodeQuery, ThreadNodeQueryVariables>;
export const AnyNodeDocument = {"__meta__":{"hash":"sha256:657107f7d11d70f15e28ce109c6b6c67a2611498d75b77b0ee6cde3c6c5642fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnyNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnyNodeQuery, AnyNodeQueryVariables>;
export const BodyThreadsDocument = {"__meta__":{"hash":"sha256:77233035d8d2d52eed4a33e12051cbacae6fa1d42cf92606742bc1a9544b1326"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<BodyThreadsQuery, BodyThreadsQueryVariables>;
export const ThreadActivityDocument = {"__meta__":{"hash":"sha256:7cb3882c3dadb87b5df806c8b99a73dc2933cff6f82bd4f9c3bece176c282802"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ThreadActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadActivitySubscription, ThreadActivitySubscriptionVariables>;