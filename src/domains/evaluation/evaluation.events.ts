declare module '../../platform/events/event-map' {
  interface HubEventMap {
    /** An evaluation was published (scope: the evaluated body, so it and every body above it see it). */
    EvaluationPublished: { evaluationId: string };
  }
}

export {};
