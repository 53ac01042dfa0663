import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BodyCoverageDocument,
  BodySearchDocument,
  ChildrenFilteredDocument,
  ChildrenFilteredTreeDocument,
  DelegatePowerDocument,
  DelegationCoverageDocument,
  FeedbackInboxFilteredDocument,
  InboxFilteredDocument,
  IssueDirectiveDocument,
  IssuedFilteredDocument,
  PowerSearchDocument,
  RedelegateFromDocument,
  RevokeDelegationByIdDocument,
  SignDelegationByIdDocument,
  SubmitFeedbackDocument,
  ThreadsOrderedDocument,
  AcknowledgeDirectiveDocument,
  MarkDirectiveReadDocument,
  ReceiptsFilteredDocument,
  ReceiptsPagedDocument,
  IssuedWithPendingReceiptsDocument,
} from '../generated/graphql';
import { errorCodes } from '../support/client';
import { allocation, definePower, delegate, YEAR } from '../support/powers';
import { openThread, post } from '../support/threads';
import { inDays, useTestHub } from '../support/test-hub';

// What an outside integrator ran into (issue #17): id variables, exact numbers, filters, orders.

const t = useTestHub();

describe('delegation ids are ID inputs', () => {
  it('signs, re-delegates from and revokes a delegation through `$id: ID!` variables', async () => {
    const code = await definePower(t, '1000000.00');
    const proposed = await t.run(DelegatePowerDocument, { input: { powerCode: code, toBodyCode: '330000', fiscalAllocation: allocation('1000.00'), estimatedCost: '1000.00' } }, 'CN-NDRC:OFFICER');
    const id = proposed.data!.delegatePower.delegation!.id;
    expect(proposed.data?.delegatePower.delegation?.status).toBe('PROPOSED');

    const signed = await t.run(SignDelegationByIdDocument, { id }, 'CN-NDRC:LEAD');
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.signDelegation).toMatchObject({ delegation: { id, status: 'ACTIVE' }, userErrors: [] });

    const child = await t.run(RedelegateFromDocument, { parent: id, powerCode: code, to: '330100', amount: '400.00', year: YEAR, estimate: '400.00' }, '330000:LEAD');
    expect(child.errors).toBeUndefined();
    expect(child.data?.delegatePower.delegation).toMatchObject({ status: 'ACTIVE', parent: { id } });

    const revoked = await t.run(RevokeDelegationByIdDocument, { id, reason: '测试' }, 'CN-NDRC:LEAD');
    expect(revoked.data?.revokeDelegation).toMatchObject({ delegation: { id, status: 'REVOKED' }, userErrors: [] });
  });

  it('still refuses an id of another type, changing nothing', async () => {
    const bodyId = Buffer.from('hub:v1:Body:00000000-0000-0000-0000-000000000000').toString('base64url');
    const r = await t.unchanged(() => t.run(SignDelegationByIdDocument, { id: bodyId }, 'CN-NDRC:LEAD'));
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('exact numbers', () => {
  it('gives coverage as an exact decimal next to the deprecated float, uncapped', async () => {
    const code = await definePower(t, '1000000.00');
    const threeQuarters = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '320000', fiscalAllocation: allocation('300000.00'), estimatedCost: '400000.00' });
    const third = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '340000', fiscalAllocation: allocation('1.00'), estimatedCost: '3.00' });
    const huge = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '350000', fiscalAllocation: allocation('5000000.00'), estimatedCost: '1000.00' });
    const read = async (id: string) => {
      const node = (await t.run(DelegationCoverageDocument, { id }, 'CN:VIEWER')).data?.node;
      return node && 'coverageDecimal' in node ? { coverage: node.coverage, coverageDecimal: node.coverageDecimal } : null;
    };
    expect(await read(threeQuarters.id)).toEqual({ coverage: 0.75, coverageDecimal: '0.75' });
    expect(await read(third.id)).toEqual({ coverage: 0.333333, coverageDecimal: '0.333333333333333333' });
    // The float is capped at 2000 (its stored sort key); the decimal is not.
    expect(await read(huge.id)).toEqual({ coverage: 2000, coverageDecimal: '5000' });

    const fiscal = await t.run(BodyCoverageDocument, { code: '340000', fiscalYear: YEAR }, '340000:VIEWER');
    expect(fiscal.data?.body?.fiscalCoverage).toMatchObject({ allocated: '1.00', estimatedCost: '3.00', coverageDecimal: '0.333333333333333333' });
  });

  it('takes the largest amount exactly and refuses what it would have to round or cap, changing nothing', async () => {
    const code = await definePower(t, '1.00');
    const largest = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '330000', fiscalAllocation: allocation('90071992547409.91'), estimatedCost: '90071992547409.91' });
    expect(largest.fiscalAllocation?.amount).toBe('90071992547409.91');
    const normalised = await delegate(t, 'CN-NDRC:LEAD', { powerCode: code, toBodyCode: '320000', fiscalAllocation: allocation('12.5'), estimatedCost: '25' });
    expect(normalised).toMatchObject({ fiscalAllocation: { amount: '12.50' }, estimatedCost: '25.00' });

    await t.unchanged(async () => {
      for (const amount of ['90071992547409.92', '1.005', '1e3', '-1.00', '1,000.00', ' 1.00']) {
        const r = await t.run(DelegatePowerDocument, { input: { powerCode: code, toBodyCode: '340000', fiscalAllocation: allocation(amount) } }, 'CN-NDRC:LEAD');
        expect(errorCodes(r), amount).toEqual(['BAD_USER_INPUT']);
      }
    });
  });
});

describe('filters, search and order', () => {
  it('lists a province’s governments apart from its departments (Body.children kind and level)', async () => {
    const all = await t.run(ChildrenFilteredDocument, { code: '330000', first: 100 });
    const governments = await t.run(ChildrenFilteredDocument, { code: '330000', kind: 'GOVERNMENT', first: 100 });
    const sameLevel = await t.run(ChildrenFilteredDocument, { code: '330000', level: 'PROVINCIAL', first: 100 });
    const allEdges = all.data!.body!.children.edges.map((e) => e.node);
    expect(governments.data?.body?.children.totalCount).toBe(11);
    expect(governments.data?.body?.children.edges.every((e) => e.node.kind === 'GOVERNMENT' && e.node.level === 'MUNICIPAL')).toBe(true);
    expect(sameLevel.data?.body?.children.edges.map((e) => e.node.code)).toEqual(allEdges.filter((b) => b.level === 'PROVINCIAL').map((b) => b.code));
    expect(sameLevel.data!.body!.children.totalCount + 11).toBe(all.data!.body!.children.totalCount);
    expect(sameLevel.data!.body!.children.totalCount).toBeGreaterThan(0);
  });

  it('orders children and bodies by name, paging without gaps or repeats', async () => {
    const byName: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = await t.run(ChildrenFilteredDocument, { code: '330000', kind: 'GOVERNMENT', orderBy: 'NAME', first: 4, after });
      byName.push(...page.data!.body!.children.edges.map((e) => e.node.name));
      if (!page.data!.body!.children.pageInfo.hasNextPage) break;
      after = page.data!.body!.children.pageInfo.endCursor;
    }
    expect(byName).toHaveLength(11);
    expect(byName).toEqual([...byName].sort());
    const byCode = (await t.run(ChildrenFilteredDocument, { code: '330000', kind: 'GOVERNMENT', first: 100 })).data!.body!.children.edges.map((e) => e.node.name);
    expect(byCode).not.toEqual(byName);

    const forward = await t.run(BodySearchDocument, { level: 'PROVINCIAL', kind: 'GOVERNMENT', orderBy: 'NAME', first: 31 });
    const names = forward.data!.bodies.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort());
    const back = await t.run(BodySearchDocument, { level: 'PROVINCIAL', kind: 'GOVERNMENT', orderBy: 'NAME', last: 5, before: forward.data!.bodies.pageInfo.endCursor });
    expect(back.data!.bodies.edges.map((e) => e.node.name)).toEqual(names.slice(25, 30));
    // A cursor of the code order is not one of the name order.
    const codeCursor = (await t.run(BodySearchDocument, { first: 1 })).data!.bodies.pageInfo.endCursor;
    expect(errorCodes(await t.run(BodySearchDocument, { orderBy: 'NAME', first: 1, after: codeCursor }))).toEqual(['BAD_USER_INPUT']);
  });

  it('searches bodies by part of the name or the start of the code, ignoring case', async () => {
    const byName = await t.run(BodySearchDocument, { search: '杭州', first: 50 });
    expect(byName.data?.bodies.edges.map((e) => e.node.code)).toEqual(expect.arrayContaining(['330100']));
    expect(byName.data?.bodies.edges.every((e) => e.node.name.includes('杭州'))).toBe(true);
    const byCode = await t.run(BodySearchDocument, { search: '3301', first: 50 });
    expect(byCode.data?.bodies.edges.map((e) => e.node.code)).toContain('330100');
    expect(byCode.data?.bodies.edges.every((e) => e.node.code.startsWith('3301'))).toBe(true);
    expect(byCode.data?.bodies.totalCount).toBeGreaterThanOrEqual(4);
    const lower = await t.run(BodySearchDocument, { search: 'cn-n', first: 10 });
    expect(lower.data?.bodies.edges.map((e) => e.node.code)).toContain('CN-NDRC');
    // LIKE wildcards are taken literally.
    expect((await t.run(BodySearchDocument, { search: '%', first: 5 })).data?.bodies.totalCount).toBe(0);
    expect((await t.run(BodySearchDocument, { search: '33_1', first: 5 })).data?.bodies.totalCount).toBe(0);
    expect(errorCodes(await t.run(BodySearchDocument, { search: '  ' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await t.run(BodySearchDocument, { search: 'x'.repeat(101) }))).toEqual(['BAD_USER_INPUT']);
  });

  it('searches powers by title or code', async () => {
    const r = await t.run(PowerSearchDocument, { search: 'licensing', first: 20 });
    expect(r.data?.powers.edges.map((e) => e.node.code)).toContain('DRUG-RETAIL-LICENSING');
    expect(r.data?.powers.edges.every((e) => e.node.code.includes('LICENSING') || e.node.title.toLowerCase().includes('licensing'))).toBe(true);
  });

  it('filters inboxes by priority and feedback by kind', async () => {
    await t.run(IssueDirectiveDocument, { input: { title: '紧急指令', content: '内容', recipientCodes: ['330200'], priority: 'URGENT' } }, '330000:LEAD');
    await t.run(IssueDirectiveDocument, { input: { title: '常规指令', content: '内容', recipientCodes: ['330200'], priority: 'ROUTINE' } }, '330000:LEAD');
    const urgent = await t.run(InboxFilteredDocument, { code: '330200', priority: 'URGENT', first: 50 }, '330200:VIEWER');
    expect(urgent.data?.body?.directiveInbox.edges.map((e) => e.node.directive.priority)).toContain('URGENT');
    expect(urgent.data?.body?.directiveInbox.edges.every((e) => e.node.directive.priority === 'URGENT')).toBe(true);
    const issued = await t.run(IssuedFilteredDocument, { code: '330000', priority: 'ROUTINE', first: 50 }, '330000:VIEWER');
    expect(issued.data?.body?.directivesIssued.edges.map((e) => e.node.title)).toContain('常规指令');
    expect(issued.data?.body?.directivesIssued.edges.every((e) => e.node.priority === 'ROUTINE')).toBe(true);

    await t.run(SubmitFeedbackDocument, { input: { kind: 'OBJECTION', content: '异议一', toBodyCode: '330000' } }, '330200:OFFICER');
    await t.run(SubmitFeedbackDocument, { input: { kind: 'PROGRESS', content: '进展一', toBodyCode: '330000' } }, '330200:OFFICER');
    const objections = await t.run(FeedbackInboxFilteredDocument, { code: '330000', kind: 'OBJECTION', first: 50 }, '330000:VIEWER');
    expect(objections.data?.body?.feedbackInbox.edges.map((e) => e.node.content)).toContain('异议一');
    expect(objections.data?.body?.feedbackInbox.edges.every((e) => e.node.kind === 'OBJECTION')).toBe(true);
  });
});

describe('who to chase: receipts filtered by read and acknowledged', () => {
  it('lists the recipients that have not acknowledged, for the issuer and from above, in constant statements', async () => {
    const issued = await t.run(IssueDirectiveDocument, { input: { title: '全省确认', content: '内容', audienceLevel: 'MUNICIPAL', requiresAcknowledgement: true } }, '330000:LEAD');
    const id = issued.data!.issueDirective.directive!.id;
    for (const code of ['330100', '330200', '330300']) await t.run(AcknowledgeDirectiveDocument, { input: { directiveId: id } }, `${code}:OFFICER`);
    for (const code of ['330400', '330500']) await t.run(MarkDirectiveReadDocument, { input: { directiveId: id } }, `${code}:VIEWER`);
    const receipts = async (vars: { read?: boolean; acknowledged?: boolean }, as = '330000:VIEWER') => {
      const node = (await t.run(ReceiptsFilteredDocument, { id, first: 100, ...vars }, as)).data?.node;
      return node && 'receipts' in node ? node.receipts : null;
    };
    const pending = await receipts({ acknowledged: false });
    expect(pending?.totalCount).toBe(8);
    expect(pending?.edges.every((e) => e.node.acknowledgedAt === null)).toBe(true);
    expect(pending?.edges.map((e) => e.node.recipient.code)).not.toContain('330100');
    expect((await receipts({ acknowledged: true }))?.edges.map((e) => e.node.recipient.code).sort()).toEqual(['330100', '330200', '330300']);
    expect((await receipts({ read: true, acknowledged: false }))?.edges.map((e) => e.node.recipient.code).sort()).toEqual(['330400', '330500']);
    expect((await receipts({ read: false }))?.totalCount).toBe(6);
    // From above the issuer (the centre), the same answer through the jurisdiction path.
    expect((await receipts({ acknowledged: false }, 'CN:VIEWER'))?.totalCount).toBe(8);

    const small = await t.run(IssuedWithPendingReceiptsDocument, { code: '330000', first: 1, childrenFirst: 5 }, '330000:VIEWER');
    const large = await t.run(IssuedWithPendingReceiptsDocument, { code: '330000', first: 20, childrenFirst: 5 }, '330000:VIEWER');
    expect(large.errors).toBeUndefined();
    const pages = large.data!.body!.directivesIssued.edges.map((e) => e.node.receipts);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.some((p) => p.edges.length > 0) && pages.every((p) => p.edges.every((e) => e.node.acknowledgedAt === null))).toBe(true);
    expect(small.extensions?.sqlStatements).toBe(large.extensions?.sqlStatements);
  });

  it('pages a directive’s receipts without a gap or a repeat, for the issuer and from above', async () => {
    const issued = await t.run(IssueDirectiveDocument, { input: { title: '分页回执', content: '内容', audienceLevel: 'MUNICIPAL' } }, '330000:LEAD');
    const id = issued.data!.issueDirective.directive!.id;
    for (const as of ['330000:VIEWER', 'CN:VIEWER']) {
      const page = async (first: number, after?: string) => {
        const node = (await t.run(ReceiptsPagedDocument, { id, first, after }, as)).data?.node;
        if (!node || !('receipts' in node)) throw new Error(`${as} read no receipts`);
        return node.receipts;
      };
      const all = (await page(100)).edges.map((e) => e.node.recipient.code);
      expect(all).toHaveLength(11);
      const paged: string[] = [];
      let after: string | undefined;
      for (let hasNext = true; hasNext; ) {
        const p = await page(3, after);
        paged.push(...p.edges.map((e) => e.node.recipient.code));
        hasNext = p.pageInfo.hasNextPage;
        after = p.pageInfo.endCursor ?? undefined;
      }
      expect(paged).toEqual(all);
    }
  });
});

describe('thread order', () => {
  it('lists a body’s threads newest first, due soonest first or recently updated first, paging by date cursors', async () => {
    const as = '330000:LEAD';
    const late = await openThread(t, as, { leadBodyCode: '330000', participantCodes: ['330600'], subject: '协调事项甲', dueAt: inDays(20) });
    const soon = await openThread(t, as, { leadBodyCode: '330000', participantCodes: ['330600'], subject: '协调事项乙', dueAt: inDays(5) });
    const middle = await openThread(t, as, { leadBodyCode: '330000', participantCodes: ['330600'], subject: '协调事项丙', dueAt: inDays(10) });
    const ours = [late.id, soon.id, middle.id];
    const list = async (orderBy?: 'NEWEST' | 'DUE_SOONEST' | 'RECENTLY_UPDATED') => {
      const r = await t.run(ThreadsOrderedDocument, { code: '330600', orderBy, first: 100 }, '330600:VIEWER');
      return r.data!.body!.threads.edges.map((e) => e.node);
    };
    const mine = (nodes: { id: string }[]) => nodes.map((n) => n.id).filter((id) => ours.includes(id));

    expect(mine(await list())).toEqual([middle.id, soon.id, late.id]);
    const due = await list('DUE_SOONEST');
    expect(mine(due)).toEqual([soon.id, middle.id, late.id]);
    expect(due.map((n) => n.dueAt)).toEqual([...due.map((n) => n.dueAt)].sort());

    // Paging one by one, forward and backward, gives the same list.
    const forward: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = (await t.run(ThreadsOrderedDocument, { code: '330600', orderBy: 'DUE_SOONEST', first: 1, after }, '330600:VIEWER')).data!.body!.threads;
      forward.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(forward).toEqual(due.map((n) => n.id));
    const back = (await t.run(ThreadsOrderedDocument, { code: '330600', orderBy: 'DUE_SOONEST', last: 2, before: after }, '330600:VIEWER')).data!.body!.threads;
    expect(back.edges.map((e) => e.node.id)).toEqual(forward.slice(-3, -1));

    await post(t, '330600:OFFICER', late.id, '最新进展');
    expect(mine(await list('RECENTLY_UPDATED'))).toEqual([late.id, middle.id, soon.id]);
    // A cursor of another order, or a forged date, is refused.
    expect(errorCodes(await t.run(ThreadsOrderedDocument, { code: '330600', orderBy: 'NEWEST', first: 1, after }, '330600:VIEWER'))).toEqual(['BAD_USER_INPUT']);
    const forged = Buffer.from(JSON.stringify(['c1', 'yesterday', 'x'])).toString('base64url');
    expect(errorCodes(await t.run(ThreadsOrderedDocument, { code: '330600', orderBy: 'DUE_SOONEST', first: 1, after: forged }, '330600:VIEWER'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('statement counts of the new filters and orders stay constant in page size', () => {
  it('filtered, name-ordered children of a page of bodies: same statements for 5 and 100 bodies', async () => {
    const vars = { childKind: 'DEPARTMENT', childOrder: 'NAME', childrenFirst: 3 } as const;
    const small = await t.run(ChildrenFilteredTreeDocument, { ...vars, level: 'PROVINCIAL', first: 5 });
    const large = await t.run(ChildrenFilteredTreeDocument, { ...vars, level: 'MUNICIPAL', first: 100 });
    expect(large.errors).toBeUndefined();
    expect(large.data?.bodies.edges).toHaveLength(100);
    expect(large.data?.bodies.edges.some((e) => e.node.children.edges.length > 0)).toBe(true);
    expect(large.data?.bodies.edges.every((e) => e.node.children.edges.every((c) => c.node.kind === 'DEPARTMENT'))).toBe(true);
    // page of bodies + one page of children for all of them, counted by the same statement
    expect(large.extensions?.sqlStatements).toBe(2);
    expect(small.extensions?.sqlStatements).toBe(large.extensions?.sqlStatements);
  });

  it('search and name order on bodies: one statement for page and total, at any page size', async () => {
    const small = await t.run(BodySearchDocument, { search: '市', orderBy: 'NAME', first: 5 });
    const large = await t.run(BodySearchDocument, { search: '市', orderBy: 'NAME', first: 100 });
    expect(large.data?.bodies.edges).toHaveLength(100);
    expect(large.extensions?.sqlStatements).toBe(1);
    expect(small.extensions?.sqlStatements).toBe(1);
  });

  it('priority and kind filters on inboxes, searched powers, ordered threads: constant statements', async () => {
    const counts = [];
    for (const first of [1, 100]) {
      counts.push((await t.run(ThreadsOrderedDocument, { code: '330600', orderBy: 'DUE_SOONEST', first }, '330600:VIEWER')).extensions?.sqlStatements);
      counts.push((await t.run(InboxFilteredDocument, { code: '330200', priority: 'URGENT', first }, '330200:VIEWER')).extensions?.sqlStatements);
      counts.push((await t.run(FeedbackInboxFilteredDocument, { code: '330000', kind: 'OBJECTION', first }, '330000:VIEWER')).extensions?.sqlStatements);
      counts.push((await t.run(PowerSearchDocument, { search: 'a', first }, '330000:VIEWER')).extensions?.sqlStatements);
    }
    expect(counts.slice(0, 4)).toEqual(counts.slice(4));
    expect(counts.every((n) => typeof n === 'number' && n > 0)).toBe(true);
  });
});

describe('automatic persisted queries, as docs/INTEGRATING.md describes them', () => {
  it('answers PERSISTED_QUERY_NOT_FOUND for an unknown hash, then runs the hash alone once registered', async () => {
    const query = `{ body(code: "330100") { code } } # apq ${process.pid}`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const send = (body: object) =>
      fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, json: (await r.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } }));
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await send({ extensions });
    expect(unknown.json.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect((await send({ query, extensions })).json.data).toEqual({ body: { code: '330100' } });
    expect((await send({ extensions })).json.data).toEqual({ body: { code: '330100' } });
  });
});

describe('the explorer and the favicon', () => {
  it('opens the explorer on a commented hub example: token, a body query, a subscription', async () => {
    const res = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('npm run --silent hub -- token');
    expect(html).toContain('query BodyWithChildren');
    expect(html).toContain('subscription Directives');
    expect(html).toContain('rel="icon"');
  });

  it('serves a favicon', async () => {
    const base = `http://localhost:${t.hub.port}`;
    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/image\/svg\+xml/);
      expect(await res.text()).toMatch(/^<svg /);
    }
  });
});
