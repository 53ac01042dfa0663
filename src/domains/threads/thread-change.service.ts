import { recordAudit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import { lockNode } from '../../platform/database/lock-node';
import { UserErrorCode } from '../../platform/errors/user-error';
import { uuidv7 } from '../../platform/ids';
import { optionalText, refuse, text } from '../../platform/validation';
import { Body } from '../bodies/body.entities';
import { BodyKind } from '../bodies/body.enums';
import { findBodyByCode, bodyOf } from '../bodies/body.service';
import { ancestorIds, canSee, isWithin } from '../bodies/jurisdiction';
import { canReadThread, coordinates } from './thread.access';
import { cancelDeadline, scheduleDeadline } from '../../platform/events/scheduler';
import { THREAD_DUE, THREAD_EVENT_KINDS, threadDueKey } from './thread.events';
import { CoordinationThread, ThreadEvent, ThreadMessage, ThreadParticipant, ThreadResource } from './thread.entities';
import { EscalationGround, ThreadEventKind, ThreadResourceKind, ThreadStatus } from './thread.enums';
import { participantIds } from './thread.loaders';
import { participantsOf } from './thread.service';

const MAX_PARTICIPANTS = 50;
const SHA256 = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

// Changes of threads: each records a thread event (history and live stream) and its audit entry.

/** Loads and locks a thread for a change; an unreadable thread is indistinguishable from none. */
function lockThread(ctx: RequestContext, threadId: string): Promise<CoordinationThread> {
  return lockNode(ctx, CoordinationThread, threadId, 'threadId', canReadThread, 'thread');
}

function assertActive(thread: CoordinationThread): void {
  if (!thread.active) refuse(UserErrorCode.THREAD_CLOSED, `The thread is ${thread.status} and therefore read-only.`, 'threadId');
}

async function assertParticipant(ctx: RequestContext, thread: CoordinationThread): Promise<void> {
  if (!(await participantIds(ctx).load(thread.rowId)).includes(ctx.actor!.body.rowId)) {
    refuse(UserErrorCode.NOT_PARTICIPANT, `${ctx.actor!.body.code} does not take part in this thread.`, 'threadId');
  }
}

function assertLead(ctx: RequestContext, thread: CoordinationThread, what: string): void {
  if (thread.leadId !== ctx.actor!.body.rowId) refuse(UserErrorCode.NOT_THREAD_LEAD, `Only the lead of the thread ${what}.`, 'threadId');
}

async function requireBody(ctx: RequestContext, code: string, field: string): Promise<Body> {
  const body = await findBodyByCode(ctx, code.trim());
  if (!body) refuse(UserErrorCode.NOT_FOUND, `No body has code "${code}".`, field);
  return body;
}

/** Appends a thread event (history and live stream) and marks the thread as touched. */
async function recordEvent(ctx: RequestContext, thread: CoordinationThread, kind: ThreadEventKind, extra: Partial<ThreadEvent> = {}): Promise<ThreadEvent> {
  const now = new Date();
  const event = ctx.em.create(ThreadEvent, {
    rowId: uuidv7(),
    threadId: thread.rowId,
    kind,
    actorId: ctx.actor!.body.rowId,
    actorAccount: ctx.actor!.accountId,
    bodyId: null,
    previousLeadId: null,
    messageId: null,
    resourceId: null,
    note: null,
    occurredAt: now,
    ...extra,
  });
  await ctx.em.insert(ThreadEvent, event);
  thread.updatedAt = now;
  await ctx.em.update(CoordinationThread, { rowId: thread.rowId }, { updatedAt: now });
  await ctx.events.emit(
    THREAD_EVENT_KINDS[kind],
    { threadId: thread.rowId, eventId: event.rowId },
    {
      subjectType: CoordinationThread.typename,
      subjectId: thread.rowId,
      bodyId: thread.leadId,
      recipientBodyIds: (await ctx.em.find(ThreadParticipant, { where: { threadId: thread.rowId }, select: { bodyId: true } })).map((p) => p.bodyId),
    },
  );
  return event;
}

function scheduleThreadDue(ctx: RequestContext, thread: CoordinationThread): Promise<void> {
  return scheduleDeadline(ctx, { key: threadDueKey(thread.rowId), at: thread.dueAt, handler: THREAD_DUE, payload: { threadId: thread.rowId } });
}

async function addParticipant(ctx: RequestContext, thread: CoordinationThread, bodyId: string): Promise<void> {
  await ctx.em.insert(ThreadParticipant, { threadId: thread.rowId, bodyId, joinedAt: new Date(), addedBy: ctx.actor!.accountId });
  participantIds(ctx).clear(thread.rowId);
}

export interface OpenThreadData {
  subject: string;
  description?: string | null;
  leadBodyCode: string;
  participantCodes: string[];
  dueAt: Date;
}

/**
 * Opens a thread. Every participant lies inside the caller's jurisdiction; the caller is a LEAD of
 * the lead body, or of a government or group whose jurisdiction covers every participant.
 */
export async function openThread(ctx: RequestContext, data: OpenThreadData): Promise<CoordinationThread> {
  const actor = ctx.actor!;
  const subject = text(data.subject, 'subject', 2, 200);
  const description = optionalText(data.description, 'description', 10000);
  if (!(data.dueAt instanceof Date) || data.dueAt.getTime() <= Date.now()) refuse(UserErrorCode.VALIDATION_FAILED, 'dueAt must be in the future.', 'dueAt');
  const lead = await requireBody(ctx, data.leadBodyCode, 'leadBodyCode');
  const codes = [...new Set(data.participantCodes.map((c) => c.trim()))].filter((c) => c !== lead.code);
  if (codes.length === 0) refuse(UserErrorCode.VALIDATION_FAILED, 'A coordination thread needs at least one participant besides the lead.', 'participantCodes');
  if (codes.length >= MAX_PARTICIPANTS) refuse(UserErrorCode.VALIDATION_FAILED, `A thread has at most ${MAX_PARTICIPANTS} participants.`, 'participantCodes');
  const participants = [lead];
  for (const code of codes) participants.push(await requireBody(ctx, code, 'participantCodes'));

  for (const p of participants) {
    if (!(await canSee(ctx, p.rowId))) {
      refuse(UserErrorCode.PARTICIPANT_OUT_OF_REACH, `${p.code} lies outside the jurisdiction of ${actor.body.code}.`, p === lead ? 'leadBodyCode' : 'participantCodes');
    }
  }
  if (lead.rowId !== actor.body.rowId) {
    const covered = await Promise.all(participants.map((p) => coordinates(ctx, p.rowId)));
    if (!covered.every(Boolean)) {
      refuse(
        UserErrorCode.LEAD_NOT_ALLOWED,
        `${actor.body.code} may open a thread led by itself, or — as a government or group whose jurisdiction covers every participant — by another body.`,
        'leadBodyCode',
      );
    }
  }

  const now = new Date();
  const thread = ctx.em.create(CoordinationThread, {
    rowId: uuidv7(),
    subject,
    description,
    leadId: lead.rowId,
    status: ThreadStatus.OPEN,
    dueAt: data.dueAt,
    openedById: actor.body.rowId,
    openedAt: now,
    resolvedAt: null,
    resolution: null,
    updatedAt: now,
  });
  await ctx.em.insert(CoordinationThread, thread);
  await ctx.em.insert(
    ThreadParticipant,
    participants.map((p) => ({ threadId: thread.rowId, bodyId: p.rowId, joinedAt: now, addedBy: actor.accountId })),
  );
  await recordEvent(ctx, thread, ThreadEventKind.OPENED, { bodyId: lead.rowId });
  await scheduleThreadDue(ctx, thread);
  await recordAudit(ctx, {
    action: 'thread.open',
    targetType: CoordinationThread.typename,
    targetId: thread.rowId,
    details: { subject, lead: lead.code, participants: participants.map((p) => p.code), dueAt: data.dueAt.toISOString() },
  });
  return thread;
}

export async function postMessage(ctx: RequestContext, data: { threadId: string; content: string }): Promise<ThreadMessage> {
  const thread = await lockThread(ctx, data.threadId);
  await assertParticipant(ctx, thread);
  assertActive(thread);
  const message = ctx.em.create(ThreadMessage, {
    rowId: uuidv7(),
    threadId: thread.rowId,
    authorId: ctx.actor!.body.rowId,
    authorAccount: ctx.actor!.accountId,
    content: text(data.content, 'content', 1, 10000),
    postedAt: new Date(),
  });
  await ctx.em.insert(ThreadMessage, message);
  await recordEvent(ctx, thread, ThreadEventKind.MESSAGE_POSTED, { messageId: message.rowId });
  await recordAudit(ctx, { action: 'thread.post', targetType: ThreadMessage.typename, targetId: message.rowId, details: { thread: thread.rowId } });
  return message;
}

export interface ShareResourceData {
  threadId: string;
  title: string;
  kind: ThreadResourceKind;
  uri?: string | null;
  contentHash?: string | null;
  providedByCode?: string | null;
}

function checkUri(value: string | null | undefined): string | null {
  const uri = value?.trim() || null;
  if (!uri) return null;
  let ok = uri.length <= 2000;
  try {
    ok &&= ['http:', 'https:'].includes(new URL(uri).protocol);
  } catch {
    ok = false;
  }
  if (!ok) refuse(UserErrorCode.VALIDATION_FAILED, 'uri must be an http or https URL of at most 2000 characters.', 'uri');
  return uri;
}

export async function shareResource(ctx: RequestContext, data: ShareResourceData): Promise<ThreadResource> {
  const thread = await lockThread(ctx, data.threadId);
  await assertParticipant(ctx, thread);
  assertActive(thread);
  const title = text(data.title, 'title', 2, 200);
  const uri = checkUri(data.uri);
  let contentHash: string | null = null;
  if (data.contentHash?.trim()) {
    const match = SHA256.exec(data.contentHash.trim());
    if (!match) refuse(UserErrorCode.VALIDATION_FAILED, 'contentHash must be a SHA-256: 64 hex digits, optionally prefixed "sha256:".', 'contentHash');
    contentHash = `sha256:${match[1].toLowerCase()}`;
  }
  if (!uri && !contentHash) refuse(UserErrorCode.VALIDATION_FAILED, 'Give a uri, a contentHash, or both.', 'uri');
  let providerId = ctx.actor!.body.rowId;
  if (data.providedByCode) {
    const provider = await requireBody(ctx, data.providedByCode, 'providedByCode');
    if (!(await participantIds(ctx).load(thread.rowId)).includes(provider.rowId)) {
      refuse(UserErrorCode.NOT_PARTICIPANT, `${provider.code} does not take part in this thread.`, 'providedByCode');
    }
    providerId = provider.rowId;
  }
  const resource = ctx.em.create(ThreadResource, {
    rowId: uuidv7(),
    threadId: thread.rowId,
    title,
    kind: data.kind,
    uri,
    contentHash,
    providedById: providerId,
    sharedById: ctx.actor!.body.rowId,
    sharedByAccount: ctx.actor!.accountId,
    sharedAt: new Date(),
  });
  await ctx.em.insert(ThreadResource, resource);
  await recordEvent(ctx, thread, ThreadEventKind.RESOURCE_SHARED, { resourceId: resource.rowId, bodyId: providerId });
  await recordAudit(ctx, { action: 'thread.share', targetType: ThreadResource.typename, targetId: resource.rowId, details: { thread: thread.rowId, title, uri, contentHash } });
  return resource;
}

/** The lead adds a body inside its own jurisdiction. */
export async function inviteParticipant(ctx: RequestContext, data: { threadId: string; bodyCode: string }): Promise<CoordinationThread> {
  const thread = await lockThread(ctx, data.threadId);
  assertLead(ctx, thread, 'invites participants');
  assertActive(thread);
  const body = await requireBody(ctx, data.bodyCode, 'bodyCode');
  if ((await participantIds(ctx).load(thread.rowId)).includes(body.rowId)) refuse(UserErrorCode.ALREADY_PARTICIPANT, `${body.code} already takes part in this thread.`, 'bodyCode');
  if ((await participantIds(ctx).load(thread.rowId)).length >= MAX_PARTICIPANTS) {
    refuse(UserErrorCode.VALIDATION_FAILED, `A thread has at most ${MAX_PARTICIPANTS} participants.`, 'bodyCode');
  }
  if (!(await canSee(ctx, body.rowId))) refuse(UserErrorCode.PARTICIPANT_OUT_OF_REACH, `${body.code} lies outside the jurisdiction of ${ctx.actor!.body.code}.`, 'bodyCode');
  await addParticipant(ctx, thread, body.rowId);
  await recordEvent(ctx, thread, ThreadEventKind.PARTICIPANT_ADDED, { bodyId: body.rowId });
  await recordAudit(ctx, { action: 'thread.invite', targetType: CoordinationThread.typename, targetId: thread.rowId, details: { body: body.code } });
  return thread;
}

/** The lead removes a participant; never itself (the lead changes by escalation only). */
export async function removeParticipant(ctx: RequestContext, data: { threadId: string; bodyCode: string }): Promise<CoordinationThread> {
  const thread = await lockThread(ctx, data.threadId);
  assertLead(ctx, thread, 'removes participants');
  assertActive(thread);
  const body = await requireBody(ctx, data.bodyCode, 'bodyCode');
  if (body.rowId === thread.leadId) refuse(UserErrorCode.LEAD_CANNOT_LEAVE, `${body.code} leads this thread and cannot be removed from it.`, 'bodyCode');
  if (!(await participantIds(ctx).load(thread.rowId)).includes(body.rowId)) refuse(UserErrorCode.NOT_PARTICIPANT, `${body.code} does not take part in this thread.`, 'bodyCode');
  await ctx.em.delete(ThreadParticipant, { threadId: thread.rowId, bodyId: body.rowId });
  participantIds(ctx).clear(thread.rowId);
  await recordEvent(ctx, thread, ThreadEventKind.PARTICIPANT_REMOVED, { bodyId: body.rowId });
  await recordAudit(ctx, { action: 'thread.remove-participant', targetType: CoordinationThread.typename, targetId: thread.rowId, details: { body: body.code } });
  return thread;
}

export interface EscalateData {
  threadId: string;
  ground: EscalationGround;
  reason: string;
  toBodyCode?: string | null;
}

/** The lowest government at or above every body's own government. */
async function lowestCommonGovernment(ctx: RequestContext, bodies: Body[]): Promise<string> {
  const chains = await Promise.all(bodies.map(async (b) => [b.governmentId, ...(await ancestorIds(ctx).load(b.governmentId))]));
  const [first, ...rest] = chains;
  return first.find((id) => rest.every((chain) => chain.includes(id)))!;
}

/**
 * Where an escalated thread goes: the nearest coordinating body above all participants — their
 * lowest common government (one level further up when that government already leads), and at the
 * centre the leading group, past which nothing goes. A named leading or special group at or above
 * that government may take it instead.
 */
async function escalationTarget(ctx: RequestContext, lead: Body, participants: Body[], toBodyCode: string | null | undefined): Promise<Body> {
  if (lead.kind === BodyKind.LEADING_GROUP || !lead.parentId) {
    refuse(UserErrorCode.ESCALATION_LIMIT, `${lead.code} already leads this thread: there is no coordinating body above it.`, 'threadId');
  }
  let government = await lowestCommonGovernment(ctx, participants);
  if (government === lead.rowId) government = lead.parentId;
  if (toBodyCode) {
    const named = await requireBody(ctx, toBodyCode, 'toBodyCode');
    const isGroup = named.kind === BodyKind.LEADING_GROUP || named.kind === BodyKind.SPECIAL_GROUP;
    if (!isGroup || !named.parentId || named.rowId === lead.rowId || !(await isWithin(ctx, named.parentId, government, true))) {
      refuse(UserErrorCode.INVALID_ESCALATION_TARGET, `${named.code} is not a leading or special group above every participant.`, 'toBodyCode');
    }
    return named;
  }
  const gov = await bodyOf(ctx, government);
  if (gov.parentId) return gov;
  const leadingGroup = await ctx.em.findOne(Body, { where: { parentId: gov.rowId, kind: BodyKind.LEADING_GROUP }, order: { code: 'ASC' } });
  return leadingGroup ?? gov;
}

/** Any participant passes an overdue or deadlocked thread to the coordinating body above. */
export async function escalateThread(ctx: RequestContext, data: EscalateData): Promise<CoordinationThread> {
  const thread = await lockThread(ctx, data.threadId);
  await assertParticipant(ctx, thread);
  assertActive(thread);
  const reason = text(data.reason, 'reason', 2, 2000);
  if (data.ground === EscalationGround.OVERDUE && !thread.overdue) {
    refuse(UserErrorCode.NOT_OVERDUE, `The thread is due ${thread.dueAt.toISOString()}; escalate on DEADLOCK with a reason instead.`, 'ground');
  }
  const lead = await bodyOf(ctx, thread.leadId);
  const participants = await participantsOf(ctx, thread);
  const target = await escalationTarget(ctx, lead, participants, data.toBodyCode);
  if (!participants.some((p) => p.rowId === target.rowId)) await addParticipant(ctx, thread, target.rowId);
  thread.leadId = target.rowId;
  thread.status = ThreadStatus.ESCALATED;
  await ctx.em.update(CoordinationThread, { rowId: thread.rowId }, { leadId: thread.leadId, status: thread.status });
  await recordEvent(ctx, thread, ThreadEventKind.ESCALATED, { bodyId: target.rowId, previousLeadId: lead.rowId, note: reason });
  await recordAudit(ctx, {
    action: 'thread.escalate',
    targetType: CoordinationThread.typename,
    targetId: thread.rowId,
    details: { from: lead.code, to: target.code, ground: data.ground, reason },
  });
  return thread;
}

export async function resolveThread(ctx: RequestContext, data: { threadId: string; resolution: string }): Promise<CoordinationThread> {
  const thread = await lockThread(ctx, data.threadId);
  assertLead(ctx, thread, 'resolves it');
  assertActive(thread);
  const resolution = text(data.resolution, 'resolution', 2, 10000);
  thread.status = ThreadStatus.RESOLVED;
  thread.resolution = resolution;
  thread.resolvedAt = new Date();
  await ctx.em.update(CoordinationThread, { rowId: thread.rowId }, { status: thread.status, resolution, resolvedAt: thread.resolvedAt });
  await recordEvent(ctx, thread, ThreadEventKind.RESOLVED, { note: resolution });
  await cancelDeadline(ctx, threadDueKey(thread.rowId));
  await recordAudit(ctx, { action: 'thread.resolve', targetType: CoordinationThread.typename, targetId: thread.rowId, details: { resolution } });
  return thread;
}

/** The lead, or a body above it (in the tree, or a government or group covering it), reopens. */
export async function reopenThread(ctx: RequestContext, data: { threadId: string; reason?: string | null }): Promise<CoordinationThread> {
  const thread = await lockThread(ctx, data.threadId);
  const actor = ctx.actor!.body.rowId;
  const allowed = thread.leadId === actor || (await isWithin(ctx, actor, thread.leadId)) || (await coordinates(ctx, thread.leadId));
  if (!allowed) refuse(UserErrorCode.NOT_THREAD_LEAD, 'Only the lead of the thread, or a body above the lead, reopens it.', 'threadId');
  if (thread.status === ThreadStatus.CLOSED) refuse(UserErrorCode.THREAD_CLOSED, 'The thread is CLOSED for good.', 'threadId');
  if (thread.status !== ThreadStatus.RESOLVED) refuse(UserErrorCode.INVALID_STATE, `The thread is ${thread.status}, not RESOLVED.`, 'threadId');
  const reason = optionalText(data.reason, 'reason', 2000);
  thread.status = ThreadStatus.OPEN;
  thread.resolution = null;
  thread.resolvedAt = null;
  await ctx.em.update(CoordinationThread, { rowId: thread.rowId }, { status: thread.status, resolution: null, resolvedAt: null });
  await recordEvent(ctx, thread, ThreadEventKind.REOPENED, { note: reason });
  await scheduleThreadDue(ctx, thread); // active again: overdue again once (or at once) its date has passed
  await recordAudit(ctx, { action: 'thread.reopen', targetType: CoordinationThread.typename, targetId: thread.rowId, details: { reason } });
  return thread;
}
