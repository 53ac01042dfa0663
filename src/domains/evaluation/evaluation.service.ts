import DataLoader from 'dataloader';
import { EntityManager, In } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import { hasRole } from '../../platform/auth/actor';
import { Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { lockNode } from '../../platform/database/lock-node';
import { forUpdate } from '../../platform/database/transaction';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { Page, PageArgs, paginate } from '../../platform/graphql/connection';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { FULL_PERCENT } from '../../platform/graphql/scalars';
import { uuidv7 } from '../../platform/ids';
import { byIdLoader } from '../../platform/loaders';
import { Body, BodyAncestry } from '../bodies/body.entities';
import { BodyKind } from '../bodies/body.enums';
import { findBodyByCode } from '../bodies/body.service';
import { actorJurisdictionId, canSee, isWithin } from '../bodies/jurisdiction';
import { Directive, Receipt } from '../channels/channel.entities';
import { Delegation } from '../powers/delegation.entities';
import { DelegationStatus } from '../powers/power.enums';
import { text } from '../../platform/validation';
import { assertNotClassified, assertRecomputableByAnyone } from '../transparency/publication.service';
import { RectificationOrder } from '../supervision/supervision.entities';
import { TaskStatus } from '../tasks/task.enums';
import { ReformTask } from '../tasks/task.entities';
import { Evaluation, Indicator, IndicatorSystem, IndicatorWeight, Observation, SatisfactionSurvey, ThirdPartyAssessment } from './evaluation.entities';
import { Direction, EvaluationStatus, HubMetric, IndicatorSource, ObservationStatus } from './evaluation.enums';
import './evaluation.events';
import { formatDecimal, onTimeShare, score, ScoreHeader, ScoreInput } from './evaluation.scoring';

const DAY = 86_400_000;
/** Most subjects one computeEvaluation scores (all prefecture-level governments of the country fit). */
export const MAX_SUBJECTS = 400;
/** Least responses of a survey when its indicator names none. */
export const DEFAULT_MIN_SAMPLE = 400;
const FINAL_STATES = [EvaluationStatus.FINAL, EvaluationStatus.PUBLISHED];

// ---- loaders and visibility ---------------------------------------------------------------------

const INDICATOR_BY_ID = Symbol('evaluation.indicator');
const SYSTEM_BY_ID = Symbol('evaluation.system');
const OBSERVATION_BY_ID = Symbol('evaluation.observation');
const EVALUATION_BY_ID = Symbol('evaluation.evaluation');
export const indicatorById = (ctx: RequestContext): DataLoader<string, Indicator | null> => byIdLoader(ctx, INDICATOR_BY_ID, Indicator);
export const systemById = (ctx: RequestContext): DataLoader<string, IndicatorSystem | null> => byIdLoader(ctx, SYSTEM_BY_ID, IndicatorSystem);
export const observationById = (ctx: RequestContext): DataLoader<string, Observation | null> => byIdLoader(ctx, OBSERVATION_BY_ID, Observation);
export const evaluationById = (ctx: RequestContext): DataLoader<string, Evaluation | null> => byIdLoader(ctx, EVALUATION_BY_ID, Evaluation);

const INDICATOR_BY_CODE = Symbol('evaluation.indicatorByCode');
export function indicatorByCode(ctx: RequestContext): DataLoader<string, Indicator | null> {
  return ctx.loaders.get(INDICATOR_BY_CODE, () => new DataLoader<string, Indicator | null>(async (codes) => {
    const rows = await ctx.em.find(Indicator, { where: { code: In([...codes]) } });
    return codes.map((c) => rows.find((r) => r.code === c) ?? null);
  }));
}

const WEIGHTS = Symbol('evaluation.weights');
export function weightsOf(ctx: RequestContext): DataLoader<string, IndicatorWeight[]> {
  return ctx.loaders.get(WEIGHTS, () => new DataLoader<string, IndicatorWeight[]>(async (ids) => {
    const rows = await ctx.em.find(IndicatorWeight, { where: { systemId: In([...ids]) }, order: { indicatorId: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.systemId === id));
  }));
}

/** The jurisdiction a body acts for: a government, or a department's government. */
function jurisdictionOf(body: Body): string {
  return body.kind === BodyKind.GOVERNMENT || !body.parentId ? body.rowId : body.parentId;
}

/** Indicators are definitions, not data: every signed-in caller reads them; the public those of public systems' evaluations only through them. */
export async function findVisibleIndicator(ctx: RequestContext, rowId: string): Promise<Indicator | null> {
  return ctx.actor ? indicatorById(ctx).load(rowId) : null;
}

/** A system: public ones to anyone; others to the owner's jurisdiction, the bodies inside it and those above. */
export async function canReadSystem(ctx: RequestContext, s: IndicatorSystem): Promise<boolean> {
  if (s.public) return true;
  if (!ctx.actor) return false;
  if (await canSee(ctx, s.ownerId)) return true;
  const owner = await ctx.em.findOneByOrFail(Body, { rowId: s.ownerId });
  return isWithin(ctx, jurisdictionOf(owner), ctx.actor.body.rowId, true);
}

export async function findVisibleSystem(ctx: RequestContext, rowId: string): Promise<IndicatorSystem | null> {
  const s = await systemById(ctx).load(rowId);
  return s && (await canReadSystem(ctx, s)) ? s : null;
}

/** Observations: the observed body's jurisdiction (which covers the body itself) and the reporter. */
async function canReadObservation(ctx: RequestContext, o: Observation): Promise<boolean> {
  if (!ctx.actor) return false;
  return o.reportedById === ctx.actor.body.rowId || canSee(ctx, o.bodyId);
}

export async function findVisibleObservation(ctx: RequestContext, rowId: string): Promise<Observation | null> {
  const o = await observationById(ctx).load(rowId);
  return o && (await canReadObservation(ctx, o)) ? o : null;
}

/** Published evaluations are public; before that, the evaluated body's jurisdiction (the owner sits above it). */
export async function canReadEvaluation(ctx: RequestContext, e: Evaluation): Promise<boolean> {
  if (e.status === EvaluationStatus.PUBLISHED) return true;
  return !!ctx.actor && canSee(ctx, e.bodyId);
}

export async function findVisibleEvaluation(ctx: RequestContext, rowId: string): Promise<Evaluation | null> {
  const e = await evaluationById(ctx).load(rowId);
  return e && (await canReadEvaluation(ctx, e)) ? e : null;
}

// ---- indicators and systems -------------------------------------------------------------------

export interface IndicatorData {
  code: string;
  title: string;
  unit: string;
  source: IndicatorSource;
  direction: Direction;
  hubMetric?: HubMetric | null;
  dataOwnerCode?: string | null;
  minSampleSize?: number | null;
  baseline: bigint;
  target: bigint;
}

export async function defineIndicator(ctx: RequestContext, data: IndicatorData): Promise<Indicator> {
  const actor = ctx.actor!;
  const code = text(data.code, 'code', 2, 64);
  if (await ctx.em.exists(Indicator, { where: { code } })) throw new DomainError(UserErrorCode.DUPLICATE_CODE, `An indicator has code ${code}.`, ['input', 'code']);
  if (data.direction === Direction.HIGHER_IS_BETTER ? data.target <= data.baseline : data.target >= data.baseline) {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The target must lie beyond the baseline in the indicator’s direction.', ['input', 'target']);
  }
  if (data.minSampleSize !== null && data.minSampleSize !== undefined && (data.source !== IndicatorSource.SATISFACTION_SURVEY || !Number.isInteger(data.minSampleSize) || data.minSampleSize < 30 || data.minSampleSize > 1_000_000)) {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'minSampleSize (30–1,000,000) belongs to SATISFACTION_SURVEY indicators.', ['input', 'minSampleSize']);
  }
  let dataOwnerId: string | null = null;
  if (data.hubMetric) {
    if (data.source !== IndicatorSource.OBJECTIVE || data.dataOwnerCode) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A hub-computed indicator is OBJECTIVE and has no data owner: the hub’s records are its data.', ['input', 'hubMetric']);
    }
  } else if (data.dataOwnerCode) {
    const owner = await findBodyByCode(ctx, data.dataOwnerCode);
    if (!owner) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code ${data.dataOwnerCode}.`, ['input', 'dataOwnerCode']);
    if (!(await canSee(ctx, owner.rowId))) throw forbidden('The data owner lies outside the jurisdiction of the acting body.');
    dataOwnerId = owner.rowId;
  }
  const indicator = ctx.em.create(Indicator, {
    rowId: uuidv7(),
    code,
    title: text(data.title, 'title', 2, 300),
    unit: text(data.unit, 'unit', 1, 40),
    source: data.source,
    direction: data.direction,
    hubMetric: data.hubMetric ?? null,
    dataOwnerId,
    minSampleSize: data.source === IndicatorSource.SATISFACTION_SURVEY ? (data.minSampleSize ?? DEFAULT_MIN_SAMPLE) : null,
    baseline: data.baseline,
    target: data.target,
    definedById: actor.body.rowId,
    createdAt: new Date(),
  });
  await ctx.em.insert(Indicator, indicator);
  await recordAudit(ctx, { action: 'evaluation.indicator.define', targetType: Indicator.typename, targetId: indicator.rowId, details: { code } });
  return indicator;
}

export interface SystemData {
  code: string;
  year: number;
  weights: { indicatorId: string; weight: number }[];
  minObjectiveShare: number;
  challengeDays: number;
  public: boolean;
}

/** A new version of the acting body's system (LEAD): weights sum to exactly 100.00, objective share at least the minimum. */
export async function defineIndicatorSystem(ctx: RequestContext, data: SystemData): Promise<IndicatorSystem> {
  const actor = ctx.actor!;
  const code = text(data.code, 'code', 2, 64);
  if (!Number.isInteger(data.year) || data.year < 2000 || data.year > 2100) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'year must be 2000–2100.', ['input', 'year']);
  if (!Number.isInteger(data.challengeDays) || data.challengeDays < 0 || data.challengeDays > 60) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'challengeDays must be 0–60.', ['input', 'challengeDays']);
  if (data.weights.length === 0 || data.weights.length > 50) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A system has 1 to 50 weighted indicators.', ['input', 'weights']);
  const ids = data.weights.map((w) => expectGlobalId(w.indicatorId, Indicator.typename, 'indicatorId'));
  if (new Set(ids).size !== ids.length) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'An indicator appears twice.', ['input', 'weights']);
  if (data.weights.some((w) => w.weight <= 0)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Every weight is above 0.00.', ['input', 'weights']);
  const indicators = await ctx.em.find(Indicator, { where: { rowId: In(ids) } });
  if (indicators.length !== ids.length) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such indicator.', ['input', 'weights']);
  const sum = data.weights.reduce((s, w) => s + w.weight, 0);
  if (sum !== FULL_PERCENT) {
    throw new DomainError(UserErrorCode.WEIGHTS_MUST_SUM_100, `The weights sum to ${formatDecimal(BigInt(sum), 2)}, not exactly 100.00.`, ['input', 'weights']);
  }
  const objective = new Set(indicators.filter((i) => i.source === IndicatorSource.OBJECTIVE).map((i) => i.rowId));
  const objectiveShare = data.weights.reduce((s, w, k) => s + (objective.has(ids[k]) ? w.weight : 0), 0);
  if (objectiveShare < data.minObjectiveShare) {
    throw new DomainError(
      UserErrorCode.OBJECTIVE_SHARE_TOO_LOW,
      `Objective indicators weigh ${formatDecimal(BigInt(objectiveShare), 2)}, below the minimum ${formatDecimal(BigInt(data.minObjectiveShare), 2)}.`,
      ['input', 'weights'],
    );
  }
  const prior = await ctx.em.findOne(IndicatorSystem, { where: { ownerId: actor.body.rowId, code, year: data.year }, order: { version: 'DESC' } });
  const system = ctx.em.create(IndicatorSystem, {
    rowId: uuidv7(),
    code,
    ownerId: actor.body.rowId,
    year: data.year,
    version: (prior?.version ?? 0) + 1,
    objectiveShare,
    minObjectiveShare: data.minObjectiveShare,
    challengeDays: data.challengeDays,
    public: data.public,
    createdBy: actor.accountId,
    createdAt: new Date(),
  });
  await ctx.em.insert(IndicatorSystem, system);
  await ctx.em.insert(IndicatorWeight, data.weights.map((w, k) => ({ systemId: system.rowId, indicatorId: ids[k], weight: w.weight })));
  await recordAudit(ctx, { action: 'evaluation.system.define', targetType: IndicatorSystem.typename, targetId: system.rowId, details: { code, year: data.year, version: system.version } });
  return system;
}

// ---- observations -----------------------------------------------------------------------------

export interface ObservationData {
  indicatorId: string;
  bodyCode: string;
  period: string;
  value: bigint;
  sourceHash?: string | null;
}

function period(value: string): string {
  if (!/^\d{4}(-(Q[1-4]|H[12]|\d{2}))?$/.test(value)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'period is a year (`2026`), a half (`2026-H1`), a quarter (`2026-Q3`) or a month (`2026-07`).', ['input', 'period']);
  return value;
}

/**
 * Reported by the indicator's data owner (for a body in its jurisdiction) or by the body itself
 * (flagged self-reported). One observation per indicator × body × period: reporting again replaces
 * an unverified value and sends it back for verification.
 */
export async function reportObservation(ctx: RequestContext, data: ObservationData): Promise<Observation> {
  const actor = ctx.actor!;
  const indicator = await indicatorById(ctx).load(expectGlobalId(data.indicatorId, Indicator.typename, 'indicatorId'));
  if (!indicator) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such indicator.', ['input', 'indicatorId']);
  if (indicator.hubMetric) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The hub computes this indicator from its records; nobody reports it.', ['input', 'indicatorId']);
  const body = await findBodyByCode(ctx, data.bodyCode);
  if (!body) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code ${data.bodyCode}.`, ['input', 'bodyCode']);
  const selfReported = body.rowId === actor.body.rowId;
  const asOwner = indicator.dataOwnerId === actor.body.rowId && (await canSee(ctx, body.rowId));
  if (!selfReported && !asOwner) throw forbidden('An observation is reported by the indicator’s data owner for a body in its jurisdiction, or by the body itself.');
  const p = period(data.period);
  if (data.sourceHash && !/^[0-9a-f]{64}$/.test(data.sourceHash)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'sourceHash is a hex SHA-256.', ['input', 'sourceHash']);
  const o = await upsertObservation(ctx, indicator, body, p, data.value, actor.body.rowId, selfReported, data.sourceHash ?? null);
  await recordAudit(ctx, { action: 'evaluation.observation.report', targetType: Observation.typename, targetId: o.rowId, details: { indicator: indicator.code, body: body.code, period: p, value: formatDecimal(data.value), selfReported } });
  return o;
}

/** One observation per indicator × body × period: a new one, or an unverified one replaced and sent back for verification. */
async function upsertObservation(ctx: RequestContext, indicator: Indicator, body: Body, p: string, value: bigint, reportedById: string, selfReported: boolean, sourceHash: string | null): Promise<Observation> {
  const existing = await forUpdate(
    ctx.em.createQueryBuilder(Observation, 'o').where('o.indicatorId = :i AND o.bodyId = :b AND o.period = :p', { i: indicator.rowId, b: body.rowId, p }),
    ctx.db,
  ).getOne();
  const now = new Date();
  const fields = { value, reportedById, selfReported, sourceHash, status: ObservationStatus.REPORTED, verifiedById: null, verifiedAt: null, disputeReason: null, reportedAt: now };
  if (existing) {
    if (existing.status === ObservationStatus.VERIFIED) throw new DomainError(UserErrorCode.INVALID_STATE, 'The observation is verified; dispute it before reporting a new value.', ['input', 'indicatorId']);
    await ctx.em.update(Observation, { rowId: existing.rowId }, fields);
    return Object.assign(existing, fields);
  }
  const o = ctx.em.create(Observation, { rowId: uuidv7(), indicatorId: indicator.rowId, bodyId: body.rowId, period: p, ...fields });
  await ctx.em.insert(Observation, o);
  return o;
}

export interface SurveyData {
  indicatorId: string;
  bodyCode: string;
  period: string;
  title: string;
  population: string;
  distribution: number[];
  methodologyHash: string;
}

/** The scale of every survey, most satisfied first; the first two count as satisfied. */
export const SURVEY_SCALE = ['非常满意', '满意', '一般', '不满意', '非常不满意'];

/**
 * A satisfaction survey's aggregates, recorded by the indicator's data owner: the satisfied share
 * becomes the body's observation (to be verified by someone else). Individual answers never enter the hub.
 */
export async function recordSurveyResults(ctx: RequestContext, data: SurveyData): Promise<SatisfactionSurvey> {
  const actor = ctx.actor!;
  const indicator = await indicatorById(ctx).load(expectGlobalId(data.indicatorId, Indicator.typename, 'indicatorId'));
  if (!indicator) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such indicator.', ['input', 'indicatorId']);
  if (indicator.source !== IndicatorSource.SATISFACTION_SURVEY) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The indicator is not a satisfaction survey.', ['input', 'indicatorId']);
  const body = await findBodyByCode(ctx, data.bodyCode);
  if (!body) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code ${data.bodyCode}.`, ['input', 'bodyCode']);
  if (indicator.dataOwnerId !== actor.body.rowId || !(await canSee(ctx, body.rowId))) throw forbidden('Survey results are recorded by the indicator’s data owner, for a body in its jurisdiction.');
  const p = period(data.period);
  if (data.distribution.length !== SURVEY_SCALE.length || data.distribution.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, `distribution has ${SURVEY_SCALE.length} non-negative counts: ${SURVEY_SCALE.join(', ')}.`, ['input', 'distribution']);
  }
  if (!/^[0-9a-f]{64}$/.test(data.methodologyHash)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'methodologyHash is a hex SHA-256.', ['input', 'methodologyHash']);
  const sampleSize = data.distribution.reduce((a, b) => a + b, 0);
  const minimum = indicator.minSampleSize ?? DEFAULT_MIN_SAMPLE;
  if (sampleSize < minimum) throw new DomainError(UserErrorCode.SAMPLE_TOO_SMALL, `${sampleSize} responses; the indicator needs at least ${minimum}.`, ['input', 'distribution']);
  const satisfaction = onTimeShare(data.distribution[0] + data.distribution[1], sampleSize);
  const o = await upsertObservation(ctx, indicator, body, p, satisfaction, actor.body.rowId, body.rowId === actor.body.rowId, data.methodologyHash);
  const survey = ctx.em.create(SatisfactionSurvey, {
    rowId: uuidv7(),
    observationId: o.rowId,
    administeredById: actor.body.rowId,
    title: text(data.title, 'title', 2, 300),
    population: text(data.population, 'population', 2, 300),
    sampleSize,
    distribution: data.distribution,
    satisfaction,
    methodologyHash: data.methodologyHash,
    recordedAt: new Date(),
  });
  await ctx.em.insert(SatisfactionSurvey, survey);
  await recordAudit(ctx, { action: 'evaluation.survey.record', targetType: Observation.typename, targetId: o.rowId, details: { indicator: indicator.code, body: body.code, period: p, sampleSize, satisfaction: formatDecimal(satisfaction) } });
  return survey;
}

export interface AssessmentData {
  indicatorId: string;
  bodyCode: string;
  period: string;
  assessorCode: string;
  value: bigint;
  reportHash: string;
  commentDays?: number | null;
}

/** Days a third-party assessment's draft stays open for comment when the commissioner names none. */
export const DEFAULT_COMMENT_DAYS = 14;

/**
 * An independent assessment commissioned by a body whose jurisdiction covers the subject: the
 * assessor is a THIRD_PARTY body outside the subject's subtree and not under the commissioning
 * body. Its score becomes the subject's observation, reported by the assessor.
 */
export async function recordThirdPartyAssessment(ctx: RequestContext, data: AssessmentData): Promise<ThirdPartyAssessment> {
  const actor = ctx.actor!;
  const indicator = await indicatorById(ctx).load(expectGlobalId(data.indicatorId, Indicator.typename, 'indicatorId'));
  if (!indicator) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such indicator.', ['input', 'indicatorId']);
  if (indicator.source !== IndicatorSource.THIRD_PARTY) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The indicator is not a third-party assessment.', ['input', 'indicatorId']);
  const body = await findBodyByCode(ctx, data.bodyCode);
  if (!body) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code ${data.bodyCode}.`, ['input', 'bodyCode']);
  if (body.rowId === actor.body.rowId || !(await canSee(ctx, body.rowId))) throw forbidden('An assessment is commissioned by a body whose jurisdiction covers the subject, not by the subject.');
  const assessor = await findBodyByCode(ctx, data.assessorCode);
  if (!assessor) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code ${data.assessorCode}.`, ['input', 'assessorCode']);
  if (assessor.kind !== BodyKind.THIRD_PARTY || (await isWithin(ctx, body.rowId, assessor.rowId, true)) || (await isWithin(ctx, actor.body.rowId, assessor.rowId, true)) || (await isWithin(ctx, actorJurisdictionId(ctx)!, assessor.rowId, true))) {
    throw new DomainError(UserErrorCode.ASSESSOR_NOT_INDEPENDENT, 'The assessor must be a THIRD_PARTY body outside the subject’s subtree and outside the commissioning body’s jurisdiction.', ['input', 'assessorCode']);
  }
  if (!/^[0-9a-f]{64}$/.test(data.reportHash)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'reportHash is a hex SHA-256.', ['input', 'reportHash']);
  const p = period(data.period);
  const days = data.commentDays ?? DEFAULT_COMMENT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 60) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'commentDays must be 1–60: a draft is published for comment before it is final.', ['input', 'commentDays']);
  const o = await upsertObservation(ctx, indicator, body, p, data.value, assessor.rowId, false, data.reportHash);
  const now = new Date();
  const assessment = ctx.em.create(ThirdPartyAssessment, {
    rowId: uuidv7(),
    observationId: o.rowId,
    assessorId: assessor.rowId,
    commissionedById: actor.body.rowId,
    reportHash: data.reportHash,
    recordedAt: now,
    commentsUntil: new Date(now.getTime() + days * DAY),
    subjectResponse: null,
    respondedAt: null,
  });
  await ctx.em.insert(ThirdPartyAssessment, assessment);
  await recordAudit(ctx, { action: 'evaluation.assessment.record', targetType: Observation.typename, targetId: o.rowId, details: { indicator: indicator.code, body: body.code, assessor: assessor.code, period: p, value: formatDecimal(data.value) } });
  return assessment;
}

function visibleObservationForUpdate(ctx: RequestContext, id: string): Promise<Observation> {
  return lockNode(ctx, Observation, id, 'observationId', canReadObservation, 'observation');
}

/** Verified by a body whose jurisdiction covers the observed one, never the reporter or the observed body itself. */
export async function verifyObservation(ctx: RequestContext, observationId: string): Promise<Observation> {
  const actor = ctx.actor!;
  const o = await visibleObservationForUpdate(ctx, observationId);
  if (o.reportedById === actor.body.rowId || o.bodyId === actor.body.rowId) {
    throw new DomainError(UserErrorCode.SELF_VERIFICATION, 'An observation is verified by someone other than its reporter and the observed body.', ['input', 'observationId']);
  }
  if (!(await canSee(ctx, o.bodyId))) throw forbidden('Only a body whose jurisdiction covers the observed body verifies.');
  if (o.status !== ObservationStatus.REPORTED) throw new DomainError(UserErrorCode.INVALID_STATE, `The observation is ${o.status}.`, ['input', 'observationId']);
  const draft = await assessmentOf(ctx).load(o.rowId);
  if (draft?.commentsUntil && Date.now() < draft.commentsUntil.getTime()) {
    throw new DomainError(UserErrorCode.COMMENT_WINDOW_OPEN, `The assessment draft is open for comment until ${draft.commentsUntil.toISOString()}; it becomes final only after.`, ['input', 'observationId']);
  }
  Object.assign(o, { status: ObservationStatus.VERIFIED, verifiedById: actor.body.rowId, verifiedAt: new Date() });
  await ctx.em.update(Observation, { rowId: o.rowId }, { status: o.status, verifiedById: o.verifiedById, verifiedAt: o.verifiedAt });
  await recordAudit(ctx, { action: 'evaluation.observation.verify', targetType: Observation.typename, targetId: o.rowId, details: {} });
  return o;
}

/** Disputed by the observed body or anyone whose jurisdiction covers it; a disputed value is not scored. */
export async function disputeObservation(ctx: RequestContext, observationId: string, reason: string): Promise<Observation> {
  const o = await visibleObservationForUpdate(ctx, observationId);
  const why = text(reason, 'reason', 2, 4000);
  if (o.status === ObservationStatus.DISPUTED) throw new DomainError(UserErrorCode.INVALID_STATE, 'The observation is already disputed.', ['input', 'observationId']);
  Object.assign(o, { status: ObservationStatus.DISPUTED, disputeReason: why });
  await ctx.em.update(Observation, { rowId: o.rowId }, { status: o.status, disputeReason: why });
  await recordAudit(ctx, { action: 'evaluation.observation.dispute', targetType: Observation.typename, targetId: o.rowId, details: { reason: why } });
  return o;
}

/** The assessed body comments on a third-party assessment draft while its window is open (once). */
export async function commentOnAssessmentDraft(ctx: RequestContext, observationId: string, response: string): Promise<Observation> {
  const o = await visibleObservationForUpdate(ctx, observationId);
  if (o.bodyId !== ctx.actor!.body.rowId) throw forbidden('Only the assessed body comments on an assessment draft.');
  const a = await assessmentOf(ctx).load(o.rowId);
  if (!a) throw new DomainError(UserErrorCode.NOT_FOUND, 'No third-party assessment stands behind this observation.', ['input', 'observationId']);
  if (!a.commentsUntil || Date.now() >= a.commentsUntil.getTime() || a.subjectResponse !== null) {
    throw new DomainError(UserErrorCode.INVALID_STATE, 'The comment window on the draft is closed, or the body already commented.', ['input', 'observationId']);
  }
  const why = text(response, 'response', 2, 10_000);
  Object.assign(a, { subjectResponse: why, respondedAt: new Date() });
  await ctx.em.update(ThirdPartyAssessment, { rowId: a.rowId }, { subjectResponse: why, respondedAt: a.respondedAt });
  await recordAudit(ctx, { action: 'evaluation.assessment.comment', targetType: Observation.typename, targetId: o.rowId, details: {} });
  return o;
}

// ---- the hub's own objective indicators -----------------------------------------------------

export interface MetricFigure {
  onTime: number;
  due: number;
  /** Late items left out because a tolerance case tolerated them. */
  tolerated?: number;
}

const count = (v: unknown) => Number(v ?? 0);

/**
 * The hub's figures for several bodies at once (one grouped query per metric, whatever the number
 * of bodies): items due in `year` by `asOf`, and how many were on time.
 */
export async function hubMetricFigures(em: EntityManager, metric: HubMetric, bodyIds: string[], year: number, asOf: Date): Promise<Map<string, MetricFigure>> {
  const from = new Date(Date.UTC(year, 0, 1));
  const until = new Date(Math.min(Date.UTC(year + 1, 0, 1), asOf.getTime()));
  const out = new Map<string, MetricFigure>(bodyIds.map((id) => [id, { onTime: 0, due: 0 }]));
  if (!bodyIds.length) return out;
  let rows: { body: string; due: unknown; on_time: unknown }[] = [];
  if (metric === HubMetric.TASK_COMPLETION_ON_TIME) {
    rows = await em
      .createQueryBuilder(ReformTask, 't')
      .select('t.executorId', 'body')
      .addSelect('COUNT(*)', 'due')
      .addSelect('SUM(CASE WHEN t.claimedAt IS NOT NULL AND t.claimedAt <= t.deadline THEN 1 ELSE 0 END)', 'on_time')
      .where('t.executorId IN (:...bodyIds) AND t.deadline >= :from AND t.deadline < :until AND t.status <> :cancelled', { bodyIds, from, until, cancelled: TaskStatus.CANCELLED })
      .groupBy('t.executorId')
      .getRawMany();
  } else if (metric === HubMetric.DIRECTIVE_ACKNOWLEDGEMENT_ON_TIME) {
    rows = await em
      .createQueryBuilder(Receipt, 'r')
      .innerJoin(Directive, 'd', 'd.rowId = r.directiveId')
      .select('r.recipientId', 'body')
      .addSelect('COUNT(*)', 'due')
      .addSelect('SUM(CASE WHEN r.acknowledgedAt IS NOT NULL AND r.acknowledgedAt <= d.acknowledgeBy THEN 1 ELSE 0 END)', 'on_time')
      .where('r.recipientId IN (:...bodyIds) AND d.acknowledgeBy >= :from AND d.acknowledgeBy < :until', { bodyIds, from, until })
      .groupBy('r.recipientId')
      .getRawMany();
  } else if (metric === HubMetric.RECTIFICATION_ON_TIME) {
    // Tolerated findings are not scored against the body (容错): a late order whose every finding a
    // tolerance case decided TOLERATED (by the time of scoring) leaves the count; on time still counts.
    const onTime = 'o.verifiedAt IS NOT NULL AND o.verifiedAt <= o.deadline';
    const tolerated = `EXISTS (SELECT 1 FROM rectification_order_finding tr WHERE tr.order_id = o.id)
      AND NOT EXISTS (SELECT 1 FROM rectification_order_finding rf WHERE rf.order_id = o.id AND NOT EXISTS (
        SELECT 1 FROM tolerance_case_finding tf INNER JOIN tolerance_case tc ON tc.id = tf.case_id
        WHERE tf.finding_id = rf.finding_id AND tc.outcome = :toleratedOutcome AND tc.decided_at IS NOT NULL AND tc.decided_at <= :until))`;
    const figures: { body: string; due: unknown; on_time: unknown; tolerated: unknown }[] = await em
      .createQueryBuilder(RectificationOrder, 'o')
      .select('o.addresseeId', 'body')
      .addSelect('COUNT(*)', 'due')
      .addSelect(`SUM(CASE WHEN ${onTime} THEN 1 ELSE 0 END)`, 'on_time')
      .addSelect(`SUM(CASE WHEN NOT (${onTime}) AND ${tolerated} THEN 1 ELSE 0 END)`, 'tolerated')
      .where('o.addresseeId IN (:...bodyIds) AND o.deadline >= :from AND o.deadline < :until', { bodyIds, from, until, toleratedOutcome: 'TOLERATED' })
      .groupBy('o.addresseeId')
      .getRawMany();
    for (const r of figures) out.set(r.body, { onTime: count(r.on_time), due: count(r.due) - count(r.tolerated), tolerated: count(r.tolerated) });
    return out;
  } else {
    // Money, not items: funded and estimated minor units (the figure is their exact ratio).
    const money: { body: string; estimated: string | null; funded: string | null }[] = await em
      .createQueryBuilder(Delegation, 'd')
      .select('d.granteeId', 'body')
      .addSelect('CAST(SUM(d.estimatedCost) AS TEXT)', 'estimated')
      .addSelect('CAST(SUM(COALESCE(d.allocationAmount, 0)) AS TEXT)', 'funded')
      .where('d.granteeId IN (:...bodyIds) AND d.fiscalYear = :year AND d.storedStatus = :active AND d.estimatedCost > 0', { bodyIds, year, active: DelegationStatus.ACTIVE })
      .groupBy('d.granteeId')
      .getRawMany();
    for (const m of money) {
      const estimated = BigInt(m.estimated ?? 0);
      const funded = BigInt(m.funded ?? 0);
      out.set(m.body, { onTime: Number(funded < estimated ? funded : estimated), due: Number(estimated) });
    }
    return out;
  }
  for (const r of rows) out.set(r.body, { onTime: count(r.on_time), due: count(r.due) });
  return out;
}

// ---- scoring --------------------------------------------------------------------------------

export interface ComputeData {
  systemId: string;
  period: string;
  subjectCodes: string[];
}

interface Weighted {
  indicator: Indicator;
  weight: number;
}

function weightString(w: number): string {
  return formatDecimal(BigInt(w), 2);
}

/**
 * Gathers every subject's inputs — verified observations, and the hub's figures for hub metrics as
 * of `asOf` — or names what is missing. Shared by computeEvaluation and by the verifier.
 */
export async function gatherInputs(em: EntityManager, system: IndicatorSystem, weighted: Weighted[], subjects: Body[], periodText: string, asOf: Date) {
  const subjectIds = subjects.map((s) => s.rowId);
  const reported = weighted.filter((w) => !w.indicator.hubMetric);
  const observations = reported.length
    ? await em.find(Observation, { where: { indicatorId: In(reported.map((w) => w.indicator.rowId)), bodyId: In(subjectIds), period: periodText, status: ObservationStatus.VERIFIED } })
    : [];
  const obs = new Map(observations.map((o) => [`${o.indicatorId}:${o.bodyId}`, o]));
  const figures = new Map<string, Map<string, MetricFigure>>();
  for (const w of weighted) {
    if (w.indicator.hubMetric && !figures.has(w.indicator.hubMetric)) figures.set(w.indicator.hubMetric, await hubMetricFigures(em, w.indicator.hubMetric, subjectIds, system.year, asOf));
  }
  const inputs = new Map<string, ScoreInput[]>();
  const missing: string[] = [];
  for (const s of subjects) {
    const list: ScoreInput[] = [];
    for (const w of weighted) {
      const i = w.indicator;
      const base = { indicator: i.code, weight: weightString(w.weight), direction: i.direction, baseline: formatDecimal(i.baseline), target: formatDecimal(i.target) };
      if (i.hubMetric) {
        const f = figures.get(i.hubMetric)!.get(s.rowId)!;
        list.push({ ...base, value: formatDecimal(onTimeShare(f.onTime, f.due)), source: `hub:${i.hubMetric}:${f.onTime}/${f.due}${f.tolerated ? `:tolerated=${f.tolerated}` : ''}` });
      } else {
        const o = obs.get(`${i.rowId}:${s.rowId}`);
        if (!o) missing.push(`${s.code}/${i.code}`);
        else list.push({ ...base, value: formatDecimal(o.value), source: `observation:${o.rowId}` });
      }
    }
    inputs.set(s.rowId, list);
  }
  return { inputs, missing };
}

async function weightedIndicators(em: EntityManager, system: IndicatorSystem): Promise<Weighted[]> {
  const weights = await em.find(IndicatorWeight, { where: { systemId: system.rowId } });
  const indicators = await em.find(Indicator, { where: { rowId: In(weights.map((w) => w.indicatorId)) } });
  return weights.map((w) => ({ indicator: indicators.find((i) => i.rowId === w.indicatorId)!, weight: w.weight }));
}

export const headerOf = (system: IndicatorSystem, body: Body, periodText: string): ScoreHeader => ({ system: system.code, systemVersion: system.version, body: body.code, period: periodText });

/**
 * Scores the subjects (bodies strictly inside the system owner's jurisdiction) under the system,
 * one new version each. Refused while any weighted component of any subject lacks a verified input.
 */
export async function computeEvaluation(ctx: RequestContext, data: ComputeData): Promise<Evaluation[]> {
  const actor = ctx.actor!;
  const system = await systemById(ctx).load(expectGlobalId(data.systemId, IndicatorSystem.typename, 'systemId'));
  if (!system || !(await canReadSystem(ctx, system))) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such indicator system.', ['input', 'systemId']);
  if (system.ownerId !== actor.body.rowId) throw forbidden('Only the owner of the indicator system computes evaluations under it.');
  const p = period(data.period);
  if (!p.startsWith(String(system.year))) throw new DomainError(UserErrorCode.VALIDATION_FAILED, `The system is for ${system.year}.`, ['input', 'period']);
  const codes = [...new Set(data.subjectCodes)];
  if (codes.length === 0 || codes.length > MAX_SUBJECTS) throw new DomainError(UserErrorCode.VALIDATION_FAILED, `1 to ${MAX_SUBJECTS} subjects.`, ['input', 'subjectCodes']);
  const subjects = await ctx.em.find(Body, { where: { code: In(codes) }, order: { code: 'ASC' } });
  if (subjects.length !== codes.length) throw new DomainError(UserErrorCode.NOT_FOUND, 'No body has one of these codes.', ['input', 'subjectCodes']);
  const root = actorJurisdictionId(ctx)!;
  const inside = await ctx.em.count(BodyAncestry, { where: { ancestorId: root, descendantId: In(subjects.map((s) => s.rowId)) } });
  if (inside !== subjects.length || subjects.some((s) => s.rowId === root || s.rowId === actor.body.rowId)) {
    throw new DomainError(UserErrorCode.SUBJECT_OUT_OF_JURISDICTION, 'Every subject lies strictly inside the owner’s jurisdiction.', ['input', 'subjectCodes']);
  }
  const now = new Date();
  const weighted = await weightedIndicators(ctx.em, system);
  const { inputs, missing } = await gatherInputs(ctx.em, system, weighted, subjects, p, now);
  if (missing.length) {
    throw new DomainError(UserErrorCode.MISSING_COMPONENTS, `No verified input for ${missing.length} weighted component(s), e.g. ${missing.slice(0, 5).join(', ')}.`, ['input', 'subjectCodes']);
  }
  // Earlier versions: unfinished ones are superseded; FINAL and PUBLISHED ones stay as they are.
  const prior: { body: string; version: unknown }[] = await ctx.em
    .createQueryBuilder(Evaluation, 'e')
    .select('e.bodyId', 'body')
    .addSelect('MAX(e.version)', 'version')
    .where('e.systemId = :system AND e.period = :p AND e.bodyId IN (:...ids)', { system: system.rowId, p, ids: subjects.map((s) => s.rowId) })
    .groupBy('e.bodyId')
    .getRawMany();
  const versions = new Map(prior.map((r) => [r.body, Number(r.version)]));
  await ctx.em
    .createQueryBuilder()
    .update(Evaluation)
    .set({ status: EvaluationStatus.SUPERSEDED })
    .where('systemId = :system AND period = :p AND bodyId IN (:...ids) AND status IN (:...open)', { system: system.rowId, p, ids: subjects.map((s) => s.rowId), open: [EvaluationStatus.SCORED, EvaluationStatus.CHALLENGED] })
    .execute();
  const rows = subjects.map((s) => {
    const result = score(headerOf(system, s, p), inputs.get(s.rowId)!);
    return ctx.em.create(Evaluation, {
      rowId: uuidv7(),
      systemId: system.rowId,
      bodyId: s.rowId,
      period: p,
      version: (versions.get(s.rowId) ?? 0) + 1,
      status: EvaluationStatus.SCORED,
      total: BigInt(result.total.replace('.', '')),
      inputsHash: result.inputsHash,
      inputs: inputs.get(s.rowId)!,
      components: result.components,
      computedBy: actor.accountId,
      computedAt: now,
      challengeUntil: new Date(now.getTime() + system.challengeDays * DAY),
      challenge: null,
      challengeResponse: null,
      finalizedAt: null,
      publishedAt: null,
    });
  });
  for (let k = 0; k < rows.length; k += 100) await ctx.em.insert(Evaluation, rows.slice(k, k + 100));
  await recordAudit(ctx, {
    action: 'evaluation.compute',
    targetType: IndicatorSystem.typename,
    targetId: system.rowId,
    details: { period: p, evaluations: rows.map((r) => ({ id: r.rowId, body: subjects.find((s) => s.rowId === r.bodyId)!.code, version: r.version, total: formatDecimal(r.total), inputsHash: r.inputsHash })) },
  });
  return rows;
}

function evaluationForUpdate(ctx: RequestContext, id: string): Promise<Evaluation> {
  return lockNode(ctx, Evaluation, id, 'evaluationId', canReadEvaluation, 'evaluation');
}

function assertNotFinal(e: Evaluation): void {
  if (FINAL_STATES.includes(e.status)) throw new DomainError(UserErrorCode.EVALUATION_FINAL, 'The evaluation is final and immutable; a correction is a new version (computeEvaluation).', ['input', 'evaluationId']);
  if (e.status === EvaluationStatus.SUPERSEDED) throw new DomainError(UserErrorCode.INVALID_STATE, 'A later version replaced this evaluation.', ['input', 'evaluationId']);
}

/** The evaluated body (LEAD) challenges a computed evaluation inside the window. */
export async function challengeEvaluation(ctx: RequestContext, evaluationId: string, grounds: string): Promise<Evaluation> {
  const e = await evaluationForUpdate(ctx, evaluationId);
  if (e.bodyId !== ctx.actor!.body.rowId || !hasRole(ctx.actor!, Role.LEAD)) throw forbidden('Only a LEAD of the evaluated body challenges its evaluation.');
  assertNotFinal(e);
  if (e.status !== EvaluationStatus.SCORED) throw new DomainError(UserErrorCode.INVALID_STATE, 'The evaluation is already challenged.', ['input', 'evaluationId']);
  if (Date.now() >= e.challengeUntil.getTime()) throw new DomainError(UserErrorCode.INVALID_STATE, 'The challenge window has closed.', ['input', 'evaluationId']);
  Object.assign(e, { status: EvaluationStatus.CHALLENGED, challenge: text(grounds, 'grounds', 2, 4000) });
  await ctx.em.update(Evaluation, { rowId: e.rowId }, { status: e.status, challenge: e.challenge });
  await recordAudit(ctx, { action: 'evaluation.challenge', targetType: Evaluation.typename, targetId: e.rowId, details: { grounds: e.challenge } });
  return e;
}

async function assertOwner(ctx: RequestContext, e: Evaluation): Promise<IndicatorSystem> {
  const system = (await systemById(ctx).load(e.systemId))!;
  if (system.ownerId !== ctx.actor!.body.rowId || !hasRole(ctx.actor!, Role.LEAD)) throw forbidden('Only a LEAD of the indicator system’s owner finalizes and publishes.');
  return system;
}

/** The owner (LEAD) makes it final: after the window, or answering the challenge. FINAL is immutable. */
export async function finalizeEvaluation(ctx: RequestContext, evaluationId: string, challengeResponse?: string | null): Promise<Evaluation> {
  const e = await evaluationForUpdate(ctx, evaluationId);
  await assertOwner(ctx, e);
  assertNotFinal(e);
  let response: string | null = null;
  if (e.status === EvaluationStatus.CHALLENGED) response = text(challengeResponse, 'challengeResponse', 2, 4000);
  else if (Date.now() < e.challengeUntil.getTime()) throw new DomainError(UserErrorCode.INVALID_STATE, `The challenge window is open until ${e.challengeUntil.toISOString()}.`, ['input', 'evaluationId']);
  Object.assign(e, { status: EvaluationStatus.FINAL, finalizedAt: new Date(), challengeResponse: response });
  await ctx.em.update(Evaluation, { rowId: e.rowId }, { status: e.status, finalizedAt: e.finalizedAt, challengeResponse: response });
  await recordAudit(ctx, { action: 'evaluation.finalize', targetType: Evaluation.typename, targetId: e.rowId, details: { total: formatDecimal(e.total), inputsHash: e.inputsHash } });
  return e;
}

/** The owner (LEAD) publishes a FINAL evaluation: it becomes public and counts in Body.performance. */
export async function publishEvaluation(ctx: RequestContext, evaluationId: string): Promise<Evaluation> {
  const e = await evaluationForUpdate(ctx, evaluationId);
  await assertOwner(ctx, e);
  if (e.status === EvaluationStatus.PUBLISHED) throw new DomainError(UserErrorCode.EVALUATION_FINAL, 'The evaluation is already published.', ['input', 'evaluationId']);
  if (e.status !== EvaluationStatus.FINAL) throw new DomainError(UserErrorCode.INVALID_STATE, 'Only a FINAL evaluation is published.', ['input', 'evaluationId']);
  await assertNotClassified(ctx, Evaluation.typename, e.rowId, ['input', 'evaluationId']);
  await assertRecomputableByAnyone(ctx, e, ['input', 'evaluationId']);
  Object.assign(e, { status: EvaluationStatus.PUBLISHED, publishedAt: new Date() });
  await ctx.em.update(Evaluation, { rowId: e.rowId }, { status: e.status, publishedAt: e.publishedAt });
  await ctx.events.emit('EvaluationPublished', { evaluationId: e.rowId }, { subjectType: Evaluation.typename, subjectId: e.rowId, bodyId: e.bodyId });
  await recordAudit(ctx, { action: 'evaluation.publish', targetType: Evaluation.typename, targetId: e.rowId, details: {} });
  return e;
}

// ---- reads ----------------------------------------------------------------------------------

const RANKS = Symbol('evaluation.ranks');

/**
 * Rank among the current evaluations (each body's latest version that is not superseded) of the
 * same system and period; equal totals share a rank. Null for a version that is no longer current.
 */
export function rankOf(ctx: RequestContext): DataLoader<string, number | null> {
  return ctx.loaders.get(RANKS, () => new DataLoader<string, number | null>(async (ids) => {
    const own = await ctx.em.find(Evaluation, { where: { rowId: In([...ids]) }, select: { rowId: true, systemId: true, period: true } });
    const groups = [...new Set(own.map((e) => `${e.systemId}|${e.period}`))];
    const all = groups.length
      ? await ctx.em
          .createQueryBuilder(Evaluation, 'e')
          .select(['e.rowId', 'e.systemId', 'e.period', 'e.bodyId', 'e.version', 'e.total'])
          .where('e.status <> :superseded', { superseded: EvaluationStatus.SUPERSEDED })
          .andWhere(`(${groups.map((_, k) => `(e.systemId = :s${k} AND e.period = :p${k})`).join(' OR ')})`, Object.fromEntries(groups.flatMap((g, k) => [[`s${k}`, g.split('|')[0]], [`p${k}`, g.split('|')[1]]])))
          .getMany()
      : [];
    const ranks = new Map<string, number>();
    for (const g of groups) {
      const latest = new Map<string, Evaluation>();
      for (const e of all) if (`${e.systemId}|${e.period}` === g && (latest.get(e.bodyId)?.version ?? 0) < e.version) latest.set(e.bodyId, e);
      const sorted = [...latest.values()].sort((a, b) => (a.total === b.total ? 0 : a.total > b.total ? -1 : 1));
      sorted.forEach((e, k) => ranks.set(e.rowId, k > 0 && sorted[k - 1].total === e.total ? ranks.get(sorted[k - 1].rowId)! : k + 1));
    }
    return ids.map((id) => ranks.get(id) ?? null);
  }));
}

export function listEvaluations(ctx: RequestContext, systemRowId: string, periodText: string, args: PageArgs): Page<Evaluation> {
  const qb = ctx.em.createQueryBuilder(Evaluation, 'e').where('e.systemId = :system AND e.period = :p', { system: systemRowId, p: periodText });
  if (ctx.actor) {
    qb.andWhere(`(e.status = :published OR EXISTS (SELECT 1 FROM body_ancestry ea WHERE ea.ancestor_id = :root AND ea.descendant_id = e.body_id))`, { published: EvaluationStatus.PUBLISHED, root: actorJurisdictionId(ctx) });
  } else qb.andWhere('e.status = :published', { published: EvaluationStatus.PUBLISHED });
  return paginate(qb, [{ column: 'e.rowId', read: (e) => e.rowId, kind: 'text', direction: 'ASC' }], args);
}

const PERFORMANCE = Symbol('evaluation.performance');

/** A body's published results for a year (key `bodyRowId|year`): the latest published version under each system. */
export function performanceOf(ctx: RequestContext): DataLoader<string, Evaluation[]> {
  return ctx.loaders.get(PERFORMANCE, () => new DataLoader<string, Evaluation[]>(async (keys) => {
    const pairs = keys.map((k) => k.split('|'));
    const rows = await ctx.em.find(Evaluation, {
      where: { bodyId: In(pairs.map((p) => p[0])), period: In(pairs.map((p) => p[1])), status: EvaluationStatus.PUBLISHED },
      order: { version: 'DESC' },
    });
    return pairs.map(([id, year]) => {
      const seen = new Set<string>();
      return rows.filter((e) => e.bodyId === id && e.period === year && !seen.has(e.systemId) && !!seen.add(e.systemId));
    });
  }));
}

/** The evaluations one computeEvaluation call created (same system, same instant), for idempotent replay. */
export async function evaluationsComputedWith(ctx: RequestContext, firstId: string): Promise<Evaluation[]> {
  const first = await ctx.em.findOneByOrFail(Evaluation, { rowId: firstId });
  const rows = await ctx.em.find(Evaluation, { where: { systemId: first.systemId, period: first.period, computedAt: first.computedAt, computedBy: first.computedBy } });
  const bodies = await ctx.em.find(Body, { where: { rowId: In(rows.map((r) => r.bodyId)) } });
  const code = new Map(bodies.map((b) => [b.rowId, b.code]));
  return rows.sort((a, b) => (code.get(a.bodyId)! < code.get(b.bodyId)! ? -1 : 1));
}

const SURVEYS = Symbol('evaluation.surveys');
const ASSESSMENTS = Symbol('evaluation.assessments');

export function surveyOf(ctx: RequestContext): DataLoader<string, SatisfactionSurvey | null> {
  return ctx.loaders.get(SURVEYS, () => new DataLoader<string, SatisfactionSurvey | null>(async (ids) => {
    const rows = await ctx.em.find(SatisfactionSurvey, { where: { observationId: In([...ids]) }, order: { recordedAt: 'DESC', rowId: 'DESC' } });
    return ids.map((id) => rows.find((r) => r.observationId === id) ?? null);
  }));
}

export function assessmentOf(ctx: RequestContext): DataLoader<string, ThirdPartyAssessment | null> {
  return ctx.loaders.get(ASSESSMENTS, () => new DataLoader<string, ThirdPartyAssessment | null>(async (ids) => {
    const rows = await ctx.em.find(ThirdPartyAssessment, { where: { observationId: In([...ids]) }, order: { recordedAt: 'DESC', rowId: 'DESC' } });
    return ids.map((id) => rows.find((r) => r.observationId === id) ?? null);
  }));
}
