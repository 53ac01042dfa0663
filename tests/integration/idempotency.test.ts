import { describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CreateBodyDocument,
  DefinePowerDocument,
  DelegatePowerDocument,
  IssueDirectiveDocument,
  OpenCoordinationThreadDocument,
  PostThreadMessageDocument,
  ShareThreadResourceDocument,
  SubmitFeedbackDocument,
} from '../generated/graphql';
import { expectUserErrors, useTestHub } from '../support/test-hub';

const t = useTestHub();

type Created = Record<string, { userErrors: { code: string }[] } & Record<string, unknown>>;

/** Fires the same request with the same key six times at once; exactly one object must result. */
async function race(document: TypedDocumentNode<unknown, { input: Record<string, unknown> }>, input: Record<string, unknown>, as: string, field: string, table: string) {
  const before = Number((await t.hub.db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const results = await Promise.all(Array.from({ length: 6 }, () => t.run(document, { input: { ...input, idempotencyKey: `race-${field}` } }, as)));
  const payloads = results.map((r) => Object.values((r.data ?? {}) as Created)[0]);
  expect(results.map((r) => r.errors)).toEqual(Array(6).fill(undefined));
  expect(payloads.every((p) => p.userErrors.length === 0)).toBe(true);
  const ids = new Set(payloads.map((p) => (p[field] as { id: string }).id));
  expect(ids.size).toBe(1);
  const after = Number((await t.hub.db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  expect(after - before).toBe(1);
  return [...ids][0];
}

describe('every creating mutation honours idempotencyKey, also when retries race', () => {
  it('createBody', async () => {
    await race(CreateBodyDocument as never, { code: '330100-EDU', name: '杭州市教育局', level: 'MUNICIPAL', kind: 'DEPARTMENT', parentCode: '330100' }, '330000:ADMIN', 'body', 'body');
  });

  it('definePower and delegatePower', async () => {
    await race(DefinePowerDocument as never, { code: 'IDEMPOTENT-POWER', title: '幂等事权', field: 'testing' }, 'CN-NDRC:LEAD', 'power', 'power');
    await race(DelegatePowerDocument as never, { powerCode: 'IDEMPOTENT-POWER', toBodyCode: '330000', fiscalAllocation: { amount: '5.00', fiscalYear: 2030 } }, 'CN-NDRC:LEAD', 'delegation', 'delegation');
  });

  it('issueDirective and submitFeedback', async () => {
    await race(IssueDirectiveDocument as never, { title: '幂等指令', content: '内容', recipientCodes: ['330100', '330200'] }, '330000:LEAD', 'directive', 'directive');
    await race(SubmitFeedbackDocument as never, { kind: 'PROGRESS', content: '幂等反馈' }, '330100:OFFICER', 'feedback', 'feedback');
  });

  it('openCoordinationThread, postThreadMessage and shareThreadResource', async () => {
    const threadId = await race(
      OpenCoordinationThreadDocument as never,
      { subject: '幂等协调', leadBodyCode: '330000-DRC', participantCodes: ['330000-FIN'], dueAt: new Date(Date.now() + 86_400_000).toISOString() },
      '330000-DRC:LEAD',
      'thread',
      'coordination_thread',
    );
    await race(PostThreadMessageDocument as never, { threadId, content: '幂等消息' }, '330000-FIN:OFFICER', 'message', 'thread_message');
    await race(ShareThreadResourceDocument as never, { threadId, title: '方案', kind: 'DOCUMENT', uri: 'https://example.org/plan.pdf' }, '330000-FIN:OFFICER', 'resource', 'thread_resource');
  });

  it('refuses a key reused for a different request', async () => {
    const input = { title: '第一次', content: '内容', recipientCodes: ['330300'], idempotencyKey: 'reused' };
    const first = await t.run(IssueDirectiveDocument, { input }, '330000:LEAD');
    expect(first.data?.issueDirective.userErrors).toEqual([]);
    const second = await t.run(IssueDirectiveDocument, { input: { ...input, title: '第二次' } }, '330000:LEAD');
    expectUserErrors(second, ['IDEMPOTENCY_KEY_REUSED']);
  });
});
