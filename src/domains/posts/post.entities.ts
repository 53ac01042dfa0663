import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { NodeEntity } from '../../platform/graphql/node-entity';
import { Body } from '../bodies/body.entities';

/** A named position in a body (Popolo Post): 一把手, 分管领导, 改革办主任. */
@Entity('post')
@Unique('UQ_post_body_title', ['bodyId', 'title'])
@Index('IDX_post_body', ['bodyId', 'rowId'])
@ObjectType('Post', {
  description: 'A named position in a body (Popolo Post): 一把手, 分管领导, 改革办主任. Everyone sees the title; the holder’s name is personal data, shown only inside the body’s jurisdiction.',
})
export class Post extends NodeEntity {
  static readonly typename = 'Post';

  @Column({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  bodyRef?: Body;

  @Column({ name: 'title', type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Title of the position, e.g. 分管副省长.' })
  title: string;

  /** Read through PostResolver.holderName, which hides it outside the body's jurisdiction. */
  @Column({ name: 'holder_name', type: 'varchar', length: 100, nullable: true })
  holderName: string | null;

  @Column({ name: 'since', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Since when the current holder holds it.' })
  since: Date | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
