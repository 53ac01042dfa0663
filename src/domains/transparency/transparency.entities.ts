import { GraphQLDateTime } from '../../platform/graphql/scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { toGlobalId } from '../../platform/graphql/global-id';
import { RowEntity } from '../../platform/graphql/node-entity';
import { PublicationStatus } from './transparency.enums';

/**
 * The publication state of one publishable object (CHAIN §3.7): the disclosure review, the
 * classified mark, the act of publishing and the withdrawal with its reason. The object's own
 * flag (`public`, a moderation or a status) follows it, so every existing read path agrees.
 */
@Entity('publication')
@Index('UQ_publication_subject', ['subjectType', 'subjectId'], { unique: true })
@Index('IDX_publication_status', ['status', 'subjectType'])
@ObjectType('Publication', { description: 'The publication state of an object (阳光改革): disclosure review, classified mark, publication and withdrawal. Returned to the owning body’s staff by the publication mutations.' })
export class Publication extends RowEntity {
  @Column({ name: 'subject_type', type: 'varchar', length: 40 })
  @Field(() => String, { description: 'GraphQL type of the object, e.g. ReformTask.' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @Field(() => ID, { description: 'Global id of the object.' })
  get subjectGlobalId(): string {
    return toGlobalId(this.subjectType, this.subjectId);
  }

  /** The owning body: its LEADs publish and withdraw. */
  @Column({ name: 'body_id', type: 'varchar', length: 36 })
  bodyId: string;

  /** The title when last published: tombstones and the change feed show it without the object. */
  @Column({ name: 'title', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'The object’s title when the state last changed.' })
  title: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  @Field(() => PublicationStatus, { description: 'Where it stands.' })
  status: PublicationStatus;

  @Column({ name: 'disclosure_reviewed_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When its disclosure review (保密审查) was recorded; required before the first publication.' })
  disclosureReviewedAt: Date | null;

  @Column({ name: 'disclosure_reviewed_by', type: 'varchar', length: 200, nullable: true })
  disclosureReviewedBy: string | null;

  @Column({ name: 'classified', type: 'boolean' })
  @Field(() => Boolean, { description: 'Marked classified: it can never be published.' })
  classified: boolean;

  @Column({ name: 'published_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last published.' })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'varchar', length: 200, nullable: true })
  publishedBy: string | null;

  @Column({ name: 'withdrawn_at', type: Date, nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was withdrawn; null unless WITHDRAWN.' })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was withdrawn (public, on the tombstone).' })
  withdrawalReason: string | null;

  @Column({ name: 'updated_at', type: Date })
  @Field(() => GraphQLDateTime, { description: 'When the state last changed.' })
  updatedAt: Date;
}
