import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { PercentageScalar } from '../../platform/graphql/scalars';
import { Body } from '../bodies/body.entities';
import { Finding, Inspection, RectificationOrder, SiteVisit } from './supervision.entities';
import { FindingCategory, GroupRole, InspectionMode, InspectionSource, Severity } from './supervision.enums';

export const InspectionConnection = Connection(Inspection);
export const RectificationOrderConnection = Connection(RectificationOrder);

@ObjectType({ description: 'A body in an inspection group.' })
export class InspectionGroupMemberView {
  @Field(() => Body, { description: 'The body.' })
  body: Body;

  @Field(() => GroupRole, { description: 'Its place in the group.' })
  role: GroupRole;
}

@ObjectType({ description: 'Figures of the inspections led inside a body’s subtree in one year. Public: the source asks to raise the on-site share.' })
export class InspectionStats {
  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => Int, { description: 'Inspections.' })
  total: number;

  @Field(() => Int, { description: 'Desk inspections.' })
  desk: number;

  @Field(() => Int, { description: 'On-site inspections.' })
  onSite: number;

  @Field(() => PercentageScalar, { description: 'On-site ÷ total ("0.00" when there are none).' })
  onSiteShare: bigint;

  @Field(() => Int, { description: 'Findings of those inspections.' })
  findings: number;

  @Field(() => Int, { description: 'Rectification orders not yet verified.' })
  ordersOpen: number;

  @Field(() => Int, { description: 'Rectification orders past their deadline and not verified.' })
  ordersOverdue: number;

  @Field(() => Int, { description: 'Rectification orders verified.' })
  ordersVerified: number;

  @Field(() => PercentageScalar, { description: 'Verified by the deadline ÷ verified ("0.00" when none are).' })
  rectifiedOnTimeShare: bigint;
}

@ObjectType({ description: 'One rectification order delivered to the subscriber’s body.' })
export class RectificationDelivery {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to continue right after this delivery.' })
  cursor: string;

  @Field(() => RectificationOrder, { description: 'The order.' })
  order: RectificationOrder;
}

@InputType({ description: 'A new inspection led by the caller’s body.' })
export class PlanInspectionInput {
  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => Int, { description: 'The year it counts for.' })
  year: number;

  @Field(() => InspectionMode, { description: 'Desk or on-site.' })
  mode: InspectionMode;

  @Field(() => InspectionSource, { nullable: true, description: 'Why; default PLAN.' })
  source?: InspectionSource | null;

  @Field(() => [String], { description: 'Codes of the bodies inspected: below the lead only (at most 200).' })
  subjectCodes: string[];

  @Field(() => [ID], { nullable: true, description: 'Objects in scope: tasks, decisions, directives, delegations… visible to the lead (at most 100).' })
  scopeIds?: string[] | null;

  @Field(() => GraphQLDateTime, { description: 'Planned start.' })
  plannedFrom: Date;

  @Field(() => GraphQLDateTime, { description: 'Planned end.' })
  plannedTo: Date;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of planning twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of planInspection.' })
export class PlanInspectionPayload extends MutationPayload {
  @Field(() => Inspection, { nullable: true, description: 'The inspection; null when refused.' })
  inspection?: Inspection | null;
}

@InputType({ description: 'A body joining the joint group.' })
export class AddInspectionGroupMemberInput {
  @Field(() => ID, { description: 'The inspection.' })
  inspectionId: string;

  @Field(() => String, { description: 'Code of the joining body.' })
  bodyCode: string;
}

@ObjectType({ description: 'Result of addInspectionGroupMember.' })
export class AddInspectionGroupMemberPayload extends MutationPayload {
  @Field(() => Inspection, { nullable: true, description: 'The inspection.' })
  inspection?: Inspection | null;
}

@InputType({ description: 'A site visit to one subject.' })
export class RecordSiteVisitInput {
  @Field(() => ID, { description: 'The ON_SITE inspection.' })
  inspectionId: string;

  @Field(() => String, { description: 'Code of the subject visited.' })
  subjectCode: string;

  @Field(() => GraphQLDateTime, { description: 'When (not in the future).' })
  at: Date;

  @Field(() => String, { description: 'Where.' })
  place: string;
}

@ObjectType({ description: 'Result of recordSiteVisit.' })
export class RecordSiteVisitPayload extends MutationPayload {
  @Field(() => SiteVisit, { nullable: true, description: 'The visit.' })
  visit?: SiteVisit | null;
}

@InputType({ description: 'A finding at one subject.' })
export class RecordFindingInput {
  @Field(() => ID, { description: 'The inspection.' })
  inspectionId: string;

  @Field(() => String, { description: 'Code of the subject it concerns.' })
  subjectCode: string;

  @Field(() => Severity, { description: 'How serious.' })
  severity: Severity;

  @Field(() => FindingCategory, { description: 'What kind.' })
  category: FindingCategory;

  @Field(() => String, { description: 'What was found.' })
  description: string;

  @Field(() => [String], { nullable: true, description: 'SHA-256 hashes (hex) of the evidence.' })
  evidenceHashes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The object it is about (a task, decision, directive, delegation…).' })
  aboutId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why no rectification order will follow, when none will.' })
  noOrderReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of recording twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of recordFinding.' })
export class RecordFindingPayload extends MutationPayload {
  @Field(() => Finding, { nullable: true, description: 'The finding.' })
  finding?: Finding | null;
}

@InputType({ description: 'Refers a finding to discipline inspection.' })
export class ReferFindingToDisciplineInput {
  @Field(() => ID, { description: 'The finding.' })
  findingId: string;

  @Field(() => String, { description: 'Code of a discipline-inspection body at or above the subject’s government.' })
  disciplineBodyCode: string;

  @Field(() => String, { description: 'Why.' })
  grounds: string;
}

@ObjectType({ description: 'Result of referFindingToDiscipline.' })
export class ReferFindingToDisciplinePayload extends MutationPayload {
  @Field(() => Finding, { nullable: true, description: 'The finding.' })
  finding?: Finding | null;
}

@InputType({ description: 'Concludes an inspection.' })
export class ConcludeInspectionInput {
  @Field(() => ID, { description: 'The inspection.' })
  inspectionId: string;

  @Field(() => String, { description: 'The conclusion.' })
  conclusion: string;
}

@ObjectType({ description: 'Result of concludeInspection.' })
export class ConcludeInspectionPayload extends MutationPayload {
  @Field(() => Inspection, { nullable: true, description: 'The inspection.' })
  inspection?: Inspection | null;
}

@InputType({ description: 'A rectification order for findings of one subject.' })
export class IssueRectificationOrderInput {
  @Field(() => [ID], { description: 'Findings of one inspection and one subject (the addressee).' })
  findingIds: string[];

  @Field(() => String, { description: 'What must be rectified.' })
  requirements: string;

  @Field(() => GraphQLDateTime, { description: 'Deadline, in the future.' })
  deadline: Date;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of issuing twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of issueRectificationOrder and of the changes to an order.' })
export class RectificationOrderPayload extends MutationPayload {
  @Field(() => RectificationOrder, { nullable: true, description: 'The order; null when refused.' })
  order?: RectificationOrder | null;
}

@ObjectType({ description: 'Result of issueRectificationOrder.' })
export class IssueRectificationOrderPayload extends RectificationOrderPayload {}

@InputType({ description: 'The addressee acknowledges an order.' })
export class AcknowledgeRectificationOrderInput {
  @Field(() => ID, { description: 'The order.' })
  orderId: string;
}

@ObjectType({ description: 'Result of acknowledgeRectificationOrder.' })
export class AcknowledgeRectificationOrderPayload extends RectificationOrderPayload {}

@InputType({ description: 'The addressee’s rectification plan.' })
export class SubmitRectificationPlanInput {
  @Field(() => ID, { description: 'The order.' })
  orderId: string;

  @Field(() => String, { description: 'The plan (measures, responsible persons, milestones).' })
  plan: string;
}

@ObjectType({ description: 'Result of submitRectificationPlan.' })
export class SubmitRectificationPlanPayload extends RectificationOrderPayload {}

@InputType({ description: 'The addressee’s progress or completion report.' })
export class ReportRectificationInput {
  @Field(() => ID, { description: 'The order.' })
  orderId: string;

  @Field(() => String, { description: 'What was done.' })
  content: string;

  @Field(() => [String], { nullable: true, description: 'SHA-256 hashes of the supporting documents.' })
  evidenceHashes?: string[] | null;

  @Field(() => Boolean, { description: 'Completed (the order goes to REPORTED for verification) or a progress report (IN_PROGRESS).' })
  completed: boolean;
}

@ObjectType({ description: 'Result of reportRectification.' })
export class ReportRectificationPayload extends RectificationOrderPayload {}

@InputType({ description: 'The issuer’s verification of a completion report.' })
export class VerifyRectificationInput {
  @Field(() => ID, { description: 'The order.' })
  orderId: string;

  @Field(() => Boolean, { description: 'Accepted, or rejected back to IN_PROGRESS.' })
  accepted: boolean;

  @Field(() => Boolean, { description: 'Verified on site.' })
  onSite: boolean;

  @Field(() => String, { description: 'The issuer’s note.' })
  note: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'With a rejection: the new deadline, in the future.' })
  newDeadline?: Date | null;
}

@ObjectType({ description: 'Result of verifyRectification.' })
export class VerifyRectificationPayload extends RectificationOrderPayload {}
