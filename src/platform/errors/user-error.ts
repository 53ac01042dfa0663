import { Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Every business refusal the hub can answer with. One enum for the whole schema so integrators can
 * switch over it exhaustively; grouped by the domain that raises it.
 */
export enum UserErrorCode {
  // any domain
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  // bodies
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  INVALID_PARENT = 'INVALID_PARENT',
  LEVEL_MISMATCH = 'LEVEL_MISMATCH',
  // powers and delegations
  POWER_NOT_HELD = 'POWER_NOT_HELD',
  GRANTEE_NOT_BELOW = 'GRANTEE_NOT_BELOW',
  FISCAL_ALLOCATION_REQUIRED = 'FISCAL_ALLOCATION_REQUIRED',
  FISCAL_CONSERVATION = 'FISCAL_CONSERVATION',
  QUOTA_CONSERVATION = 'QUOTA_CONSERVATION',
  FISCAL_YEAR_MISMATCH = 'FISCAL_YEAR_MISMATCH',
  INVALID_STATE = 'INVALID_STATE',
  // threads
  PARTICIPANT_OUT_OF_REACH = 'PARTICIPANT_OUT_OF_REACH',
  LEAD_NOT_ALLOWED = 'LEAD_NOT_ALLOWED',
  NOT_PARTICIPANT = 'NOT_PARTICIPANT',
  ALREADY_PARTICIPANT = 'ALREADY_PARTICIPANT',
  NOT_THREAD_LEAD = 'NOT_THREAD_LEAD',
  LEAD_CANNOT_LEAVE = 'LEAD_CANNOT_LEAVE',
  THREAD_CLOSED = 'THREAD_CLOSED',
  NOT_OVERDUE = 'NOT_OVERDUE',
  ESCALATION_LIMIT = 'ESCALATION_LIMIT',
  INVALID_ESCALATION_TARGET = 'INVALID_ESCALATION_TARGET',
  // decisions
  REQUIRED_STAGE_MISSING = 'REQUIRED_STAGE_MISSING',
  STAGE_OUT_OF_ORDER = 'STAGE_OUT_OF_ORDER',
  STAGE_STALE = 'STAGE_STALE',
  LEGALITY_NOT_CLEARED = 'LEGALITY_NOT_CLEARED',
  RISK_NOT_CONTROLLABLE = 'RISK_NOT_CONTROLLABLE',
  CONSULTATION_TOO_SHORT = 'CONSULTATION_TOO_SHORT',
  CONSULTATION_CLOSED = 'CONSULTATION_CLOSED',
  SUBMISSIONS_UNANSWERED = 'SUBMISSIONS_UNANSWERED',
  REASON_REQUIRED = 'REASON_REQUIRED',
  TOO_FEW_EXPERTS = 'TOO_FEW_EXPERTS',
  REVIEWER_NOT_ELIGIBLE = 'REVIEWER_NOT_ELIGIBLE',
  QUORUM_NOT_MET = 'QUORUM_NOT_MET',
  VOTE_COUNTS_MISMATCH = 'VOTE_COUNTS_MISMATCH',
  DECISION_MAKER_NOT_ELIGIBLE = 'DECISION_MAKER_NOT_ELIGIBLE',
  DECISION_IMMUTABLE = 'DECISION_IMMUTABLE',
  LOCAL_REPLIES_MISSING = 'LOCAL_REPLIES_MISSING',
  // tasks
  EXECUTOR_NOT_BELOW = 'EXECUTOR_NOT_BELOW',
  SUBTASK_OUTLIVES_PARENT = 'SUBTASK_OUTLIVES_PARENT',
  EXTENSION_BEYOND_PARENT = 'EXTENSION_BEYOND_PARENT',
  DEADLINE_IN_PAST = 'DEADLINE_IN_PAST',
  CHILDREN_OPEN = 'CHILDREN_OPEN',
  NOT_TASK_ASSIGNER = 'NOT_TASK_ASSIGNER',
  NOT_TASK_EXECUTOR = 'NOT_TASK_EXECUTOR',
  DUPLICATE_REPORT = 'DUPLICATE_REPORT',
  LIST_ITEM_OUT_OF_SCOPE = 'LIST_ITEM_OUT_OF_SCOPE',
  RESPONSIBLE_LEADER_REQUIRED = 'RESPONSIBLE_LEADER_REQUIRED',
  FUND_CONSERVATION = 'FUND_CONSERVATION',
  // supervision
  SUBJECT_OUT_OF_JURISDICTION = 'SUBJECT_OUT_OF_JURISDICTION',
  GROUP_MEMBER_NOT_ELIGIBLE = 'GROUP_MEMBER_NOT_ELIGIBLE',
  JOINT_GROUP_LEAD_INVALID = 'JOINT_GROUP_LEAD_INVALID',
  SITE_VISIT_NOT_ALLOWED = 'SITE_VISIT_NOT_ALLOWED',
  SITE_VISIT_REQUIRED = 'SITE_VISIT_REQUIRED',
  ORDER_DEADLINE_INVALID = 'ORDER_DEADLINE_INVALID',
  NOT_ORDER_ISSUER = 'NOT_ORDER_ISSUER',
  NOT_ORDER_ADDRESSEE = 'NOT_ORDER_ADDRESSEE',
  FINDINGS_UNRESOLVED = 'FINDINGS_UNRESOLVED',
  // fault tolerance
  FACTS_INCOMPLETE = 'FACTS_INCOMPLETE',
  PROHIBITION_ON_RECORD = 'PROHIBITION_ON_RECORD',
  DECIDER_NOT_ELIGIBLE = 'DECIDER_NOT_ELIGIBLE',
  COSIGNATURE_REQUIRED = 'COSIGNATURE_REQUIRED',
  APPEAL_WINDOW_CLOSED = 'APPEAL_WINDOW_CLOSED',
  // evaluation
  WEIGHTS_MUST_SUM_100 = 'WEIGHTS_MUST_SUM_100',
  OBJECTIVE_SHARE_TOO_LOW = 'OBJECTIVE_SHARE_TOO_LOW',
  SELF_VERIFICATION = 'SELF_VERIFICATION',
  MISSING_COMPONENTS = 'MISSING_COMPONENTS',
  EVALUATION_FINAL = 'EVALUATION_FINAL',
  SAMPLE_TOO_SMALL = 'SAMPLE_TOO_SMALL',
  ASSESSOR_NOT_INDEPENDENT = 'ASSESSOR_NOT_INDEPENDENT',
  // transparency
  DISCLOSURE_REVIEW_REQUIRED = 'DISCLOSURE_REVIEW_REQUIRED',
  CANNOT_PUBLISH_CLASSIFIED = 'CANNOT_PUBLISH_CLASSIFIED',
  COMMENT_WINDOW_OPEN = 'COMMENT_WINDOW_OPEN',
  // pilots
  SITE_OUT_OF_JURISDICTION = 'SITE_OUT_OF_JURISDICTION',
  LEGAL_BASIS_REQUIRED = 'LEGAL_BASIS_REQUIRED',
  PILOT_OVERLAP = 'PILOT_OVERLAP',
  EVALUATION_REQUIRED = 'EVALUATION_REQUIRED',
  VERDICT_FORBIDS_SCALE_UP = 'VERDICT_FORBIDS_SCALE_UP',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Machine-readable reason a mutation was refused. The request changed nothing.',
  valuesConfig: {
    VALIDATION_FAILED: { description: 'A value is well-formed but breaks a rule (length, range, format).' },
    NOT_FOUND: { description: 'A referenced object does not exist or is not visible to the caller.' },
    IDEMPOTENCY_KEY_REUSED: { description: 'The idempotency key was already used for a different request.' },
    DUPLICATE_CODE: { description: 'Another object already has this code.' },
    INVALID_PARENT: { description: 'The parent does not fit the hierarchy (wrong level, kind, or a cycle).' },
    LEVEL_MISMATCH: { description: 'The level does not fit the body kind or its parent.' },
    POWER_NOT_HELD: { description: 'The granting body does not hold the power (not defined by it, nor received through an active delegation).' },
    GRANTEE_NOT_BELOW: { description: "The grantee is not at a lower level inside the grantor's jurisdiction (upward, sideways or cross-jurisdiction)." },
    FISCAL_ALLOCATION_REQUIRED: { description: 'A delegation needs a fiscal allocation, or an explicit reason why it needs none.' },
    FISCAL_CONSERVATION: { description: 'The body would re-delegate more money for the power and year than it received.' },
    QUOTA_CONSERVATION: { description: 'The body would re-delegate more of a factor quota than it received, or one it did not receive.' },
    FISCAL_YEAR_MISMATCH: { description: 'A re-delegation must be for the fiscal year of the delegation it comes from.' },
    INVALID_STATE: { description: 'The object is not in a state that allows this change (e.g. signing a revoked delegation).' },
    PARTICIPANT_OUT_OF_REACH: { description: "A thread participant lies outside the jurisdiction of the body opening the thread or inviting it." },
    LEAD_NOT_ALLOWED: { description: 'The caller may not put this body in the lead: it is neither that body nor a government or group whose jurisdiction covers every participant.' },
    NOT_PARTICIPANT: { description: 'The body does not take part in the thread (reading it from above is not taking part).' },
    ALREADY_PARTICIPANT: { description: 'The body already takes part in the thread.' },
    NOT_THREAD_LEAD: { description: 'Only the lead of the thread (or, to reopen it, a coordinating body above the lead) may do this.' },
    LEAD_CANNOT_LEAVE: { description: 'The lead cannot be removed from its thread; escalation is how the lead changes.' },
    THREAD_CLOSED: { description: 'The thread is resolved or closed and therefore read-only.' },
    NOT_OVERDUE: { description: 'Escalation on the OVERDUE ground, but the thread is not past its due date.' },
    ESCALATION_LIMIT: { description: 'The thread is already led by the leading group or the central government: there is nothing above to escalate to.' },
    INVALID_ESCALATION_TARGET: { description: 'The named body cannot take the lead: it must be a leading or special group at or above the lowest common government of all participants.' },
    REQUIRED_STAGE_MISSING: { description: 'A stage the decision’s procedure requires is not COMPLETED on the current draft; the message lists the missing stages.' },
    STAGE_OUT_OF_ORDER: { description: 'The stage cannot happen yet: legality review follows the required consultation, expert and risk stages; a review is recorded only once requested.' },
    STAGE_STALE: { description: 'A stage was completed on an older draft version: it must be done again on the current one.' },
    LEGALITY_NOT_CLEARED: { description: 'Collective deliberation needs a legality review of the current draft concluding LEGAL or LEGAL_WITH_AMENDMENTS.' },
    RISK_NOT_CONTROLLABLE: { description: 'The risk assessment rated the decision HIGH and not controllable: revise the draft and reassess.' },
    CONSULTATION_TOO_SHORT: { description: 'The public comment window is shorter than the procedure’s minimum and no shortened reason is given.' },
    CONSULTATION_CLOSED: { description: 'The public consultation is not open (not yet, or no longer).' },
    SUBMISSIONS_UNANSWERED: { description: 'Some submissions are not moderated, or published ones have no disposition yet.' },
    REASON_REQUIRED: { description: 'A reason is required: NOT_ADOPTED answers, withheld texts, a rating override, a chair concluding against the majority, a progress report lower than the task’s previous one (decreaseReason).' },
    TOO_FEW_EXPERTS: { description: 'Fewer expert opinions (from distinct experts) than the procedure’s minimum.' },
    REVIEWER_NOT_ELIGIBLE: { description: 'The legality reviewer must be a LEGAL_AFFAIRS body of the decision maker’s government or above.' },
    QUORUM_NOT_MET: { description: 'Fewer members present than the procedure’s quorum share.' },
    VOTE_COUNTS_MISMATCH: { description: 'The vote counts do not add up to the members present, or disagree with the individual votes.' },
    DECISION_MAKER_NOT_ELIGIBLE: { description: 'The decision maker must be a government, leading group or special group at or above the drafter’s government.' },
    DECISION_IMMUTABLE: { description: 'The decision is adopted and immutable; change it with reconsiderDecision (再决策).' },
    LOCAL_REPLIES_MISSING: { description: 'Not every consulted government has acknowledged the consultation directive and replied with feedback on it.' },
    EXECUTOR_NOT_BELOW: { description: "The executor or a co-executor lies outside the assigner's jurisdiction: tasks go down the tree (or to the assigner's own departments), never upward or sideways." },
    SUBTASK_OUTLIVES_PARENT: { description: "A subtask cannot end after the task it is decomposed from." },
    EXTENSION_BEYOND_PARENT: { description: "An extended deadline cannot pass the parent task's deadline." },
    DEADLINE_IN_PAST: { description: "The deadline must lie in the future (and after the start)." },
    CHILDREN_OPEN: { description: "Completion can be claimed only when every subtask is VERIFIED or CANCELLED." },
    NOT_TASK_ASSIGNER: { description: "Only the body that assigned the task may do this (verify, decide an extension, cancel, remind)." },
    NOT_TASK_EXECUTOR: { description: "Only the executing body of the task may do this (accept, report, claim completion, request an extension)." },
    DUPLICATE_REPORT: { description: "The task already has a progress report for this period." },
    LIST_ITEM_OUT_OF_SCOPE: { description: "An annual list item must be a task assigned by the list's body or a body in its subtree." },
    RESPONSIBLE_LEADER_REQUIRED: { description: "Each annual list item needs a responsible leader post of the list's body." },
    FUND_CONSERVATION: { description: "The allocations of a reform fund would exceed its amount." },
    SUBJECT_OUT_OF_JURISDICTION: { description: 'An inspection subject lies outside the lead body’s jurisdiction: no inspecting upward or sideways.' },
    GROUP_MEMBER_NOT_ELIGIBLE: { description: 'The body cannot join this joint inspection group (wrong kind, below the lead’s government, a subject, or already a member).' },
    JOINT_GROUP_LEAD_INVALID: { description: 'Only an inspection led by a reform office, leading group or government can have a joint group.' },
    SITE_VISIT_NOT_ALLOWED: { description: 'Site visits belong to ON_SITE inspections only.' },
    SITE_VISIT_REQUIRED: { description: 'An ON_SITE inspection concludes only after at least one site visit per subject.' },
    ORDER_DEADLINE_INVALID: { description: 'A rectification deadline must lie in the future.' },
    NOT_ORDER_ISSUER: { description: 'Only the body that issued the rectification order verifies it.' },
    NOT_ORDER_ADDRESSEE: { description: 'Only the addressee of the rectification order acknowledges, plans and reports on it.' },
    FINDINGS_UNRESOLVED: { description: 'A finding (other than good practice) has neither a rectification order nor a reason for none.' },
    FACTS_INCOMPLETE: { description: 'A distinction of the tolerance case is still UNDETERMINED: no outcome can be derived or decided.' },
    PROHIBITION_ON_RECORD: { description: 'The subject acknowledged a prohibiting directive before the act: "not prohibited" needs a reason why it did not apply.' },
    DECIDER_NOT_ELIGIBLE: { description: 'Only a discipline-inspection or organization department at or above the subject’s government decides, and one account signs once.' },
    COSIGNATURE_REQUIRED: { description: 'A tolerance decision needs one signature of each kind (discipline inspection and organization department) naming the same outcome.' },
    APPEAL_WINDOW_CLOSED: { description: 'The appeal window of the tolerance decision has closed.' },
    WEIGHTS_MUST_SUM_100: { description: 'The weights of an indicator system must sum to exactly 100.00.' },
    OBJECTIVE_SHARE_TOO_LOW: { description: 'The weight of OBJECTIVE indicators is below the system’s minimum objective share.' },
    SELF_VERIFICATION: { description: 'An observation is verified by someone other than its reporter and the observed body.' },
    MISSING_COMPONENTS: { description: 'A weighted component of an evaluation has no verified input.' },
    EVALUATION_FINAL: { description: 'The evaluation is final (or published) and immutable; a correction is a new version.' },
    SAMPLE_TOO_SMALL: { description: 'A satisfaction survey has fewer responses than its indicator’s minimum sample.' },
    ASSESSOR_NOT_INDEPENDENT: { description: 'A third-party assessor must be a THIRD_PARTY body outside the subject’s subtree and outside the commissioning body’s jurisdiction.' },
    DISCLOSURE_REVIEW_REQUIRED: { description: 'An object is published only after its disclosure review (保密审查) is recorded (recordDisclosureReview).' },
    CANNOT_PUBLISH_CLASSIFIED: { description: 'The object is marked classified and can never be published.' },
    COMMENT_WINDOW_OPEN: { description: 'A third-party assessment’s draft is open for comment until `commentsUntil`; it becomes final only after the window ends.' },
    SITE_OUT_OF_JURISDICTION: { description: 'A pilot site lies outside the sponsor’s jurisdiction (every site is strictly inside it).' },
    LEGAL_BASIS_REQUIRED: { description: 'A pilot site’s authorized deviations from the rules need a legal basis (e.g. an NPC authorization).' },
    PILOT_OVERLAP: { description: 'Other pilots in the same field overlap this one’s sites and period; authorizing it needs each of them acknowledged (`acknowledgeOverlapIds`).' },
    EVALUATION_REQUIRED: { description: 'A pilot scales up only after an evaluation recommends it: a verdict citing a FINAL or PUBLISHED evaluation of a site.' },
    VERDICT_FORBIDS_SCALE_UP: { description: 'The pilot’s verdict is EXTEND or STOP: it does not scale up.' },
  },
});

@ObjectType({ description: 'Why a mutation was refused. A refused mutation changes nothing.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code: UserErrorCode;

  @Field(() => String, { description: 'Human-readable explanation, safe to show to the caller.' })
  message: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, e.g. ["input", "code"].' })
  field?: string[] | null;
}

/**
 * Thrown by services for an expected business refusal. The mutation edge catches it, rolls the
 * transaction back and answers with `userErrors`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly field?: string[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toUserError(): UserError {
    return { code: this.code, message: this.message, field: this.field ?? null };
  }
}
