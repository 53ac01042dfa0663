import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Small key/value facts about this database, e.g. when the demo data was loaded. */
@Entity('hub_meta')
export class HubMeta {
  @PrimaryColumn({ name: 'key', type: 'varchar', length: 64 })
  key: string;

  @Column({ name: 'value', type: 'text' })
  value: string;
}
