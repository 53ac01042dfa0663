import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { toGlobalId } from '../../platform/graphql/global-id';
import { NodeEntity, RowEntity } from '../../platform/graphql/node-entity';
import { minorUnits, MoneyScalar, PercentageScalar } from '../../platform/graphql/scalars';
import { Body } from '../bodies/body.entities';
import { ExtensionDecision, MilestoneStatus, OPEN_STATUSES, ProgressMethod, ResultKind, TaskKind, TaskStatus } from './task.enums';

const DAY_MS = 86_400_000;

@ObjectType('TaskResult', { description: 'A result a task produced (有成果), named when completion is claimed.' })
export class TaskResult {
  @Field(() => String, { description: 'What was produced.' })
  title: string;

  @Field(() => ResultKind, { description: 'What kind of result it is.' })
  kind: ResultKind;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the evidence document as `sha256:<64 hex digits>`.' })
  evidenceHash?: string | null;
}

/** A reform task (改革任务): one executor, a deadline, a target; decomposed down the tree. */
@Entity('reform_task')
// Reverse lookups of the trace (src/domains/trace/trace.edges.ts).
@Index('IDX_reform_task_origin', ['originType', 'originId'])
@Index('UQ_reform_task_code', ['code'], { unique: true })
@Index('IDX_reform_task_executor', ['executorId', 'deadlineMinute', 'rowId'])
@Index('IDX_reform_task_assigner', ['assignedById', 'rowId'])
@Index('IDX_reform_task_parent', ['parentId', 'rowId'])
@ObjectType('ReformTask', {
  description:
    'A reform task (改革任务) with a target, a path, measures and results (有目标、有路径、有措施、有成果): exactly one executing body (统一指挥), co-executors, the assigning body, a start and a deadline. A task is decomposed into subtasks for bodies below its executor; progress rolls up by weight. Readable by the jurisdictions of its executor, co-executors and assigner.',
})
export class ReformTask extends NodeEntity {
  static readonly typename = 'ReformTask';

  @Column({ name: 'code', type: 'varchar', length: 64 })
  @Field(() => String, { description: 'Stable code of the task, unique in the hub (e.g. `2026-CN-01-330000`).' })
  code: string;

  @Column({ name: 'kind', type: 'varchar', length: 24 })
  @Field(() => TaskKind, { description: 'What kind of task it is.' })
  kind: TaskKind;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Short title.' })
  title: string;

  @Column({ name: 'target', type: 'text' })
  @Field(() => String, { description: 'The target (目标): what must hold when the task is done.' })
  target: string;

  @Column({ name: 'path', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The path (路径): how the target is to be reached.' })
  path: string | null;

  @Column({ name: 'measures', type: 'text' })
  measuresJson: string;

  @Field(() => [String], { description: 'The measures (措施), in order.' })
  get measures(): string[] {
    return JSON.parse(this.measuresJson) as string[];
  }

  @Column({ name: 'results', type: 'text' })
  resultsJson: string;

  @Field(() => [TaskResult], { description: 'The results (成果) named when completion was claimed; empty before.' })
  get results(): TaskResult[] {
    return JSON.parse(this.resultsJson) as TaskResult[];
  }

  @Column({ name: 'executor_id', type: 'varchar', length: 36 })
  executorId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'executor_id' })
  executorRef?: Body;

  @Column({ name: 'assigned_by_id', type: 'varchar', length: 36 })
  assignedById: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigned_by_id' })
  assignedByRef?: Body;

  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId: string | null;

  @ManyToOne(() => ReformTask, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parentRef?: ReformTask;

  @Column({ name: 'depth', type: 'integer' })
  @Field(() => Int, { description: '0 for a task assigned directly, 1 for its subtasks, and so on.' })
  depth: number;

  @Column({ name: 'origin_type', type: 'varchar', length: 40, nullable: true })
  originType: string | null;

  @Column({ name: 'origin_id', type: 'varchar', length: 36, nullable: true })
  originId: string | null;

  @Column({ name: 'starts_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When work starts.' })
  startsAt: Date;

  @Column({ name: 'deadline', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the task must be done (期限); a subtask never ends after its parent.' })
  deadline: Date;

  /** Sort key of the deadline (minutes since the epoch): keyset cursors take integers. */
  @Column({ name: 'deadline_minute', type: 'integer' })
  deadlineMinute: number;

  @Column({ name: 'year', type: 'integer' })
  @Field(() => Int, { description: 'The year the task is due in (UTC), which `tasks(year:)` and `taskRollup` filter on.' })
  year: number;

  @Column({ name: 'status', type: 'varchar', length: 24 })
  @Field(() => TaskStatus, { description: 'Where the task stands.' })
  status: TaskStatus;

  @Column({ name: 'weight', type: 'integer' })
  @Field(() => Int, { description: 'Share of this task among its siblings in the parent’s roll-up (default 1).' })
  weight: number;

  @Column({ name: 'progress_method', type: 'varchar', length: 24 })
  @Field(() => ProgressMethod, { description: 'REPORTED until the task is decomposed, CHILDREN_WEIGHTED after.' })
  progressMethod: ProgressMethod;

  /** Hundredths of a percent (0–10000). */
  @Column({ name: 'progress', type: 'integer' })
  @Field(() => PercentageScalar, { description: 'Progress: reported by the executor, or Σ(child progress × weight) ÷ Σ weight over the subtasks that are not cancelled, rounded half up to 0.01 — recomputed in the same transaction as any change below it.' })
  progress: number;

  @Column({ name: 'verified_progress', type: 'integer' })
  @Field(() => PercentageScalar, {
    description: 'Progress that the assigners verified: 100.00 once the task is VERIFIED; before, Σ(child verifiedProgress × weight) ÷ Σ weight, or for a task without subtasks the weighted share of its VERIFIED milestones.',
  })
  verifiedProgress: number;

  @Column({ name: 'progress_as_of', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the progress last changed; null before any report.' })
  progressAsOf: Date | null;

  @Column({ name: 'public', type: 'boolean' })
  @Field(() => Boolean, { description: 'Marked for publication (阳光改革). Tasks are read only inside the jurisdictions concerned either way.' })
  public: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy: string;

  @Column({ name: 'created_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the task was assigned.' })
  createdAt: Date;

  @Column({ name: 'accepted_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the executor accepted it.' })
  acceptedAt: Date | null;

  @Column({ name: 'claimed_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When completion was last claimed.' })
  claimedAt: Date | null;

  @Column({ name: 'verified_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the assigner verified completion.' })
  verifiedAt: Date | null;

  @Column({ name: 'closing_note', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The assigner’s note on the last verification, or the reason of the cancellation.' })
  closingNote: string | null;

  @Column({ name: 'cancelled_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt: Date | null;

  @Field(() => Boolean, { description: 'Still owed (ASSIGNED, ACCEPTED or IN_PROGRESS) and past its deadline — derived when read, never stored.' })
  get overdue(): boolean {
    return OPEN_STATUSES.includes(this.status) && this.deadline.getTime() < Date.now();
  }

  @Field(() => Int, { nullable: true, description: 'Whole days past the deadline while overdue; null when not overdue.' })
  get daysOverdue(): number | null {
    return this.overdue ? Math.floor((Date.now() - this.deadline.getTime()) / DAY_MS) : null;
  }
}

/** Co-executors (协办): bodies that work on the task under its one executor. */
@Entity('reform_task_co_executor')
@Index('IDX_reform_task_co_executor_body', ['bodyId', 'taskId'])
export class TaskCoExecutor {
  @PrimaryColumn({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @PrimaryColumn({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @ManyToOne(() => ReformTask, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  taskRef?: ReformTask;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;
}

@Entity('task_milestone')
@Index('IDX_task_milestone_task', ['taskId', 'seq'])
@ObjectType('Milestone', { description: 'A checkpoint of a task, with a due date and a weight; it only moves forward (PLANNED → COMPLETED → VERIFIED).' })
export class Milestone extends RowEntity {
  @Field(() => ID, { description: 'Opaque id of the milestone (for completeMilestone / verifyMilestone).' })
  get id(): string {
    return toGlobalId('Milestone', this.rowId);
  }

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @ManyToOne(() => ReformTask, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  taskRef?: ReformTask;

  @Column({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'What is reached.' })
  title: string;

  @Column({ name: 'due_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it is due.' })
  dueAt: Date;

  @Column({ name: 'weight', type: 'integer' })
  @Field(() => Int, { description: 'Share among the task’s milestones.' })
  weight: number;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  @Field(() => MilestoneStatus, { description: 'Where it stands.' })
  status: MilestoneStatus;

  @Column({ name: 'completed_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the executor completed it.' })
  completedAt: Date | null;

  @Column({ name: 'verified_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the assigner verified it.' })
  verifiedAt: Date | null;

  @Column({ name: 'evidence_hash', type: 'varchar', length: 80, nullable: true })
  @Field(() => String, { nullable: true, description: 'SHA-256 of the evidence given on completion.' })
  evidenceHash: string | null;

  @Field(() => Boolean, { description: 'Still PLANNED and past its due date (derived when read).' })
  get overdue(): boolean {
    return this.status === MilestoneStatus.PLANNED && this.dueAt.getTime() < Date.now();
  }
}

/** One report per task and period (the unique index is what refuses a racing duplicate). */
@Entity('progress_report')
@Index('UQ_progress_report_period', ['taskId', 'period'], { unique: true })
@ObjectType('ProgressReport', { description: 'A periodic progress report of the executor on a task it carries out (no subtasks): one per period.' })
export class ProgressReport extends NodeEntity {
  static readonly typename = 'ProgressReport';

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @ManyToOne(() => ReformTask, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  taskRef?: ReformTask;

  @Column({ name: 'period', type: 'varchar', length: 7 })
  @Field(() => String, { description: 'The period reported on: `2026-Q2` (quarter) or `2026-05` (month).' })
  period: string;

  @Column({ name: 'percent', type: 'integer' })
  @Field(() => PercentageScalar, { description: 'Progress at the end of the period.' })
  percent: number;

  @Column({ name: 'narrative', type: 'text' })
  @Field(() => String, { description: 'What was done.' })
  narrative: string;

  @Column({ name: 'problems', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Problems met.' })
  problems: string | null;

  @Column({ name: 'decrease_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why progress is lower than reported before (required then).' })
  decreaseReason: string | null;

  @Column({ name: 'submitted_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was submitted.' })
  submittedAt: Date;

  @Column({ name: 'submitted_by_id', type: 'varchar', length: 36 })
  submittedById: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedByRef?: Body;

  @Column({ name: 'submitted_by_account', type: 'varchar', length: 200 })
  submittedByAccount: string;
}

@Entity('task_extension')
@Index('IDX_task_extension_task', ['taskId', 'rowId'])
@ObjectType('DeadlineExtension', { description: 'A request of the executor to move a task’s deadline, and the assigner’s decision.' })
export class DeadlineExtension extends RowEntity {
  @Field(() => ID, { description: 'Opaque id of the request (for decideDeadlineExtension).' })
  get id(): string {
    return toGlobalId('DeadlineExtension', this.rowId);
  }

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @ManyToOne(() => ReformTask, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  taskRef?: ReformTask;

  @Column({ name: 'requested_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was requested.' })
  requestedAt: Date;

  @Column({ name: 'previous_deadline', type: Date })
  @Field(() => GraphQLDateTime, { description: 'The deadline when it was requested.' })
  previousDeadline: Date;

  @Column({ name: 'requested_deadline', type: Date })
  @Field(() => GraphQLDateTime, { description: 'The deadline asked for; never past the parent task’s.' })
  requestedDeadline: Date;

  @Column({ name: 'reason', type: 'text' })
  @Field(() => String, { description: 'Why more time is needed.' })
  reason: string;

  @Column({ name: 'decision', type: 'varchar', length: 16, nullable: true })
  @Field(() => ExtensionDecision, { nullable: true, description: 'The assigner’s decision; null while pending.' })
  decision: ExtensionDecision | null;

  @Column({ name: 'decided_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was decided.' })
  decidedAt: Date | null;
}

/** 催办: the urgent directives sent to the executor about a task. */
@Entity('task_reminder')
@Index('IDX_task_reminder_task', ['taskId', 'remindedAt'])
export class TaskReminder {
  @PrimaryColumn({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @PrimaryColumn({ name: 'directive_id', type: 'varchar', length: 36 })
  directiveId: string;

  @ManyToOne(() => ReformTask, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  taskRef?: ReformTask;

  @Column({ name: 'reminded_at', type: Date })
  remindedAt: Date;
}

@Entity('reform_fund')
@Index('IDX_reform_fund_holder', ['holderId', 'fiscalYear'])
@ObjectType('ReformFund', { description: 'A reform fund (改革专项资金) of a body for a fiscal year, allocated to tasks; its allocations never exceed its amount. Readable inside the holder’s jurisdiction.' })
export class ReformFund extends NodeEntity {
  static readonly typename = 'ReformFund';

  @Column({ name: 'holder_id', type: 'varchar', length: 36 })
  holderId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'holder_id' })
  holderRef?: Body;

  @Column({ name: 'title', type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Name of the fund.' })
  title: string;

  @Column({ name: 'fiscal_year', type: 'integer' })
  @Field(() => Int, { description: 'Fiscal year.' })
  fiscalYear: number;

  @Column({ name: 'amount', type: 'bigint', transformer: minorUnits })
  @Field(() => MoneyScalar, { description: 'The whole fund.' })
  amount: bigint;

  @Column({ name: 'currency', type: 'varchar', length: 3 })
  @Field(() => String, { description: 'ISO 4217 currency (CNY).' })
  currency: string;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy: string;

  @Column({ name: 'created_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the fund was set up.' })
  createdAt: Date;
}

@Entity('fund_allocation')
@Index('IDX_fund_allocation_fund', ['fundId', 'rowId'])
@Index('IDX_fund_allocation_target', ['targetId', 'rowId'])
@ObjectType('FundAllocation', { description: 'Money of a reform fund allocated to a task.' })
export class FundAllocation extends RowEntity {
  @Column({ name: 'fund_id', type: 'varchar', length: 36 })
  fundId: string;

  @ManyToOne(() => ReformFund, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id' })
  fundRef?: ReformFund;

  @Column({ name: 'target_type', type: 'varchar', length: 40 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 36 })
  targetId: string;

  @Column({ name: 'amount', type: 'bigint', transformer: minorUnits })
  @Field(() => MoneyScalar, { description: 'How much.' })
  amount: bigint;

  @Column({ name: 'allocated_by', type: 'varchar', length: 200 })
  allocatedBy: string;

  @Column({ name: 'allocated_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When it was allocated.' })
  allocatedAt: Date;
}

/** 年度重大改革任务清单: one per body and year, ranked items, each naming a responsible leader. */
@Entity('annual_task_list')
@Index('UQ_annual_task_list_body_year', ['bodyId', 'year'], { unique: true })
@ObjectType('AnnualTaskList', {
  description:
    'The annual list of major reform tasks (年度重大改革任务清单) of a body: ranked items, each naming a responsible leader post. Published by a LEAD of the body; readable by everyone when public, otherwise by the body’s jurisdiction and every body below it.',
})
export class AnnualTaskList extends NodeEntity {
  static readonly typename = 'AnnualTaskList';

  @Column({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;

  @Column({ name: 'year', type: 'integer' })
  @Field(() => Int, { description: 'The year the list is for.' })
  year: number;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Title, e.g. 2026年重大改革任务清单.' })
  title: string;

  @Column({ name: 'public', type: 'boolean' })
  @Field(() => Boolean, { description: 'Readable without an account (阳光改革): item titles and leader post titles, never holder names or task details.' })
  public: boolean;

  @Column({ name: 'published_by', type: 'varchar', length: 200 })
  publishedBy: string;

  @Column({ name: 'published_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When a LEAD of the body published it.' })
  publishedAt: Date;
}

@Entity('annual_task_list_item')
@Index('UQ_annual_task_list_item_task', ['listId', 'taskId'], { unique: true })
@ObjectType('AnnualTaskListItem', { description: 'One ranked item of an annual list, with its responsible leader post.' })
export class AnnualTaskListItem {
  @PrimaryColumn({ name: 'list_id', type: 'varchar', length: 36 })
  listId: string;

  @PrimaryColumn({ name: 'rank', type: 'integer' })
  @Field(() => Int, { description: 'Rank in the list, 1 first.' })
  rank: number;

  @ManyToOne(() => AnnualTaskList, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  listRef?: AnnualTaskList;

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @ManyToOne(() => ReformTask, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  taskRef?: ReformTask;

  /** The task's title when the list was published: the public reads it without reading the task. */
  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'The task’s title when the list was published.' })
  title: string;

  @Column({ name: 'responsible_leader_id', type: 'varchar', length: 36 })
  responsibleLeaderId: string;

  @Column({ name: 'highlight', type: 'boolean' })
  @Field(() => Boolean, { description: 'Marked as a key item (重点).' })
  highlight: boolean;
}
