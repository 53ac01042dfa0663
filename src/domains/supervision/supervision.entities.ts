import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { NodeEntity, RowEntity } from '../../platform/graphql/node-entity';
import { Body } from '../bodies/body.entities';
import { FindingCategory, GroupRole, InspectionMode, InspectionSource, InspectionStatus, RectificationStatus, Severity } from './supervision.enums';

/** A desk or on-site inspection (督察) by a lead body, alone or with a joint group. */
@Entity('inspection')
@Index('IDX_inspection_lead_year', ['leadId', 'year', 'rowId'])
@ObjectType('Inspection', { description: 'A desk or on-site inspection (督察) by a lead body, alone or with a joint group, of bodies inside its jurisdiction.' })
export class Inspection extends NodeEntity {
  static readonly typename = 'Inspection';

  @Index('UQ_inspection_code', { unique: true })
  @Column({ name: 'code', type: 'varchar', length: 40 })
  @Field(() => String, { description: 'Inspection number, `INS-<year>-<8 characters>`.' })
  code: string;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Title.' })
  title: string;

  @Column({ name: 'year', type: 'integer' })
  @Field(() => Int, { description: 'The year it counts for in `inspectionStats`.' })
  year: number;

  @Column({ name: 'mode', type: 'varchar', length: 16 })
  @Field(() => InspectionMode, { description: 'Desk or on-site.' })
  mode: InspectionMode;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  @Field(() => InspectionStatus, { description: 'Where it stands.' })
  status: InspectionStatus;

  @Column({ name: 'source', type: 'varchar', length: 16 })
  @Field(() => InspectionSource, { description: 'Why it takes place.' })
  source: InspectionSource;

  @Column({ name: 'lead_id', type: 'varchar', length: 36 })
  leadId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_id' })
  leadRef?: Body;

  @Column({ name: 'planned_from', type: Date })
  @Field(() => GraphQLDateTime, { description: 'Planned start.' })
  plannedFrom: Date;

  @Column({ name: 'planned_to', type: Date })
  @Field(() => GraphQLDateTime, { description: 'Planned end.' })
  plannedTo: Date;

  @Column({ name: 'planned_by', type: 'varchar', length: 200 })
  plannedBy: string;

  @Column({ name: 'created_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was planned.' })
  createdAt: Date;

  @Column({ name: 'concluded_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was concluded.' })
  concludedAt: Date | null;

  @Column({ name: 'conclusion', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The lead’s conclusion (internal; not a public summary).' })
  conclusion: string | null;
}

/** The key of a row that ties an inspection to a body: a subject or a group member. Not an entity itself. */
abstract class InspectionBodyLink {
  @PrimaryColumn({ name: 'inspection_id', type: 'varchar', length: 36 })
  inspectionId: string;

  @PrimaryColumn({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspection_id' })
  inspectionRef?: Inspection;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;
}

/** A body inspected. */
@Entity('inspection_subject')
@Index('IDX_inspection_subject_body', ['bodyId'])
export class InspectionSubject extends InspectionBodyLink {}

/** A member of the joint group (the lead is not stored here). */
@Entity('inspection_group_member')
@Index('IDX_inspection_member_body', ['bodyId'])
export class InspectionGroupMember extends InspectionBodyLink {
  @Column({ name: 'added_at', type: Date })
  addedAt: Date;

  @Column({ name: 'added_by', type: 'varchar', length: 200 })
  addedBy: string;
}

/** An object in the inspection's scope (a task, decision, directive, delegation…), by global id. */
@Entity('inspection_scope')
// Reverse lookups of the trace (src/domains/trace/trace.edges.ts).
@Index('IDX_inspection_scope_object', ['objectId'])
export class InspectionScope {
  @PrimaryColumn({ name: 'inspection_id', type: 'varchar', length: 36 })
  inspectionId: string;

  @PrimaryColumn({ name: 'object_id', type: 'varchar', length: 200 })
  objectId: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspection_id' })
  inspectionRef?: Inspection;
}

/** A visit of the group to one subject (ON_SITE only). */
@Entity('site_visit')
@Index('IDX_site_visit_inspection', ['inspectionId', 'at'])
@ObjectType('SiteVisit', { description: 'A visit of the inspection group to one subject (一线督察).' })
export class SiteVisit extends RowEntity {
  @Column({ name: 'inspection_id', type: 'varchar', length: 36 })
  inspectionId: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspection_id' })
  inspectionRef?: Inspection;

  @Column({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;

  @Column({ name: 'at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the visit took place.' })
  at: Date;

  @Column({ name: 'place', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Where (site, unit, address).' })
  place: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy: string;
}

/** What the inspection found at one subject. */
@Entity('finding')
// Reverse lookups of the trace (src/domains/trace/trace.edges.ts).
@Index('IDX_finding_about', ['aboutId'])
@Index('IDX_finding_inspection', ['inspectionId', 'rowId'])
@Index('IDX_finding_subject', ['subjectId'])
@ObjectType('Finding', { description: 'What an inspection found at one subject: a problem to rectify, or a good practice.' })
export class Finding extends NodeEntity {
  static readonly typename = 'Finding';

  @Column({ name: 'inspection_id', type: 'varchar', length: 36 })
  inspectionId: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspection_id' })
  inspectionRef?: Inspection;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_id' })
  subjectRef?: Body;

  @Column({ name: 'severity', type: 'varchar', length: 16 })
  @Field(() => Severity, { description: 'How serious.' })
  severity: Severity;

  @Column({ name: 'category', type: 'varchar', length: 32 })
  @Field(() => FindingCategory, { description: 'What kind.' })
  category: FindingCategory;

  @Column({ name: 'description', type: 'text' })
  @Field(() => String, { description: 'What was found.' })
  description: string;

  @Column({ name: 'evidence_hashes', type: 'simple-json' })
  @Field(() => [String], { description: 'SHA-256 hashes (hex) of the evidence files, which stay with the inspectors.' })
  evidenceHashes: string[];

  /** Global id of the object the finding is about, if any. */
  @Column({ name: 'about_id', type: 'varchar', length: 200, nullable: true })
  aboutId: string | null;

  @Column({ name: 'no_order_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why no rectification order follows (a finding other than good practice needs an order or this).' })
  noOrderReason: string | null;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  recordedAt: Date;
}

/** A finding referred to discipline inspection (移送纪检监察). Never public. */
@Entity('discipline_referral')
@ObjectType('DisciplineReferral', { description: 'A finding referred to discipline inspection. Visible only to discipline-inspection and organization departments at or above the subject’s government and the subject body’s LEADs.' })
export class DisciplineReferral {
  @PrimaryColumn({ name: 'finding_id', type: 'varchar', length: 36 })
  findingId: string;

  @ManyToOne(() => Finding, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id' })
  findingRef?: Finding;

  @Column({ name: 'to_body_id', type: 'varchar', length: 36 })
  toBodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_body_id' })
  toBodyRef?: Body;

  @Column({ name: 'grounds', type: 'text' })
  @Field(() => String, { description: 'Why it was referred.' })
  grounds: string;

  @Column({ name: 'referred_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When.' })
  referredAt: Date;

  @Column({ name: 'referred_by', type: 'varchar', length: 200 })
  referredBy: string;
}

/** A rectification order (整改通知) to the subject of its findings, with a deadline. */
@Entity('rectification_order')
@Unique('UQ_rectification_addressee_seq', ['addresseeId', 'seq'])
@Index('IDX_rectification_inspection', ['inspectionId'])
@Index('IDX_rectification_issuer', ['issuerId', 'rowId'])
@ObjectType('RectificationOrder', { description: 'A rectification order (整改通知) to the subject of its findings: deadline, plan, reports, verification by the issuer, escalation when overdue.' })
export class RectificationOrder extends NodeEntity {
  static readonly typename = 'RectificationOrder';

  @Column({ name: 'inspection_id', type: 'varchar', length: 36 })
  inspectionId: string;

  @ManyToOne(() => Inspection, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspection_id' })
  inspectionRef?: Inspection;

  @Column({ name: 'issuer_id', type: 'varchar', length: 36 })
  issuerId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_id' })
  issuerRef?: Body;

  @Column({ name: 'addressee_id', type: 'varchar', length: 36 })
  addresseeId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'addressee_id' })
  addresseeRef?: Body;

  /** Per-addressee delivery sequence: the rectificationOrderReceived cursor. */
  @Column({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'requirements', type: 'text' })
  @Field(() => String, { description: 'What must be rectified, and how.' })
  requirements: string;

  @Column({ name: 'deadline', type: Date })
  @Field(() => GraphQLDateTime, { description: 'Current deadline (a rejected verification sets a new one).' })
  deadline: Date;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  @Field(() => RectificationStatus, { description: 'Where it stands.' })
  status: RectificationStatus;

  @Field(() => Boolean, { description: 'Past the deadline and not verified: derived at read time, so a late scheduler never makes it wrong.' })
  get overdue(): boolean {
    return this.status !== RectificationStatus.VERIFIED && this.deadline.getTime() < Date.now();
  }

  @Column({ name: 'acknowledged_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the addressee acknowledged it.' })
  acknowledgedAt: Date | null;

  @Column({ name: 'plan', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The addressee’s rectification plan.' })
  plan: string | null;

  @Column({ name: 'plan_submitted_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the plan was submitted.' })
  planSubmittedAt: Date | null;

  @Column({ name: 'verified_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the issuer accepted the rectification.' })
  verifiedAt: Date | null;

  @Column({ name: 'escalated_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the overdue order was escalated to the body above the addressee (once).' })
  escalatedAt: Date | null;

  @Column({ name: 'escalated_to_id', type: 'varchar', length: 36, nullable: true })
  escalatedToId: string | null;

  @ManyToOne(() => Body, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'escalated_to_id' })
  escalatedToRef?: Body;

  @Column({ name: 'issued_by', type: 'varchar', length: 200 })
  issuedBy: string;

  @Column({ name: 'issued_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was issued.' })
  issuedAt: Date;
}

@Entity('rectification_order_finding')
@Index('IDX_rectification_finding', ['findingId'])
export class RectificationOrderFinding {
  @PrimaryColumn({ name: 'order_id', type: 'varchar', length: 36 })
  orderId: string;

  @PrimaryColumn({ name: 'finding_id', type: 'varchar', length: 36 })
  findingId: string;

  @ManyToOne(() => RectificationOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  orderRef?: RectificationOrder;

  @ManyToOne(() => Finding, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finding_id' })
  findingRef?: Finding;
}

/** The addressee's progress or completion report. */
@Entity('rectification_report')
@Index('IDX_rectification_report_order', ['orderId', 'reportedAt'])
@ObjectType('RectificationReport', { description: 'The addressee’s report of what it rectified.' })
export class RectificationReport extends RowEntity {
  @Column({ name: 'order_id', type: 'varchar', length: 36 })
  orderId: string;

  @ManyToOne(() => RectificationOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  orderRef?: RectificationOrder;

  @Column({ name: 'content', type: 'text' })
  @Field(() => String, { description: 'What was done.' })
  content: string;

  @Column({ name: 'evidence_hashes', type: 'simple-json' })
  @Field(() => [String], { description: 'SHA-256 hashes of the supporting documents.' })
  evidenceHashes: string[];

  @Column({ name: 'reported_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was reported.' })
  reportedAt: Date;

  @Column({ name: 'reported_by', type: 'varchar', length: 200 })
  reportedBy: string;
}

/** The issuer's verification of a report: accepted, or rejected with a new deadline. */
@Entity('rectification_verification')
@Index('IDX_rectification_verification_order', ['orderId', 'at'])
@ObjectType('Verification', { description: 'The issuer’s verification of a rectification report.' })
export class RectificationVerification extends RowEntity {
  @Column({ name: 'order_id', type: 'varchar', length: 36 })
  orderId: string;

  @ManyToOne(() => RectificationOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  orderRef?: RectificationOrder;

  @Column({ name: 'by_body_id', type: 'varchar', length: 36 })
  byBodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'by_body_id' })
  byBodyRef?: Body;

  @Column({ name: 'by_account', type: 'varchar', length: 200 })
  byAccount: string;

  @Column({ name: 'at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When.' })
  at: Date;

  @Column({ name: 'accepted', type: 'boolean' })
  @Field(() => Boolean, { description: 'Accepted (the order is VERIFIED) or rejected (back to IN_PROGRESS).' })
  accepted: boolean;

  @Column({ name: 'on_site', type: 'boolean' })
  @Field(() => Boolean, { description: 'Verified on site rather than from the papers.' })
  onSite: boolean;

  @Column({ name: 'note', type: 'text' })
  @Field(() => String, { description: 'The issuer’s note.' })
  note: string;

  @Column({ name: 'new_deadline', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'With a rejection: the new deadline.' })
  newDeadline: Date | null;
}

export { GroupRole };
