import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import { hasRole } from '../../platform/auth/actor';
import { Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { forUpdate } from '../../platform/database/transaction';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { parseGlobalId } from '../../platform/graphql/global-id';
import { fetchVisibleNodeOfType } from '../../platform/graphql/node-registry';
import { uuidv7 } from '../../platform/ids';
import { text } from '../../platform/validation';
import { Body } from '../bodies/body.entities';
import { Directive } from '../channels/channel.entities';
import { ReformDecision, Suggestion } from '../decisions/decision.entities';
import { ModerationState } from '../decisions/decision.enums';
import { Evaluation, IndicatorSystem } from '../evaluation/evaluation.entities';
import { EvaluationStatus } from '../evaluation/evaluation.enums';
import { Pilot } from '../pilots/pilot.entities';
import { AnnualTaskList, ReformTask } from '../tasks/task.entities';
import { Publication } from './transparency.entities';
import { PublicationStatus } from './transparency.enums';
import './transparency.events';

// Publishing is one act for every publishable type (CHAIN §3.7). What differs per type is only
// where the owning body sits, what the object's own "public" flag is, and what must hold first;
// each type says so once, below. The object's own flag follows the act, so `node`, the internal
// queries and the public projections all agree on what the public sees.

interface Publishable<E> {
  entity: new () => E;
  /** The body whose LEADs publish it. */
  owner(ctx: RequestContext, row: E): Promise<string>;
  title(row: E): string;
  /** Whether the object is public right now, by its own flag. */
  isPublic(row: E): boolean;
  /** What must hold before it is published, besides review and classification. */
  assertPublishable?(ctx: RequestContext, row: E): Promise<void>;
  /** Sets the object's own flag (the one every existing read path checks). */
  setPublic(ctx: RequestContext, row: E, on: boolean, at: Date, reason: string | null): Promise<void>;
  /** Turns off what would publish the object by itself later (an older flag). */
  onClassified?(ctx: RequestContext, row: E): Promise<void>;
  /** SQL condition (alias `x`) of the public rows: the public projections page over it. */
  publicWhere: string;
}

/** The parts of a type whose own flag is a plain `public` column. */
function byPublicColumn<E extends { rowId: string; public: boolean }>(entity: new () => E): Pick<Publishable<E>, 'entity' | 'isPublic' | 'setPublic' | 'publicWhere'> {
  return {
    entity,
    isPublic: (row) => row.public,
    setPublic: async (ctx, row, on) => {
      await ctx.em.update(entity, { rowId: row.rowId } as never, { public: on } as never);
    },
    publicWhere: 'x.public = :yes',
  };
}

const decision: Publishable<ReformDecision> = {
  entity: ReformDecision,
  owner: async (_ctx, d) => d.decisionMakerId,
  title: (d) => d.title,
  // canReadDecision lets everyone read a decision with a publishedAt: that is its public flag. A
  // withdrawal clears it (the publication keeps the history) and `public: false` keeps the
  // consultation and adoption from publishing it again by themselves.
  isPublic: (d) => d.publishedAt !== null,
  setPublic: async (ctx, d, on, at) => {
    await ctx.em.update(ReformDecision, { rowId: d.rowId }, { public: on, publishedAt: on ? at : null, updatedAt: at });
  },
  onClassified: async (ctx, d) => {
    await ctx.em.update(ReformDecision, { rowId: d.rowId }, { public: false });
  },
  publicWhere: 'x.publishedAt IS NOT NULL',
};

const task: Publishable<ReformTask> = {
  ...byPublicColumn(ReformTask),
  owner: async (_ctx, t) => t.assignedById,
  title: (t) => t.title,
};

const annualList: Publishable<AnnualTaskList> = {
  ...byPublicColumn(AnnualTaskList),
  owner: async (_ctx, l) => l.bodyId,
  title: (l) => l.title,
};

const directive: Publishable<Directive> = {
  ...byPublicColumn(Directive),
  owner: async (_ctx, d) => d.issuerId,
  title: (d) => d.title,
};

// An evaluation's "public" is its PUBLISHED status (it then counts in Body.performance); a
// withdrawal takes it back to FINAL, so it stops counting too.
const evaluation: Publishable<Evaluation> = {
  entity: Evaluation,
  owner: async (ctx, e) => (await ctx.em.findOneByOrFail(IndicatorSystem, { rowId: e.systemId })).ownerId,
  title: (e) => `Evaluation ${e.period} v${e.version}`,
  isPublic: (e) => e.status === EvaluationStatus.PUBLISHED,
  assertPublishable: async (ctx, e) => {
    if (e.status !== EvaluationStatus.FINAL) throw new DomainError(UserErrorCode.INVALID_STATE, 'Only a FINAL evaluation is published.', ['input', 'id']);
    await assertRecomputableByAnyone(ctx, e, ['input', 'id']);
  },
  setPublic: async (ctx, e, on, at) => {
    await ctx.em.update(Evaluation, { rowId: e.rowId }, on ? { status: EvaluationStatus.PUBLISHED, publishedAt: at } : { status: EvaluationStatus.FINAL });
  },
  publicWhere: `x.status = '${EvaluationStatus.PUBLISHED}'`,
};

// A suggestion's "public" is its moderation: PUBLISHED; a withdrawal withholds it with the reason.
const suggestion: Publishable<Suggestion> = {
  entity: Suggestion,
  owner: async (_ctx, s) => s.toBodyId,
  title: (s) => s.topic,
  isPublic: (s) => s.moderation === ModerationState.PUBLISHED,
  setPublic: async (ctx, s, on, _at, reason) => {
    await ctx.em.update(Suggestion, { rowId: s.rowId }, on ? { moderation: ModerationState.PUBLISHED, withheldReason: null } : { moderation: ModerationState.WITHHELD, withheldReason: reason });
  },
  publicWhere: `x.moderation = '${ModerationState.PUBLISHED}'`,
};

// A pilot is published by its sponsor (the body that proposed and authorized it). Its site
// reports (progress feedback) stay internal: the public reads it only through PublicPilot.
const pilot: Publishable<Pilot> = {
  entity: Pilot,
  owner: async (_ctx, p) => p.sponsorId,
  title: (p) => p.title,
  isPublic: (p) => p.public,
  setPublic: async (ctx, p, on) => {
    await ctx.em.update(Pilot, { rowId: p.rowId }, { public: on });
  },
  publicWhere: 'x.public = :yes',
};

/** Every publishable type, by GraphQL typename. */
export const PUBLISHABLE: ReadonlyMap<string, Publishable<{ rowId: string }>> = new Map<string, Publishable<never>>([
  [ReformDecision.typename, decision as Publishable<never>],
  [ReformTask.typename, task as Publishable<never>],
  [AnnualTaskList.typename, annualList as Publishable<never>],
  [Directive.typename, directive as Publishable<never>],
  [Evaluation.typename, evaluation as Publishable<never>],
  [Suggestion.typename, suggestion as Publishable<never>],
  [Pilot.typename, pilot as Publishable<never>],
]) as never;

/** The SQL condition (alias `x`, parameter `:yes` = true) of the public rows of a type. */
export function publicCondition(typename: string): string {
  return PUBLISHABLE.get(typename)!.publicWhere;
}

interface Target {
  type: string;
  kind: Publishable<{ rowId: string }>;
  row: { rowId: string };
  ownerId: string;
  publication: Publication;
}

const FIELD = ['input', 'id'];

/**
 * The object behind a global id, locked, with its publication state (created on first use from
 * the object's own flag). Unknown, unpublishable and invisible objects are all NOT_FOUND; a
 * visible object of another body is FORBIDDEN (CHAIN §3.8: wrong body is top-level).
 */
async function target(ctx: RequestContext, id: string, roles: Role[]): Promise<Target> {
  const decoded = parseGlobalId(id);
  const kind = decoded ? PUBLISHABLE.get(decoded.type) : undefined;
  if (!decoded || !kind || !(await fetchVisibleNodeOfType(ctx, decoded.type, decoded.rowId))) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such publishable object.', FIELD);
  const row = await forUpdate(ctx.em.createQueryBuilder(kind.entity, 'x').where('x.rowId = :rowId', { rowId: decoded.rowId }), ctx.db).getOne();
  if (!row) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such publishable object.', FIELD);
  const ownerId = await kind.owner(ctx, row);
  if (ownerId !== ctx.actor!.body.rowId || !hasRole(ctx.actor!, ...roles)) throw forbidden(`Only ${roles.join(' or ')} of the owning body may do this.`);
  let publication = await forUpdate(ctx.em.createQueryBuilder(Publication, 'p').where('p.subjectType = :type AND p.subjectId = :rowId', { type: decoded.type, rowId: row.rowId }), ctx.db).getOne();
  if (!publication) {
    // Objects published by a flag at creation (before publishing was an act) start PUBLISHED.
    const wasPublic = kind.isPublic(row);
    publication = ctx.em.create(Publication, {
      rowId: uuidv7(),
      subjectType: decoded.type,
      subjectId: row.rowId,
      bodyId: ownerId,
      title: kind.title(row).slice(0, 300),
      status: wasPublic ? PublicationStatus.PUBLISHED : PublicationStatus.UNPUBLISHED,
      disclosureReviewedAt: null,
      disclosureReviewedBy: null,
      classified: false,
      publishedAt: wasPublic ? ((row as { publishedAt?: Date | null }).publishedAt ?? null) : null,
      publishedBy: null,
      withdrawnAt: null,
      withdrawalReason: null,
      updatedAt: new Date(),
    });
    await ctx.em.insert(Publication, publication);
  }
  return { type: decoded.type, kind, row, ownerId, publication };
}

async function save(ctx: RequestContext, t: Target, change: Partial<Publication>, action: string, details: Record<string, unknown> = {}): Promise<Publication> {
  Object.assign(t.publication, change, { updatedAt: new Date() });
  const { rowId, ...columns } = t.publication;
  await ctx.em.update(Publication, { rowId }, columns);
  await recordAudit(ctx, { action, targetType: t.type, targetId: t.row.rowId, details });
  return t.publication;
}

/** Records the disclosure review (保密审查) of an object: OFFICER or LEAD of the owning body. */
export async function recordDisclosureReview(ctx: RequestContext, id: string): Promise<Publication> {
  const t = await target(ctx, id, [Role.OFFICER, Role.LEAD]);
  if (t.publication.disclosureReviewedAt) throw new DomainError(UserErrorCode.INVALID_STATE, 'The disclosure review is already recorded.', FIELD);
  return save(ctx, t, { disclosureReviewedAt: new Date(), disclosureReviewedBy: ctx.actor!.accountId }, 'publication.review');
}

/** Marks an object classified: it can never be published. A public object is withdrawn first. */
export async function markClassified(ctx: RequestContext, id: string): Promise<Publication> {
  const t = await target(ctx, id, [Role.OFFICER, Role.LEAD]);
  if (t.publication.classified) throw new DomainError(UserErrorCode.INVALID_STATE, 'The object is already marked classified.', FIELD);
  if (t.kind.isPublic(t.row)) throw new DomainError(UserErrorCode.INVALID_STATE, 'The object is public: withdraw it first.', FIELD);
  await t.kind.onClassified?.(ctx, t.row);
  return save(ctx, t, { classified: true }, 'publication.classify');
}

/** Publishes an object (LEAD of the owning body), after its disclosure review; never a classified one. */
export async function publishObject(ctx: RequestContext, id: string): Promise<Publication> {
  const t = await target(ctx, id, [Role.LEAD]);
  if (t.publication.classified) throw new DomainError(UserErrorCode.CANNOT_PUBLISH_CLASSIFIED, 'The object is marked classified and can never be published.', FIELD);
  if (!t.publication.disclosureReviewedAt) throw new DomainError(UserErrorCode.DISCLOSURE_REVIEW_REQUIRED, 'Record the disclosure review (保密审查) before publishing.', FIELD);
  if (t.kind.isPublic(t.row)) throw new DomainError(UserErrorCode.INVALID_STATE, 'The object is already published.', FIELD);
  await t.kind.assertPublishable?.(ctx, t.row);
  const now = new Date();
  await t.kind.setPublic(ctx, t.row, true, now, null);
  const p = await save(ctx, t, { status: PublicationStatus.PUBLISHED, title: t.kind.title(t.row).slice(0, 300), publishedAt: now, publishedBy: ctx.actor!.accountId, withdrawnAt: null, withdrawalReason: null }, 'publication.publish');
  await ctx.events.emit('ObjectPublished', { publicationId: p.rowId }, { subjectType: t.type, subjectId: t.row.rowId, bodyId: t.ownerId });
  return p;
}

/** Withdraws a published object (LEAD of the owning body): the public keeps a tombstone with the reason. */
export async function withdrawPublication(ctx: RequestContext, id: string, reasonText: string): Promise<Publication> {
  const reason = text(reasonText, 'reason', 2, 1000);
  const t = await target(ctx, id, [Role.LEAD]);
  if (!t.kind.isPublic(t.row)) throw new DomainError(UserErrorCode.INVALID_STATE, 'The object is not published.', FIELD);
  const now = new Date();
  await t.kind.setPublic(ctx, t.row, false, now, reason);
  const p = await save(ctx, t, { status: PublicationStatus.WITHDRAWN, withdrawnAt: now, withdrawalReason: reason }, 'publication.withdraw', { reason });
  await ctx.events.emit('PublicationWithdrawn', { publicationId: p.rowId, reason }, { subjectType: t.type, subjectId: t.row.rowId, bodyId: t.ownerId });
  return p;
}

/**
 * A published evaluation can be recomputed by any reader from its inputs and its indicator system
 * (CHAIN §3.5): so it is published only under a public system, whose weights and indicators anyone
 * may read (a non-public system's would otherwise reach the public through the evaluation).
 */
export async function assertRecomputableByAnyone(ctx: RequestContext, e: Evaluation, field: string[]): Promise<void> {
  const system = await ctx.em.findOneByOrFail(IndicatorSystem, { rowId: e.systemId });
  if (!system.public) throw new DomainError(UserErrorCode.INVALID_STATE, `The indicator system ${system.code} is not public: an evaluation is published only under a public system, so that anyone can recompute it.`, field);
}

/**
 * For the older paths that publish by themselves (moderating a suggestion, publishEvaluation): a
 * classified object is never published, whichever way is tried.
 */
export async function assertNotClassified(ctx: RequestContext, typename: string, rowId: string, field: string[]): Promise<void> {
  const p = await ctx.em.findOneBy(Publication, { subjectType: typename, subjectId: rowId });
  if (p?.classified) throw new DomainError(UserErrorCode.CANNOT_PUBLISH_CLASSIFIED, 'The object is marked classified and can never be published.', field);
}

// ---- the public's view ------------------------------------------------------------------------

const PUBLIC_ROWS = Symbol('transparency.public-rows');

/**
 * THE predicate "the public sees this node": bodies always; a publishable object when it is
 * published (its own flag, which the publication act keeps: never while classified or withdrawn);
 * every other type never (findings, orders, tolerance cases, threads, feedback, audit …).
 * Batched per type, so a chain of n nodes costs one statement per type present.
 */
export function isPublicNode(ctx: RequestContext, typename: string, rowId: string): Promise<boolean> {
  if (typename === Body.typename) return ctx.em.existsBy(Body, { rowId });
  const kind = PUBLISHABLE.get(typename);
  if (!kind) return Promise.resolve(false);
  const loader = ctx.loaders.keyed(PUBLIC_ROWS, typename, () =>
    new DataLoader<string, boolean>(async (ids) => {
      const rows = await ctx.em.createQueryBuilder(kind.entity, 'x').select('x.rowId', 'id').where('x.rowId IN (:...ids)', { ids: [...ids] }).andWhere(kind.publicWhere, { yes: true }).getRawMany<{ id: string }>();
      const found = new Set(rows.map((r) => r.id));
      return ids.map((id) => found.has(id));
    }),
  );
  return loader.load(rowId);
}

/** Publication states by subject row id (the change feed shows titles and bodies from them). */
export function publicationsByIds(ctx: RequestContext, ids: string[]): Promise<Publication[]> {
  return ids.length ? ctx.em.findBy(Publication, { rowId: In(ids) }) : Promise.resolve([]);
}
