import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { RequireRole, Role } from '../../platform/auth/roles';
import type { RequestContext } from '../../platform/context';
import { MutationPayload } from '../../platform/graphql/mutation';
import { createIdempotently } from '../../platform/idempotency';
import { Body } from '../bodies/body.entities';
import { findBodyById } from '../bodies/body.service';
import { Post } from './post.entities';
import * as posts from './post.service';

@InputType({ description: 'A named position in a body.' })
export class CreatePostInput {
  @Field(() => String, { description: 'Code of the body; the caller is an ADMIN of it or of a body above it.' })
  bodyCode: string;

  @Field(() => String, { description: 'Title of the position (2 to 200 characters), unique in the body.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Name of the current holder: personal data, shown inside the body’s jurisdiction only.' })
  holderName?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Since when the holder holds it.' })
  since?: Date | null;

  @Field(() => String, { nullable: true, description: 'Repeating a key returns the first result instead of creating a duplicate.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of createPost.' })
export class CreatePostPayload extends MutationPayload {
  @Field(() => Post, { nullable: true, description: 'The post; null when refused.' })
  post?: Post | null;
}

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => Body, { description: 'The body the position belongs to.' })
  async body(@Root() post: Post, @Ctx() ctx: RequestContext): Promise<Body> {
    return (await findBodyById(ctx, post.bodyId))!;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The current holder’s name; null for callers outside the body’s jurisdiction (and the public), or when vacant.' })
  holderName(@Root() post: Post, @Ctx() ctx: RequestContext): Promise<string | null> {
    return posts.holderNameOf(ctx, post);
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => CreatePostPayload, { description: 'Names a position in a body (ADMIN of the body or above it).' })
  createPost(@Arg('input', () => CreatePostInput, { description: 'The post.' }) input: CreatePostInput, @Ctx() ctx: RequestContext) {
    return createIdempotently(ctx, 'createPost', input, 'post', (tx) => posts.createPost(tx, input), (tx, id) => posts.postById(tx).load(id));
  }
}

@Resolver(() => Body)
export class BodyPostsResolver {
  @FieldResolver(() => [Post], { description: 'Named positions of this body, by title (at most 100). Titles are public; holder names are not.' })
  posts(@Root() b: Body, @Ctx() ctx: RequestContext): Promise<Post[]> {
    return posts.postsOf(ctx, b.rowId);
  }
}
