import { fetchVisibleNodeOfType } from '../../platform/graphql/node-registry';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { TaskActivity, taskActivityStream } from './task.activity';
import { Authenticated, RequireRole, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { Page } from '../../platform/graphql/connection';
import { Node } from '../../platform/graphql/node';
import { runMutation } from '../../platform/graphql/mutation';
import { MoneyScalar } from '../../platform/graphql/scalars';
import { createIdempotently, runIdempotentMutation } from '../../platform/idempotency';
import { Body } from '../bodies/body.entities';
import { findBodyById } from '../bodies/body.service';
import { Directive } from '../channels/channel.entities';
import { findVisibleDirective } from '../channels/directive.service';
import { canReadTask } from './task.access';
import { AnnualTaskList, AnnualTaskListItem, DeadlineExtension, FundAllocation, Milestone, ProgressReport, ReformFund, ReformTask, TaskReminder } from './task.entities';
import * as lists from './annual-list.service';
import { Post } from '../posts/post.entities';
import { findPost } from '../posts/post.service';
import { Public } from '../../platform/auth/roles';
import * as funds from './fund.service';
import { allocatedOf, allocationsTo, coExecutorsOf, extensionsOf, fundById, milestonesOf, remindersOf, taskById } from './task.loaders';
import * as tasks from './task.service';
import {
  AcceptTaskInput,
  AcceptTaskPayload,
  AllocateFundInput,
  AllocateFundPayload,
  CancelTaskInput,
  CancelTaskPayload,
  ChildTasksArgs,
  ClaimTaskCompletionInput,
  ClaimTaskCompletionPayload,
  CompleteMilestoneInput,
  CompleteMilestonePayload,
  CreateReformFundInput,
  CreateReformFundPayload,
  CreateTaskInput,
  CreateTaskPayload,
  DecideDeadlineExtensionInput,
  DecideDeadlineExtensionPayload,
  DecomposeTaskInput,
  DecomposeTaskPayload,
  ProgressReportConnection,
  PublishAnnualTaskListInput,
  PublishAnnualTaskListPayload,
  ReformTaskConnection,
  RemindTaskInput,
  RemindTaskPayload,
  ReportTaskProgressInput,
  ReportTaskProgressPayload,
  RequestDeadlineExtensionInput,
  RequestDeadlineExtensionPayload,
  TaskRollup,
  TasksArgs,
  VerifyMilestoneInput,
  VerifyMilestonePayload,
  VerifyTaskCompletionInput,
  VerifyTaskCompletionPayload,
} from './task.types';
import { PageArgs } from '../../platform/graphql/connection';

const body = async (ctx: RequestContext, id: string): Promise<Body> => (await findBodyById(ctx, id))!;

// Tasks are reached through node(id:), tasks(under:) and nested fields of a visible task; each
// root path checks canReadTask, so nested fields below a visible task need no further check.
@Resolver(() => ReformTask)
export class ReformTaskResolver {
  @Authenticated()
  @Query(() => ReformTaskConnection, { description: "Tasks executed in a body's subtree (the body itself included), earliest deadline first — so overdue tasks lead. Inside the caller's jurisdiction." })
  tasks(@Args(() => TasksArgs) args: TasksArgs, @Ctx() ctx: RequestContext): Promise<Page<ReformTask>> {
    return tasks.listTasks(ctx, args, args);
  }

  @Authenticated()
  @Query(() => TaskRollup, { description: "Counts by status and level, overdue and mean progress of the tasks executed in a body's subtree and due in a year (inside the caller's jurisdiction)." })
  async taskRollup(
    @Arg('bodyCode', () => String, { description: 'Code of the body.' }) bodyCode: string,
    @Arg('year', () => Int, { description: 'Year the tasks are due in.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<TaskRollup> {
    return { year, ...(await tasks.taskRollup(ctx, bodyCode, year)) } as TaskRollup;
  }

  @FieldResolver(() => Body, { description: 'The one executing body (执行主体).' })
  executor(@Root() task: ReformTask, @Ctx() ctx: RequestContext): Promise<Body> {
    return body(ctx, task.executorId);
  }

  @FieldResolver(() => [Body], { description: 'Co-executing bodies (协办).' })
  async coExecutors(@Root() task: ReformTask, @Ctx() ctx: RequestContext): Promise<Body[]> {
    const rows = await coExecutorsOf(ctx).load(task.rowId);
    return Promise.all(rows.map((r) => body(ctx, r.bodyId)));
  }

  @FieldResolver(() => Body, { description: 'The body that assigned the task (and verifies it).' })
  assignedBy(@Root() task: ReformTask, @Ctx() ctx: RequestContext): Promise<Body> {
    return body(ctx, task.assignedById);
  }

  @FieldResolver(() => ReformTask, { nullable: true, description: 'The task this one was decomposed from; null for a top task, or when the caller may not read the parent.' })
  async parent(@Root() task: ReformTask, @Ctx() ctx: RequestContext): Promise<ReformTask | null> {
    const parent = task.parentId ? await taskById(ctx).load(task.parentId) : null;
    return parent && (await canReadTask(ctx, parent)) ? parent : null;
  }

  @FieldResolver(() => ReformTaskConnection, { description: 'Subtasks, earliest deadline first; those the caller may read.' })
  children(@Root() task: ReformTask, @Args(() => ChildTasksArgs) args: ChildTasksArgs, @Ctx() ctx: RequestContext): Promise<Page<ReformTask>> {
    return tasks.childrenOf(ctx, task, args, args);
  }

  @FieldResolver(() => [Milestone], { description: 'Milestones, in order.' })
  milestones(@Root() task: ReformTask, @Ctx() ctx: RequestContext): Promise<Milestone[]> {
    return milestonesOf(ctx).load(task.rowId);
  }

  @FieldResolver(() => ProgressReportConnection, { description: 'Progress reports, newest first.' })
  reports(@Root() task: ReformTask, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Page<ProgressReport> {
    return tasks.reportsOf(ctx, task, args);
  }

  @FieldResolver(() => [DeadlineExtension], { description: 'Extension requests, oldest first.' })
  extensions(@Root() task: ReformTask, @Ctx() ctx: RequestContext): Promise<DeadlineExtension[]> {
    return extensionsOf(ctx).load(task.rowId);
  }

  @FieldResolver(() => [Directive], { description: '催办: the URGENT directives sent to the executor about this task, oldest first (those the caller may read).' })
  async reminders(@Root() task: ReformTask, @Ctx() ctx: RequestContext): Promise<Directive[]> {
    const rows: TaskReminder[] = await remindersOf(ctx).load(task.rowId);
    const found = await Promise.all(rows.map((r) => findVisibleDirective(ctx, r.directiveId)));
    return found.filter((d): d is Directive => !!d);
  }

  @FieldResolver(() => [FundAllocation], { description: 'Money of reform funds allocated to it.' })
  funding(@Root() task: ReformTask, @Ctx() ctx: RequestContext): Promise<FundAllocation[]> {
    return allocationsTo(ctx).load(task.rowId);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'What the task comes from (a decision, a directive, the task it was decomposed from…), when the caller may read it.' })
  async origin(@Root() task: ReformTask, @Ctx() ctx: RequestContext): Promise<Node | null> {
    if (!task.originType || !task.originId) return null;
    return fetchVisibleNodeOfType(ctx, task.originType, task.originId);
  }

  @Authenticated()
  @Subscription(() => TaskActivity, {
    description:
      'Events of the tasks the caller’s body executes, co-executes or assigned (assigned, reported, overdue, completion claimed, verified, milestone due). With `after` (a cursor), first every later delivery in order, then live; without, only new ones.',
    subscribe: ({ args, context }) => taskActivityStream(context as RequestContext, args.after as string | null),
  })
  taskActivity(@Root() activity: TaskActivity, @Arg('after', () => String, { nullable: true, description: 'Cursor of the last delivery seen.' }) _after?: string): TaskActivity {
    return activity;
  }

  // ---- mutations ---------------------------------------------------------------------------------

  @RequireRole(Role.LEAD)
  @Mutation(() => CreateTaskPayload, { description: "Assigns a task from the caller's body to one executor inside its jurisdiction (LEAD of the assigner)." })
  createTask(@Arg('input', () => CreateTaskInput, { description: 'The task.' }) input: CreateTaskInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'createTask', input, 'task', (tx) => tasks.createTask(tx, input), (tx, id) => taskById(tx).load(id));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => DecomposeTaskPayload, { description: 'Splits a task the caller’s body executes into subtasks for bodies below it (LEAD of the executor); the task then rolls up from them.' })
  decomposeTask(@Arg('input', () => DecomposeTaskInput, { description: 'The subtasks.' }) input: DecomposeTaskInput, @Ctx() ctx: RequestContext) {
    return runIdempotentMutation(
      ctx,
      'decomposeTask',
      input,
      async (tx) => {
        const { parent, subtasks } = await tasks.decomposeTask(tx, input);
        return { result: { task: parent, subtasks }, id: parent.rowId };
      },
      async (tx, id) => ({ task: await taskById(tx).load(id), subtasks: await tx.em.find(ReformTask, { where: { parentId: id }, order: { rowId: 'ASC' } }) }),
    );
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => AcceptTaskPayload, { description: 'The executor accepts an ASSIGNED task (OFFICER or LEAD of the executor).' })
  acceptTask(@Arg('input', () => AcceptTaskInput, { description: 'The task.' }) input: AcceptTaskInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ task: await tasks.acceptTask(tx, input.taskId) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ReportTaskProgressPayload, {
    description: 'Reports progress for one period on a task without subtasks (OFFICER or LEAD of the executor); every ancestor is recomputed in the same transaction.',
  })
  reportTaskProgress(@Arg('input', () => ReportTaskProgressInput, { description: 'The report.' }) input: ReportTaskProgressInput, @Ctx() ctx: RequestContext) {
    return runIdempotentMutation(
      ctx,
      'reportTaskProgress',
      input,
      async (tx) => {
        const { report, task } = await tasks.reportTaskProgress(tx, input);
        return { result: { report, task }, id: report.rowId };
      },
      async (tx, id) => {
        const report = await tx.em.findOneOrFail(ProgressReport, { where: { rowId: id } });
        return { report, task: await taskById(tx).load(report.taskId) };
      },
    );
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => CompleteMilestonePayload, { description: 'Marks a PLANNED milestone COMPLETED (OFFICER or LEAD of the executor).' })
  completeMilestone(@Arg('input', () => CompleteMilestoneInput, { description: 'The milestone.' }) input: CompleteMilestoneInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, (tx) => tasks.completeMilestone(tx, input));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => VerifyMilestonePayload, { description: 'Confirms a COMPLETED milestone (LEAD of the assigner); it then counts in verifiedProgress.' })
  verifyMilestone(@Arg('input', () => VerifyMilestoneInput, { description: 'The milestone.' }) input: VerifyMilestoneInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, (tx) => tasks.verifyMilestone(tx, input));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => ClaimTaskCompletionPayload, { description: 'Claims completion with the results (LEAD of the executor); only when every subtask is VERIFIED or CANCELLED.' })
  claimTaskCompletion(@Arg('input', () => ClaimTaskCompletionInput, { description: 'The claim.' }) input: ClaimTaskCompletionInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ task: await tasks.claimTaskCompletion(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => VerifyTaskCompletionPayload, { description: 'Verifies (or sends back) a claimed completion (LEAD of the assigner only).' })
  verifyTaskCompletion(@Arg('input', () => VerifyTaskCompletionInput, { description: 'The verification.' }) input: VerifyTaskCompletionInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ task: await tasks.verifyTaskCompletion(tx, input) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => RequestDeadlineExtensionPayload, { description: 'Asks the assigner for a later deadline, never past the parent’s (OFFICER or LEAD of the executor).' })
  requestDeadlineExtension(@Arg('input', () => RequestDeadlineExtensionInput, { description: 'The request.' }) input: RequestDeadlineExtensionInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, (tx) => tasks.requestDeadlineExtension(tx, input));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => DecideDeadlineExtensionPayload, { description: 'Grants or denies an extension request (LEAD of the assigner).' })
  decideDeadlineExtension(@Arg('input', () => DecideDeadlineExtensionInput, { description: 'The decision.' }) input: DecideDeadlineExtensionInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, (tx) => tasks.decideDeadlineExtension(tx, input));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => CancelTaskPayload, { description: 'Cancels a task and every unfinished task below it (LEAD of the assigner).' })
  cancelTask(@Arg('input', () => CancelTaskInput, { description: 'The task.' }) input: CancelTaskInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, (tx) => tasks.cancelTask(tx, input));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => RemindTaskPayload, { description: '催办: issues an URGENT directive to the executor, linked to the task (LEAD of the assigner).' })
  async remindTask(@Arg('input', () => RemindTaskInput, { description: 'The reminder.' }) input: RemindTaskInput, @Ctx() ctx: RequestContext) {
    return runIdempotentMutation(
      ctx,
      'remindTask',
      input,
      async (tx) => {
        const r = await tasks.remindTask(tx, input);
        return { result: { task: r.task, directive: r.issued.directive }, id: r.issued.directive.rowId };
      },
      async (tx, id) => {
        const reminder = await tx.em.findOneOrFail(TaskReminder, { where: { directiveId: id } });
        return { task: await taskById(tx).load(reminder.taskId), directive: await findVisibleDirective(tx, id) };
      },
    );
  }
}

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @FieldResolver(() => ReformTask, { description: 'The task reported on.' })
  async task(@Root() report: ProgressReport, @Ctx() ctx: RequestContext): Promise<ReformTask> {
    return (await taskById(ctx).load(report.taskId))!;
  }

  @FieldResolver(() => Body, { description: 'The executing body that submitted it.' })
  submittedBy(@Root() report: ProgressReport, @Ctx() ctx: RequestContext): Promise<Body> {
    return body(ctx, report.submittedById);
  }
}

@Resolver(() => ReformFund)
export class ReformFundResolver {
  @FieldResolver(() => Body, { description: 'The body holding the fund.' })
  holder(@Root() fund: ReformFund, @Ctx() ctx: RequestContext): Promise<Body> {
    return body(ctx, fund.holderId);
  }

  @FieldResolver(() => MoneyScalar, { description: 'Σ of its allocations (exact).' })
  allocated(@Root() fund: ReformFund, @Ctx() ctx: RequestContext): Promise<bigint> {
    return allocatedOf(ctx).load(fund.rowId);
  }

  @FieldResolver(() => MoneyScalar, { description: 'What is left to allocate: amount − allocated, never negative.' })
  async remaining(@Root() fund: ReformFund, @Ctx() ctx: RequestContext): Promise<bigint> {
    return fund.amount - (await allocatedOf(ctx).load(fund.rowId));
  }

  @FieldResolver(() => [FundAllocation], { description: 'Its allocations, oldest first.' })
  allocations(@Root() fund: ReformFund, @Ctx() ctx: RequestContext): Promise<FundAllocation[]> {
    return ctx.em.find(FundAllocation, { where: { fundId: fund.rowId }, order: { rowId: 'ASC' } });
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => CreateReformFundPayload, { description: 'Sets up a reform fund of the caller’s body for a fiscal year (LEAD).' })
  createReformFund(@Arg('input', () => CreateReformFundInput, { description: 'The fund.' }) input: CreateReformFundInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'createReformFund', input, 'fund', (tx) => funds.createReformFund(tx, input), (tx, id) => fundById(tx).load(id));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => AllocateFundPayload, { description: 'Allocates money of a fund of the caller’s body to a task in its jurisdiction (LEAD); Σ allocations never exceeds the fund, also under racing requests.' })
  allocateFund(@Arg('input', () => AllocateFundInput, { description: 'The allocation.' }) input: AllocateFundInput, @Ctx() ctx: RequestContext) {
    return runIdempotentMutation(
      ctx,
      'allocateFund',
      input,
      async (tx) => {
        const { fund, allocation } = await funds.allocateFund(tx, input);
        return { result: { fund, allocation }, id: allocation.rowId };
      },
      async (tx, id) => {
        const allocation = await tx.em.findOneOrFail(FundAllocation, { where: { rowId: id } });
        return { allocation, fund: await fundById(tx).load(allocation.fundId) };
      },
    );
  }
}

@Resolver(() => FundAllocation)
export class FundAllocationResolver {
  @FieldResolver(() => ReformFund, { nullable: true, description: 'The fund it comes from; null when the caller may not read the fund (a body below its holder sees only the amount it got).' })
  fund(@Root() a: FundAllocation, @Ctx() ctx: RequestContext): Promise<ReformFund | null> {
    return funds.findVisibleFund(ctx, a.fundId);
  }

  @FieldResolver(() => ReformTask, { nullable: true, description: 'The task it goes to; null when the caller may not read it.' })
  async to(@Root() a: FundAllocation, @Ctx() ctx: RequestContext): Promise<ReformTask | null> {
    const task = await taskById(ctx).load(a.targetId);
    return task && (await canReadTask(ctx, task)) ? task : null;
  }
}

@Resolver(() => AnnualTaskList)
export class AnnualTaskListResolver {
  @Public()
  @Query(() => AnnualTaskList, { nullable: true, description: 'The annual list of a body for a year; null when there is none or the caller may not read it (the public reads public lists).' })
  annualTaskList(
    @Arg('bodyCode', () => String, { description: 'Code of the body.' }) bodyCode: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AnnualTaskList | null> {
    return lists.annualTaskList(ctx, bodyCode, year);
  }

  @FieldResolver(() => Body, { description: 'The body whose list it is.' })
  body(@Root() list: AnnualTaskList, @Ctx() ctx: RequestContext): Promise<Body> {
    return findBodyById(ctx, list.bodyId).then((b) => b!);
  }

  @FieldResolver(() => [AnnualTaskListItem], { description: 'The items, by rank.' })
  items(@Root() list: AnnualTaskList, @Ctx() ctx: RequestContext): Promise<AnnualTaskListItem[]> {
    return lists.itemsOf(ctx, list);
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => PublishAnnualTaskListPayload, { description: 'Publishes the annual list of major reform tasks of the caller’s body for a year (a LEAD of the body; once per body and year).' })
  publishAnnualTaskList(@Arg('input', () => PublishAnnualTaskListInput, { description: 'The list.' }) input: PublishAnnualTaskListInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'publishAnnualTaskList', input, 'list', (tx) => lists.publishAnnualTaskList(tx, input), (tx, id) => tx.em.findOneByOrFail(AnnualTaskList, { rowId: id }));
  }
}

@Resolver(() => AnnualTaskListItem)
export class AnnualTaskListItemResolver {
  @FieldResolver(() => ReformTask, { nullable: true, description: 'The task; null when the caller may not read it (the public reads the title only).' })
  async task(@Root() item: AnnualTaskListItem, @Ctx() ctx: RequestContext): Promise<ReformTask | null> {
    const task = await taskById(ctx).load(item.taskId);
    return task && (await canReadTask(ctx, task)) ? task : null;
  }

  @FieldResolver(() => Post, { description: 'The responsible leader’s post (titles are public; holder names only inside the post’s jurisdiction).' })
  async responsibleLeader(@Root() item: AnnualTaskListItem, @Ctx() ctx: RequestContext): Promise<Post> {
    return (await findPost(ctx, item.responsibleLeaderId))!;
  }
}
