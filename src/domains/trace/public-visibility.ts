import type DataLoader from 'dataloader';
import type { RequestContext } from '../../platform/context';
import type { Node } from '../../platform/graphql/node';
import { byIdLoader } from '../../platform/loaders';
import { Directive, Feedback } from '../channels/channel.entities';
import { directiveById, feedbackById } from '../channels/channel.loaders';
import { ReformDecision, Suggestion } from '../decisions/decision.entities';
import { ModerationState } from '../decisions/decision.enums';
import { decisionById, suggestionById } from '../decisions/decision.loaders';
import { Evaluation } from '../evaluation/evaluation.entities';
import { EvaluationStatus } from '../evaluation/evaluation.enums';
import { evaluationById } from '../evaluation/evaluation.service';
import { Finding, Inspection, RectificationOrder } from '../supervision/supervision.entities';
import { findingById, inspectionById, orderById } from '../supervision/supervision.loaders';
import { AnnualTaskList, ReformTask } from '../tasks/task.entities';
import { Pilot } from '../pilots/pilot.entities';
import { pilotById } from '../pilots/pilot.service';
import { taskById } from '../tasks/task.loaders';

// "Does the public (no token) see this object?" — ONE predicate per type, in this one file. Each
// reads the domain's own flag, which the publication act (transparency/publication.service.ts)
// maintains: it is never set while the object is classified, and withdrawal clears it. A type not
// listed here is never public: by construction, the closed never-public list (CHAIN §3.7: findings,
// orders, inspections, feedback, tolerance…) needs no entry.

export interface TraceType<R extends { rowId: string } = { rowId: string }> {
  /** The request's batched row loader of the type (the trace reads rows once per level). */
  rows: (ctx: RequestContext) => DataLoader<string, R | null>;
  /** Whether the public sees the object. */
  isPublic: (row: R) => boolean;
  /**
   * What the public is shown of a public object; the row itself when absent. A type whose internal
   * object type reaches non-public fields through nesting (a task's reports) shows nothing until
   * its public projection exists: the node stays a gap, reason PUBLIC_PROJECTION_ONLY.
   */
  publicView?: (row: R) => Node | null;
}

const NEVER = () => false;
const LISTS = Symbol('trace.annualList');

function entry<R extends { rowId: string }>(t: TraceType<R>): TraceType {
  return t as unknown as TraceType;
}

const types = new Map<string, TraceType>([
  [ReformDecision.typename, entry<ReformDecision>({ rows: decisionById, isPublic: (d) => d.publishedAt != null })],
  [Directive.typename, entry<Directive>({ rows: directiveById, isPublic: (d) => d.public })],
  [ReformTask.typename, entry<ReformTask>({ rows: taskById, isPublic: (t) => t.public, publicView: () => null })], // until PublicTask lands
  [AnnualTaskList.typename, entry<AnnualTaskList>({ rows: (ctx) => byIdLoader(ctx, LISTS, AnnualTaskList), isPublic: (l) => l.public })],
  [Evaluation.typename, entry<Evaluation>({ rows: evaluationById, isPublic: (e) => e.status === EvaluationStatus.PUBLISHED })],
  [Suggestion.typename, entry<Suggestion>({ rows: suggestionById, isPublic: (s) => s.moderation === ModerationState.PUBLISHED })],
  [Inspection.typename, entry<Inspection>({ rows: inspectionById, isPublic: NEVER })],
  [Finding.typename, entry<Finding>({ rows: findingById, isPublic: NEVER })],
  [RectificationOrder.typename, entry<RectificationOrder>({ rows: orderById, isPublic: NEVER })],
  [Feedback.typename, entry<Feedback>({ rows: feedbackById, isPublic: NEVER })],
  // Published by the act; the internal Pilot type reaches its sites' progress reports (feedback), so the public sees a gap.
  [Pilot.typename, entry<Pilot>({ rows: pilotById, isPublic: (p) => p.public, publicView: () => null })],
]);

/** Pilots (and any later domain) register their type here, in one line. */
export function registerTraceType<R extends { rowId: string }>(typename: string, t: TraceType<R>): void {
  types.set(typename, entry(t));
}

export function traceType(typename: string): TraceType | undefined {
  return types.get(typename);
}

/** What the public is shown of a row: the object, or why not. A type not listed is never public. */
export function publicNode(typename: string, row: { rowId: string } | null): { node: Node } | { reason: 'NOT_PUBLISHED' | 'PUBLIC_PROJECTION_ONLY' } {
  const t = types.get(typename);
  if (!t || !row || !t.isPublic(row)) return { reason: 'NOT_PUBLISHED' };
  const node = t.publicView ? t.publicView(row) : (row as unknown as Node);
  return node ? { node } : { reason: 'PUBLIC_PROJECTION_ONLY' };
}
