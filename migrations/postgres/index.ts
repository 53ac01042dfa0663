import { EventSpine1795883079250 } from './1795883079250-EventSpine';
import { AuditChain1795833316513 } from './1795833316513-AuditChain';
import { Threads1795831731114 } from './1795831731114-Threads';
import { Channels1795831482307 } from './1795831482307-Channels';
import { Powers1795830922615 } from './1795830922615-Powers';
import { Foundation1795830116018 } from './1795830116018-Foundation';
// Applied in this order. A landed migration is never edited: add a new one.
export const postgresMigrations: Function[] = [Foundation1795830116018, Powers1795830922615, Channels1795831482307, Threads1795831731114, AuditChain1795833316513, EventSpine1795883079250]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
