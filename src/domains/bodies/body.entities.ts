import { Field, InterfaceType, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NodeEntity } from '../../platform/graphql/node-entity';
import { BodyKind, Level } from './body.enums';

@Entity('body')
@Index('IDX_body_parent_code', ['parentId', 'code'])
@Index('IDX_body_level_kind_code', ['level', 'kind', 'code'])
@ObjectType('Body', { description: 'A public body at any level: a government, a department, a group or an office.' })
export class Body extends NodeEntity {
  static readonly typename = 'Body';

  @Index('UQ_body_code', { unique: true })
  @Column({ name: 'code', type: 'varchar', length: 64 })
  @Field(() => String, { description: 'Stable code: GB/T 2260 division code for governments (`330000`), `CN` for the centre, `<government>-<DEPT>` for the rest.' })
  code: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Official name, e.g. 浙江省 or 浙江省财政厅.' })
  name: string;

  @Column({ name: 'level', type: 'varchar', length: 16 })
  @Field(() => Level, { description: 'Level of government the body belongs to.' })
  level: Level;

  @Column({ name: 'kind', type: 'varchar', length: 32 })
  @Field(() => BodyKind, { description: 'Kind of body.' })
  kind: BodyKind;

  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId: string | null;

  @ManyToOne(() => Body, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parentRef?: Body;

  // Written on creation and change; read by no query, so the loaders leave them unset (body.loaders.ts).
  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;

  /** The government this body belongs to: itself for a government, its parent otherwise. */
  get governmentId(): string {
    return this.kind === BodyKind.GOVERNMENT || !this.parentId ? this.rowId : this.parentId;
  }
}

/**
 * Closure table of the jurisdiction tree: one row per (ancestor, descendant) pair, depth 0 for the
 * body itself. "Below X" is one indexed lookup at any depth, the same on SQLite and PostgreSQL.
 */
@Entity('body_ancestry')
@Index('IDX_body_ancestry_descendant', ['descendantId', 'depth'])
export class BodyAncestry {
  @PrimaryColumn({ name: 'ancestor_id', type: 'varchar', length: 36 })
  ancestorId: string;

  @PrimaryColumn({ name: 'descendant_id', type: 'varchar', length: 36 })
  descendantId: string;

  @Column({ name: 'depth', type: 'integer' })
  depth: number;

  @ManyToOne(() => Body, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ancestor_id' })
  ancestor?: Body;

  @ManyToOne(() => Body, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'descendant_id' })
  descendant?: Body;
}

/**
 * A definition a body makes for others to use (a power, an indicator): who defined it and when. The
 * `createdAt` field is declared by each entity, whose description says what was defined. An
 * interface only to carry these to both (see NodeEntity).
 */
@InterfaceType('DefinedByBody', { description: 'Base of Power and Indicator; not in the schema.' })
export abstract class DefinedByBody extends NodeEntity {
  @Column({ name: 'defined_by_id', type: 'varchar', length: 36 })
  definedById: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'defined_by_id' })
  definedByRef?: Body;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
