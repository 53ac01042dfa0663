import { DeliveryWithoutRowLocks1795949993602 } from './1795949993602-DeliveryWithoutRowLocks';
import { PilotPublic1795896600000 } from './1795896600000-PilotPublic';
import { Transparency1795893610634 } from './1795893610634-Transparency';
import { PilotsAndEvaluationGaps1795893730144 } from './1795893730144-PilotsAndEvaluationGaps';
import { TraceIndexes1795895981138 } from './1795895981138-TraceIndexes';
import { EvaluationSurveys1795888843950 } from './1795888843950-EvaluationSurveys';
import { Evaluation1795887426367 } from './1795887426367-Evaluation';
import { ToleranceDecisionLink1795886678263 } from './1795886678263-ToleranceDecisionLink';
import { Tasks1795885891415 } from './1795885891415-Tasks';
import { Supervision1795884388733 } from './1795884388733-Supervision';
import { Tolerance1795883713395 } from './1795883713395-Tolerance';
import { Decisions1795883456123 } from './1795883456123-Decisions';
import { EventSpine1795883079250 } from './1795883079250-EventSpine';
import { AuditChain1795833316513 } from './1795833316513-AuditChain';
import { Threads1795831731114 } from './1795831731114-Threads';
import { Channels1795831482307 } from './1795831482307-Channels';
import { Powers1795830922615 } from './1795830922615-Powers';
import { Foundation1795830116018 } from './1795830116018-Foundation';
// Applied in this order. A landed migration is never edited: add a new one.
export const sqliteMigrations: Function[] = [Foundation1795830116018, Powers1795830922615, Channels1795831482307, Threads1795831731114, AuditChain1795833316513, EventSpine1795883079250, Decisions1795883456123, Tolerance1795883713395, Supervision1795884388733, Tasks1795885891415, ToleranceDecisionLink1795886678263, Evaluation1795887426367, EvaluationSurveys1795888843950, Transparency1795893610634, PilotsAndEvaluationGaps1795893730144, TraceIndexes1795895981138, PilotPublic1795896600000, DeliveryWithoutRowLocks1795949993602]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
