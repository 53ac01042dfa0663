import { In } from 'typeorm';
import { Role } from '../../platform/auth/roles';
import { hasRole } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { lockNode } from '../../platform/database/lock-node';
import { forUpdate } from '../../platform/database/transaction';
import { badUserInput, forbidden } from '../../platform/errors/api-errors';
import { UserErrorCode } from '../../platform/errors/user-error';
import { countedPage, Page, PageArgs, pageWindow, rawPage, SortKey } from '../../platform/graphql/connection';
import { entityMapper } from '../../platform/database/raw';
import { ratioDecimal } from '../../platform/graphql/scalars';
import { uuidv7 } from '../../platform/ids';
import { refuse } from '../../platform/validation';
import { Body } from '../bodies/body.entities';
import { Level, LEVEL_RANK } from '../bodies/body.enums';
import { findBodyByCode } from '../bodies/body.service';
import { actorJurisdictionId, assertCanSee, canSee, isWithin } from '../bodies/jurisdiction';
import { Delegation, FactorQuota } from './delegation.entities';
import { DelegationStatus } from './power.enums';
import { delegationScope } from './power.events';
import { DELEGATION_ORDER, DELEGATION_SELECT, delegationById, POWER_SELECT, powerById, Side, SideFilter, sideCounts, sidePages } from './power.loaders';
import { Power } from './power.entities';
import { findPowerByCode } from './power.service';

export interface DelegateData {
  powerCode: string;
  toBodyCode: string;
  fiscalAllocation?: { amount: bigint; fiscalYear: number; source?: string | null; currency?: string | null } | null;
  noFiscalNeedReason?: string | null;
  fiscalYear?: number | null;
  quotas?: { kind: string; quantity: bigint; unit: string }[] | null;
  parentDelegationId?: string | null;
  scope?: string | null;
  estimatedCost?: bigint | null;
  effectiveFrom?: Date | null;
  effectiveTo?: Date | null;
}

const RESERVING = [DelegationStatus.PROPOSED, DelegationStatus.ACTIVE];
const QUOTA_KIND = /^[A-Z][A-Z0-9_]{1,31}$/;

function governmentOf(body: Body): string {
  return body.governmentId;
}

function coveragePpm(amount: bigint | null, estimate: bigint | null): number | null {
  if (amount === null || estimate === null || estimate <= 0n) return null;
  const ppm = (amount * 1_000_000n) / estimate;
  return Number(ppm > 2_000_000_000n ? 2_000_000_000n : ppm);
}

/** Loads a delegation by global id inside the transaction, locking it on PostgreSQL. */
function lockDelegation(ctx: RequestContext, globalId: string, field: string): Promise<Delegation> {
  return lockNode(ctx, Delegation, globalId, field, canSeeDelegation, 'delegation');
}

export async function canSeeDelegation(ctx: RequestContext, d: Delegation): Promise<boolean> {
  return (await canSee(ctx, d.granteeId)) || (await canSee(ctx, d.grantorId));
}

/**
 * Conservation (DOMAIN §2): what is handed down from a received delegation, for its power and
 * fiscal year, never exceeds what was received. The parent row is locked (FOR UPDATE on
 * PostgreSQL; SQLite serializes writers), so racing re-delegations are checked one after another
 * against committed sums.
 */
async function assertConserved(ctx: RequestContext, parent: Delegation, amount: bigint | null, quotas: { kind: string; quantity: bigint }[], excludeId?: string): Promise<void> {
  const siblings = await ctx.em.find(Delegation, { where: { parentId: parent.rowId, storedStatus: In(RESERVING) } });
  const others = siblings.filter((s) => s.rowId !== excludeId);
  const received = parent.allocationAmount ?? 0n;
  const passedOn = others.reduce((sum, s) => sum + (s.allocationAmount ?? 0n), 0n);
  if (passedOn + (amount ?? 0n) > received) {
    refuse(
      UserErrorCode.FISCAL_CONSERVATION,
      `Received ${fmt(received)} for this power and year; ${fmt(passedOn)} is already handed down, so at most ${fmt(received - passedOn)} remains.`,
      'fiscalAllocation',
    );
  }
  if (quotas.length === 0) return;
  const parentQuotas = await ctx.em.find(FactorQuota, { where: { delegationId: parent.rowId } });
  const siblingQuotas = others.length ? await ctx.em.find(FactorQuota, { where: { delegationId: In(others.map((s) => s.rowId)) } }) : [];
  for (const q of quotas) {
    const have = parentQuotas.find((p) => p.kind === q.kind);
    if (!have) refuse(UserErrorCode.QUOTA_CONSERVATION, `No ${q.kind} quota was received with this power, so none can be handed down.`, 'quotas');
    const used = siblingQuotas.filter((s) => s.kind === q.kind).reduce((sum, s) => sum + s.quantity, 0n);
    if (used + q.quantity > have.quantity) {
      refuse(UserErrorCode.QUOTA_CONSERVATION, `${q.kind}: received ${fmtQ(have.quantity)} ${have.unit}, ${fmtQ(used)} already handed down.`, 'quotas');
    }
  }
}

const fmt = (minor: bigint) => `${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`;
const fmtQ = (milli: bigint) => `${milli / 1000n}.${(milli % 1000n).toString().padStart(3, '0')}`;

export async function delegatePower(ctx: RequestContext, data: DelegateData): Promise<Delegation> {
  const actor = ctx.actor!;
  const signing = hasRole(actor, Role.LEAD);
  if (!signing && !hasRole(actor, Role.OFFICER)) throw forbidden('Delegating needs OFFICER (draft) or LEAD (sign).');
  const power = await findPowerByCode(ctx, data.powerCode);
  if (!power) refuse(UserErrorCode.NOT_FOUND, `No power has code "${data.powerCode}".`, 'powerCode');
  const grantor = (await ctx.em.findOne(Body, { where: { rowId: actor.body.rowId } }))!;
  const grantee = await ctx.em.findOne(Body, { where: { code: data.toBodyCode } });
  if (!grantee) refuse(UserErrorCode.NOT_FOUND, `No body has code "${data.toBodyCode}".`, 'toBodyCode');

  // Fiscal authority travels with the power.
  const allocation = data.fiscalAllocation ?? null;
  const reason = data.noFiscalNeedReason?.trim() || null;
  if (allocation && reason) refuse(UserErrorCode.VALIDATION_FAILED, 'Give either a fiscal allocation or a reason why none is needed, not both.', 'noFiscalNeedReason');
  if (!allocation && !reason) {
    refuse(UserErrorCode.FISCAL_ALLOCATION_REQUIRED, 'A delegation carries its fiscal allocation; give one, or record why none is needed (noFiscalNeedReason).', 'fiscalAllocation');
  }
  if (allocation && allocation.amount <= 0n) refuse(UserErrorCode.VALIDATION_FAILED, 'The allocated amount must be positive.', 'fiscalAllocation');
  const effectiveFrom = data.effectiveFrom ?? new Date();
  const effectiveTo = data.effectiveTo ?? null;
  if (effectiveTo && effectiveTo <= effectiveFrom) refuse(UserErrorCode.VALIDATION_FAILED, 'effectiveTo must be after effectiveFrom.', 'effectiveTo');
  const fiscalYear = allocation?.fiscalYear ?? data.fiscalYear ?? effectiveFrom.getUTCFullYear();
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100) refuse(UserErrorCode.VALIDATION_FAILED, 'fiscalYear must be between 2000 and 2100.', 'fiscalAllocation');
  const currency = (allocation?.currency ?? 'CNY').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) refuse(UserErrorCode.VALIDATION_FAILED, 'currency must be an ISO 4217 code.', 'fiscalAllocation');
  const quotas = data.quotas ?? [];
  const kinds = new Set<string>();
  for (const q of quotas) {
    if (!QUOTA_KIND.test(q.kind) || kinds.has(q.kind)) refuse(UserErrorCode.VALIDATION_FAILED, `Quota kinds are distinct capitalised words (got "${q.kind}").`, 'quotas');
    if (q.quantity <= 0n || !q.unit?.trim() || q.unit.length > 16) refuse(UserErrorCode.VALIDATION_FAILED, `Quota ${q.kind} needs a positive quantity and a unit.`, 'quotas');
    kinds.add(q.kind);
  }

  // Down the tree only: strictly below the grantor's government, at a lower level.
  const below = (await isWithin(ctx, governmentOf(grantor), grantee.rowId)) && LEVEL_RANK[grantee.level] > LEVEL_RANK[grantor.level];
  if (!below) {
    refuse(UserErrorCode.GRANTEE_NOT_BELOW, `${grantee.code} is not below ${grantor.code}: powers are delegated down the tree, never upward, sideways or into another jurisdiction.`, 'toBodyCode');
  }

  // The grantor must hold the power: it defined it, or an in-force delegation gave it.
  let parent: Delegation | null = null;
  if (data.parentDelegationId) {
    parent = await lockDelegation(ctx, data.parentDelegationId, 'parentDelegationId');
    if (parent.granteeId !== grantor.rowId || parent.powerId !== power.rowId || !parent.inForce) {
      refuse(UserErrorCode.POWER_NOT_HELD, `${grantor.code} does not hold ${power.code} through that delegation (it must be an in-force delegation of this power to ${grantor.code}).`, 'parentDelegationId');
    }
    if (parent.fiscalYear !== fiscalYear) refuse(UserErrorCode.FISCAL_YEAR_MISMATCH, `The received delegation is for ${parent.fiscalYear}.`, 'fiscalAllocation');
    if (parent.effectiveTo && (!effectiveTo || effectiveTo > parent.effectiveTo)) {
      refuse(UserErrorCode.VALIDATION_FAILED, 'A re-delegation cannot outlast the delegation it comes from.', 'effectiveTo');
    }
    await assertConserved(ctx, parent, allocation?.amount ?? null, quotas);
  } else if (power.definedById !== grantor.rowId) {
    refuse(UserErrorCode.POWER_NOT_HELD, `${grantor.code} did not define ${power.code}; to re-delegate, name the delegation it received (parentDelegationId).`, 'parentDelegationId');
  }

  const estimatedCost = data.estimatedCost ?? (parent ? parent.estimatedCost : power.estimatedAnnualCost);
  const now = new Date();
  const delegation = ctx.em.create(Delegation, {
    rowId: uuidv7(),
    powerId: power.rowId,
    grantorId: grantor.rowId,
    granteeId: grantee.rowId,
    parentId: parent?.rowId ?? null,
    storedStatus: signing ? DelegationStatus.ACTIVE : DelegationStatus.PROPOSED,
    scope: data.scope?.trim() || null,
    fiscalYear,
    allocationAmount: allocation?.amount ?? null,
    allocationCurrency: allocation ? currency : null,
    allocationSource: allocation?.source?.trim() || null,
    noFiscalNeedReason: reason,
    estimatedCost,
    coveragePpm: coveragePpm(allocation?.amount ?? null, estimatedCost),
    effectiveFrom,
    effectiveTo,
    draftedBy: actor.accountId,
    signedBy: signing ? actor.accountId : null,
    createdAt: now,
    signedAt: signing ? now : null,
    revokedAt: null,
    revokedReason: null,
  });
  await ctx.em.insert(Delegation, delegation);
  if (quotas.length) {
    await ctx.em.insert(FactorQuota, quotas.map((q) => ({ rowId: uuidv7(), delegationId: delegation.rowId, kind: q.kind, quantity: q.quantity, unit: q.unit.trim() })));
  }
  if (signing) await ctx.events.emit('DelegationSigned', { delegationId: delegation.rowId }, delegationScope(delegation));
  await recordAudit(ctx, {
    action: signing ? 'delegation.create-signed' : 'delegation.propose',
    targetType: 'Delegation',
    targetId: delegation.rowId,
    details: { power: power.code, grantor: grantor.code, grantee: grantee.code, fiscalYear, amount: allocation?.amount.toString() ?? null, parent: parent?.rowId ?? null },
  });
  return delegation;
}

export async function signDelegation(ctx: RequestContext, delegationId: string): Promise<Delegation> {
  const d = await lockDelegation(ctx, delegationId, 'delegationId');
  if (d.grantorId !== ctx.actor!.body.rowId) throw forbidden('Only a LEAD of the granting body signs its delegations.');
  if (d.storedStatus !== DelegationStatus.PROPOSED) refuse(UserErrorCode.INVALID_STATE, `The delegation is ${d.status}, not PROPOSED.`, 'delegationId');
  if (d.parentId) {
    const parent = await forUpdate(ctx.em.createQueryBuilder(Delegation, 'd').where('d.rowId = :id', { id: d.parentId }), ctx.db).getOneOrFail();
    if (!parent.inForce) refuse(UserErrorCode.POWER_NOT_HELD, 'The delegation it comes from is no longer in force.', 'delegationId');
    const quotas = await ctx.em.find(FactorQuota, { where: { delegationId: d.rowId } });
    await assertConserved(ctx, parent, d.allocationAmount, quotas, d.rowId);
  }
  d.storedStatus = DelegationStatus.ACTIVE;
  d.signedAt = new Date();
  d.signedBy = ctx.actor!.accountId;
  await ctx.em.update(Delegation, { rowId: d.rowId }, { storedStatus: d.storedStatus, signedAt: d.signedAt, signedBy: d.signedBy });
  await ctx.events.emit('DelegationSigned', { delegationId: d.rowId }, delegationScope(d));
  await recordAudit(ctx, { action: 'delegation.sign', targetType: 'Delegation', targetId: d.rowId });
  return d;
}

export interface Revocation {
  delegation: Delegation;
  revokedWithIt: Delegation[];
  returnedAmount: bigint;
}

/** Revokes a delegation and, in the same transaction, everything re-delegated from it at any depth. */
export async function revokeDelegation(ctx: RequestContext, delegationId: string, reason: string | null | undefined): Promise<Revocation> {
  const d = await lockDelegation(ctx, delegationId, 'delegationId');
  if (!(await isWithin(ctx, ctx.actor!.body.rowId, d.grantorId, true))) {
    throw forbidden('Only the granting body, or a body above it, revokes a delegation.');
  }
  if (!RESERVING.includes(d.storedStatus)) refuse(UserErrorCode.INVALID_STATE, `The delegation is already ${d.status}.`, 'delegationId');
  const descendants: Delegation[] = [];
  let frontier = [d.rowId];
  while (frontier.length) {
    const next = await ctx.em.find(Delegation, { where: { parentId: In(frontier), storedStatus: In(RESERVING) } });
    descendants.push(...next);
    frontier = next.map((n) => n.rowId);
  }
  const now = new Date();
  const why = reason?.trim() || null;
  const all = [d, ...descendants];
  await ctx.em.update(Delegation, { rowId: In(all.map((x) => x.rowId)) }, { storedStatus: DelegationStatus.REVOKED, revokedAt: now, revokedReason: why });
  for (const x of all) Object.assign(x, { storedStatus: DelegationStatus.REVOKED, revokedAt: now, revokedReason: why });
  for (const x of all) await ctx.events.emit('DelegationRevoked', { delegationId: x.rowId, revokedWith: x === d ? null : d.rowId }, delegationScope(x));
  await recordAudit(ctx, {
    action: 'delegation.revoke',
    targetType: 'Delegation',
    targetId: d.rowId,
    details: { reason: why, cascaded: descendants.map((x) => x.rowId), returned: (d.allocationAmount ?? 0n).toString() },
  });
  return { delegation: d, revokedWithIt: descendants, returnedAmount: d.allocationAmount ?? 0n };
}

/** For `node(id:)`: the delegation if the caller's jurisdiction covers its grantor or grantee. */
export async function findVisibleDelegation(ctx: RequestContext, rowId: string): Promise<Delegation | null> {
  const d = await delegationById(ctx).load(rowId);
  return d && (await canSeeDelegation(ctx, d)) ? d : null;
}

export async function delegationsOf(ctx: RequestContext, body: Body, side: Side, filter: SideFilter, args: PageArgs): Promise<Page<Delegation>> {
  await assertCanSee(ctx, body.rowId, `Body ${body.code}`);
  pageWindow(args, DELEGATION_ORDER);
  return countedPage(
    () => sidePages(ctx, side, filter, args).load(body.rowId),
    () => sideCounts(ctx, side, filter).load(body.rowId),
  );
}

export async function redelegationsOf(ctx: RequestContext, d: Delegation): Promise<Delegation[]> {
  const children = await ctx.em.find(Delegation, { where: { parentId: d.rowId }, order: { rowId: 'DESC' } });
  const visible: Delegation[] = [];
  for (const c of children) if (await canSeeDelegation(ctx, c)) visible.push(c);
  return visible;
}

export interface CoverageFigures {
  fiscalYear: number;
  delegations: number;
  allocated: bigint;
  estimatedCost: bigint;
  coverage: number | null;
  coverageDecimal: string | null;
  unfunded: number;
  redelegated: bigint;
}

/** Totals of what a body received for a year against what its mandates cost (exact sums). */
export async function fiscalCoverage(ctx: RequestContext, body: Body, fiscalYear: number): Promise<CoverageFigures> {
  await assertCanSee(ctx, body.rowId, `Body ${body.code}`);
  const now = new Date();
  const rows: { side: string; n: string | number; allocated: string | null; estimated: string | null; funded: string | null; unfunded: string | number }[] = await ctx.em
    .createQueryBuilder(Delegation, 'd')
    .select(`CASE WHEN d.granteeId = :body THEN 'received' ELSE 'granted' END`, 'side')
    .addSelect('COUNT(*)', 'n')
    .addSelect('CAST(SUM(d.allocationAmount) AS TEXT)', 'allocated')
    .addSelect('CAST(SUM(CASE WHEN d.estimatedCost > 0 THEN d.estimatedCost END) AS TEXT)', 'estimated')
    .addSelect('CAST(SUM(CASE WHEN d.estimatedCost > 0 THEN COALESCE(d.allocationAmount, 0) END) AS TEXT)', 'funded')
    .addSelect('SUM(CASE WHEN d.coveragePpm < 1000000 THEN 1 ELSE 0 END)', 'unfunded')
    .where('(d.granteeId = :body OR d.grantorId = :body)', { body: body.rowId })
    .andWhere('d.fiscalYear = :year', { year: fiscalYear })
    .andWhere('d.storedStatus = :active', { active: DelegationStatus.ACTIVE })
    .andWhere('(d.effectiveTo IS NULL OR d.effectiveTo > :now)', { now })
    .groupBy(`CASE WHEN d.granteeId = :body THEN 'received' ELSE 'granted' END`)
    .getRawMany();
  const received = rows.find((r) => r.side === 'received');
  const granted = rows.find((r) => r.side === 'granted');
  const estimated = BigInt(received?.estimated ?? 0);
  const funded = BigInt(received?.funded ?? 0);
  return {
    fiscalYear,
    delegations: Number(received?.n ?? 0),
    allocated: BigInt(received?.allocated ?? 0),
    estimatedCost: estimated,
    coverage: estimated > 0n ? Number((funded * 1_000_000n) / estimated) / 1_000_000 : null,
    coverageDecimal: estimated > 0n ? ratioDecimal(funded, estimated) : null,
    unfunded: Number(received?.unfunded ?? 0),
    redelegated: BigInt(granted?.allocated ?? 0),
  };
}

export interface UnfundedFilter {
  fiscalYear: number;
  level?: Level | null;
  under?: string | null;
}

/** Active delegations whose coverage is below 1, worst first, inside the caller's jurisdiction. */
export async function unfundedMandates(ctx: RequestContext, filter: UnfundedFilter, args: PageArgs): Promise<Page<Delegation>> {
  let rootId = actorJurisdictionId(ctx)!;
  if (filter.under) {
    const root = await findBodyByCode(ctx, filter.under);
    if (!root) throw badUserInput(`"under": no body has code "${filter.under}".`);
    await assertCanSee(ctx, root.rowId, `Body ${root.code}`);
    rootId = root.rowId;
  }
  // Plain SQL (the finance dashboard's read): the page, its total and each delegation's power in one statement.
  let from = 'delegation d JOIN body_ancestry a ON a.descendant_id = d.grantee_id AND a.ancestor_id = :root';
  if (filter.level) from += ' JOIN body g ON g.id = d.grantee_id AND g.level = :level';
  const powers = powerById(ctx);
  const delegationOf = entityMapper(ctx.em, Delegation, 'd');
  const powerOf = entityMapper(ctx.em, Power, 'p');
  return rawPage(
    ctx.em,
    {
      columns: `${DELEGATION_SELECT}, ${POWER_SELECT}`,
      from,
      alias: 'd',
      joins: 'LEFT JOIN power p ON p.id = d.power_id',
      where: ['d.status = :active', 'd.fiscal_year = :year', 'd.coverage_ppm < 1000000', '(d.effective_to IS NULL OR d.effective_to > :now)'],
      params: { root: rootId, level: filter.level, active: DelegationStatus.ACTIVE, year: filter.fiscalYear, now: new Date() },
      sort: UNFUNDED_ORDER,
      fromRow: (row) => {
        if (row.p_id) powers.prime(row.p_id as string, powerOf(row));
        return delegationOf(row);
      },
    },
    args,
  );
}

/** Worst coverage first (a cursor holds the coverage and the id, as before the list was plain SQL). */
const UNFUNDED_ORDER: SortKey<Delegation>[] = [
  { column: 'd.coverage_ppm', read: (d) => d.coveragePpm ?? 0, kind: 'int', direction: 'ASC' },
  { column: 'd.id', read: (d) => d.rowId, kind: 'text', direction: 'ASC' },
];

