// Every domain of the hub, in one place: its tables, its GraphQL resolvers, the object types it
// serves through `node(id:)`, and its demo data. The server, the CLI and the tests read this list.
import { AuditChainHead, AuditEvent } from '../platform/audit/audit-event.entity';
import { HubMeta } from '../platform/database/hub-meta.entity';
import { HubDeadline, HubEvent, HubEventAudience, HubEventHead } from '../platform/events/hub-event.entity';
import { IdempotencyRecord } from '../platform/idempotency';
import type { NodeFetcher } from '../platform/graphql/node.resolver';
import { registerNodeFetchers } from '../platform/graphql/node-registry';
import { createAuditTrailResolver } from './audit/audit-trail.resolver';
import { Body, BodyAncestry } from './bodies/body.entities';
import { BodyResolver } from './bodies/body.resolver';
import { centralAndProvincialRows, insertBodies } from './bodies/body.seed';
import type { SeedKit } from './seed-kit';
import { findBodyById } from './bodies/body.service';
import { ViewerResolver } from './identity/viewer.resolver';
import { createReformEventsResolver } from './reform-events/reform-events.resolver';
import { DeliveryCounter, Directive, Feedback, Receipt } from './channels/channel.entities';
import { BodyChannelsResolver, DirectiveResolver, FeedbackResolver, ReceiptResolver } from './channels/channel.resolver';
import { seedChannels } from './channels/channel.seed';
import { findVisibleDirective, findVisibleReceipt } from './channels/directive.service';
import { findVisibleFeedback } from './channels/feedback.service';
import { Delegation, FactorQuota } from './powers/delegation.entities';
import { findVisibleDelegation } from './powers/delegation.service';
import { Power } from './powers/power.entities';
import { BodyPowersResolver, DelegationResolver, PowerResolver } from './powers/power.resolver';
import { findPowerById } from './powers/power.service';
import { seedPowers } from './powers/power.seed';
import { CoordinationThread, ThreadEvent, ThreadMessage, ThreadParticipant, ThreadResource } from './threads/thread.entities';
import { BodyThreadsResolver, CoordinationThreadResolver, ThreadEventResolver, ThreadMessageResolver, ThreadResourceResolver } from './threads/thread.resolver';
import { seedThreads } from './threads/thread.seed';
import { DisciplineReferral, Finding, Inspection, InspectionGroupMember, InspectionScope, InspectionSubject, RectificationOrder, RectificationOrderFinding, RectificationReport, RectificationVerification, SiteVisit } from './supervision/supervision.entities';
import { BodySupervisionResolver, DisciplineReferralResolver, FindingResolver, InspectionResolver, RectificationOrderResolver, SiteVisitResolver, VerificationResolver } from './supervision/supervision.resolver';
import { seedSupervision } from './supervision/supervision.seed';
import { findVisibleFinding, findVisibleInspection, findVisibleOrder } from './supervision/supervision.service';
import { ToleranceCase, ToleranceFindingLink, ToleranceProhibitionLink, ToleranceSignature } from './tolerance/tolerance.entities';
import { ToleranceCaseResolver, ToleranceSignatureResolver } from './tolerance/tolerance.resolver';
import { seedTolerance } from './tolerance/tolerance.seed';
import { findVisibleCase } from './tolerance/tolerance.service';
import { findVisibleEvent, findVisibleMessage, findVisibleResource, findVisibleThread } from './threads/thread.service';
import { Post } from './posts/post.entities';
import { BodyPostsResolver, PostResolver } from './posts/post.resolver';
import { findPost } from './posts/post.service';
import { DecisionDirective, DecisionDraftVersion, DecisionProcedure, DecisionStageRecord, LegislativeDependency, PublicSubmission, ReformDecision, Suggestion } from './decisions/decision.entities';
import {
  decisionNodes,
  DecisionProcedureResolver,
  LegislativeDependencyResolver,
  LocalConsultationStageResolver,
  PublicConsultationStageResolver,
  PublicSubmissionResolver,
  ReformDecisionResolver,
  SuggestionResolver,
} from './decisions/decision.resolver';
import { seedDecisions } from './decisions/decision.seed';
import { findVisibleFund } from './tasks/fund.service';
import { TaskDelivery } from './tasks/task.activity';
import { findVisibleReport, findVisibleTask } from './tasks/task.access';
import { AnnualTaskList, AnnualTaskListItem, DeadlineExtension, FundAllocation, Milestone, ProgressReport, ReformFund, ReformTask, TaskCoExecutor, TaskReminder } from './tasks/task.entities';
import { findVisibleList } from './tasks/annual-list.service';
import { AnnualTaskListItemResolver, AnnualTaskListResolver, FundAllocationResolver, ProgressReportResolver, ReformFundResolver, ReformTaskResolver } from './tasks/task.resolver';
import { seedTasks } from './tasks/task.seed';
import { Evaluation, Indicator, IndicatorSystem, IndicatorWeight, Observation, SatisfactionSurvey, ThirdPartyAssessment } from './evaluation/evaluation.entities';
import { BodyEvaluationResolver, EvaluationResolver, IndicatorResolver, IndicatorSystemResolver, IndicatorWeightResolver, ObservationResolver, SatisfactionSurveyResolver, ThirdPartyAssessmentResolver } from './evaluation/evaluation.resolver';
import { seedEvaluation } from './evaluation/evaluation.seed';
import { Publication } from './transparency/transparency.entities';
import {
  PortalResolver,
  PublicAnnualTaskListItemResolver,
  PublicAnnualTaskListResolver,
  PublicChangeResolver,
  PublicDecisionResolver,
  PublicEvaluationResolver,
  PublicPilotResolver,
  PublicPilotSiteResolver,
  PublicSuggestionResolver,
  PublicTaskResolver,
  PublicTombstoneResolver,
} from './transparency/transparency.resolver';
import { seedTransparency } from './transparency/transparency.seed';
import { TraceResolver } from './trace/trace.resolver';
import { findVisibleEvaluation, findVisibleIndicator, findVisibleObservation, findVisibleSystem } from './evaluation/evaluation.service';
import { Pilot, PilotCriterion, PilotProgress, PilotSite, ReplicableExperience } from './pilots/pilot.entities';
import { BodyPilotsResolver, PilotResolver, PilotSiteResolver, ReplicableExperienceResolver } from './pilots/pilot.resolver';
import { seedPilots } from './pilots/pilot.seed';
import { findVisibleExperience, findVisiblePilot } from './pilots/pilot.service';

export interface Domain {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  nodes?: Record<string, NodeFetcher>;
  /** Loads this domain's demo data; runs once, in order, inside one transaction. */
  seedDemo?: (kit: SeedKit) => Promise<void>;
}

export const domains: Domain[] = [
  {
    name: 'platform',
    entities: [AuditEvent, AuditChainHead, HubMeta, IdempotencyRecord, HubEvent, HubEventAudience, HubEventHead, HubDeadline],
    resolvers: [],
  },
  {
    name: 'bodies',
    entities: [Body, BodyAncestry],
    resolvers: [BodyResolver],
    nodes: { [Body.typename]: findBodyById },
    seedDemo: async ({ em, progress }) => {
      await insertBodies(em, centralAndProvincialRows(), progress('bodies'));
    },
  },
  {
    name: 'powers',
    entities: [Power, Delegation, FactorQuota],
    resolvers: [PowerResolver, DelegationResolver, BodyPowersResolver],
    nodes: { [Power.typename]: findPowerById, [Delegation.typename]: findVisibleDelegation },
    seedDemo: seedPowers,
  },
  {
    name: 'channels',
    entities: [Directive, Receipt, Feedback, DeliveryCounter],
    resolvers: [DirectiveResolver, ReceiptResolver, FeedbackResolver, BodyChannelsResolver],
    nodes: { [Directive.typename]: findVisibleDirective, [Receipt.typename]: findVisibleReceipt, [Feedback.typename]: findVisibleFeedback },
    seedDemo: seedChannels,
  },
  {
    name: 'threads',
    entities: [CoordinationThread, ThreadParticipant, ThreadMessage, ThreadResource, ThreadEvent],
    resolvers: [CoordinationThreadResolver, ThreadMessageResolver, ThreadResourceResolver, ThreadEventResolver, BodyThreadsResolver],
    nodes: { [CoordinationThread.typename]: findVisibleThread, [ThreadMessage.typename]: findVisibleMessage, [ThreadResource.typename]: findVisibleResource, [ThreadEvent.typename]: findVisibleEvent },
    seedDemo: seedThreads,
  },
  {
    name: 'posts',
    entities: [Post],
    resolvers: [PostResolver, BodyPostsResolver],
    nodes: { [Post.typename]: findPost },
  },
  {
    // Decision procedure, public consultation, the suggestion platform (DOMAIN §5).
    name: 'decisions',
    entities: [DecisionProcedure, ReformDecision, DecisionDraftVersion, DecisionStageRecord, PublicSubmission, Suggestion, LegislativeDependency, DecisionDirective],
    resolvers: [ReformDecisionResolver, PublicConsultationStageResolver, LocalConsultationStageResolver, PublicSubmissionResolver, LegislativeDependencyResolver, DecisionProcedureResolver, SuggestionResolver],
    nodes: decisionNodes,
    seedDemo: seedDecisions,
  },
  {
    name: 'tasks',
    entities: [ReformTask, TaskCoExecutor, Milestone, ProgressReport, DeadlineExtension, TaskReminder, ReformFund, FundAllocation, TaskDelivery, AnnualTaskList, AnnualTaskListItem],
    resolvers: [ReformTaskResolver, ProgressReportResolver, ReformFundResolver, FundAllocationResolver, AnnualTaskListResolver, AnnualTaskListItemResolver],
    nodes: { [ReformTask.typename]: findVisibleTask, [ProgressReport.typename]: findVisibleReport, [ReformFund.typename]: findVisibleFund, [AnnualTaskList.typename]: findVisibleList },
    seedDemo: seedTasks,
  },
  {
    // Fault tolerance (容错): never public; deciders and the subject body's LEADs only.
    name: 'tolerance',
    entities: [ToleranceCase, ToleranceSignature, ToleranceProhibitionLink, ToleranceFindingLink],
    resolvers: [ToleranceCaseResolver, ToleranceSignatureResolver],
    nodes: { [ToleranceCase.typename]: findVisibleCase },
    seedDemo: seedTolerance,
  },
  {
    // Supervision (督察): inspections, joint groups, findings, rectification orders.
    name: 'supervision',
    entities: [Inspection, InspectionSubject, InspectionGroupMember, InspectionScope, SiteVisit, Finding, DisciplineReferral, RectificationOrder, RectificationOrderFinding, RectificationReport, RectificationVerification],
    resolvers: [InspectionResolver, SiteVisitResolver, FindingResolver, DisciplineReferralResolver, RectificationOrderResolver, VerificationResolver, BodySupervisionResolver],
    nodes: { [Inspection.typename]: findVisibleInspection, [Finding.typename]: findVisibleFinding, [RectificationOrder.typename]: findVisibleOrder },
    seedDemo: seedSupervision,
  },
  {
    // Evaluation (考核评估): indicators, systems, observations, scores anyone can recompute.
    name: 'evaluation',
    entities: [Indicator, IndicatorSystem, IndicatorWeight, Observation, Evaluation, SatisfactionSurvey, ThirdPartyAssessment],
    resolvers: [IndicatorResolver, IndicatorSystemResolver, IndicatorWeightResolver, ObservationResolver, EvaluationResolver, BodyEvaluationResolver, SatisfactionSurveyResolver, ThirdPartyAssessmentResolver],
    nodes: { [Indicator.typename]: findVisibleIndicator, [IndicatorSystem.typename]: findVisibleSystem, [Observation.typename]: findVisibleObservation, [Evaluation.typename]: findVisibleEvaluation },
    seedDemo: seedEvaluation,
  },
  {
    // Pilots (试点): tried at sites, evaluated, scaled up by a directive only after an evaluation recommends it.
    name: 'pilots',
    entities: [Pilot, PilotSite, PilotCriterion, ReplicableExperience, PilotProgress],
    resolvers: [PilotResolver, PilotSiteResolver, ReplicableExperienceResolver, BodyPilotsResolver],
    nodes: { [Pilot.typename]: findVisiblePilot, [ReplicableExperience.typename]: findVisibleExperience },
    seedDemo: seedPilots,
  },
  {
    // Transparency (阳光改革): the act of publishing and the public portal's projections.
    name: 'transparency',
    entities: [Publication],
    resolvers: [PortalResolver, PublicDecisionResolver, PublicTaskResolver, PublicAnnualTaskListResolver, PublicAnnualTaskListItemResolver, PublicEvaluationResolver, PublicSuggestionResolver, PublicTombstoneResolver, PublicChangeResolver, PublicPilotResolver, PublicPilotSiteResolver],
    seedDemo: seedTransparency,
  },
  {
    // The reform chain across the domains (trace links read from each domain's own columns).
    name: 'trace',
    entities: [],
    resolvers: [TraceResolver],
  },
  {
    name: 'identity',
    entities: [],
    resolvers: [ViewerResolver],
  },
  {
    // The audit trail of any object, readable by whoever may read the object (its node fetcher).
    name: 'audit',
    entities: [],
    resolvers: [createAuditTrailResolver((type) => nodeFetchers.get(type))],
  },
  {
    // Everything that happens in a jurisdiction, in one resumable stream (the event log).
    name: 'reform-events',
    entities: [],
    resolvers: [createReformEventsResolver((type) => nodeFetchers.get(type))],
  },
];

export const entities = domains.flatMap((d) => d.entities);
// Looked up by the type a client's id names: a Map, so "constructor" or "__proto__" find nothing.
export const nodeFetchers: ReadonlyMap<string, NodeFetcher> = new Map(domains.flatMap((d) => Object.entries(d.nodes ?? {})));
// Tasks name their origin and supervision its scope by any type: they look it up here.
registerNodeFetchers(nodeFetchers);
