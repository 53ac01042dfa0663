import type { SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { lazyPage, Page, PageArgs, paginate } from '../../platform/graphql/connection';
import { toGlobalId } from '../../platform/graphql/global-id';
import { HubEvent } from '../../platform/events/hub-event.entity';
import { Body, BodyAncestry } from '../bodies/body.entities';
import { Level } from '../bodies/body.enums';
import { findBodyByCode, findBodyById } from '../bodies/body.service';
import { DecisionStageRecord, ReformDecision, Suggestion } from '../decisions/decision.entities';
import { DecisionStageKind, StageStatus } from '../decisions/decision.enums';
import { consultationWindow } from '../decisions/decision.service';
import { Evaluation } from '../evaluation/evaluation.entities';
import { Pilot } from '../pilots/pilot.entities';
import { experiencesOf, sitesOf } from '../pilots/pilot.service';
import { AnnualTaskList, AnnualTaskListItem, ReformTask } from '../tasks/task.entities';
import { OPEN_STATUSES } from '../tasks/task.enums';
import { publicCondition, publicationsByIds } from './publication.service';
import { Publication } from './transparency.entities';
import { PublicationStatus, PublicChangeKind } from './transparency.enums';
import {
  PublicAnnualTaskList,
  PublicAnnualTaskListItem,
  PublicBody,
  PublicChange,
  PublicConsultation,
  PublicDecision,
  PublicDecisionsArgs,
  PublicEvaluation,
  PublicEvaluationsArgs,
  PublicPilot,
  PublicPilotSite,
  PublicPilotsArgs,
  PublicReplicableExperience,
  PublicSuggestion,
  PublicSuggestionsArgs,
  PublicTask,
  PublicTasksArgs,
  PublicTombstone,
} from './transparency.types';

// The public portal's reads: each pages over the public rows of one type (the condition the
// publication act keeps, `publicCondition`) and projects them into the public types. Nothing here
// looks at the caller: the public, a LEAD and an integrator get the same answer.

/** The same page with each node projected. */
function mapPage<T, U>(page: Page<T>, project: (node: T) => U): Page<U> {
  return lazyPage(async () => {
    const data = await page.loadPage();
    return { ...data, edges: data.edges.map((e) => ({ cursor: e.cursor, node: project(e.node) })) };
  }, page.countTotal);
}

const byRowIdDesc = <E extends { rowId: string }>(alias: string) => [{ column: `${alias}.rowId`, read: (e: E) => e.rowId, kind: 'text' as const, direction: 'DESC' as const }];

export function toPublicBody(b: Body): PublicBody {
  return Object.assign(new PublicBody(), { id: b.id, code: b.code, name: b.name, level: b.level });
}

export async function publicBody(ctx: RequestContext, rowId: string): Promise<PublicBody> {
  return toPublicBody((await findBodyById(ctx, rowId))!);
}

/** Restricts to a body's subtree by code; an unknown code matches nothing. */
async function underBody<E extends object>(ctx: RequestContext, qb: SelectQueryBuilder<E>, column: string, bodyCode: string | null | undefined): Promise<void> {
  if (bodyCode === null || bodyCode === undefined) return;
  const body = await findBodyByCode(ctx, bodyCode);
  if (!body) qb.andWhere('1 = 0');
  else qb.innerJoin(BodyAncestry, 'anc', `anc.descendantId = ${column} AND anc.ancestorId = :root`, { root: body.rowId });
}

function levelOf<E extends object>(qb: SelectQueryBuilder<E>, column: string, level: Level | null | undefined): void {
  if (level) qb.innerJoin(Body, 'lb', `lb.rowId = ${column}`).andWhere('lb.level = :level', { level });
}

export function toPublicDecision(d: ReformDecision): PublicDecision {
  return Object.assign(new PublicDecision(), {
    id: d.id,
    reference: d.reference,
    title: d.title,
    problemStatement: d.problemStatement,
    status: d.status,
    publishedAt: d.publishedAt!,
    adoptedAt: d.adoptedAt,
    effectiveFrom: d.effectiveFrom,
    decisionMakerId: d.decisionMakerId,
  });
}

export function publicDecisions(ctx: RequestContext, args: PublicDecisionsArgs): Page<PublicDecision> {
  const qb = ctx.em.createQueryBuilder(ReformDecision, 'x').where(publicCondition(ReformDecision.typename), { yes: true });
  levelOf(qb, 'x.decisionMakerId', args.level);
  if (args.status) qb.andWhere('x.status = :status', { status: args.status });
  return mapPage(paginate(qb, byRowIdDesc<ReformDecision>('x'), args), toPublicDecision);
}

export function publicConsultations(ctx: RequestContext, open: boolean | null | undefined, args: PageArgs): Page<PublicConsultation> {
  const qb = ctx.em
    .createQueryBuilder(DecisionStageRecord, 'r')
    .innerJoinAndSelect('r.decisionRef', 'x')
    .where('r.kind = :kind', { kind: DecisionStageKind.PUBLIC_CONSULTATION })
    .andWhere(publicCondition(ReformDecision.typename), { yes: true });
  if (open !== null && open !== undefined) qb.andWhere(open ? 'r.status = :openStatus' : 'r.status <> :openStatus', { openStatus: StageStatus.OPEN });
  const sort = [{ column: 'r.decisionId', read: (r: DecisionStageRecord) => r.decisionId, kind: 'text' as const, direction: 'DESC' as const }];
  return mapPage(paginate(qb, sort, args), (r) => {
    const window = consultationWindow(r);
    return Object.assign(new PublicConsultation(), { decision: toPublicDecision(r.decisionRef!), opensAt: window?.opensAt ?? null, closesAt: window?.closesAt ?? null, open: r.status === StageStatus.OPEN });
  });
}

export function toPublicTask(t: ReformTask): PublicTask {
  return Object.assign(new PublicTask(), {
    id: t.id,
    code: t.code,
    title: t.title,
    target: t.target,
    year: t.year,
    deadline: t.deadline,
    progress: t.progress,
    status: t.status,
    overdue: t.overdue,
    executorId: t.executorId,
    assignedById: t.assignedById,
  });
}

export async function publicTasks(ctx: RequestContext, args: PublicTasksArgs): Promise<Page<PublicTask>> {
  const qb = ctx.em.createQueryBuilder(ReformTask, 'x').where(publicCondition(ReformTask.typename), { yes: true });
  await underBody(ctx, qb, 'x.executorId', args.bodyCode);
  if (args.year !== null && args.year !== undefined) qb.andWhere('x.year = :year', { year: args.year });
  if (args.overdue !== null && args.overdue !== undefined) {
    // The same rule as ReformTask.overdue, derived at read time.
    const overdue = '(x.status IN (:...openStatuses) AND x.deadline < :now)';
    qb.andWhere(args.overdue ? overdue : `NOT ${overdue}`, { openStatuses: OPEN_STATUSES, now: new Date() });
  }
  return mapPage(paginate(qb, byRowIdDesc<ReformTask>('x'), args), toPublicTask);
}

/**
 * Published pilots, newest first. `publishedAt` comes from the publication (the act), read for the
 * whole page in one statement; sites and experiences are batched by the pilots' loaders.
 */
export async function publicPilots(ctx: RequestContext, args: PublicPilotsArgs): Promise<Page<PublicPilot>> {
  const qb = ctx.em.createQueryBuilder(Pilot, 'x').where(publicCondition(Pilot.typename), { yes: true });
  if (args.sponsorCode !== null && args.sponsorCode !== undefined) {
    const body = await findBodyByCode(ctx, args.sponsorCode);
    qb.andWhere('x.sponsorId = :sponsor', { sponsor: body?.rowId ?? '' });
  }
  if (args.status) qb.andWhere('x.status = :status', { status: args.status });
  if (args.field !== null && args.field !== undefined) qb.andWhere('x.field = :field', { field: args.field.trim() });
  const page = paginate(qb, byRowIdDesc<Pilot>('x'), args);
  return lazyPage(async () => {
    const data = await page.loadPage();
    const ids = data.edges.map((e) => e.node.rowId);
    const published = new Map(
      (ids.length ? await ctx.em.findBy(Publication, { subjectType: Pilot.typename, subjectId: In(ids) }) : []).map((p) => [p.subjectId, p.publishedAt]),
    );
    return {
      ...data,
      edges: data.edges.map((e) => {
        const p = e.node;
        const node = Object.assign(new PublicPilot(), {
          id: p.id,
          rowId: p.rowId,
          code: p.code,
          title: p.title,
          field: p.field,
          hypothesis: p.hypothesis,
          startsAt: p.startsAt,
          endsAt: p.endsAt,
          status: p.status,
          verdict: p.verdict,
          verdictReason: p.verdictReason,
          publishedAt: published.get(p.rowId)!,
          sponsorId: p.sponsorId,
        });
        return { cursor: e.cursor, node };
      }),
    };
  }, page.countTotal);
}

export async function publicPilotSites(ctx: RequestContext, pilotRowId: string): Promise<PublicPilotSite[]> {
  const sites = await sitesOf(ctx).load(pilotRowId);
  return sites.map((s) => Object.assign(new PublicPilotSite(), { scope: s.scope, authorizedDeviations: s.authorizedDeviations, legalBasisForDeviation: s.legalBasisForDeviation, bodyId: s.bodyId }));
}

export async function publicPilotExperiences(ctx: RequestContext, pilotRowId: string): Promise<PublicReplicableExperience[]> {
  const experiences = await experiencesOf(ctx).load(pilotRowId);
  return experiences.map((x) => Object.assign(new PublicReplicableExperience(), { title: x.title, description: x.description }));
}

export async function publicAnnualTaskList(ctx: RequestContext, bodyCode: string, year: number): Promise<PublicAnnualTaskList | null> {
  const body = await findBodyByCode(ctx, bodyCode);
  if (!body) return null;
  const list = await ctx.em.createQueryBuilder(AnnualTaskList, 'x').where('x.bodyId = :body AND x.year = :year', { body: body.rowId, year }).andWhere(publicCondition(AnnualTaskList.typename), { yes: true }).getOne();
  return list ? Object.assign(new PublicAnnualTaskList(), { id: list.id, rowId: list.rowId, year: list.year, title: list.title, publishedAt: list.publishedAt, bodyId: list.bodyId }) : null;
}

export async function publicAnnualTaskListItems(ctx: RequestContext, listRowId: string): Promise<PublicAnnualTaskListItem[]> {
  const items = await ctx.em.find(AnnualTaskListItem, { where: { listId: listRowId }, order: { rank: 'ASC' } });
  return items.map((i) => Object.assign(new PublicAnnualTaskListItem(), { rank: i.rank, title: i.title, highlight: i.highlight, responsibleLeaderId: i.responsibleLeaderId }));
}

export function publicEvaluations(ctx: RequestContext, args: PublicEvaluationsArgs): Page<PublicEvaluation> {
  const qb = ctx.em.createQueryBuilder(Evaluation, 'x').where(publicCondition(Evaluation.typename)).andWhere('x.period = :period', { period: String(args.year) });
  levelOf(qb, 'x.bodyId', args.level);
  return mapPage(paginate(qb, byRowIdDesc<Evaluation>('x'), args), (e) =>
    Object.assign(new PublicEvaluation(), { id: e.id, rowId: e.rowId, period: e.period, version: e.version, total: e.total, publishedAt: e.publishedAt!, bodyId: e.bodyId, systemId: e.systemId }),
  );
}

export async function publicSuggestions(ctx: RequestContext, args: PublicSuggestionsArgs): Promise<Page<PublicSuggestion>> {
  const qb = ctx.em.createQueryBuilder(Suggestion, 'x').where(publicCondition(Suggestion.typename));
  if (args.bodyCode !== null && args.bodyCode !== undefined) {
    const body = await findBodyByCode(ctx, args.bodyCode);
    qb.andWhere('x.toBodyId = :to', { to: body?.rowId ?? '' });
  }
  if (args.answered !== null && args.answered !== undefined) qb.andWhere(args.answered ? 'x.answeredAt IS NOT NULL' : 'x.answeredAt IS NULL');
  return mapPage(paginate(qb, byRowIdDesc<Suggestion>('x'), args), (s) =>
    Object.assign(new PublicSuggestion(), { id: s.id, topic: s.topic, text: s.text, status: s.status, submittedAt: s.submittedAt, answer: s.answer, answeredAt: s.answeredAt, toBodyId: s.toBodyId }),
  );
}

export function publicWithdrawals(ctx: RequestContext, args: PageArgs): Page<PublicTombstone> {
  const qb = ctx.em.createQueryBuilder(Publication, 'x').where('x.status = :withdrawn', { withdrawn: PublicationStatus.WITHDRAWN });
  return mapPage(paginate(qb, byRowIdDesc<Publication>('x'), args), (p) =>
    Object.assign(new PublicTombstone(), { id: toGlobalId(p.subjectType, p.subjectId), subjectType: p.subjectType, title: p.title, withdrawn: true, reason: p.withdrawalReason!, withdrawnAt: p.withdrawnAt!, bodyId: p.bodyId }),
  );
}

const CHANGE_KINDS: Record<string, PublicChangeKind> = { ObjectPublished: PublicChangeKind.PUBLISHED, PublicationWithdrawn: PublicChangeKind.WITHDRAWN };

/**
 * The polling feed: publications and withdrawals from the event log, oldest first. The log's seq
 * is gapless commit order, so a client resuming `after` its last cursor misses nothing.
 */
export function publicChanges(ctx: RequestContext, args: PageArgs): Page<PublicChange> {
  const qb = ctx.em.createQueryBuilder(HubEvent, 'e').where({ kind: In(Object.keys(CHANGE_KINDS)) });
  const page = paginate(qb, [{ column: 'e.seq', read: (e: HubEvent) => e.seq, kind: 'int', direction: 'ASC' }], args);
  return lazyPage(async () => {
    const data = await page.loadPage();
    const payloads = data.edges.map((e) => JSON.parse(e.node.payload) as { publicationId: string; reason?: string });
    const publications = new Map((await publicationsByIds(ctx, [...new Set(payloads.map((p) => p.publicationId))])).map((p) => [p.rowId, p]));
    return {
      ...data,
      edges: data.edges.map((edge, k) => {
        const p = publications.get(payloads[k].publicationId)!;
        const node = Object.assign(new PublicChange(), {
          kind: CHANGE_KINDS[edge.node.kind],
          subjectId: toGlobalId(edge.node.subjectType, edge.node.subjectId),
          subjectType: edge.node.subjectType,
          title: p.title,
          reason: payloads[k].reason ?? null,
          at: edge.node.occurredAt,
          bodyId: p.bodyId,
        });
        return { cursor: edge.cursor, node };
      }),
    };
  }, page.countTotal);
}
