import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { text } from '../../platform/validation';
import { checkSearch, likePattern } from '../../platform/database/search';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { Page, PageArgs, paginate } from '../../platform/graphql/connection';
import { uuidv7 } from '../../platform/ids';
import { Body } from '../bodies/body.entities';
import { Level } from '../bodies/body.enums';
import { canSee } from '../bodies/jurisdiction';
import { Delegation } from './delegation.entities';
import { DelegationStatus } from './power.enums';
import { delegationById, powerById } from './power.loaders';
import { Power } from './power.entities';

export interface DefinePowerData {
  code: string;
  title: string;
  field: string;
  legalBasis?: string | null;
  estimatedAnnualCost?: bigint | null;
}

const POWER_CODE = /^[A-Z0-9][A-Z0-9-]{1,63}$/;

export async function definePower(ctx: RequestContext, data: DefinePowerData): Promise<Power> {
  if (ctx.actor?.body.level !== Level.CENTRAL) throw forbidden('Powers are defined by central bodies only.');
  if (!POWER_CODE.test(data.code)) {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'code must be 2 to 64 capital letters, digits or dashes.', ['input', 'code']);
  }
  const power = ctx.em.create(Power, {
    rowId: uuidv7(),
    code: data.code,
    title: text(data.title, 'title', 2, 200),
    field: text(data.field, 'field', 2, 100),
    legalBasis: data.legalBasis?.trim() || null,
    estimatedAnnualCost: data.estimatedAnnualCost ?? null,
    definedById: ctx.actor.body.rowId,
    createdAt: new Date(),
  });
  if (await ctx.em.exists(Power, { where: { code: power.code } })) {
    throw new DomainError(UserErrorCode.DUPLICATE_CODE, `A power with code ${power.code} already exists.`, ['input', 'code']);
  }
  await ctx.em.insert(Power, power);
  await recordAudit(ctx, { action: 'power.define', targetType: 'Power', targetId: power.rowId, details: { code: power.code } });
  return power;
}

export function findPowerByCode(ctx: RequestContext, code: string): Promise<Power | null> {
  return ctx.em.findOne(Power, { where: { code } });
}

export function findPowerById(ctx: RequestContext, rowId: string): Promise<Power | null> {
  return powerById(ctx).load(rowId);
}

/** A power a delegation refers to (a foreign key, so it exists): at once when the request holds it. */
export function powerOf(ctx: RequestContext, rowId: string): Power | Promise<Power> {
  return powerById(ctx).referenced(rowId, 'power');
}

export function listPowers(ctx: RequestContext, filter: { field?: string | null; search?: string | null }, args: PageArgs): Page<Power> {
  const search = checkSearch(filter.search);
  const qb = ctx.em.createQueryBuilder(Power, 'p');
  if (filter.field) qb.andWhere('p.field = :field', { field: filter.field });
  if (search) {
    qb.andWhere("(LOWER(p.title) LIKE :anywhere ESCAPE '\\' OR LOWER(p.code) LIKE :anywhere ESCAPE '\\')", { anywhere: likePattern(search, 'anywhere') });
  }
  return paginate(qb, [{ column: 'p.code', read: (p) => p.code, kind: 'text', direction: 'ASC' }], args);
}

export interface Held {
  power: Power;
  delegation: Delegation | null;
}

/** Powers a body holds now: those it defined, and those an in-force delegation gave it. */
export async function heldPowers(ctx: RequestContext, body: Body): Promise<Held[]> {
  const defined = await ctx.em.find(Power, { where: { definedById: body.rowId }, order: { code: 'ASC' } });
  const received = await ctx.em.find(Delegation, { where: { granteeId: body.rowId, storedStatus: DelegationStatus.ACTIVE }, order: { rowId: 'DESC' } });
  // A delegation is read from the jurisdiction of its grantee or its grantor (as node(id:) does):
  // outside both, the caller learns neither the delegation nor that the body holds the power.
  const granteeVisible = await canSee(ctx, body.rowId);
  const inForce: Delegation[] = [];
  for (const d of received) if (d.inForce && (granteeVisible || (await canSee(ctx, d.grantorId)))) inForce.push(d);
  inForce.forEach((d) => delegationById(ctx).prime(d.rowId, d));
  const powers = await powerById(ctx).loadMany(inForce.map((d) => d.powerId));
  return [
    ...defined.map((power) => ({ power, delegation: null })),
    ...inForce.map((delegation, i) => ({ power: powers[i] as Power, delegation })),
  ];
}
