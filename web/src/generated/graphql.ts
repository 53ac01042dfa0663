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

/** How urgently recipients should act. */
export type DirectivePriority =
  /** Needs attention within the normal cycle. */
  | 'IMPORTANT'
  /** Ordinary business. */
  | 'ROUTINE'
  /** Act now. */
  | 'URGENT';

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

/** Where an inspection stands. */
export type InspectionStatus =
  /** Concluded: every finding has an order or a reason for none; read-only. */
  | 'CONCLUDED'
  /** Under way: a site visit or finding has been recorded. */
  | 'IN_PROGRESS'
  /** Planned; the group is being formed. */
  | 'PLANNED';

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

/** A message for a thread. Messages cannot be edited or deleted afterwards. */
export type PostThreadMessageInput = {
  /** The text (1 to 10000 characters). */
  content: string;
  /** Repeating a key returns the first result instead of posting twice. */
  idempotencyKey?: string | null | undefined;
  /** Global id of the thread. */
  threadId: string | number;
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

/** How serious a finding is. */
export type Severity =
  /** Critical. */
  | 'CRITICAL'
  /** Minor. */
  | 'MINOR'
  /** Serious. */
  | 'SERIOUS';

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

export type DecisionSummaryFragment = { id: string, reference: string, title: string, status: DecisionStatus, class: DecisionClass, adoptedAt: string | null, updatedAt: string, missingStages: Array<DecisionStageKind>, decisionMaker: { id: string, code: string, name: string, level: Level, kind: BodyKind } };

export type DecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DecisionsQuery = { decisions: { totalCount: number, edges: Array<{ node: { id: string, reference: string, title: string, status: DecisionStatus, class: DecisionClass, adoptedAt: string | null, updatedAt: string, missingStages: Array<DecisionStageKind>, decisionMaker: { id: string, code: string, name: string, level: Level, kind: BodyKind } } }> } };

export type DecisionQueryVariables = Exact<{
  id: string | number;
}>;


export type DecisionQuery = { node:
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
    | { __typename: 'Pilot' }
    | { __typename: 'Post' }
    | { __typename: 'Power' }
    | { __typename: 'ProgressReport' }
    | { __typename: 'PublicSubmission' }
    | { __typename: 'Receipt' }
    | { __typename: 'RectificationOrder' }
    | { __typename: 'ReformDecision', problemStatement: string, id: string, reference: string, title: string, status: DecisionStatus, class: DecisionClass, adoptedAt: string | null, updatedAt: string, missingStages: Array<DecisionStageKind>, currentVersion: { number: number, contentHash: string }, drafter: { id: string, code: string, name: string, level: Level, kind: BodyKind }, stages: Array<
        | { kind: DecisionStageKind, status: StageStatus, openedAt: string | null, completedAt: string | null, boundVersion: number | null, completedBy: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null }
        | { kind: DecisionStageKind, status: StageStatus, openedAt: string | null, completedAt: string | null, boundVersion: number | null, completedBy: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null }
        | { kind: DecisionStageKind, status: StageStatus, openedAt: string | null, completedAt: string | null, boundVersion: number | null, completedBy: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null }
        | { kind: DecisionStageKind, status: StageStatus, openedAt: string | null, completedAt: string | null, boundVersion: number | null, completedBy: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null }
        | { kind: DecisionStageKind, status: StageStatus, openedAt: string | null, completedAt: string | null, boundVersion: number | null, completedBy: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null }
        | { kind: DecisionStageKind, status: StageStatus, openedAt: string | null, completedAt: string | null, boundVersion: number | null, completedBy: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null }
      >, directives: { edges: Array<{ node: { id: string, title: string, version: number, issuedAt: string, issuer: { id: string, code: string, name: string, level: Level, kind: BodyKind } } }> }, decisionMaker: { id: string, code: string, name: string, level: Level, kind: BodyKind } }
    | { __typename: 'ReformFund' }
    | { __typename: 'ReformTask' }
    | { __typename: 'ReplicableExperience' }
    | { __typename: 'Suggestion' }
    | { __typename: 'ThreadEvent' }
    | { __typename: 'ThreadMessage' }
    | { __typename: 'ThreadResource' }
    | { __typename: 'ToleranceCase' }
   | null };

export type DecisionActivitySubscriptionVariables = Exact<{
  decisionId: string | number;
}>;


export type DecisionActivitySubscription = { decisionActivity: { cursor: string, kind: ReformEventKind, stage: DecisionStageKind | null, stageStatus: StageStatus | null } };

export type InboxReceiptFragment = { id: string, deliveredAt: string | null, readAt: string | null, acknowledgedAt: string | null, directive: { id: string, title: string, content: string, priority: DirectivePriority, version: number, requiresAcknowledgement: boolean, acknowledgeBy: string | null, issuedAt: string, issuer: { id: string, code: string, name: string, level: Level, kind: BodyKind } } };

export type InboxQueryVariables = Exact<{
  code: string;
}>;


export type InboxQuery = { body: { id: string, directiveInbox: { totalCount: number, edges: Array<{ node: { id: string, deliveredAt: string | null, readAt: string | null, acknowledgedAt: string | null, directive: { id: string, title: string, content: string, priority: DirectivePriority, version: number, requiresAcknowledgement: boolean, acknowledgeBy: string | null, issuedAt: string, issuer: { id: string, code: string, name: string, level: Level, kind: BodyKind } } } }> } } | null };

export type DirectiveIssuedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DirectiveIssuedSubscription = { directiveIssued: { cursor: string, receipt: { id: string, deliveredAt: string | null, readAt: string | null, acknowledgedAt: string | null, directive: { id: string, title: string, content: string, priority: DirectivePriority, version: number, requiresAcknowledgement: boolean, acknowledgeBy: string | null, issuedAt: string, issuer: { id: string, code: string, name: string, level: Level, kind: BodyKind } } } } };

export type MarkDirectiveReadMutationVariables = Exact<{
  input: MarkDirectiveReadInput;
}>;


export type MarkDirectiveReadMutation = { markDirectiveRead: { receipt: { id: string, readAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AcknowledgeDirectiveMutationVariables = Exact<{
  input: AcknowledgeDirectiveInput;
}>;


export type AcknowledgeDirectiveMutation = { acknowledgeDirective: { receipt: { id: string, readAt: string | null, acknowledgedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback: { feedback: { id: string, kind: FeedbackKind, content: string, submittedAt: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubtreeQueryVariables = Exact<{
  under: string;
  level?: Level | null | undefined;
  kind?: BodyKind | null | undefined;
}>;


export type SubtreeQuery = { bodies: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string, level: Level, kind: BodyKind, parent: { id: string, code: string } | null } }> } };

export type IssuedDirectiveFragment = { id: string, title: string, version: number, issuedAt: string, requiresAcknowledgement: boolean, acknowledgeBy: string | null, public: boolean, acknowledgementSummary: { total: number, acknowledged: number, overdue: number } };

export type IssuedDirectivesQueryVariables = Exact<{
  code: string;
}>;


export type IssuedDirectivesQuery = { body: { id: string, directivesIssued: { totalCount: number, edges: Array<{ node: { id: string, title: string, version: number, issuedAt: string, requiresAcknowledgement: boolean, acknowledgeBy: string | null, public: boolean, acknowledgementSummary: { total: number, acknowledged: number, overdue: number } } }> } } | null };

export type IssueDirectiveMutationVariables = Exact<{
  input: IssueDirectiveInput;
}>;


export type IssueDirectiveMutation = { issueDirective: { directive: { id: string, title: string, version: number, issuedAt: string, requiresAcknowledgement: boolean, acknowledgeBy: string | null, public: boolean, acknowledgementSummary: { total: number, acknowledged: number, overdue: number } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PublicDirectivesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicDirectivesQuery = { publicDirectives: { totalCount: number, edges: Array<{ node: { id: string, title: string, content: string, priority: DirectivePriority, version: number, issuedAt: string, issuer: { id: string, code: string, name: string, level: Level, kind: BodyKind } } }> } };

export type IssuerEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type IssuerEventsSubscription = { reformEvents: { cursor: string, kind: ReformEventKind, subject:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string, acknowledgementSummary: { total: number, acknowledged: number, overdue: number } }
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
      | { readAt: string | null, acknowledgedAt: string | null, id: string, directive: { id: string, acknowledgementSummary: { total: number, acknowledged: number, overdue: number } } }
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
     } };

export type EvaluationsQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type EvaluationsQuery = { body: { id: string, children: { edges: Array<{ node: { id: string, code: string, name: string, performance: Array<{ id: string, period: string, total: string, rank: number | null, status: EvaluationStatus, inputsHash: string, version: number, system: { id: string, code: string }, components: Array<{ weight: string, value: string, score: string, contribution: string, indicator: { id: string, code: string, title: string, unit: string } }> }> } }> } } | null };

export type FeedbackItemFragment = { id: string, kind: FeedbackKind, content: string, submittedAt: string, response: string | null, respondedAt: string | null, resolution: FeedbackResolution | null, sender: { id: string, code: string, name: string, level: Level, kind: BodyKind }, directive: { id: string, title: string, content: string, version: number, issuer: { id: string, code: string } } | null };

export type FeedbackInboxQueryVariables = Exact<{
  code: string;
}>;


export type FeedbackInboxQuery = { body: { id: string, feedbackInbox: { totalCount: number, edges: Array<{ node: { id: string, kind: FeedbackKind, content: string, submittedAt: string, response: string | null, respondedAt: string | null, resolution: FeedbackResolution | null, sender: { id: string, code: string, name: string, level: Level, kind: BodyKind }, directive: { id: string, title: string, content: string, version: number, issuer: { id: string, code: string } } | null } }> } } | null };

export type FeedbackReceivedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FeedbackReceivedSubscription = { feedbackReceived: { cursor: string, feedback: { id: string, kind: FeedbackKind, content: string, submittedAt: string, response: string | null, respondedAt: string | null, resolution: FeedbackResolution | null, sender: { id: string, code: string, name: string, level: Level, kind: BodyKind }, directive: { id: string, title: string, content: string, version: number, issuer: { id: string, code: string } } | null } } };

export type RespondToFeedbackMutationVariables = Exact<{
  input: RespondToFeedbackInput;
}>;


export type RespondToFeedbackMutation = { respondToFeedback: { feedback: { id: string, response: string | null, respondedAt: string | null, resolution: FeedbackResolution | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReviseDirectiveMutationVariables = Exact<{
  input: ReviseDirectiveInput;
}>;


export type ReviseDirectiveMutation = { reviseDirective: { directive: { id: string, title: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PilotsViewQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PilotsViewQuery = { pilots: { totalCount: number, edges: Array<{ node: { id: string, code: string, title: string, field: string, hypothesis: string, status: PilotStatus, startsAt: string, endsAt: string, verdict: PilotVerdict | null, verdictReason: string | null, sponsor: { id: string, name: string }, sites: Array<{ scope: string, authorizedDeviations: Array<string>, legalBasisForDeviation: string | null, body: { id: string, name: string } }>, successCriteria: Array<{ id: string, title: string }>, evaluation: { id: string, total: string, body: { name: string } } | null, experiences: Array<{ id: string, title: string, description: string }>, scaledUpAs: { id: string, title: string } | null, progressReports: Array<{ id: string }> } }> } };

export type PortalQueryVariables = Exact<{
  bodyCode: string;
  year: number;
}>;


export type PortalQuery = { publicDecisions: { edges: Array<{ node: { id: string, title: string, status: DecisionStatus, publishedAt: string, decisionMaker: { name: string } } }> }, publicTasks: { totalCount: number, edges: Array<{ node: { id: string, code: string, title: string, deadline: string, progress: string, status: TaskStatus, overdue: boolean, executor: { name: string } } }> }, publicEvaluations: { edges: Array<{ node: { id: string, systemCode: string, total: string, rank: number | null, body: { code: string, name: string } } }> }, publicWithdrawals: { edges: Array<{ node: { id: string, title: string, reason: string, withdrawnAt: string, body: { name: string } } }> } };

export type DelegationRowFragment = { id: string, status: DelegationStatus, coverage: number | null, fiscalYear: number, scope: string | null, estimatedCost: string | null, signedAt: string | null, revokedAt: string | null, power: { id: string, code: string, title: string }, grantor: { id: string, code: string, name: string, level: Level, kind: BodyKind }, grantee: { id: string, code: string, name: string, level: Level, kind: BodyKind }, fiscalAllocation: { amount: string, currency: string, source: string | null, fiscalYear: number } | null };

export type PowersQueryVariables = Exact<{
  code: string;
  fiscalYear: number;
}>;


export type PowersQuery = { body: { id: string, fiscalCoverage: { fiscalYear: number, allocated: string, estimatedCost: string, redelegated: string, coverage: number | null, delegations: number, unfunded: number }, delegationsReceived: { totalCount: number, edges: Array<{ node: { id: string, status: DelegationStatus, coverage: number | null, fiscalYear: number, scope: string | null, estimatedCost: string | null, signedAt: string | null, revokedAt: string | null, power: { id: string, code: string, title: string }, grantor: { id: string, code: string, name: string, level: Level, kind: BodyKind }, grantee: { id: string, code: string, name: string, level: Level, kind: BodyKind }, fiscalAllocation: { amount: string, currency: string, source: string | null, fiscalYear: number } | null } }> }, delegationsGranted: { totalCount: number, edges: Array<{ node: { id: string, status: DelegationStatus, coverage: number | null, fiscalYear: number, scope: string | null, estimatedCost: string | null, signedAt: string | null, revokedAt: string | null, power: { id: string, code: string, title: string }, grantor: { id: string, code: string, name: string, level: Level, kind: BodyKind }, grantee: { id: string, code: string, name: string, level: Level, kind: BodyKind }, fiscalAllocation: { amount: string, currency: string, source: string | null, fiscalYear: number } | null } }> } } | null };

export type UnfundedMandatesQueryVariables = Exact<{
  under: string;
  fiscalYear: number;
}>;


export type UnfundedMandatesQuery = { unfundedMandates: { totalCount: number, edges: Array<{ node: { id: string, coverage: number | null, estimatedCost: string | null, fiscalAllocation: { amount: string } | null, power: { id: string, code: string, title: string }, grantee: { id: string, code: string, name: string, level: Level, kind: BodyKind } } }> } };

export type SignDelegationMutationVariables = Exact<{
  input: SignDelegationInput;
}>;


export type SignDelegationMutation = { signDelegation: { delegation: { id: string, status: DelegationStatus, coverage: number | null, fiscalYear: number, scope: string | null, estimatedCost: string | null, signedAt: string | null, revokedAt: string | null, power: { id: string, code: string, title: string }, grantor: { id: string, code: string, name: string, level: Level, kind: BodyKind }, grantee: { id: string, code: string, name: string, level: Level, kind: BodyKind }, fiscalAllocation: { amount: string, currency: string, source: string | null, fiscalYear: number } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RevokeDelegationMutationVariables = Exact<{
  input: RevokeDelegationInput;
}>;


export type RevokeDelegationMutation = { revokeDelegation: { returnedAmount: string | null, delegation: { id: string, status: DelegationStatus, coverage: number | null, fiscalYear: number, scope: string | null, estimatedCost: string | null, signedAt: string | null, revokedAt: string | null, power: { id: string, code: string, title: string }, grantor: { id: string, code: string, name: string, level: Level, kind: BodyKind }, grantee: { id: string, code: string, name: string, level: Level, kind: BodyKind }, fiscalAllocation: { amount: string, currency: string, source: string | null, fiscalYear: number } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type BodyRefFragment = { id: string, code: string, name: string, level: Level, kind: BodyKind };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { accountId: string, roles: Array<Role>, body: { id: string, code: string, name: string, level: Level, kind: BodyKind } } | null };

export type DemoBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoBodiesQuery = { centre: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null, leadingGroup: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null, zhejiang: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null, zhejiangFinance: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null, hangzhou: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null, ningbo: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null, jiangsu: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null, nanjing: { id: string, code: string, name: string, level: Level, kind: BodyKind } | null };

export type OrderItemFragment = { id: string, requirements: string, status: RectificationStatus, deadline: string, overdue: boolean, issuedAt: string, escalatedAt: string | null, addressee: { id: string, code: string, name: string, level: Level, kind: BodyKind }, issuer: { id: string, code: string, name: string, level: Level, kind: BodyKind } };

export type SupervisionQueryVariables = Exact<{
  code: string;
}>;


export type SupervisionQuery = { body: { id: string, inspectionsLed: { edges: Array<{ node: { id: string, code: string, title: string, status: InspectionStatus, plannedFrom: string, plannedTo: string, conclusion: string | null, subjects: Array<{ id: string, code: string, name: string, level: Level, kind: BodyKind }>, findings: Array<{ id: string, category: FindingCategory, severity: Severity, description: string, subject: { id: string, code: string, name: string, level: Level, kind: BodyKind }, orders: Array<{ id: string, requirements: string, status: RectificationStatus, deadline: string, overdue: boolean, issuedAt: string, escalatedAt: string | null, addressee: { id: string, code: string, name: string, level: Level, kind: BodyKind }, issuer: { id: string, code: string, name: string, level: Level, kind: BodyKind } }> }> } }> }, rectificationOrdersReceived: { edges: Array<{ node: { id: string, requirements: string, status: RectificationStatus, deadline: string, overdue: boolean, issuedAt: string, escalatedAt: string | null, inspection: { id: string, title: string }, addressee: { id: string, code: string, name: string, level: Level, kind: BodyKind }, issuer: { id: string, code: string, name: string, level: Level, kind: BodyKind } } }> } } | null };

export type RectificationOrderReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RectificationOrderReceivedSubscription = { rectificationOrderReceived: { cursor: string, order: { id: string, requirements: string, status: RectificationStatus, deadline: string, overdue: boolean, issuedAt: string, escalatedAt: string | null, addressee: { id: string, code: string, name: string, level: Level, kind: BodyKind }, issuer: { id: string, code: string, name: string, level: Level, kind: BodyKind } } } };

export type TaskItemFragment = { id: string, code: string, title: string, status: TaskStatus, progress: string, overdue: boolean, daysOverdue: number | null, deadline: string, depth: number, executor: { id: string, code: string, name: string, level: Level, kind: BodyKind }, parent: { id: string } | null };

export type TasksQueryVariables = Exact<{
  under: string;
  year: number;
}>;


export type TasksQuery = { tasks: { totalCount: number, edges: Array<{ node: { id: string, code: string, title: string, status: TaskStatus, progress: string, overdue: boolean, daysOverdue: number | null, deadline: string, depth: number, executor: { id: string, code: string, name: string, level: Level, kind: BodyKind }, parent: { id: string } | null } }> }, taskRollup: { year: number, total: number, overdue: number, averageProgress: string, averageVerifiedProgress: string, byStatus: Array<{ status: TaskStatus, count: number }> } };

export type TaskActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TaskActivitySubscription = { taskActivity: { cursor: string, kind: ReformEventKind, task: { id: string, code: string, title: string, status: TaskStatus, progress: string, overdue: boolean, daysOverdue: number | null, deadline: string, depth: number, executor: { id: string, code: string, name: string, level: Level, kind: BodyKind }, parent: { id: string } | null } } };

export type ThreadSummaryFragment = { id: string, subject: string, status: ThreadStatus, dueAt: string, overdue: boolean, updatedAt: string, resolution: string | null, lead: { id: string, code: string, name: string, level: Level, kind: BodyKind } };

export type ThreadsQueryVariables = Exact<{
  code: string;
}>;


export type ThreadsQuery = { body: { id: string, threads: { totalCount: number, edges: Array<{ node: { id: string, subject: string, status: ThreadStatus, dueAt: string, overdue: boolean, updatedAt: string, resolution: string | null, lead: { id: string, code: string, name: string, level: Level, kind: BodyKind } } }> } } | null };

export type ThreadMessageItemFragment = { id: string, content: string, postedAt: string, author: { id: string, code: string, name: string, level: Level, kind: BodyKind } };

export type ThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadQuery = { node:
    | { __typename: 'AnnualTaskList' }
    | { __typename: 'Body' }
    | { __typename: 'CoordinationThread', description: string | null, id: string, subject: string, status: ThreadStatus, dueAt: string, overdue: boolean, updatedAt: string, resolution: string | null, participants: Array<{ id: string, code: string, name: string, level: Level, kind: BodyKind }>, messages: { edges: Array<{ node: { id: string, content: string, postedAt: string, author: { id: string, code: string, name: string, level: Level, kind: BodyKind } } }> }, lead: { id: string, code: string, name: string, level: Level, kind: BodyKind } }
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
    | { __typename: 'Pilot' }
    | { __typename: 'Post' }
    | { __typename: 'Power' }
    | { __typename: 'ProgressReport' }
    | { __typename: 'PublicSubmission' }
    | { __typename: 'Receipt' }
    | { __typename: 'RectificationOrder' }
    | { __typename: 'ReformDecision' }
    | { __typename: 'ReformFund' }
    | { __typename: 'ReformTask' }
    | { __typename: 'ReplicableExperience' }
    | { __typename: 'Suggestion' }
    | { __typename: 'ThreadEvent' }
    | { __typename: 'ThreadMessage' }
    | { __typename: 'ThreadResource' }
    | { __typename: 'ToleranceCase' }
   | null };

export type ThreadActivitySubscriptionVariables = Exact<{
  threadId: string | number;
}>;


export type ThreadActivitySubscription = { threadActivity: { id: string, kind: ThreadEventKind, occurredAt: string, note: string | null, message: { id: string, content: string, postedAt: string, author: { id: string, code: string, name: string, level: Level, kind: BodyKind } } | null, thread: { id: string, subject: string, status: ThreadStatus, dueAt: string, overdue: boolean, updatedAt: string, resolution: string | null, participants: Array<{ id: string, code: string, name: string, level: Level, kind: BodyKind }>, lead: { id: string, code: string, name: string, level: Level, kind: BodyKind } } } };

export type PostThreadMessageMutationVariables = Exact<{
  input: PostThreadMessageInput;
}>;


export type PostThreadMessageMutation = { postThreadMessage: { message: { id: string, content: string, postedAt: string, author: { id: string, code: string, name: string, level: Level, kind: BodyKind } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type EscalateThreadMutationVariables = Exact<{
  input: EscalateThreadInput;
}>;


export type EscalateThreadMutation = { escalateThread: { thread: { id: string, subject: string, status: ThreadStatus, dueAt: string, overdue: boolean, updatedAt: string, resolution: string | null, lead: { id: string, code: string, name: string, level: Level, kind: BodyKind } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ResolveThreadMutationVariables = Exact<{
  input: ResolveThreadInput;
}>;


export type ResolveThreadMutation = { resolveThread: { thread: { id: string, subject: string, status: ThreadStatus, dueAt: string, overdue: boolean, updatedAt: string, resolution: string | null, lead: { id: string, code: string, name: string, level: Level, kind: BodyKind } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export const BodyRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<BodyRefFragment, unknown>;
export const DecisionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<DecisionSummaryFragment, unknown>;
export const InboxReceiptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxReceipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Receipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<InboxReceiptFragment, unknown>;
export const IssuedDirectiveFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedDirective"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<IssuedDirectiveFragment, unknown>;
export const FeedbackItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<FeedbackItemFragment, unknown>;
export const DelegationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<DelegationRowFragment, unknown>;
export const OrderItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<OrderItemFragment, unknown>;
export const TaskItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<TaskItemFragment, unknown>;
export const ThreadSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ThreadSummaryFragment, unknown>;
export const ThreadMessageItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ThreadMessageItemFragment, unknown>;
export const DecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]} as unknown as DocumentNode<DecisionsQuery, DecisionsQueryVariables>;
export const DecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Decision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"problemStatement"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"boundVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingStages"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]} as unknown as DocumentNode<DecisionQuery, DecisionQueryVariables>;
export const DecisionActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DecisionActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageStatus"}}]}}]}}]} as unknown as DocumentNode<DecisionActivitySubscription, DecisionActivitySubscriptionVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"directiveInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxReceipt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxReceipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Receipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const DirectiveIssuedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DirectiveIssued"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directiveIssued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxReceipt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxReceipt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Receipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]}}]} as unknown as DocumentNode<DirectiveIssuedSubscription, DirectiveIssuedSubscriptionVariables>;
export const MarkDirectiveReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkDirectiveRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkDirectiveReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDirectiveRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MarkDirectiveReadMutation, MarkDirectiveReadMutationVariables>;
export const AcknowledgeDirectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeDirectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeDirectiveMutation, AcknowledgeDirectiveMutationVariables>;
export const SubmitFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const SubtreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Subtree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BodyKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<SubtreeQuery, SubtreeQueryVariables>;
export const IssuedDirectivesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuedDirectives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"directivesIssued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedDirective"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedDirective"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<IssuedDirectivesQuery, IssuedDirectivesQueryVariables>;
export const IssueDirectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueDirectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedDirective"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedDirective"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<IssueDirectiveMutation, IssueDirectiveMutationVariables>;
export const PublicDirectivesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDirectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDirectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<PublicDirectivesQuery, PublicDirectivesQueryVariables>;
export const IssuerEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IssuerEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DIRECTIVE_ACKNOWLEDGED"},{"kind":"EnumValue","value":"RECEIPT_READ"},{"kind":"EnumValue","value":"DIRECTIVE_ACKNOWLEDGEMENT_OVERDUE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Receipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgementSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssuerEventsSubscription, IssuerEventsSubscriptionVariables>;
export const EvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"GOVERNMENT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationsQuery, EvaluationsQueryVariables>;
export const FeedbackInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItem"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackInboxQuery, FeedbackInboxQueryVariables>;
export const FeedbackReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FeedbackReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackReceivedSubscription, FeedbackReceivedSubscriptionVariables>;
export const RespondToFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToFeedbackMutation, RespondToFeedbackMutationVariables>;
export const ReviseDirectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseDirectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReviseDirectiveMutation, ReviseDirectiveMutationVariables>;
export const PilotsViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PilotsView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"hypothesis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDeviations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisForDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaledUpAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PilotsViewQuery, PilotsViewQueryVariables>;
export const PortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Portal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"MUNICIPAL"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"systemCode"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicWithdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalQuery, PortalQueryVariables>;
export const PowersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Powers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"redelegated"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"delegations"}},{"kind":"Field","name":{"kind":"Name","value":"unfunded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegationsReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegationsGranted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationRow"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}}]}}]} as unknown as DocumentNode<PowersQuery, PowersQueryVariables>;
export const UnfundedMandatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnfundedMandates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfundedMandates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<UnfundedMandatesQuery, UnfundedMandatesQueryVariables>;
export const SignDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}}]}}]} as unknown as DocumentNode<SignDelegationMutation, SignDelegationMutationVariables>;
export const RevokeDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}}]}}]} as unknown as DocumentNode<RevokeDelegationMutation, RevokeDelegationMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const DemoBodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"centre"},"name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"CN","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"leadingGroup"},"name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"CN-REFORM","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"zhejiang"},"name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"330000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"zhejiangFinance"},"name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"330000-FIN","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hangzhou"},"name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"330100","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ningbo"},"name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"330200","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"jiangsu"},"name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"320000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nanjing"},"name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"320100","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<DemoBodiesQuery, DemoBodiesQueryVariables>;
export const SupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Supervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionsLed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"plannedTo"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderItem"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectificationOrdersReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderItem"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]} as unknown as DocumentNode<SupervisionQuery, SupervisionQueryVariables>;
export const RectificationOrderReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RectificationOrderReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrderReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]} as unknown as DocumentNode<RectificationOrderReceivedSubscription, RectificationOrderReceivedSubscriptionVariables>;
export const TasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskItem"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"averageVerifiedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const TaskActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"executor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskActivitySubscription, TaskActivitySubscriptionVariables>;
export const ThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Threads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadSummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]} as unknown as DocumentNode<ThreadsQuery, ThreadsQueryVariables>;
export const ThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Thread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadMessageItem"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]} as unknown as DocumentNode<ThreadQuery, ThreadQueryVariables>;
export const ThreadActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ThreadActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadMessageItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadSummary"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]} as unknown as DocumentNode<ThreadActivitySubscription, ThreadActivitySubscriptionVariables>;
export const PostThreadMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostThreadMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostThreadMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postThreadMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadMessageItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]} as unknown as DocumentNode<PostThreadMessageMutation, PostThreadMessageMutationVariables>;
export const EscalateThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]} as unknown as DocumentNode<EscalateThreadMutation, EscalateThreadMutationVariables>;
export const ResolveThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyRef"}}]}}]}}]} as unknown as DocumentNode<ResolveThreadMutation, ResolveThreadMutationVariables>;