import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { lockNode } from '../../platform/database/lock-node';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { Page, PageArgs, paginate } from '../../platform/graphql/connection';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { uuidv7 } from '../../platform/ids';
import { byIdLoader } from '../../platform/loaders';
import { Role } from '../../platform/auth/roles';
import { hasRole } from '../../platform/auth/actor';
import { BodyKind } from '../bodies/body.enums';
import { findBodyByCode, findBodyById } from '../bodies/body.service';
import { actorJurisdictionId, isWithin } from '../bodies/jurisdiction';
import { Directive, Receipt } from '../channels/channel.entities';
import { keywordList } from '../channels/directive.service';
import { Delegation } from '../powers/delegation.entities';
import { DelegationStatus } from '../powers/power.enums';
import { Power } from '../powers/power.entities';
import { findPowerByCode } from '../powers/power.service';
import { text } from '../../platform/validation';
import { Derivation, deriveOutcome } from './tolerance.derive';
import './tolerance.events';
import { ReformDecision } from '../decisions/decision.entities';
import { DecisionStageKind, StageStatus } from '../decisions/decision.enums';
import { findVisibleDecision, stageState } from '../decisions/decision.service';
import { ToleranceCase, ToleranceFindingLink, ToleranceProhibitionLink, ToleranceSignature } from './tolerance.entities';
import { fetchVisibleNodeOfType } from '../../platform/graphql/node-registry';
import { ProhibitionDistinction, PurposeDistinction, ToleranceExclusion, ToleranceOutcome, ToleranceStatus, TrialDistinction } from './tolerance.enums';

/** Days the subject body has to appeal a decision (申诉期). */
export const APPEAL_WINDOW_DAYS = 30;
const DAY = 86_400_000;
const DECIDER_KINDS: string[] = [BodyKind.DISCIPLINE_INSPECTION, BodyKind.ORGANIZATION_DEPARTMENT];

// ---- who may read and decide ------------------------------------------------------------------
// CHAIN.md §3.5 rules 4 and 6: deciders are discipline-inspection and organization departments at
// or above the subject's government; besides them only the subject body's LEADs read a case.

/** Whether the acting body may decide cases about a subject of this government. */
export async function isEligibleDecider(ctx: RequestContext, subjectGovernmentId: string): Promise<boolean> {
  const body = ctx.actor?.body;
  if (!body || !DECIDER_KINDS.includes(body.kind)) return false;
  return isWithin(ctx, actorJurisdictionId(ctx)!, subjectGovernmentId, true);
}

export async function canReadCase(ctx: RequestContext, c: ToleranceCase): Promise<boolean> {
  const actor = ctx.actor;
  if (!actor) return false;
  if (actor.body.rowId === c.subjectBodyId && hasRole(actor, Role.LEAD)) return true;
  return isEligibleDecider(ctx, c.subjectGovernmentId);
}

const CASE_BY_ID = Symbol('tolerance.byId');
const SIGNATURES = Symbol('tolerance.signatures');

export const caseById = (ctx: RequestContext): DataLoader<string, ToleranceCase | null> => byIdLoader(ctx, CASE_BY_ID, ToleranceCase);

export function signaturesOf(ctx: RequestContext): DataLoader<string, ToleranceSignature[]> {
  return ctx.loaders.get(SIGNATURES, () => new DataLoader<string, ToleranceSignature[]>(async (ids) => {
    const rows = await ctx.em.find(ToleranceSignature, { where: { caseId: In([...ids]) }, order: { signedAt: 'ASC', rowId: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.caseId === id));
  }));
}

export async function findVisibleCase(ctx: RequestContext, rowId: string): Promise<ToleranceCase | null> {
  const c = await caseById(ctx).load(rowId);
  return c && (await canReadCase(ctx, c)) ? c : null;
}

/** A case the caller may read, for a mutation; NOT_FOUND otherwise (indistinguishable from absent). */
function visibleCaseForUpdate(ctx: RequestContext, caseId: string): Promise<ToleranceCase> {
  return lockNode(ctx, ToleranceCase, caseId, 'caseId', canReadCase, 'tolerance case');
}

async function assertDecider(ctx: RequestContext, c: ToleranceCase): Promise<void> {
  if (!(await isEligibleDecider(ctx, c.subjectGovernmentId))) {
    throw new DomainError(UserErrorCode.DECIDER_NOT_ELIGIBLE, 'Only a discipline-inspection or organization department at or above the subject’s government decides a tolerance case.', ['input', 'caseId']);
  }
}

// ---- derived evidence -----------------------------------------------------------------------

export function derivationOf(c: ToleranceCase): Derivation {
  return deriveOutcome({ trial: c.trial, prohibition: c.prohibition, purpose: c.purpose, mitigationTaken: c.mitigationTaken, exclusions: c.exclusions });
}

export interface PriorProhibition {
  directive: Directive;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  matchedKeywords: string[];
  linked: boolean;
}

/**
 * Directives the subject body received before the act that prohibit the matter: those whose
 * `prohibits` keywords meet the case's keywords, and those the deciders linked explicitly.
 */
export async function priorProhibitionsOf(ctx: RequestContext, c: ToleranceCase): Promise<PriorProhibition[]> {
  const rows = await ctx.em
    .createQueryBuilder(Receipt, 'r')
    .innerJoinAndMapOne('r.directiveRef', Directive, 'd', 'd.rowId = r.directiveId')
    .leftJoin(ToleranceProhibitionLink, 'l', 'l.directiveId = d.rowId AND l.caseId = :caseId', { caseId: c.rowId })
    .addSelect('l.directiveId', 'linked_id')
    .where('r.recipientId = :subject AND r.deliveredAt < :actAt', { subject: c.subjectBodyId, actAt: c.actAt })
    .andWhere("(l.directiveId IS NOT NULL OR d.prohibits <> '[]')")
    .orderBy('r.deliveredAt', 'ASC')
    .addOrderBy('r.rowId', 'ASC')
    .getRawAndEntities();
  const linked = new Set(rows.raw.map((r: Record<string, unknown>) => r.linked_id).filter(Boolean));
  const wanted = new Set(c.keywords.map((k) => k.toLowerCase()));
  const out: PriorProhibition[] = [];
  for (const r of rows.entities) {
    const d = r.directiveRef!;
    const matchedKeywords = d.prohibits.filter((k) => wanted.has(k.toLowerCase()));
    const isLinked = linked.has(d.rowId);
    if (!matchedKeywords.length && !isLinked) continue;
    out.push({ directive: d, receivedAt: r.deliveredAt, acknowledgedAt: r.acknowledgedAt, matchedKeywords, linked: isLinked });
  }
  return out;
}

/** Acknowledged before the act: the body knew (CHAIN.md §3.5 rule 3). */
export const acknowledgedBeforeAct = (c: ToleranceCase, p: PriorProhibition) => !!p.acknowledgedAt && p.acknowledgedAt.getTime() <= c.actAt.getTime();

export interface ProcedureEvidence {
  power: Power | null;
  withinDelegatedPower: boolean | null;
  decision: ReformDecision | null;
  followedProcedure: boolean | null;
  missingStages: DecisionStageKind[];
  riskAssessed: boolean | null;
  collectivelyDecided: boolean | null;
}

/**
 * Whether the linked decision ran its procedure (the very conditions local 容错 measures list:
 * research and risk assessment, democratic and collective decision). Derived from its stages as
 * they hold now; null without a linked decision.
 */
async function decisionEvidence(ctx: RequestContext, c: ToleranceCase): Promise<Pick<ProcedureEvidence, 'decision' | 'followedProcedure' | 'missingStages' | 'riskAssessed' | 'collectivelyDecided'>> {
  // A reader of the case who may not read the linked decision (the subject's LEAD, when a decider
  // above linked an unpublished one) learns nothing of it, its stages included.
  const d = c.decisionId ? await findVisibleDecision(ctx, c.decisionId) : null;
  if (!d) return { decision: null, followedProcedure: null, missingStages: [], riskAssessed: null, collectivelyDecided: null };
  const state = await stageState(ctx, d);
  const missing = state.required.filter((k) => state.status(k) !== StageStatus.COMPLETED);
  return {
    decision: d,
    followedProcedure: missing.length === 0,
    missingStages: missing,
    riskAssessed: state.status(DecisionStageKind.RISK_ASSESSMENT) === StageStatus.COMPLETED,
    collectivelyDecided: state.status(DecisionStageKind.COLLECTIVE_DELIBERATION) === StageStatus.COMPLETED,
  };
}

/** Whether the subject held the power it exercised when it acted: defined by it, or delegated to it and in force then. */
export async function procedureEvidenceOf(ctx: RequestContext, c: ToleranceCase): Promise<ProcedureEvidence> {
  const decision = await decisionEvidence(ctx, c);
  if (!c.powerId) return { power: null, withinDelegatedPower: null, ...decision };
  const power = await ctx.em.findOneOrFail(Power, { where: { rowId: c.powerId } });
  if (power.definedById === c.subjectBodyId) return { power, withinDelegatedPower: true, ...decision };
  const held = await ctx.em
    .createQueryBuilder(Delegation, 'd')
    .where('d.powerId = :power AND d.granteeId = :grantee', { power: c.powerId, grantee: c.subjectBodyId })
    .andWhere('d.storedStatus IN (:...states)', { states: [DelegationStatus.ACTIVE, DelegationStatus.REVOKED] })
    .andWhere('d.effectiveFrom <= :actAt AND (d.effectiveTo IS NULL OR d.effectiveTo > :actAt)', { actAt: c.actAt })
    .getMany();
  // A revoked delegation still covered acts before its revocation.
  const covered = held.some((d) => d.storedStatus === DelegationStatus.ACTIVE || (d.revokedAt && d.revokedAt.getTime() > c.actAt.getTime()));
  return { power, withinDelegatedPower: covered, ...decision };
}

// ---- changes ----------------------------------------------------------------------------------

const FINDING_LINKS = Symbol('tolerance.findingLinks');

/** The findings each case covers (batched). */
export function findingLinksOf(ctx: RequestContext): DataLoader<string, ToleranceFindingLink[]> {
  return ctx.loaders.get(FINDING_LINKS, () => new DataLoader<string, ToleranceFindingLink[]>(async (ids) => {
    const rows = await ctx.em.find(ToleranceFindingLink, { where: { caseId: In([...ids]) }, order: { findingId: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.caseId === id));
  }));
}

export interface ApplyData {
  subjectBodyCode?: string | null;
  matter: string;
  actAt: Date;
  keywords?: string[] | null;
  powerCode?: string | null;
  decisionId?: string | null;
  findingIds?: string[] | null;
}

/** Opened by a LEAD of the subject body, or by an eligible decider on its own motion (e.g. after a finding). */
export async function applyForTolerance(ctx: RequestContext, data: ApplyData): Promise<ToleranceCase> {
  const actor = ctx.actor!;
  const subject = data.subjectBodyCode ? await findBodyByCode(ctx, data.subjectBodyCode) : await findBodyById(ctx, actor.body.rowId);
  if (!subject) throw new DomainError(UserErrorCode.NOT_FOUND, `No body has code ${data.subjectBodyCode}.`, ['input', 'subjectBodyCode']);
  const ownCase = subject.rowId === actor.body.rowId;
  if (ownCase ? !hasRole(actor, Role.LEAD) : !(await isEligibleDecider(ctx, subject.governmentId))) {
    throw forbidden('A tolerance case is opened by a LEAD of the subject body or by a discipline-inspection or organization department at or above its government.');
  }
  if (data.actAt.getTime() > Date.now()) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'actAt must lie in the past.', ['input', 'actAt']);
  let powerId: string | null = null;
  if (data.powerCode) {
    const power = await findPowerByCode(ctx, data.powerCode);
    if (!power) throw new DomainError(UserErrorCode.NOT_FOUND, `No power has code ${data.powerCode}.`, ['input', 'powerCode']);
    powerId = power.rowId;
  }
  let decisionId: string | null = null;
  if (data.decisionId) {
    // The decision must be one the applicant may read: nothing is learnt through a case.
    const d = await findVisibleDecision(ctx, expectGlobalId(data.decisionId, ReformDecision.typename, 'decisionId'));
    if (!d) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such decision.', ['input', 'decisionId']);
    decisionId = d.rowId;
  }
  const findingIds = [...new Set((data.findingIds ?? []).map((id) => expectGlobalId(id, 'Finding', 'findingIds')))];
  if (findingIds.length > 20) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'At most 20 findings.', ['input', 'findingIds']);
  for (const id of findingIds) {
    // Through the node registry: supervision reads tolerance, so tolerance does not import it.
    const f = (await fetchVisibleNodeOfType(ctx, 'Finding', id)) as { subjectId?: string } | null;
    if (!f) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such finding.', ['input', 'findingIds']);
    if (f.subjectId !== subject.rowId) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A finding the case covers is about the subject body.', ['input', 'findingIds']);
  }
  const rowId = uuidv7();
  const c = ctx.em.create(ToleranceCase, {
    rowId,
    code: `TC-${data.actAt.getUTCFullYear()}-${rowId.slice(-8).toUpperCase()}`,
    status: ToleranceStatus.APPLIED,
    subjectBodyId: subject.rowId,
    subjectGovernmentId: subject.governmentId,
    matter: text(data.matter, 'matter', 2, 10_000),
    actAt: data.actAt,
    keywords: keywordList(data.keywords, 'keywords'),
    powerId,
    decisionId,
    applicantId: actor.body.rowId,
    appliedBy: actor.accountId,
    appliedAt: new Date(),
    trial: TrialDistinction.UNDETERMINED,
    trialFacts: '',
    prohibition: ProhibitionDistinction.UNDETERMINED,
    prohibitionFacts: '',
    prohibitionOverrideReason: null,
    purpose: PurposeDistinction.UNDETERMINED,
    purposeFacts: '',
    mitigationTaken: false,
    exclusions: [],
    factsRecordedAt: null,
    outcome: null,
    decisionReason: null,
    deviates: false,
    decidedAt: null,
    appealBy: null,
    appealGrounds: null,
    appealedAt: null,
  });
  await ctx.em.insert(ToleranceCase, c);
  if (findingIds.length) await ctx.em.insert(ToleranceFindingLink, findingIds.map((findingId) => ({ caseId: c.rowId, findingId })));
  await recordAudit(ctx, { action: 'tolerance.apply', targetType: ToleranceCase.typename, targetId: c.rowId, details: { subject: subject.code, findings: findingIds.length } });
  return c;
}

export interface FactsData {
  caseId: string;
  trial: TrialDistinction;
  trialFacts?: string | null;
  prohibition: ProhibitionDistinction;
  prohibitionFacts?: string | null;
  prohibitionOverrideReason?: string | null;
  purpose: PurposeDistinction;
  purposeFacts?: string | null;
  mitigationTaken: boolean;
  exclusions?: ToleranceExclusion[] | null;
  linkedProhibitionIds?: string[] | null;
}

/** Facts of a determined distinction are required; of an undetermined one optional. */
function facts(value: string | null | undefined, determined: boolean, name: string): string {
  return determined ? text(value, name, 2, 10_000) : (value ?? '').trim().slice(0, 10_000);
}

export async function recordToleranceFacts(ctx: RequestContext, data: FactsData): Promise<ToleranceCase> {
  const c = await visibleCaseForUpdate(ctx, data.caseId);
  await assertDecider(ctx, c);
  if (c.status !== ToleranceStatus.APPLIED && c.status !== ToleranceStatus.UNDER_VERIFICATION) {
    throw new DomainError(UserErrorCode.INVALID_STATE, 'The case is decided; its facts are final.', ['input', 'caseId']);
  }
  if (await ctx.em.exists(ToleranceSignature, { where: { caseId: c.rowId } })) {
    throw new DomainError(UserErrorCode.INVALID_STATE, 'A decider has signed on these facts; they can no longer change.', ['input', 'caseId']);
  }
  // Explicit links: directives the subject received before the act.
  const linkIds = [...new Set((data.linkedProhibitionIds ?? []).map((id) => expectGlobalId(id, Directive.typename, 'linkedProhibitionIds')))];
  if (linkIds.length > 50) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'At most 50 linked prohibitions.', ['input', 'linkedProhibitionIds']);
  if (linkIds.length) {
    const received = await ctx.em
      .createQueryBuilder(Receipt, 'r')
      .where('r.recipientId = :subject AND r.deliveredAt < :actAt AND r.directiveId IN (:...ids)', { subject: c.subjectBodyId, actAt: c.actAt, ids: linkIds })
      .getMany();
    if (received.length !== linkIds.length) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A linked prohibition must be a directive the subject body received before the act.', ['input', 'linkedProhibitionIds']);
    }
  }
  await ctx.em.delete(ToleranceProhibitionLink, { caseId: c.rowId });
  if (linkIds.length) {
    const now = new Date();
    await ctx.em.insert(ToleranceProhibitionLink, linkIds.map((directiveId) => ({ caseId: c.rowId, directiveId, linkedBy: ctx.actor!.accountId, linkedAt: now })));
  }
  const overrideReason = data.prohibitionOverrideReason?.trim() || null;
  if (data.prohibition === ProhibitionDistinction.EXPLORATORY_NOT_PROHIBITED && !overrideReason) {
    const onRecord = (await priorProhibitionsOf(ctx, c)).filter((p) => acknowledgedBeforeAct(c, p));
    if (onRecord.length) {
      throw new DomainError(
        UserErrorCode.PROHIBITION_ON_RECORD,
        `The subject acknowledged a prohibiting directive before the act (“${onRecord[0].directive.title}”); say in prohibitionOverrideReason why it did not apply.`,
        ['input', 'prohibition'],
      );
    }
  }
  const exclusions = [...new Set(data.exclusions ?? [])];
  Object.assign(c, {
    trial: data.trial,
    trialFacts: facts(data.trialFacts, data.trial !== TrialDistinction.UNDETERMINED, 'trialFacts'),
    prohibition: data.prohibition,
    prohibitionFacts: facts(data.prohibitionFacts, data.prohibition !== ProhibitionDistinction.UNDETERMINED, 'prohibitionFacts'),
    prohibitionOverrideReason: overrideReason,
    purpose: data.purpose,
    purposeFacts: facts(data.purposeFacts, data.purpose !== PurposeDistinction.UNDETERMINED, 'purposeFacts'),
    mitigationTaken: data.mitigationTaken,
    exclusions,
    factsRecordedAt: new Date(),
    status: ToleranceStatus.UNDER_VERIFICATION,
  });
  await ctx.em.update(ToleranceCase, { rowId: c.rowId }, {
    trial: c.trial,
    trialFacts: c.trialFacts,
    prohibition: c.prohibition,
    prohibitionFacts: c.prohibitionFacts,
    prohibitionOverrideReason: c.prohibitionOverrideReason,
    purpose: c.purpose,
    purposeFacts: c.purposeFacts,
    mitigationTaken: c.mitigationTaken,
    exclusions: c.exclusions,
    factsRecordedAt: c.factsRecordedAt,
    status: c.status,
  });
  await recordAudit(ctx, { action: 'tolerance.facts', targetType: ToleranceCase.typename, targetId: c.rowId, details: { derived: derivationOf(c).outcome, links: linkIds.length } });
  return c;
}

export interface SignData {
  caseId: string;
  outcome: ToleranceOutcome;
  reason?: string | null;
}

/**
 * One co-signature. The first of the two kinds records it; the second, of the other kind and the
 * same outcome, completes the decision and opens the appeal window.
 */
export async function signToleranceDecision(ctx: RequestContext, data: SignData): Promise<ToleranceCase> {
  const c = await visibleCaseForUpdate(ctx, data.caseId);
  await assertDecider(ctx, c);
  if (c.status !== ToleranceStatus.UNDER_VERIFICATION) throw new DomainError(UserErrorCode.INVALID_STATE, c.status === ToleranceStatus.APPLIED ? 'Record the facts before signing.' : 'The case is already decided.', ['input', 'caseId']);
  const derived = derivationOf(c);
  if (!derived.outcome) throw new DomainError(UserErrorCode.FACTS_INCOMPLETE, 'A distinction is still UNDETERMINED: the outcome cannot be derived, so the case cannot be decided.', ['input', 'caseId']);
  const signatures = await ctx.em.find(ToleranceSignature, { where: { caseId: c.rowId } });
  const actor = ctx.actor!;
  if (signatures.some((s) => s.accountId === actor.accountId)) {
    throw new DomainError(UserErrorCode.DECIDER_NOT_ELIGIBLE, 'This account has signed already; the co-signature must come from another decider.', ['input', 'caseId']);
  }
  if (signatures.some((s) => s.bodyKind === actor.body.kind)) {
    throw new DomainError(UserErrorCode.COSIGNATURE_REQUIRED, `A ${actor.body.kind} body has signed already: the co-signature must come from the other kind (discipline inspection and organization department).`, ['input', 'caseId']);
  }
  if (signatures.some((s) => s.outcome !== data.outcome)) {
    throw new DomainError(UserErrorCode.COSIGNATURE_REQUIRED, `The first signature decided ${signatures[0].outcome}: both co-signatures must name the same outcome.`, ['input', 'outcome']);
  }
  const deviates = data.outcome !== derived.outcome;
  const reason = data.reason?.trim() || null;
  if (deviates && !reason) {
    throw new DomainError(UserErrorCode.REASON_REQUIRED, `The derived outcome is ${derived.outcome}; deciding ${data.outcome} needs a reason.`, ['input', 'reason']);
  }
  if (reason && reason.length > 10_000) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'reason is at most 10,000 characters.', ['input', 'reason']);
  const now = new Date();
  await ctx.em.insert(ToleranceSignature, {
    rowId: uuidv7(),
    caseId: c.rowId,
    bodyId: actor.body.rowId,
    bodyKind: actor.body.kind,
    accountId: actor.accountId,
    outcome: data.outcome,
    reason,
    signedAt: now,
  });
  if (signatures.length === 1) {
    const reasons = [signatures[0].reason, reason].filter(Boolean).join('\n');
    Object.assign(c, { status: ToleranceStatus.DECIDED, outcome: data.outcome, decisionReason: reasons || null, deviates, decidedAt: now, appealBy: new Date(now.getTime() + APPEAL_WINDOW_DAYS * DAY) });
    await ctx.em.update(ToleranceCase, { rowId: c.rowId }, { status: c.status, outcome: c.outcome, decisionReason: c.decisionReason, deviates, decidedAt: now, appealBy: c.appealBy });
    await ctx.events.emit(
      'ToleranceDecided',
      { caseId: c.rowId },
      { subjectType: ToleranceCase.typename, subjectId: c.rowId, bodyId: c.subjectBodyId, recipientBodyIds: [signatures[0].bodyId, actor.body.rowId] },
    );
  }
  await recordAudit(ctx, { action: 'tolerance.sign', targetType: ToleranceCase.typename, targetId: c.rowId, details: { outcome: data.outcome, deviates, completes: signatures.length === 1 } });
  return c;
}

export async function appealToleranceDecision(ctx: RequestContext, data: { caseId: string; grounds: string }): Promise<ToleranceCase> {
  const c = await visibleCaseForUpdate(ctx, data.caseId);
  if (ctx.actor!.body.rowId !== c.subjectBodyId) throw forbidden('Only the subject body appeals its tolerance decision.');
  if (c.status !== ToleranceStatus.DECIDED) throw new DomainError(UserErrorCode.INVALID_STATE, 'Only a decided case can be appealed, once.', ['input', 'caseId']);
  if (Date.now() > c.appealBy!.getTime()) throw new DomainError(UserErrorCode.APPEAL_WINDOW_CLOSED, `The appeal window closed at ${c.appealBy!.toISOString()}.`, ['input', 'caseId']);
  Object.assign(c, { status: ToleranceStatus.APPEALED, appealGrounds: text(data.grounds, 'grounds', 2, 10_000), appealedAt: new Date() });
  await ctx.em.update(ToleranceCase, { rowId: c.rowId }, { status: c.status, appealGrounds: c.appealGrounds, appealedAt: c.appealedAt });
  await recordAudit(ctx, { action: 'tolerance.appeal', targetType: ToleranceCase.typename, targetId: c.rowId });
  return c;
}

// ---- lists ------------------------------------------------------------------------------------

/** Cases the caller may read, newest first: in SQL, the same rule as canReadCase. */
export function listToleranceCases(ctx: RequestContext, filter: { status?: ToleranceStatus | null }, args: PageArgs): Page<ToleranceCase> {
  const actor = ctx.actor!;
  const qb = ctx.em.createQueryBuilder(ToleranceCase, 'c');
  const own = hasRole(actor, Role.LEAD) ? 'c.subjectBodyId = :self' : '1 = 0';
  if (DECIDER_KINDS.includes(actor.body.kind)) {
    qb.where(`(${own} OR EXISTS (SELECT 1 FROM body_ancestry ca WHERE ca.ancestor_id = :root AND ca.descendant_id = c.subject_government_id))`, { self: actor.body.rowId, root: actorJurisdictionId(ctx) });
  } else {
    qb.where(own, { self: actor.body.rowId });
  }
  if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
  return paginate(qb, [{ column: 'c.rowId', read: (c) => c.rowId, kind: 'text', direction: 'DESC' }], args);
}
