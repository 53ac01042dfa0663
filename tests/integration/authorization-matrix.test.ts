import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isObjectType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeDeliveryCursor } from '../../src/domains/channels/deliveries';
import { encodeEventCursor } from '../../src/domains/reform-events/reform-events.service';
import { AUTHENTICATED, PUBLIC, Role } from '../../src/platform/auth/roles';
import { toGlobalId } from '../../src/platform/graphql/global-id';
import { buildHubSchema } from '../../src/server/schema';
import { codesOf, post, RawResult, SubscribeOutcome, trySubscribe } from '../support/raw';
import { useTestHub } from '../support/test-hub';

// The authorization matrix, generated from the schema: every root field and every Node type has a
// row below, and the test fails when the schema and the table disagree in either direction. Each
// operation runs for the public and for each role; each object-level row runs with the acting
// body placed as the target itself, its department, an ancestor, a descendant and another
// jurisdiction. Documents are built from the schema; variables are written per row.

type Caller = 'PUBLIC' | `${Role}`;
const CALLERS: Caller[] = ['PUBLIC', 'VIEWER', 'OFFICER', 'LEAD', 'ADMIN'];
const ROLES = ['VIEWER', 'OFFICER', 'LEAD', 'ADMIN'] as const;

/**
 * What one call gives:
 * - OK: data, no top-level error, no userErrors;
 * - USER_ERROR: the declaration layer let it through and the service refused it as a business rule;
 * - BAD_INPUT: let through, refused by an object check as BAD_USER_INPUT;
 * - UNAUTHENTICATED / FORBIDDEN: top-level refusals;
 * - CLOSED_4401: subscription socket closed before subscribing.
 */
type Outcome = 'OK' | 'USER_ERROR' | 'BAD_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CLOSED_4401';

type Access = typeof PUBLIC | typeof AUTHENTICATED | `${Role}`[];

interface World {
  year: number;
  body330000: string;
  power: string;
  zjDelegation: string; // CN-NDRC → 330000
  hzDelegation: string; // 330000 → 330100
  nbDelegation: string; // 330000 → 330200
  zjDirective: string; // issued by 330000 to the cities, not public (first version)
  zjDirectiveLatest: string; // its revision
  receipt330000: string; // 330000's receipt of the nationwide CN-REFORM directive
  hzFeedback: string; // 330100 → 330000
  nbFeedback: string; // 330200 → 330000
  approvalThread: string; // led by 330000-DRC; 330000-FIN, 330000-NR, 330100
  approvalMessage: string;
  approvalResource: string;
  approvalEvent: string;
  hzToleranceCase: string; // demo: Hangzhou's decided (TOLERATED) case
  zjInspection: string; // demo: the central joint on-site inspection of 330000 and 330100 (concluded)
  zjFinding: string; // its finding at 330000
  zjOrder: string; // its rectification order to 330000 (verified)
  zjDecision: string; // 330000's major decision in public consultation (published)
  cnDecision: string; // CN-REFORM's adopted decision
  hzDecision: string; // 330100's routine draft (not published)
  zjReceived: string; // a submission to zjDecision awaiting moderation
  zjUnanswered: string; // a published submission to zjDecision without a disposition
  cnDependency: string; // the CN decision's legislative dependency, owned by CN-LEGAL
  procedure: string;
  post: string; // 330000's 分管副省长
  zjSuggestion: string; // a suggestion to 330000 awaiting moderation (sent by discover())
  zjTask: string; // CN-02 for Zhejiang: executed by 330000, assigned by CN-NDRC, decomposed
  hzTask: string; // CN-02 for Hangzhou: executed by 330100, assigned by 330000, overdue
  hzMilestone: string;
  hzReport: string;
  nbTask: string; // CN-02 for Ningbo: executed by 330200, overdue
  nbOnTrack: string; // CN-03 for Ningbo
  njExtension: string; // pending extension request of CN-03 for Nanjing (assigner 320000)
  topTask: string; // CN-01: assigned by CN to CN-NDRC
  cnFund: string;
  cnList: string; // the central annual list (public)
  hzEvaluation: string; // demo: Hangzhou's published evaluation under ZJ-CITIES
  zjSystem: string; // ZJ-CITIES (public)
  zjHubIndicator: string; // ZJ-TASK-ON-TIME (hub-computed)
  zjExpertIndicator: string; // ZJ-EXPERT, data owner 330000-REFORM
  zjSurveyIndicator: string; // ZJ-SATISFACTION, data owner 330000-DRC
  hzObservation: string; // a verified observation of 330100 reported by a provincial department
  nbObservation: string; // one of 330200
  hzPilot: string; // demo: Zhejiang's pilot running at 330100
  nbPilot: string; // demo: Zhejiang's pilot at 330200, scaled up
  nbExperience: string; // its replicable experience
}

interface OperationRow {
  /** The declaration this row expects (checked against the resolvers' metadata too). */
  access: Access;
  /** The acting body of the token. */
  as: string;
  variables: (w: World) => Record<string, unknown>;
  expect: Record<Caller, Outcome>;
  /** Why an allowed caller is refused further down, when it is. */
  note?: string;
}

interface NodeRow {
  id: (w: World) => string;
  /** Whether the object is visible per placement of the acting body (for every role, or only these roles) and to the public. */
  visible: Record<Placement, boolean | `${Role}`[]> & { public: boolean };
  note?: string;
}

type Placement = 'self' | 'department' | 'ancestor' | 'descendant' | 'other';
// The target body is Zhejiang (330000) everywhere.
const PLACEMENTS: Record<Placement, string> = { self: '330000', department: '330000-FIN', ancestor: 'CN', descendant: '330100', other: '320000' };

const pass = (o: Outcome = 'OK'): Record<Caller, Outcome> => ({ PUBLIC: o, VIEWER: o, OFFICER: o, LEAD: o, ADMIN: o });
const signedIn = (o: Outcome = 'OK'): Record<Caller, Outcome> => ({ ...pass(o), PUBLIC: 'UNAUTHENTICATED' });
/** Only these roles get through; `outcomes` says what each of them gets (in the order they run). */
function onlyRoles(outcomes: Partial<Record<`${Role}`, Outcome>>): Record<Caller, Outcome> {
  const row: Record<Caller, Outcome> = { PUBLIC: 'UNAUTHENTICATED', VIEWER: 'FORBIDDEN', OFFICER: 'FORBIDDEN', LEAD: 'FORBIDDEN', ADMIN: 'FORBIDDEN' };
  return { ...row, ...outcomes };
}

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const OPERATIONS: Record<string, OperationRow> = {
  // ---- queries -------------------------------------------------------------------------------
  'Query.viewer': { access: PUBLIC, as: '330000', variables: () => ({}), expect: pass() },
  'Query.body': { access: PUBLIC, as: '330000', variables: () => ({ code: '330000' }), expect: pass() },
  'Query.bodies': { access: PUBLIC, as: '330000', variables: () => ({ under: '330000', first: 5 }), expect: pass() },
  'Query.node': { access: PUBLIC, as: '330000', variables: (w) => ({ id: w.zjDelegation }), expect: pass(), note: 'null for the public (see Node.Delegation)' },
  'Query.nodes': { access: PUBLIC, as: '330000', variables: (w) => ({ ids: [w.body330000, w.zjDelegation] }), expect: pass() },
  'Query.power': { access: PUBLIC, as: '330000', variables: () => ({ code: 'ENTERPRISE-INVESTMENT-APPROVAL' }), expect: pass() },
  'Query.powers': { access: PUBLIC, as: '330000', variables: () => ({ first: 5 }), expect: pass() },
  'Query.publicDirectives': { access: PUBLIC, as: '330000', variables: () => ({ first: 5 }), expect: pass() },
  'Query.trace': { access: PUBLIC, as: '330000', variables: (w) => ({ id: w.hzTask, direction: 'BOTH', depth: 2 }), expect: pass(), note: 'null for the public (a task has no public view in a trace); see "trace(id:)" below' },
  'Query.auditTrail': { access: AUTHENTICATED, as: '330000', variables: (w) => ({ targetId: w.zjDelegation, first: 5 }), expect: signedIn(), note: 'the history of a delegation its jurisdiction may read' },
  'Query.toleranceCases': {
    access: ['VIEWER', 'OFFICER', 'LEAD'],
    as: '330000-DISCIPLINE',
    variables: () => ({ first: 5 }),
    expect: onlyRoles({ VIEWER: 'OK', OFFICER: 'OK', LEAD: 'OK' }),
    note: 'ADMIN administers the body tree and reads no cases',
  },
  'Query.inspectionStats': { access: PUBLIC, as: '330000', variables: (w) => ({ bodyCode: '330000', year: w.year }), expect: pass(), note: 'counts only' },
  'Query.decisions': { access: PUBLIC, as: '330000', variables: () => ({ first: 5 }), expect: pass(), note: 'the public sees published decisions only' },
  'Query.decisionProcedures': { access: PUBLIC, as: '330000', variables: () => ({}), expect: pass() },
  'Query.suggestions': { access: PUBLIC, as: '330000', variables: () => ({ toBodyCode: '330000', first: 5 }), expect: pass(), note: 'the public sees published suggestions only' },
  'Query.tasks': { access: AUTHENTICATED, as: '330000', variables: () => ({ under: '330000', first: 5 }), expect: signedIn() },
  'Query.annualTaskList': { access: PUBLIC, as: '330000', variables: (w) => ({ bodyCode: 'CN', year: w.year }), expect: pass(), note: 'the central list is public' },
  'Query.taskRollup': { access: AUTHENTICATED, as: '330000', variables: (w) => ({ bodyCode: '330000', year: w.year }), expect: signedIn() },
  'Query.unfundedMandates': { access: AUTHENTICATED, as: '330000', variables: (w) => ({ fiscalYear: w.year }), expect: signedIn() },
  // The public portal: the same answer for every caller (placements: tests/integration/portal.matrix.test.ts).
  'Query.publicDecisions': { access: PUBLIC, as: '330000', variables: () => ({ first: 5 }), expect: pass() },
  'Query.publicConsultations': { access: PUBLIC, as: '330000', variables: () => ({ first: 5 }), expect: pass() },
  'Query.publicTasks': { access: PUBLIC, as: '330000', variables: () => ({ bodyCode: '330000', first: 5 }), expect: pass() },
  'Query.publicAnnualTaskList': { access: PUBLIC, as: '330000', variables: (w) => ({ bodyCode: 'CN', year: w.year }), expect: pass() },
  'Query.publicEvaluations': { access: PUBLIC, as: '330000', variables: (w) => ({ year: w.year, first: 5 }), expect: pass() },
  'Query.publicInspectionStats': { access: PUBLIC, as: '330000', variables: (w) => ({ bodyCode: '330000', year: w.year }), expect: pass(), note: 'counts only' },
  'Query.publicSuggestions': { access: PUBLIC, as: '330000', variables: () => ({ first: 5 }), expect: pass() },
  'Query.publicWithdrawals': { access: PUBLIC, as: '330000', variables: () => ({ first: 5 }), expect: pass() },
  'Query.publicChanges': { access: PUBLIC, as: '330000', variables: () => ({ first: 5 }), expect: pass() },
  'Query.publicPilots': { access: PUBLIC, as: '330000', variables: () => ({ sponsorCode: '330000', first: 5 }), expect: pass() },

  // ---- mutations, in the order they run (later rows see what earlier ones changed) -------------
  'Mutation.createBody': {
    access: ['ADMIN'],
    as: '330000',
    variables: () => ({ input: { code: '330000-MATRIX', name: '矩阵测试办公室', level: 'PROVINCIAL', kind: 'REFORM_OFFICE', parentCode: '330000' } }),
    expect: onlyRoles({ ADMIN: 'OK' }),
  },
  'Mutation.updateBody': { access: ['ADMIN'], as: '330000', variables: () => ({ input: { code: '330100', name: '杭州市' } }), expect: onlyRoles({ ADMIN: 'OK' }) },
  'Mutation.definePower': {
    access: ['LEAD'],
    as: 'CN-NDRC',
    variables: () => ({ input: { code: 'MATRIX-POWER', title: '矩阵测试事权', field: 'matrix', estimatedAnnualCost: '1.00' } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.delegatePower': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: (w) => ({
      input: { powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL', toBodyCode: '330300', parentDelegationId: w.zjDelegation, fiscalAllocation: { amount: '1.00', fiscalYear: w.year }, estimatedCost: '1.00' },
    }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.signDelegation': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { delegationId: w.hzDelegation } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'the delegation is ACTIVE already: INVALID_STATE',
  },
  'Mutation.revokeDelegation': { access: ['LEAD'], as: '330000', variables: (w) => ({ input: { delegationId: w.nbDelegation, reason: 'matrix' } }), expect: onlyRoles({ LEAD: 'OK' }) },
  'Mutation.issueDirective': {
    access: ['LEAD'],
    as: '330000',
    variables: () => ({ input: { title: '矩阵测试指令', content: '测试。', recipientCodes: ['330100'] } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.markDirectiveRead': { access: AUTHENTICATED, as: '330100', variables: (w) => ({ input: { directiveId: w.zjDirectiveLatest } }), expect: signedIn() },
  'Mutation.acknowledgeDirective': {
    access: ['OFFICER', 'LEAD'],
    as: '330100',
    variables: (w) => ({ input: { directiveId: w.zjDirectiveLatest } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
    note: 'the second acknowledgement answers the receipt unchanged (idempotent)',
  },
  'Mutation.submitFeedback': {
    access: ['OFFICER', 'LEAD'],
    as: '330100',
    variables: () => ({ input: { kind: 'PROGRESS', content: '矩阵测试反馈。', toBodyCode: '330000' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.respondToFeedback': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: (w) => ({ input: { feedbackId: w.nbFeedback, resolution: 'ANSWERED', response: '收到。' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'USER_ERROR' }),
    note: 'the second answer is refused: already answered',
  },
  'Mutation.reviseDirective': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { directiveId: w.zjDirectiveLatest, causedByFeedbackId: w.hzFeedback, content: '矩阵测试修订。' } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.openCoordinationThread': {
    access: ['LEAD'],
    as: '330000-DRC',
    variables: () => ({ input: { subject: '矩阵测试协调事项', leadBodyCode: '330000-DRC', participantCodes: ['330000-FIN'], dueAt: future(10) } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.postThreadMessage': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { threadId: w.approvalThread, content: '矩阵测试消息。' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.shareThreadResource': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { threadId: w.approvalThread, title: '矩阵测试文件', kind: 'DOCUMENT', uri: 'https://example.gov.cn/matrix.pdf' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.inviteThreadParticipant': {
    access: ['LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { threadId: w.approvalThread, bodyCode: '330000-REFORM' } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.removeThreadParticipant': {
    access: ['LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { threadId: w.approvalThread, bodyCode: '330000-REFORM' } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.escalateThread': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { threadId: w.approvalThread, ground: 'OVERDUE', reason: '矩阵测试。' } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'the thread is not overdue: NOT_OVERDUE',
  },
  'Mutation.resolveThread': {
    access: ['LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { threadId: w.approvalThread, resolution: '矩阵测试结论。' } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Query.evaluations': { access: PUBLIC, as: '330000', variables: (w) => ({ systemId: w.zjSystem, period: String(w.year), first: 5 }), expect: pass() },
  'Mutation.defineIndicator': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: () => ({ input: { code: `MX-${randomUUID().slice(0, 8)}`, title: '矩阵指标', unit: '%', source: 'OBJECTIVE', direction: 'HIGHER_IS_BETTER', baseline: '0', target: '100' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.defineIndicatorSystem': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { code: 'MX-SYSTEM', year: w.year, weights: [{ indicatorId: w.zjHubIndicator, weight: '100.00' }], minObjectiveShare: '50.00', challengeDays: 0, public: false } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.reportObservation': {
    access: ['OFFICER', 'LEAD'],
    as: '330100',
    variables: (w) => ({ input: { indicatorId: w.zjExpertIndicator, bodyCode: '330100', period: `${w.year}-Q1`, value: '75.5' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
    note: 'a self-report; the second replaces the unverified first',
  },
  'Mutation.recordSurveyResults': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { indicatorId: w.zjSurveyIndicator, bodyCode: '330100', period: `${w.year}-Q2`, title: '矩阵调查', population: '居民', distribution: [300, 100, 50, 30, 20], methodologyHash: 'cd'.repeat(32) } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
    note: 'the second replaces the unverified first',
  },
  'Mutation.recordThirdPartyAssessment': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: () => ({ input: { indicatorId: 'aHViOnYxOkluZGljYXRvcjowMDAwMDAwMC0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDA', bodyCode: '330100', period: '2026', assessorCode: 'CN-CCIEE', value: '80', reportHash: 'cd'.repeat(32) } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'the demo has no THIRD_PARTY indicator: NOT_FOUND',
  },
  'Mutation.verifyObservation': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: (w) => ({ input: { observationId: w.hzObservation } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'the demo observation is verified: INVALID_STATE',
  },
  'Mutation.disputeObservation': {
    access: ['OFFICER', 'LEAD'],
    as: '330200',
    variables: (w) => ({ input: { observationId: w.nbObservation, reason: '矩阵测试异议。' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'USER_ERROR' }),
    note: 'the second dispute finds it disputed: INVALID_STATE',
  },
  'Mutation.computeEvaluation': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: (w) => ({ input: { systemId: w.zjSystem, period: String(w.year), subjectCodes: ['330100'] } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
    note: 'each call is a new version of Hangzhou’s evaluation',
  },
  'Mutation.challengeEvaluation': {
    access: ['LEAD'],
    as: '330100',
    variables: (w) => ({ input: { evaluationId: w.hzEvaluation, grounds: '矩阵测试。' } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'the demo evaluation is published: EVALUATION_FINAL',
  },
  'Mutation.finalizeEvaluation': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { evaluationId: w.hzEvaluation } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'the demo evaluation is published: EVALUATION_FINAL',
  },
  'Mutation.publishEvaluation': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { evaluationId: w.hzEvaluation } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'the demo evaluation is published: EVALUATION_FINAL',
  },
  'Mutation.commentOnAssessmentDraft': {
    access: ['OFFICER', 'LEAD'],
    as: '330100',
    variables: (w) => ({ input: { observationId: w.hzObservation, response: '矩阵测试意见。' } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'no third-party assessment stands behind the demo observation: NOT_FOUND',
  },
  'Query.pilots': { access: AUTHENTICATED, as: '330000', variables: () => ({ first: 5 }), expect: signedIn(), note: 'filtered to the sponsor’s jurisdiction and the sites’ chains' },
  'Mutation.proposePilot': {
    access: ['OFFICER'],
    as: '330000',
    variables: (w) => ({
      input: { code: `MX-${randomUUID().slice(0, 8)}`, title: '矩阵试点', field: '矩阵', hypothesis: '矩阵测试。', sites: [{ bodyCode: '330100', scope: '矩阵' }], startsAt: future(1), endsAt: future(30), successCriteriaIds: [w.zjExpertIndicator] },
    }),
    expect: onlyRoles({ OFFICER: 'OK' }),
  },
  'Mutation.authorizePilot': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { pilotId: w.hzPilot } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'the demo pilot is running: INVALID_STATE',
  },
  'Mutation.reportPilotProgress': {
    access: ['OFFICER', 'LEAD'],
    as: '330100',
    variables: (w) => ({ input: { pilotId: w.hzPilot, content: '矩阵测试进展。' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
    note: 'Hangzhou is the site: a PROGRESS feedback to 330000 each time',
  },
  'Mutation.extendPilot': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { pilotId: w.nbPilot, endsAt: future(900), reason: '矩阵测试。' } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'the demo pilot is scaled up: INVALID_STATE',
  },
  'Mutation.terminatePilot': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { pilotId: w.nbPilot, reason: '矩阵测试。' } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'the demo pilot is scaled up: INVALID_STATE',
  },
  'Mutation.recordPilotVerdict': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { pilotId: w.hzPilot, verdict: 'SCALE_UP', reason: '矩阵测试。' } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'no evaluation cited: EVALUATION_REQUIRED',
  },
  'Mutation.scaleUpPilot': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { pilotId: w.hzPilot, directive: { title: '矩阵推广', content: '矩阵。', audienceLevel: 'MUNICIPAL' } } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'no verdict on an evaluation: EVALUATION_REQUIRED',
  },
  'Mutation.applyForTolerance': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DISCIPLINE',
    variables: () => ({ input: { subjectBodyCode: '330100', matter: '矩阵测试事项', actAt: new Date().toISOString() } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.recordToleranceFacts': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-ORG',
    variables: (w) => ({
      input: { caseId: w.hzToleranceCase, trial: 'UNDETERMINED', prohibition: 'UNDETERMINED', purpose: 'UNDETERMINED', mitigationTaken: false },
    }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'the demo case is decided: INVALID_STATE',
  },
  'Mutation.signToleranceDecision': {
    access: ['LEAD'],
    as: 'CN-ORG',
    variables: (w) => ({ input: { caseId: w.hzToleranceCase, outcome: 'TOLERATED' } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'the demo case is decided: INVALID_STATE',
  },
  'Mutation.appealToleranceDecision': {
    access: ['LEAD'],
    as: '330100',
    variables: (w) => ({ input: { caseId: w.hzToleranceCase, grounds: '矩阵测试申诉。' } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.planInspection': {
    access: ['LEAD'],
    as: '330000-REFORM',
    variables: (w) => ({ input: { title: '矩阵测试督察', year: w.year, mode: 'DESK', subjectCodes: ['330100'], plannedFrom: future(0), plannedTo: future(5) } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.addInspectionGroupMember': {
    access: ['LEAD'],
    as: 'CN-REFORM',
    variables: (w) => ({ input: { inspectionId: w.zjInspection, bodyCode: 'CN-MOF' } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'the demo inspection is concluded: INVALID_STATE',
  },
  'Mutation.recordSiteVisit': {
    access: ['OFFICER', 'LEAD'],
    as: 'CN-REFORM',
    variables: (w) => ({ input: { inspectionId: w.zjInspection, subjectCode: '330100', at: future(-1), place: '矩阵' } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'concluded: INVALID_STATE',
  },
  'Mutation.recordFinding': {
    access: ['OFFICER', 'LEAD'],
    as: 'CN-REFORM',
    variables: (w) => ({ input: { inspectionId: w.zjInspection, subjectCode: '330100', severity: 'MINOR', category: 'OTHER', description: '矩阵测试。' } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'concluded: INVALID_STATE',
  },
  'Mutation.referFindingToDiscipline': {
    access: ['LEAD'],
    as: 'CN-REFORM',
    variables: (w) => ({ input: { findingId: w.zjFinding, disciplineBodyCode: 'CN-DISCIPLINE', grounds: '矩阵测试。' } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.concludeInspection': {
    access: ['LEAD'],
    as: 'CN-REFORM',
    variables: (w) => ({ input: { inspectionId: w.zjInspection, conclusion: '矩阵测试。' } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'concluded already: INVALID_STATE',
  },
  'Mutation.issueRectificationOrder': {
    access: ['LEAD'],
    as: 'CN-REFORM',
    variables: (w) => ({ input: { findingIds: [w.zjFinding], requirements: '矩阵测试。', deadline: future(10) } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'the inspection is concluded: INVALID_STATE',
  },
  'Mutation.acknowledgeRectificationOrder': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: (w) => ({ input: { orderId: w.zjOrder } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'the demo order is VERIFIED: INVALID_STATE',
  },
  'Mutation.submitRectificationPlan': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: (w) => ({ input: { orderId: w.zjOrder, plan: '矩阵测试。' } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'VERIFIED: INVALID_STATE',
  },
  'Mutation.reportRectification': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: (w) => ({ input: { orderId: w.zjOrder, content: '矩阵测试。', completed: true } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'VERIFIED: INVALID_STATE',
  },
  'Mutation.verifyRectification': {
    access: ['LEAD'],
    as: 'CN-REFORM',
    variables: (w) => ({ input: { orderId: w.zjOrder, accepted: true, onSite: false, note: '矩阵测试。' } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'VERIFIED already: INVALID_STATE',
  },
  'Mutation.reopenThread': { access: ['LEAD'], as: '330000-DRC', variables: (w) => ({ input: { threadId: w.approvalThread, reason: '矩阵测试。' } }), expect: onlyRoles({ LEAD: 'OK' }) },

  'Mutation.createPost': { access: ['ADMIN'], as: '330000', variables: () => ({ input: { bodyCode: '330000', title: '矩阵测试职务', holderName: '矩阵' } }), expect: onlyRoles({ ADMIN: 'OK' }) },
  'Mutation.draftDecision': {
    access: ['OFFICER', 'LEAD'],
    as: '330100-DRC',
    variables: () => ({ input: { title: '矩阵测试决策', problemStatement: '矩阵。', text: '矩阵正文。', class: 'ROUTINE', decisionMakerCode: '330100', drafterCode: '330100-DRC' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.reviseDecisionDraft': {
    access: ['OFFICER', 'LEAD'],
    as: '330100-DRC',
    variables: (w) => ({ input: { decisionId: w.hzDecision, text: '矩阵第二稿。' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'USER_ERROR' }),
    note: 'the second revision has the same text: VALIDATION_FAILED',
  },
  'Mutation.openPublicConsultation': {
    access: ['OFFICER', 'LEAD'],
    as: '330100-DRC',
    variables: (w) => ({ input: { decisionId: w.hzDecision, opensAt: future(0), closesAt: future(31) } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'USER_ERROR' }),
    note: 'the second opening: INVALID_STATE (already open)',
  },
  'Mutation.submitPublicComment': { access: PUBLIC, as: '330000', variables: (w) => ({ input: { decisionId: w.zjDecision, text: '矩阵测试意见。', contact: 'matrix@example.cn' } }), expect: pass() },
  'Mutation.moderatePublicComment': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { submissionId: w.zjReceived, action: 'PUBLISH' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'USER_ERROR' }),
    note: 'the second moderation: INVALID_STATE',
  },
  'Mutation.respondToPublicComment': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { submissionId: w.zjUnanswered, disposition: 'NOTED', response: '收到。' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
    note: 'an answer may be corrected while the consultation is open',
  },
  'Mutation.closePublicConsultation': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { decisionId: w.zjDecision, summary: '矩阵小结。' } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'the window is still open: INVALID_STATE',
  },
  'Mutation.consultLocalGovernments': {
    access: ['LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { decisionId: w.zjDecision, bodyCodes: ['330100'], replyBy: future(10) } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.closeLocalConsultation': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { decisionId: w.zjDecision } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: '330100 has not replied: LOCAL_REPLIES_MISSING',
  },
  'Mutation.recordExpertConsultation': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({
      input: { decisionId: w.zjDecision, panelCode: 'CN-EXPERTS', opinions: [1, 2, 3, 4, 5].map((i) => ({ expertRef: `M-${i}`, position: 'SUPPORT', text: '支持。', signedAt: future(-1) })) },
    }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.recordRiskAssessment': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { decisionId: w.zjDecision, assessorCode: '330000-DRC', dimensions: [{ area: 'FISCAL', likelihood: 1, impact: 1 }], controllable: true } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.requestLegalityReview': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { decisionId: w.zjDecision, reviewerCode: '330000-LEGAL' } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'the consultations are not completed: STAGE_OUT_OF_ORDER',
  },
  'Mutation.recordLegalityReview': {
    access: ['LEAD'],
    as: '330000-LEGAL',
    variables: (w) => ({ input: { decisionId: w.zjDecision, conclusion: 'LEGAL', opinion: '合法。' } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'no review was requested: STAGE_OUT_OF_ORDER',
  },
  'Mutation.recordDeliberation': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({
      input: { decisionId: w.zjDecision, meetingKind: '常务会议', heldAt: future(-1), members: 3, present: 3, counts: [{ option: 'YES', value: 3 }], chairConclusion: 'ADOPT', minutesHash: 'ab'.repeat(32) },
    }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'no legality review: LEGALITY_NOT_CLEARED',
  },
  'Mutation.adoptDecision': { access: ['LEAD'], as: '330000', variables: (w) => ({ input: { decisionId: w.zjDecision } }), expect: onlyRoles({ LEAD: 'USER_ERROR' }), note: 'REQUIRED_STAGE_MISSING' },
  'Mutation.reconsiderDecision': {
    access: ['LEAD'],
    as: 'CN-REFORM',
    variables: (w) => ({ input: { decisionId: w.cnDecision, becauseId: w.hzFeedback, reason: '矩阵。' } }),
    expect: onlyRoles({ LEAD: 'USER_ERROR' }),
    note: 'the feedback is not addressed to CN-REFORM: NOT_FOUND',
  },
  'Mutation.addLegislativeDependency': {
    access: ['OFFICER', 'LEAD'],
    as: '330000-DRC',
    variables: (w) => ({ input: { decisionId: w.zjDecision, instrument: '《浙江省数字经济促进条例》', change: '修改第十条。', ownerCode: '330000-LEGAL' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.updateLegislativeDependency': {
    access: ['OFFICER', 'LEAD'],
    as: 'CN-LEGAL',
    variables: (w) => ({ input: { dependencyId: w.cnDependency, status: 'SCHEDULED' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.withdrawDecision': { access: ['LEAD'], as: '330100-DRC', variables: (w) => ({ input: { decisionId: w.hzDecision, reason: '矩阵撤回。' } }), expect: onlyRoles({ LEAD: 'OK' }) },
  'Mutation.submitSuggestion': { access: PUBLIC, as: '330000', variables: () => ({ input: { toBodyCode: '330000', topic: '矩阵', text: '矩阵测试建议。' } }), expect: pass() },
  'Mutation.registerDeputySuggestion': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: () => ({ input: { toBodyCode: '330100', deputyName: '矩阵代表', topic: '矩阵', text: '矩阵建议。', answerDueAt: future(60) } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.moderateSuggestion': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: (w) => ({ input: { suggestionId: w.zjSuggestion, action: 'PUBLISH' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'USER_ERROR' }),
    note: 'the second moderation: INVALID_STATE',
  },
  'Mutation.answerSuggestion': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: (w) => ({ input: { suggestionId: w.zjSuggestion, answer: '矩阵答复。' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'USER_ERROR' }),
    note: 'the second answer: INVALID_STATE',
  },
  'Mutation.referSuggestion': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: (w) => ({ input: { suggestionId: w.zjSuggestion, toDecisionId: w.zjDecision } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'OK' }),
  },
  'Mutation.createTask': {
    access: ['LEAD'],
    as: '330000',
    variables: () => ({ input: { kind: 'ROUTINE', title: '矩阵测试任务', target: '完成', executorCode: '330100', deadline: future(30) } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.decomposeTask': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { parentTaskId: w.zjTask, subtasks: [{ title: '矩阵测试子任务', target: '完成', executorCode: '330300', deadline: future(4) }] } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.acceptTask': {
    access: ['OFFICER', 'LEAD'],
    as: '330000',
    variables: (w) => ({ input: { taskId: w.zjTask } }),
    expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }),
    note: 'the demo task is ACCEPTED already: INVALID_STATE',
  },
  'Mutation.reportTaskProgress': {
    access: ['OFFICER', 'LEAD'],
    as: '330100',
    variables: (w) => ({ input: { taskId: w.hzTask, period: `${w.year}-01`, percent: '99.00', narrative: '矩阵测试进展' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'USER_ERROR' }),
    note: 'the second report for the same period: DUPLICATE_REPORT',
  },
  'Mutation.completeMilestone': {
    access: ['OFFICER', 'LEAD'],
    as: '330100',
    variables: (w) => ({ input: { milestoneId: w.hzMilestone } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'USER_ERROR' }),
    note: 'milestones move forward only: INVALID_STATE the second time',
  },
  'Mutation.verifyMilestone': { access: ['LEAD'], as: '330000', variables: (w) => ({ input: { milestoneId: w.hzMilestone } }), expect: onlyRoles({ LEAD: 'OK' }) },
  'Mutation.claimTaskCompletion': {
    access: ['LEAD'],
    as: '330100',
    variables: (w) => ({ input: { taskId: w.hzTask, results: [{ title: '矩阵测试成果', kind: 'REPORT' }] } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.verifyTaskCompletion': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { taskId: w.hzTask, accept: false, note: '矩阵测试退回' } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.requestDeadlineExtension': {
    access: ['OFFICER', 'LEAD'],
    as: '330100',
    variables: (w) => ({ input: { taskId: w.hzTask, requestedDeadline: future(4), reason: '矩阵测试延期' } }),
    expect: onlyRoles({ OFFICER: 'OK', LEAD: 'USER_ERROR' }),
    note: 'a second request while the first is pending: INVALID_STATE',
  },
  'Mutation.decideDeadlineExtension': { access: ['LEAD'], as: '320000', variables: (w) => ({ input: { extensionId: w.njExtension, decision: 'GRANTED' } }), expect: onlyRoles({ LEAD: 'OK' }) },
  'Mutation.cancelTask': { access: ['LEAD'], as: '330000', variables: (w) => ({ input: { taskId: w.nbOnTrack, reason: '矩阵测试撤销' } }), expect: onlyRoles({ LEAD: 'OK' }) },
  'Mutation.remindTask': { access: ['LEAD'], as: '330000', variables: (w) => ({ input: { taskId: w.nbTask, message: '矩阵测试催办' } }), expect: onlyRoles({ LEAD: 'OK' }) },
  'Mutation.createReformFund': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { title: '矩阵测试资金', fiscalYear: w.year, amount: '100.00' } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.publishAnnualTaskList': {
    access: ['LEAD'],
    as: '330000',
    variables: (w) => ({ input: { bodyCode: '330000', year: w.year, title: '矩阵测试清单', items: [{ taskId: w.hzTask, responsibleLeaderPostId: w.post, rank: 1 }] } }),
    expect: onlyRoles({ LEAD: 'OK' }),
  },
  'Mutation.allocateFund': { access: ['LEAD'], as: 'CN', variables: (w) => ({ input: { fundId: w.cnFund, toId: w.topTask, amount: '1.00' } }), expect: onlyRoles({ LEAD: 'OK' }) },
  // The Hangzhou task was reviewed and published by the demo (330000 assigned it); Ningbo's was not.
  'Mutation.recordDisclosureReview': { access: ['OFFICER', 'LEAD'], as: '330000', variables: (w) => ({ input: { id: w.hzTask } }), expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }), note: 'already reviewed: INVALID_STATE' },
  'Mutation.markClassified': { access: ['OFFICER', 'LEAD'], as: '330000', variables: (w) => ({ input: { id: w.hzTask } }), expect: onlyRoles({ OFFICER: 'USER_ERROR', LEAD: 'USER_ERROR' }), note: 'public: withdraw first (INVALID_STATE)' },
  'Mutation.publishObject': { access: ['LEAD'], as: '330000', variables: (w) => ({ input: { id: w.nbTask } }), expect: onlyRoles({ LEAD: 'USER_ERROR' }), note: 'no disclosure review: DISCLOSURE_REVIEW_REQUIRED' },
  'Mutation.withdrawPublication': { access: ['LEAD'], as: '330000', variables: (w) => ({ input: { id: w.nbTask, reason: '矩阵测试撤回。' } }), expect: onlyRoles({ LEAD: 'USER_ERROR' }), note: 'not published: INVALID_STATE' },

  // ---- subscriptions: the public never gets past connection_init ------------------------------
  'Subscription.directiveIssued': {
    access: AUTHENTICATED,
    as: '330100',
    variables: () => ({ after: encodeDeliveryCursor(0) }),
    expect: { ...signedIn(), PUBLIC: 'CLOSED_4401' },
    note: 'replays from the start: OK means a delivery arrived',
  },
  'Subscription.feedbackReceived': { access: AUTHENTICATED, as: '330000', variables: () => ({ after: encodeDeliveryCursor(0) }), expect: { ...signedIn(), PUBLIC: 'CLOSED_4401' } },
  'Subscription.decisionActivity': {
    access: AUTHENTICATED,
    as: '330000',
    variables: (w) => ({ decisionId: w.zjDecision }),
    expect: { ...signedIn(), PUBLIC: 'CLOSED_4401' },
    note: 'live only: OK means subscribed without an error',
  },
  'Subscription.reformEvents': {
    access: AUTHENTICATED,
    as: '330000',
    variables: () => ({ after: encodeEventCursor(0) }),
    expect: { ...signedIn(), PUBLIC: 'CLOSED_4401' },
    note: 'replays the log from the start: OK means an event of the jurisdiction (the demo directives) arrived',
  },
  'Subscription.rectificationOrderReceived': {
    access: AUTHENTICATED,
    as: '330000',
    variables: () => ({ after: encodeDeliveryCursor(0) }),
    expect: { ...signedIn(), PUBLIC: 'CLOSED_4401' },
    note: 'replays the demo order to 330000: OK means a delivery arrived',
  },
  'Subscription.taskActivity': {
    access: AUTHENTICATED,
    as: '330000',
    variables: () => ({ after: encodeDeliveryCursor(0) }),
    expect: { ...signedIn(), PUBLIC: 'CLOSED_4401' },
    note: 'replays the body’s task deliveries from the start: OK means one arrived',
  },
  'Subscription.threadActivity': {
    access: AUTHENTICATED,
    as: '330000-DRC',
    variables: (w) => ({ threadId: w.approvalThread }),
    expect: { ...signedIn(), PUBLIC: 'CLOSED_4401' },
    note: 'live only: OK means subscribed without an error',
  },
};

const everywhere = { self: true, department: true, ancestor: true, descendant: true, other: true, public: true };
const inJurisdiction = { self: true, department: true, ancestor: true, descendant: false, other: false, public: false };

const NODES: Record<string, NodeRow> = {
  'Node.Body': { id: (w) => w.body330000, visible: everywhere },
  'Node.Power': { id: (w) => w.power, visible: everywhere },
  'Node.Delegation': { id: (w) => w.zjDelegation, visible: inJurisdiction },
  'Node.Directive': {
    id: (w) => w.zjDirective,
    visible: { ...inJurisdiction, descendant: true },
    note: 'the descendant 330100 is a recipient: addressed to it',
  },
  'Node.Receipt': { id: (w) => w.receipt330000, visible: inJurisdiction },
  'Node.Feedback': { id: (w) => w.nbFeedback, visible: inJurisdiction, note: 'from 330200: not the descendant 330100’s' },
  'Node.Post': { id: (w) => w.post, visible: everywhere, note: 'titles are public; holderName is null outside the jurisdiction' },
  'Node.DecisionProcedure': { id: (w) => w.procedure, visible: everywhere },
  'Node.ReformDecision': { id: (w) => w.zjDecision, visible: everywhere, note: 'published with its consultation' },
  'Node.PublicSubmission': { id: (w) => w.zjReceived, visible: inJurisdiction, note: 'awaiting moderation: only the organizers’ jurisdictions' },
  'Node.Suggestion': { id: (w) => w.zjSuggestion, visible: inJurisdiction, note: 'awaiting moderation: only the body’s jurisdiction' },
  'Node.LegislativeDependency': { id: (w) => w.cnDependency, visible: everywhere, note: 'its decision is adopted and public' },
  'Node.CoordinationThread': { id: (w) => w.approvalThread, visible: { ...inJurisdiction, descendant: true }, note: '330100 takes part' },
  'Node.ThreadMessage': { id: (w) => w.approvalMessage, visible: { ...inJurisdiction, descendant: true } },
  'Node.ThreadResource': { id: (w) => w.approvalResource, visible: { ...inJurisdiction, descendant: true } },
  'Node.ThreadEvent': { id: (w) => w.approvalEvent, visible: { ...inJurisdiction, descendant: true } },
  'Node.Inspection': {
    id: (w) => w.zjInspection,
    visible: { ...inJurisdiction, descendant: true },
    note: 'led by CN-REFORM; 330000 and the descendant 330100 are its subjects',
  },
  'Node.Finding': { id: (w) => w.zjFinding, visible: inJurisdiction, note: 'about 330000: not the descendant 330100’s' },
  'Node.RectificationOrder': { id: (w) => w.zjOrder, visible: inJurisdiction, note: 'addressed to 330000' },
  'Node.ToleranceCase': {
    id: (w) => w.hzToleranceCase,
    visible: { self: false, department: false, ancestor: false, descendant: ['LEAD'], other: false, public: false },
    note: 'Hangzhou’s case: its LEADs only; the governments above do not read it (deciders: see below)',
  },
  'Node.Evaluation': { id: (w) => w.hzEvaluation, visible: everywhere, note: 'published' },
  'Node.IndicatorSystem': { id: (w) => w.zjSystem, visible: everywhere, note: 'public' },
  'Node.Indicator': { id: (w) => w.zjExpertIndicator, visible: { ...everywhere, public: false }, note: 'definitions: every signed-in caller' },
  'Node.Observation': { id: (w) => w.hzObservation, visible: { ...inJurisdiction, descendant: true }, note: 'of 330100: its jurisdiction and itself' },
  'Node.Pilot': { id: (w) => w.hzPilot, visible: { ...inJurisdiction, descendant: true }, note: 'sponsored by 330000; the descendant 330100 is its site' },
  'Node.ReplicableExperience': { id: (w) => w.nbExperience, visible: inJurisdiction, note: 'of the Ningbo pilot: not the descendant 330100’s' },
  'Node.ReformTask': { id: (w) => w.zjTask, visible: inJurisdiction, note: 'executed by 330000, assigned by CN-NDRC: not the descendant’s' },
  'Node.ProgressReport': { id: (w) => w.hzReport, visible: { ...inJurisdiction, descendant: true }, note: 'a report of 330100’s task' },
  'Node.AnnualTaskList': { id: (w) => w.cnList, visible: everywhere, note: 'the central list is public' },
  'Node.ReformFund': {
    id: (w) => w.cnFund,
    visible: { self: false, department: false, ancestor: true, descendant: false, other: false, public: false },
    note: 'held by CN: only its jurisdiction reads it',
  },
};

/** Every field of the target body: public ones, and object-level ones readable from its jurisdiction only. */
const inJurisdictionSignedIn = { ...inJurisdiction, public: false };
const BODY_FIELDS: Record<string, { args?: (w: World) => string; visible: Record<Placement | 'public', boolean>; note?: string }> = {
  'Body.id': { visible: everywhere },
  'Body.code': { visible: everywhere },
  'Body.name': { visible: everywhere },
  'Body.level': { visible: everywhere },
  'Body.kind': { visible: everywhere },
  'Body.parent': { visible: everywhere },
  'Body.children': { visible: everywhere },
  'Body.ancestors': { visible: everywhere },
  'Body.departments': { visible: everywhere },
  'Body.powers': { visible: everywhere, note: 'filtered: delegations only from their jurisdictions (see the leak tests)' },
  'Body.directiveInbox': { visible: inJurisdictionSignedIn },
  'Body.directivesIssued': { visible: inJurisdictionSignedIn },
  'Body.feedbackInbox': { visible: inJurisdictionSignedIn },
  'Body.delegationsReceived': { visible: inJurisdictionSignedIn },
  'Body.delegationsGranted': { visible: inJurisdictionSignedIn },
  'Body.threads': { visible: inJurisdictionSignedIn },
  'Body.posts': { visible: everywhere },
  'Body.fiscalCoverage': { args: (w) => `(fiscalYear: ${w.year})`, visible: inJurisdictionSignedIn },
  'Body.inspectionsLed': { visible: inJurisdictionSignedIn },
  'Body.rectificationOrdersReceived': { visible: inJurisdictionSignedIn },
  'Body.performance': { args: (w) => `(year: ${w.year})`, visible: everywhere, note: 'published evaluations only' },
  'Body.pilots': { visible: everywhere, note: 'filtered: the pilots the caller may read (none for the public)' },
};

// ---- documents from the schema ---------------------------------------------------------------

/** The smallest selection that proves the payload came back: __typename, and userErrors when present. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isObjectType(type)) return type.getFields().userErrors ? ' { __typename userErrors { code message field } }' : ' { __typename }';
  if (isAbstractType(type)) return ' { __typename }';
  return '';
}

function documentFor(schema: GraphQLSchema, key: string): string {
  const [root, name] = key.split('.');
  const rootType = { Query: schema.getQueryType(), Mutation: schema.getMutationType(), Subscription: schema.getSubscriptionType() }[root]!;
  const field = rootType.getFields()[name];
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const op = root.toLowerCase();
  return `${op} Matrix${defs ? `(${defs})` : ''} { ${name}${args ? `(${args})` : ''}${selectionOf(field)} }`;
}

function classify(r: RawResult, field: string): Outcome {
  expect(r.status, JSON.stringify(r)).not.toBe(500);
  const codes = codesOf(r);
  expect(codes, JSON.stringify(r.errors)).not.toContain('INTERNAL_SERVER_ERROR');
  if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
  if (codes.length) return codes.every((c) => c === 'BAD_USER_INPUT') ? 'BAD_INPUT' : (`ERROR ${codes.join(',')}` as Outcome);
  const payload = r.data?.[field] as { userErrors?: unknown[] } | null | undefined;
  return payload?.userErrors?.length ? 'USER_ERROR' : 'OK';
}

function classifySubscription(s: SubscribeOutcome): Outcome {
  if (s.kind === 'closed') return s.code === 4401 ? 'CLOSED_4401' : (`CLOSED_${s.code}` as Outcome);
  if (s.kind === 'error') return s.codes.includes('UNAUTHENTICATED') ? 'UNAUTHENTICATED' : s.codes.includes('FORBIDDEN') ? 'FORBIDDEN' : (`ERROR ${s.codes.join(',')}` as Outcome);
  return 'OK';
}

// ---- the world -------------------------------------------------------------------------------

const t = useTestHub({ config: { publicWritesPerAddress: 100 } });
let w: World;
const tokens = new Map<string, string>();
let cells = 0;
const messages: string[] = []; // every error and userError message any call produced

async function tokenFor(body: string, role: `${Role}` | `${Role}`[]): Promise<string> {
  const key = `${body}:${role}`;
  if (!tokens.has(key)) tokens.set(key, await t.token(body, role));
  return tokens.get(key)!;
}

async function call(query: string, variables: Record<string, unknown>, as?: { body: string; role: `${Role}` | `${Role}`[] }): Promise<RawResult> {
  const r = await post(t.url, query, variables, as ? await tokenFor(as.body, as.role) : undefined);
  for (const e of r.errors ?? []) messages.push(e.message);
  for (const value of Object.values(r.data ?? {})) {
    for (const u of (value as { userErrors?: { message: string }[] } | null)?.userErrors ?? []) messages.push(u.message);
  }
  return r;
}

type Edges = { edges: { cursor: string; node: Record<string, unknown> & { id: string } }[] };
const ids = (c: unknown) => (c as Edges).edges.map((e) => e.node);

async function discover(): Promise<World> {
  const cn = { body: 'CN', role: 'LEAD' as const };
  const r = await call(
    `{
      body(code: "330000") {
        id
        directiveInbox(first: 20) { edges { node { id directive { id } } } }
        feedbackInbox(first: 20) { edges { node { id sender { code } } } }
        directivesIssued(first: 20) { edges { node { id version public } } }
        delegationsReceived(first: 20) { edges { node { id power { code } } } }
        delegationsGranted(first: 20) { edges { node { id grantee { code } power { code } } } }
      }
      drc: body(code: "330000-DRC") { threads(first: 20) { edges { node { id subject } } } }
      power(code: "ENTERPRISE-INVESTMENT-APPROVAL") { id }
    }`,
    {},
    cn,
  );
  expect(r.errors).toBeUndefined();
  const b = r.data!.body as Record<string, unknown>;
  const issued = ids(b.directivesIssued) as { id: string; version: number; public: boolean }[];
  const granted = ids(b.delegationsGranted) as { id: string; grantee: { code: string }; power: { code: string } }[];
  const grantedTo = (code: string) => granted.find((d) => d.grantee.code === code && d.power.code === 'ENTERPRISE-INVESTMENT-APPROVAL')!.id;
  const feedback = ids(b.feedbackInbox) as { id: string; sender: { code: string } }[];
  const thread = (ids((r.data!.drc as Record<string, unknown>).threads) as { id: string; subject: string }[]).find((x) => x.subject.includes('多评合一'))!;
  const parts = await call(
    `query ($id: ID!) { node(id: $id) { ... on CoordinationThread {
        messages(first: 1) { edges { node { id } } }
        resources(first: 1) { edges { node { id } } }
        events(first: 1) { edges { node { id } } } } } }`,
    { id: thread.id },
    cn,
  );
  const cases = await call('{ toleranceCases(first: 20) { edges { node { id status subjectBody { code } } } } }', {}, { body: 'CN-DISCIPLINE', role: 'LEAD' });
  const zjOrders = await call('{ body(code: "330000") { rectificationOrdersReceived(first: 5) { edges { node { id findings { id } inspection { id } } } } } }', {}, cn);
  const zjOrder = (zjOrders.data!.body as { rectificationOrdersReceived: Edges }).rectificationOrdersReceived.edges[0].node as { id: string; findings: { id: string }[]; inspection: { id: string } };
  const caseOf = (code: string) => (ids(cases.data!.toleranceCases) as { id: string; subjectBody: { code: string } }[]).find((c) => c.subjectBody.code === code)!.id;
  const node = parts.data!.node as Record<string, unknown>;
  const dr = await call(
    `{ decisions(first: 5) { edges { node { id decisionMaker { code } procedure { id } responsibleLeader { id }
        legislativeDependencies { id }
        stages { ... on PublicConsultationStage { submissions(first: 10) { edges { node { id moderation disposition } } } } } } } } }`,
    {},
    cn,
  );
  expect(dr.errors).toBeUndefined();
  type D = { id: string; decisionMaker: { code: string }; procedure: { id: string }; responsibleLeader: { id: string } | null; legislativeDependencies: { id: string }[]; stages: { submissions?: unknown }[] };
  const decisions = ids((dr.data as Record<string, unknown>).decisions) as D[];
  const by = (code: string) => decisions.find((d) => d.decisionMaker.code === code)!;
  const submissions = ids(by('330000').stages.find((x) => x.submissions)!.submissions) as { id: string; moderation: string; disposition: string | null }[];
  const sent = await call('mutation ($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { suggestion { id } } }', { input: { toBodyCode: '330000', topic: '矩阵', text: '待审核的建议。' } });
  return {
    zjDecision: by('330000').id,
    cnDecision: by('CN-REFORM').id,
    hzDecision: by('330100').id,
    zjReceived: submissions.find((x) => x.moderation === 'RECEIVED')!.id,
    zjUnanswered: submissions.find((x) => x.moderation === 'PUBLISHED' && !x.disposition)!.id,
    cnDependency: by('CN-REFORM').legislativeDependencies[0].id,
    procedure: by('330000').procedure.id,
    post: by('330000').responsibleLeader!.id,
    zjSuggestion: ((sent.data!.submitSuggestion as { suggestion: { id: string } }).suggestion).id,
    year: new Date().getUTCFullYear(),
    body330000: b.id as string,
    power: (r.data!.power as { id: string }).id,
    zjDelegation: (ids(b.delegationsReceived) as { id: string; power: { code: string } }[]).find((d) => d.power.code === 'ENTERPRISE-INVESTMENT-APPROVAL')!.id,
    hzDelegation: grantedTo('330100'),
    nbDelegation: grantedTo('330200'),
    zjDirective: issued.find((d) => d.version === 1 && !d.public)!.id,
    zjDirectiveLatest: issued.find((d) => d.version === 2)!.id,
    receipt330000: (ids(b.directiveInbox) as { id: string }[])[0].id,
    hzFeedback: feedback.find((f) => f.sender.code === '330100')!.id,
    nbFeedback: feedback.find((f) => f.sender.code === '330200')!.id,
    approvalThread: thread.id,
    approvalMessage: ids(node.messages)[0].id,
    approvalResource: ids(node.resources)[0].id,
    approvalEvent: ids(node.events)[0].id,
    hzToleranceCase: caseOf('330100'),
    zjInspection: zjOrder.inspection.id,
    zjFinding: zjOrder.findings[0].id,
    zjOrder: zjOrder.id,
    ...(await discoverTasks()),
    ...(await discoverEvaluation()),
    ...(await discoverPilots()),
  };
}

/** The demo's two pilots of Zhejiang. */
async function discoverPilots() {
  const r = await call(`{ pilots(sponsorCode: "330000", first: 10) { edges { node { id code experiences { id } } } } }`, {}, { body: 'CN', role: 'VIEWER' });
  expect(r.errors).toBeUndefined();
  const all = ids(r.data!.pilots) as { id: string; code: string; experiences: { id: string }[] }[];
  const nb = all.find((p) => p.code === 'ZJ-PILOT-NB-ONE-THING')!;
  return { hzPilot: all.find((p) => p.code === 'ZJ-PILOT-HZ-DATA')!.id, nbPilot: nb.id, nbExperience: nb.experiences[0].id };
}

/** The demo's evaluation of Zhejiang's cities. */
async function discoverEvaluation() {
  const r = await call(
    `query ($y: Int!) {
      hz: body(code: "330100") { performance(year: $y) { id system { id weights { indicator { id code } } } components { indicator { code } observation { id } } } }
      nb: body(code: "330200") { performance(year: $y) { components { indicator { code } observation { id } } } } }`,
    { y: new Date().getUTCFullYear() },
    { body: 'CN', role: 'VIEWER' },
  );
  expect(r.errors).toBeUndefined();
  type E = { id: string; system: { id: string; weights: { indicator: { id: string; code: string } }[] }; components: { indicator: { code: string }; observation: { id: string } | null }[] };
  const hz = (r.data!.hz as { performance: E[] }).performance[0];
  const nb = (r.data!.nb as { performance: E[] }).performance[0];
  const indicator = (code: string) => hz.system.weights.find((x) => x.indicator.code === code)!.indicator.id;
  return {
    hzEvaluation: hz.id,
    zjSystem: hz.system.id,
    zjHubIndicator: indicator('ZJ-TASK-ON-TIME'),
    zjExpertIndicator: indicator('ZJ-EXPERT'),
    zjSurveyIndicator: indicator('ZJ-SATISFACTION'),
    hzObservation: hz.components.find((c) => c.indicator.code === 'ZJ-EXPERT')!.observation!.id,
    nbObservation: nb.components.find((c) => c.indicator.code === 'ZJ-EXPERT')!.observation!.id,
  };
}

/** The demo's tasks of the current year, by code. */
async function discoverTasks() {
  const year = new Date().getUTCFullYear();
  const r = await call(
    `query ($y: Int!) { tasks(under: "CN", year: $y, first: 100) { edges { node { id code } } }
      more: tasks(under: "320000", year: $y, first: 100) { edges { node { id code } } } }`,
    { y: year },
    { body: 'CN', role: 'VIEWER' },
  );
  expect(r.errors).toBeUndefined();
  const all = [...ids(r.data!.tasks), ...ids(r.data!.more)] as { id: string; code: string }[];
  const code = (c: string) => all.find((x) => x.code === `${year}-${c}`)!.id;
  const details = await call(
    `query ($hz: ID!, $nj: ID!, $top: ID!) {
      hz: node(id: $hz) { ... on ReformTask { milestones { id } reports(first: 1) { edges { node { id } } } } }
      nj: node(id: $nj) { ... on ReformTask { extensions { id } } }
      top: node(id: $top) { ... on ReformTask { funding { fund { id } } } }
      list: annualTaskList(bodyCode: "CN", year: ${year}) { id } }`,
    { hz: code('CN-02-330100'), nj: code('CN-03-320100'), top: code('CN-01') },
    { body: 'CN', role: 'VIEWER' },
  );
  expect(details.errors).toBeUndefined();
  const d = details.data as { hz: { milestones: { id: string }[]; reports: Edges }; nj: { extensions: { id: string }[] }; top: { funding: { fund: { id: string } }[] }; list: { id: string } };
  return {
    zjTask: code('CN-02-330000'),
    hzTask: code('CN-02-330100'),
    hzMilestone: d.hz.milestones[0].id,
    hzReport: ids(d.hz.reports)[0].id,
    nbTask: code('CN-02-330200'),
    nbOnTrack: code('CN-03-330200'),
    njExtension: d.nj.extensions[0].id,
    topTask: code('CN-01'),
    cnFund: d.top.funding[0].fund.id,
    cnList: d.list.id,
  };
}

beforeAll(async () => {
  w = await discover();
});

afterAll(async () => {
  const operations = Object.keys(OPERATIONS).length;
  const objectRows = Object.keys(NODES).length + Object.keys(BODY_FIELDS).length + 1; // + unfundedMandates(under:)
  const placements = Object.keys(PLACEMENTS).length;
  process.stdout.write(
    `authorization matrix: ${operations} operations × ${CALLERS.length} callers = ${operations * CALLERS.length}; ` +
      `${objectRows} object-level rows × (${placements} placements × ${ROLES.length} roles + public) = ${objectRows * (placements * ROLES.length + 1)}; ` +
      `${cells} cells executed\n`,
  );
});

// ---- the table matches the schema --------------------------------------------------------------

describe('the matrix covers the schema', () => {
  const schema = buildHubSchema();

  it('has a row for every Query, Mutation and Subscription field, and none for a field that is gone', () => {
    const fields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.keys(type!.getFields()).map((name) => `${type!.name}.${name}`),
    );
    expect(fields.filter((f) => !OPERATIONS[f]).sort(), 'fields without a row').toEqual([]);
    expect(Object.keys(OPERATIONS).filter((k) => !fields.includes(k)).sort(), 'rows without a field').toEqual([]);
  });

  it('has a row for every type implementing Node, and none for a type that is gone', () => {
    const nodeTypes = schema.getImplementations(schema.getType('Node') as never).objects.map((o) => `Node.${o.name}`);
    expect(nodeTypes.filter((n) => !NODES[n]).sort(), 'Node types without a row').toEqual([]);
    expect(Object.keys(NODES).filter((k) => !nodeTypes.includes(k)).sort(), 'rows without a type').toEqual([]);
  });

  it('has a row for every Body field, and none for a field that is gone', () => {
    const body = Object.keys((schema.getType('Body') as GraphQLObjectType).getFields()).map((f) => `Body.${f}`);
    expect(body.filter((f) => !BODY_FIELDS[f]).sort(), 'fields without a row').toEqual([]);
    expect(Object.keys(BODY_FIELDS).filter((k) => !body.includes(k)).sort(), 'rows without a field').toEqual([]);
  });

  it('expects exactly what each resolver declares (@Public / @Authenticated / @RequireRole)', () => {
    const storage = getMetadataStorage();
    const declared = new Map(storage.authorizedFields.map((a) => [`${a.target.name}.${a.fieldName}`, a.roles]));
    const mismatched: string[] = [];
    for (const op of [...storage.queries, ...storage.mutations, ...storage.subscriptions]) {
      const root = storage.queries.includes(op) ? 'Query' : storage.mutations.includes(op) ? 'Mutation' : 'Subscription';
      const key = `${root}.${op.schemaName}`;
      const roles = [...(declared.get(`${op.target.name}.${op.methodName}`) ?? [])].sort();
      const row = OPERATIONS[key]?.access;
      const expected = Array.isArray(row) ? [...row].sort() : row ? [row] : [];
      if (JSON.stringify(roles) !== JSON.stringify(expected)) mismatched.push(`${key}: declared ${roles.join('|')}, table ${expected.join('|')}`);
      // The expected outcomes follow from the declaration at the declaration layer.
      const expectRow = OPERATIONS[key]?.expect;
      if (expectRow) {
        for (const caller of CALLERS) {
          const refusedByDeclaration = caller === 'PUBLIC' ? !roles.includes(PUBLIC) : !roles.includes(PUBLIC) && !roles.includes(AUTHENTICATED) && !roles.includes(caller);
          const got = expectRow[caller];
          const tableRefuses = got === 'UNAUTHENTICATED' || got === 'FORBIDDEN' || got === 'CLOSED_4401';
          if (refusedByDeclaration !== tableRefuses) mismatched.push(`${key} for ${caller}: table says ${got}`);
        }
      }
    }
    expect(mismatched).toEqual([]);
  });
});

// ---- object level: placements -------------------------------------------------------------------
// Run first: the operations below change the demo data.

describe.each(Object.entries(NODES))('%s through node(id:) and nodes(ids:)', (key, row) => {
  const typename = key.split('.')[1];

  it('is visible to the public only when the table says so', async () => {
    cells++;
    const r = await call('query ($id: ID!) { node(id: $id) { __typename id } }', { id: row.id(w) });
    expect(r.errors).toBeUndefined();
    expect(r.data!.node).toEqual(row.visible.public ? { __typename: typename, id: row.id(w) } : null);
  });

  it.each(Object.keys(PLACEMENTS) as Placement[])('acting body placed as %s: visible per the table, for every role', async (placement) => {
    for (const role of ROLES) {
      cells++;
      const as = { body: PLACEMENTS[placement], role };
      const r = await call('query ($id: ID!) { node(id: $id) { __typename id } }', { id: row.id(w) }, as);
      expect(r.errors, `${placement} ${role}`).toBeUndefined();
      const v = row.visible[placement];
      const visible = Array.isArray(v) ? v.includes(role) : v;
      expect(r.data!.node, `${placement} ${role}`).toEqual(visible ? { __typename: typename, id: row.id(w) } : null);
      // nodes(ids:) answers the same, position by position, next to a visible object.
      const many = await call('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [w.body330000, row.id(w)] }, as);
      expect(many.data!.nodes, `${placement} ${role}`).toEqual([{ __typename: 'Body', id: w.body330000 }, r.data!.node]);
    }
  });
});

// trace(id:) shows its traced object exactly where node(id:) does; the public sees in a trace only
// the types with a public predicate and a public view (src/domains/trace/public-visibility.ts).
const TRACED_BY_THE_PUBLIC = new Set(['ReformDecision', 'Directive', 'Evaluation', 'Suggestion', 'AnnualTaskList']);
// Only the traced object: the rows run for every placement, and a node list is costed at its bound.
const TRACE = 'query ($id: ID!) { trace(id: $id, depth: 1) { root { node { __typename id } } } }';

describe.each(Object.entries(NODES))('%s through trace(id:)', (key, row) => {
  const typename = key.split('.')[1];
  const rootOf = (r: RawResult) => ((r.data!.trace as { root: { node: unknown } } | null)?.root.node ?? null) as unknown;

  it('for the public: traced only when node(id:) shows it and its type is published in traces', async () => {
    cells++;
    const r = await call(TRACE, { id: row.id(w) });
    expect(r.errors).toBeUndefined();
    expect(rootOf(r)).toEqual(row.visible.public && TRACED_BY_THE_PUBLIC.has(typename) ? { __typename: typename, id: row.id(w) } : null);
  });

  it.each(Object.keys(PLACEMENTS) as Placement[])('acting body placed as %s: traced exactly where node(id:) shows it', async (placement) => {
    cells++;
    const r = await call(TRACE, { id: row.id(w) }, { body: PLACEMENTS[placement], role: 'VIEWER' });
    expect(r.errors, placement).toBeUndefined();
    const v = row.visible[placement];
    const visible = Array.isArray(v) ? v.includes('VIEWER') : v;
    expect(rootOf(r), placement).toEqual(visible ? { __typename: typename, id: row.id(w) } : null);
  });
});

describe.each(Object.entries(BODY_FIELDS))('body(code: "330000") { %s }', (key, row) => {
  const field = key.split('.')[1];
  const schema = buildHubSchema();
  const selection = isObjectType(getNamedType((schema.getType('Body') as GraphQLObjectType).getFields()[field].type)) ? ' { __typename }' : '';
  const query = () => `{ body(code: "330000") { code ${field}${row.args?.(w) ?? ''}${selection} } }`;
  const expectVisible = (r: RawResult, visible: boolean, refusal: Outcome, what: string) => {
    expect(classify(r, 'body'), what).toBe(visible ? 'OK' : refusal);
    // A refused nested field takes the whole body with it: nothing of it leaks next to the error.
    if (!visible) expect(r.data?.body ?? null, what).toBeNull();
    else expect((r.data!.body as Record<string, unknown>)[field], what).toBeDefined();
  };

  it('for the public: visible or UNAUTHENTICATED per the table', async () => {
    cells++;
    expectVisible(await call(query(), {}), row.visible.public, 'UNAUTHENTICATED', 'public');
  });

  it.each(Object.keys(PLACEMENTS) as Placement[])('acting body placed as %s: visible or FORBIDDEN per the table, for every role', async (placement) => {
    for (const role of ROLES) {
      cells++;
      expectVisible(await call(query(), {}, { body: PLACEMENTS[placement], role }), row.visible[placement], 'FORBIDDEN', `${placement} ${role}`);
    }
  });
});

describe('unfundedMandates(under: "330000")', () => {
  it.each(Object.keys(PLACEMENTS) as Placement[])('acting body placed as %s: visible or FORBIDDEN per the table, for every role', async (placement) => {
    for (const role of ROLES) {
      cells++;
      const r = await call('query ($y: Int!) { unfundedMandates(fiscalYear: $y, under: "330000") { totalCount } }', { y: w.year }, { body: PLACEMENTS[placement], role });
      expect(classify(r, 'unfundedMandates'), `${placement} ${role}`).toBe(inJurisdiction[placement] ? 'OK' : 'FORBIDDEN');
    }
  });

  it('refuses the public with UNAUTHENTICATED', async () => {
    cells++;
    const r = await call('query ($y: Int!) { unfundedMandates(fiscalYear: $y, under: "330000") { totalCount } }', { y: w.year });
    expect(classify(r, 'unfundedMandates')).toBe('UNAUTHENTICATED');
  });
});

// ---- leaks through other paths ------------------------------------------------------------------

// Fault tolerance is read by its deciders and the subject's LEADs only, not by the jurisdiction
// tree: these placements are the deciders' (and the bodies next to them that are not).
const TOLERANCE_READERS: [string, boolean][] = [
  ['330000-DISCIPLINE', true],
  ['330000-ORG', true],
  ['CN-DISCIPLINE', true],
  ['CN-ORG', true],
  ['330000-REFORM', false],
  ['CN-REFORM', false],
  ['330000-DRC', false],
];

describe('ToleranceCase for deciders and the bodies beside them', () => {
  it.each(TOLERANCE_READERS)('%s: visible %s, for every role, through node(id:) and toleranceCases', async (body, visible) => {
    for (const role of ROLES) {
      cells++;
      const r = await call('query ($id: ID!) { node(id: $id) { __typename id } }', { id: w.hzToleranceCase }, { body, role });
      expect(r.data!.node, `${body} ${role}`).toEqual(visible ? { __typename: 'ToleranceCase', id: w.hzToleranceCase } : null);
      if (role === 'ADMIN') continue; // toleranceCases is not declared for ADMIN
      const list = await call('{ toleranceCases(first: 100) { edges { node { id } } } }', {}, { body, role });
      expect(ids(list.data!.toleranceCases).map((n) => n.id).includes(w.hzToleranceCase), `${body} ${role}`).toBe(visible);
    }
  });
});

// A discipline referral (nested in Finding) is read like a tolerance case: deciders and the
// subject body's LEADs only. The demo referred Hangzhou's formalism finding to 330000-DISCIPLINE.
const REFERRAL_READERS: [string, `${Role}`[]][] = [
  ['330000-DISCIPLINE', ['VIEWER', 'OFFICER', 'LEAD', 'ADMIN']],
  ['CN-ORG', ['VIEWER', 'OFFICER', 'LEAD', 'ADMIN']],
  ['330100', ['LEAD']],
  ['330000', []],
  ['CN', []],
  ['CN-REFORM', []],
  ['330000-REFORM', []],
];

describe('Finding.disciplineReferral for deciders, the subject and the bodies beside them', () => {
  let findingId: string;
  beforeAll(async () => {
    const r = await call('query ($id: ID!) { node(id: $id) { ... on Inspection { findings { id category } } } }', { id: w.zjInspection }, { body: 'CN-REFORM', role: 'VIEWER' });
    findingId = (r.data!.node as { findings: { id: string; category: string }[] }).findings.find((f) => f.category === 'FORMALISM')!.id;
  });

  it.each(REFERRAL_READERS)('%s: the referral is visible to the roles %j only', async (body, roles) => {
    for (const role of ROLES) {
      cells++;
      const r = await call('query ($id: ID!) { node(id: $id) { ... on Finding { id disciplineReferral { grounds } } } }', { id: findingId }, { body, role });
      expect(r.errors, `${body} ${role}`).toBeUndefined();
      const referral = (r.data!.node as { disciplineReferral: unknown } | null)?.disciplineReferral ?? null;
      expect(referral !== null, `${body} ${role}`).toBe(roles.includes(role));
    }
  });

  it('the public sees neither the finding nor its referral', async () => {
    cells++;
    const r = await call('query ($id: ID!) { node(id: $id) { ... on Finding { id disciplineReferral { grounds } } } }', { id: findingId });
    expect(r.data!.node).toBeNull();
  });
});

describe('no leak through nested fields, nodes, cursors or messages', () => {
  it('Body.powers names no delegation the caller may not see', async () => {
    const q = '{ body(code: "330000") { powers { power { code } delegation { id } } } }';
    const own = await call(q, {}, { body: '330000', role: 'VIEWER' });
    const held = (own.data!.body as { powers: { delegation: { id: string } | null }[] }).powers;
    expect(held.map((p) => p.delegation?.id)).toContain(w.zjDelegation);
    for (const as of [undefined, { body: '320000', role: 'LEAD' as const }, { body: '330100', role: 'LEAD' as const }]) {
      const r = await call(q, {}, as);
      expect(JSON.stringify(r), JSON.stringify(as)).not.toContain(w.zjDelegation);
    }
  });

  it('Delegation.parent is null where the caller may not see the parent', async () => {
    const q = 'query ($id: ID!) { node(id: $id) { ... on Delegation { id parent { id fiscalAllocation { amount } } } } }';
    const mine = await call(q, { id: w.hzDelegation }, { body: '330100', role: 'VIEWER' });
    expect(mine.data!.node).toEqual({ id: w.hzDelegation, parent: null });
    const above = await call(q, { id: w.hzDelegation }, { body: '330000', role: 'VIEWER' });
    expect(above.data!.node).toMatchObject({ id: w.hzDelegation, parent: { id: w.zjDelegation } });
  });

  it('Directive.receipts and causedBy show another jurisdiction nothing', async () => {
    const q = 'query ($id: ID!) { node(id: $id) { ... on Directive { receipts(first: 50) { totalCount edges { node { recipient { code } } } } causedBy { id } } } }';
    // 330200 receives the revision but neither sees 330100's receipt nor the feedback of 330100.
    const r = await call(q, { id: w.zjDirectiveLatest }, { body: '330200', role: 'VIEWER' });
    const d = r.data!.node as { receipts: { totalCount: number; edges: { node: { recipient: { code: string } } }[] }; causedBy: unknown };
    expect(d.receipts.edges.map((e) => e.node.recipient.code)).toEqual(['330200']);
    expect(d.receipts.totalCount).toBe(1);
    expect(d.causedBy).toBeNull();
  });

  it('a cursor of one body’s list, used on another body’s list, shows only that body’s items', async () => {
    const inbox = (code: string, after?: string) => `{ body(code: "${code}") { directiveInbox(first: 50${after ? `, after: "${after}"` : ''}) { edges { cursor node { id recipient { code } } } } } }`;
    const zj = await call(inbox('330000'), {}, { body: '330000', role: 'VIEWER' });
    const zjEdges = ((zj.data!.body as Record<string, Edges>).directiveInbox as Edges).edges;
    expect(zjEdges.length).toBeGreaterThan(0);
    // Jiangsu pages its own inbox with Zhejiang's cursor: only Jiangsu's receipts.
    const js = await call(inbox('320000', zjEdges[0].cursor), {}, { body: '320000', role: 'VIEWER' });
    expect(codesOf(js).filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
    const jsEdges = ((js.data?.body as Record<string, Edges> | undefined)?.directiveInbox as Edges | undefined)?.edges ?? [];
    for (const e of jsEdges) expect(e.node.recipient).toEqual({ code: '320000' });
    // Zhejiang's cursor does not open Jiangsu's inbox to Zhejiang.
    const cross = await call(inbox('320000', zjEdges[0].cursor), {}, { body: '330000', role: 'LEAD' });
    expect(classify(cross, 'body')).toBe('FORBIDDEN');
    // A cursor of another kind of list is refused as input, not an error.
    const threadCursor = await call('{ body(code: "330000-DRC") { threads(first: 1) { edges { cursor } } } }', {}, { body: '330000', role: 'VIEWER' });
    const tc = ((threadCursor.data!.body as Record<string, Edges>).threads as Edges).edges[0].cursor;
    const wrongKind = await call(inbox('330000', tc), {}, { body: '330000', role: 'VIEWER' });
    expect(classify(wrongKind, 'body')).toBe('BAD_INPUT');
  });

  it('directiveIssued and feedbackReceived replay only the subscriber’s own deliveries', async () => {
    const replay = encodeDeliveryCursor(0);
    const d = await trySubscribe(t.hub.wsUrl, await tokenFor('320000', 'VIEWER'), 'subscription ($a: String) { directiveIssued(after: $a) { receipt { recipient { code } } directive { issuer { code } } } }', { a: replay });
    expect(d).toMatchObject({ kind: 'next', data: { directiveIssued: { receipt: { recipient: { code: '320000' } } } } });
    // Zhejiang's feedback inbox is not Jiangsu's: nothing to replay, whatever the cursor.
    const f = await trySubscribe(t.hub.wsUrl, await tokenFor('320000', 'VIEWER'), 'subscription ($a: String) { feedbackReceived(after: $a) { feedback { recipient { code } } } }', { a: replay });
    expect(f).toEqual({ kind: 'quiet' });
  });

  it('an invisible object is refused exactly like one that does not exist, and no message names it', async () => {
    const ghost = (type: string) => toGlobalId(type, randomUUID());
    // Zhejiang's objects, touched by Jiangsu: each with the real id and with an id of nothing.
    const cases: [string, string, (id: string) => Record<string, unknown>, string][] = [
      ['acknowledgeDirective', 'Directive', (id) => ({ directiveId: id }), w.zjDirectiveLatest],
      ['markDirectiveRead', 'Directive', (id) => ({ directiveId: id }), w.zjDirectiveLatest],
      ['reviseDirective', 'Directive', (id) => ({ directiveId: id, causedByFeedbackId: w.hzFeedback, content: 'x' }), w.zjDirectiveLatest],
      ['respondToFeedback', 'Feedback', (id) => ({ feedbackId: id, resolution: 'ANSWERED', response: 'x' }), w.hzFeedback],
      ['revokeDelegation', 'Delegation', (id) => ({ delegationId: id }), w.zjDelegation],
      ['signDelegation', 'Delegation', (id) => ({ delegationId: id }), w.hzDelegation],
      ['postThreadMessage', 'CoordinationThread', (id) => ({ threadId: id, content: 'x' }), w.approvalThread],
      ['shareThreadResource', 'CoordinationThread', (id) => ({ threadId: id, title: 'x', kind: 'DOCUMENT' }), w.approvalThread],
      ['inviteThreadParticipant', 'CoordinationThread', (id) => ({ threadId: id, bodyCode: '320000-FIN' }), w.approvalThread],
      ['removeThreadParticipant', 'CoordinationThread', (id) => ({ threadId: id, bodyCode: '330000-FIN' }), w.approvalThread],
      ['escalateThread', 'CoordinationThread', (id) => ({ threadId: id, ground: 'DEADLOCK', reason: 'x' }), w.approvalThread],
      ['resolveThread', 'CoordinationThread', (id) => ({ threadId: id, resolution: 'x' }), w.approvalThread],
      ['reopenThread', 'CoordinationThread', (id) => ({ threadId: id }), w.approvalThread],
      ['submitFeedback', 'Directive', (id) => ({ kind: 'OBJECTION', content: 'x', directiveId: id }), w.zjDirective],
      ['acceptTask', 'ReformTask', (id) => ({ taskId: id }), w.zjTask],
      ['reportTaskProgress', 'ReformTask', (id) => ({ taskId: id, period: '2026-Q1', percent: '1.00', narrative: 'x' }), w.hzTask],
      ['cancelTask', 'ReformTask', (id) => ({ taskId: id, reason: 'x' }), w.hzTask],
      ['remindTask', 'ReformTask', (id) => ({ taskId: id, message: 'x' }), w.nbTask],
      ['decomposeTask', 'ReformTask', (id) => ({ parentTaskId: id, subtasks: [] }), w.zjTask],
    ];
    const schema = buildHubSchema();
    const secrets = [w.zjDirective, w.zjDirectiveLatest, w.hzFeedback, w.zjDelegation, w.hzDelegation, w.approvalThread, '多评合一', '最多跑一次', 'ENTERPRISE-INVESTMENT-APPROVAL'];
    const shape = (r: RawResult, name: string) => ({
      codes: codesOf(r),
      messages: (r.errors ?? []).map((e) => e.message),
      userErrors: (r.data?.[name] as { userErrors?: unknown[] } | null)?.userErrors ?? null,
    });
    for (const [name, type, input, realId] of cases) {
      const doc = documentFor(schema, `Mutation.${name}`);
      const as = { body: '320000', role: ['OFFICER', 'LEAD'] as `${Role}`[] };
      const real = await call(doc, { input: input(realId) }, as);
      const none = await call(doc, { input: input(ghost(type)) }, as);
      expect(shape(real, name), name).toEqual(shape(none, name));
      expect(classify(real, name), name).not.toBe('OK');
    }
    for (const s of secrets) for (const m of messages) expect(m, `a message names ${s}`).not.toContain(s);
  });
});

// ---- operations × callers -------------------------------------------------------------------------

describe('every operation for the public and each role', () => {
  const schema = buildHubSchema();
  const rows = Object.entries(OPERATIONS);

  it.each(rows.filter(([k]) => !k.startsWith('Subscription.')))('%s', async (key, row) => {
    const document = documentFor(schema, key);
    const field = key.split('.')[1];
    const got: Partial<Record<Caller, Outcome>> = {};
    for (const caller of CALLERS) {
      cells++;
      const r = await call(document, row.variables(w), caller === 'PUBLIC' ? undefined : { body: row.as, role: caller });
      got[caller] = classify(r, field);
      if (got[caller] !== row.expect[caller]) got[caller] = `${got[caller]} ${JSON.stringify(r.errors ?? r.data)}` as Outcome;
    }
    expect(got).toEqual(row.expect);
  });

  // The rows run at once, and in a row one socket per caller: a live-only stream is "OK" after a
  // quiet window, which every caller of every row then waits out together.
  it.concurrent.for(rows.filter(([k]) => k.startsWith('Subscription.')))('%s', async ([key, row], { expect }) => {
    const document = documentFor(schema, key);
    const got: Partial<Record<Caller, Outcome>> = {};
    await Promise.all(
      CALLERS.map(async (caller) => {
        cells++;
        const token = caller === 'PUBLIC' ? undefined : await tokenFor(row.as, caller);
        got[caller] = classifySubscription(await trySubscribe(t.hub.wsUrl, token, document, row.variables(w)));
      }),
    );
    expect(got).toEqual(row.expect);
  });

  it('a subscription to a thread of another jurisdiction is FORBIDDEN for every role', async () => {
    const document = documentFor(schema, 'Subscription.threadActivity');
    for (const role of ROLES) {
      const s = await trySubscribe(t.hub.wsUrl, await tokenFor('320000', role), document, { threadId: w.approvalThread });
      expect(classifySubscription(s), role).toBe('FORBIDDEN');
      if (s.kind === 'error') for (const m of s.messages) expect(m).not.toContain(w.approvalThread);
    }
  });

});
