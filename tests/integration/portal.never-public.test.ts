import { getNamedType, GraphQLObjectType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from '../../src/server/schema';
import {
  BodyPostsDocument,
  EvaluationNodeDocument,
  MarkClassifiedDocument,
  NodeDocument,
  NodesDocument,
  PublicAnnualTaskListDocument,
  PublicChangesDocument,
  PublicConsultationsDocument,
  PublicDecisionsDocument,
  PublicEvaluationsDocument,
  PublicInspectionStatsDocument,
  PublicPilotsDocument,
  PublicSuggestionsDocument,
  PublicTasksDocument,
  PublicWithdrawalsDocument,
  SubmitSuggestionDocument,
  WithdrawPublicationDocument,
} from '../generated/graphql';
import { allChanges, decisionId, suggestionsTo, taskCode, taskId, YEAR } from '../support/portal';
import { post } from '../support/raw';
import { useTestHub } from '../support/test-hub';

// CHAIN §3.7's closed list of what is never public, enforced by construction (the projections have
// no such field) and tried through every path the public has: the public queries, node, nodes,
// publicChanges and error messages.
const t = useTestHub();

// Fields that would carry an item of the list, whatever type they sat on.
const NEVER_PUBLIC_FIELDS = [
  'contact', 'email', 'phone', 'ip', 'ipAddress', 'clientKey', 'displayName', 'submitter', 'submitterType', 'withheldReason', 'moderation', // submitters
  'versions', 'draftVersions', 'text_before_adoption', 'minutes', 'votes', 'memberVotes', 'stages', 'riskAssessment', 'riskNotes', 'dimensions', // 过程性信息
  'messages', 'resources', 'participants', 'feedback', 'feedbacks', // coordination threads, feedback
  'delegations', 'proposed', // fiscal negotiation drafts
  'evidence', 'groupMembers', 'group', 'referral', 'referrals', 'findings_text', // inspections
  'toleranceCases', 'case', 'cases', // fault tolerance
  'observations', 'inputs', 'responses', 'distribution', 'survey', 'assessment', // micro-data
  'accountId', 'details', 'auditTrail', 'hash', // audit
  'holderName', 'reports', 'problems', 'challenge', 'challengeResponse', 'closingNote', 'createdBy', 'publishedBy', 'disclosureReviewedBy',
  'progressReports', 'overlapsWith', 'successCriteria', 'proposedBy', // a pilot's site reports (feedback) and internals
];

// Internal types none of which a public projection may lead to.
const INTERNAL_TYPES = [
  'Body', 'Post', 'PublicSubmission', 'ReformDecision', 'DecisionDraftVersion', 'DecisionStage', 'ReformTask', 'ProgressReport', 'Milestone', 'AnnualTaskList',
  'CoordinationThread', 'ThreadMessage', 'ThreadResource', 'Feedback', 'Directive', 'Receipt', 'Delegation', 'Inspection', 'Finding', 'DisciplineReferral',
  'RectificationOrder', 'ToleranceCase', 'Observation', 'SatisfactionSurvey', 'ThirdPartyAssessment', 'Evaluation', 'AuditEvent', 'Publication', 'Suggestion',
  'Pilot', 'PilotSite', 'ReplicableExperience',
];

describe('the public projections, by construction', () => {
  const schema = buildHubSchema();
  // publicDirectives predates the projections and still answers with the internal Directive type.
  const roots = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.name.startsWith('public') && f.name !== 'publicDirectives');
  const reachable = new Map<string, GraphQLObjectType>();
  const walk = (type: ReturnType<typeof getNamedType>) => {
    if (isInterfaceType(type) || isUnionType(type)) throw new Error(`${type.name}: an abstract type could resolve to an internal one`);
    if (!isObjectType(type) || reachable.has(type.name)) return;
    reachable.set(type.name, type);
    for (const f of Object.values(type.getFields())) walk(getNamedType(f.type));
  };
  for (const root of roots) walk(getNamedType(root.type));

  it('walks every public query (and finds the projections)', () => {
    expect(roots.map((r) => r.name).sort()).toEqual(['publicAnnualTaskList', 'publicChanges', 'publicConsultations', 'publicDecisions', 'publicEvaluations', 'publicInspectionStats', 'publicPilots', 'publicSuggestions', 'publicTasks', 'publicWithdrawals']);
    expect([...reachable.keys()]).toEqual(expect.arrayContaining(['PublicTask', 'PublicDecision', 'PublicBody', 'PublicEvaluation', 'PublicSuggestion', 'PublicChange', 'PublicTombstone', 'PublicAnnualTaskList', 'InspectionStats', 'PublicPilot', 'PublicPilotSite', 'PublicReplicableExperience']));
  });

  it('reaches only Public* types (and page info and the inspection counts), none implementing Node', () => {
    const others = [...reachable.values()].filter((t) => !t.name.startsWith('Public') && !['PageInfo', 'InspectionStats'].includes(t.name));
    expect(others.map((o) => o.name)).toEqual([]);
    expect([...reachable.values()].filter((t) => t.getInterfaces().length > 0).map((t) => t.name)).toEqual([]);
    expect([...reachable.keys()].filter((n) => INTERNAL_TYPES.includes(n))).toEqual([]);
  });

  it('has no field carrying an item of the never-public list', () => {
    const found = [...reachable.values()].flatMap((type) => Object.keys(type.getFields()).filter((f) => NEVER_PUBLIC_FIELDS.includes(f)).map((f) => `${type.name}.${f}`));
    expect(found).toEqual([]);
    // The check bites: the internal types do carry these fields.
    expect(Object.keys((schema.getType('PublicSubmission') as GraphQLObjectType).getFields())).toContain('withheldReason');
    expect(Object.keys((schema.getType('Post') as GraphQLObjectType).getFields())).toContain('holderName');
    expect(Object.keys((schema.getType('Pilot') as GraphQLObjectType).getFields())).toContain('progressReports');
  });
});

describe('through every path the public has', () => {
  let ningbo: string; // unpublished
  let withdrawnTask: string; // published, then withdrawn (demo)
  let classified: string; // Hangzhou's draft decision, marked classified
  let withdrawnEvaluation: string;
  let unpublishedSuggestion: string;
  let publicResponses: string;
  let holderNames: string[];

  beforeAll(async () => {
    ningbo = await taskId(t, taskCode(2, '330200'));
    withdrawnTask = await taskId(t, taskCode(10, '330100'));
    classified = await decisionId(t, '330100');
    expect((await t.run(MarkClassifiedDocument, { input: { id: classified } }, '330100:LEAD')).data!.markClassified.userErrors).toEqual([]);
    const evaluations = await t.run(PublicEvaluationsDocument, { year: YEAR, first: 50 });
    withdrawnEvaluation = evaluations.data!.publicEvaluations.edges.find((e) => e.node.body.code === '330100')!.node.id;
    expect((await t.run(WithdrawPublicationDocument, { input: { id: withdrawnEvaluation, reason: '评估口径调整，待重新发布。' } }, '330000:LEAD')).data!.withdrawPublication.userErrors).toEqual([]);
    const sent = await t.run(SubmitSuggestionDocument, { input: { toBodyCode: '330000', topic: '不公开的建议', text: '含个人信息的建议正文（未审核）。', displayName: '张三', contact: 'zhangsan@example.cn' } });
    expect(sent.data!.submitSuggestion.userErrors).toEqual([]);
    unpublishedSuggestion = sent.data!.submitSuggestion.suggestion!.id;
    expect((await suggestionsTo(t, '330000')).find((s) => s.id === unpublishedSuggestion)!.moderation).toBe('RECEIVED');
    holderNames = ((await t.run(BodyPostsDocument, { code: 'CN-REFORM' }, 'CN-REFORM:VIEWER')).data!.body!.posts.map((p) => p.holderName).filter(Boolean) as string[]);
    expect(holderNames.length).toBeGreaterThan(0);
    // Everything the public portal answers, as one text.
    const all = await Promise.all([
      t.run(PublicDecisionsDocument, { first: 100 }),
      t.run(PublicConsultationsDocument, { first: 100 }),
      t.run(PublicTasksDocument, { first: 100 }),
      t.run(PublicTasksDocument, { first: 100, after: null, bodyCode: '330000' }),
      t.run(PublicAnnualTaskListDocument, { bodyCode: 'CN', year: YEAR }),
      t.run(PublicEvaluationsDocument, { year: YEAR, first: 100 }),
      t.run(PublicInspectionStatsDocument, { bodyCode: 'CN', year: YEAR }),
      t.run(PublicSuggestionsDocument, { first: 100 }),
      t.run(PublicWithdrawalsDocument, { first: 100 }),
      t.run(PublicChangesDocument, { first: 100 }),
      t.run(PublicPilotsDocument, { first: 100 }),
    ]);
    for (const r of all) expect(r.errors).toBeUndefined();
    publicResponses = JSON.stringify(all.map((r) => r.data));
  });

  it('never shows contact data, holder names or the texts of withheld things', () => {
    expect(publicResponses.length).toBeGreaterThan(1000);
    expect(publicResponses).not.toContain('@example.cn');
    expect(publicResponses).not.toContain('张三');
    expect(publicResponses).not.toContain('含个人信息的建议正文');
    for (const name of holderNames) expect(publicResponses).not.toContain(name);
    // The published Ningbo pilot is there; no site's progress report (feedback text) is.
    expect(publicResponses).toContain('ZJ-PILOT-NB-ONE-THING');
    expect(publicResponses).not.toContain('首批三家运营单位');
  });

  it('never lists an unpublished, classified or withdrawn object in the public queries (a withdrawn one only as a tombstone or a change)', async () => {
    for (const id of [ningbo, classified, unpublishedSuggestion]) expect(publicResponses).not.toContain(id);
    const lists = JSON.stringify(
      (await Promise.all([t.run(PublicTasksDocument, { first: 100 }), t.run(PublicEvaluationsDocument, { year: YEAR, first: 100 }), t.run(PublicDecisionsDocument, { first: 100 })])).map((r) => r.data),
    );
    expect(lists).not.toContain(withdrawnTask);
    expect(lists).not.toContain(withdrawnEvaluation);
    expect(lists).toContain('"code"'); // the lists are not empty
  });

  it('answers null through node and nodes for each of them, as for a missing id', async () => {
    for (const id of [ningbo, withdrawnTask, classified, withdrawnEvaluation, unpublishedSuggestion]) {
      const r = await t.run(NodeDocument, { id });
      expect(r.errors, id).toBeUndefined();
      expect(r.data!.node, id).toBeNull();
    }
    const many = await t.run(NodesDocument, { ids: [ningbo, withdrawnTask, classified, withdrawnEvaluation, unpublishedSuggestion] });
    expect(many.errors).toBeUndefined();
    expect(many.data!.nodes).toEqual([null, null, null, null, null]);
    // Inside its jurisdiction the withdrawn evaluation is still there, FINAL.
    expect((await t.run(EvaluationNodeDocument, { id: withdrawnEvaluation }, '330000:VIEWER')).data!.node).toMatchObject({ status: 'FINAL' });
  });

  it('shows in publicChanges only publications and withdrawals: never the classified or unpublished object, a withdrawn one with its reason', async () => {
    const changes = await allChanges(t);
    const ids = changes.map((c) => c.node.subjectId);
    expect(ids).not.toContain(ningbo);
    expect(ids).not.toContain(classified);
    expect(ids).not.toContain(unpublishedSuggestion);
    const w = changes.filter((c) => c.node.subjectId === withdrawnEvaluation);
    expect(w.map((c) => [c.node.kind, c.node.reason])).toEqual([['WITHDRAWN', '评估口径调整，待重新发布。']]);
  });
});

describe('the versions of a public directive', () => {
  // publicDirectives answers the internal Directive: its supersedes and revisions must not lead the
  // public (or anyone) to a version it may not read, e.g. one whose publication was withdrawn.
  it('never lead to a version the caller may not read', async () => {
    const lead = await t.token('330000', 'LEAD');
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
      const r = await post(t.url, query, variables, token);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data as T;
    };
    const issued = await gql<{ issueDirective: { directive: { id: string } } }>(
      'mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) { directive { id } } }',
      { input: { title: '公开指令第一版', content: '第一版正文。', recipientCodes: ['330100'], public: true } },
      lead,
    );
    const versions = [issued.issueDirective.directive.id];
    for (const n of [2, 3]) {
      const fb = await gql<{ submitFeedback: { feedback: { id: string } } }>(
        'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { feedback { id } } }',
        { input: { kind: 'SUGGESTION', content: `第${n}版的意见。`, directiveId: versions[versions.length - 1] } },
        await t.token('330100', 'OFFICER'),
      );
      const revised = await gql<{ reviseDirective: { directive: { id: string } } }>(
        'mutation ($input: ReviseDirectiveInput!) { reviseDirective(input: $input) { directive { id } } }',
        { input: { directiveId: versions[versions.length - 1], causedByFeedbackId: fb.submitFeedback.feedback.id, content: `第${n}版正文。` } },
        lead,
      );
      versions.push(revised.reviseDirective.directive.id);
    }
    const [first, second, third] = versions;
    await gql('mutation ($input: WithdrawPublicationInput!) { withdrawPublication(input: $input) { userErrors { code } } }', { input: { id: second, reason: '第二版撤回公开。' } }, lead);

    const read = `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Directive { id content supersedes { id content } revisions { id content } } } }`;
    type V = { id: string; content: string; supersedes: { id: string } | null; revisions: { id: string }[] } | null;
    const asPublic = (await gql<{ nodes: V[] }>(read, { ids: versions })).nodes;
    expect(asPublic.map((v) => v?.id ?? null)).toEqual([first, null, third]);
    expect(JSON.stringify(asPublic)).not.toContain('第2版正文');
    expect(asPublic[2]!.supersedes).toBeNull();
    expect(asPublic[0]!.revisions.map((v) => v.id)).toEqual([third]);
    // Its issuer still reads every version, linked.
    const asIssuer = (await gql<{ nodes: V[] }>(read, { ids: versions }, lead)).nodes;
    expect(asIssuer[2]!.supersedes?.id).toBe(second);
    expect(asIssuer[0]!.revisions.map((v) => v.id)).toEqual([second, third]);
  });
});
