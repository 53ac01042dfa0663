declare module '../../platform/events/event-map' {
  interface HubEventMap {
    /** An object was published (scope: the owning body). The public change feed reads these. */
    ObjectPublished: { publicationId: string };
    /** A publication was withdrawn; the reason is public (the tombstone), so the feed replays it as given. */
    PublicationWithdrawn: { publicationId: string; reason: string };
  }
}

export {};
