declare module '../../platform/events/event-map' {
  interface HubEventMap {
    /**
     * Both co-signatures decided a tolerance case (scope: the subject body; the signers addressed).
     * reformEvents re-reads the case with the subscriber's rights, so only deciders and the
     * subject's LEADs ever receive it.
     */
    ToleranceDecided: { caseId: string };
  }
}

export {};
