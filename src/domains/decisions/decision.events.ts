import type { RequestContext } from '../../platform/context';
import { registerDeadlineHandler } from '../../platform/events/scheduler';
import { DecisionStageRecord, ReformDecision } from './decision.entities';
import { DecisionStageKind, StageStatus } from './decision.enums';

declare module '../../platform/events/event-map' {
  interface HubEventMap {
    /** A stage of a decision started, completed or became STALE (scope: the decision maker; the drafter addressed). */
    DecisionStageChanged: { decisionId: string; stage: DecisionStageKind; status: StageStatus };
    /** A decision was adopted. */
    DecisionAdopted: { decisionId: string };
    /** The public comment window of a decision was opened. */
    ConsultationOpened: { decisionId: string };
    /** The public comment window ended (at its deadline, by the scheduler, or when completed first). */
    ConsultationClosed: { decisionId: string };
  }
}

export const CONSULTATION_CLOSING = 'ConsultationClosing';
export const consultationCloseKey = (decisionId: string) => `consultation-close:${decisionId}`;

/** Where decision events lie: the decision maker's jurisdiction; the drafter is addressed. */
export function decisionScope(d: ReformDecision) {
  return { subjectType: ReformDecision.typename, subjectId: d.rowId, bodyId: d.decisionMakerId, recipientBodyIds: [d.drafterId, ...d.coDrafterIds] };
}

export function emitStageChanged(tx: RequestContext, d: ReformDecision, stage: DecisionStageKind, status: StageStatus): Promise<void> {
  return tx.events.emit('DecisionStageChanged', { decisionId: d.rowId, stage, status }, decisionScope(d));
}

/**
 * Ends the comment window once: records when, and emits CONSULTATION_CLOSED. Called by the
 * scheduler at the deadline, or by the organizer completing the consultation first. Whether a
 * comment is accepted never depends on this having run: submissions check `closesAt` themselves.
 */
export async function endCommentWindow(tx: RequestContext, d: ReformDecision, record: DecisionStageRecord, actorBodyId?: string): Promise<boolean> {
  const detail = record.detail as { windowClosedAt?: string | null };
  if (detail.windowClosedAt) return false;
  const updated = { ...record.detail, windowClosedAt: new Date().toISOString() };
  await tx.em.update(DecisionStageRecord, { decisionId: d.rowId, kind: DecisionStageKind.PUBLIC_CONSULTATION }, { detail: updated as never });
  record.detail = updated;
  await tx.events.emit('ConsultationClosed', { decisionId: d.rowId }, { ...decisionScope(d), ...(actorBodyId ? { actorBodyId } : {}) });
  return true;
}

registerDeadlineHandler<{ decisionId: string }>(CONSULTATION_CLOSING, async (tx, { decisionId }) => {
  const d = await tx.em.findOne(ReformDecision, { where: { rowId: decisionId } });
  const record = await tx.em.findOne(DecisionStageRecord, { where: { decisionId, kind: DecisionStageKind.PUBLIC_CONSULTATION } });
  if (!d || !record || record.status !== StageStatus.OPEN) return;
  const closesAt = new Date((record.detail as { closesAt: string }).closesAt);
  if (closesAt.getTime() > Date.now()) return;
  // The drafter's (organizer's) body acts: the window it opened ended.
  await endCommentWindow(tx, d, record, record.bodyId ?? d.drafterId);
});
