import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { MutationPayload } from '../../platform/graphql/mutation';
import { MoneyScalar, PercentageScalar } from '../../platform/graphql/scalars';
import { Level } from '../bodies/body.enums';
import { Directive } from '../channels/channel.entities';
import { AnnualTaskList, DeadlineExtension, FundAllocation, Milestone, ProgressReport, ReformFund, ReformTask } from './task.entities';
import { ExtensionDecision, ResultKind, TaskKind, TaskStatus } from './task.enums';

export const ReformTaskConnection = Connection(ReformTask);
export const ProgressReportConnection = Connection(ProgressReport);

@ArgsType()
export class ChildTasksArgs extends PageArgs {
  @Field(() => TaskStatus, { nullable: true, description: 'Only subtasks with this status.' })
  status?: TaskStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue subtasks; false: only the others.' })
  overdue?: boolean | null;
}

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Code of a body: tasks executed by it or anywhere below it. Default: the caller's jurisdiction." })
  under?: string | null;

  @Field(() => TaskKind, { nullable: true, description: 'Only tasks of this kind.' })
  kind?: TaskKind | null;

  @Field(() => TaskStatus, { nullable: true, description: 'Only tasks with this status.' })
  status?: TaskStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue tasks; false: only the others.' })
  overdue?: boolean | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only tasks due before this instant.' })
  deadlineBefore?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Only tasks due in this year (UTC).' })
  year?: number | null;
}

@ObjectType({ description: 'How many tasks have one status.' })
export class TaskStatusCount {
  @Field(() => TaskStatus, { description: 'The status.' })
  status: TaskStatus;

  @Field(() => Int, { description: 'How many tasks have it.' })
  count: number;
}

@ObjectType({ description: 'Figures of the tasks executed at one level of government.' })
export class TaskLevelFigures {
  @Field(() => Level, { description: 'Level of the executing bodies.' })
  level: Level;

  @Field(() => Int, { description: 'Tasks executed at this level.' })
  total: number;

  @Field(() => Int, { description: 'Of which overdue.' })
  overdue: number;

  @Field(() => PercentageScalar, { description: 'Mean progress of those not cancelled.' })
  averageProgress: number;
}

@ObjectType({ description: "Figures of the tasks executed in a body's subtree (the body itself included) that are due in one year." })
export class TaskRollup {
  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => Int, { description: 'All tasks, cancelled ones included.' })
  total: number;

  @Field(() => Int, { description: 'Tasks still owed and past their deadline.' })
  overdue: number;

  @Field(() => PercentageScalar, { description: 'Mean progress of the tasks not cancelled (exact, rounded half up to 0.01).' })
  averageProgress: number;

  @Field(() => PercentageScalar, { description: 'Mean verified progress of the tasks not cancelled.' })
  averageVerifiedProgress: number;

  @Field(() => [TaskStatusCount], { description: 'Counts per status, every status listed.' })
  byStatus: TaskStatusCount[];

  @Field(() => [TaskLevelFigures], { description: 'Figures per level of the executing body, top level first (levels without tasks left out).' })
  byLevel: TaskLevelFigures[];
}

@InputType({ description: 'A milestone of a new task.' })
export class MilestoneInput {
  @Field(() => String, { description: 'What is reached (2 to 300 characters).' })
  title: string;

  @Field(() => GraphQLDateTime, { description: 'When it is due: between the start and the deadline.' })
  dueAt: Date;

  @Field(() => Int, { nullable: true, description: 'Share among the milestones (1 to 1000, default 1).' })
  weight?: number | null;
}

@InputType({ description: 'A subtask: a task for a body below the parent’s executor, due no later than the parent.' })
export class SubtaskInput {
  @Field(() => String, { nullable: true, description: 'Stable code, unique in the hub; generated when omitted.' })
  code?: string | null;

  @Field(() => TaskKind, { nullable: true, description: "Kind; default: the parent's for a subtask, ROUTINE for a new task." })
  kind?: TaskKind | null;

  @Field(() => String, { description: 'Short title (2 to 300 characters).' })
  title: string;

  @Field(() => String, { description: 'The target (目标).' })
  target: string;

  @Field(() => String, { nullable: true, description: 'The path (路径).' })
  path?: string | null;

  @Field(() => [String], { nullable: true, description: 'The measures (措施).' })
  measures?: string[] | null;

  @Field(() => String, { description: "Code of the one executing body: inside the assigner's jurisdiction (its subtree, or for a department or group its government's lower levels)." })
  executorCode: string;

  @Field(() => [String], { nullable: true, description: 'Codes of co-executing bodies, under the same rule.' })
  coExecutorCodes?: string[] | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When work starts; default now.' })
  startsAt?: Date | null;

  @Field(() => GraphQLDateTime, { description: 'The deadline: in the future; for a subtask, no later than the parent’s.' })
  deadline: Date;

  @Field(() => Int, { nullable: true, description: 'Share among its siblings in the roll-up (1 to 1000, default 1).' })
  weight?: number | null;

  @Field(() => [MilestoneInput], { nullable: true, description: 'Milestones, in order.' })
  milestones?: MilestoneInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Mark it for publication (default false).' })
  public?: boolean | null;
}

@InputType({ description: 'A new task, assigned by the caller’s body.' })
export class CreateTaskInput extends SubtaskInput {
  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of creating a duplicate.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of createTask.' })
export class CreateTaskPayload extends MutationPayload {
  @Field(() => ReformTask, { nullable: true, description: 'The new task; null when refused.' })
  task?: ReformTask | null;
}

@InputType({ description: 'Subtasks to split a task into.' })
export class DecomposeTaskInput {
  @Field(() => ID, { description: 'Global id of the task the caller’s body executes.' })
  parentTaskId: string;

  @Field(() => [SubtaskInput], { description: 'The subtasks (1 to 100).' })
  subtasks: SubtaskInput[];

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of decomposing twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of decomposeTask.' })
export class DecomposeTaskPayload extends MutationPayload {
  @Field(() => ReformTask, { nullable: true, description: 'The parent task, now rolled up from its subtasks; null when refused.' })
  task?: ReformTask | null;

  @Field(() => [ReformTask], { nullable: true, description: 'The new subtasks; null when refused.' })
  subtasks?: ReformTask[] | null;
}

@InputType({ description: 'A task to act on.' })
export class TaskIdInput {
  @Field(() => ID, { description: 'Global id of the task.' })
  taskId: string;
}

@ObjectType({ description: 'A task after the change.' })
export class TaskPayload extends MutationPayload {
  @Field(() => ReformTask, { nullable: true, description: 'The task; null when refused.' })
  task?: ReformTask | null;
}

@InputType({ description: 'A task the executor accepts.' })
export class AcceptTaskInput extends TaskIdInput {}

@ObjectType({ description: 'Result of acceptTask.' })
export class AcceptTaskPayload extends TaskPayload {}

@InputType({ description: 'A progress report for one period.' })
export class ReportTaskProgressInput extends TaskIdInput {
  @Field(() => String, { description: 'The period: `2026-Q2` or `2026-05`. One report per period.' })
  period: string;

  @Field(() => PercentageScalar, { description: 'Progress at the end of the period ("0.00"–"100.00").' })
  percent: bigint;

  @Field(() => String, { description: 'What was done.' })
  narrative: string;

  @Field(() => String, { nullable: true, description: 'Problems met.' })
  problems?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the figure is lower than the task’s current progress.' })
  decreaseReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of reporting twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of reportTaskProgress.' })
export class ReportTaskProgressPayload extends TaskPayload {
  @Field(() => ProgressReport, { nullable: true, description: 'The report; null when refused.' })
  report?: ProgressReport | null;
}

@InputType({ description: 'A milestone reached.' })
export class CompleteMilestoneInput {
  @Field(() => ID, { description: 'Id of the milestone.' })
  milestoneId: string;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the evidence.' })
  evidenceHash?: string | null;
}

@ObjectType({ description: 'Result of completeMilestone.' })
export class CompleteMilestonePayload extends TaskPayload {
  @Field(() => Milestone, { nullable: true, description: 'The milestone; null when refused.' })
  milestone?: Milestone | null;
}

@InputType({ description: 'A completed milestone the assigner confirms.' })
export class VerifyMilestoneInput {
  @Field(() => ID, { description: 'Id of the milestone.' })
  milestoneId: string;
}

@ObjectType({ description: 'Result of verifyMilestone.' })
export class VerifyMilestonePayload extends CompleteMilestonePayload {}

@InputType({ description: 'A result of a task.' })
export class TaskResultInput {
  @Field(() => String, { description: 'What was produced.' })
  title: string;

  @Field(() => ResultKind, { description: 'What kind of result.' })
  kind: ResultKind;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the evidence document.' })
  evidenceHash?: string | null;
}

@InputType({ description: 'A claim of completion, with the results.' })
export class ClaimTaskCompletionInput extends TaskIdInput {
  @Field(() => [TaskResultInput], { description: 'The results (1 to 50).' })
  results: TaskResultInput[];
}

@ObjectType({ description: 'Result of claimTaskCompletion.' })
export class ClaimTaskCompletionPayload extends TaskPayload {}

@InputType({ description: 'The assigner’s verification of a claimed completion.' })
export class VerifyTaskCompletionInput extends TaskIdInput {
  @Field(() => Boolean, { description: 'true: VERIFIED; false: sent back to IN_PROGRESS (a note is then required).' })
  accept: boolean;

  @Field(() => String, { nullable: true, description: 'The assigner’s note.' })
  note?: string | null;
}

@ObjectType({ description: 'Result of verifyTaskCompletion.' })
export class VerifyTaskCompletionPayload extends TaskPayload {}

@InputType({ description: 'A request for a later deadline.' })
export class RequestDeadlineExtensionInput extends TaskIdInput {
  @Field(() => GraphQLDateTime, { description: 'The deadline asked for: later than the current one, never past the parent task’s.' })
  requestedDeadline: Date;

  @Field(() => String, { description: 'Why.' })
  reason: string;
}

@ObjectType({ description: 'Result of requestDeadlineExtension and decideDeadlineExtension.' })
export class DeadlineExtensionPayload extends TaskPayload {
  @Field(() => DeadlineExtension, { nullable: true, description: 'The request; null when refused.' })
  extension?: DeadlineExtension | null;
}

@ObjectType({ description: 'Result of requestDeadlineExtension.' })
export class RequestDeadlineExtensionPayload extends DeadlineExtensionPayload {}

@InputType({ description: 'The assigner’s decision on an extension request.' })
export class DecideDeadlineExtensionInput {
  @Field(() => ID, { description: 'Id of the request.' })
  extensionId: string;

  @Field(() => ExtensionDecision, { description: 'GRANTED or DENIED.' })
  decision: ExtensionDecision;
}

@ObjectType({ description: 'Result of decideDeadlineExtension.' })
export class DecideDeadlineExtensionPayload extends DeadlineExtensionPayload {}

@InputType({ description: 'A task to cancel, with every unfinished task below it.' })
export class CancelTaskInput extends TaskIdInput {
  @Field(() => String, { description: 'Why.' })
  reason: string;
}

@ObjectType({ description: 'Result of cancelTask.' })
export class CancelTaskPayload extends TaskPayload {
  @Field(() => [ReformTask], { nullable: true, description: 'The subtasks (at any depth) cancelled with it.' })
  cancelledWithIt?: ReformTask[] | null;
}

@InputType({ description: '催办: an urgent reminder to the executor.' })
export class RemindTaskInput extends TaskIdInput {
  @Field(() => String, { description: 'The message.' })
  message: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the executor must acknowledge it.' })
  acknowledgeBy?: Date | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of reminding twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of remindTask.' })
export class RemindTaskPayload extends TaskPayload {
  @Field(() => Directive, { nullable: true, description: 'The URGENT directive issued to the executor.' })
  directive?: Directive | null;
}

@InputType({ description: 'A new reform fund of the caller’s body.' })
export class CreateReformFundInput {
  @Field(() => String, { description: 'Name of the fund.' })
  title: string;

  @Field(() => Int, { description: 'Fiscal year.' })
  fiscalYear: number;

  @Field(() => MoneyScalar, { description: 'The whole fund.' })
  amount: bigint;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency; default CNY.' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of creating a duplicate.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of createReformFund.' })
export class CreateReformFundPayload extends MutationPayload {
  @Field(() => ReformFund, { nullable: true, description: 'The fund; null when refused.' })
  fund?: ReformFund | null;
}

@InputType({ description: 'Money of a fund for a task.' })
export class AllocateFundInput {
  @Field(() => ID, { description: 'Global id of a fund of the caller’s body.' })
  fundId: string;

  @Field(() => ID, { description: 'Global id of the task (executed inside the holder’s jurisdiction).' })
  toId: string;

  @Field(() => MoneyScalar, { description: 'How much; Σ allocations never exceeds the fund.' })
  amount: bigint;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of allocating twice.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of allocateFund.' })
export class AllocateFundPayload extends MutationPayload {
  @Field(() => ReformFund, { nullable: true, description: 'The fund; null when refused.' })
  fund?: ReformFund | null;

  @Field(() => FundAllocation, { nullable: true, description: 'The allocation; null when refused.' })
  allocation?: FundAllocation | null;
}

@InputType({ description: 'An item of an annual list.' })
export class AnnualTaskListItemInput {
  @Field(() => ID, { description: 'Global id of a task assigned by the list’s body or a body below it.' })
  taskId: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the responsible leader’s post: a post of the list’s body or of its leading group. Required (RESPONSIBLE_LEADER_REQUIRED).' })
  responsibleLeaderPostId?: string | null;

  @Field(() => Int, { description: 'Rank, 1 first; distinct within the list.' })
  rank: number;

  @Field(() => Boolean, { nullable: true, description: 'Mark as a key item (default false).' })
  highlight?: boolean | null;
}

@InputType({ description: 'The annual list of a body for a year, published at once (one per body and year).' })
export class PublishAnnualTaskListInput {
  @Field(() => String, { description: 'Code of the body; the caller is a LEAD of it.' })
  bodyCode: string;

  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => String, { description: 'Title (2 to 300 characters).' })
  title: string;

  @Field(() => [AnnualTaskListItemInput], { description: 'The items (1 to 200).' })
  items: AnnualTaskListItemInput[];

  @Field(() => Boolean, { nullable: true, description: 'Readable without an account (default false).' })
  public?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of publishing again.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of publishAnnualTaskList.' })
export class PublishAnnualTaskListPayload extends MutationPayload {
  @Field(() => AnnualTaskList, { nullable: true, description: 'The published list; null when refused.' })
  list?: AnnualTaskList | null;
}
