import type { EventScope } from '../../platform/events/event-map';
import { Delegation } from './delegation.entities';

declare module '../../platform/events/event-map' {
  interface HubEventMap {
    /** A delegation came into force: signed by a LEAD of the grantor, at creation or later (both parties addressed). */
    DelegationSigned: { delegationId: string };
    /** A delegation was revoked, itself or with the one it came from (both parties addressed). */
    DelegationRevoked: { delegationId: string; revokedWith: string | null };
  }
}

/** A delegation's events lie in the grantor's jurisdiction and are addressed to both parties. */
export function delegationScope(d: Delegation): EventScope {
  return { subjectType: Delegation.typename, subjectId: d.rowId, bodyId: d.grantorId, recipientBodyIds: [d.grantorId, d.granteeId] };
}
