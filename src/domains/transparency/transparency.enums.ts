import { registerEnumType } from 'type-graphql';

/** Where a publishable object stands towards the public. */
export enum PublicationStatus {
  UNPUBLISHED = 'UNPUBLISHED',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(PublicationStatus, {
  name: 'PublicationStatus',
  description: 'Where a publishable object stands towards the public.',
  valuesConfig: {
    UNPUBLISHED: { description: 'Never published (or only reviewed / marked classified).' },
    PUBLISHED: { description: 'Public: the portal shows it.' },
    WITHDRAWN: { description: 'Taken back; the public sees a tombstone with the reason, nothing else.' },
  },
});

/** What a public change of the feed says happened. */
export enum PublicChangeKind {
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(PublicChangeKind, {
  name: 'PublicChangeKind',
  description: 'What happened to a public object, in `publicChanges`.',
  valuesConfig: {
    PUBLISHED: { description: 'The object was published (or published again after a withdrawal).' },
    WITHDRAWN: { description: 'The object was withdrawn; the change carries the reason.' },
  },
});
