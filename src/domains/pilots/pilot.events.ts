import { registerDeadlineHandler } from '../../platform/events/scheduler';
import type { RequestContext } from '../../platform/context';
import { Pilot, PilotSite } from './pilot.entities';
import { PilotStatus } from './pilot.enums';

declare module '../../platform/events/event-map' {
  interface HubEventMap {
    /** A pilot was proposed (scope: the sponsor; the sites are addressed). */
    PilotProposed: { pilotId: string };
    /** A LEAD of the sponsor authorized a pilot. */
    PilotAuthorized: { pilotId: string };
    /** A site reported progress (the Feedback of kind PROGRESS). */
    PilotProgressReported: { pilotId: string; feedbackId: string };
    /** The sponsor extended the period. */
    PilotExtended: { pilotId: string };
    /** The sponsor terminated the pilot early. */
    PilotTerminated: { pilotId: string };
    /** The period ended (written by the scheduler at `endsAt`): the pilot is UNDER_EVALUATION. */
    PilotPeriodEnded: { pilotId: string };
    /** The sponsor recorded its verdict. */
    PilotVerdictRecorded: { pilotId: string };
    /** The pilot was scaled up by a directive. */
    PilotScaledUp: { pilotId: string; directiveId: string };
  }
}

export const PILOT_STARTS = 'PilotStarts';
export const PILOT_ENDS = 'PilotEnds';
export const pilotStartKey = (pilotId: string) => `pilot-start:${pilotId}`;
export const pilotEndKey = (pilotId: string) => `pilot-end:${pilotId}`;

async function sitesOf(tx: RequestContext, pilotId: string): Promise<string[]> {
  return (await tx.em.find(PilotSite, { where: { pilotId } })).map((s) => s.bodyId);
}

// Status follows the clock: AUTHORIZED → RUNNING at startsAt; RUNNING/EXTENDED → UNDER_EVALUATION at endsAt.
registerDeadlineHandler<{ pilotId: string }>(PILOT_STARTS, async (tx, { pilotId }) => {
  const p = await tx.em.findOne(Pilot, { where: { rowId: pilotId } });
  if (!p || p.status !== PilotStatus.AUTHORIZED || p.startsAt.getTime() > Date.now()) return;
  await tx.em.update(Pilot, { rowId: pilotId }, { status: PilotStatus.RUNNING });
});

registerDeadlineHandler<{ pilotId: string }>(PILOT_ENDS, async (tx, { pilotId }) => {
  const p = await tx.em.findOne(Pilot, { where: { rowId: pilotId } });
  if (!p || ![PilotStatus.AUTHORIZED, PilotStatus.RUNNING, PilotStatus.EXTENDED].includes(p.status) || p.endsAt.getTime() > Date.now()) return;
  await tx.em.update(Pilot, { rowId: pilotId }, { status: PilotStatus.UNDER_EVALUATION });
  await tx.events.emit('PilotPeriodEnded', { pilotId }, { subjectType: Pilot.typename, subjectId: pilotId, bodyId: p.sponsorId, recipientBodyIds: await sitesOf(tx, pilotId), actorBodyId: p.sponsorId });
});
