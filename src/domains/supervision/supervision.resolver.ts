import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Authenticated, Public, RequireRole, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { unauthenticated } from '../../platform/errors/api-errors';
import { Page, PageArgs } from '../../platform/graphql/connection';
import { runMutation } from '../../platform/graphql/mutation';
import { Node } from '../../platform/graphql/node';
import { createIdempotently } from '../../platform/idempotency';
import { Body } from '../bodies/body.entities';
import { findBodyById } from '../bodies/body.service';
import { decodeDeliveryCursor } from '../channels/deliveries';
import { canReadFinding, canReadReferral } from './supervision.access';
import { DisciplineReferral, Finding, Inspection, RectificationOrder, RectificationReport, RectificationVerification, SiteVisit } from './supervision.entities';
import { GroupRole } from './supervision.enums';
import {
  findingById,
  findingIdsOfOrder,
  findingsOf,
  inspectionById,
  memberIds,
  orderById,
  orderIdsOfFinding,
  referralOf,
  reportsOf,
  scopeIds,
  subjectIds,
  taskIdOfOrder,
  verificationsOf,
  visitsOf,
} from './supervision.loaders';
import { ReformTask } from '../tasks/task.entities';
import { findVisibleTask } from '../tasks/task.access';
import { rectificationDeliveries } from './rectification.deliveries';
import * as supervision from './supervision.service';
import {
  AcknowledgeRectificationOrderInput,
  AcknowledgeRectificationOrderPayload,
  AddInspectionGroupMemberInput,
  AddInspectionGroupMemberPayload,
  ConcludeInspectionInput,
  ConcludeInspectionPayload,
  InspectionConnection,
  InspectionGroupMemberView,
  InspectionStats,
  IssueRectificationOrderInput,
  IssueRectificationOrderPayload,
  PlanInspectionInput,
  PlanInspectionPayload,
  RecordFindingInput,
  RecordFindingPayload,
  RecordSiteVisitInput,
  RecordSiteVisitPayload,
  RectificationDelivery,
  RectificationOrderConnection,
  ReferFindingToDisciplineInput,
  ReferFindingToDisciplinePayload,
  ReportRectificationInput,
  ReportRectificationPayload,
  SubmitRectificationPlanInput,
  SubmitRectificationPlanPayload,
  VerifyRectificationInput,
  VerifyRectificationPayload,
} from './supervision.types';

const bodies = async (ctx: RequestContext, ids: string[]) => (await Promise.all(ids.map((id) => findBodyById(ctx, id)))) as Body[];
const visibleNodes = async (ctx: RequestContext, ids: string[]) => (await Promise.all(ids.map((id) => supervision.visibleNode(ctx, id)))).filter((n): n is Node => !!n);

@ArgsType()
class InspectionsLedArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Only inspections of this year.' })
  year?: number | null;
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Public()
  @Query(() => InspectionStats, { nullable: true, description: 'Figures of the inspections led inside a body’s subtree in a year, with the on-site share; public, counts only. Null for an unknown body.' })
  inspectionStats(
    @Arg('bodyCode', () => String, { description: 'A body code; its whole subtree counts.' }) bodyCode: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return supervision.inspectionStats(ctx, bodyCode, year);
  }

  @FieldResolver(() => Body, { description: 'The lead body (牵头).' })
  async lead(@Root() i: Inspection, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, i.leadId))!;
  }

  @FieldResolver(() => [InspectionGroupMemberView], { description: 'The group: the lead first, then the joint members in the order they joined.' })
  async group(@Root() i: Inspection, @Ctx() ctx: RequestContext): Promise<InspectionGroupMemberView[]> {
    const members = await bodies(ctx, await memberIds(ctx).load(i.rowId));
    return [{ body: (await findBodyById(ctx, i.leadId))!, role: GroupRole.LEAD }, ...members.map((body) => ({ body, role: GroupRole.MEMBER }))];
  }

  @FieldResolver(() => [Body], { description: 'The bodies inspected.' })
  async subjects(@Root() i: Inspection, @Ctx() ctx: RequestContext): Promise<Body[]> {
    return (await bodies(ctx, await subjectIds(ctx).load(i.rowId))).sort((a, b) => a.code.localeCompare(b.code));
  }

  @FieldResolver(() => [Node], { description: 'The objects in scope that the caller may see.' })
  async scope(@Root() i: Inspection, @Ctx() ctx: RequestContext): Promise<Node[]> {
    return visibleNodes(ctx, await scopeIds(ctx).load(i.rowId));
  }

  @FieldResolver(() => [SiteVisit], { description: 'Site visits, oldest first (ON_SITE only).' })
  visits(@Root() i: Inspection, @Ctx() ctx: RequestContext): Promise<SiteVisit[]> {
    return visitsOf(ctx).load(i.rowId);
  }

  @FieldResolver(() => [Finding], { description: 'Findings the caller may read: all of them for the inspecting side, otherwise those about bodies in its jurisdiction.' })
  async findings(@Root() i: Inspection, @Ctx() ctx: RequestContext): Promise<Finding[]> {
    const all = await findingsOf(ctx).load(i.rowId);
    const visible = await Promise.all(all.map((f) => canReadFinding(ctx, i, f)));
    return all.filter((_, n) => visible[n]);
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => PlanInspectionPayload, { description: 'Plans an inspection led by the caller’s body (LEAD). Subjects above or beside the lead: SUBJECT_OUT_OF_JURISDICTION.' })
  planInspection(@Arg('input', () => PlanInspectionInput, { description: 'The inspection.' }) input: PlanInspectionInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'planInspection', input, 'inspection', (tx) => supervision.planInspection(tx, input), (tx, id) => inspectionById(tx).load(id));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => AddInspectionGroupMemberPayload, { description: 'Adds a body to the joint group (LEAD of the lead body).' })
  addInspectionGroupMember(@Arg('input', () => AddInspectionGroupMemberInput, { description: 'The member.' }) input: AddInspectionGroupMemberInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ inspection: await supervision.addInspectionGroupMember(tx, input) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => RecordSiteVisitPayload, { description: 'Records a visit to a subject (OFFICER or LEAD of the lead or a member; ON_SITE only).' })
  recordSiteVisit(@Arg('input', () => RecordSiteVisitInput, { description: 'The visit.' }) input: RecordSiteVisitInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ visit: await supervision.recordSiteVisit(tx, input) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => RecordFindingPayload, { description: 'Records a finding at a subject (OFFICER or LEAD of the lead or a member).' })
  recordFinding(@Arg('input', () => RecordFindingInput, { description: 'The finding.' }) input: RecordFindingInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'recordFinding', input, 'finding', async (tx) => (await supervision.recordFinding(tx, input)).finding, (tx, id) => findingById(tx).load(id));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => ReferFindingToDisciplinePayload, { description: 'Refers a finding to discipline inspection (LEAD of the lead body). The referral is never public.' })
  referFindingToDiscipline(@Arg('input', () => ReferFindingToDisciplineInput, { description: 'The referral.' }) input: ReferFindingToDisciplineInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ finding: await supervision.referFindingToDiscipline(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => ConcludeInspectionPayload, { description: 'Concludes the inspection (LEAD of the lead body): ON_SITE needs a visit per subject, every finding but good practice an order or a reason for none.' })
  concludeInspection(@Arg('input', () => ConcludeInspectionInput, { description: 'The conclusion.' }) input: ConcludeInspectionInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ inspection: await supervision.concludeInspection(tx, input) }));
  }
}

@Resolver(() => SiteVisit)
export class SiteVisitResolver {
  @FieldResolver(() => Body, { description: 'The subject visited.' })
  async body(@Root() v: SiteVisit, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, v.bodyId))!;
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @FieldResolver(() => Inspection, { description: 'The inspection.' })
  async inspection(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<Inspection> {
    return (await inspectionById(ctx).load(f.inspectionId))!;
  }

  @FieldResolver(() => Body, { description: 'The body it concerns.' })
  async subject(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, f.subjectId))!;
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The object it is about, when the caller may see it.' })
  about(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<Node | null> {
    return f.aboutId ? supervision.visibleNode(ctx, f.aboutId) : Promise.resolve(null);
  }

  @FieldResolver(() => [RectificationOrder], { description: 'Rectification orders for it.' })
  async orders(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<RectificationOrder[]> {
    // Whoever reads the finding reads its orders: the issuer is the inspection's lead (a member's
    // government is at or above it) and the addressee is the finding's subject.
    const orders = (await orderById(ctx).loadMany(await orderIdsOfFinding(ctx).load(f.rowId))) as RectificationOrder[];
    return orders.sort((a, b) => a.rowId.localeCompare(b.rowId));
  }

  @FieldResolver(() => DisciplineReferral, { nullable: true, description: 'Its referral to discipline inspection: null when there is none or the caller may not know (only deciders and the subject’s LEADs may).' })
  async disciplineReferral(@Root() f: Finding, @Ctx() ctx: RequestContext): Promise<DisciplineReferral | null> {
    const r = await referralOf(ctx).load(f.rowId);
    if (!r) return null;
    return (await canReadReferral(ctx, (await findBodyById(ctx, f.subjectId))!, r)) ? r : null;
  }
}

@Resolver(() => DisciplineReferral)
export class DisciplineReferralResolver {
  @FieldResolver(() => Body, { description: 'The discipline-inspection body referred to.' })
  async referredTo(@Root() r: DisciplineReferral, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, r.toBodyId))!;
  }
}

function requireActor(ctx: RequestContext): RequestContext {
  if (!ctx.actor) throw unauthenticated('Subscriptions need a token in connection_init.');
  return ctx;
}

@Resolver(() => RectificationOrder)
export class RectificationOrderResolver {
  @FieldResolver(() => Inspection, { description: 'The inspection that found it.' })
  async inspection(@Root() o: RectificationOrder, @Ctx() ctx: RequestContext): Promise<Inspection> {
    return (await inspectionById(ctx).load(o.inspectionId))!;
  }

  @FieldResolver(() => [Finding], { description: 'The findings it rectifies.' })
  async findings(@Root() o: RectificationOrder, @Ctx() ctx: RequestContext): Promise<Finding[]> {
    return ((await findingById(ctx).loadMany(await findingIdsOfOrder(ctx).load(o.rowId))) as Finding[]).sort((a, b) => a.rowId.localeCompare(b.rowId));
  }

  @FieldResolver(() => Body, { description: 'The issuing body (the inspection’s lead).' })
  async issuer(@Root() o: RectificationOrder, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, o.issuerId))!;
  }

  @FieldResolver(() => Body, { description: 'The addressee: the findings’ subject.' })
  async addressee(@Root() o: RectificationOrder, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, o.addresseeId))!;
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body above the addressee it was escalated to.' })
  escalatedTo(@Root() o: RectificationOrder, @Ctx() ctx: RequestContext): Promise<Body | null> {
    return o.escalatedToId ? findBodyById(ctx, o.escalatedToId) : Promise.resolve(null);
  }

  @FieldResolver(() => ReformTask, { nullable: true, description: 'The RECTIFICATION task the order created in the addressee’s tree, due with the order; null if the caller may not read it.' })
  async task(@Root() o: RectificationOrder, @Ctx() ctx: RequestContext): Promise<ReformTask | null> {
    const id = await taskIdOfOrder(ctx).load(o.rowId);
    return id ? findVisibleTask(ctx, id) : null;
  }

  @FieldResolver(() => [RectificationReport], { description: 'The addressee’s reports, oldest first.' })
  reports(@Root() o: RectificationOrder, @Ctx() ctx: RequestContext): Promise<RectificationReport[]> {
    return reportsOf(ctx).load(o.rowId);
  }

  @FieldResolver(() => [RectificationVerification], { description: 'The issuer’s verifications, oldest first.' })
  verifications(@Root() o: RectificationOrder, @Ctx() ctx: RequestContext): Promise<RectificationVerification[]> {
    return verificationsOf(ctx).load(o.rowId);
  }

  @FieldResolver(() => RectificationVerification, { nullable: true, description: 'The latest verification.' })
  async verification(@Root() o: RectificationOrder, @Ctx() ctx: RequestContext): Promise<RectificationVerification | null> {
    return (await verificationsOf(ctx).load(o.rowId)).at(-1) ?? null;
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => IssueRectificationOrderPayload, { description: 'Orders the subject of findings to rectify them by a deadline (LEAD of the inspection’s lead body).' })
  async issueRectificationOrder(@Arg('input', () => IssueRectificationOrderInput, { description: 'The order.' }) input: IssueRectificationOrderInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'issueRectificationOrder', input, 'order', (tx) => supervision.issueRectificationOrder(tx, input), (tx, id) => orderById(tx).load(id));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => AcknowledgeRectificationOrderPayload, { description: 'Acknowledges an order addressed to the caller’s body (OFFICER or LEAD).' })
  acknowledgeRectificationOrder(@Arg('input', () => AcknowledgeRectificationOrderInput, { description: 'The order.' }) input: AcknowledgeRectificationOrderInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ order: await supervision.acknowledgeRectificationOrder(tx, input.orderId) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => SubmitRectificationPlanPayload, { description: 'Submits (or revises) the addressee’s rectification plan (OFFICER or LEAD).' })
  submitRectificationPlan(@Arg('input', () => SubmitRectificationPlanInput, { description: 'The plan.' }) input: SubmitRectificationPlanInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ order: await supervision.submitRectificationPlan(tx, input) }));
  }

  @RequireRole(Role.OFFICER, Role.LEAD)
  @Mutation(() => ReportRectificationPayload, { description: 'Reports progress or completion (OFFICER or LEAD of the addressee).' })
  reportRectification(@Arg('input', () => ReportRectificationInput, { description: 'The report.' }) input: ReportRectificationInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ order: await supervision.reportRectification(tx, input) }));
  }

  @RequireRole(Role.LEAD)
  @Mutation(() => VerifyRectificationPayload, { description: 'Verifies a completion report (LEAD of the issuer only): accepted, or rejected with a new deadline.' })
  verifyRectification(@Arg('input', () => VerifyRectificationInput, { description: 'The verification.' }) input: VerifyRectificationInput, @Ctx() ctx: RequestContext) {
    return runMutation(ctx, async (tx) => ({ order: await supervision.verifyRectification(tx, input) }));
  }

  @Authenticated()
  @Subscription(() => RectificationDelivery, {
    description: 'Rectification orders addressed to the caller’s body. With `after` (a delivery cursor), first every later delivery in order, then live; without, only new ones.',
    subscribe: ({ args, context }) => rectificationDeliveries(requireActor(context as RequestContext), decodeDeliveryCursor(args.after as string | null)),
  })
  rectificationOrderReceived(@Root() delivery: RectificationDelivery, @Arg('after', () => String, { nullable: true, description: 'Cursor of the last delivery seen.' }) _after?: string): RectificationDelivery {
    return delivery;
  }
}

@Resolver(() => RectificationVerification)
export class VerificationResolver {
  @FieldResolver(() => Body, { description: 'The verifying body (the issuer).' })
  async by(@Root() v: RectificationVerification, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, v.byBodyId))!;
  }
}

@Resolver(() => Body)
export class BodySupervisionResolver {
  @FieldResolver(() => InspectionConnection, { description: 'Inspections this body leads, newest first (inside the caller’s jurisdiction).' })
  inspectionsLed(@Root() body: Body, @Args(() => InspectionsLedArgs) args: InspectionsLedArgs, @Ctx() ctx: RequestContext): Promise<Page<Inspection>> {
    return supervision.inspectionsLedBy(ctx, body, args.year, args);
  }

  @FieldResolver(() => RectificationOrderConnection, { description: 'Rectification orders addressed to this body, newest first (inside the caller’s jurisdiction).' })
  rectificationOrdersReceived(@Root() body: Body, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<Page<RectificationOrder>> {
    return supervision.ordersReceivedBy(ctx, body, args);
  }
}
