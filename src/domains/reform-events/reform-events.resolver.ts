import { Arg, Resolver, Root, Subscription } from 'type-graphql';
import { Authenticated } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { ReformEventKind } from '../../platform/events/reform-event-kind';
import type { NodeFetcher } from '../../platform/graphql/node.resolver';
import { reformEventStream, ReformEventsArgs } from './reform-events.service';
import { ReformEventDelivery } from './reform-events.types';

/** The subjects are read through every domain's node fetcher, so the registry passes them in. */
export function createReformEventsResolver(fetcherOf: (type: string) => NodeFetcher | undefined) {
  @Resolver(() => ReformEventDelivery)
  class ReformEventsResolver {
    @Authenticated()
    @Subscription(() => ReformEventDelivery, {
      description:
        'One ordered, resumable log of what happens in the caller’s jurisdiction: events about its subtree, and events addressed to or done by its own body; never another jurisdiction’s. With `after`, first every later event in order, then live; without, only new ones.',
      subscribe: ({ args, context }) => reformEventStream(context as RequestContext, fetcherOf, args as ReformEventsArgs),
    })
    reformEvents(
      @Root() delivery: ReformEventDelivery,
      @Arg('after', () => String, { nullable: true, description: 'Cursor of the last event seen.' }) _after?: string,
      @Arg('under', () => String, { nullable: true, description: 'Code of a body in the caller’s jurisdiction: only events about its subtree.' }) _under?: string,
      @Arg('kinds', () => [ReformEventKind], { nullable: true, description: 'Only these kinds (default: all).' }) _kinds?: ReformEventKind[],
    ): ReformEventDelivery {
      return delivery;
    }
  }
  return ReformEventsResolver;
}
