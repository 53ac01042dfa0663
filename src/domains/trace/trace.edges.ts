import { EntityTarget, FindOptionsWhere, In } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { parseGlobalId } from '../../platform/graphql/global-id';
import { Directive, Feedback } from '../channels/channel.entities';
import { DecisionDirective, ReformDecision, Suggestion } from '../decisions/decision.entities';
import { Evaluation } from '../evaluation/evaluation.entities';
import { HubMetric } from '../evaluation/evaluation.enums';
import { Finding, Inspection, InspectionScope, RectificationOrder, RectificationOrderFinding } from '../supervision/supervision.entities';
import { ReformTask } from '../tasks/task.entities';
import { TaskStatus } from '../tasks/task.enums';
import { Pilot } from '../pilots/pilot.entities';
import { TraceRelation } from './trace.enums';
import { traceType } from './public-visibility';

// Where the links of the reform chain come from. Design choice: no `trace_link` table — each
// domain already stores its links in its own columns (a task's origin, decision_directive, the
// order's findings, a decision's cause…), written in the same transaction as the object; a second
// copy could drift and would need a backfill. Instead, each provider below reads one kind of link
// for a whole level of the walk at once: one statement per provider and direction per level, so a
// trace costs statements in its depth, not in its width. A new domain (pilots) adds its provider
// to EDGE_PROVIDERS — or calls registerTraceEdges — and its type in public-visibility.ts.

export interface TraceEnd {
  type: string;
  rowId: string;
}

export interface TraceEdge {
  relation: TraceRelation;
  from: TraceEnd;
  to: TraceEnd;
}

/** One level of the walk: its nodes by type, and their rows (batched, once). */
export interface Frontier {
  types(): string[];
  ids(type: string): string[];
  /** Global ids of every node of the level (for links that name their target by global id). */
  globalIds(): string[];
  rows<R>(type: string): Promise<R[]>;
}

export interface EdgeProvider {
  name: string;
  /** Links whose upstream end is in the frontier. */
  down(ctx: RequestContext, f: Frontier): Promise<TraceEdge[]>;
  /** Links whose downstream end is in the frontier. */
  up(ctx: RequestContext, f: Frontier): Promise<TraceEdge[]>;
}

const end = (type: string, rowId: string): TraceEnd => ({ type, rowId });

function fromGlobalId(globalId: string | null): TraceEnd | null {
  const d = globalId ? parseGlobalId(globalId) : null;
  return d ? end(d.type, d.rowId) : null;
}

/** A link kept as the rows of a join table: `from` and `to` name each end's type and column. */
function joinTable<R extends object>(name: string, table: EntityTarget<R>, relation: TraceRelation, from: [type: string, column: keyof R & string], to: [type: string, column: keyof R & string]): EdgeProvider {
  const edge = (r: R): TraceEdge => ({ relation, from: end(from[0], r[from[1]] as string), to: end(to[0], r[to[1]] as string) });
  const linksOf = async (ctx: RequestContext, [type, column]: [string, string], f: Frontier) => {
    const ids = f.ids(type);
    return ids.length ? (await ctx.em.find(table, { where: { [column]: In(ids) } as FindOptionsWhere<R> })).map(edge) : [];
  };
  return { name, down: (ctx, f) => linksOf(ctx, from, f), up: (ctx, f) => linksOf(ctx, to, f) };
}

// ---- decisions and directives -----------------------------------------------------------------

const decisionDirectives = joinTable('decision → directive', DecisionDirective, TraceRelation.ISSUED_BY_DECISION, [ReformDecision.typename, 'decisionId'], [Directive.typename, 'directiveId']);

/** Causes and successors of decisions: reconsideration (再决策) and supersession. */
const decisionCauses: EdgeProvider = {
  name: 'cause → decision',
  async down(ctx, f) {
    const where: object[] = [];
    for (const type of [Feedback.typename, Finding.typename, Evaluation.typename]) {
      const ids = f.ids(type);
      if (ids.length) where.push({ revisedBecauseType: type, revisedBecauseId: In(ids) });
    }
    const decisions = f.ids(ReformDecision.typename);
    if (decisions.length) where.push({ supersedesId: In(decisions) });
    if (!where.length) return [];
    const rows = await ctx.em.find(ReformDecision, { where: where as never, select: { rowId: true, supersedesId: true, revisedBecauseType: true, revisedBecauseId: true } });
    return rows.flatMap((d) => decisionLinks(d).filter((e) => f.ids(e.from.type).includes(e.from.rowId)));
  },
  async up(_ctx, f) {
    const rows = await f.rows<ReformDecision>(ReformDecision.typename);
    return rows.flatMap(decisionLinks);
  },
};

function decisionLinks(d: ReformDecision): TraceEdge[] {
  const out: TraceEdge[] = [];
  const self = end(ReformDecision.typename, d.rowId);
  if (d.supersedesId) out.push({ relation: TraceRelation.SUPERSEDED_BY, from: end(ReformDecision.typename, d.supersedesId), to: self });
  if (d.revisedBecauseType && d.revisedBecauseId) out.push({ relation: TraceRelation.REVISED_BECAUSE, from: end(d.revisedBecauseType, d.revisedBecauseId), to: self });
  return out;
}

/** Directives revised because of feedback or superseding others; feedback sent on directives. */
const directiveFeedback: EdgeProvider = {
  name: 'directive ↔ feedback',
  async down(ctx, f) {
    const directives = f.ids(Directive.typename);
    const feedback = f.ids(Feedback.typename);
    const where: object[] = [];
    if (feedback.length) where.push({ causedByFeedbackId: In(feedback) });
    if (directives.length) where.push({ supersedesId: In(directives) });
    const [revised, replies] = await Promise.all([
      where.length ? ctx.em.find(Directive, { where: where as never }) : [],
      directives.length ? ctx.em.find(Feedback, { where: { directiveId: In(directives) }, select: { rowId: true, directiveId: true } }) : [],
    ]);
    return [
      ...revised.flatMap(directiveLinks).filter((e) => f.ids(e.from.type).includes(e.from.rowId)),
      ...replies.map((r) => ({ relation: TraceRelation.FEEDBACK_ON, from: end(Directive.typename, r.directiveId!), to: end(Feedback.typename, r.rowId) })),
    ];
  },
  async up(_ctx, f) {
    const [directives, feedback] = await Promise.all([f.rows<Directive>(Directive.typename), f.rows<Feedback>(Feedback.typename)]);
    return [
      ...directives.flatMap(directiveLinks),
      ...feedback.filter((r) => r.directiveId).map((r) => ({ relation: TraceRelation.FEEDBACK_ON, from: end(Directive.typename, r.directiveId!), to: end(Feedback.typename, r.rowId) })),
    ];
  },
};

function directiveLinks(d: Directive): TraceEdge[] {
  const out: TraceEdge[] = [];
  const self = end(Directive.typename, d.rowId);
  if (d.supersedesId) out.push({ relation: TraceRelation.SUPERSEDED_BY, from: end(Directive.typename, d.supersedesId), to: self });
  if (d.causedByFeedbackId) out.push({ relation: TraceRelation.REVISED_BECAUSE, from: end(Feedback.typename, d.causedByFeedbackId), to: self });
  return out;
}

const suggestionReferrals: EdgeProvider = {
  name: 'suggestion → decision',
  async down(_ctx, f) {
    const rows = await f.rows<Suggestion>(Suggestion.typename);
    return rows.filter((s) => s.referredDecisionId).map((s) => ({ relation: TraceRelation.ANSWERS, from: end(Suggestion.typename, s.rowId), to: end(ReformDecision.typename, s.referredDecisionId!) }));
  },
  async up(ctx, f) {
    const ids = f.ids(ReformDecision.typename);
    if (!ids.length) return [];
    const rows = await ctx.em.find(Suggestion, { where: { referredDecisionId: In(ids) }, select: { rowId: true, referredDecisionId: true } });
    return rows.map((s) => ({ relation: TraceRelation.ANSWERS, from: end(Suggestion.typename, s.rowId), to: end(ReformDecision.typename, s.referredDecisionId!) }));
  },
};

// ---- tasks ------------------------------------------------------------------------------------

/** The relation a task's origin stands in; any other origin type (a pilot…) is TASK_OF. */
const ORIGIN_RELATIONS = new Map<string, TraceRelation>([[RectificationOrder.typename, TraceRelation.RECTIFIED_BY]]);
const originRelation = (type: string) => ORIGIN_RELATIONS.get(type) ?? TraceRelation.TASK_OF;
// A subtask's origin is its parent too; the parent column is the one every subtask has.
const notParent = (type: string | null) => !!type && type !== ReformTask.typename;

const taskOrigins: EdgeProvider = {
  name: 'origin → task',
  async down(ctx, f) {
    // One statement: the (origin type, origin ids) pairs of the level.
    const where = f.types().filter(notParent).map((originType) => ({ originType, originId: In(f.ids(originType)) }));
    if (!where.length) return [];
    const rows = await ctx.em.find(ReformTask, { where, select: { rowId: true, originType: true, originId: true } });
    return rows.map((t) => ({ relation: originRelation(t.originType!), from: end(t.originType!, t.originId!), to: end(ReformTask.typename, t.rowId) }));
  },
  async up(_ctx, f) {
    const rows = await f.rows<ReformTask>(ReformTask.typename);
    return rows.filter((t) => notParent(t.originType) && t.originId).map((t) => ({ relation: originRelation(t.originType!), from: end(t.originType!, t.originId!), to: end(ReformTask.typename, t.rowId) }));
  },
};

const subtasks: EdgeProvider = {
  name: 'task → subtask',
  async down(ctx, f) {
    const ids = f.ids(ReformTask.typename);
    if (!ids.length) return [];
    const rows = await ctx.em.find(ReformTask, { where: { parentId: In(ids) }, select: { rowId: true, parentId: true } });
    return rows.map((t) => ({ relation: TraceRelation.DECOMPOSED_FROM, from: end(ReformTask.typename, t.parentId!), to: end(ReformTask.typename, t.rowId) }));
  },
  async up(_ctx, f) {
    const rows = await f.rows<ReformTask>(ReformTask.typename);
    return rows.filter((t) => t.parentId).map((t) => ({ relation: TraceRelation.DECOMPOSED_FROM, from: end(ReformTask.typename, t.parentId!), to: end(ReformTask.typename, t.rowId) }));
  },
};

// ---- supervision ------------------------------------------------------------------------------

/** Objects in an inspection's scope (named by global id). */
const inspectionScopes: EdgeProvider = {
  name: 'scope → inspection',
  async down(ctx, f) {
    const ids = f.globalIds();
    return ids.length ? (await ctx.em.find(InspectionScope, { where: { objectId: In(ids) } })).flatMap(scopeLink) : [];
  },
  async up(ctx, f) {
    const ids = f.ids(Inspection.typename);
    return ids.length ? (await ctx.em.find(InspectionScope, { where: { inspectionId: In(ids) } })).flatMap(scopeLink) : [];
  },
};

function scopeLink(r: InspectionScope): TraceEdge[] {
  const from = fromGlobalId(r.objectId);
  return from ? [{ relation: TraceRelation.INSPECTED, from, to: end(Inspection.typename, r.inspectionId) }] : [];
}

/** Findings of an inspection, and findings about an object (a task, a decision…). */
const findings: EdgeProvider = {
  name: 'inspection / object → finding',
  async down(ctx, f) {
    const inspections = f.ids(Inspection.typename);
    const about = f.globalIds();
    const where: object[] = [];
    if (inspections.length) where.push({ inspectionId: In(inspections) });
    if (about.length) where.push({ aboutId: In(about) });
    if (!where.length) return [];
    const rows = await ctx.em.find(Finding, { where: where as never, select: { rowId: true, inspectionId: true, aboutId: true } });
    return rows.flatMap((r) => findingLinks(r).filter((e) => f.ids(e.from.type).includes(e.from.rowId)));
  },
  async up(_ctx, f) {
    return (await f.rows<Finding>(Finding.typename)).flatMap(findingLinks);
  },
};

function findingLinks(r: Finding): TraceEdge[] {
  const self = end(Finding.typename, r.rowId);
  const out: TraceEdge[] = [{ relation: TraceRelation.FINDING_OF, from: end(Inspection.typename, r.inspectionId), to: self }];
  const about = fromGlobalId(r.aboutId);
  if (about) out.push({ relation: TraceRelation.FINDING_OF, from: about, to: self });
  return out;
}

const rectificationOrders = joinTable('finding → order', RectificationOrderFinding, TraceRelation.ORDERED_BY, [Finding.typename, 'findingId'], [RectificationOrder.typename, 'orderId']);

// ---- evaluation -------------------------------------------------------------------------------

// An evaluation stores no list of what it counted: its hub-computed indicators count the tasks
// executed by (orders addressed to) the body, due in the system's year before the evaluation was
// computed (evaluation.service `hubMetricFigures`). The link is derived by the same rule, and only
// when the evaluation's inputs carry that metric — so it says exactly "this was counted there".

interface Counted {
  type: string;
  rowId: string;
  bodyId: string;
  deadline: Date;
  metric: HubMetric;
}

const METRIC_SOURCE = (metric: HubMetric) => `hub:${metric}:`;

function counts(e: Evaluation, c: Counted): boolean {
  if (!e.inputs.some((i) => i.source.startsWith(METRIC_SOURCE(c.metric)))) return false;
  const year = Number(e.period.slice(0, 4));
  const from = Date.UTC(year, 0, 1);
  const until = Math.min(Date.UTC(year + 1, 0, 1), e.computedAt.getTime());
  const at = c.deadline.getTime();
  return e.bodyId === c.bodyId && at >= from && at < until;
}

const counted = (t: ReformTask): Counted | null =>
  t.status === TaskStatus.CANCELLED ? null : { type: ReformTask.typename, rowId: t.rowId, bodyId: t.executorId, deadline: t.deadline, metric: HubMetric.TASK_COMPLETION_ON_TIME };
const countedOrder = (o: RectificationOrder): Counted => ({ type: RectificationOrder.typename, rowId: o.rowId, bodyId: o.addresseeId, deadline: o.deadline, metric: HubMetric.RECTIFICATION_ON_TIME });
const evaluated = (c: Counted, e: Evaluation): TraceEdge => ({ relation: TraceRelation.EVALUATED_BY, from: end(c.type, c.rowId), to: end(Evaluation.typename, e.rowId) });

const evaluations: EdgeProvider = {
  name: 'task / order → evaluation',
  async down(ctx, f) {
    const [tasks, orders] = await Promise.all([f.rows<ReformTask>(ReformTask.typename), f.rows<RectificationOrder>(RectificationOrder.typename)]);
    const items = [...tasks.map(counted), ...orders.map(countedOrder)].filter((c): c is Counted => !!c);
    if (!items.length) return [];
    const evals = await ctx.em.find(Evaluation, { where: { bodyId: In([...new Set(items.map((c) => c.bodyId))]) } });
    return items.flatMap((c) => evals.filter((e) => counts(e, c)).map((e) => evaluated(c, e)));
  },
  async up(ctx, f) {
    const evals = await f.rows<Evaluation>(Evaluation.typename);
    if (!evals.length) return [];
    const bodyIds = [...new Set(evals.map((e) => e.bodyId))];
    const years = evals.map((e) => Number(e.period.slice(0, 4)));
    const range = { from: new Date(Date.UTC(Math.min(...years), 0, 1)), until: new Date(Date.UTC(Math.max(...years) + 1, 0, 1)) };
    const [tasks, orders] = await Promise.all([
      ctx.em
        .createQueryBuilder(ReformTask, 't')
        .select(['t.rowId', 't.executorId', 't.deadline', 't.status'])
        .where('t.executorId IN (:...bodyIds) AND t.deadline >= :from AND t.deadline < :until', { bodyIds, ...range })
        .getMany(),
      ctx.em
        .createQueryBuilder(RectificationOrder, 'o')
        .select(['o.rowId', 'o.addresseeId', 'o.deadline'])
        .where('o.addresseeId IN (:...bodyIds) AND o.deadline >= :from AND o.deadline < :until', { bodyIds, ...range })
        .getMany(),
    ]);
    const items = [...tasks.map(counted), ...orders.map(countedOrder)].filter((c): c is Counted => !!c);
    return evals.flatMap((e) => items.filter((c) => counts(e, c)).map((c) => evaluated(c, e)));
  },
};

// ---- the registry -----------------------------------------------------------------------------

// ---- pilots -----------------------------------------------------------------------------------

/** A pilot's links, all in its own row: the decision behind it, the evaluation its verdict cites, its scale-up directive. */
function pilotLinks(p: Pilot): TraceEdge[] {
  const self = end(Pilot.typename, p.rowId);
  const out: TraceEdge[] = [];
  if (p.decisionId) out.push({ relation: TraceRelation.PILOT_OF, from: end(ReformDecision.typename, p.decisionId), to: self });
  if (p.evaluationId) out.push({ relation: TraceRelation.EVALUATED_BY, from: self, to: end(Evaluation.typename, p.evaluationId) });
  if (p.scaledUpDirectiveId) out.push({ relation: TraceRelation.SCALED_UP_AS, from: self, to: end(Directive.typename, p.scaledUpDirectiveId) });
  return out;
}

const pilots: EdgeProvider = {
  name: 'decision → pilot → evaluation, scale-up directive',
  async down(ctx, f) {
    const [own, decisions] = [await f.rows<Pilot>(Pilot.typename), f.ids(ReformDecision.typename)];
    const fromDecisions = decisions.length ? await ctx.em.find(Pilot, { where: { decisionId: In(decisions) } }) : [];
    return [...own.flatMap(pilotLinks).filter((e) => e.from.type === Pilot.typename), ...fromDecisions.flatMap(pilotLinks).filter((e) => e.relation === TraceRelation.PILOT_OF)];
  },
  async up(ctx, f) {
    const [own, evaluations, directives] = [await f.rows<Pilot>(Pilot.typename), f.ids(Evaluation.typename), f.ids(Directive.typename)];
    const where: object[] = [];
    if (evaluations.length) where.push({ evaluationId: In(evaluations) });
    if (directives.length) where.push({ scaledUpDirectiveId: In(directives) });
    const linked = where.length ? await ctx.em.find(Pilot, { where: where as never }) : [];
    return [
      ...own.flatMap(pilotLinks).filter((e) => e.relation === TraceRelation.PILOT_OF),
      ...linked.flatMap(pilotLinks).filter((e) => e.from.type === Pilot.typename && f.ids(e.to.type).includes(e.to.rowId)),
    ];
  },
};

const EDGE_PROVIDERS: EdgeProvider[] = [decisionDirectives, decisionCauses, directiveFeedback, suggestionReferrals, taskOrigins, subtasks, inspectionScopes, findings, rectificationOrders, evaluations, pilots];

/** A later domain (pilots) adds its links here, once, at import. */
export function registerTraceEdges(provider: EdgeProvider): void {
  EDGE_PROVIDERS.push(provider);
}

export function edgeProviders(): readonly EdgeProvider[] {
  return EDGE_PROVIDERS;
}

/** Rows of a type the trace knows (none for an unknown type: its nodes are gaps and end the walk). */
export async function rowsOf<R>(ctx: RequestContext, type: string, ids: string[]): Promise<R[]> {
  const t = traceType(type);
  if (!t || !ids.length) return [];
  return (await t.rows(ctx).loadMany(ids)).filter((r): r is R & { rowId: string } => !!r && !(r instanceof Error)) as R[];
}

