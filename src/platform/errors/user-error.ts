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
  // decisions (shared)
  REASON_REQUIRED = 'REASON_REQUIRED',
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
    REASON_REQUIRED: { description: 'The change departs from what the hub derived (e.g. a tolerance decision against the derived outcome) and needs a reason.' },
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
