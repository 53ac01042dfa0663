import { describe, expect, it } from 'vitest';
import { adoptRoutine, draft } from '../support/decisions';
import { post } from '../support/raw';
import { acceptTask, createTask, decompose } from '../support/tasks';
import { inDays, useTestHub } from '../support/test-hub';

// Fields that lead from an object the caller may read to others: each target is shown only when
// the caller may read it by its own rule (what node(id) would answer), never because its source is.

const t = useTestHub({ settled: true });

async function gql<T>(query: string, variables: Record<string, unknown>, as?: string): Promise<T> {
  const token = as ? await t.token(as.split(':')[0], as.split(':')[1].split('+') as never) : undefined;
  const r = await post(t.url, query, variables, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

describe('ReformTask.children', () => {
  it('shows a co-executor’s side only the subtasks its jurisdiction reaches; the executor’s side and the assigner all of them', async () => {
    const task = await createTask(t.testHub, '330000:LEAD', { title: '协办任务', executorCode: '330100', coExecutorCodes: ['330200'] });
    await acceptTask(t.testHub, '330100:LEAD', task.id);
    const [inHangzhou] = await decompose(t.testHub, '330100:LEAD', task.id, [{ title: '杭州的子任务', target: '完成', executorCode: '330100-FIN', deadline: inDays(30) }]);
    const read = 'query ($id: ID!) { node(id: $id) { ... on ReformTask { children { totalCount edges { node { id title } } } } } }';
    type R = { node: { children: { totalCount: number; edges: { node: { id: string } }[] } } | null };
    // Ningbo (330200) co-executes the parent and reads it, but not Hangzhou's subtask.
    const ningbo = await gql<R>(read, { id: task.id }, '330200:OFFICER');
    expect(ningbo.node).not.toBeNull();
    expect(ningbo.node!.children).toEqual({ totalCount: 0, edges: [] });
    expect((await gql<{ node: unknown }>('query ($id: ID!) { node(id: $id) { id } }', { id: inHangzhou.id }, '330200:OFFICER')).node).toBeNull();
    for (const as of ['330100:VIEWER', '330000:VIEWER']) {
      const seen = await gql<R>(read, { id: task.id }, as);
      expect(seen.node!.children.totalCount, as).toBe(1);
      expect(seen.node!.children.edges.map((e) => e.node.id), as).toEqual([inHangzhou.id]);
    }
  });
});

describe('Feedback.directive', () => {
  it('is null for the sender’s side once the public directive it was about is withdrawn from publication', async () => {
    // Jiangsu's public directive, read in Zhejiang, which writes to Jiangsu about it.
    const issued = await gql<{ issueDirective: { directive: { id: string } } }>(
      'mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) { directive { id } } }',
      { input: { title: '江苏公开指令', content: '公开正文。', recipientCodes: ['320100'], public: true } },
      '320000:LEAD',
    );
    const directiveId = issued.issueDirective.directive.id;
    const sent = await gql<{ submitFeedback: { feedback: { id: string } | null; userErrors: unknown[] } }>(
      'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { feedback { id } userErrors { code } } }',
      { input: { kind: 'SUGGESTION', content: '借鉴意见。', directiveId } },
      '330100:OFFICER',
    );
    expect(sent.submitFeedback.userErrors).toEqual([]);
    const read = 'query ($id: ID!) { node(id: $id) { ... on Feedback { id directive { id content } } } }';
    type R = { node: { directive: { id: string } | null } | null };
    expect((await gql<R>(read, { id: sent.submitFeedback.feedback!.id }, '330100:VIEWER')).node!.directive?.id).toBe(directiveId);

    await gql('mutation ($input: WithdrawPublicationInput!) { withdrawPublication(input: $input) { userErrors { code } } }', { input: { id: directiveId, reason: '撤回公开。' } }, '320000:LEAD');
    expect((await gql<{ node: unknown }>('query ($id: ID!) { node(id: $id) { id } }', { id: directiveId }, '330100:VIEWER')).node).toBeNull();
    const after = await gql<R>(read, { id: sent.submitFeedback.feedback!.id }, '330100:VIEWER');
    expect(after.node).not.toBeNull();
    expect(after.node!.directive).toBeNull();
    // The issuer, to whom the feedback was written, still reads both.
    expect((await gql<R>(read, { id: sent.submitFeedback.feedback!.id }, '320000:VIEWER')).node!.directive?.id).toBe(directiveId);
  });
});

describe('ReformDecision.directives', () => {
  it('lists to each caller only the directives of an adopted decision it may read (the decision is public, its directive is not)', async () => {
    const adopted = await adoptRoutine(t, { directives: [{ title: '内部执行通知', content: '内部正文。', recipientCodes: ['330000'] }] });
    expect(adopted.directives.totalCount).toBe(1);
    const read = 'query ($id: ID!) { node(id: $id) { ... on ReformDecision { status directives { totalCount edges { node { id content } } } } } }';
    type R = { node: { status: string; directives: { totalCount: number; edges: { node: { id: string } }[] } } | null };
    for (const as of [undefined, '320000:VIEWER']) {
      const r = await gql<R>(read, { id: adopted.id }, as);
      expect(r.node?.status, as).toBe('ADOPTED');
      expect(r.node!.directives, as).toEqual({ totalCount: 0, edges: [] });
    }
    // The recipient's jurisdiction and the issuer's read it.
    for (const as of ['330000:VIEWER', 'CN-REFORM:VIEWER']) expect((await gql<R>(read, { id: adopted.id }, as)).node!.directives.totalCount, as).toBe(1);
  });
});

describe('LegislativeDependency.decision', () => {
  it('is null for the owning legal-affairs body when it may not read the (draft) decision', async () => {
    const d = await draft(t, { title: '国家层面的起草中决策' });
    const added = await gql<{ addLegislativeDependency: { dependency: { id: string; decision: { id: string } | null } } }>(
      'mutation ($input: AddLegislativeDependencyInput!) { addLegislativeDependency(input: $input) { dependency { id decision { id } } userErrors { code } } }',
      { input: { decisionId: d.id, instrument: '《浙江省某条例》', change: '授权暂停适用。', ownerCode: '330000-LEGAL' } },
      'CN-NDRC:OFFICER+LEAD',
    );
    expect(added.addLegislativeDependency.dependency.decision?.id).toBe(d.id);
    // Zhejiang's legal-affairs office owns the change and moves it, but cannot read the national draft.
    expect((await gql<{ node: unknown }>('query ($id: ID!) { node(id: $id) { id } }', { id: d.id }, '330000-LEGAL:LEAD')).node).toBeNull();
    const updated = await gql<{ updateLegislativeDependency: { dependency: { status: string; decision: { id: string; title: string } | null }; userErrors: unknown[] } }>(
      'mutation ($input: UpdateLegislativeDependencyInput!) { updateLegislativeDependency(input: $input) { dependency { status decision { id title } } userErrors { code } } }',
      { input: { dependencyId: added.addLegislativeDependency.dependency.id, status: 'DRAFTING' } },
      '330000-LEGAL:LEAD',
    );
    expect(updated.updateLegislativeDependency.userErrors).toEqual([]);
    expect(updated.updateLegislativeDependency.dependency).toEqual({ status: 'DRAFTING', decision: null });
  });
});
