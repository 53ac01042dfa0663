import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { lockNode } from '../../platform/database/lock-node';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { cancelDeadline, scheduleDeadline } from '../../platform/events/scheduler';
import type { EventScope } from '../../platform/events/event-map';
import { Page, PageArgs, paginate } from '../../platform/graphql/connection';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { fetchVisibleNodeOfType } from '../../platform/graphql/node-registry';
import { uuidv7 } from '../../platform/ids';
import { byIdLoader } from '../../platform/loaders';
import { optionalText, text } from '../../platform/validation';
import { Body } from '../bodies/body.entities';
import { actorJurisdictionId, canSee, isWithin } from '../bodies/jurisdiction';
import { Feedback } from '../channels/channel.entities';
import { FeedbackKind } from '../channels/channel.enums';
import { issueDirective, IssueData } from '../channels/directive.service';
import { submitFeedback } from '../channels/feedback.service';
import { Evaluation, Indicator, IndicatorWeight } from '../evaluation/evaluation.entities';
import { EvaluationStatus } from '../evaluation/evaluation.enums';
import { findVisibleEvaluation } from '../evaluation/evaluation.service';
import { Pilot, PilotCriterion, PilotProgress, PilotSite, ReplicableExperience } from './pilot.entities';
import { ACTIVE_PILOT_STATES, LIVE_PILOT_STATES, PilotStatus, PilotVerdict, SCALE_UP_VERDICTS } from './pilot.enums';
import { PILOT_ENDS, PILOT_STARTS, pilotEndKey, pilotStartKey } from './pilot.events';

const MAX_SITES = 50;
const MAX_CRITERIA = 20;

// ---- loaders and visibility ---------------------------------------------------------------------

const PILOT_BY_ID = Symbol('pilots.byId');
export const pilotById = (ctx: RequestContext): DataLoader<string, Pilot | null> => byIdLoader(ctx, PILOT_BY_ID, Pilot);
const EXPERIENCE_BY_ID = Symbol('pilots.experienceById');
export const experienceById = (ctx: RequestContext): DataLoader<string, ReplicableExperience | null> => byIdLoader(ctx, EXPERIENCE_BY_ID, ReplicableExperience);

function groupLoader<E>(key: symbol, load: (ctx: RequestContext, ids: string[]) => Promise<E[]>, keyOf: (e: E) => string) {
  return (ctx: RequestContext): DataLoader<string, E[]> =>
    ctx.loaders.get(key, () => new DataLoader<string, E[]>(async (ids) => {
      const rows = await load(ctx, [...ids]);
      return ids.map((id) => rows.filter((r) => keyOf(r) === id));
    }));
}

export const sitesOf = groupLoader(Symbol('pilots.sites'), (ctx, ids) => ctx.em.find(PilotSite, { where: { pilotId: In(ids) }, order: { bodyId: 'ASC' } }), (s) => s.pilotId);
export const criteriaOf = groupLoader(Symbol('pilots.criteria'), (ctx, ids) => ctx.em.find(PilotCriterion, { where: { pilotId: In(ids) }, order: { indicatorId: 'ASC' } }), (c) => c.pilotId);
export const experiencesOf = groupLoader(Symbol('pilots.experiences'), (ctx, ids) => ctx.em.find(ReplicableExperience, { where: { pilotId: In(ids) }, order: { rowId: 'ASC' } }), (e) => e.pilotId);
export const progressOf = groupLoader(Symbol('pilots.progress'), (ctx, ids) => ctx.em.find(PilotProgress, { where: { pilotId: In(ids) }, order: { reportedAt: 'ASC', feedbackId: 'ASC' } }), (p) => p.pilotId);

/**
 * Live pilots of the same field whose period and sites overlap (a site of one is a site of the
 * other, or lies inside it): one statement for a batch of pilots.
 */
export const overlapIdsOf = groupLoader(
  Symbol('pilots.overlaps'),
  async (ctx, ids) => {
    const rows: { pilot: string; other: string }[] = await ctx.em
      .createQueryBuilder()
      .select('p.id', 'pilot')
      .addSelect('o.id', 'other')
      .from(Pilot, 'p')
      .innerJoin(Pilot, 'o', 'o.field = p.field AND o.id <> p.id AND o.status IN (:...live) AND o.starts_at < p.ends_at AND p.starts_at < o.ends_at', { live: LIVE_PILOT_STATES })
      .where('p.id IN (:...ids)', { ids })
      .andWhere(
        `EXISTS (SELECT 1 FROM pilot_site ps INNER JOIN pilot_site os ON os.pilot_id = o.id
                 INNER JOIN body_ancestry a ON (a.ancestor_id = ps.body_id AND a.descendant_id = os.body_id) OR (a.ancestor_id = os.body_id AND a.descendant_id = ps.body_id)
                 WHERE ps.pilot_id = p.id)`,
      )
      .orderBy('o.id', 'ASC')
      .getRawMany();
    return rows;
  },
  (r) => r.pilot,
);

/** The sponsor's jurisdiction and the chains above the sites (a site itself included). */
export async function canReadPilot(ctx: RequestContext, p: Pilot): Promise<boolean> {
  if (!ctx.actor) return false;
  if (await canSee(ctx, p.sponsorId)) return true;
  const sites = await sitesOf(ctx).load(p.rowId);
  for (const s of sites) if (await canSee(ctx, s.bodyId)) return true;
  return false;
}

export async function findVisiblePilot(ctx: RequestContext, rowId: string): Promise<Pilot | null> {
  const p = await pilotById(ctx).load(rowId);
  return p && (await canReadPilot(ctx, p)) ? p : null;
}

export async function findVisibleExperience(ctx: RequestContext, rowId: string): Promise<ReplicableExperience | null> {
  const e = await experienceById(ctx).load(rowId);
  return e && (await findVisiblePilot(ctx, e.pilotId)) ? e : null;
}

/** The overlapping pilots the caller may read. */
export async function visibleOverlaps(ctx: RequestContext, p: Pilot): Promise<Pilot[]> {
  const ids = (await overlapIdsOf(ctx).load(p.rowId)).map((r) => r.other);
  const found = await Promise.all(ids.map((id) => findVisiblePilot(ctx, id)));
  return found.filter((x): x is Pilot => !!x);
}

export interface PilotFilter {
  status?: PilotStatus | null;
  field?: string | null;
  sponsorCode?: string | null;
  siteCode?: string | null;
  /** Sponsored by or sited at this body (row id). */
  involving?: string | null;
}

/** Pilots the caller may read (see canReadPilot), newest first, filtered. */
export async function listPilots(ctx: RequestContext, filter: PilotFilter, args: PageArgs): Promise<Page<Pilot>> {
  const qb = ctx.em.createQueryBuilder(Pilot, 'p');
  qb.where(
    `(EXISTS (SELECT 1 FROM body_ancestry va WHERE va.ancestor_id = :root AND va.descendant_id = p.sponsor_id)
      OR EXISTS (SELECT 1 FROM pilot_site vs INNER JOIN body_ancestry vsa ON vsa.descendant_id = vs.body_id WHERE vs.pilot_id = p.id AND vsa.ancestor_id = :root))`,
    { root: actorJurisdictionId(ctx) },
  );
  if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
  if (filter.field) qb.andWhere('p.field = :field', { field: filter.field.trim() });
  const codes = [filter.sponsorCode, filter.siteCode].filter((c): c is string => !!c);
  const bodies = codes.length ? await ctx.em.find(Body, { where: { code: In(codes) } }) : [];
  const idOf = (code: string) => bodies.find((b) => b.code === code)?.rowId ?? '';
  if (filter.sponsorCode) qb.andWhere('p.sponsor_id = :sponsor', { sponsor: idOf(filter.sponsorCode) });
  if (filter.siteCode) qb.andWhere('EXISTS (SELECT 1 FROM pilot_site fs WHERE fs.pilot_id = p.id AND fs.body_id = :site)', { site: idOf(filter.siteCode) });
  if (filter.involving) qb.andWhere('(p.sponsor_id = :inv OR EXISTS (SELECT 1 FROM pilot_site fi WHERE fi.pilot_id = p.id AND fi.body_id = :inv))', { inv: filter.involving });
  return paginate(qb, [{ column: 'p.rowId', read: (p) => p.rowId, kind: 'text', direction: 'DESC' }], args);
}

// ---- proposing and authorizing --------------------------------------------------------------

export interface SiteData {
  bodyCode: string;
  scope: string;
  authorizedDeviations?: string[] | null;
  legalBasisForDeviation?: string | null;
}

export interface ProposeData {
  code: string;
  title: string;
  field: string;
  hypothesis: string;
  decisionId?: string | null;
  sites: SiteData[];
  startsAt: Date;
  endsAt: Date;
  successCriteriaIds: string[];
}

function scopeOf(p: Pilot, siteIds: string[], actorBodyId?: string): EventScope {
  return { subjectType: Pilot.typename, subjectId: p.rowId, bodyId: p.sponsorId, recipientBodyIds: siteIds, ...(actorBodyId ? { actorBodyId } : {}) };
}

/** Proposed by an OFFICER of the sponsor (the caller's body): sites strictly inside its jurisdiction, deviations only with a legal basis. */
export async function proposePilot(ctx: RequestContext, data: ProposeData): Promise<Pilot> {
  const actor = ctx.actor!;
  const code = text(data.code, 'code', 2, 64);
  const title = text(data.title, 'title', 2, 300);
  const field = text(data.field, 'field', 2, 100);
  const hypothesis = text(data.hypothesis, 'hypothesis', 2, 10_000);
  if (data.endsAt.getTime() <= data.startsAt.getTime()) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'endsAt must lie after startsAt.', ['input', 'endsAt']);
  if (data.sites.length === 0 || data.sites.length > MAX_SITES) throw new DomainError(UserErrorCode.VALIDATION_FAILED, `A pilot has 1 to ${MAX_SITES} sites.`, ['input', 'sites']);
  const siteCodes = data.sites.map((s) => s.bodyCode);
  if (new Set(siteCodes).size !== siteCodes.length) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A site appears twice.', ['input', 'sites']);
  if (data.successCriteriaIds.length === 0 || data.successCriteriaIds.length > MAX_CRITERIA) throw new DomainError(UserErrorCode.VALIDATION_FAILED, `A pilot has 1 to ${MAX_CRITERIA} success criteria.`, ['input', 'successCriteriaIds']);
  const criteria = [...new Set(data.successCriteriaIds.map((id) => expectGlobalId(id, Indicator.typename, 'successCriteriaIds')))];
  if (await ctx.em.exists(Pilot, { where: { code } })) throw new DomainError(UserErrorCode.DUPLICATE_CODE, `A pilot has code ${code}.`, ['input', 'code']);
  const bodies = await ctx.em.find(Body, { where: { code: In(siteCodes) } });
  const missing = siteCodes.filter((c) => !bodies.some((b) => b.code === c));
  if (missing.length) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code ${missing.slice(0, 5).join(', ')}.`, ['input', 'sites']);
  const root = actorJurisdictionId(ctx)!;
  const inside = await Promise.all(bodies.map((b) => isWithin(ctx, root, b.rowId)));
  const outside = bodies.filter((b, k) => !inside[k] || b.rowId === actor.body.rowId);
  if (outside.length) {
    throw new DomainError(UserErrorCode.SITE_OUT_OF_JURISDICTION, `Every site lies strictly inside the sponsor’s jurisdiction; ${outside.map((b) => b.code).join(', ')} does not.`, ['input', 'sites']);
  }
  const sites = data.sites.map((s, k) => {
    const deviations = [...new Set((s.authorizedDeviations ?? []).map((d) => d.trim()).filter(Boolean))];
    if (deviations.length > 20 || deviations.some((d) => d.length > 300)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'At most 20 deviations of at most 300 characters.', ['input', 'sites', String(k), 'authorizedDeviations']);
    const legalBasis = optionalText(s.legalBasisForDeviation, 'legalBasisForDeviation', 2000);
    if (deviations.length && !legalBasis) {
      throw new DomainError(UserErrorCode.LEGAL_BASIS_REQUIRED, `Site ${s.bodyCode} deviates from rules (${deviations.join('; ')}) without a legal basis.`, ['input', 'sites', String(k), 'legalBasisForDeviation']);
    }
    return { bodyId: bodies.find((b) => b.code === s.bodyCode)!.rowId, scope: text(s.scope, 'scope', 2, 4000), authorizedDeviations: deviations, legalBasisForDeviation: deviations.length ? legalBasis : null };
  });
  if ((await ctx.em.count(Indicator, { where: { rowId: In(criteria) } })) !== criteria.length) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such indicator.', ['input', 'successCriteriaIds']);
  let decisionId: string | null = null;
  if (data.decisionId) {
    decisionId = expectGlobalId(data.decisionId, 'ReformDecision', 'decisionId');
    if (!(await fetchVisibleNodeOfType(ctx, 'ReformDecision', decisionId))) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such decision.', ['input', 'decisionId']);
  }
  const pilot = ctx.em.create(Pilot, {
    rowId: uuidv7(),
    code,
    title,
    field,
    hypothesis,
    sponsorId: actor.body.rowId,
    decisionId,
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    status: PilotStatus.PROPOSED,
    acknowledgedOverlapIds: [],
    evaluationId: null,
    verdict: null,
    verdictReason: null,
    verdictAt: null,
    scaledUpDirectiveId: null,
    endReason: null,
    proposedBy: actor.accountId,
    proposedAt: new Date(),
    authorizedAt: null,
    public: false,
  });
  await ctx.em.insert(Pilot, pilot);
  await ctx.em.insert(PilotSite, sites.map((s) => ({ pilotId: pilot.rowId, ...s })));
  await ctx.em.insert(PilotCriterion, criteria.map((indicatorId) => ({ pilotId: pilot.rowId, indicatorId })));
  await ctx.events.emit('PilotProposed', { pilotId: pilot.rowId }, scopeOf(pilot, sites.map((s) => s.bodyId)));
  await recordAudit(ctx, { action: 'pilot.propose', targetType: Pilot.typename, targetId: pilot.rowId, details: { code, field, sites: siteCodes } });
  return pilot;
}

function pilotForUpdate(ctx: RequestContext, id: string): Promise<Pilot> {
  return lockNode(ctx, Pilot, id, 'pilotId', canReadPilot, 'pilot');
}

/** Only the sponsor steers a pilot: a site reports and objects, but never changes its scope or period. */
function assertSponsor(ctx: RequestContext, p: Pilot, what: string): void {
  if (p.sponsorId !== ctx.actor!.body.rowId) throw forbidden(`Only the sponsor ${what}; a site never changes a pilot’s scope or period.`);
}

function assertState(p: Pilot, allowed: PilotStatus[], what: string): void {
  if (!allowed.includes(p.status)) throw new DomainError(UserErrorCode.INVALID_STATE, `A ${p.status} pilot cannot be ${what}.`, ['input', 'pilotId']);
}

async function siteIds(ctx: RequestContext, p: Pilot): Promise<string[]> {
  return (await ctx.em.find(PilotSite, { where: { pilotId: p.rowId } })).map((s) => s.bodyId);
}

async function scheduleClock(ctx: RequestContext, p: Pilot): Promise<void> {
  if (p.status === PilotStatus.AUTHORIZED) await scheduleDeadline(ctx, { key: pilotStartKey(p.rowId), at: p.startsAt, handler: PILOT_STARTS, payload: { pilotId: p.rowId } });
  await scheduleDeadline(ctx, { key: pilotEndKey(p.rowId), at: p.endsAt, handler: PILOT_ENDS, payload: { pilotId: p.rowId } });
}

async function stopClock(ctx: RequestContext, p: Pilot): Promise<void> {
  await cancelDeadline(ctx, pilotStartKey(p.rowId));
  await cancelDeadline(ctx, pilotEndKey(p.rowId));
}

/** A LEAD of the sponsor authorizes; every overlapping pilot of the same field must be acknowledged. */
export async function authorizePilot(ctx: RequestContext, data: { pilotId: string; acknowledgeOverlapIds?: string[] | null }): Promise<Pilot> {
  const p = await pilotForUpdate(ctx, data.pilotId);
  assertSponsor(ctx, p, 'authorizes a pilot');
  assertState(p, [PilotStatus.PROPOSED], 'authorized');
  const acknowledged = new Set((data.acknowledgeOverlapIds ?? []).map((id) => expectGlobalId(id, Pilot.typename, 'acknowledgeOverlapIds')));
  const overlaps = await visibleOverlaps(ctx, p);
  const unacknowledged = overlaps.filter((o) => !acknowledged.has(o.rowId));
  if (unacknowledged.length) {
    throw new DomainError(UserErrorCode.PILOT_OVERLAP, `Pilots of the same field overlap its sites and period: ${unacknowledged.map((o) => o.code).join(', ')}; acknowledge them in acknowledgeOverlapIds.`, ['input', 'acknowledgeOverlapIds']);
  }
  const now = new Date();
  Object.assign(p, {
    status: p.startsAt.getTime() <= now.getTime() ? PilotStatus.RUNNING : PilotStatus.AUTHORIZED,
    acknowledgedOverlapIds: overlaps.map((o) => o.rowId),
    authorizedAt: now,
  });
  await ctx.em.update(Pilot, { rowId: p.rowId }, { status: p.status, acknowledgedOverlapIds: p.acknowledgedOverlapIds, authorizedAt: now });
  await scheduleClock(ctx, p);
  await ctx.events.emit('PilotAuthorized', { pilotId: p.rowId }, scopeOf(p, await siteIds(ctx, p)));
  await recordAudit(ctx, { action: 'pilot.authorize', targetType: Pilot.typename, targetId: p.rowId, details: { acknowledgedOverlaps: overlaps.map((o) => o.code) } });
  return p;
}

// ---- running ----------------------------------------------------------------------------------

/** A site reports progress: a Feedback of kind PROGRESS to the sponsor through the channels, linked to the pilot. */
export async function reportPilotProgress(ctx: RequestContext, data: { pilotId: string; content: string }): Promise<{ pilot: Pilot; feedback: Feedback }> {
  const p = await pilotForUpdate(ctx, data.pilotId);
  const actorBody = ctx.actor!.body.rowId;
  const sites = await siteIds(ctx, p);
  if (!sites.includes(actorBody)) throw forbidden('Only a site of the pilot reports its progress.');
  assertState(p, [PilotStatus.RUNNING, PilotStatus.EXTENDED, PilotStatus.UNDER_EVALUATION], 'reported on');
  const sponsor = await ctx.em.findOneByOrFail(Body, { rowId: p.sponsorId });
  const feedback = await submitFeedback(ctx, { kind: FeedbackKind.PROGRESS, content: `[${p.code}] ${text(data.content, 'content', 2, 19_000)}`, toBodyCode: sponsor.code });
  await ctx.em.insert(PilotProgress, { feedbackId: feedback.rowId, pilotId: p.rowId, siteId: actorBody, reportedAt: feedback.submittedAt });
  await ctx.events.emit('PilotProgressReported', { pilotId: p.rowId, feedbackId: feedback.rowId }, { subjectType: Pilot.typename, subjectId: p.rowId, bodyId: actorBody, recipientBodyIds: [p.sponsorId] });
  await recordAudit(ctx, { action: 'pilot.progress', targetType: Pilot.typename, targetId: p.rowId, details: { feedbackId: feedback.rowId } });
  return { pilot: p, feedback };
}

/** The sponsor (LEAD) moves the end later; the pilot is EXTENDED and its end deadline moves. */
export async function extendPilot(ctx: RequestContext, data: { pilotId: string; endsAt: Date; reason: string }): Promise<Pilot> {
  const p = await pilotForUpdate(ctx, data.pilotId);
  assertSponsor(ctx, p, 'extends a pilot');
  assertState(p, [...ACTIVE_PILOT_STATES, PilotStatus.UNDER_EVALUATION], 'extended');
  if (data.endsAt.getTime() <= p.endsAt.getTime() || data.endsAt.getTime() <= Date.now()) {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, `The new end must lie after ${p.endsAt.toISOString()} and in the future.`, ['input', 'endsAt']);
  }
  const reason = text(data.reason, 'reason', 2, 4000);
  const status = p.status === PilotStatus.AUTHORIZED ? PilotStatus.AUTHORIZED : PilotStatus.EXTENDED;
  Object.assign(p, { endsAt: data.endsAt, status, endReason: reason });
  await ctx.em.update(Pilot, { rowId: p.rowId }, { endsAt: p.endsAt, status, endReason: reason });
  await scheduleClock(ctx, p);
  await ctx.events.emit('PilotExtended', { pilotId: p.rowId }, scopeOf(p, await siteIds(ctx, p)));
  await recordAudit(ctx, { action: 'pilot.extend', targetType: Pilot.typename, targetId: p.rowId, details: { endsAt: p.endsAt.toISOString(), reason } });
  return p;
}

/** The sponsor (LEAD) stops a live pilot early. */
export async function terminatePilot(ctx: RequestContext, data: { pilotId: string; reason: string }): Promise<Pilot> {
  const p = await pilotForUpdate(ctx, data.pilotId);
  assertSponsor(ctx, p, 'terminates a pilot');
  assertState(p, LIVE_PILOT_STATES, 'terminated');
  const reason = text(data.reason, 'reason', 2, 4000);
  Object.assign(p, { status: PilotStatus.TERMINATED, endReason: reason });
  await ctx.em.update(Pilot, { rowId: p.rowId }, { status: p.status, endReason: reason });
  await stopClock(ctx, p);
  await ctx.events.emit('PilotTerminated', { pilotId: p.rowId }, scopeOf(p, await siteIds(ctx, p)));
  await recordAudit(ctx, { action: 'pilot.terminate', targetType: Pilot.typename, targetId: p.rowId, details: { reason } });
  return p;
}

// ---- verdict and scale-up -----------------------------------------------------------------------

export interface VerdictData {
  pilotId: string;
  verdict: PilotVerdict;
  reason: string;
  evaluationId?: string | null;
  experiences?: { title: string; description: string; highlight?: boolean | null }[] | null;
}

/**
 * The sponsor (LEAD) records its verdict. The evaluation behind it is a FINAL or PUBLISHED
 * evaluation of a pilot site under a system that weighs at least one of the pilot's success
 * criteria; a SCALE_UP verdict needs one (that evaluation is the recommendation scale-up requires).
 */
export async function recordPilotVerdict(ctx: RequestContext, data: VerdictData): Promise<Pilot> {
  const p = await pilotForUpdate(ctx, data.pilotId);
  assertSponsor(ctx, p, 'records the verdict');
  assertState(p, [PilotStatus.RUNNING, PilotStatus.EXTENDED, PilotStatus.UNDER_EVALUATION], 'given a verdict');
  const reason = text(data.reason, 'reason', 2, 4000);
  let evaluation: Evaluation | null = null;
  if (data.evaluationId) {
    evaluation = await findVisibleEvaluation(ctx, expectGlobalId(data.evaluationId, Evaluation.typename, 'evaluationId'));
    if (!evaluation) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such evaluation.', ['input', 'evaluationId']);
    if (![EvaluationStatus.FINAL, EvaluationStatus.PUBLISHED].includes(evaluation.status)) {
      throw new DomainError(UserErrorCode.EVALUATION_REQUIRED, `The evaluation is ${evaluation.status}; a verdict rests on a FINAL or PUBLISHED one.`, ['input', 'evaluationId']);
    }
    const sites = await siteIds(ctx, p);
    if (!sites.includes(evaluation.bodyId)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The evaluation is not of a site of the pilot.', ['input', 'evaluationId']);
    const criteria = (await ctx.em.find(PilotCriterion, { where: { pilotId: p.rowId } })).map((c) => c.indicatorId);
    if (!(await ctx.em.exists(IndicatorWeight, { where: { systemId: evaluation.systemId, indicatorId: In(criteria) } }))) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The evaluation’s indicator system weighs none of the pilot’s success criteria.', ['input', 'evaluationId']);
    }
  } else if (SCALE_UP_VERDICTS.includes(data.verdict)) {
    throw new DomainError(UserErrorCode.EVALUATION_REQUIRED, 'A scale-up verdict rests on a FINAL or PUBLISHED evaluation of a pilot site.', ['input', 'evaluationId']);
  }
  const experiences = (data.experiences ?? []).map((e, k) =>
    ctx.em.create(ReplicableExperience, {
      rowId: uuidv7(),
      pilotId: p.rowId,
      title: text(e.title, `experiences[${k}].title`, 2, 300),
      description: text(e.description, `experiences[${k}].description`, 2, 10_000),
      highlight: !!e.highlight,
      recordedAt: new Date(),
    }),
  );
  if (experiences.length > 50) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'At most 50 experiences.', ['input', 'experiences']);
  const now = new Date();
  Object.assign(p, {
    verdict: data.verdict,
    verdictReason: reason,
    verdictAt: now,
    evaluationId: evaluation?.rowId ?? null,
    status: data.verdict === PilotVerdict.STOP ? PilotStatus.CLOSED : p.status,
  });
  await ctx.em.update(Pilot, { rowId: p.rowId }, { verdict: p.verdict, verdictReason: reason, verdictAt: now, evaluationId: p.evaluationId, status: p.status });
  if (experiences.length) await ctx.em.insert(ReplicableExperience, experiences);
  if (p.status === PilotStatus.CLOSED) await stopClock(ctx, p);
  await ctx.events.emit('PilotVerdictRecorded', { pilotId: p.rowId }, scopeOf(p, await siteIds(ctx, p)));
  await recordAudit(ctx, { action: 'pilot.verdict', targetType: Pilot.typename, targetId: p.rowId, details: { verdict: data.verdict, evaluationId: p.evaluationId, experiences: experiences.length } });
  return p;
}

export type ScaleUpDirective = Omit<IssueData, 'prohibits' | 'priority'>;

/**
 * The sponsor (LEAD) scales the pilot up by issuing a directive (same transaction, the existing
 * directive rules: downward, inside its subtree), only after an evaluation recommends it.
 */
export async function scaleUpPilot(ctx: RequestContext, data: { pilotId: string; directive: ScaleUpDirective }): Promise<Pilot> {
  const p = await pilotForUpdate(ctx, data.pilotId);
  assertSponsor(ctx, p, 'scales a pilot up');
  if (p.status === PilotStatus.SCALED_UP) throw new DomainError(UserErrorCode.INVALID_STATE, 'The pilot is already scaled up.', ['input', 'pilotId']);
  if (!p.verdict || !p.evaluationId) throw new DomainError(UserErrorCode.EVALUATION_REQUIRED, 'No evaluation recommends scaling up: record a verdict citing a FINAL or PUBLISHED evaluation first.', ['input', 'pilotId']);
  if (!SCALE_UP_VERDICTS.includes(p.verdict)) throw new DomainError(UserErrorCode.VERDICT_FORBIDS_SCALE_UP, `The verdict is ${p.verdict}.`, ['input', 'pilotId']);
  assertState(p, [PilotStatus.RUNNING, PilotStatus.EXTENDED, PilotStatus.UNDER_EVALUATION], 'scaled up');
  const { directive } = await issueDirective(ctx, data.directive);
  Object.assign(p, { status: PilotStatus.SCALED_UP, scaledUpDirectiveId: directive.rowId });
  await ctx.em.update(Pilot, { rowId: p.rowId }, { status: p.status, scaledUpDirectiveId: directive.rowId });
  await stopClock(ctx, p);
  await ctx.events.emit('PilotScaledUp', { pilotId: p.rowId, directiveId: directive.rowId }, scopeOf(p, await siteIds(ctx, p)));
  await recordAudit(ctx, { action: 'pilot.scale-up', targetType: Pilot.typename, targetId: p.rowId, details: { directiveId: directive.rowId } });
  return p;
}
