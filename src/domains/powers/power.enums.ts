import { registerEnumType } from 'type-graphql';

export enum DelegationStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(DelegationStatus, {
  name: 'DelegationStatus',
  description: 'Where a delegation stands.',
  valuesConfig: {
    PROPOSED: { description: 'Drafted by an officer; not in force until a LEAD of the grantor signs it.' },
    ACTIVE: { description: 'Signed; in force from `effectiveFrom` until `effectiveTo`.' },
    REVOKED: { description: 'Revoked by the grantor or a body above it; its authority went back up.' },
    EXPIRED: { description: 'Its `effectiveTo` has passed.' },
  },
});
