import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AuditEvent } from '../../platform/audit/audit-event.entity';
import { canonicalJson } from '../../platform/audit/chain';
import { Authenticated } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { Connection, Page, PageArgs } from '../../platform/graphql/connection';
import type { NodeFetcher } from '../../platform/graphql/node.resolver';
import { auditTrailOf } from './audit-trail.service';

export const AuditEventConnection = Connection(AuditEvent);

/** The resolver reads the node fetchers of every domain, so the registry passes them in. */
export function createAuditTrailResolver(fetcherOf: (type: string) => NodeFetcher | undefined) {
  @Resolver(() => AuditEvent)
  class AuditTrailResolver {
    @Authenticated()
    @Query(() => AuditEventConnection, {
      description: 'The recorded changes of one object, oldest first. Only for callers who may read the object itself (FORBIDDEN otherwise).',
    })
    auditTrail(
      @Arg('targetId', () => ID, { description: 'Global id of the object (a delegation, directive, thread, body…).' }) targetId: string,
      @Args(() => PageArgs) args: PageArgs,
      @Ctx() ctx: RequestContext,
    ): Promise<Page<AuditEvent>> {
      return auditTrailOf(ctx, fetcherOf, targetId, args);
    }

    @FieldResolver(() => String, { nullable: true, description: 'What else was recorded, as a JSON object with sorted keys (as hashed); null when nothing.' })
    details(@Root() event: AuditEvent): string | null {
      return event.details == null ? null : canonicalJson(event.details);
    }
  }
  return AuditTrailResolver;
}
