/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A task the executor accepts. */
export type AcceptTaskInput = {
  /** Global id of the task. */
  taskId: string | number;
};

/** Acknowledges a directive addressed to the caller’s body. */
export type AcknowledgeDirectiveInput = {
  /** The directive. */
  directiveId: string | number;
};

/** The addressee acknowledges an order. */
export type AcknowledgeRectificationOrderInput = {
  /** The order. */
  orderId: string | number;
};

/** A body joining the joint group. */
export type AddInspectionGroupMemberInput = {
  /** Code of the joining body. */
  bodyCode: string;
  /** The inspection. */
  inspectionId: string | number;
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

/** Adopts a decision whose required stages are all COMPLETED on the current draft; atomically issues its directives and assigns its tasks. */
export type AdoptDecisionInput = {
  /** The decision. */
  decisionId: string | number;
  /** Directives issued on adoption (at most 20), all or none. */
  directives?: Array<AdoptionDirectiveInput> | null | undefined;
  /** When it takes effect; default now. */
  effectiveFrom?: string | null | undefined;
  /** Repeating a key returns the first result instead of adopting twice. */
  idempotencyKey?: string | null | undefined;
  /** Tasks assigned on adoption by the decision maker (at most 20), all or none; each comes from the decision (its origin). */
  tasks?: Array<SubtaskInput> | null | undefined;
};

/** A directive the adoption issues, from the decision maker to bodies in its own subtree. */
export type AdoptionDirectiveInput = {
  /** Acknowledgement deadline (with requiresAcknowledgement). */
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

/** Money of a fund for a task. */
export type AllocateFundInput = {
  /** How much; Σ allocations never exceeds the fund. */
  amount: string;
  /** Global id of a fund of the caller’s body. */
  fundId: string | number;
  /** Repeating a key returns the first result instead of allocating twice. */
  idempotencyKey?: string | null | undefined;
  /** Global id of the task (executed inside the holder’s jurisdiction). */
  toId: string | number;
};

/** An item of an annual list. */
export type AnnualTaskListItemInput = {
  /** Mark as a key item (default false). */
  highlight?: boolean | null | undefined;
  /** Rank, 1 first; distinct within the list. */
  rank: number;
  /** Global id of the responsible leader’s post: a post of the list’s body or of its leading group. Required (RESPONSIBLE_LEADER_REQUIRED). */
  responsibleLeaderPostId?: string | number | null | undefined;
  /** Global id of a task assigned by the list’s body or a body below it. */
  taskId: string | number;
};

/** The body’s answer to a suggestion. */
export type AnswerSuggestionInput = {
  /** The answer (public with the suggestion). */
  answer: string;
  /** The suggestion. */
  suggestionId: string | number;
};

/** The subject body’s appeal of a decision. */
export type AppealToleranceDecisionInput = {
  /** The case. */
  caseId: string | number;
  /** Grounds of appeal. */
  grounds: string;
};

/** Opens a tolerance case. */
export type ApplyForToleranceInput = {
  /** When the act took place (in the past). */
  actAt: string;
  /** The decision under which the act was taken: its procedure becomes evidence. */
  decisionId?: string | number | null | undefined;
  /** Supervision findings about the subject body that the case covers (at most 20): when it is decided TOLERATED, evaluation does not score them against the body. */
  findingIds?: Array<string | number> | null | undefined;
  /** Repeating a key returns the first result instead of opening twice. */
  idempotencyKey?: string | null | undefined;
  /** Keywords of the matter (at most 20), matched against directives’ `prohibits`. */
  keywords?: Array<string> | null | undefined;
  /** The act under judgement. */
  matter: string;
  /** Code of the power the subject exercised, to check it was held. */
  powerCode?: string | null | undefined;
  /** The body whose act is judged; default the caller’s body. */
  subjectBodyCode?: string | null | undefined;
};

/** Authorizing a proposed pilot. */
export type AuthorizePilotInput = {
  /** Every pilot of `overlapsWith`, acknowledged as coordinated (PILOT_OVERLAP otherwise). */
  acknowledgeOverlapIds?: Array<string | number> | null | undefined;
  /** The pilot. */
  pilotId: string | number;
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

/** A task to cancel, with every unfinished task below it. */
export type CancelTaskInput = {
  /** Why. */
  reason: string;
  /** Global id of the task. */
  taskId: string | number;
};

/** The evaluated body’s challenge. */
export type ChallengeEvaluationInput = {
  /** The evaluation. */
  evaluationId: string | number;
  /** Grounds of the challenge. */
  grounds: string;
};

/** A claim of completion, with the results. */
export type ClaimTaskCompletionInput = {
  /** The results (1 to 50). */
  results: Array<TaskResultInput>;
  /** Global id of the task. */
  taskId: string | number;
};

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

/** The assessed body’s comment on a third-party assessment draft. */
export type CommentOnAssessmentDraftInput = {
  /** The observation the assessment stands behind. */
  observationId: string | number;
  /** The comment. */
  response: string;
};

/** A milestone reached. */
export type CompleteMilestoneInput = {
  /** SHA-256 of the evidence. */
  evidenceHash?: string | null | undefined;
  /** Id of the milestone. */
  milestoneId: string | number;
};

/** Scoring of bodies under a system for a period. */
export type ComputeEvaluationInput = {
  /** Repeating a key returns the first result instead of scoring twice. */
  idempotencyKey?: string | null | undefined;
  /** The period, within the system’s year. */
  period: string;
  /** Codes of the bodies evaluated (1–400), strictly inside the owner’s jurisdiction. */
  subjectCodes: Array<string>;
  /** The indicator system (the caller owns it). */
  systemId: string | number;
};

/** Concludes an inspection. */
export type ConcludeInspectionInput = {
  /** The conclusion. */
  conclusion: string;
  /** The inspection. */
  inspectionId: string | number;
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

/** A new reform fund of the caller’s body. */
export type CreateReformFundInput = {
  /** The whole fund. */
  amount: string;
  /** ISO 4217 currency; default CNY. */
  currency?: string | null | undefined;
  /** Fiscal year. */
  fiscalYear: number;
  /** Repeating a key returns the first result instead of creating a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** Name of the fund. */
  title: string;
};

/** A new task, assigned by the caller’s body. */
export type CreateTaskInput = {
  /** Codes of co-executing bodies, under the same rule. */
  coExecutorCodes?: Array<string> | null | undefined;
  /** Stable code, unique in the hub; generated when omitted. */
  code?: string | null | undefined;
  /** The deadline: in the future; for a subtask, no later than the parent’s. */
  deadline: string;
  /** Code of the one executing body: inside the assigner's jurisdiction (its subtree, or for a department or group its government's lower levels). */
  executorCode: string;
  /** Repeating a key returns the first result instead of creating a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** Kind; default: the parent's for a subtask, ROUTINE for a new task. */
  kind?: TaskKind | null | undefined;
  /** The measures (措施). */
  measures?: Array<string> | null | undefined;
  /** Milestones, in order. */
  milestones?: Array<MilestoneInput> | null | undefined;
  /** The path (路径). */
  path?: string | null | undefined;
  /** Mark it for publication (default false). */
  public?: boolean | null | undefined;
  /** When work starts; default now. */
  startsAt?: string | null | undefined;
  /** The target (目标). */
  target: string;
  /** Short title (2 to 300 characters). */
  title: string;
  /** Share among its siblings in the roll-up (1 to 1000, default 1). */
  weight?: number | null | undefined;
};

/** The assigner’s decision on an extension request. */
export type DecideDeadlineExtensionInput = {
  /** GRANTED or DENIED. */
  decision: ExtensionDecision;
  /** Id of the request. */
  extensionId: string | number;
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

/** Subtasks to split a task into. */
export type DecomposeTaskInput = {
  /** Repeating a key returns the first result instead of decomposing twice. */
  idempotencyKey?: string | null | undefined;
  /** Global id of the task the caller’s body executes. */
  parentTaskId: string | number;
  /** The subtasks (1 to 100). */
  subtasks: Array<SubtaskInput>;
};

/** A new indicator. */
export type DefineIndicatorInput = {
  /** The value scoring 0. */
  baseline: string;
  /** Unique code. */
  code: string;
  /** Code of the body that reports the values (a body in the caller’s jurisdiction). */
  dataOwnerCode?: string | null | undefined;
  /** Which way it improves. */
  direction: Direction;
  /** Let the hub compute the values from its records (OBJECTIVE, no data owner). */
  hubMetric?: HubMetric | null | undefined;
  /** Repeating a key returns the first result instead of defining twice. */
  idempotencyKey?: string | null | undefined;
  /** For SATISFACTION_SURVEY indicators: the least responses a survey needs (default 400). */
  minSampleSize?: number | null | undefined;
  /** Where the values come from. */
  source: IndicatorSource;
  /** The value scoring 100. */
  target: string;
  /** What is measured. */
  title: string;
  /** Unit of the values. */
  unit: string;
};

/** A new version of the caller’s indicator system for a year. */
export type DefineIndicatorSystemInput = {
  /** Days an evaluated body has to challenge a computed evaluation (0–60). */
  challengeDays: number;
  /** Code shared by the versions. */
  code: string;
  /** Repeating a key returns the first result instead of defining twice. */
  idempotencyKey?: string | null | undefined;
  /** The least weight OBJECTIVE indicators must carry. */
  minObjectiveShare: string;
  /** Whether the public may read the system. */
  public: boolean;
  /** The weighted indicators (1–50), summing to exactly 100.00. */
  weights: Array<IndicatorWeightInput>;
  /** The year evaluated. */
  year: number;
};

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

/** Which way an indicator improves. */
export type Direction =
  /** Higher values are better; the target lies above the baseline. */
  | 'HIGHER_IS_BETTER'
  /** Lower values are better; the target lies below the baseline (the score formula is inverted). */
  | 'LOWER_IS_BETTER';

/** How urgently recipients should act. */
export type DirectivePriority =
  /** Needs attention within the normal cycle. */
  | 'IMPORTANT'
  /** Ordinary business. */
  | 'ROUTINE'
  /** Act now. */
  | 'URGENT';

/** A dispute of an observation. */
export type DisputeObservationInput = {
  /** The observation. */
  observationId: string | number;
  /** Why the value is wrong. */
  reason: string;
};

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

/** Where an evaluation stands. */
export type EvaluationStatus =
  /** Challenged by the evaluated body; the owner answers when finalizing, or corrects by computing again. */
  | 'CHALLENGED'
  /** Final and immutable; corrections make a new version. */
  | 'FINAL'
  /** Final and published: it counts in `Body.performance`. */
  | 'PUBLISHED'
  /** Computed; the evaluated body may challenge it until `challengeUntil`. */
  | 'SCORED'
  /** Replaced by a later version before it became final. */
  | 'SUPERSEDED';

/** A replicable experience drawn from the pilot. */
export type ExperienceInput = {
  /** What was learned and how to replicate it. */
  description: string;
  /** Highlight it for roll-out. */
  highlight?: boolean | null | undefined;
  /** Title. */
  title: string;
};

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

/** Extending a pilot’s period. */
export type ExtendPilotInput = {
  /** The new end (later than the current one, in the future). */
  endsAt: string;
  /** The pilot. */
  pilotId: string | number;
  /** Why. */
  reason: string;
};

/** What the assigner decided on a deadline extension. */
export type ExtensionDecision =
  /** Denied: the deadline stays. */
  | 'DENIED'
  /** Granted: the task’s deadline moved to the requested one. */
  | 'GRANTED';

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

/** Making an evaluation final. */
export type FinalizeEvaluationInput = {
  /** The answer to a challenge (required when CHALLENGED). */
  challengeResponse?: string | null | undefined;
  /** The evaluation. */
  evaluationId: string | number;
};

/** What kind of problem (or good practice) a finding records. */
export type FindingCategory =
  /** Departments failed to coordinate. */
  | 'COORDINATION_FAILURE'
  /** Implementation is late. */
  | 'DELAYED'
  /** Formalism: paperwork instead of results (形式主义). */
  | 'FORMALISM'
  /** A good practice worth spreading; needs no rectification. */
  | 'GOOD_PRACTICE'
  /** Progress was misreported. */
  | 'MISREPORTED'
  /** A decision or task was not implemented. */
  | 'NOT_IMPLEMENTED'
  /** Something else (described). */
  | 'OTHER'
  /** The matter lacks the money or quotas to be carried out. */
  | 'UNFUNDED';

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

/** A body’s place in an inspection group. */
export type GroupRole =
  /** The lead body (牵头). */
  | 'LEAD'
  /** A member of the joint group (联合督察组). */
  | 'MEMBER';

/** An objective indicator the hub computes from its own records for a body and year (a percentage; nothing due counts as 100.0000, as nothing was late). */
export type HubMetric =
  /** Share of directives received with an acknowledgement deadline in the year (passed by the time of scoring) that the body acknowledged by it. */
  | 'DIRECTIVE_ACKNOWLEDGEMENT_ON_TIME'
  /** Share of rectification orders addressed to the body, due in the year by the time of scoring, verified by their deadline. */
  | 'RECTIFICATION_ON_TIME'
  /** Share of the body’s reform tasks of the year, due by the time of scoring and not cancelled, whose completion was claimed by the deadline. */
  | 'TASK_COMPLETION_ON_TIME'
  /** Funded share of the estimated cost of the active delegations the body received for the fiscal year (100.0000 when none has a cost). */
  | 'UNFUNDED_MANDATE_COVERAGE';

/** Where an indicator’s values come from (增加客观性考核指标: OBJECTIVE counts toward the objective share). */
export type IndicatorSource =
  /** An expert assessment. */
  | 'EXPERT'
  /** Measured data: statistics, or the hub’s own records (`hubMetric`). */
  | 'OBJECTIVE'
  /** A practice test (实践检验): outcomes observed on the ground. */
  | 'PRACTICE_TEST'
  /** A public satisfaction survey (aggregates only). */
  | 'SATISFACTION_SURVEY'
  /** An assessment by an independent third-party body. */
  | 'THIRD_PARTY';

/** An indicator and its weight. */
export type IndicatorWeightInput = {
  /** The indicator. */
  indicatorId: string | number;
  /** Its weight (all weights sum to exactly 100.00). */
  weight: string;
};

/** How an inspection works. */
export type InspectionMode =
  /** Desk inspection (案头督察): reading reports and documents. */
  | 'DESK'
  /** On-site inspection (一线督察): visits to every subject. */
  | 'ON_SITE';

/** Why an inspection takes place. */
export type InspectionSource =
  /** The annual list of major reform tasks. */
  | 'ANNUAL_LIST'
  /** An overdue rectification or stalled matter escalated to it. */
  | 'ESCALATION'
  /** The inspecting body’s own plan. */
  | 'PLAN'
  /** A clue from the public (互联网+督查). */
  | 'PUBLIC_CLUE';

/** Where an inspection stands. */
export type InspectionStatus =
  /** Concluded: every finding has an order or a reason for none; read-only. */
  | 'CONCLUDED'
  /** Under way: a site visit or finding has been recorded. */
  | 'IN_PROGRESS'
  /** Planned; the group is being formed. */
  | 'PLANNED';

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
  /** Keywords of what the directive explicitly prohibits (明令禁止), at most 20; fault-tolerance cases find it by them. */
  prohibits?: Array<string> | null | undefined;
  /** Readable without an account. */
  public?: boolean | null | undefined;
  /** Codes of explicit recipients, all in the issuer’s subtree. */
  recipientCodes?: Array<string> | null | undefined;
  /** Recipients must acknowledge it. */
  requiresAcknowledgement?: boolean | null | undefined;
  /** Title. */
  title: string;
};

/** A rectification order for findings of one subject. */
export type IssueRectificationOrderInput = {
  /** Deadline, in the future. */
  deadline: string;
  /** Findings of one inspection and one subject (the addressee). */
  findingIds: Array<string | number>;
  /** Repeating a key returns the first result instead of issuing twice. */
  idempotencyKey?: string | null | undefined;
  /** What must be rectified. */
  requirements: string;
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

/** A milestone of a new task. */
export type MilestoneInput = {
  /** When it is due: between the start and the deadline. */
  dueAt: string;
  /** What is reached (2 to 300 characters). */
  title: string;
  /** Share among the milestones (1 to 1000, default 1). */
  weight?: number | null | undefined;
};

/** Where a milestone stands; it only moves forward (PLANNED → COMPLETED → VERIFIED). Overdue is derived from its due date. */
export type MilestoneStatus =
  /** The executor says it is reached. */
  | 'COMPLETED'
  /** Not reached yet. */
  | 'PLANNED'
  /** The assigner confirmed it. */
  | 'VERIFIED';

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

/** Where an observed value stands; only VERIFIED values are scored. */
export type ObservationStatus =
  /** Disputed; not scored until reported again and verified. */
  | 'DISPUTED'
  /** Reported, awaiting verification by someone else. */
  | 'REPORTED'
  /** Verified by a body other than the reporter and the observed body. */
  | 'VERIFIED';

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

/** A site of a proposed pilot. */
export type PilotSiteInput = {
  /** Rules the site may deviate from (needs legalBasisForDeviation). */
  authorizedDeviations?: Array<string> | null | undefined;
  /** The site body (strictly inside the sponsor’s jurisdiction). */
  bodyCode: string;
  /** The legal basis of the deviations, e.g. the NPC Standing Committee authorization. */
  legalBasisForDeviation?: string | null | undefined;
  /** What the site tries. */
  scope: string;
};

/** Where a pilot (试点) stands. */
export type PilotStatus =
  /** Authorized by a LEAD of the sponsor; its period has not started. */
  | 'AUTHORIZED'
  /** Closed with a STOP verdict. */
  | 'CLOSED'
  /** Running past its first end, extended by the sponsor. */
  | 'EXTENDED'
  /** Proposed by an OFFICER of the sponsor; not yet authorized. */
  | 'PROPOSED'
  /** Inside its period. */
  | 'RUNNING'
  /** Scaled up: a directive rolls it out (`scaledUpAs`). */
  | 'SCALED_UP'
  /** Stopped early by the sponsor. */
  | 'TERMINATED'
  /** Its period ended (set by the scheduler at `endsAt`); awaiting evaluation and verdict. */
  | 'UNDER_EVALUATION';

/** What the sponsor concludes from a pilot’s evaluation. */
export type PilotVerdict =
  /** Keep trying: extend the period. */
  | 'EXTEND'
  /** Roll it out as tried (needs a FINAL or PUBLISHED evaluation). */
  | 'SCALE_UP'
  /** Roll it out with changes (needs a FINAL or PUBLISHED evaluation). */
  | 'SCALE_UP_WITH_CHANGES'
  /** Stop: the pilot is closed. */
  | 'STOP';

/** A new inspection led by the caller’s body. */
export type PlanInspectionInput = {
  /** Repeating a key returns the first result instead of planning twice. */
  idempotencyKey?: string | null | undefined;
  /** Desk or on-site. */
  mode: InspectionMode;
  /** Planned start. */
  plannedFrom: string;
  /** Planned end. */
  plannedTo: string;
  /** Objects in scope: tasks, decisions, directives, delegations… visible to the lead (at most 100). */
  scopeIds?: Array<string | number> | null | undefined;
  /** Why; default PLAN. */
  source?: InspectionSource | null | undefined;
  /** Codes of the bodies inspected: below the lead only (at most 200). */
  subjectCodes: Array<string>;
  /** Title. */
  title: string;
  /** The year it counts for. */
  year: number;
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

/** Where a task’s progress comes from. */
export type ProgressMethod =
  /** Rolled up from its subtasks: Σ(child progress × weight) ÷ Σ weight (cancelled subtasks left out). */
  | 'CHILDREN_WEIGHTED'
  /** Reported by the executor, period by period. */
  | 'REPORTED';

/** Second distinction: an exploratory trial the superiors had not prohibited (上级尚无明确限制) vs going on after an explicit prohibition (明令禁止后依然我行我素). */
export type ProhibitionDistinction =
  /** An explicit prohibition was defied. */
  | 'DEFIED_EXPLICIT_PROHIBITION'
  /** Nothing above prohibited it (favourable). Refused while an acknowledged prohibiting directive is on record, unless the deciders say why it did not apply. */
  | 'EXPLORATORY_NOT_PROHIBITED'
  /** Not yet established; the case cannot be decided. */
  | 'UNDETERMINED';

/** A new pilot, proposed by an OFFICER of the sponsor (the caller’s body). */
export type ProposePilotInput = {
  /** Unique code. */
  code: string;
  /** The reform decision behind it. */
  decisionId?: string | number | null | undefined;
  /** End of the period (after startsAt). */
  endsAt: string;
  /** The reform field (pilots of one field are checked for overlap). */
  field: string;
  /** What is being tried, and what should follow. */
  hypothesis: string;
  /** Repeating a key returns the first result instead of proposing twice. */
  idempotencyKey?: string | null | undefined;
  /** The sites (1–50). */
  sites: Array<PilotSiteInput>;
  /** Start of the period. */
  startsAt: string;
  /** Indicators that say whether it worked (1–20). */
  successCriteriaIds: Array<string | number>;
  /** Title. */
  title: string;
};

/** What happened to a public object, in `publicChanges`. */
export type PublicChangeKind =
  /** The object was published (or published again after a withdrawal). */
  | 'PUBLISHED'
  /** The object was withdrawn; the change carries the reason. */
  | 'WITHDRAWN';

/** Where a publishable object stands towards the public. */
export type PublicationStatus =
  /** Public: the portal shows it. */
  | 'PUBLISHED'
  /** Never published (or only reviewed / marked classified). */
  | 'UNPUBLISHED'
  /** Taken back; the public sees a tombstone with the reason, nothing else. */
  | 'WITHDRAWN';

/** A publishable object (ReformDecision, ReformTask, AnnualTaskList, Directive, Evaluation, Suggestion, Pilot). */
export type PublicationTargetInput = {
  /** Global id of the object. */
  id: string | number;
};

/** The annual list of a body for a year, published at once (one per body and year). */
export type PublishAnnualTaskListInput = {
  /** Code of the body; the caller is a LEAD of it. */
  bodyCode: string;
  /** Repeating a key returns the first result instead of publishing again. */
  idempotencyKey?: string | null | undefined;
  /** The items (1 to 200). */
  items: Array<AnnualTaskListItemInput>;
  /** Readable without an account (default false). */
  public?: boolean | null | undefined;
  /** Title (2 to 300 characters). */
  title: string;
  /** The year. */
  year: number;
};

/** Publishing a final evaluation. */
export type PublishEvaluationInput = {
  /** The evaluation. */
  evaluationId: string | number;
};

/** Third distinction: an unintentional slip while promoting development (为推动发展的无意过失) vs seeking private gain (为谋取私利的违纪违法行为). */
export type PurposeDistinction =
  /** Done for private gain. */
  | 'FOR_PRIVATE_GAIN'
  /** Not yet established; the case cannot be decided. */
  | 'UNDETERMINED'
  /** An unintended error made for the public purpose of development (favourable). */
  | 'UNINTENTIONAL_FOR_DEVELOPMENT';

/** 再决策: a new draft that supersedes a decision because of feedback, a supervision finding or an evaluation. */
export type ReconsiderDecisionInput = {
  /** What caused it: a Feedback addressed to the decision maker or drafter, a Finding or a FINAL/PUBLISHED Evaluation the decision maker may read. */
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

/** A finding at one subject. */
export type RecordFindingInput = {
  /** The object it is about (a task, decision, directive, delegation…). */
  aboutId?: string | number | null | undefined;
  /** What kind. */
  category: FindingCategory;
  /** What was found. */
  description: string;
  /** SHA-256 hashes (hex) of the evidence. */
  evidenceHashes?: Array<string> | null | undefined;
  /** Repeating a key returns the first result instead of recording twice. */
  idempotencyKey?: string | null | undefined;
  /** The inspection. */
  inspectionId: string | number;
  /** Why no rectification order will follow, when none will. */
  noOrderReason?: string | null | undefined;
  /** How serious. */
  severity: Severity;
  /** Code of the subject it concerns. */
  subjectCode: string;
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

/** The sponsor’s verdict on a pilot. */
export type RecordPilotVerdictInput = {
  /** The FINAL or PUBLISHED evaluation of a site it rests on (required for SCALE_UP verdicts: EVALUATION_REQUIRED). */
  evaluationId?: string | number | null | undefined;
  /** Replicable experiences drawn from it. */
  experiences?: Array<ExperienceInput> | null | undefined;
  /** The pilot. */
  pilotId: string | number;
  /** Why. */
  reason: string;
  /** The verdict. */
  verdict: PilotVerdict;
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

/** A site visit to one subject. */
export type RecordSiteVisitInput = {
  /** When (not in the future). */
  at: string;
  /** The ON_SITE inspection. */
  inspectionId: string | number;
  /** Where. */
  place: string;
  /** Code of the subject visited. */
  subjectCode: string;
};

/** A satisfaction survey’s aggregates for a body and period. */
export type RecordSurveyResultsInput = {
  /** The body surveyed about. */
  bodyCode: string;
  /** Responses per answer: 非常满意, 满意, 一般, 不满意, 非常不满意 (five counts). */
  distribution: Array<number>;
  /** Repeating a key returns the first result instead of recording twice. */
  idempotencyKey?: string | null | undefined;
  /** The SATISFACTION_SURVEY indicator (the caller is its data owner). */
  indicatorId: string | number;
  /** Hex SHA-256 of the methodology. */
  methodologyHash: string;
  /** The period. */
  period: string;
  /** Who was asked. */
  population: string;
  /** What was asked. */
  title: string;
};

/** An independent assessment of a body for a period. */
export type RecordThirdPartyAssessmentInput = {
  /** The assessor: a THIRD_PARTY body outside the subject’s subtree and the caller’s jurisdiction. */
  assessorCode: string;
  /** The body assessed. */
  bodyCode: string;
  /** Days the draft stays open for the assessed body’s comment (1–60, default 14); the observation is verified only after. */
  commentDays?: number | null | undefined;
  /** Repeating a key returns the first result instead of recording twice. */
  idempotencyKey?: string | null | undefined;
  /** The THIRD_PARTY indicator. */
  indicatorId: string | number;
  /** The period. */
  period: string;
  /** Hex SHA-256 of the assessment report. */
  reportHash: string;
  /** The assessor’s score. */
  value: string;
};

/** The deciders’ findings on the three distinctions. */
export type RecordToleranceFactsInput = {
  /** The case. */
  caseId: string | number;
  /** Exclusions that apply. */
  exclusions?: Array<ToleranceExclusion> | null | undefined;
  /** Directives the subject received before the act that prohibit the matter, linked explicitly (replaces earlier links). */
  linkedProhibitionIds?: Array<string | number> | null | undefined;
  /** Whether losses were actively remedied. */
  mitigationTaken: boolean;
  /** Second distinction. */
  prohibition: ProhibitionDistinction;
  /** Facts behind it (required unless UNDETERMINED). */
  prohibitionFacts?: string | null | undefined;
  /** Why an acknowledged prohibition on record did not apply; required for EXPLORATORY_NOT_PROHIBITED while one is on record. */
  prohibitionOverrideReason?: string | null | undefined;
  /** Third distinction. */
  purpose: PurposeDistinction;
  /** Facts behind it (required unless UNDETERMINED). */
  purposeFacts?: string | null | undefined;
  /** First distinction. */
  trial: TrialDistinction;
  /** Facts behind it (required unless UNDETERMINED). */
  trialFacts?: string | null | undefined;
};

/** Where a rectification order stands; forward-only except a rejected verification, which returns it to IN_PROGRESS. */
export type RectificationStatus =
  /** The addressee acknowledged it. */
  | 'ACKNOWLEDGED'
  /** Rectification under way (also after a rejected verification, with a new deadline). */
  | 'IN_PROGRESS'
  /** Issued to the addressee. */
  | 'ISSUED'
  /** The addressee submitted its rectification plan. */
  | 'PLAN_SUBMITTED'
  /** The addressee reported completion; awaiting the issuer’s verification. */
  | 'REPORTED'
  /** The issuer verified and accepted the rectification. */
  | 'VERIFIED';

/** Refers a finding to discipline inspection. */
export type ReferFindingToDisciplineInput = {
  /** Code of a discipline-inspection body at or above the subject’s government. */
  disciplineBodyCode: string;
  /** The finding. */
  findingId: string | number;
  /** Why. */
  grounds: string;
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
  /** An evaluation was published (subject: the Evaluation; public from then on). */
  | 'EVALUATION_PUBLISHED'
  /** Feedback was answered (subject: the Feedback; addressed to its sender). */
  | 'FEEDBACK_ANSWERED'
  /** Feedback was reported upward (subject: the Feedback). */
  | 'FEEDBACK_SUBMITTED'
  /** An inspection recorded a finding (subject: the Finding). */
  | 'FINDING_RECORDED'
  /** An inspection was planned, its joint group or its status changed (subject: the Inspection). */
  | 'INSPECTION_CHANGED'
  /** A milestone of a task came due while still PLANNED (subject: the ReformTask). */
  | 'MILESTONE_DUE'
  /** An object was published to the public portal by the act of a LEAD of its owner (subject: the object). */
  | 'OBJECT_PUBLISHED'
  /** A LEAD of the sponsor authorized a pilot (subject: the Pilot; addressed to its sites). */
  | 'PILOT_AUTHORIZED'
  /** The sponsor extended a pilot’s period (subject: the Pilot). */
  | 'PILOT_EXTENDED'
  /** A pilot’s period ended; it is UNDER_EVALUATION (subject: the Pilot; written by the scheduler at `endsAt`). */
  | 'PILOT_PERIOD_ENDED'
  /** A site reported progress on a pilot (subject: the Pilot; addressed to the sponsor; the report is a PROGRESS Feedback). */
  | 'PILOT_PROGRESS_REPORTED'
  /** A pilot was proposed (subject: the Pilot; addressed to its sites). */
  | 'PILOT_PROPOSED'
  /** A pilot was scaled up by a directive (subject: the Pilot; the directive is `scaledUpAs`). */
  | 'PILOT_SCALED_UP'
  /** The sponsor stopped a pilot early (subject: the Pilot). */
  | 'PILOT_TERMINATED'
  /** The sponsor recorded its verdict on a pilot (subject: the Pilot). */
  | 'PILOT_VERDICT_RECORDED'
  /** A published object was withdrawn; the public keeps a tombstone with the reason (subject: the object). */
  | 'PUBLICATION_WITHDRAWN'
  /** A recipient first opened a directive (subject: the Receipt; addressed to the issuer). */
  | 'RECEIPT_READ'
  /** A rectification order was issued (subject: the RectificationOrder). */
  | 'RECTIFICATION_ORDERED'
  /** A rectification deadline passed unverified; the order was escalated to the body above the addressee (subject: the RectificationOrder). */
  | 'RECTIFICATION_OVERDUE'
  /** The issuer verified a rectification report, accepting or rejecting it (subject: the RectificationOrder). */
  | 'RECTIFICATION_VERIFIED'
  /** A task was assigned, directly or by decomposing its parent (subject: the ReformTask). */
  | 'TASK_ASSIGNED'
  /** The executor claimed completion of a task (subject: the ReformTask). */
  | 'TASK_COMPLETED'
  /** The deadline of a task passed while it was still owed (subject: the ReformTask). */
  | 'TASK_OVERDUE'
  /** The executor reported progress on a task (subject: the ReformTask). */
  | 'TASK_REPORTED'
  /** The assigner verified the completion of a task (subject: the ReformTask). */
  | 'TASK_VERIFIED'
  /** A coordination thread was escalated to the coordinating body above (subject: the CoordinationThread). */
  | 'THREAD_ESCALATED'
  /** A coordination thread was opened (subject: the CoordinationThread). */
  | 'THREAD_OPENED'
  /** The due date of a coordination thread passed while it was still active (subject: the CoordinationThread). */
  | 'THREAD_OVERDUE'
  /** A resolved coordination thread was reopened (subject: the CoordinationThread). */
  | 'THREAD_REOPENED'
  /** A coordination thread was resolved (subject: the CoordinationThread). */
  | 'THREAD_RESOLVED'
  /** A fault-tolerance case was decided by both co-signatures (subject: the ToleranceCase; only its deciders and the subject’s LEADs receive it). */
  | 'TOLERANCE_DECIDED';

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

/** 催办: an urgent reminder to the executor. */
export type RemindTaskInput = {
  /** When the executor must acknowledge it. */
  acknowledgeBy?: string | null | undefined;
  /** Repeating a key returns the first result instead of reminding twice. */
  idempotencyKey?: string | null | undefined;
  /** The message. */
  message: string;
  /** Global id of the task. */
  taskId: string | number;
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

/** A value of an indicator for a body and period. */
export type ReportObservationInput = {
  /** The observed body. */
  bodyCode: string;
  /** Repeating a key returns the first result instead of reporting twice. */
  idempotencyKey?: string | null | undefined;
  /** The indicator. */
  indicatorId: string | number;
  /** The period: `2026`, `2026-H1`, `2026-Q3` or `2026-07`. */
  period: string;
  /** Hex SHA-256 of the source data. */
  sourceHash?: string | null | undefined;
  /** The value. */
  value: string;
};

/** A site’s progress report. */
export type ReportPilotProgressInput = {
  /** What was done and found. */
  content: string;
  /** Repeating a key returns the first result instead of reporting twice. */
  idempotencyKey?: string | null | undefined;
  /** The pilot. */
  pilotId: string | number;
};

/** The addressee’s progress or completion report. */
export type ReportRectificationInput = {
  /** Completed (the order goes to REPORTED for verification) or a progress report (IN_PROGRESS). */
  completed: boolean;
  /** What was done. */
  content: string;
  /** SHA-256 hashes of the supporting documents. */
  evidenceHashes?: Array<string> | null | undefined;
  /** The order. */
  orderId: string | number;
};

/** A progress report for one period. */
export type ReportTaskProgressInput = {
  /** Required when the figure is lower than the task’s current progress. */
  decreaseReason?: string | null | undefined;
  /** Repeating a key returns the first result instead of reporting twice. */
  idempotencyKey?: string | null | undefined;
  /** What was done. */
  narrative: string;
  /** Progress at the end of the period ("0.00"–"100.00"). */
  percent: string;
  /** The period: `2026-Q2` or `2026-05`. One report per period. */
  period: string;
  /** Problems met. */
  problems?: string | null | undefined;
  /** Global id of the task. */
  taskId: string | number;
};

/** A request for a later deadline. */
export type RequestDeadlineExtensionInput = {
  /** Why. */
  reason: string;
  /** The deadline asked for: later than the current one, never past the parent task’s. */
  requestedDeadline: string;
  /** Global id of the task. */
  taskId: string | number;
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

/** What kind of result a task produced (有成果). */
export type ResultKind =
  /** An institutional innovation (制度创新). */
  | 'INSTITUTION_INNOVATION'
  /** A law, regulation or normative document. */
  | 'REGULATION'
  /** A report or study. */
  | 'REPORT'
  /** A working system or platform. */
  | 'SYSTEM';

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

/** The directive that rolls a pilot out (the rules of issueDirective apply). */
export type ScaleUpDirectiveInput = {
  /** Acknowledgement deadline (with requiresAcknowledgement). */
  acknowledgeBy?: string | null | undefined;
  /** With audienceLevel: which kind of body; default GOVERNMENT. */
  audienceKind?: BodyKind | null | undefined;
  /** Address every body of this level below the sponsor. */
  audienceLevel?: Level | null | undefined;
  /** Full text. */
  content: string;
  /** Readable without an account. */
  public?: boolean | null | undefined;
  /** Codes of explicit recipients, all in the sponsor’s subtree. */
  recipientCodes?: Array<string> | null | undefined;
  /** Recipients must acknowledge it. */
  requiresAcknowledgement?: boolean | null | undefined;
  /** Title. */
  title: string;
};

/** Scaling a pilot up by a directive, after an evaluation recommends it. */
export type ScaleUpPilotInput = {
  /** The directive to issue. */
  directive: ScaleUpDirectiveInput;
  /** Repeating a key returns the first result instead of issuing twice. */
  idempotencyKey?: string | null | undefined;
  /** The pilot. */
  pilotId: string | number;
};

/** How serious a finding is. */
export type Severity =
  /** Critical. */
  | 'CRITICAL'
  /** Minor. */
  | 'MINOR'
  /** Serious. */
  | 'SERIOUS';

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

/** One decider’s co-signature. */
export type SignToleranceDecisionInput = {
  /** The case. */
  caseId: string | number;
  /** The outcome signed; both co-signatures must agree. */
  outcome: ToleranceOutcome;
  /** Reason; required when the outcome departs from the derived one. */
  reason?: string | null | undefined;
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

/** The addressee’s rectification plan. */
export type SubmitRectificationPlanInput = {
  /** The order. */
  orderId: string | number;
  /** The plan (measures, responsible persons, milestones). */
  plan: string;
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

/** A subtask: a task for a body below the parent’s executor, due no later than the parent. */
export type SubtaskInput = {
  /** Codes of co-executing bodies, under the same rule. */
  coExecutorCodes?: Array<string> | null | undefined;
  /** Stable code, unique in the hub; generated when omitted. */
  code?: string | null | undefined;
  /** The deadline: in the future; for a subtask, no later than the parent’s. */
  deadline: string;
  /** Code of the one executing body: inside the assigner's jurisdiction (its subtree, or for a department or group its government's lower levels). */
  executorCode: string;
  /** Kind; default: the parent's for a subtask, ROUTINE for a new task. */
  kind?: TaskKind | null | undefined;
  /** The measures (措施). */
  measures?: Array<string> | null | undefined;
  /** Milestones, in order. */
  milestones?: Array<MilestoneInput> | null | undefined;
  /** The path (路径). */
  path?: string | null | undefined;
  /** Mark it for publication (default false). */
  public?: boolean | null | undefined;
  /** When work starts; default now. */
  startsAt?: string | null | undefined;
  /** The target (目标). */
  target: string;
  /** Short title (2 to 300 characters). */
  title: string;
  /** Share among its siblings in the roll-up (1 to 1000, default 1). */
  weight?: number | null | undefined;
};

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

/** What kind of reform task it is. */
export type TaskKind =
  /** Drafting or revising a law or regulation. */
  | 'LEGISLATIVE'
  /** A major reform task (重大改革任务), e.g. an item of an annual list. */
  | 'MAJOR_REFORM'
  /** A pilot run by chosen localities (试点). */
  | 'PILOT'
  /** Rectifying what an inspection found (整改). */
  | 'RECTIFICATION'
  /** Routine reform work. */
  | 'ROUTINE'
  /** A task of one reform field (专项改革). */
  | 'SPECIAL_REFORM';

/** A result of a task. */
export type TaskResultInput = {
  /** SHA-256 of the evidence document. */
  evidenceHash?: string | null | undefined;
  /** What kind of result. */
  kind: ResultKind;
  /** What was produced. */
  title: string;
};

/** Where a task stands: ASSIGNED → ACCEPTED → IN_PROGRESS → COMPLETION_CLAIMED → VERIFIED; CANCELLED by the assigner at any point before VERIFIED. */
export type TaskStatus =
  /** Accepted by the executor; no progress reported yet. */
  | 'ACCEPTED'
  /** Assigned; the executor has not accepted it yet. */
  | 'ASSIGNED'
  /** Cancelled by the assigner (with all its subtasks). Final. */
  | 'CANCELLED'
  /** The executor claims completion; the assigner has not verified it yet. */
  | 'COMPLETION_CLAIMED'
  /** Progress has been reported (or a claim was sent back). */
  | 'IN_PROGRESS'
  /** The assigner verified the completion. Final. */
  | 'VERIFIED';

/** Stopping a pilot early. */
export type TerminatePilotInput = {
  /** The pilot. */
  pilotId: string | number;
  /** Why. */
  reason: string;
};

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

/** Circumstances that exclude tolerance whatever the distinctions (不予容错的情形). */
export type ToleranceExclusion =
  /** Facts were concealed, falsified or evidence destroyed. */
  | 'CONCEALMENT'
  /** A major safety accident or mass incident resulted. */
  | 'MAJOR_SAFETY_ACCIDENT'
  /** Another exclusion in the local implementing measures (named in the facts). */
  | 'OTHER'
  /** The same error was repeated after a warning or correction order. */
  | 'REPEATED_AFTER_WARNING';

/** What a tolerance case comes to. */
export type ToleranceOutcome =
  /** Held accountable (问责). */
  | 'ACCOUNTABLE'
  /** Lighter or mitigated treatment (从轻减轻). */
  | 'MITIGATED'
  /** Tolerated and exempted from accountability (容错免责). */
  | 'TOLERATED';

/** Where a tolerance case stands. */
export type ToleranceStatus =
  /** The subject body appealed the decision within the window. */
  | 'APPEALED'
  /** Applied for; no facts recorded yet. */
  | 'APPLIED'
  /** Both co-signatures given: the decision stands, open to appeal until `appealBy`. */
  | 'DECIDED'
  /** The deciders are recording facts and signing. */
  | 'UNDER_VERIFICATION';

/** Which way to walk from the traced object. */
export type TraceDirection =
  /** Both walks from the traced object (each one-way: no zig-zag through siblings). */
  | 'BOTH'
  /** Towards what came of it (tasks, findings, evaluation). */
  | 'DOWNSTREAM'
  /** Towards what it comes from (the decision). */
  | 'UPSTREAM';

/** Why a node of a trace is shown as a gap. */
export type TraceGapReason =
  /** The caller is the public and the object is not published. */
  | 'NOT_PUBLISHED'
  /** The object lies outside what the caller may read. */
  | 'NOT_VISIBLE'
  /** Published, but the public reads this kind of object only through its public projection (a task through the public task list), not in a trace. */
  | 'PUBLIC_PROJECTION_ONLY';

/** How the downstream end of a trace link follows from its upstream end. */
export type TraceRelation =
  /** Pilot or suggestion → a decision adopted from it. */
  | 'ADOPTED_FROM'
  /** Suggestion → the decision it was referred to. */
  | 'ANSWERS'
  /** Task → a subtask decomposed from it. */
  | 'DECOMPOSED_FROM'
  /** Task or rectification order → an evaluation of its executor (addressee) whose hub-computed indicator counted it (due in the period, before the evaluation was computed). */
  | 'EVALUATED_BY'
  /** Directive → a feedback sent on it. */
  | 'FEEDBACK_ON'
  /** Inspection, or the object a finding is about → the finding. */
  | 'FINDING_OF'
  /** Task, decision, directive… → an inspection whose scope names it. */
  | 'INSPECTED'
  /** Decision → the directive issued on its adoption. */
  | 'ISSUED_BY_DECISION'
  /** Finding → the rectification order issued on it. */
  | 'ORDERED_BY'
  /** Decision or task → a pilot run for it. */
  | 'PILOT_OF'
  /** Rectification order → the RECTIFICATION task created for it. */
  | 'RECTIFIED_BY'
  /** Feedback, finding or evaluation → the reconsidered decision (or revised directive) it caused. */
  | 'REVISED_BECAUSE'
  /** Pilot → what scaled it up. */
  | 'SCALED_UP_AS'
  /** Decision or directive → its successor. */
  | 'SUPERSEDED_BY'
  /** Decision, directive, finding, annual list or pilot → the task created for it (the task’s origin). */
  | 'TASK_OF';

/** First distinction: inexperience in a trial (缺乏经验、先行先试) vs knowing violation (明知故犯). */
export type TrialDistinction =
  /** An error made for lack of experience while trying something first (favourable). */
  | 'INEXPERIENCE_IN_TRIAL'
  /** The rule was known and broken on purpose. */
  | 'KNOWING_VIOLATION'
  /** Not yet established; the case cannot be decided. */
  | 'UNDETERMINED';

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
  /** The appeal window of the tolerance decision has closed. */
  | 'APPEAL_WINDOW_CLOSED'
  /** A third-party assessor must be a THIRD_PARTY body outside the subject’s subtree and outside the commissioning body’s jurisdiction. */
  | 'ASSESSOR_NOT_INDEPENDENT'
  /** The object is marked classified and can never be published. */
  | 'CANNOT_PUBLISH_CLASSIFIED'
  /** Completion can be claimed only when every subtask is VERIFIED or CANCELLED. */
  | 'CHILDREN_OPEN'
  /** A third-party assessment’s draft is open for comment until `commentsUntil`; it becomes final only after the window ends. */
  | 'COMMENT_WINDOW_OPEN'
  /** The public consultation is not open (not yet, or no longer). */
  | 'CONSULTATION_CLOSED'
  /** The public comment window is shorter than the procedure’s minimum and no shortened reason is given. */
  | 'CONSULTATION_TOO_SHORT'
  /** A tolerance decision needs one signature of each kind (discipline inspection and organization department) naming the same outcome. */
  | 'COSIGNATURE_REQUIRED'
  /** The deadline must lie in the future (and after the start). */
  | 'DEADLINE_IN_PAST'
  /** Only a discipline-inspection or organization department at or above the subject’s government decides, and one account signs once. */
  | 'DECIDER_NOT_ELIGIBLE'
  /** The decision is adopted and immutable; change it with reconsiderDecision (再决策). */
  | 'DECISION_IMMUTABLE'
  /** The decision maker must be a government, leading group or special group at or above the drafter’s government. */
  | 'DECISION_MAKER_NOT_ELIGIBLE'
  /** An object is published only after its disclosure review (保密审查) is recorded (recordDisclosureReview). */
  | 'DISCLOSURE_REVIEW_REQUIRED'
  /** Another object already has this code. */
  | 'DUPLICATE_CODE'
  /** The task already has a progress report for this period. */
  | 'DUPLICATE_REPORT'
  /** The thread is already led by the leading group or the central government: there is nothing above to escalate to. */
  | 'ESCALATION_LIMIT'
  /** The evaluation is final (or published) and immutable; a correction is a new version. */
  | 'EVALUATION_FINAL'
  /** A pilot scales up only after an evaluation recommends it: a verdict citing a FINAL or PUBLISHED evaluation of a site. */
  | 'EVALUATION_REQUIRED'
  /** The executor or a co-executor lies outside the assigner's jurisdiction: tasks go down the tree (or to the assigner's own departments), never upward or sideways. */
  | 'EXECUTOR_NOT_BELOW'
  /** An extended deadline cannot pass the parent task's deadline. */
  | 'EXTENSION_BEYOND_PARENT'
  /** A distinction of the tolerance case is still UNDETERMINED: no outcome can be derived or decided. */
  | 'FACTS_INCOMPLETE'
  /** A finding (other than good practice) has neither a rectification order nor a reason for none. */
  | 'FINDINGS_UNRESOLVED'
  /** A delegation needs a fiscal allocation, or an explicit reason why it needs none. */
  | 'FISCAL_ALLOCATION_REQUIRED'
  /** The body would re-delegate more money for the power and year than it received. */
  | 'FISCAL_CONSERVATION'
  /** A re-delegation must be for the fiscal year of the delegation it comes from. */
  | 'FISCAL_YEAR_MISMATCH'
  /** The allocations of a reform fund would exceed its amount. */
  | 'FUND_CONSERVATION'
  /** The grantee is not at a lower level inside the grantor's jurisdiction (upward, sideways or cross-jurisdiction). */
  | 'GRANTEE_NOT_BELOW'
  /** The body cannot join this joint inspection group (wrong kind, below the lead’s government, a subject, or already a member). */
  | 'GROUP_MEMBER_NOT_ELIGIBLE'
  /** The idempotency key was already used for a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The named body cannot take the lead: it must be a leading or special group at or above the lowest common government of all participants. */
  | 'INVALID_ESCALATION_TARGET'
  /** The parent does not fit the hierarchy (wrong level, kind, or a cycle). */
  | 'INVALID_PARENT'
  /** The object is not in a state that allows this change (e.g. signing a revoked delegation). */
  | 'INVALID_STATE'
  /** Only an inspection led by a reform office, leading group or government can have a joint group. */
  | 'JOINT_GROUP_LEAD_INVALID'
  /** The lead cannot be removed from its thread; escalation is how the lead changes. */
  | 'LEAD_CANNOT_LEAVE'
  /** The caller may not put this body in the lead: it is neither that body nor a government or group whose jurisdiction covers every participant. */
  | 'LEAD_NOT_ALLOWED'
  /** Collective deliberation needs a legality review of the current draft concluding LEGAL or LEGAL_WITH_AMENDMENTS. */
  | 'LEGALITY_NOT_CLEARED'
  /** A pilot site’s authorized deviations from the rules need a legal basis (e.g. an NPC authorization). */
  | 'LEGAL_BASIS_REQUIRED'
  /** The level does not fit the body kind or its parent. */
  | 'LEVEL_MISMATCH'
  /** An annual list item must be a task assigned by the list's body or a body in its subtree. */
  | 'LIST_ITEM_OUT_OF_SCOPE'
  /** Not every consulted government has acknowledged the consultation directive and replied with feedback on it. */
  | 'LOCAL_REPLIES_MISSING'
  /** A weighted component of an evaluation has no verified input. */
  | 'MISSING_COMPONENTS'
  /** A referenced object does not exist or is not visible to the caller. */
  | 'NOT_FOUND'
  /** Only the addressee of the rectification order acknowledges, plans and reports on it. */
  | 'NOT_ORDER_ADDRESSEE'
  /** Only the body that issued the rectification order verifies it. */
  | 'NOT_ORDER_ISSUER'
  /** Escalation on the OVERDUE ground, but the thread is not past its due date. */
  | 'NOT_OVERDUE'
  /** The body does not take part in the thread (reading it from above is not taking part). */
  | 'NOT_PARTICIPANT'
  /** Only the body that assigned the task may do this (verify, decide an extension, cancel, remind). */
  | 'NOT_TASK_ASSIGNER'
  /** Only the executing body of the task may do this (accept, report, claim completion, request an extension). */
  | 'NOT_TASK_EXECUTOR'
  /** Only the lead of the thread (or, to reopen it, a coordinating body above the lead) may do this. */
  | 'NOT_THREAD_LEAD'
  /** The weight of OBJECTIVE indicators is below the system’s minimum objective share. */
  | 'OBJECTIVE_SHARE_TOO_LOW'
  /** A rectification deadline must lie in the future. */
  | 'ORDER_DEADLINE_INVALID'
  /** A thread participant lies outside the jurisdiction of the body opening the thread or inviting it. */
  | 'PARTICIPANT_OUT_OF_REACH'
  /** Other pilots in the same field overlap this one’s sites and period; authorizing it needs each of them acknowledged (`acknowledgeOverlapIds`). */
  | 'PILOT_OVERLAP'
  /** The granting body does not hold the power (not defined by it, nor received through an active delegation). */
  | 'POWER_NOT_HELD'
  /** The subject acknowledged a prohibiting directive before the act: "not prohibited" needs a reason why it did not apply. */
  | 'PROHIBITION_ON_RECORD'
  /** Fewer members present than the procedure’s quorum share. */
  | 'QUORUM_NOT_MET'
  /** The body would re-delegate more of a factor quota than it received, or one it did not receive. */
  | 'QUOTA_CONSERVATION'
  /** A reason is required: NOT_ADOPTED answers, withheld texts, a rating override, a chair concluding against the majority, a progress report lower than the task’s previous one (decreaseReason). */
  | 'REASON_REQUIRED'
  /** A stage the decision’s procedure requires is not COMPLETED on the current draft; the message lists the missing stages. */
  | 'REQUIRED_STAGE_MISSING'
  /** Each annual list item needs a responsible leader post of the list's body. */
  | 'RESPONSIBLE_LEADER_REQUIRED'
  /** The legality reviewer must be a LEGAL_AFFAIRS body of the decision maker’s government or above. */
  | 'REVIEWER_NOT_ELIGIBLE'
  /** The risk assessment rated the decision HIGH and not controllable: revise the draft and reassess. */
  | 'RISK_NOT_CONTROLLABLE'
  /** A satisfaction survey has fewer responses than its indicator’s minimum sample. */
  | 'SAMPLE_TOO_SMALL'
  /** An observation is verified by someone other than its reporter and the observed body. */
  | 'SELF_VERIFICATION'
  /** A pilot site lies outside the sponsor’s jurisdiction (every site is strictly inside it). */
  | 'SITE_OUT_OF_JURISDICTION'
  /** Site visits belong to ON_SITE inspections only. */
  | 'SITE_VISIT_NOT_ALLOWED'
  /** An ON_SITE inspection concludes only after at least one site visit per subject. */
  | 'SITE_VISIT_REQUIRED'
  /** The stage cannot happen yet: legality review follows the required consultation, expert and risk stages; a review is recorded only once requested. */
  | 'STAGE_OUT_OF_ORDER'
  /** A stage was completed on an older draft version: it must be done again on the current one. */
  | 'STAGE_STALE'
  /** An inspection subject lies outside the lead body’s jurisdiction: no inspecting upward or sideways. */
  | 'SUBJECT_OUT_OF_JURISDICTION'
  /** Some submissions are not moderated, or published ones have no disposition yet. */
  | 'SUBMISSIONS_UNANSWERED'
  /** A subtask cannot end after the task it is decomposed from. */
  | 'SUBTASK_OUTLIVES_PARENT'
  /** The thread is resolved or closed and therefore read-only. */
  | 'THREAD_CLOSED'
  /** Fewer expert opinions (from distinct experts) than the procedure’s minimum. */
  | 'TOO_FEW_EXPERTS'
  /** A value is well-formed but breaks a rule (length, range, format). */
  | 'VALIDATION_FAILED'
  /** The pilot’s verdict is EXTEND or STOP: it does not scale up. */
  | 'VERDICT_FORBIDS_SCALE_UP'
  /** The vote counts do not add up to the members present, or disagree with the individual votes. */
  | 'VOTE_COUNTS_MISMATCH'
  /** The weights of an indicator system must sum to exactly 100.00. */
  | 'WEIGHTS_MUST_SUM_100';

/** A completed milestone the assigner confirms. */
export type VerifyMilestoneInput = {
  /** Id of the milestone. */
  milestoneId: string | number;
};

/** Verification of an observation. */
export type VerifyObservationInput = {
  /** The observation. */
  observationId: string | number;
};

/** The issuer’s verification of a completion report. */
export type VerifyRectificationInput = {
  /** Accepted, or rejected back to IN_PROGRESS. */
  accepted: boolean;
  /** With a rejection: the new deadline, in the future. */
  newDeadline?: string | null | undefined;
  /** The issuer’s note. */
  note: string;
  /** Verified on site. */
  onSite: boolean;
  /** The order. */
  orderId: string | number;
};

/** The assigner’s verification of a claimed completion. */
export type VerifyTaskCompletionInput = {
  /** true: VERIFIED; false: sent back to IN_PROGRESS (a note is then required). */
  accept: boolean;
  /** The assigner’s note. */
  note?: string | null | undefined;
  /** Global id of the task. */
  taskId: string | number;
};

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

/** A published object and why it is withdrawn. */
export type WithdrawPublicationInput = {
  /** Global id of the object. */
  id: string | number;
  /** Why (2–1000 characters); public, on the tombstone. */
  reason: string;
};

export type AuditTrailQueryVariables = Exact<{
  targetId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ cursor: string, node: { seq: number, occurredAt: string, accountId: string, bodyCode: string, action: string, details: string | null, hash: string, previousHash: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BodyFieldsFragment = { id: string, code: string, name: string, level: Level, kind: BodyKind };

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
    | { __typename: 'AnnualTaskList', id: string }
    | { __typename: 'Body', code: string, id: string }
    | { __typename: 'CoordinationThread', id: string }
    | { __typename: 'DecisionProcedure', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'Directive', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Finding', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'IndicatorSystem', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'LegislativeDependency', id: string }
    | { __typename: 'Observation', id: string }
    | { __typename: 'Pilot', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Power', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'PublicSubmission', id: string }
    | { __typename: 'Receipt', id: string }
    | { __typename: 'RectificationOrder', id: string }
    | { __typename: 'ReformDecision', id: string }
    | { __typename: 'ReformFund', id: string }
    | { __typename: 'ReformTask', id: string }
    | { __typename: 'ReplicableExperience', id: string }
    | { __typename: 'Suggestion', id: string }
    | { __typename: 'ThreadEvent', id: string }
    | { __typename: 'ThreadMessage', id: string }
    | { __typename: 'ThreadResource', id: string }
    | { __typename: 'ToleranceCase', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'AnnualTaskList', id: string }
    | { __typename: 'Body', code: string, id: string }
    | { __typename: 'CoordinationThread', id: string }
    | { __typename: 'DecisionProcedure', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'Directive', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Finding', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'IndicatorSystem', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'LegislativeDependency', id: string }
    | { __typename: 'Observation', id: string }
    | { __typename: 'Pilot', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Power', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'PublicSubmission', id: string }
    | { __typename: 'Receipt', id: string }
    | { __typename: 'RectificationOrder', id: string }
    | { __typename: 'ReformDecision', id: string }
    | { __typename: 'ReformFund', id: string }
    | { __typename: 'ReformTask', id: string }
    | { __typename: 'ReplicableExperience', id: string }
    | { __typename: 'Suggestion', id: string }
    | { __typename: 'ThreadEvent', id: string }
    | { __typename: 'ThreadMessage', id: string }
    | { __typename: 'ThreadResource', id: string }
    | { __typename: 'ToleranceCase', id: string }
   | null> };

export type CreateBodyMutationVariables = Exact<{
  input: CreateBodyInput;
}>;


export type CreateBodyMutation = { createBody: { body: { id: string, code: string, name: string, level: Level, kind: BodyKind, parent: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateBodyMutationVariables = Exact<{
  input: UpdateBodyInput;
}>;


export type UpdateBodyMutation = { updateBody: { body: { code: string, name: string, parent: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubtreeQueryVariables = Exact<{
  under: string;
  first: number;
  childrenFirst: number;
}>;


export type SubtreeQuery = { bodies: { totalCount: number, edges: Array<{ node: { code: string, name: string, level: Level, parent: { code: string, name: string } | null, children: { totalCount: number, edges: Array<{ node: { code: string, name: string } }> } } }> } };

export type SubtreeTotalQueryVariables = Exact<{
  under: string;
}>;


export type SubtreeTotalQuery = { bodies: { totalCount: number } };

export type SubtreeTypenameQueryVariables = Exact<{
  under: string;
}>;


export type SubtreeTypenameQuery = { bodies: { __typename: 'BodyConnection' } };

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

export type PublicDirectivesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicDirectivesPageQuery = { publicDirectives: { edges: Array<{ cursor: string, node: { id: string, title: string, issuedAt: string, issuer: { code: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InboxDashboardQueryVariables = Exact<{
  code: string;
  first: number;
}>;


export type InboxDashboardQuery = { body: { code: string, name: string, directiveInbox: { totalCount: number, edges: Array<{ node: { deliveredAt: string | null, directive: { id: string, title: string, priority: DirectivePriority, issuedAt: string, issuer: { code: string, name: string }, acknowledgementSummary: { total: number, acknowledged: number, overdue: number } } } }> }, threads: { totalCount: number, edges: Array<{ node: { id: string, subject: string, dueAt: string, overdue: boolean, lead: { code: string, name: string } } }> }, delegationsReceived: { totalCount: number, edges: Array<{ node: { id: string, coverage: number | null, power: { code: string, title: string }, fiscalAllocation: { amount: string, fiscalYear: number } | null } }> } } | null };

export type InboxDashboardCursorQueryVariables = Exact<{
  code: string;
  first: number;
}>;


export type InboxDashboardCursorQuery = { body: { directiveInbox: { edges: Array<{ cursor: string }> } } | null };

export type UserErrorFieldsFragment = { code: UserErrorCode, message: string, field: Array<string> | null };

export type NextPageFragment = { hasNextPage: boolean, endCursor: string | null };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type DecisionFieldsFragment = { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
    | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
  > };

export type DecisionPayloadFieldsFragment = { decision: { id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
      | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
      | { kind: DecisionStageKind, status: StageStatus, boundVersion: number | null, completedBy: { code: string } | null }
    > } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> };

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


export type ReconsiderDecisionMutation = { reconsiderDecision: { decision: { reconsiderationReason: string | null, id: string, reference: string, title: string, class: DecisionClass, status: DecisionStatus, public: boolean, publishedAt: string | null, adoptedAt: string | null, effectiveFrom: string | null, missingStages: Array<DecisionStageKind>, supersedes: { id: string, status: DecisionStatus } | null, revisedBecause:
        | { __typename: 'AnnualTaskList', id: string }
        | { __typename: 'Body', id: string }
        | { __typename: 'CoordinationThread', id: string }
        | { __typename: 'DecisionProcedure', id: string }
        | { __typename: 'Delegation', id: string }
        | { __typename: 'Directive', id: string }
        | { __typename: 'Evaluation', id: string }
        | { __typename: 'Feedback', id: string }
        | { __typename: 'Finding', id: string }
        | { __typename: 'Indicator', id: string }
        | { __typename: 'IndicatorSystem', id: string }
        | { __typename: 'Inspection', id: string }
        | { __typename: 'LegislativeDependency', id: string }
        | { __typename: 'Observation', id: string }
        | { __typename: 'Pilot', id: string }
        | { __typename: 'Post', id: string }
        | { __typename: 'Power', id: string }
        | { __typename: 'ProgressReport', id: string }
        | { __typename: 'PublicSubmission', id: string }
        | { __typename: 'Receipt', id: string }
        | { __typename: 'RectificationOrder', id: string }
        | { __typename: 'ReformDecision', id: string }
        | { __typename: 'ReformFund', id: string }
        | { __typename: 'ReformTask', id: string }
        | { __typename: 'ReplicableExperience', id: string }
        | { __typename: 'Suggestion', id: string }
        | { __typename: 'ThreadEvent', id: string }
        | { __typename: 'ThreadMessage', id: string }
        | { __typename: 'ThreadResource', id: string }
        | { __typename: 'ToleranceCase', id: string }
       | null, decisionMaker: { code: string }, drafter: { code: string }, procedure: { code: string, requiredStages: Array<DecisionStageKind> }, currentVersion: { number: number, contentHash: string }, stages: Array<
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


export type DecisionProceduresQuery = { decisionProcedures: Array<{ id: string, code: string, class: DecisionClass, level: Level, version: number, requiredStages: Array<DecisionStageKind>, minPublicCommentDays: number, minExperts: number, quorumShare: string }> };

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

export type IndicatorFieldsFragment = { id: string, code: string, title: string, unit: string, source: IndicatorSource, direction: Direction, hubMetric: HubMetric | null, baseline: string, target: string, dataOwner: { code: string } | null };

export type ObservationFieldsFragment = { id: string, period: string, value: string, selfReported: boolean, status: ObservationStatus, disputeReason: string | null, indicator: { code: string }, body: { code: string }, reportedBy: { code: string }, verifiedBy: { code: string } | null };

export type EvaluationFieldsFragment = { id: string, period: string, version: number, status: EvaluationStatus, total: string, rank: number | null, inputsHash: string, challengeUntil: string, challenge: string | null, challengeResponse: string | null, finalizedAt: string | null, publishedAt: string | null, body: { code: string }, system: { id: string, code: string, version: number }, components: Array<{ weight: string, value: string, score: string, contribution: string, source: string, indicator: { code: string }, observation: { id: string, status: ObservationStatus } | null }> };

export type DefineIndicatorMutationVariables = Exact<{
  input: DefineIndicatorInput;
}>;


export type DefineIndicatorMutation = { defineIndicator: { indicator: { id: string, code: string, title: string, unit: string, source: IndicatorSource, direction: Direction, hubMetric: HubMetric | null, baseline: string, target: string, dataOwner: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type DefineIndicatorSystemMutationVariables = Exact<{
  input: DefineIndicatorSystemInput;
}>;


export type DefineIndicatorSystemMutation = { defineIndicatorSystem: { indicatorSystem: { id: string, code: string, year: number, version: number, objectiveShare: string, minObjectiveShare: string, challengeDays: number, public: boolean, owner: { code: string }, weights: Array<{ weight: string, indicator: { code: string } }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ObservationPayloadFieldsFragment = { observation: { id: string, period: string, value: string, selfReported: boolean, status: ObservationStatus, disputeReason: string | null, indicator: { code: string }, body: { code: string }, reportedBy: { code: string }, verifiedBy: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> };

export type ReportObservationMutationVariables = Exact<{
  input: ReportObservationInput;
}>;


export type ReportObservationMutation = { reportObservation: { observation: { id: string, period: string, value: string, selfReported: boolean, status: ObservationStatus, disputeReason: string | null, indicator: { code: string }, body: { code: string }, reportedBy: { code: string }, verifiedBy: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type VerifyObservationMutationVariables = Exact<{
  input: VerifyObservationInput;
}>;


export type VerifyObservationMutation = { verifyObservation: { observation: { id: string, period: string, value: string, selfReported: boolean, status: ObservationStatus, disputeReason: string | null, indicator: { code: string }, body: { code: string }, reportedBy: { code: string }, verifiedBy: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type DisputeObservationMutationVariables = Exact<{
  input: DisputeObservationInput;
}>;


export type DisputeObservationMutation = { disputeObservation: { observation: { id: string, period: string, value: string, selfReported: boolean, status: ObservationStatus, disputeReason: string | null, indicator: { code: string }, body: { code: string }, reportedBy: { code: string }, verifiedBy: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ComputeEvaluationMutationVariables = Exact<{
  input: ComputeEvaluationInput;
}>;


export type ComputeEvaluationMutation = { computeEvaluation: { evaluations: Array<{ id: string, period: string, version: number, status: EvaluationStatus, total: string, rank: number | null, inputsHash: string, challengeUntil: string, challenge: string | null, challengeResponse: string | null, finalizedAt: string | null, publishedAt: string | null, body: { code: string }, system: { id: string, code: string, version: number }, components: Array<{ weight: string, value: string, score: string, contribution: string, source: string, indicator: { code: string }, observation: { id: string, status: ObservationStatus } | null }> }> | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type EvaluationPayloadFieldsFragment = { evaluation: { id: string, period: string, version: number, status: EvaluationStatus, total: string, rank: number | null, inputsHash: string, challengeUntil: string, challenge: string | null, challengeResponse: string | null, finalizedAt: string | null, publishedAt: string | null, body: { code: string }, system: { id: string, code: string, version: number }, components: Array<{ weight: string, value: string, score: string, contribution: string, source: string, indicator: { code: string }, observation: { id: string, status: ObservationStatus } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> };

export type ChallengeEvaluationMutationVariables = Exact<{
  input: ChallengeEvaluationInput;
}>;


export type ChallengeEvaluationMutation = { challengeEvaluation: { evaluation: { id: string, period: string, version: number, status: EvaluationStatus, total: string, rank: number | null, inputsHash: string, challengeUntil: string, challenge: string | null, challengeResponse: string | null, finalizedAt: string | null, publishedAt: string | null, body: { code: string }, system: { id: string, code: string, version: number }, components: Array<{ weight: string, value: string, score: string, contribution: string, source: string, indicator: { code: string }, observation: { id: string, status: ObservationStatus } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type FinalizeEvaluationMutationVariables = Exact<{
  input: FinalizeEvaluationInput;
}>;


export type FinalizeEvaluationMutation = { finalizeEvaluation: { evaluation: { id: string, period: string, version: number, status: EvaluationStatus, total: string, rank: number | null, inputsHash: string, challengeUntil: string, challenge: string | null, challengeResponse: string | null, finalizedAt: string | null, publishedAt: string | null, body: { code: string }, system: { id: string, code: string, version: number }, components: Array<{ weight: string, value: string, score: string, contribution: string, source: string, indicator: { code: string }, observation: { id: string, status: ObservationStatus } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PublishEvaluationMutationVariables = Exact<{
  input: PublishEvaluationInput;
}>;


export type PublishEvaluationMutation = { publishEvaluation: { evaluation: { id: string, period: string, version: number, status: EvaluationStatus, total: string, rank: number | null, inputsHash: string, challengeUntil: string, challenge: string | null, challengeResponse: string | null, finalizedAt: string | null, publishedAt: string | null, body: { code: string }, system: { id: string, code: string, version: number }, components: Array<{ weight: string, value: string, score: string, contribution: string, source: string, indicator: { code: string }, observation: { id: string, status: ObservationStatus } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type EvaluationsQueryVariables = Exact<{
  systemId: string | number;
  period: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationsQuery = { evaluations: { totalCount: number, edges: Array<{ node: { id: string, period: string, version: number, status: EvaluationStatus, total: string, rank: number | null, inputsHash: string, challengeUntil: string, challenge: string | null, challengeResponse: string | null, finalizedAt: string | null, publishedAt: string | null, body: { code: string }, system: { id: string, code: string, version: number }, components: Array<{ weight: string, value: string, score: string, contribution: string, source: string, indicator: { code: string }, observation: { id: string, status: ObservationStatus } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BodyPerformanceQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type BodyPerformanceQuery = { body: { code: string, performance: Array<{ id: string, period: string, version: number, status: EvaluationStatus, total: string, rank: number | null, inputsHash: string, challengeUntil: string, challenge: string | null, challengeResponse: string | null, finalizedAt: string | null, publishedAt: string | null, body: { code: string }, system: { id: string, code: string, version: number }, components: Array<{ weight: string, value: string, score: string, contribution: string, source: string, indicator: { code: string }, observation: { id: string, status: ObservationStatus } | null }> }> } | null };

export type EvaluationNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type EvaluationNodeQuery = { node:
    | { id: string, period: string, version: number, status: EvaluationStatus, total: string, rank: number | null, inputsHash: string, challengeUntil: string, challenge: string | null, challengeResponse: string | null, finalizedAt: string | null, publishedAt: string | null, body: { code: string }, system: { id: string, code: string, version: number }, components: Array<{ weight: string, value: string, score: string, contribution: string, source: string, indicator: { code: string }, observation: { id: string, status: ObservationStatus } | null }> }
    | Record<PropertyKey, never>
   | null };

export type ObservationNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ObservationNodeQuery = { node:
    | { id: string, period: string, value: string, selfReported: boolean, status: ObservationStatus, disputeReason: string | null, indicator: { code: string }, body: { code: string }, reportedBy: { code: string }, verifiedBy: { code: string } | null }
    | Record<PropertyKey, never>
   | null };

export type IndicatorNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type IndicatorNodeQuery = { node:
    | { id: string, code: string, title: string, unit: string, source: IndicatorSource, direction: Direction, hubMetric: HubMetric | null, baseline: string, target: string, dataOwner: { code: string } | null }
    | Record<PropertyKey, never>
   | null };

export type IndicatorSystemNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type IndicatorSystemNodeQuery = { node:
    | { id: string, code: string, version: number }
    | Record<PropertyKey, never>
   | null };

export type RecordSurveyResultsMutationVariables = Exact<{
  input: RecordSurveyResultsInput;
}>;


export type RecordSurveyResultsMutation = { recordSurveyResults: { observation: { id: string, period: string, value: string, selfReported: boolean, status: ObservationStatus, disputeReason: string | null, survey: { sampleSize: number, distribution: Array<number>, satisfaction: string, administeredBy: { code: string } } | null, indicator: { code: string }, body: { code: string }, reportedBy: { code: string }, verifiedBy: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordThirdPartyAssessmentMutationVariables = Exact<{
  input: RecordThirdPartyAssessmentInput;
}>;


export type RecordThirdPartyAssessmentMutation = { recordThirdPartyAssessment: { observation: { id: string, period: string, value: string, selfReported: boolean, status: ObservationStatus, disputeReason: string | null, assessment: { reportHash: string, commentsUntil: string | null, subjectResponse: string | null, assessor: { code: string }, commissionedBy: { code: string } } | null, indicator: { code: string }, body: { code: string }, reportedBy: { code: string }, verifiedBy: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CommentOnAssessmentDraftMutationVariables = Exact<{
  input: CommentOnAssessmentDraftInput;
}>;


export type CommentOnAssessmentDraftMutation = { commentOnAssessmentDraft: { observation: { id: string, status: ObservationStatus, assessment: { commentsUntil: string | null, subjectResponse: string | null, respondedAt: string | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReformEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  under?: string | null | undefined;
  kinds?: Array<ReformEventKind> | ReformEventKind | null | undefined;
}>;


export type ReformEventsSubscription = { reformEvents: { cursor: string, kind: ReformEventKind, occurredAt: string, actor: { code: string }, subject:
      | { __typename: 'AnnualTaskList', id: string }
      | { __typename: 'Body', id: string }
      | { __typename: 'CoordinationThread', id: string }
      | { __typename: 'DecisionProcedure', id: string }
      | { __typename: 'Delegation', id: string }
      | { __typename: 'Directive', id: string }
      | { __typename: 'Evaluation', id: string }
      | { __typename: 'Feedback', id: string }
      | { __typename: 'Finding', id: string }
      | { __typename: 'Indicator', id: string }
      | { __typename: 'IndicatorSystem', id: string }
      | { __typename: 'Inspection', id: string }
      | { __typename: 'LegislativeDependency', id: string }
      | { __typename: 'Observation', id: string }
      | { __typename: 'Pilot', id: string }
      | { __typename: 'Post', id: string }
      | { __typename: 'Power', id: string }
      | { __typename: 'ProgressReport', id: string }
      | { __typename: 'PublicSubmission', id: string }
      | { __typename: 'Receipt', id: string }
      | { __typename: 'RectificationOrder', id: string }
      | { __typename: 'ReformDecision', id: string }
      | { __typename: 'ReformFund', id: string }
      | { __typename: 'ReformTask', id: string }
      | { __typename: 'ReplicableExperience', id: string }
      | { __typename: 'Suggestion', id: string }
      | { __typename: 'ThreadEvent', id: string }
      | { __typename: 'ThreadMessage', id: string }
      | { __typename: 'ThreadResource', id: string }
      | { __typename: 'ToleranceCase', id: string }
     } };

export type BodyPageFieldsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { code: string, name: string, kind: BodyKind, level: Level } }> };

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


export type ChildrenFilteredQuery = { body: { children: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { code: string, name: string, kind: BodyKind, level: Level } }> } } | null };

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

export type ReceiptsPagedQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReceiptsPagedQuery = { node:
    | { receipts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { recipient: { code: string } } }> } }
    | Record<PropertyKey, never>
   | null };

export type PilotFieldsFragment = { id: string, code: string, title: string, field: string, hypothesis: string, status: PilotStatus, startsAt: string, endsAt: string, verdict: PilotVerdict | null, verdictReason: string | null, endReason: string | null, sponsor: { code: string }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { code: string } }>, successCriteria: Array<{ code: string }>, evaluation: { id: string, status: EvaluationStatus, body: { code: string } } | null, experiences: Array<{ id: string, title: string, highlight: boolean }>, scaledUpAs: { id: string, title: string } | null, overlapsWith: Array<{ id: string, code: string }>, progressReports: Array<{ id: string, kind: FeedbackKind, content: string }> };

export type PilotPayloadFieldsFragment = { pilot: { id: string, code: string, title: string, field: string, hypothesis: string, status: PilotStatus, startsAt: string, endsAt: string, verdict: PilotVerdict | null, verdictReason: string | null, endReason: string | null, sponsor: { code: string }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { code: string } }>, successCriteria: Array<{ code: string }>, evaluation: { id: string, status: EvaluationStatus, body: { code: string } } | null, experiences: Array<{ id: string, title: string, highlight: boolean }>, scaledUpAs: { id: string, title: string } | null, overlapsWith: Array<{ id: string, code: string }>, progressReports: Array<{ id: string, kind: FeedbackKind, content: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> };

export type ProposePilotMutationVariables = Exact<{
  input: ProposePilotInput;
}>;


export type ProposePilotMutation = { proposePilot: { pilot: { id: string, code: string, title: string, field: string, hypothesis: string, status: PilotStatus, startsAt: string, endsAt: string, verdict: PilotVerdict | null, verdictReason: string | null, endReason: string | null, sponsor: { code: string }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { code: string } }>, successCriteria: Array<{ code: string }>, evaluation: { id: string, status: EvaluationStatus, body: { code: string } } | null, experiences: Array<{ id: string, title: string, highlight: boolean }>, scaledUpAs: { id: string, title: string } | null, overlapsWith: Array<{ id: string, code: string }>, progressReports: Array<{ id: string, kind: FeedbackKind, content: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AuthorizePilotMutationVariables = Exact<{
  input: AuthorizePilotInput;
}>;


export type AuthorizePilotMutation = { authorizePilot: { pilot: { id: string, code: string, title: string, field: string, hypothesis: string, status: PilotStatus, startsAt: string, endsAt: string, verdict: PilotVerdict | null, verdictReason: string | null, endReason: string | null, sponsor: { code: string }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { code: string } }>, successCriteria: Array<{ code: string }>, evaluation: { id: string, status: EvaluationStatus, body: { code: string } } | null, experiences: Array<{ id: string, title: string, highlight: boolean }>, scaledUpAs: { id: string, title: string } | null, overlapsWith: Array<{ id: string, code: string }>, progressReports: Array<{ id: string, kind: FeedbackKind, content: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReportPilotProgressMutationVariables = Exact<{
  input: ReportPilotProgressInput;
}>;


export type ReportPilotProgressMutation = { reportPilotProgress: { pilot: { id: string } | null, feedback: { id: string, kind: FeedbackKind, content: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ExtendPilotMutationVariables = Exact<{
  input: ExtendPilotInput;
}>;


export type ExtendPilotMutation = { extendPilot: { pilot: { id: string, code: string, title: string, field: string, hypothesis: string, status: PilotStatus, startsAt: string, endsAt: string, verdict: PilotVerdict | null, verdictReason: string | null, endReason: string | null, sponsor: { code: string }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { code: string } }>, successCriteria: Array<{ code: string }>, evaluation: { id: string, status: EvaluationStatus, body: { code: string } } | null, experiences: Array<{ id: string, title: string, highlight: boolean }>, scaledUpAs: { id: string, title: string } | null, overlapsWith: Array<{ id: string, code: string }>, progressReports: Array<{ id: string, kind: FeedbackKind, content: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type TerminatePilotMutationVariables = Exact<{
  input: TerminatePilotInput;
}>;


export type TerminatePilotMutation = { terminatePilot: { pilot: { id: string, code: string, title: string, field: string, hypothesis: string, status: PilotStatus, startsAt: string, endsAt: string, verdict: PilotVerdict | null, verdictReason: string | null, endReason: string | null, sponsor: { code: string }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { code: string } }>, successCriteria: Array<{ code: string }>, evaluation: { id: string, status: EvaluationStatus, body: { code: string } } | null, experiences: Array<{ id: string, title: string, highlight: boolean }>, scaledUpAs: { id: string, title: string } | null, overlapsWith: Array<{ id: string, code: string }>, progressReports: Array<{ id: string, kind: FeedbackKind, content: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordPilotVerdictMutationVariables = Exact<{
  input: RecordPilotVerdictInput;
}>;


export type RecordPilotVerdictMutation = { recordPilotVerdict: { pilot: { id: string, code: string, title: string, field: string, hypothesis: string, status: PilotStatus, startsAt: string, endsAt: string, verdict: PilotVerdict | null, verdictReason: string | null, endReason: string | null, sponsor: { code: string }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { code: string } }>, successCriteria: Array<{ code: string }>, evaluation: { id: string, status: EvaluationStatus, body: { code: string } } | null, experiences: Array<{ id: string, title: string, highlight: boolean }>, scaledUpAs: { id: string, title: string } | null, overlapsWith: Array<{ id: string, code: string }>, progressReports: Array<{ id: string, kind: FeedbackKind, content: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ScaleUpPilotMutationVariables = Exact<{
  input: ScaleUpPilotInput;
}>;


export type ScaleUpPilotMutation = { scaleUpPilot: { pilot: { id: string, code: string, title: string, field: string, hypothesis: string, status: PilotStatus, startsAt: string, endsAt: string, verdict: PilotVerdict | null, verdictReason: string | null, endReason: string | null, sponsor: { code: string }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { code: string } }>, successCriteria: Array<{ code: string }>, evaluation: { id: string, status: EvaluationStatus, body: { code: string } } | null, experiences: Array<{ id: string, title: string, highlight: boolean }>, scaledUpAs: { id: string, title: string } | null, overlapsWith: Array<{ id: string, code: string }>, progressReports: Array<{ id: string, kind: FeedbackKind, content: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PilotsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: PilotStatus | null | undefined;
  field?: string | null | undefined;
  sponsorCode?: string | null | undefined;
  siteCode?: string | null | undefined;
}>;


export type PilotsQuery = { pilots: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, title: string, field: string, hypothesis: string, status: PilotStatus, startsAt: string, endsAt: string, verdict: PilotVerdict | null, verdictReason: string | null, endReason: string | null, sponsor: { code: string }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { code: string } }>, successCriteria: Array<{ code: string }>, evaluation: { id: string, status: EvaluationStatus, body: { code: string } } | null, experiences: Array<{ id: string, title: string, highlight: boolean }>, scaledUpAs: { id: string, title: string } | null, overlapsWith: Array<{ id: string, code: string }>, progressReports: Array<{ id: string, kind: FeedbackKind, content: string }> } }> } };

export type BodyPilotsQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
}>;


export type BodyPilotsQuery = { body: { pilots: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: PilotStatus } }> } } | null };

export type PilotNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PilotNodeQuery = { node:
    | { __typename: 'AnnualTaskList' }
    | { __typename: 'Body' }
    | { __typename: 'CoordinationThread' }
    | { __typename: 'DecisionProcedure' }
    | { __typename: 'Delegation' }
    | { __typename: 'Directive' }
    | { __typename: 'Evaluation' }
    | { __typename: 'Feedback' }
    | { __typename: 'Finding' }
    | { __typename: 'Indicator' }
    | { __typename: 'IndicatorSystem' }
    | { __typename: 'Inspection' }
    | { __typename: 'LegislativeDependency' }
    | { __typename: 'Observation' }
    | { __typename: 'Pilot', id: string, code: string, title: string, field: string, hypothesis: string, status: PilotStatus, startsAt: string, endsAt: string, verdict: PilotVerdict | null, verdictReason: string | null, endReason: string | null, sponsor: { code: string }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { code: string } }>, successCriteria: Array<{ code: string }>, evaluation: { id: string, status: EvaluationStatus, body: { code: string } } | null, experiences: Array<{ id: string, title: string, highlight: boolean }>, scaledUpAs: { id: string, title: string } | null, overlapsWith: Array<{ id: string, code: string }>, progressReports: Array<{ id: string, kind: FeedbackKind, content: string }> }
    | { __typename: 'Post' }
    | { __typename: 'Power' }
    | { __typename: 'ProgressReport' }
    | { __typename: 'PublicSubmission' }
    | { __typename: 'Receipt' }
    | { __typename: 'RectificationOrder' }
    | { __typename: 'ReformDecision' }
    | { __typename: 'ReformFund' }
    | { __typename: 'ReformTask' }
    | { __typename: 'ReplicableExperience', title: string, pilot: { code: string } }
    | { __typename: 'Suggestion' }
    | { __typename: 'ThreadEvent' }
    | { __typename: 'ThreadMessage' }
    | { __typename: 'ThreadResource' }
    | { __typename: 'ToleranceCase' }
   | null };

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

export type InspectionFieldsFragment = { id: string, code: string, title: string, year: number, mode: InspectionMode, status: InspectionStatus, source: InspectionSource, concludedAt: string | null, conclusion: string | null, lead: { code: string }, visits: Array<{ at: string, place: string, body: { code: string } }>, group: Array<{ role: GroupRole, body: { code: string } }>, subjects: Array<{ code: string }> };

export type InspectionPartiesFieldsFragment = { group: Array<{ role: GroupRole, body: { code: string } }>, subjects: Array<{ code: string }>, visits: Array<{ body: { code: string } }> };

export type ReferralFieldsFragment = { grounds: string, referredTo: { code: string } };

export type FindingFieldsFragment = { id: string, severity: Severity, category: FindingCategory, description: string, evidenceHashes: Array<string>, noOrderReason: string | null, subject: { code: string }, about:
    | { __typename: 'AnnualTaskList', id: string }
    | { __typename: 'Body', id: string }
    | { __typename: 'CoordinationThread', id: string }
    | { __typename: 'DecisionProcedure', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'Directive', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Finding', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'IndicatorSystem', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'LegislativeDependency', id: string }
    | { __typename: 'Observation', id: string }
    | { __typename: 'Pilot', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Power', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'PublicSubmission', id: string }
    | { __typename: 'Receipt', id: string }
    | { __typename: 'RectificationOrder', id: string }
    | { __typename: 'ReformDecision', id: string }
    | { __typename: 'ReformFund', id: string }
    | { __typename: 'ReformTask', id: string }
    | { __typename: 'ReplicableExperience', id: string }
    | { __typename: 'Suggestion', id: string }
    | { __typename: 'ThreadEvent', id: string }
    | { __typename: 'ThreadMessage', id: string }
    | { __typename: 'ThreadResource', id: string }
    | { __typename: 'ToleranceCase', id: string }
   | null };

export type OrderFieldsFragment = { id: string, status: RectificationStatus, overdue: boolean, deadline: string, requirements: string, plan: string | null, acknowledgedAt: string | null, verifiedAt: string | null, escalatedAt: string | null, task: { id: string, kind: TaskKind, deadline: string, executor: { code: string } } | null, escalatedTo: { code: string } | null, issuer: { code: string }, addressee: { code: string }, findings: Array<{ id: string }>, reports: Array<{ content: string, evidenceHashes: Array<string>, reportedAt: string }>, verification: { accepted: boolean, onSite: boolean, note: string, newDeadline: string | null, by: { code: string } } | null };

export type PlanInspectionMutationVariables = Exact<{
  input: PlanInspectionInput;
}>;


export type PlanInspectionMutation = { planInspection: { inspection: { id: string, code: string, title: string, year: number, mode: InspectionMode, status: InspectionStatus, source: InspectionSource, concludedAt: string | null, conclusion: string | null, scope: Array<
        | { __typename: 'AnnualTaskList', id: string }
        | { __typename: 'Body', id: string }
        | { __typename: 'CoordinationThread', id: string }
        | { __typename: 'DecisionProcedure', id: string }
        | { __typename: 'Delegation', id: string }
        | { __typename: 'Directive', id: string }
        | { __typename: 'Evaluation', id: string }
        | { __typename: 'Feedback', id: string }
        | { __typename: 'Finding', id: string }
        | { __typename: 'Indicator', id: string }
        | { __typename: 'IndicatorSystem', id: string }
        | { __typename: 'Inspection', id: string }
        | { __typename: 'LegislativeDependency', id: string }
        | { __typename: 'Observation', id: string }
        | { __typename: 'Pilot', id: string }
        | { __typename: 'Post', id: string }
        | { __typename: 'Power', id: string }
        | { __typename: 'ProgressReport', id: string }
        | { __typename: 'PublicSubmission', id: string }
        | { __typename: 'Receipt', id: string }
        | { __typename: 'RectificationOrder', id: string }
        | { __typename: 'ReformDecision', id: string }
        | { __typename: 'ReformFund', id: string }
        | { __typename: 'ReformTask', id: string }
        | { __typename: 'ReplicableExperience', id: string }
        | { __typename: 'Suggestion', id: string }
        | { __typename: 'ThreadEvent', id: string }
        | { __typename: 'ThreadMessage', id: string }
        | { __typename: 'ThreadResource', id: string }
        | { __typename: 'ToleranceCase', id: string }
      >, lead: { code: string }, visits: Array<{ at: string, place: string, body: { code: string } }>, group: Array<{ role: GroupRole, body: { code: string } }>, subjects: Array<{ code: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AddInspectionGroupMemberMutationVariables = Exact<{
  input: AddInspectionGroupMemberInput;
}>;


export type AddInspectionGroupMemberMutation = { addInspectionGroupMember: { inspection: { id: string, code: string, title: string, year: number, mode: InspectionMode, status: InspectionStatus, source: InspectionSource, concludedAt: string | null, conclusion: string | null, lead: { code: string }, visits: Array<{ at: string, place: string, body: { code: string } }>, group: Array<{ role: GroupRole, body: { code: string } }>, subjects: Array<{ code: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordSiteVisitMutationVariables = Exact<{
  input: RecordSiteVisitInput;
}>;


export type RecordSiteVisitMutation = { recordSiteVisit: { visit: { at: string, place: string, body: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordFindingMutationVariables = Exact<{
  input: RecordFindingInput;
}>;


export type RecordFindingMutation = { recordFinding: { finding: { id: string, severity: Severity, category: FindingCategory, description: string, evidenceHashes: Array<string>, noOrderReason: string | null, subject: { code: string }, about:
        | { __typename: 'AnnualTaskList', id: string }
        | { __typename: 'Body', id: string }
        | { __typename: 'CoordinationThread', id: string }
        | { __typename: 'DecisionProcedure', id: string }
        | { __typename: 'Delegation', id: string }
        | { __typename: 'Directive', id: string }
        | { __typename: 'Evaluation', id: string }
        | { __typename: 'Feedback', id: string }
        | { __typename: 'Finding', id: string }
        | { __typename: 'Indicator', id: string }
        | { __typename: 'IndicatorSystem', id: string }
        | { __typename: 'Inspection', id: string }
        | { __typename: 'LegislativeDependency', id: string }
        | { __typename: 'Observation', id: string }
        | { __typename: 'Pilot', id: string }
        | { __typename: 'Post', id: string }
        | { __typename: 'Power', id: string }
        | { __typename: 'ProgressReport', id: string }
        | { __typename: 'PublicSubmission', id: string }
        | { __typename: 'Receipt', id: string }
        | { __typename: 'RectificationOrder', id: string }
        | { __typename: 'ReformDecision', id: string }
        | { __typename: 'ReformFund', id: string }
        | { __typename: 'ReformTask', id: string }
        | { __typename: 'ReplicableExperience', id: string }
        | { __typename: 'Suggestion', id: string }
        | { __typename: 'ThreadEvent', id: string }
        | { __typename: 'ThreadMessage', id: string }
        | { __typename: 'ThreadResource', id: string }
        | { __typename: 'ToleranceCase', id: string }
       | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReferFindingToDisciplineMutationVariables = Exact<{
  input: ReferFindingToDisciplineInput;
}>;


export type ReferFindingToDisciplineMutation = { referFindingToDiscipline: { finding: { id: string, disciplineReferral: { referredAt: string, grounds: string, referredTo: { code: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ConcludeInspectionMutationVariables = Exact<{
  input: ConcludeInspectionInput;
}>;


export type ConcludeInspectionMutation = { concludeInspection: { inspection: { id: string, code: string, title: string, year: number, mode: InspectionMode, status: InspectionStatus, source: InspectionSource, concludedAt: string | null, conclusion: string | null, lead: { code: string }, visits: Array<{ at: string, place: string, body: { code: string } }>, group: Array<{ role: GroupRole, body: { code: string } }>, subjects: Array<{ code: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type IssueRectificationOrderMutationVariables = Exact<{
  input: IssueRectificationOrderInput;
}>;


export type IssueRectificationOrderMutation = { issueRectificationOrder: { order: { id: string, status: RectificationStatus, overdue: boolean, deadline: string, requirements: string, plan: string | null, acknowledgedAt: string | null, verifiedAt: string | null, escalatedAt: string | null, task: { id: string, kind: TaskKind, deadline: string, executor: { code: string } } | null, escalatedTo: { code: string } | null, issuer: { code: string }, addressee: { code: string }, findings: Array<{ id: string }>, reports: Array<{ content: string, evidenceHashes: Array<string>, reportedAt: string }>, verification: { accepted: boolean, onSite: boolean, note: string, newDeadline: string | null, by: { code: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AcknowledgeRectificationOrderMutationVariables = Exact<{
  input: AcknowledgeRectificationOrderInput;
}>;


export type AcknowledgeRectificationOrderMutation = { acknowledgeRectificationOrder: { order: { id: string, status: RectificationStatus, overdue: boolean, deadline: string, requirements: string, plan: string | null, acknowledgedAt: string | null, verifiedAt: string | null, escalatedAt: string | null, task: { id: string, kind: TaskKind, deadline: string, executor: { code: string } } | null, escalatedTo: { code: string } | null, issuer: { code: string }, addressee: { code: string }, findings: Array<{ id: string }>, reports: Array<{ content: string, evidenceHashes: Array<string>, reportedAt: string }>, verification: { accepted: boolean, onSite: boolean, note: string, newDeadline: string | null, by: { code: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubmitRectificationPlanMutationVariables = Exact<{
  input: SubmitRectificationPlanInput;
}>;


export type SubmitRectificationPlanMutation = { submitRectificationPlan: { order: { id: string, status: RectificationStatus, overdue: boolean, deadline: string, requirements: string, plan: string | null, acknowledgedAt: string | null, verifiedAt: string | null, escalatedAt: string | null, task: { id: string, kind: TaskKind, deadline: string, executor: { code: string } } | null, escalatedTo: { code: string } | null, issuer: { code: string }, addressee: { code: string }, findings: Array<{ id: string }>, reports: Array<{ content: string, evidenceHashes: Array<string>, reportedAt: string }>, verification: { accepted: boolean, onSite: boolean, note: string, newDeadline: string | null, by: { code: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReportRectificationMutationVariables = Exact<{
  input: ReportRectificationInput;
}>;


export type ReportRectificationMutation = { reportRectification: { order: { id: string, status: RectificationStatus, overdue: boolean, deadline: string, requirements: string, plan: string | null, acknowledgedAt: string | null, verifiedAt: string | null, escalatedAt: string | null, task: { id: string, kind: TaskKind, deadline: string, executor: { code: string } } | null, escalatedTo: { code: string } | null, issuer: { code: string }, addressee: { code: string }, findings: Array<{ id: string }>, reports: Array<{ content: string, evidenceHashes: Array<string>, reportedAt: string }>, verification: { accepted: boolean, onSite: boolean, note: string, newDeadline: string | null, by: { code: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type VerifyRectificationMutationVariables = Exact<{
  input: VerifyRectificationInput;
}>;


export type VerifyRectificationMutation = { verifyRectification: { order: { id: string, status: RectificationStatus, overdue: boolean, deadline: string, requirements: string, plan: string | null, acknowledgedAt: string | null, verifiedAt: string | null, escalatedAt: string | null, task: { id: string, kind: TaskKind, deadline: string, executor: { code: string } } | null, escalatedTo: { code: string } | null, issuer: { code: string }, addressee: { code: string }, findings: Array<{ id: string }>, reports: Array<{ content: string, evidenceHashes: Array<string>, reportedAt: string }>, verification: { accepted: boolean, onSite: boolean, note: string, newDeadline: string | null, by: { code: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InspectionNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionNodeQuery = { node:
    | { id: string, code: string, title: string, year: number, mode: InspectionMode, status: InspectionStatus, source: InspectionSource, concludedAt: string | null, conclusion: string | null, scope: Array<
        | { __typename: 'AnnualTaskList', id: string }
        | { __typename: 'Body', id: string }
        | { __typename: 'CoordinationThread', id: string }
        | { __typename: 'DecisionProcedure', id: string }
        | { __typename: 'Delegation', id: string }
        | { __typename: 'Directive', id: string }
        | { __typename: 'Evaluation', id: string }
        | { __typename: 'Feedback', id: string }
        | { __typename: 'Finding', id: string }
        | { __typename: 'Indicator', id: string }
        | { __typename: 'IndicatorSystem', id: string }
        | { __typename: 'Inspection', id: string }
        | { __typename: 'LegislativeDependency', id: string }
        | { __typename: 'Observation', id: string }
        | { __typename: 'Pilot', id: string }
        | { __typename: 'Post', id: string }
        | { __typename: 'Power', id: string }
        | { __typename: 'ProgressReport', id: string }
        | { __typename: 'PublicSubmission', id: string }
        | { __typename: 'Receipt', id: string }
        | { __typename: 'RectificationOrder', id: string }
        | { __typename: 'ReformDecision', id: string }
        | { __typename: 'ReformFund', id: string }
        | { __typename: 'ReformTask', id: string }
        | { __typename: 'ReplicableExperience', id: string }
        | { __typename: 'Suggestion', id: string }
        | { __typename: 'ThreadEvent', id: string }
        | { __typename: 'ThreadMessage', id: string }
        | { __typename: 'ThreadResource', id: string }
        | { __typename: 'ToleranceCase', id: string }
      >, findings: Array<{ id: string, severity: Severity, category: FindingCategory, description: string, evidenceHashes: Array<string>, noOrderReason: string | null, disciplineReferral: { grounds: string, referredTo: { code: string } } | null, orders: Array<{ id: string, status: RectificationStatus }>, subject: { code: string }, about:
          | { __typename: 'AnnualTaskList', id: string }
          | { __typename: 'Body', id: string }
          | { __typename: 'CoordinationThread', id: string }
          | { __typename: 'DecisionProcedure', id: string }
          | { __typename: 'Delegation', id: string }
          | { __typename: 'Directive', id: string }
          | { __typename: 'Evaluation', id: string }
          | { __typename: 'Feedback', id: string }
          | { __typename: 'Finding', id: string }
          | { __typename: 'Indicator', id: string }
          | { __typename: 'IndicatorSystem', id: string }
          | { __typename: 'Inspection', id: string }
          | { __typename: 'LegislativeDependency', id: string }
          | { __typename: 'Observation', id: string }
          | { __typename: 'Pilot', id: string }
          | { __typename: 'Post', id: string }
          | { __typename: 'Power', id: string }
          | { __typename: 'ProgressReport', id: string }
          | { __typename: 'PublicSubmission', id: string }
          | { __typename: 'Receipt', id: string }
          | { __typename: 'RectificationOrder', id: string }
          | { __typename: 'ReformDecision', id: string }
          | { __typename: 'ReformFund', id: string }
          | { __typename: 'ReformTask', id: string }
          | { __typename: 'ReplicableExperience', id: string }
          | { __typename: 'Suggestion', id: string }
          | { __typename: 'ThreadEvent', id: string }
          | { __typename: 'ThreadMessage', id: string }
          | { __typename: 'ThreadResource', id: string }
          | { __typename: 'ToleranceCase', id: string }
         | null }>, lead: { code: string }, visits: Array<{ at: string, place: string, body: { code: string } }>, group: Array<{ role: GroupRole, body: { code: string } }>, subjects: Array<{ code: string }> }
    | Record<PropertyKey, never>
   | null };

export type FindingNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FindingNodeQuery = { node:
    | { id: string, severity: Severity, category: FindingCategory, description: string, evidenceHashes: Array<string>, noOrderReason: string | null, inspection: { id: string }, disciplineReferral: { grounds: string, referredTo: { code: string } } | null, subject: { code: string }, about:
        | { __typename: 'AnnualTaskList', id: string }
        | { __typename: 'Body', id: string }
        | { __typename: 'CoordinationThread', id: string }
        | { __typename: 'DecisionProcedure', id: string }
        | { __typename: 'Delegation', id: string }
        | { __typename: 'Directive', id: string }
        | { __typename: 'Evaluation', id: string }
        | { __typename: 'Feedback', id: string }
        | { __typename: 'Finding', id: string }
        | { __typename: 'Indicator', id: string }
        | { __typename: 'IndicatorSystem', id: string }
        | { __typename: 'Inspection', id: string }
        | { __typename: 'LegislativeDependency', id: string }
        | { __typename: 'Observation', id: string }
        | { __typename: 'Pilot', id: string }
        | { __typename: 'Post', id: string }
        | { __typename: 'Power', id: string }
        | { __typename: 'ProgressReport', id: string }
        | { __typename: 'PublicSubmission', id: string }
        | { __typename: 'Receipt', id: string }
        | { __typename: 'RectificationOrder', id: string }
        | { __typename: 'ReformDecision', id: string }
        | { __typename: 'ReformFund', id: string }
        | { __typename: 'ReformTask', id: string }
        | { __typename: 'ReplicableExperience', id: string }
        | { __typename: 'Suggestion', id: string }
        | { __typename: 'ThreadEvent', id: string }
        | { __typename: 'ThreadMessage', id: string }
        | { __typename: 'ThreadResource', id: string }
        | { __typename: 'ToleranceCase', id: string }
       | null }
    | Record<PropertyKey, never>
   | null };

export type OrderNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderNodeQuery = { node:
    | { id: string, status: RectificationStatus, overdue: boolean, deadline: string, requirements: string, plan: string | null, acknowledgedAt: string | null, verifiedAt: string | null, escalatedAt: string | null, verifications: Array<{ accepted: boolean, newDeadline: string | null }>, task: { id: string, kind: TaskKind, deadline: string, executor: { code: string } } | null, escalatedTo: { code: string } | null, issuer: { code: string }, addressee: { code: string }, findings: Array<{ id: string }>, reports: Array<{ content: string, evidenceHashes: Array<string>, reportedAt: string }>, verification: { accepted: boolean, onSite: boolean, note: string, newDeadline: string | null, by: { code: string } } | null }
    | Record<PropertyKey, never>
   | null };

export type InspectionStatsQueryVariables = Exact<{
  bodyCode: string;
  year: number;
}>;


export type InspectionStatsQuery = { inspectionStats: { year: number, total: number, desk: number, onSite: number, onSiteShare: string, findings: number, ordersOpen: number, ordersOverdue: number, ordersVerified: number, rectifiedOnTimeShare: string } | null };

export type BodyInspectionsQueryVariables = Exact<{
  code: string;
  year?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type BodyInspectionsQuery = { body: { inspectionsLed: { totalCount: number, edges: Array<{ node: { id: string, code: string, mode: InspectionMode, status: InspectionStatus, findings: Array<{ id: string, subject: { code: string }, orders: Array<{ id: string, status: RectificationStatus }> }>, group: Array<{ role: GroupRole, body: { code: string } }>, subjects: Array<{ code: string }>, visits: Array<{ body: { code: string } }> } }> } } | null };

export type BodyRectificationOrdersQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
}>;


export type BodyRectificationOrdersQuery = { body: { rectificationOrdersReceived: { totalCount: number, edges: Array<{ node: { id: string, status: RectificationStatus, overdue: boolean, deadline: string, requirements: string, plan: string | null, acknowledgedAt: string | null, verifiedAt: string | null, escalatedAt: string | null, task: { id: string, kind: TaskKind, deadline: string, executor: { code: string } } | null, escalatedTo: { code: string } | null, issuer: { code: string }, addressee: { code: string }, findings: Array<{ id: string }>, reports: Array<{ content: string, evidenceHashes: Array<string>, reportedAt: string }>, verification: { accepted: boolean, onSite: boolean, note: string, newDeadline: string | null, by: { code: string } } | null } }> } } | null };

export type RectificationOrderReceivedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RectificationOrderReceivedSubscription = { rectificationOrderReceived: { cursor: string, order: { id: string, requirements: string, deadline: string, status: RectificationStatus, addressee: { code: string } } } };

export type TaskFieldsFragment = { id: string, code: string, kind: TaskKind, title: string, target: string, path: string | null, measures: Array<string>, status: TaskStatus, deadline: string, startsAt: string, year: number, depth: number, weight: number, progress: string, verifiedProgress: string, progressMethod: ProgressMethod, progressAsOf: string | null, overdue: boolean, daysOverdue: number | null, closingNote: string | null, results: Array<{ title: string, kind: ResultKind, evidenceHash: string | null }>, executor: { code: string }, coExecutors: Array<{ code: string }>, assignedBy: { code: string }, milestones: Array<{ id: string, title: string, status: MilestoneStatus, weight: number, dueAt: string }> };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { task: { id: string, code: string, kind: TaskKind, title: string, target: string, path: string | null, measures: Array<string>, status: TaskStatus, deadline: string, startsAt: string, year: number, depth: number, weight: number, progress: string, verifiedProgress: string, progressMethod: ProgressMethod, progressAsOf: string | null, overdue: boolean, daysOverdue: number | null, closingNote: string | null, results: Array<{ title: string, kind: ResultKind, evidenceHash: string | null }>, executor: { code: string }, coExecutors: Array<{ code: string }>, assignedBy: { code: string }, milestones: Array<{ id: string, title: string, status: MilestoneStatus, weight: number, dueAt: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type DecomposeTaskMutationVariables = Exact<{
  input: DecomposeTaskInput;
}>;


export type DecomposeTaskMutation = { decomposeTask: { task: { id: string, code: string, kind: TaskKind, title: string, target: string, path: string | null, measures: Array<string>, status: TaskStatus, deadline: string, startsAt: string, year: number, depth: number, weight: number, progress: string, verifiedProgress: string, progressMethod: ProgressMethod, progressAsOf: string | null, overdue: boolean, daysOverdue: number | null, closingNote: string | null, results: Array<{ title: string, kind: ResultKind, evidenceHash: string | null }>, executor: { code: string }, coExecutors: Array<{ code: string }>, assignedBy: { code: string }, milestones: Array<{ id: string, title: string, status: MilestoneStatus, weight: number, dueAt: string }> } | null, subtasks: Array<{ id: string, code: string, kind: TaskKind, title: string, target: string, path: string | null, measures: Array<string>, status: TaskStatus, deadline: string, startsAt: string, year: number, depth: number, weight: number, progress: string, verifiedProgress: string, progressMethod: ProgressMethod, progressAsOf: string | null, overdue: boolean, daysOverdue: number | null, closingNote: string | null, results: Array<{ title: string, kind: ResultKind, evidenceHash: string | null }>, executor: { code: string }, coExecutors: Array<{ code: string }>, assignedBy: { code: string }, milestones: Array<{ id: string, title: string, status: MilestoneStatus, weight: number, dueAt: string }> }> | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AcceptTaskMutationVariables = Exact<{
  input: AcceptTaskInput;
}>;


export type AcceptTaskMutation = { acceptTask: { task: { id: string, status: TaskStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReportTaskProgressMutationVariables = Exact<{
  input: ReportTaskProgressInput;
}>;


export type ReportTaskProgressMutation = { reportTaskProgress: { report: { id: string, period: string, percent: string, submittedAt: string, decreaseReason: string | null, submittedBy: { code: string } } | null, task: { id: string, status: TaskStatus, progress: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CompleteMilestoneMutationVariables = Exact<{
  input: CompleteMilestoneInput;
}>;


export type CompleteMilestoneMutation = { completeMilestone: { milestone: { id: string, status: MilestoneStatus, evidenceHash: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type VerifyMilestoneMutationVariables = Exact<{
  input: VerifyMilestoneInput;
}>;


export type VerifyMilestoneMutation = { verifyMilestone: { milestone: { id: string, status: MilestoneStatus } | null, task: { id: string, verifiedProgress: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ClaimTaskCompletionMutationVariables = Exact<{
  input: ClaimTaskCompletionInput;
}>;


export type ClaimTaskCompletionMutation = { claimTaskCompletion: { task: { id: string, status: TaskStatus, results: Array<{ title: string, kind: ResultKind }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type VerifyTaskCompletionMutationVariables = Exact<{
  input: VerifyTaskCompletionInput;
}>;


export type VerifyTaskCompletionMutation = { verifyTaskCompletion: { task: { id: string, status: TaskStatus, progress: string, verifiedProgress: string, closingNote: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RequestDeadlineExtensionMutationVariables = Exact<{
  input: RequestDeadlineExtensionInput;
}>;


export type RequestDeadlineExtensionMutation = { requestDeadlineExtension: { extension: { id: string, requestedDeadline: string, decision: ExtensionDecision | null } | null, task: { id: string, deadline: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type DecideDeadlineExtensionMutationVariables = Exact<{
  input: DecideDeadlineExtensionInput;
}>;


export type DecideDeadlineExtensionMutation = { decideDeadlineExtension: { extension: { id: string, decision: ExtensionDecision | null, decidedAt: string | null } | null, task: { id: string, deadline: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CancelTaskMutationVariables = Exact<{
  input: CancelTaskInput;
}>;


export type CancelTaskMutation = { cancelTask: { task: { id: string, status: TaskStatus } | null, cancelledWithIt: Array<{ id: string, status: TaskStatus }> | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RemindTaskMutationVariables = Exact<{
  input: RemindTaskInput;
}>;


export type RemindTaskMutation = { remindTask: { task: { id: string, reminders: Array<{ id: string, title: string, priority: DirectivePriority }> } | null, directive: { id: string, title: string, priority: DirectivePriority, issuer: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CreateReformFundMutationVariables = Exact<{
  input: CreateReformFundInput;
}>;


export type CreateReformFundMutation = { createReformFund: { fund: { id: string, amount: string, allocated: string, remaining: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AllocateFundMutationVariables = Exact<{
  input: AllocateFundInput;
}>;


export type AllocateFundMutation = { allocateFund: { fund: { id: string, amount: string, allocated: string, remaining: string } | null, allocation: { amount: string, to: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type TaskNodeQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type TaskNodeQuery = { node:
    | { id: string, code: string, kind: TaskKind, title: string, target: string, path: string | null, measures: Array<string>, status: TaskStatus, deadline: string, startsAt: string, year: number, depth: number, weight: number, progress: string, verifiedProgress: string, progressMethod: ProgressMethod, progressAsOf: string | null, overdue: boolean, daysOverdue: number | null, closingNote: string | null, parent: { id: string, progress: string } | null, origin:
        | { __typename: 'AnnualTaskList', id: string }
        | { __typename: 'Body', id: string }
        | { __typename: 'CoordinationThread', id: string }
        | { __typename: 'DecisionProcedure', id: string }
        | { __typename: 'Delegation', id: string }
        | { __typename: 'Directive', id: string }
        | { __typename: 'Evaluation', id: string }
        | { __typename: 'Feedback', id: string }
        | { __typename: 'Finding', id: string }
        | { __typename: 'Indicator', id: string }
        | { __typename: 'IndicatorSystem', id: string }
        | { __typename: 'Inspection', id: string }
        | { __typename: 'LegislativeDependency', id: string }
        | { __typename: 'Observation', id: string }
        | { __typename: 'Pilot', id: string }
        | { __typename: 'Post', id: string }
        | { __typename: 'Power', id: string }
        | { __typename: 'ProgressReport', id: string }
        | { __typename: 'PublicSubmission', id: string }
        | { __typename: 'Receipt', id: string }
        | { __typename: 'RectificationOrder', id: string }
        | { __typename: 'ReformDecision', id: string }
        | { __typename: 'ReformFund', id: string }
        | { __typename: 'ReformTask', id: string }
        | { __typename: 'ReplicableExperience', id: string }
        | { __typename: 'Suggestion', id: string }
        | { __typename: 'ThreadEvent', id: string }
        | { __typename: 'ThreadMessage', id: string }
        | { __typename: 'ThreadResource', id: string }
        | { __typename: 'ToleranceCase', id: string }
       | null, children: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: TaskStatus, progress: string, weight: number } }> }, reports: { totalCount: number, edges: Array<{ node: { period: string, percent: string } }> }, extensions: Array<{ id: string, decision: ExtensionDecision | null }>, funding: Array<{ amount: string }>, results: Array<{ title: string, kind: ResultKind, evidenceHash: string | null }>, executor: { code: string }, coExecutors: Array<{ code: string }>, assignedBy: { code: string }, milestones: Array<{ id: string, title: string, status: MilestoneStatus, weight: number, dueAt: string }> }
    | Record<PropertyKey, never>
   | null };

export type TaskProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskProgressQuery = { node:
    | { id: string, progress: string, verifiedProgress: string, progressAsOf: string | null, status: TaskStatus }
    | Record<PropertyKey, never>
   | null };

export type TasksQueryVariables = Exact<{
  under?: string | null | undefined;
  kind?: TaskKind | null | undefined;
  status?: TaskStatus | null | undefined;
  overdue?: boolean | null | undefined;
  deadlineBefore?: string | null | undefined;
  year?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, title: string, status: TaskStatus, deadline: string, overdue: boolean, daysOverdue: number | null, progress: string, verifiedProgress: string, executor: { code: string, name: string } } }> } };

export type TaskRollupQueryVariables = Exact<{
  bodyCode: string;
  year: number;
}>;


export type TaskRollupQuery = { taskRollup: { year: number, total: number, overdue: number, averageProgress: string, averageVerifiedProgress: string, byStatus: Array<{ status: TaskStatus, count: number }>, byLevel: Array<{ level: Level, total: number, overdue: number, averageProgress: string }> } };

export type FundNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FundNodeQuery = { node:
    | { id: string, amount: string, allocated: string, remaining: string, allocations: Array<{ amount: string }> }
    | Record<PropertyKey, never>
   | null };

export type TaskActivitySubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type TaskActivitySubscription = { taskActivity: { cursor: string, kind: ReformEventKind, occurredAt: string, actor: { code: string }, task: { id: string, code: string, status: TaskStatus, overdue: boolean } } };

export type AnnualListFieldsFragment = { id: string, year: number, title: string, public: boolean, publishedAt: string, body: { code: string }, items: Array<{ rank: number, title: string, highlight: boolean, task: { id: string, code: string } | null, responsibleLeader: { id: string, title: string, holderName: string | null, body: { code: string } } }> };

export type PublishAnnualTaskListMutationVariables = Exact<{
  input: PublishAnnualTaskListInput;
}>;


export type PublishAnnualTaskListMutation = { publishAnnualTaskList: { list: { id: string, year: number, title: string, public: boolean, publishedAt: string, body: { code: string }, items: Array<{ rank: number, title: string, highlight: boolean, task: { id: string, code: string } | null, responsibleLeader: { id: string, title: string, holderName: string | null, body: { code: string } } }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AnnualTaskListQueryVariables = Exact<{
  bodyCode: string;
  year: number;
}>;


export type AnnualTaskListQuery = { annualTaskList: { id: string, year: number, title: string, public: boolean, publishedAt: string, body: { code: string }, items: Array<{ rank: number, title: string, highlight: boolean, task: { id: string, code: string } | null, responsibleLeader: { id: string, title: string, holderName: string | null, body: { code: string } } }> } | null };

export type ThreadFieldsFragment = { id: string, subject: string, description: string | null, status: ThreadStatus, dueAt: string, overdue: boolean, resolution: string | null, resolvedAt: string | null, lead: { code: string }, openedBy: { code: string }, participants: Array<{ code: string }> };

export type ResourceFieldsFragment = { id: string, title: string, kind: ThreadResourceKind, uri: string | null, contentHash: string | null, providedBy: { code: string } };

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


export type ShareThreadResourceMutation = { shareThreadResource: { resource: { id: string, title: string, kind: ThreadResourceKind, uri: string | null, contentHash: string | null, sharedBy: { code: string }, providedBy: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

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

export type ToleranceCaseFieldsFragment = { id: string, code: string, status: ToleranceStatus, matter: string, actAt: string, keywords: Array<string>, trial: TrialDistinction, trialFacts: string, prohibition: ProhibitionDistinction, prohibitionFacts: string, prohibitionOverrideReason: string | null, purpose: PurposeDistinction, purposeFacts: string, mitigationTaken: boolean, exclusions: Array<ToleranceExclusion>, derivedOutcome: ToleranceOutcome | null, derivedReasons: Array<string>, appealGrounds: string | null, appealedAt: string | null, subjectBody: { code: string }, applicant: { code: string }, signatures: Array<{ outcome: ToleranceOutcome, reason: string | null, signedAt: string, body: { code: string } }>, decision: { outcome: ToleranceOutcome, deviatesFromDerived: boolean, reason: string | null, decidedAt: string, appealBy: string } | null };

export type ApplyForToleranceMutationVariables = Exact<{
  input: ApplyForToleranceInput;
}>;


export type ApplyForToleranceMutation = { applyForTolerance: { toleranceCase: { id: string, code: string, status: ToleranceStatus, matter: string, actAt: string, keywords: Array<string>, trial: TrialDistinction, trialFacts: string, prohibition: ProhibitionDistinction, prohibitionFacts: string, prohibitionOverrideReason: string | null, purpose: PurposeDistinction, purposeFacts: string, mitigationTaken: boolean, exclusions: Array<ToleranceExclusion>, derivedOutcome: ToleranceOutcome | null, derivedReasons: Array<string>, appealGrounds: string | null, appealedAt: string | null, subjectBody: { code: string }, applicant: { code: string }, signatures: Array<{ outcome: ToleranceOutcome, reason: string | null, signedAt: string, body: { code: string } }>, decision: { outcome: ToleranceOutcome, deviatesFromDerived: boolean, reason: string | null, decidedAt: string, appealBy: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordToleranceFactsMutationVariables = Exact<{
  input: RecordToleranceFactsInput;
}>;


export type RecordToleranceFactsMutation = { recordToleranceFacts: { toleranceCase: { id: string, code: string, status: ToleranceStatus, matter: string, actAt: string, keywords: Array<string>, trial: TrialDistinction, trialFacts: string, prohibition: ProhibitionDistinction, prohibitionFacts: string, prohibitionOverrideReason: string | null, purpose: PurposeDistinction, purposeFacts: string, mitigationTaken: boolean, exclusions: Array<ToleranceExclusion>, derivedOutcome: ToleranceOutcome | null, derivedReasons: Array<string>, appealGrounds: string | null, appealedAt: string | null, priorProhibitions: Array<{ receivedAt: string, acknowledgedAt: string | null, acknowledgedBeforeAct: boolean, matchedKeywords: Array<string>, linked: boolean, directive: { id: string, title: string } }>, subjectBody: { code: string }, applicant: { code: string }, signatures: Array<{ outcome: ToleranceOutcome, reason: string | null, signedAt: string, body: { code: string } }>, decision: { outcome: ToleranceOutcome, deviatesFromDerived: boolean, reason: string | null, decidedAt: string, appealBy: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SignToleranceDecisionMutationVariables = Exact<{
  input: SignToleranceDecisionInput;
}>;


export type SignToleranceDecisionMutation = { signToleranceDecision: { toleranceCase: { id: string, code: string, status: ToleranceStatus, matter: string, actAt: string, keywords: Array<string>, trial: TrialDistinction, trialFacts: string, prohibition: ProhibitionDistinction, prohibitionFacts: string, prohibitionOverrideReason: string | null, purpose: PurposeDistinction, purposeFacts: string, mitigationTaken: boolean, exclusions: Array<ToleranceExclusion>, derivedOutcome: ToleranceOutcome | null, derivedReasons: Array<string>, appealGrounds: string | null, appealedAt: string | null, subjectBody: { code: string }, applicant: { code: string }, signatures: Array<{ outcome: ToleranceOutcome, reason: string | null, signedAt: string, body: { code: string } }>, decision: { outcome: ToleranceOutcome, deviatesFromDerived: boolean, reason: string | null, decidedAt: string, appealBy: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AppealToleranceDecisionMutationVariables = Exact<{
  input: AppealToleranceDecisionInput;
}>;


export type AppealToleranceDecisionMutation = { appealToleranceDecision: { toleranceCase: { id: string, code: string, status: ToleranceStatus, matter: string, actAt: string, keywords: Array<string>, trial: TrialDistinction, trialFacts: string, prohibition: ProhibitionDistinction, prohibitionFacts: string, prohibitionOverrideReason: string | null, purpose: PurposeDistinction, purposeFacts: string, mitigationTaken: boolean, exclusions: Array<ToleranceExclusion>, derivedOutcome: ToleranceOutcome | null, derivedReasons: Array<string>, appealGrounds: string | null, appealedAt: string | null, subjectBody: { code: string }, applicant: { code: string }, signatures: Array<{ outcome: ToleranceOutcome, reason: string | null, signedAt: string, body: { code: string } }>, decision: { outcome: ToleranceOutcome, deviatesFromDerived: boolean, reason: string | null, decidedAt: string, appealBy: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ToleranceCaseNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ToleranceCaseNodeQuery = { node:
    | { id: string, code: string, status: ToleranceStatus, matter: string, actAt: string, keywords: Array<string>, trial: TrialDistinction, trialFacts: string, prohibition: ProhibitionDistinction, prohibitionFacts: string, prohibitionOverrideReason: string | null, purpose: PurposeDistinction, purposeFacts: string, mitigationTaken: boolean, exclusions: Array<ToleranceExclusion>, derivedOutcome: ToleranceOutcome | null, derivedReasons: Array<string>, appealGrounds: string | null, appealedAt: string | null, priorProhibitions: Array<{ receivedAt: string, acknowledgedAt: string | null, acknowledgedBeforeAct: boolean, matchedKeywords: Array<string>, linked: boolean, directive: { id: string, title: string, prohibits: Array<string> } }>, procedureEvidence: { withinDelegatedPower: boolean | null, followedProcedure: boolean | null, missingStages: Array<DecisionStageKind>, riskAssessed: boolean | null, collectivelyDecided: boolean | null, power: { code: string } | null, decision: { id: string } | null }, subjectBody: { code: string }, applicant: { code: string }, signatures: Array<{ outcome: ToleranceOutcome, reason: string | null, signedAt: string, body: { code: string } }>, decision: { outcome: ToleranceOutcome, deviatesFromDerived: boolean, reason: string | null, decidedAt: string, appealBy: string } | null }
    | Record<PropertyKey, never>
   | null };

export type ToleranceCasesQueryVariables = Exact<{
  status?: ToleranceStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ToleranceCasesQuery = { toleranceCases: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, status: ToleranceStatus, derivedOutcome: ToleranceOutcome | null, subjectBody: { code: string }, signatures: Array<{ body: { code: string } }>, decision: { outcome: ToleranceOutcome } | null } }> } };

export type TraceNodeFieldsFragment = { key: string, distance: number, gap: { typename: string, reason: TraceGapReason } | null, node:
    | { __typename: 'AnnualTaskList', id: string }
    | { __typename: 'Body', id: string }
    | { __typename: 'CoordinationThread', id: string }
    | { __typename: 'DecisionProcedure', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'Directive', title: string, id: string }
    | { __typename: 'Evaluation', period: string, id: string, evaluationStatus: EvaluationStatus, body: { code: string } }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Finding', category: FindingCategory, id: string, subject: { code: string } }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'IndicatorSystem', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'LegislativeDependency', id: string }
    | { __typename: 'Observation', id: string }
    | { __typename: 'Pilot', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Power', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'PublicSubmission', id: string }
    | { __typename: 'Receipt', id: string }
    | { __typename: 'RectificationOrder', status: RectificationStatus, id: string, addressee: { code: string } }
    | { __typename: 'ReformDecision', reference: string, title: string, id: string }
    | { __typename: 'ReformFund', id: string }
    | { __typename: 'ReformTask', code: string, kind: TaskKind, id: string, executor: { code: string } }
    | { __typename: 'ReplicableExperience', id: string }
    | { __typename: 'Suggestion', id: string }
    | { __typename: 'ThreadEvent', id: string }
    | { __typename: 'ThreadMessage', id: string }
    | { __typename: 'ThreadResource', id: string }
    | { __typename: 'ToleranceCase', id: string }
   | null };

export type TraceQueryVariables = Exact<{
  id: string | number;
  direction?: TraceDirection | null | undefined;
  depth?: number | null | undefined;
}>;


export type TraceQuery = { trace: { truncated: boolean, root: { key: string, distance: number, gap: { typename: string, reason: TraceGapReason } | null, node:
        | { __typename: 'AnnualTaskList', id: string }
        | { __typename: 'Body', id: string }
        | { __typename: 'CoordinationThread', id: string }
        | { __typename: 'DecisionProcedure', id: string }
        | { __typename: 'Delegation', id: string }
        | { __typename: 'Directive', title: string, id: string }
        | { __typename: 'Evaluation', period: string, id: string, evaluationStatus: EvaluationStatus, body: { code: string } }
        | { __typename: 'Feedback', id: string }
        | { __typename: 'Finding', category: FindingCategory, id: string, subject: { code: string } }
        | { __typename: 'Indicator', id: string }
        | { __typename: 'IndicatorSystem', id: string }
        | { __typename: 'Inspection', id: string }
        | { __typename: 'LegislativeDependency', id: string }
        | { __typename: 'Observation', id: string }
        | { __typename: 'Pilot', id: string }
        | { __typename: 'Post', id: string }
        | { __typename: 'Power', id: string }
        | { __typename: 'ProgressReport', id: string }
        | { __typename: 'PublicSubmission', id: string }
        | { __typename: 'Receipt', id: string }
        | { __typename: 'RectificationOrder', status: RectificationStatus, id: string, addressee: { code: string } }
        | { __typename: 'ReformDecision', reference: string, title: string, id: string }
        | { __typename: 'ReformFund', id: string }
        | { __typename: 'ReformTask', code: string, kind: TaskKind, id: string, executor: { code: string } }
        | { __typename: 'ReplicableExperience', id: string }
        | { __typename: 'Suggestion', id: string }
        | { __typename: 'ThreadEvent', id: string }
        | { __typename: 'ThreadMessage', id: string }
        | { __typename: 'ThreadResource', id: string }
        | { __typename: 'ToleranceCase', id: string }
       | null }, nodes: Array<{ key: string, distance: number, gap: { typename: string, reason: TraceGapReason } | null, node:
        | { __typename: 'AnnualTaskList', id: string }
        | { __typename: 'Body', id: string }
        | { __typename: 'CoordinationThread', id: string }
        | { __typename: 'DecisionProcedure', id: string }
        | { __typename: 'Delegation', id: string }
        | { __typename: 'Directive', title: string, id: string }
        | { __typename: 'Evaluation', period: string, id: string, evaluationStatus: EvaluationStatus, body: { code: string } }
        | { __typename: 'Feedback', id: string }
        | { __typename: 'Finding', category: FindingCategory, id: string, subject: { code: string } }
        | { __typename: 'Indicator', id: string }
        | { __typename: 'IndicatorSystem', id: string }
        | { __typename: 'Inspection', id: string }
        | { __typename: 'LegislativeDependency', id: string }
        | { __typename: 'Observation', id: string }
        | { __typename: 'Pilot', id: string }
        | { __typename: 'Post', id: string }
        | { __typename: 'Power', id: string }
        | { __typename: 'ProgressReport', id: string }
        | { __typename: 'PublicSubmission', id: string }
        | { __typename: 'Receipt', id: string }
        | { __typename: 'RectificationOrder', status: RectificationStatus, id: string, addressee: { code: string } }
        | { __typename: 'ReformDecision', reference: string, title: string, id: string }
        | { __typename: 'ReformFund', id: string }
        | { __typename: 'ReformTask', code: string, kind: TaskKind, id: string, executor: { code: string } }
        | { __typename: 'ReplicableExperience', id: string }
        | { __typename: 'Suggestion', id: string }
        | { __typename: 'ThreadEvent', id: string }
        | { __typename: 'ThreadMessage', id: string }
        | { __typename: 'ThreadResource', id: string }
        | { __typename: 'ToleranceCase', id: string }
       | null }>, links: Array<{ relation: TraceRelation, from: { key: string }, to: { key: string } }> } | null };

export type PublicationFieldsFragment = { subjectGlobalId: string, title: string, status: PublicationStatus, disclosureReviewedAt: string | null, classified: boolean, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null };

export type PublicationPayloadFieldsFragment = { publication: { subjectGlobalId: string, title: string, status: PublicationStatus, disclosureReviewedAt: string | null, classified: boolean, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> };

export type RecordDisclosureReviewMutationVariables = Exact<{
  input: PublicationTargetInput;
}>;


export type RecordDisclosureReviewMutation = { recordDisclosureReview: { publication: { subjectGlobalId: string, title: string, status: PublicationStatus, disclosureReviewedAt: string | null, classified: boolean, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MarkClassifiedMutationVariables = Exact<{
  input: PublicationTargetInput;
}>;


export type MarkClassifiedMutation = { markClassified: { publication: { subjectGlobalId: string, title: string, status: PublicationStatus, disclosureReviewedAt: string | null, classified: boolean, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PublishObjectMutationVariables = Exact<{
  input: PublicationTargetInput;
}>;


export type PublishObjectMutation = { publishObject: { publication: { subjectGlobalId: string, title: string, status: PublicationStatus, disclosureReviewedAt: string | null, classified: boolean, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type WithdrawPublicationMutationVariables = Exact<{
  input: WithdrawPublicationInput;
}>;


export type WithdrawPublicationMutation = { withdrawPublication: { publication: { subjectGlobalId: string, title: string, status: PublicationStatus, disclosureReviewedAt: string | null, classified: boolean, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PublicBodyFieldsFragment = { id: string, code: string, name: string, level: Level };

export type PublicDecisionsQueryVariables = Exact<{
  level?: Level | null | undefined;
  status?: DecisionStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicDecisionsQuery = { publicDecisions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, reference: string, title: string, problemStatement: string, status: DecisionStatus, publishedAt: string, adoptedAt: string | null, effectiveFrom: string | null, decisionMaker: { id: string, code: string, name: string, level: Level } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicConsultationsQueryVariables = Exact<{
  open?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicConsultationsQuery = { publicConsultations: { totalCount: number, edges: Array<{ node: { opensAt: string | null, closesAt: string | null, open: boolean, decision: { id: string, title: string, decisionMaker: { code: string } } } }> } };

export type PublicTasksQueryVariables = Exact<{
  bodyCode?: string | null | undefined;
  year?: number | null | undefined;
  overdue?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicTasksQuery = { publicTasks: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, title: string, target: string, year: number, deadline: string, progress: string, status: TaskStatus, overdue: boolean, executor: { id: string, code: string, name: string, level: Level }, assignedBy: { code: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicAnnualTaskListQueryVariables = Exact<{
  bodyCode: string;
  year: number;
}>;


export type PublicAnnualTaskListQuery = { publicAnnualTaskList: { id: string, year: number, title: string, publishedAt: string, body: { code: string }, items: Array<{ rank: number, title: string, highlight: boolean, responsiblePostTitle: string }> } | null };

export type PublicEvaluationsQueryVariables = Exact<{
  year: number;
  level?: Level | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicEvaluationsQuery = { publicEvaluations: { totalCount: number, edges: Array<{ node: { id: string, systemCode: string, period: string, version: number, total: string, rank: number | null, publishedAt: string, body: { id: string, code: string, name: string, level: Level } } }> } };

export type PublicInspectionStatsQueryVariables = Exact<{
  bodyCode: string;
  year: number;
}>;


export type PublicInspectionStatsQuery = { publicInspectionStats: { year: number, total: number, onSite: number, findings: number } | null };

export type PublicSuggestionsQueryVariables = Exact<{
  bodyCode?: string | null | undefined;
  answered?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicSuggestionsQuery = { publicSuggestions: { totalCount: number, edges: Array<{ node: { id: string, topic: string, text: string, status: SuggestionStatus, submittedAt: string, answer: string | null, answeredAt: string | null, to: { code: string } } }> } };

export type PublicWithdrawalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicWithdrawalsQuery = { publicWithdrawals: { totalCount: number, edges: Array<{ node: { id: string, subjectType: string, title: string, withdrawn: boolean, reason: string, withdrawnAt: string, body: { code: string } } }> } };

export type PublicChangesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicChangesQuery = { publicChanges: { totalCount: number, edges: Array<{ cursor: string, node: { kind: PublicChangeKind, subjectId: string, subjectType: string, title: string, reason: string | null, at: string, body: { code: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicPilotsQueryVariables = Exact<{
  sponsorCode?: string | null | undefined;
  status?: PilotStatus | null | undefined;
  field?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicPilotsQuery = { publicPilots: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, title: string, field: string, hypothesis: string, startsAt: string, endsAt: string, status: PilotStatus, verdict: PilotVerdict | null, verdictReason: string | null, publishedAt: string, sponsor: { id: string, code: string, name: string, level: Level }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { id: string, code: string, name: string, level: Level } }>, experiences: Array<{ title: string, description: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const BodyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<BodyFieldsFragment, unknown>;
export const DirectiveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DirectiveFieldsFragment, unknown>;
export const NextPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<NextPageFragment, unknown>;
export const DecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const DecisionPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DecisionPayloadFieldsFragment, unknown>;
export const IndicatorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"hubMetric"}},{"kind":"Field","name":{"kind":"Name","value":"dataOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]} as unknown as DocumentNode<IndicatorFieldsFragment, unknown>;
export const ObservationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}}]}}]} as unknown as DocumentNode<ObservationFieldsFragment, unknown>;
export const ObservationPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObservationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObservationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ObservationPayloadFieldsFragment, unknown>;
export const EvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"challengeUntil"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"challengeResponse"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationFieldsFragment, unknown>;
export const EvaluationPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"challengeUntil"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"challengeResponse"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<EvaluationPayloadFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const BodyPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BodyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<BodyPageFieldsFragment, unknown>;
export const PilotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaledUpAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapsWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<PilotFieldsFragment, unknown>;
export const PilotPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaledUpAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapsWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PilotPayloadFieldsFragment, unknown>;
export const DelegationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"noFiscalNeedReason"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<DelegationFieldsFragment, unknown>;
export const InspectionPartiesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPartiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InspectionPartiesFieldsFragment, unknown>;
export const InspectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPartiesFields"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPartiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InspectionFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplineReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReferralFieldsFragment, unknown>;
export const FindingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"noOrderReason"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FindingFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"newDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrderFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"progressMethod"}},{"kind":"Field","name":{"kind":"Name","value":"progressAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coExecutors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const AnnualListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualTaskList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnnualListFieldsFragment, unknown>;
export const ThreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ThreadFieldsFragment, unknown>;
export const ResourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ResourceFieldsFragment, unknown>;
export const ThreadEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadEventFieldsFragment, unknown>;
export const ToleranceCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToleranceCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToleranceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"actAt"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"subjectBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trial"}},{"kind":"Field","name":{"kind":"Name","value":"trialFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibition"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeFacts"}},{"kind":"Field","name":{"kind":"Name","value":"mitigationTaken"}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"}},{"kind":"Field","name":{"kind":"Name","value":"derivedOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"derivedReasons"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deviatesFromDerived"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"appealedAt"}}]}}]} as unknown as DocumentNode<ToleranceCaseFieldsFragment, unknown>;
export const TraceNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TraceNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TraceNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","alias":{"kind":"Name","value":"evaluationStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TraceNodeFieldsFragment, unknown>;
export const PublicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectGlobalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosureReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classified"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}}]} as unknown as DocumentNode<PublicationFieldsFragment, unknown>;
export const PublicationPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectGlobalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosureReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classified"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PublicationPayloadFieldsFragment, unknown>;
export const PublicBodyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicBodyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<PublicBodyFieldsFragment, unknown>;
export const AuditTrailDocument = {"__meta__":{"hash":"sha256:3bfbf6d9aab510fde856cc035818b5d17a246fe5345752d1f866575a42ca6c89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"bodyCode"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"previousHash"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:bea060bf31214e0dcd1d5889538252a44326409dce6503a0d5199b8a60dc7913"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const BodyDocument = {"__meta__":{"hash":"sha256:082d9b9bd461804f5af89963242eb821b59dbe65a24edb9d57bd9a275f125b75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Body"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<BodyQuery, BodyQueryVariables>;
export const BodiesDocument = {"__meta__":{"hash":"sha256:fb6910a270599c171c94259b1c11a6229c7fba6baee07c027132586e5c118b69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bodies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<BodiesQuery, BodiesQueryVariables>;
export const BodyTreeDocument = {"__meta__":{"hash":"sha256:0d38ab7934ffe10638621ec09542f08c2aac707e91652fd97d576d36816643cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodyTreeQuery, BodyTreeQueryVariables>;
export const BodyTreeWithChildrenDocument = {"__meta__":{"hash":"sha256:551b7a549f45517a97dff3af88c42f7b11bd909bde9a5cfe098e96af7c340063"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyTreeWithChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodyTreeWithChildrenQuery, BodyTreeWithChildrenQueryVariables>;
export const NodeDocument = {"__meta__":{"hash":"sha256:b89acb84aad1c46f7e37f8727bb1bbf1251d84d566f504815be87bc64828321b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"__meta__":{"hash":"sha256:6563318b1722b4623b70c725664257dbab54ade2bfb689f5b87e9b5e4967ce11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const CreateBodyDocument = {"__meta__":{"hash":"sha256:b89a6c8a72200c3a6a40d7a1c697944bc817dfa34e4b4854eacefac75813229a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBodyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBody"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateBodyMutation, CreateBodyMutationVariables>;
export const UpdateBodyDocument = {"__meta__":{"hash":"sha256:b47b8fa6a963656d9343fe680ac7085d701578e616dc886ffe6f855a412501af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBodyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBody"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateBodyMutation, UpdateBodyMutationVariables>;
export const SubtreeDocument = {"__meta__":{"hash":"sha256:f18077e54d2a6964011579f1552f2b4ad6a10a19f77300c50f339d8c22137663"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Subtree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubtreeQuery, SubtreeQueryVariables>;
export const SubtreeTotalDocument = {"__meta__":{"hash":"sha256:205cd7fe3b7298ce53c6ec23a7a9366dcd598f7d3d422b368ab8c802c21f62f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubtreeTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SubtreeTotalQuery, SubtreeTotalQueryVariables>;
export const SubtreeTypenameDocument = {"__meta__":{"hash":"sha256:5e618642d71bb035d6415c0d29963b2151f7ec3000cb515b15aad2a975be289e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubtreeTypename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SubtreeTypenameQuery, SubtreeTypenameQueryVariables>;
export const IssueDirectiveDocument = {"__meta__":{"hash":"sha256:6b07cbfea728d5e3ad953c6676ff9cd5f04218baa8da85c9be3f4c0074656632"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueDirectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectiveFields"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<IssueDirectiveMutation, IssueDirectiveMutationVariables>;
export const ReviseDirectiveDocument = {"__meta__":{"hash":"sha256:c0b6423e2b29de03ce26865c470f2b300478bf2eff2fc31a12adbc9cc38d1b19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseDirectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectiveFields"}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReviseDirectiveMutation, ReviseDirectiveMutationVariables>;
export const AcknowledgeDirectiveDocument = {"__meta__":{"hash":"sha256:a28c7a6d289b7599af60a32b0ee4c70d9950d129daa750097e15551c12cb3364"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeDirectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeDirectiveMutation, AcknowledgeDirectiveMutationVariables>;
export const SubmitFeedbackDocument = {"__meta__":{"hash":"sha256:9a76991c0c56365ec2d74108354bd86d9fcb996f1674fd4e3126c9124f774577"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const RespondToFeedbackDocument = {"__meta__":{"hash":"sha256:d1851fefc914bd76b78963b5375d48d11352f18f0fbc7a452aaa53cfcff2576d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToFeedbackMutation, RespondToFeedbackMutationVariables>;
export const DirectiveViewDocument = {"__meta__":{"hash":"sha256:be20d512d411e148f8c7859b1be1c9649664459bb3747519dab57d6f120df394"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectiveView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectiveFields"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DirectiveViewQuery, DirectiveViewQueryVariables>;
export const AcknowledgementSummaryDocument = {"__meta__":{"hash":"sha256:c5ad513f9ead1bf8058559d9ec020eb58a4d95cb7a3ca5d83698dc5666241519"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcknowledgementSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgementSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgementSummaryQuery, AcknowledgementSummaryQueryVariables>;
export const InboxDocument = {"__meta__":{"hash":"sha256:061d49831a59b0a1f5603f54d91da8883a212b17dca1ebcb7c2961ab01f57a17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directiveInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pendingOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const FeedbackInboxDocument = {"__meta__":{"hash":"sha256:89a1f5a55e1d53a35975decc292a8a65510f8c8dac5335c92b58919a730c00c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unansweredOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unansweredOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unansweredOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackInboxQuery, FeedbackInboxQueryVariables>;
export const PublicDirectivesDocument = {"__meta__":{"hash":"sha256:28c2d8a7e4815b43184945b54865096ee882a2b9e34583098636311ad52deb59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDirectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDirectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicDirectivesQuery, PublicDirectivesQueryVariables>;
export const DirectiveIssuedDocument = {"__meta__":{"hash":"sha256:56ca1e5dc90c1509b5b8bba8fc1dcec5bce76d6453f89675ec8674af032e9343"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DirectiveIssued"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directiveIssued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectiveIssuedSubscription, DirectiveIssuedSubscriptionVariables>;
export const FeedbackReceivedDocument = {"__meta__":{"hash":"sha256:cba726ff28616cae45551cf063d73a508184e77296a9d571dd2d8e847560a959"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FeedbackReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackReceivedSubscription, FeedbackReceivedSubscriptionVariables>;
export const PublicDirectivesPageDocument = {"__meta__":{"hash":"sha256:85a062a77b2aa9bec4ff710996fa46990ba348368bcbac2161f59eb01d7b9e7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDirectivesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDirectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PublicDirectivesPageQuery, PublicDirectivesPageQueryVariables>;
export const InboxDashboardDocument = {"__meta__":{"hash":"sha256:06be08fd6b51ac755f1dbbde5f47284f02c3486e2a14f1390737579d2ea5d3ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"directiveInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pendingOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegationsReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxDashboardQuery, InboxDashboardQueryVariables>;
export const InboxDashboardCursorDocument = {"__meta__":{"hash":"sha256:dc638dbab0639a7c7836c99fbbe75ddb9b33dab95ef76f6f2687f73580d01a36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxDashboardCursor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directiveInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxDashboardCursorQuery, InboxDashboardCursorQueryVariables>;
export const DraftDecisionDocument = {"__meta__":{"hash":"sha256:dd4a11e1040571f9f13254138361b0aba9c5713cc5dae15955063dc3be15c36a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<DraftDecisionMutation, DraftDecisionMutationVariables>;
export const ReviseDecisionDraftDocument = {"__meta__":{"hash":"sha256:bf3938320f736894cbc6b5b745d7d5f2209e87bd7e5e2917a8d6f90c2aa4eb58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseDecisionDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseDecisionDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseDecisionDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReviseDecisionDraftMutation, ReviseDecisionDraftMutationVariables>;
export const OpenPublicConsultationDocument = {"__meta__":{"hash":"sha256:a21d5db01a6c14c423a7502dcc24e07176cbd80682e3a45bd11f0330d95180b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenPublicConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenPublicConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPublicConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<OpenPublicConsultationMutation, OpenPublicConsultationMutationVariables>;
export const ClosePublicConsultationDocument = {"__meta__":{"hash":"sha256:4204fd3b959e694de7aa0e3a4a9593889a5444f88b87c7ac8a5f2eac1442e064"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePublicConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosePublicConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePublicConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<ClosePublicConsultationMutation, ClosePublicConsultationMutationVariables>;
export const SubmitPublicCommentDocument = {"__meta__":{"hash":"sha256:713203c725eadd4b98fbec1fda6574cc584cb71f540028ff85d25d2a96352cde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPublicComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPublicCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPublicComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"submitterType"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SubmitPublicCommentMutation, SubmitPublicCommentMutationVariables>;
export const ModeratePublicCommentDocument = {"__meta__":{"hash":"sha256:5193bf770f813a5724246df54f5cfec32e4d718a508c44d09e0fbc4d02a4b9cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModeratePublicComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModeratePublicCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderatePublicComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ModeratePublicCommentMutation, ModeratePublicCommentMutationVariables>;
export const RespondToPublicCommentDocument = {"__meta__":{"hash":"sha256:75ca8660b3d70a133da3a301a5f93059b6a5837d1e07b1251d0d43d670360ceb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToPublicComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToPublicCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToPublicComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RespondToPublicCommentMutation, RespondToPublicCommentMutationVariables>;
export const ConsultLocalGovernmentsDocument = {"__meta__":{"hash":"sha256:2ac82d07879f1093b183e2916fdc0a37fb79b6b392ac3b7b0d8b0cf2059214e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsultLocalGovernments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultLocalGovernmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultLocalGovernments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalConsultationStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consulted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ConsultLocalGovernmentsMutation, ConsultLocalGovernmentsMutationVariables>;
export const CloseLocalConsultationDocument = {"__meta__":{"hash":"sha256:5a5eb2ab42f7ba00779a618adbda94729410e06784180baf43df3d29f77234a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseLocalConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLocalConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLocalConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<CloseLocalConsultationMutation, CloseLocalConsultationMutationVariables>;
export const RecordExpertConsultationDocument = {"__meta__":{"hash":"sha256:764f57c18e3bdf78ecf32667f52b47e50ba8786a99889e8cfdf26298dc76a83b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExpertConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordExpertConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExpertConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RecordExpertConsultationMutation, RecordExpertConsultationMutationVariables>;
export const RecordRiskAssessmentDocument = {"__meta__":{"hash":"sha256:eb627f417bb62f1721001c7815663344ce45d2f1bc4cf4fbf33fb2ea9c9b7249"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRiskAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRiskAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRiskAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessmentStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"controllable"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordRiskAssessmentMutation, RecordRiskAssessmentMutationVariables>;
export const RequestLegalityReviewDocument = {"__meta__":{"hash":"sha256:bbfd217acfeebc9e0a6d0dd35278e34f7e201595752532b5359a95c800f5f825"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLegalityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLegalityReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLegalityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RequestLegalityReviewMutation, RequestLegalityReviewMutationVariables>;
export const RecordLegalityReviewDocument = {"__meta__":{"hash":"sha256:661077d55b475f5601d353a06018547502bd5a6cd9563a7fd74c0a8d1c6a2315"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLegalityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLegalityReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLegalityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RecordLegalityReviewMutation, RecordLegalityReviewMutationVariables>;
export const RecordDeliberationDocument = {"__meta__":{"hash":"sha256:2a8cd5b2b3caf29b140c0eaeb5140267d9fe71a753483c90103b3e7df1ace2de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDeliberation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDeliberationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDeliberation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RecordDeliberationMutation, RecordDeliberationMutationVariables>;
export const AdoptDecisionDocument = {"__meta__":{"hash":"sha256:b37740a4b28820b03d36f10d42df710d61e50f76835b006a306d273c86eb4924"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AdoptDecisionMutation, AdoptDecisionMutationVariables>;
export const ReconsiderDecisionDocument = {"__meta__":{"hash":"sha256:ac2aca4f9814658a5d53633ee5f44079ccc306c4c179e45f1f1332e30daa22a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReconsiderDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReconsiderDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconsiderDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"reconsiderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisedBecause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReconsiderDecisionMutation, ReconsiderDecisionMutationVariables>;
export const WithdrawDecisionDocument = {"__meta__":{"hash":"sha256:44aa9f7166560be4b0d7825f55c349046c64095356ca08ca8f1cda679b327a3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<WithdrawDecisionMutation, WithdrawDecisionMutationVariables>;
export const AddLegislativeDependencyDocument = {"__meta__":{"hash":"sha256:cbac87aab99cb040e6e46dcfd123359449b49c1ab991aa89c864cd3a88920d10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLegislativeDependency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLegislativeDependencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLegislativeDependency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddLegislativeDependencyMutation, AddLegislativeDependencyMutationVariables>;
export const UpdateLegislativeDependencyDocument = {"__meta__":{"hash":"sha256:ba647912d9dbac43b44e4ed4f2ec3de3da958cb5f8db9221384c9c881d759874"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLegislativeDependency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLegislativeDependencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLegislativeDependency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateLegislativeDependencyMutation, UpdateLegislativeDependencyMutationVariables>;
export const SubmitSuggestionDocument = {"__meta__":{"hash":"sha256:94614910992dbac8d9b360546718da99e85b07a596a681f7c3284c89d3892ef9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SubmitSuggestionMutation, SubmitSuggestionMutationVariables>;
export const RegisterDeputySuggestionDocument = {"__meta__":{"hash":"sha256:c3efd0b4fe170a32fec7d446adc072aef3ea92b1f8117cbc1caa18edae5222ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDeputySuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDeputySuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDeputySuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RegisterDeputySuggestionMutation, RegisterDeputySuggestionMutationVariables>;
export const ModerateSuggestionDocument = {"__meta__":{"hash":"sha256:4fe6c25547fae09a64e4e983dad95333d6d8b63acde054232c7b106c284bc80b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerateSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderateSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ModerateSuggestionMutation, ModerateSuggestionMutationVariables>;
export const AnswerSuggestionDocument = {"__meta__":{"hash":"sha256:18cb820cf3e99ed619211701141637ad613826d3d9a787f2859a1b1c25398c33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AnswerSuggestionMutation, AnswerSuggestionMutationVariables>;
export const ReferSuggestionDocument = {"__meta__":{"hash":"sha256:02c07e8d4528fd44cc76f4f0f59e75d969481dbc434019ec70ba37ed67419bd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReferSuggestionMutation, ReferSuggestionMutationVariables>;
export const CreatePostDocument = {"__meta__":{"hash":"sha256:7ada586a32043194f50c0fb50176411ded1c221522b295c07090dc636f7a0b95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreatePostMutation, CreatePostMutationVariables>;
export const DecisionPageDocument = {"__meta__":{"hash":"sha256:801ec49f6d1e48dfeb9fc9897967c36526ecbfd54d84e6bdd95e85e3a515a5d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionMakerCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"decisionMakerCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionMakerCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionPageQuery, DecisionPageQueryVariables>;
export const DecisionViewDocument = {"__meta__":{"hash":"sha256:be905ecb9c4263eb2021c5c7a1e779c7f1f67516dd84021d95a4133b82f19588"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legislativeDependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicConsultationStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"shortenedReason"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalityReviewStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveDeliberationStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"chairConclusion"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionViewQuery, DecisionViewQueryVariables>;
export const DecisionProceduresDocument = {"__meta__":{"hash":"sha256:bc95bf1e00b9a28b0d3ea9eb85586f3b6b589a570833375257e36f3b48e68582"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionProcedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionProcedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStages"}},{"kind":"Field","name":{"kind":"Name","value":"minPublicCommentDays"}},{"kind":"Field","name":{"kind":"Name","value":"minExperts"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}}]}}]}}]} as unknown as DocumentNode<DecisionProceduresQuery, DecisionProceduresQueryVariables>;
export const SuggestionsDocument = {"__meta__":{"hash":"sha256:652125ed9742e6eef7d4393ef7db56cf858567275d44f7cc57546de1bb7358f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toBodyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"toBodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toBodyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionsQuery, SuggestionsQueryVariables>;
export const BodyPostsDocument = {"__meta__":{"hash":"sha256:94656f82d866bf69bc56381b6342c439a47d2267232d82e177be92e11e8d9bee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}}]}}]}}]}}]} as unknown as DocumentNode<BodyPostsQuery, BodyPostsQueryVariables>;
export const DecisionActivityDocument = {"__meta__":{"hash":"sha256:1d04a90f206bc8298d0e9c3979501711e94afbb2d9100513f3b76b57381898f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DecisionActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionActivitySubscription, DecisionActivitySubscriptionVariables>;
export const DefineIndicatorDocument = {"__meta__":{"hash":"sha256:99605ea14bc9ac8353762d3a49fb340c41738a6c386ba04f8e5a334a2c10d5fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"hubMetric"}},{"kind":"Field","name":{"kind":"Name","value":"dataOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DefineIndicatorMutation, DefineIndicatorMutationVariables>;
export const DefineIndicatorSystemDocument = {"__meta__":{"hash":"sha256:7a0a2571fa03f661bc2ac3c332530843409e8efcea36a2d4d7ed1fe4b104d307"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineIndicatorSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineIndicatorSystemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineIndicatorSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveShare"}},{"kind":"Field","name":{"kind":"Name","value":"minObjectiveShare"}},{"kind":"Field","name":{"kind":"Name","value":"challengeDays"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DefineIndicatorSystemMutation, DefineIndicatorSystemMutationVariables>;
export const ReportObservationDocument = {"__meta__":{"hash":"sha256:2c5b146e1571dc14302b657432d69199b1fe59bd82ffe6afd0492e9e70625be9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportObservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObservationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObservationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObservationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<ReportObservationMutation, ReportObservationMutationVariables>;
export const VerifyObservationDocument = {"__meta__":{"hash":"sha256:73c5d1b96209f49e5da121649dd8bc8a87bff1a2201b715f854c8bdd17848838"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyObservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObservationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObservationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObservationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<VerifyObservationMutation, VerifyObservationMutationVariables>;
export const DisputeObservationDocument = {"__meta__":{"hash":"sha256:b4899eaf790e691f62c1cb8dd54c6df2d1b27683955a209a949ced7be2220961"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisputeObservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObservationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObservationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObservationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<DisputeObservationMutation, DisputeObservationMutationVariables>;
export const ComputeEvaluationDocument = {"__meta__":{"hash":"sha256:d1501db73fcf3ed895f63c3fe39a81fac20eb2518e318474082c20a39892f326"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputeEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComputeEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"challengeUntil"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"challengeResponse"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ComputeEvaluationMutation, ComputeEvaluationMutationVariables>;
export const ChallengeEvaluationDocument = {"__meta__":{"hash":"sha256:8794df785e247db4a982c2dbe13f1f77f879b04bd362d142564040a7b5099096"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChallengeEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChallengeEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"challengeUntil"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"challengeResponse"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<ChallengeEvaluationMutation, ChallengeEvaluationMutationVariables>;
export const FinalizeEvaluationDocument = {"__meta__":{"hash":"sha256:d29c66282dfa3d7860001a770722b8eaa3c618ba2e0299ab91ccbacf01035af9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinalizeEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"challengeUntil"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"challengeResponse"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<FinalizeEvaluationMutation, FinalizeEvaluationMutationVariables>;
export const PublishEvaluationDocument = {"__meta__":{"hash":"sha256:e4670b50459f0608c5e874646d9e81c10e10314927a9de0d606024043ac94800"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"challengeUntil"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"challengeResponse"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<PublishEvaluationMutation, PublishEvaluationMutationVariables>;
export const EvaluationsDocument = {"__meta__":{"hash":"sha256:37fe68a57d142c902134b5297261098f23360fc4db702f887397dbcc0bc195e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"systemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"systemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"systemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"challengeUntil"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"challengeResponse"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<EvaluationsQuery, EvaluationsQueryVariables>;
export const BodyPerformanceDocument = {"__meta__":{"hash":"sha256:8426b5213ccec8c45a0b3c642b2a99dfca14ee819fd574e2837e40533c24ddf4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"challengeUntil"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"challengeResponse"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BodyPerformanceQuery, BodyPerformanceQueryVariables>;
export const EvaluationNodeDocument = {"__meta__":{"hash":"sha256:8888f108af0da624edff8fa21b212f53f7fa8829ddd6fa0875c1b13b82255652"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"challengeUntil"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"challengeResponse"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationNodeQuery, EvaluationNodeQueryVariables>;
export const ObservationNodeDocument = {"__meta__":{"hash":"sha256:9b087d3b0a5bdfa21f235d2b1a12889d468b3da946c745015386b32001a5baf8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObservationNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObservationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}}]}}]} as unknown as DocumentNode<ObservationNodeQuery, ObservationNodeQueryVariables>;
export const IndicatorNodeDocument = {"__meta__":{"hash":"sha256:9836e764c0c1d33b28301da246a82b5e51b990a23d3c6eee629cfd8163f40409"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"hubMetric"}},{"kind":"Field","name":{"kind":"Name","value":"dataOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]} as unknown as DocumentNode<IndicatorNodeQuery, IndicatorNodeQueryVariables>;
export const IndicatorSystemNodeDocument = {"__meta__":{"hash":"sha256:7d57cab206f1cd760ccede00820e9875cb0ffaf28b9a2b60d9b47f985f0613ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorSystemNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorSystem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorSystemNodeQuery, IndicatorSystemNodeQueryVariables>;
export const RecordSurveyResultsDocument = {"__meta__":{"hash":"sha256:36b802ff7a74b7cc0bf6b18f0fd62acd18000e655f13fc6f04f958e725a1dc9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSurveyResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSurveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObservationFields"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"administeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordSurveyResultsMutation, RecordSurveyResultsMutationVariables>;
export const RecordThirdPartyAssessmentDocument = {"__meta__":{"hash":"sha256:44992348ef5c5fdf66ef7ebdfe8a0dd6a141f31605e46bb1809b7f6f4d3548b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordThirdPartyAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordThirdPartyAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordThirdPartyAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObservationFields"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportHash"}},{"kind":"Field","name":{"kind":"Name","value":"commentsUntil"}},{"kind":"Field","name":{"kind":"Name","value":"subjectResponse"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissionedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordThirdPartyAssessmentMutation, RecordThirdPartyAssessmentMutationVariables>;
export const CommentOnAssessmentDraftDocument = {"__meta__":{"hash":"sha256:a90350c9882e78c3603cbacfdf3c8a8c5e74df504a3703043e575e43c1718140"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnAssessmentDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnAssessmentDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnAssessmentDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentsUntil"}},{"kind":"Field","name":{"kind":"Name","value":"subjectResponse"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CommentOnAssessmentDraftMutation, CommentOnAssessmentDraftMutationVariables>;
export const ReformEventsDocument = {"__meta__":{"hash":"sha256:dced837a296cdcddf0a6023e326fbf27446a99523c231d830bb5bbfccd15d200"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReformEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReformEventKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<ReformEventsSubscription, ReformEventsSubscriptionVariables>;
export const BodySearchDocument = {"__meta__":{"hash":"sha256:5c814da44529fb827ad91d52df3cea1331db8c3744db71be328b47a324bc00b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BodyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<BodySearchQuery, BodySearchQueryVariables>;
export const ChildrenFilteredDocument = {"__meta__":{"hash":"sha256:c54d0a36838cef69dbbceabc5223f336e6cd8ca58592d89f5bf949b06bd8b88b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildrenFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BodyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<ChildrenFilteredQuery, ChildrenFilteredQueryVariables>;
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
export const ThreadsOrderedDocument = {"__meta__":{"hash":"sha256:ba54c37dc5791df17df0b3d215b9b14d72487b32b9224db23a8c550525c92fd6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadsOrdered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ThreadsOrderedQuery, ThreadsOrderedQueryVariables>;
export const MarkDirectiveReadDocument = {"__meta__":{"hash":"sha256:ab77632b6c0711d539eb4c0ecc61efb7b2c4a1d382fd5a3f4b4b0940875d66aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkDirectiveRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkDirectiveReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDirectiveRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarkDirectiveReadMutation, MarkDirectiveReadMutationVariables>;
export const ReceiptsFilteredDocument = {"__meta__":{"hash":"sha256:6f1d414287432d21a1548840d610d013a27b1fe238ded54d7fc5e3845e3a8c3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceiptsFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"read"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"read"},"value":{"kind":"Variable","name":{"kind":"Name","value":"read"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceiptsFilteredQuery, ReceiptsFilteredQueryVariables>;
export const IssuedWithPendingReceiptsDocument = {"__meta__":{"hash":"sha256:1a36fbc253064eb8dfad3df7cbbd57fb68399e3420e3585d0dead6ee53a5ec7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuedWithPendingReceipts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directivesIssued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssuedWithPendingReceiptsQuery, IssuedWithPendingReceiptsQueryVariables>;
export const ReceiptsPagedDocument = {"__meta__":{"hash":"sha256:97037dc329f441f7b5385661a250eb490376853590e759a0888ceed8f42cd218"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceiptsPaged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ReceiptsPagedQuery, ReceiptsPagedQueryVariables>;
export const ProposePilotDocument = {"__meta__":{"hash":"sha256:a418b5e904900a3143a85ec2ce7aef22be6bff124267759635ec180bc8f77a33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposePilot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposePilotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposePilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaledUpAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapsWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<ProposePilotMutation, ProposePilotMutationVariables>;
export const AuthorizePilotDocument = {"__meta__":{"hash":"sha256:9880084b7fdab8794c380ca02d99ad995cc1fefda7214841ba83023d1276f70b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizePilot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizePilotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizePilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaledUpAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapsWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AuthorizePilotMutation, AuthorizePilotMutationVariables>;
export const ReportPilotProgressDocument = {"__meta__":{"hash":"sha256:a27ea43d43585befd80908441846843eca27181b7a323141d9b9e54a616bae1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportPilotProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPilotProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPilotProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReportPilotProgressMutation, ReportPilotProgressMutationVariables>;
export const ExtendPilotDocument = {"__meta__":{"hash":"sha256:27c6074844832bd1815bcecdf8e08c6e6610a585ad781c7752fe032fbb85f357"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendPilot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendPilotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendPilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaledUpAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapsWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<ExtendPilotMutation, ExtendPilotMutationVariables>;
export const TerminatePilotDocument = {"__meta__":{"hash":"sha256:ee4a6e311dbe6b4aa3a1468af45e8fecbead845d42ab47355004935f93ecd3cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminatePilot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminatePilotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminatePilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaledUpAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapsWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<TerminatePilotMutation, TerminatePilotMutationVariables>;
export const RecordPilotVerdictDocument = {"__meta__":{"hash":"sha256:24f95971690dac3bccea0777ba7edc83dbb4a3a9f5d62100222166cd87b012be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPilotVerdict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPilotVerdictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPilotVerdict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaledUpAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapsWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RecordPilotVerdictMutation, RecordPilotVerdictMutationVariables>;
export const ScaleUpPilotDocument = {"__meta__":{"hash":"sha256:d916548e993bbf8c3ab7980337add55117e02d64bcdd800cd0a399057302c548"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScaleUpPilot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScaleUpPilotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scaleUpPilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaledUpAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapsWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<ScaleUpPilotMutation, ScaleUpPilotMutationVariables>;
export const PilotsDocument = {"__meta__":{"hash":"sha256:adb006934659113a34de5cb538ab9ae7920fad702bcab0e90227b041527e9a80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pilots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PilotStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sponsorCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"sponsorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sponsorCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"siteCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaledUpAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapsWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<PilotsQuery, PilotsQueryVariables>;
export const BodyPilotsDocument = {"__meta__":{"hash":"sha256:55e98623db4a4eaa01f591c86cafd30904efa9d30fe34a3f678bffabdfc7bf43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyPilots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodyPilotsQuery, BodyPilotsQueryVariables>;
export const PilotNodeDocument = {"__meta__":{"hash":"sha256:0493b27b40d528122f81527c7d0296c7f6401ca53e3e9f336a26c58520168656"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PilotNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReplicableExperience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"pilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaledUpAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapsWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<PilotNodeQuery, PilotNodeQueryVariables>;
export const DefinePowerDocument = {"__meta__":{"hash":"sha256:fec81773bbf0d364eafde8e7969978592c49c2bdbc42a1954cb838d79fbcdb47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefinePower"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefinePowerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definePower"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAnnualCost"}},{"kind":"Field","name":{"kind":"Name","value":"definedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DefinePowerMutation, DefinePowerMutationVariables>;
export const DelegatePowerDocument = {"__meta__":{"hash":"sha256:733d0b5cd3d82470a42525b278afb52f9e70dd9ca0668de225a2282b73d42735"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DelegatePower"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DelegatePowerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegatePower"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"noFiscalNeedReason"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DelegatePowerMutation, DelegatePowerMutationVariables>;
export const SignDelegationDocument = {"__meta__":{"hash":"sha256:b25c1d0c192dbfd5f574d589193213348e963a9baec39c879b4a7e5e99dd7712"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"noFiscalNeedReason"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<SignDelegationMutation, SignDelegationMutationVariables>;
export const RevokeDelegationDocument = {"__meta__":{"hash":"sha256:ec85ca1a0bbe0d4f2998d46a25e39d8a3b0a67b34e8f6309c097742184679906"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedWithIt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeDelegationMutation, RevokeDelegationMutationVariables>;
export const PowerDocument = {"__meta__":{"hash":"sha256:084fb5b5b1627e388857b4c2aeaae37e686eaa892e2217032b9c28ccf5068705"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Power"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"power"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAnnualCost"}}]}}]}}]} as unknown as DocumentNode<PowerQuery, PowerQueryVariables>;
export const PowersDocument = {"__meta__":{"hash":"sha256:2816de45b2e1b2f6272dad5ddf1e27a8504a947f5196d94f822c7ca383ec0614"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Powers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"powers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PowersQuery, PowersQueryVariables>;
export const DelegationDocument = {"__meta__":{"hash":"sha256:e3463bfdb792dbaa823d7024fe112a692476da710c31fd6da34dd5dc8d7bfdcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Delegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}},{"kind":"Field","name":{"kind":"Name","value":"redelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"noFiscalNeedReason"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<DelegationQuery, DelegationQueryVariables>;
export const FinanceDashboardDocument = {"__meta__":{"hash":"sha256:1f087212c8f2ea0d5a9e2250359470df937e5d7443b50866646eb01e549726bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"powers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegationsReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegationsGranted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"delegations"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"unfunded"}},{"kind":"Field","name":{"kind":"Name","value":"redelegated"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"noFiscalNeedReason"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<FinanceDashboardQuery, FinanceDashboardQueryVariables>;
export const UnfundedMandatesDocument = {"__meta__":{"hash":"sha256:d7647507966fa0bad8abd05d2d6dc3a79e4f7d99b442644a0156a60061b17518"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnfundedMandates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfundedMandates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnfundedMandatesQuery, UnfundedMandatesQueryVariables>;
export const PlanInspectionDocument = {"__meta__":{"hash":"sha256:9fe51bf88b96ec71fb277f400222b12ed6be66a423081b40674a1126377f71c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPartiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPartiesFields"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PlanInspectionMutation, PlanInspectionMutationVariables>;
export const AddInspectionGroupMemberDocument = {"__meta__":{"hash":"sha256:64318737448e7967c56efe15cbdaa7f6dff5cc4bf48db293ea24b0a305c244ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInspectionGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInspectionGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInspectionGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPartiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPartiesFields"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddInspectionGroupMemberMutation, AddInspectionGroupMemberMutationVariables>;
export const RecordSiteVisitDocument = {"__meta__":{"hash":"sha256:370ee099b22d1fc92ebaf6291678edc0a2d9a320f852ede90e48b3acaa2fcef5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSiteVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSiteVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSiteVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordSiteVisitMutation, RecordSiteVisitMutationVariables>;
export const RecordFindingDocument = {"__meta__":{"hash":"sha256:8a9479dd91a6ed3506d15d68b587f7cc1b3b9503877b4d16ad4bd78cf49f9417"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"noOrderReason"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordFindingMutation, RecordFindingMutationVariables>;
export const ReferFindingToDisciplineDocument = {"__meta__":{"hash":"sha256:885b6ca03ef0360fb3931828b3c02b403ff2665aa1db439d6b9f917c0e935893"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferFindingToDiscipline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferFindingToDisciplineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referFindingToDiscipline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disciplineReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplineReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReferFindingToDisciplineMutation, ReferFindingToDisciplineMutationVariables>;
export const ConcludeInspectionDocument = {"__meta__":{"hash":"sha256:2a7e0418e16ef151cb4b6200a3bc07acce28d77c31fa056ca09c8c5110b6a936"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcludeInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcludeInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concludeInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPartiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPartiesFields"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ConcludeInspectionMutation, ConcludeInspectionMutationVariables>;
export const IssueRectificationOrderDocument = {"__meta__":{"hash":"sha256:d30f848d5a528a40b18bfc47fea4067b1f9108a68a79af2bf0461335a2fedef1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueRectificationOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRectificationOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueRectificationOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"newDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<IssueRectificationOrderMutation, IssueRectificationOrderMutationVariables>;
export const AcknowledgeRectificationOrderDocument = {"__meta__":{"hash":"sha256:bd18c95b09ea5974f4a96efdc91a96acec7c9e0a38c18441687bd8a90d542356"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeRectificationOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeRectificationOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeRectificationOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"newDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AcknowledgeRectificationOrderMutation, AcknowledgeRectificationOrderMutationVariables>;
export const SubmitRectificationPlanDocument = {"__meta__":{"hash":"sha256:f193707f9dc76c56a2f8f4daef09cee166a8f5a1cf2820b4ba8a7ec06ccf356b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRectificationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRectificationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRectificationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"newDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SubmitRectificationPlanMutation, SubmitRectificationPlanMutationVariables>;
export const ReportRectificationDocument = {"__meta__":{"hash":"sha256:9795359b9532f1da52e80b7c079028c2727842dd117d1e45b038c29e9a96d8aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"newDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReportRectificationMutation, ReportRectificationMutationVariables>;
export const VerifyRectificationDocument = {"__meta__":{"hash":"sha256:fcbbf74947c11e797b39c5272cdeaeb37aee2f4d812c3d5ce83de9bfeaf89c43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"newDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<VerifyRectificationMutation, VerifyRectificationMutationVariables>;
export const InspectionNodeDocument = {"__meta__":{"hash":"sha256:10e832e03a33e4730f053d13984b30ddc6cc18b59b73d2992d2ebb702c886466"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingFields"}},{"kind":"Field","name":{"kind":"Name","value":"disciplineReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPartiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPartiesFields"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"noOrderReason"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplineReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<InspectionNodeQuery, InspectionNodeQueryVariables>;
export const FindingNodeDocument = {"__meta__":{"hash":"sha256:314cbdb4f522ae4c28e65dc2fc02b0a83318f328b97652fa9f8221a667baee6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingFields"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disciplineReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"noOrderReason"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplineReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FindingNodeQuery, FindingNodeQueryVariables>;
export const OrderNodeDocument = {"__meta__":{"hash":"sha256:ab15e31bb440fd4b058985ab6c595c6ea75c04995306cf9b0095cee70448db2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"verifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"newDeadline"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"newDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrderNodeQuery, OrderNodeQueryVariables>;
export const InspectionStatsDocument = {"__meta__":{"hash":"sha256:4a321f3e517f21ef96bf294dbe0894144d660fa9beb377cbadcd002aa23d7b12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"desk"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteShare"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"ordersOpen"}},{"kind":"Field","name":{"kind":"Name","value":"ordersOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ordersVerified"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOnTimeShare"}}]}}]}}]} as unknown as DocumentNode<InspectionStatsQuery, InspectionStatsQueryVariables>;
export const BodyInspectionsDocument = {"__meta__":{"hash":"sha256:4c92665423117642c1c61756a850cff712c6de8890a4faec00b5a2f5528deabb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionsLed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPartiesFields"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPartiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BodyInspectionsQuery, BodyInspectionsQueryVariables>;
export const BodyRectificationOrdersDocument = {"__meta__":{"hash":"sha256:d14c50d06cf57977d91cdd8cda2e6319729a5d34ef9927438cd6231fcadeda1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyRectificationOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrdersReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"newDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BodyRectificationOrdersQuery, BodyRectificationOrdersQueryVariables>;
export const RectificationOrderReceivedDocument = {"__meta__":{"hash":"sha256:c039a329ef5620d0d8211f3dab0229db649abf5cd166b5f82a104afa7b5bd1f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RectificationOrderReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrderReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RectificationOrderReceivedSubscription, RectificationOrderReceivedSubscriptionVariables>;
export const CreateTaskDocument = {"__meta__":{"hash":"sha256:31d092e48c27525efca4c864426ce17ff81932ca92fc2fd0fa2d4ba4b0e84b86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"progressMethod"}},{"kind":"Field","name":{"kind":"Name","value":"progressAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coExecutors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const DecomposeTaskDocument = {"__meta__":{"hash":"sha256:395c56e7629f97bbcd61d99f69c921f5816cb0a7d5545aa0cca8f7124b03a2ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecomposeTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecomposeTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decomposeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"progressMethod"}},{"kind":"Field","name":{"kind":"Name","value":"progressAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coExecutors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DecomposeTaskMutation, DecomposeTaskMutationVariables>;
export const AcceptTaskDocument = {"__meta__":{"hash":"sha256:0f63c47702ac53adffdf28fc5177f871186357987b2f7d94f44b83dbc309cd0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AcceptTaskMutation, AcceptTaskMutationVariables>;
export const ReportTaskProgressDocument = {"__meta__":{"hash":"sha256:a127b58b8f9c8e5225db92b4cc4a0278194e78c46596b35e0bcdde48e092adad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportTaskProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTaskProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decreaseReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReportTaskProgressMutation, ReportTaskProgressMutationVariables>;
export const CompleteMilestoneDocument = {"__meta__":{"hash":"sha256:04ea386ac6f7096501c396a4a55175452ed8ff878730b80cd387cff03afa57e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CompleteMilestoneMutation, CompleteMilestoneMutationVariables>;
export const VerifyMilestoneDocument = {"__meta__":{"hash":"sha256:e648c8a5f1798508ab828f0db3e3738bd6bfbbed0b620c32a9b99a38b76f9a26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedProgress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<VerifyMilestoneMutation, VerifyMilestoneMutationVariables>;
export const ClaimTaskCompletionDocument = {"__meta__":{"hash":"sha256:824fc15e50e0a374a30d8416dd6905afaa702e05985cc49ea1919cfed082bb12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimTaskCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimTaskCompletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimTaskCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ClaimTaskCompletionMutation, ClaimTaskCompletionMutationVariables>;
export const VerifyTaskCompletionDocument = {"__meta__":{"hash":"sha256:527e7e342a1b67e02ef7b064ac248d975b8a8c68bbbd16ee8cd78fe4d3e84e27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyTaskCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyTaskCompletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyTaskCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<VerifyTaskCompletionMutation, VerifyTaskCompletionMutationVariables>;
export const RequestDeadlineExtensionDocument = {"__meta__":{"hash":"sha256:46a2cc77eb249bed3cc11f40fd8f0651e8c252746a79d64929c6a790aca19a2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDeadlineExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDeadlineExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDeadlineExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RequestDeadlineExtensionMutation, RequestDeadlineExtensionMutationVariables>;
export const DecideDeadlineExtensionDocument = {"__meta__":{"hash":"sha256:51994a959a3784cdf55bd27cd7f55e52ce5a3c823690f73f576256677a6a8e70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideDeadlineExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideDeadlineExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDeadlineExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DecideDeadlineExtensionMutation, DecideDeadlineExtensionMutationVariables>;
export const CancelTaskDocument = {"__meta__":{"hash":"sha256:6508495ec5f4fef5f9aa5ef9d05e37d71569efd79fef22b1d2a32ba42ae7d441"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledWithIt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CancelTaskMutation, CancelTaskMutationVariables>;
export const RemindTaskDocument = {"__meta__":{"hash":"sha256:1dec2b2f0fbed2f1cdcbe69eeb66f47ebf131c0c4f20fab1066c55496bd05b7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemindTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RemindTaskMutation, RemindTaskMutationVariables>;
export const CreateReformFundDocument = {"__meta__":{"hash":"sha256:6a62b8cb79182d57973b488c436d900db26ffd4546d40795000f7c11012afaf7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReformFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReformFundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReformFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateReformFundMutation, CreateReformFundMutationVariables>;
export const AllocateFundDocument = {"__meta__":{"hash":"sha256:c4f5b644e1c1eb172cd6945f26d59cb63029b2b0c0ac29920fc5ce31d2dcb0e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateFundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AllocateFundMutation, AllocateFundMutationVariables>;
export const TaskNodeDocument = {"__meta__":{"hash":"sha256:5ac38c2cfbee1f0a37c2179de05de7ab016486a95a4539b7cb629b569867aa90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"progressMethod"}},{"kind":"Field","name":{"kind":"Name","value":"progressAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coExecutors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<TaskNodeQuery, TaskNodeQueryVariables>;
export const TaskProgressDocument = {"__meta__":{"hash":"sha256:37ce2aa79061e9f7b61915e995b5701c5ef09afff0ff75da46b21ccb18f584ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"progressAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TaskProgressQuery, TaskProgressQueryVariables>;
export const TasksDocument = {"__meta__":{"hash":"sha256:0da044f84e081e548e2cc2edfd60e45efe5493301d2b1bca2e306b2289bf86cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadlineBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadlineBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadlineBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const TaskRollupDocument = {"__meta__":{"hash":"sha256:85c220ed435d1cce3cc485024e5b2a5784b1cc982f95a326a6a6aa4bdc3189b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskRollup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"averageVerifiedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}}]}}]}}]}}]} as unknown as DocumentNode<TaskRollupQuery, TaskRollupQueryVariables>;
export const FundNodeDocument = {"__meta__":{"hash":"sha256:acaa2ff3c2dd857405c4e50c98f5f08da656669f6d13880ad992ee55aefb3b86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformFund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundNodeQuery, FundNodeQueryVariables>;
export const TaskActivityDocument = {"__meta__":{"hash":"sha256:af1666ed8d731ad8058f2510d6b7f559f98c132c6992d66a7d9c13f58c6dcaee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<TaskActivitySubscription, TaskActivitySubscriptionVariables>;
export const PublishAnnualTaskListDocument = {"__meta__":{"hash":"sha256:511d1ff4423f2fb6794b118b2d551be9edcdffbc0729508082dd6ffaaf745dbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAnnualTaskList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAnnualTaskListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAnnualTaskList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualListFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualTaskList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PublishAnnualTaskListMutation, PublishAnnualTaskListMutationVariables>;
export const AnnualTaskListDocument = {"__meta__":{"hash":"sha256:a3012966d94da124d5288e80528e29e6171e9c9df0398bef5d0b06d789e1bc1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualTaskList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualTaskList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualTaskList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnnualTaskListQuery, AnnualTaskListQueryVariables>;
export const OpenCoordinationThreadDocument = {"__meta__":{"hash":"sha256:109c29444c133b26799342312fffa638111bd33f3aa580c9820ec30f93fa3443"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCoordinationThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCoordinationThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCoordinationThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<OpenCoordinationThreadMutation, OpenCoordinationThreadMutationVariables>;
export const PostThreadMessageDocument = {"__meta__":{"hash":"sha256:9c90283fae491ad5d2b3097cefd94d4352d06085bd44be2a576e1469724290db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostThreadMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostThreadMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postThreadMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PostThreadMessageMutation, PostThreadMessageMutationVariables>;
export const ShareThreadResourceDocument = {"__meta__":{"hash":"sha256:1e56c851e71b2ca2c64c57f97261e60989f2fac85b7aa3d9679fa2137c00ea7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareThreadResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareThreadResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareThreadResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ShareThreadResourceMutation, ShareThreadResourceMutationVariables>;
export const InviteThreadParticipantDocument = {"__meta__":{"hash":"sha256:d0093f45175be19f4a0a6b53c58f9f8daf738a37b9955648ac225f2162a7328c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteThreadParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteThreadParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteThreadParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<InviteThreadParticipantMutation, InviteThreadParticipantMutationVariables>;
export const RemoveThreadParticipantDocument = {"__meta__":{"hash":"sha256:226662e55a820a7bb6930642697b04042c70310bd44bfd6a14d450844030d712"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveThreadParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveThreadParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeThreadParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RemoveThreadParticipantMutation, RemoveThreadParticipantMutationVariables>;
export const EscalateThreadDocument = {"__meta__":{"hash":"sha256:a709a66d58a60e0b5ff6925f6dd0a559f2e0ca2793d7fbcbb81767e8b0dd9360"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<EscalateThreadMutation, EscalateThreadMutationVariables>;
export const ResolveThreadDocument = {"__meta__":{"hash":"sha256:281b8381fffa10d8087bb0e2bee741df309d915bcb45352c7d9ba74249d86162"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ResolveThreadMutation, ResolveThreadMutationVariables>;
export const ReopenThreadDocument = {"__meta__":{"hash":"sha256:903f762d514c4bdab0131824db6dc7aa8c623d35220aa223817aa49de7ca0d6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReopenThreadMutation, ReopenThreadMutationVariables>;
export const ThreadNodeDocument = {"__meta__":{"hash":"sha256:f6590926cde25049e69b214ae14a5411440e351d12242a3ade9d039770f1e764"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadEventFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadNodeQuery, ThreadNodeQueryVariables>;
export const AnyNodeDocument = {"__meta__":{"hash":"sha256:657107f7d11d70f15e28ce109c6b6c67a2611498d75b77b0ee6cde3c6c5642fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnyNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnyNodeQuery, AnyNodeQueryVariables>;
export const BodyThreadsDocument = {"__meta__":{"hash":"sha256:d335d0205ee45c262c7c6d31a07378706b3b617440f167bf32172edc73d39f1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<BodyThreadsQuery, BodyThreadsQueryVariables>;
export const ThreadActivityDocument = {"__meta__":{"hash":"sha256:7cb3882c3dadb87b5df806c8b99a73dc2933cff6f82bd4f9c3bece176c282802"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ThreadActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadActivitySubscription, ThreadActivitySubscriptionVariables>;
export const ApplyForToleranceDocument = {"__meta__":{"hash":"sha256:4b2b72e9852d8b00e99f13ed7b9b6c813a69b79dc7afceb151ce9a58f6002eb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForTolerance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForToleranceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForTolerance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toleranceCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToleranceCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToleranceCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToleranceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"actAt"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"subjectBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trial"}},{"kind":"Field","name":{"kind":"Name","value":"trialFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibition"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeFacts"}},{"kind":"Field","name":{"kind":"Name","value":"mitigationTaken"}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"}},{"kind":"Field","name":{"kind":"Name","value":"derivedOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"derivedReasons"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deviatesFromDerived"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"appealedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ApplyForToleranceMutation, ApplyForToleranceMutationVariables>;
export const RecordToleranceFactsDocument = {"__meta__":{"hash":"sha256:2502c1a39ee5357fd1e9f634f8d2f8e8a26b6665f35d9ed5ae23a02e60da7ecc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordToleranceFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordToleranceFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordToleranceFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toleranceCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToleranceCaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"priorProhibitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBeforeAct"}},{"kind":"Field","name":{"kind":"Name","value":"matchedKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToleranceCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToleranceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"actAt"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"subjectBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trial"}},{"kind":"Field","name":{"kind":"Name","value":"trialFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibition"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeFacts"}},{"kind":"Field","name":{"kind":"Name","value":"mitigationTaken"}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"}},{"kind":"Field","name":{"kind":"Name","value":"derivedOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"derivedReasons"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deviatesFromDerived"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"appealedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordToleranceFactsMutation, RecordToleranceFactsMutationVariables>;
export const SignToleranceDecisionDocument = {"__meta__":{"hash":"sha256:5134f6a5204f2b0305ada7fbf3c2a7c856ea2bd7b792277a3895aae105336f02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignToleranceDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignToleranceDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signToleranceDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toleranceCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToleranceCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToleranceCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToleranceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"actAt"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"subjectBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trial"}},{"kind":"Field","name":{"kind":"Name","value":"trialFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibition"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeFacts"}},{"kind":"Field","name":{"kind":"Name","value":"mitigationTaken"}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"}},{"kind":"Field","name":{"kind":"Name","value":"derivedOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"derivedReasons"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deviatesFromDerived"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"appealedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SignToleranceDecisionMutation, SignToleranceDecisionMutationVariables>;
export const AppealToleranceDecisionDocument = {"__meta__":{"hash":"sha256:af838cdb7b422fa7851061d5f915d97d7ab558550ec065c5d695ba198d110282"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealToleranceDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealToleranceDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealToleranceDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toleranceCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToleranceCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToleranceCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToleranceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"actAt"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"subjectBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trial"}},{"kind":"Field","name":{"kind":"Name","value":"trialFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibition"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeFacts"}},{"kind":"Field","name":{"kind":"Name","value":"mitigationTaken"}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"}},{"kind":"Field","name":{"kind":"Name","value":"derivedOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"derivedReasons"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deviatesFromDerived"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"appealedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AppealToleranceDecisionMutation, AppealToleranceDecisionMutationVariables>;
export const ToleranceCaseNodeDocument = {"__meta__":{"hash":"sha256:3e1f00aeeb83b1da09ea3f349e08db77b1a12a4aede12e22b827a50b7b2376e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ToleranceCaseNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToleranceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToleranceCaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"priorProhibitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"prohibits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBeforeAct"}},{"kind":"Field","name":{"kind":"Name","value":"matchedKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withinDelegatedPower"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followedProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"collectivelyDecided"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToleranceCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToleranceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"actAt"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"subjectBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trial"}},{"kind":"Field","name":{"kind":"Name","value":"trialFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibition"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionFacts"}},{"kind":"Field","name":{"kind":"Name","value":"prohibitionOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeFacts"}},{"kind":"Field","name":{"kind":"Name","value":"mitigationTaken"}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"}},{"kind":"Field","name":{"kind":"Name","value":"derivedOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"derivedReasons"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deviatesFromDerived"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealGrounds"}},{"kind":"Field","name":{"kind":"Name","value":"appealedAt"}}]}}]} as unknown as DocumentNode<ToleranceCaseNodeQuery, ToleranceCaseNodeQueryVariables>;
export const ToleranceCasesDocument = {"__meta__":{"hash":"sha256:e795d6b32ff48c810d7f59f0f9e9f1ebca1e87973f9e2d9baa3da5b182daebf9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ToleranceCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ToleranceStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toleranceCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subjectBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derivedOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ToleranceCasesQuery, ToleranceCasesQueryVariables>;
export const TraceDocument = {"__meta__":{"hash":"sha256:11c0b840eaf6e96e61964beadb5c96a2168a583cd9df5b2daf5c6ef554bacccb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TraceDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TraceNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TraceNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TraceNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TraceNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","alias":{"kind":"Name","value":"evaluationStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TraceQuery, TraceQueryVariables>;
export const RecordDisclosureReviewDocument = {"__meta__":{"hash":"sha256:3a6bf541fdd6130710c5fa464d27122f18e19741127d2a5f0207c8439ed5a830"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDisclosureReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDisclosureReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectGlobalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosureReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classified"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RecordDisclosureReviewMutation, RecordDisclosureReviewMutationVariables>;
export const MarkClassifiedDocument = {"__meta__":{"hash":"sha256:87581493ec71ee8b85bc73908e72f5f2c3ca441e8c0da66978e5ed49c8d35ca6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkClassified"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markClassified"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectGlobalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosureReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classified"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<MarkClassifiedMutation, MarkClassifiedMutationVariables>;
export const PublishObjectDocument = {"__meta__":{"hash":"sha256:13937bf9a198d1939166d31c0706b806fa3610a1a8d63c3039725e3eafec9280"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishObject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishObject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectGlobalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosureReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classified"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<PublishObjectMutation, PublishObjectMutationVariables>;
export const WithdrawPublicationDocument = {"__meta__":{"hash":"sha256:aca2ba7aa98220e84a55e12eedb9c98ca0ec5d7848bd6129891d9db8c2a7b8e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawPublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectGlobalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosureReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classified"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<WithdrawPublicationMutation, WithdrawPublicationMutationVariables>;
export const PublicDecisionsDocument = {"__meta__":{"hash":"sha256:fbe82b46bfa1defcf96ccbd81f458dd118a5d13328f04c13f52b9032f57252ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problemStatement"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicBodyFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicBodyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PublicDecisionsQuery, PublicDecisionsQueryVariables>;
export const PublicConsultationsDocument = {"__meta__":{"hash":"sha256:d221539b56605c833153ddc9a80f2ce188ff9a4c8225d8602f177946d41faa8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicConsultations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicConsultations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicConsultationsQuery, PublicConsultationsQueryVariables>;
export const PublicTasksDocument = {"__meta__":{"hash":"sha256:c44296ada9b6b712cdd791ebb946c6b763ef6f9443369c57714807b2fc07f0f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicBodyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicBodyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PublicTasksQuery, PublicTasksQueryVariables>;
export const PublicAnnualTaskListDocument = {"__meta__":{"hash":"sha256:b9225b496d5df2df499faca7868fa9e5117b3ae9c3241714cb44cc3edbda40a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicAnnualTaskList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicAnnualTaskList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePostTitle"}}]}}]}}]}}]} as unknown as DocumentNode<PublicAnnualTaskListQuery, PublicAnnualTaskListQueryVariables>;
export const PublicEvaluationsDocument = {"__meta__":{"hash":"sha256:3ea135bc6168c8c9917e6ca8ea4f875340e04b8d872e1bf09162f2b547ef3527"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"systemCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicBodyFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicBodyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<PublicEvaluationsQuery, PublicEvaluationsQueryVariables>;
export const PublicInspectionStatsDocument = {"__meta__":{"hash":"sha256:00a2203f0d145ebf33029e64cbfce39ed781542c4e2f1fd11bc7d4954f19ee14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicInspectionStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicInspectionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}}]} as unknown as DocumentNode<PublicInspectionStatsQuery, PublicInspectionStatsQueryVariables>;
export const PublicSuggestionsDocument = {"__meta__":{"hash":"sha256:569b85773cc79f3d10c398f4602d3036f3dc0d81fe11ad3191ed23aef2ccf81b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answered"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"answered"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answered"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicSuggestionsQuery, PublicSuggestionsQueryVariables>;
export const PublicWithdrawalsDocument = {"__meta__":{"hash":"sha256:adaf924dda44055aefda476563a869af6f69094f0b6841aef994b5a95eda82cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicWithdrawals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicWithdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicWithdrawalsQuery, PublicWithdrawalsQueryVariables>;
export const PublicChangesDocument = {"__meta__":{"hash":"sha256:abeece929c8885110173133b8a9ebcdb84e667b999f800a1c391d08d735d7260"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PublicChangesQuery, PublicChangesQueryVariables>;
export const PublicPilotsDocument = {"__meta__":{"hash":"sha256:89fdd45bf2b5c570c53c72647375163575f9fa639728c5e223806cfc9def28c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicPilots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sponsorCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PilotStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicPilots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sponsorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sponsorCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicBodyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicBodyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicBodyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PublicPilotsQuery, PublicPilotsQueryVariables>;