import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context';
import { byIdLoader } from '../../platform/loaders';
import { ReformTask } from '../tasks/task.entities';
import { DisciplineReferral, Finding, Inspection, InspectionGroupMember, InspectionScope, InspectionSubject, RectificationOrder, RectificationOrderFinding, RectificationReport, RectificationVerification, SiteVisit } from './supervision.entities';

function grouped<T>(rows: T[], ids: readonly string[], key: (r: T) => string): T[][] {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) map.get(key(r))?.push(r);
  return ids.map((id) => map.get(id)!);
}

const K = {
  task: Symbol('order.task'),
  inspection: Symbol('inspection.byId'),
  finding: Symbol('finding.byId'),
  order: Symbol('order.byId'),
  subjects: Symbol('inspection.subjects'),
  members: Symbol('inspection.members'),
  scope: Symbol('inspection.scope'),
  visits: Symbol('inspection.visits'),
  findingsOf: Symbol('inspection.findings'),
  referral: Symbol('finding.referral'),
  ordersOfFinding: Symbol('finding.orders'),
  findingsOfOrder: Symbol('order.findings'),
  reports: Symbol('order.reports'),
  verifications: Symbol('order.verifications'),
};

export const inspectionById = (ctx: RequestContext) => byIdLoader(ctx, K.inspection, Inspection);

export const findingById = (ctx: RequestContext) => byIdLoader(ctx, K.finding, Finding);

export const orderById = (ctx: RequestContext) => byIdLoader(ctx, K.order, RectificationOrder);

export const subjectIds = (ctx: RequestContext) =>
  ctx.loaders.get(K.subjects, () => new DataLoader<string, string[]>(async (ids) => grouped(await ctx.em.find(InspectionSubject, { where: { inspectionId: In([...ids]) } }), ids, (r) => r.inspectionId).map((rs) => rs.map((r) => r.bodyId))));

export const memberIds = (ctx: RequestContext) =>
  ctx.loaders.get(
    K.members,
    () => new DataLoader<string, string[]>(async (ids) => grouped(await ctx.em.find(InspectionGroupMember, { where: { inspectionId: In([...ids]) }, order: { addedAt: 'ASC' } }), ids, (r) => r.inspectionId).map((rs) => rs.map((r) => r.bodyId))),
  );

export const scopeIds = (ctx: RequestContext) =>
  ctx.loaders.get(K.scope, () => new DataLoader<string, string[]>(async (ids) => grouped(await ctx.em.find(InspectionScope, { where: { inspectionId: In([...ids]) } }), ids, (r) => r.inspectionId).map((rs) => rs.map((r) => r.objectId))));

export const visitsOf = (ctx: RequestContext) =>
  ctx.loaders.get(K.visits, () => new DataLoader<string, SiteVisit[]>(async (ids) => grouped(await ctx.em.find(SiteVisit, { where: { inspectionId: In([...ids]) }, order: { at: 'ASC', rowId: 'ASC' } }), ids, (r) => r.inspectionId)));

export const findingsOf = (ctx: RequestContext) =>
  ctx.loaders.get(K.findingsOf, () => new DataLoader<string, Finding[]>(async (ids) => grouped(await ctx.em.find(Finding, { where: { inspectionId: In([...ids]) }, order: { rowId: 'ASC' } }), ids, (r) => r.inspectionId)));

export const referralOf = (ctx: RequestContext) =>
  ctx.loaders.get(K.referral, () => new DataLoader<string, DisciplineReferral | null>(async (ids) => {
    const rows = await ctx.em.find(DisciplineReferral, { where: { findingId: In([...ids]) } });
    return ids.map((id) => rows.find((r) => r.findingId === id) ?? null);
  }));

export const orderIdsOfFinding = (ctx: RequestContext) =>
  ctx.loaders.get(K.ordersOfFinding, () => new DataLoader<string, string[]>(async (ids) => grouped(await ctx.em.find(RectificationOrderFinding, { where: { findingId: In([...ids]) } }), ids, (r) => r.findingId).map((rs) => rs.map((r) => r.orderId))));

export const findingIdsOfOrder = (ctx: RequestContext) =>
  ctx.loaders.get(K.findingsOfOrder, () => new DataLoader<string, string[]>(async (ids) => grouped(await ctx.em.find(RectificationOrderFinding, { where: { orderId: In([...ids]) } }), ids, (r) => r.orderId).map((rs) => rs.map((r) => r.findingId))));

export const reportsOf = (ctx: RequestContext) =>
  ctx.loaders.get(K.reports, () => new DataLoader<string, RectificationReport[]>(async (ids) => grouped(await ctx.em.find(RectificationReport, { where: { orderId: In([...ids]) }, order: { reportedAt: 'ASC', rowId: 'ASC' } }), ids, (r) => r.orderId)));

export const verificationsOf = (ctx: RequestContext) =>
  ctx.loaders.get(K.verifications, () => new DataLoader<string, RectificationVerification[]>(async (ids) => grouped(await ctx.em.find(RectificationVerification, { where: { orderId: In([...ids]) }, order: { at: 'ASC', rowId: 'ASC' } }), ids, (r) => r.orderId)));

/** The RECTIFICATION task each order created (its origin), by order. */
export const taskIdOfOrder = (ctx: RequestContext) =>
  ctx.loaders.get(K.task, () => new DataLoader<string, string | null>(async (ids) => {
    const rows = await ctx.em.find(ReformTask, { where: { originType: RectificationOrder.typename, originId: In([...ids]) }, select: { rowId: true, originId: true } });
    return ids.map((id) => rows.find((r) => r.originId === id)?.rowId ?? null);
  }));
