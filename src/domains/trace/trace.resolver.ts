import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Public } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { TraceDirection } from './trace.enums';
import { MAX_TRACE_DEPTH, MAX_TRACE_NODES, traceFrom } from './trace.service';
import { Trace } from './trace.types';

@Resolver()
export class TraceResolver {
  @Public()
  @Query(() => Trace, {
    nullable: true,
    description: `The reform chain around one object (decision → directives → tasks → findings → rectification → evaluation → re-decision; suggestion → decision): every link within \`depth\`, at most ${MAX_TRACE_NODES} nodes. Filtered by the caller's rights: what it may not read is a gap (its kind, never its id or title); the public sees published objects only. Null when the traced object itself is not readable.`,
  })
  trace(
    @Arg('id', () => ID, { description: 'Global id of the object to trace from.' }) id: string,
    @Arg('direction', () => TraceDirection, { nullable: true, defaultValue: TraceDirection.BOTH, description: 'Which way to walk (null: BOTH).' }) direction: TraceDirection | null,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 4, description: `Links to follow from the object, 1–${MAX_TRACE_DEPTH} (null: 4).` }) depth: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Trace | null> {
    // An explicit null means the default, as an omitted argument does.
    return traceFrom(ctx, id, direction ?? TraceDirection.BOTH, depth ?? 4);
  }
}
