import { registerEnumType } from 'type-graphql';

export enum PilotStatus {
  PROPOSED = 'PROPOSED',
  AUTHORIZED = 'AUTHORIZED',
  RUNNING = 'RUNNING',
  EXTENDED = 'EXTENDED',
  UNDER_EVALUATION = 'UNDER_EVALUATION',
  SCALED_UP = 'SCALED_UP',
  TERMINATED = 'TERMINATED',
  CLOSED = 'CLOSED',
}

export enum PilotVerdict {
  SCALE_UP = 'SCALE_UP',
  SCALE_UP_WITH_CHANGES = 'SCALE_UP_WITH_CHANGES',
  EXTEND = 'EXTEND',
  STOP = 'STOP',
}

/** States in which a pilot still runs its course (its period may end, sites report). */
export const ACTIVE_PILOT_STATES = [PilotStatus.AUTHORIZED, PilotStatus.RUNNING, PilotStatus.EXTENDED];
/** States that count for the overlap check: everything not over. */
export const LIVE_PILOT_STATES = [PilotStatus.PROPOSED, PilotStatus.AUTHORIZED, PilotStatus.RUNNING, PilotStatus.EXTENDED, PilotStatus.UNDER_EVALUATION];
export const SCALE_UP_VERDICTS = [PilotVerdict.SCALE_UP, PilotVerdict.SCALE_UP_WITH_CHANGES];

registerEnumType(PilotStatus, {
  name: 'PilotStatus',
  description: 'Where a pilot (试点) stands.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed by an OFFICER of the sponsor; not yet authorized.' },
    AUTHORIZED: { description: 'Authorized by a LEAD of the sponsor; its period has not started.' },
    RUNNING: { description: 'Inside its period.' },
    EXTENDED: { description: 'Running past its first end, extended by the sponsor.' },
    UNDER_EVALUATION: { description: 'Its period ended (set by the scheduler at `endsAt`); awaiting evaluation and verdict.' },
    SCALED_UP: { description: 'Scaled up: a directive rolls it out (`scaledUpAs`).' },
    TERMINATED: { description: 'Stopped early by the sponsor.' },
    CLOSED: { description: 'Closed with a STOP verdict.' },
  },
});
registerEnumType(PilotVerdict, {
  name: 'PilotVerdict',
  description: 'What the sponsor concludes from a pilot’s evaluation.',
  valuesConfig: {
    SCALE_UP: { description: 'Roll it out as tried (needs a FINAL or PUBLISHED evaluation).' },
    SCALE_UP_WITH_CHANGES: { description: 'Roll it out with changes (needs a FINAL or PUBLISHED evaluation).' },
    EXTEND: { description: 'Keep trying: extend the period.' },
    STOP: { description: 'Stop: the pilot is closed.' },
  },
});
