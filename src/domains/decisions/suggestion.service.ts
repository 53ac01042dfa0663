import { assertNotClassified } from '../transparency/publication.service';
import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { lockNode } from '../../platform/database/lock-node';
import { forbidden } from '../../platform/errors/api-errors';
import { DomainError, UserErrorCode } from '../../platform/errors/user-error';
import { Page, PageArgs, paginate, pageWindow, SortKey } from '../../platform/graphql/connection';
import { expectGlobalId } from '../../platform/graphql/global-id';
import { uuidv7 } from '../../platform/ids';
import { findBodyByCode } from '../bodies/body.service';
import { canSee } from '../bodies/jurisdiction';
import { text } from '../../platform/validation';
import { canReadDecision } from './decision.access';
import { ReformDecision, Suggestion } from './decision.entities';
import { ModerationAction, ModerationState, SubmitterType, SuggestionChannel, SuggestionStatus } from './decision.enums';
import { decisionById, suggestionById } from './decision.loaders';
import { publicText, trackingNumber } from './public-write';

function refuse(code: UserErrorCode, message: string, field: string): never {
  throw new DomainError(code, message, ['input', field]);
}

/** Published suggestions are public; the others are read inside the addressed body's jurisdiction. */
export async function canReadSuggestion(ctx: RequestContext, s: Suggestion): Promise<boolean> {
  return s.moderation === ModerationState.PUBLISHED || (await canSee(ctx, s.toBodyId));
}

export async function findVisibleSuggestion(ctx: RequestContext, rowId: string): Promise<Suggestion | null> {
  const s = await suggestionById(ctx).load(rowId);
  return s && (await canReadSuggestion(ctx, s)) ? s : null;
}

const SUGGESTION_ORDER: SortKey<Suggestion>[] = [{ column: 'g.rowId', read: (s) => s.rowId, kind: 'text', direction: 'DESC' }];

export async function suggestionsTo(ctx: RequestContext, toBodyCode: string, args: PageArgs): Promise<Page<Suggestion>> {
  pageWindow(args, SUGGESTION_ORDER);
  const body = await findBodyByCode(ctx, toBodyCode);
  const qb = ctx.em.createQueryBuilder(Suggestion, 'g').where('g.toBodyId = :id', { id: body?.rowId ?? '' });
  if (!body || !(await canSee(ctx, body.rowId))) qb.andWhere('g.moderation = :published', { published: ModerationState.PUBLISHED });
  return paginate(qb, SUGGESTION_ORDER, args);
}

export async function referredDecisionOf(ctx: RequestContext, s: Suggestion): Promise<ReformDecision | null> {
  if (!s.referredDecisionId) return null;
  const d = await decisionById(ctx).load(s.referredDecisionId);
  return d && (await canReadDecision(ctx, d)) ? d : null;
}

async function requireBody(ctx: RequestContext, code: string) {
  const body = await findBodyByCode(ctx, code.trim());
  if (!body) refuse(UserErrorCode.NOT_FOUND, `No body has code "${code.slice(0, 64)}".`, 'toBodyCode');
  return body;
}

/** Anyone, without a token: a suggestion held for moderation by the body it is for. */
export async function submitSuggestion(ctx: RequestContext, data: { toBodyCode: string; topic: string; text: string; submitterType?: SubmitterType | null; displayName?: string | null; contact?: string | null }): Promise<Suggestion> {
  const body = await requireBody(ctx, data.toBodyCode);
  const topic = text(data.topic, 'topic', 2, 200);
  const content = publicText(data);
  const s = ctx.em.create(Suggestion, {
    rowId: uuidv7(),
    toBodyId: body.rowId,
    trackingNumber: trackingNumber('SG'),
    channel: SuggestionChannel.PUBLIC,
    topic,
    ...content,
    submittedAt: new Date(),
    moderation: ModerationState.RECEIVED,
    withheldReason: null,
    status: SuggestionStatus.RECEIVED,
    answer: null,
    answeredAt: null,
    answerDueAt: null,
    referredDecisionId: null,
  });
  await ctx.em.insert(Suggestion, s);
  await recordAudit(ctx, { action: 'suggestion.submit', targetType: Suggestion.typename, targetId: s.rowId, details: { to: body.code, submitterType: content.submitterType } });
  return s;
}

/** A deputy's suggestion handed to a body in the caller's jurisdiction, with its statutory deadline. */
export async function registerDeputySuggestion(ctx: RequestContext, data: { toBodyCode: string; deputyName: string; topic: string; text: string; answerDueAt: Date }): Promise<Suggestion> {
  const body = await requireBody(ctx, data.toBodyCode);
  if (!(await canSee(ctx, body.rowId))) throw forbidden(`${body.code} lies outside the jurisdiction of the acting body.`);
  if (data.answerDueAt.getTime() <= Date.now()) refuse(UserErrorCode.VALIDATION_FAILED, 'answerDueAt must lie in the future.', 'answerDueAt');
  const s = ctx.em.create(Suggestion, {
    rowId: uuidv7(),
    toBodyId: body.rowId,
    trackingNumber: trackingNumber('DP'),
    channel: SuggestionChannel.DEPUTY,
    topic: text(data.topic, 'topic', 2, 200),
    text: text(data.text, 'text', 1, 20_000),
    submitterType: SubmitterType.DEPUTY,
    displayName: text(data.deputyName, 'deputyName', 1, 100),
    contact: null,
    submittedAt: new Date(),
    // Deputies' suggestions are public acts: registered published.
    moderation: ModerationState.PUBLISHED,
    withheldReason: null,
    status: SuggestionStatus.RECEIVED,
    answer: null,
    answeredAt: null,
    answerDueAt: data.answerDueAt,
    referredDecisionId: null,
  });
  await ctx.em.insert(Suggestion, s);
  await recordAudit(ctx, { action: 'suggestion.register-deputy', targetType: Suggestion.typename, targetId: s.rowId, details: { to: body.code, answerDueAt: data.answerDueAt.toISOString() } });
  return s;
}

/** The addressed body (OFFICER or LEAD) acts on its own suggestions only. */
async function lockOwn(ctx: RequestContext, suggestionId: string): Promise<Suggestion> {
  const s = await lockNode(ctx, Suggestion, suggestionId, 'suggestionId', canReadSuggestion, 'suggestion');
  if (s.toBodyId !== ctx.actor!.body.rowId) throw forbidden('Only the body the suggestion is for handles it.');
  return s;
}

export async function moderateSuggestion(ctx: RequestContext, data: { suggestionId: string; action: ModerationAction; reason?: string | null }): Promise<Suggestion> {
  const s = await lockOwn(ctx, data.suggestionId);
  if (s.moderation !== ModerationState.RECEIVED) refuse(UserErrorCode.INVALID_STATE, `The suggestion is already ${s.moderation}.`, 'suggestionId');
  const reason = data.reason?.trim() ? text(data.reason, 'reason', 2, 2000) : null;
  if (data.action === ModerationAction.WITHHOLD && !reason) refuse(UserErrorCode.REASON_REQUIRED, 'Withholding a suggestion needs a reason.', 'reason');
  if (data.action === ModerationAction.PUBLISH) await assertNotClassified(ctx, Suggestion.typename, s.rowId, ['input', 'suggestionId']);
  s.moderation = data.action === ModerationAction.PUBLISH ? ModerationState.PUBLISHED : ModerationState.WITHHELD;
  s.withheldReason = data.action === ModerationAction.WITHHOLD ? reason : null;
  await ctx.em.update(Suggestion, { rowId: s.rowId }, { moderation: s.moderation, withheldReason: s.withheldReason });
  suggestionById(ctx).clear(s.rowId);
  await recordAudit(ctx, { action: 'suggestion.moderate', targetType: Suggestion.typename, targetId: s.rowId, details: { moderation: s.moderation, reason } });
  return s;
}

export async function answerSuggestion(ctx: RequestContext, data: { suggestionId: string; answer: string }): Promise<Suggestion> {
  const s = await lockOwn(ctx, data.suggestionId);
  if (s.moderation !== ModerationState.PUBLISHED) refuse(UserErrorCode.INVALID_STATE, 'Only published suggestions are answered (moderate it first).', 'suggestionId');
  if (s.answeredAt) refuse(UserErrorCode.INVALID_STATE, 'The suggestion is already answered.', 'suggestionId');
  Object.assign(s, { answer: text(data.answer, 'answer', 2, 20_000), answeredAt: new Date(), status: s.referredDecisionId ? s.status : SuggestionStatus.ANSWERED });
  await ctx.em.update(Suggestion, { rowId: s.rowId }, { answer: s.answer, answeredAt: s.answeredAt, status: s.status });
  suggestionById(ctx).clear(s.rowId);
  await recordAudit(ctx, { action: 'suggestion.answer', targetType: Suggestion.typename, targetId: s.rowId });
  return s;
}

export async function referSuggestion(ctx: RequestContext, data: { suggestionId: string; toDecisionId: string }): Promise<Suggestion> {
  const s = await lockOwn(ctx, data.suggestionId);
  if (s.moderation !== ModerationState.PUBLISHED) refuse(UserErrorCode.INVALID_STATE, 'Only published suggestions are referred (moderate it first).', 'suggestionId');
  const d = await decisionById(ctx).load(expectGlobalId(data.toDecisionId, ReformDecision.typename, 'toDecisionId'));
  if (!d || !(await canReadDecision(ctx, d)) || !((await canSee(ctx, d.decisionMakerId)) || (await canSee(ctx, d.drafterId)))) {
    refuse(UserErrorCode.NOT_FOUND, 'No decision of the body’s jurisdiction has this id.', 'toDecisionId');
  }
  Object.assign(s, { referredDecisionId: d.rowId, status: SuggestionStatus.REFERRED });
  await ctx.em.update(Suggestion, { rowId: s.rowId }, { referredDecisionId: d.rowId, status: s.status });
  suggestionById(ctx).clear(s.rowId);
  await recordAudit(ctx, { action: 'suggestion.refer', targetType: Suggestion.typename, targetId: s.rowId, details: { decision: d.reference } });
  return s;
}
