import { describe, expect, it } from 'vitest';
import { BodiesDocument, BodyDocument, BodyTreeDocument, BodyTreeWithChildrenDocument, NodeDocument, NodesDocument, SubtreeTotalDocument, SubtreeTypenameDocument } from '../generated/graphql';
import { expectErrorCodes, useTestHub } from '../support/test-hub';

const t = useTestHub();

describe('the body tree from GB/T 2260', () => {
  it('has the 31 provincial-level and 333 prefecture-level governments', async () => {
    const provinces = await t.run(BodiesDocument, { level: 'PROVINCIAL', kind: 'GOVERNMENT' });
    const prefectures = await t.run(BodiesDocument, { level: 'MUNICIPAL', kind: 'GOVERNMENT' });
    const zhejiang = await t.run(BodiesDocument, { level: 'MUNICIPAL', kind: 'GOVERNMENT', under: '330000', first: 100 });
    expect(provinces.data?.bodies.totalCount).toBe(31);
    expect(prefectures.data?.bodies.totalCount).toBe(333);
    expect(zhejiang.data?.bodies.totalCount).toBe(11);
    expect(zhejiang.data?.bodies.edges.map((e) => e.node.code)).toContain('330100');
  });

  it('hangs 330100 under 330000 under CN, with departments', async () => {
    const { data } = await t.run(BodyDocument, { code: '330100' });
    expect(data?.body).toMatchObject({ code: '330100', name: '杭州市', level: 'MUNICIPAL', kind: 'GOVERNMENT', parent: { code: '330000' } });
    expect(data?.body?.ancestors.map((b) => b.code)).toEqual(['CN', '330000']);
    expect(data?.body?.departments.map((b) => b.code).sort()).toEqual(['330100-DRC', '330100-FIN', '330100-REFORM']);
  });

  it('has the central bodies the contract names', async () => {
    const { data } = await t.run(BodiesDocument, { level: 'CENTRAL', first: 50 });
    expect(data?.bodies.edges.map((e) => e.node.code)).toEqual(
      expect.arrayContaining(['CN', 'CN-REFORM', 'CN-MOF', 'CN-NDRC', 'CN-LEGAL', 'CN-DISCIPLINE', 'CN-ORG']),
    );
  });

  it('has no placeholder prefectures and no prefecture level under the four municipalities', async () => {
    for (const code of ['110000', '120000', '310000', '500000']) {
      const { data } = await t.run(BodiesDocument, { level: 'MUNICIPAL', under: code });
      expect(data?.bodies.totalCount, code).toBe(0);
    }
    const all = await t.run(BodiesDocument, { level: 'MUNICIPAL', kind: 'GOVERNMENT', first: 100 });
    expect(all.data?.bodies.edges.some((e) => /市辖区|^县$|直辖县级/.test(e.node.name))).toBe(false);
  });

  it('answers null for an unknown code and BAD_USER_INPUT for an unknown subtree', async () => {
    expect((await t.run(BodyDocument, { code: 'XX' })).data?.body).toBeNull();
    const bad = await t.run(BodiesDocument, { under: 'NOPE' });
    expectErrorCodes(bad, ['BAD_USER_INPUT']);
  });

  // The root is found inside the page's statement: an unknown code must still be refused once, on
  // the list itself, whether the page, the total or neither is asked for; an empty subtree is no error.
  it('refuses an unknown subtree once on the list, whatever part of it is asked for, and answers an empty one', async () => {
    for (const bad of [await t.run(BodiesDocument, { under: 'NOPE' }), await t.run(SubtreeTotalDocument, { under: 'NOPE' }), await t.run(SubtreeTypenameDocument, { under: 'NOPE' })]) {
      expectErrorCodes(bad, ['BAD_USER_INPUT']);
      expect(bad.errors?.[0].path).toEqual(['bodies']);
      expect(bad.errors?.[0].message).toContain('"NOPE"');
    }
    const empty = await t.run(BodiesDocument, { under: '330100-FIN' });
    expect(empty.errors).toBeUndefined();
    expect(empty.data?.bodies).toMatchObject({ totalCount: 0, edges: [] });
    const total = await t.run(SubtreeTotalDocument, { under: '330100-FIN' });
    expect(total.errors).toBeUndefined();
    expect(total.data?.bodies.totalCount).toBe(0);
    expect((await t.run(SubtreeTypenameDocument, { under: '330000' })).data?.bodies.__typename).toBe('BodyConnection');
  });
});

describe('cursor pagination', () => {
  it('walks forward and backward without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { data } = await t.run(BodiesDocument, { level: 'MUNICIPAL', kind: 'GOVERNMENT', under: '320000', first: 4, after });
      seen.push(...data!.bodies.edges.map((e) => e.node.code));
      if (!data!.bodies.pageInfo.hasNextPage) break;
      after = data!.bodies.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(13);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(13);

    const back: string[] = [];
    let before: string | null | undefined;
    for (;;) {
      const { data } = await t.run(BodiesDocument, { level: 'MUNICIPAL', kind: 'GOVERNMENT', under: '320000', last: 5, before });
      back.unshift(...data!.bodies.edges.map((e) => e.node.code));
      if (!data!.bodies.pageInfo.hasPreviousPage) break;
      before = data!.bodies.pageInfo.startCursor;
    }
    expect(back).toEqual(seen);
  });

  it('refuses pages above the hard maximum, negative sizes and forged cursors', async () => {
    expectErrorCodes(await t.run(BodiesDocument, { first: 101 }), ['BAD_USER_INPUT']);
    expectErrorCodes(await t.run(BodiesDocument, { first: -1 }), ['BAD_USER_INPUT']);
    expectErrorCodes(await t.run(BodiesDocument, { first: 5, after: 'not-a-cursor' }), ['BAD_USER_INPUT']);
    expectErrorCodes(await t.run(BodiesDocument, { first: 5, last: 5 }), ['BAD_USER_INPUT']);
  });
});

describe('Relay node identification', () => {
  it('round-trips opaque ids through node and nodes', async () => {
    const { data } = await t.run(BodyDocument, { code: '330000' });
    const id = data!.body!.id;
    expect(id).not.toContain('330000');
    const node = await t.run(NodeDocument, { id });
    expect(node.data?.node).toMatchObject({ __typename: 'Body', code: '330000', id });
    const other = (await t.run(BodyDocument, { code: 'CN' })).data!.body!.id;
    const nodes = await t.run(NodesDocument, { ids: [other, 'garbage', id] });
    expect(nodes.data?.nodes.map((n) => (n && 'code' in n ? n.code : null))).toEqual(['CN', null, '330000']);
  });
});

describe('DataLoader batching', () => {
  it('loads parents and child counts of 100 bodies in a constant number of statements', async () => {
    const small = await t.run(BodyTreeDocument, { first: 10, childrenFirst: 5 });
    const large = await t.run(BodyTreeDocument, { first: 100, childrenFirst: 5 });
    expect(large.errors).toBeUndefined();
    expect(large.data?.bodies.edges).toHaveLength(100);
    // page with its total and each body's parent + one page of children (with their totals) for all
    expect(large.extensions?.sqlStatements).toBe(2);
    expect(small.extensions?.sqlStatements).toBe(large.extensions?.sqlStatements);
  });

  it('loads a page of children for every body of a page in one statement', async () => {
    const r = await t.run(BodyTreeWithChildrenDocument, { under: 'CN', first: 100, childrenFirst: 3 });
    expect(r.errors).toBeUndefined();
    const hebei = r.data!.bodies.edges.find((e) => e.node.code === '130000');
    expect(hebei?.node.children.edges.map((e) => e.node.code)).toEqual(['130000-DRC', '130000-FIN', '130000-REFORM']);
    expect(hebei?.node.children.pageInfo.hasNextPage).toBe(true);
    expect(hebei?.node.children.totalCount).toBe(14);
    // page (root by code, total, parents joined) + children pages with their totals
    expect(r.extensions?.sqlStatements).toBe(2);
  });

  it('counts each request’s own statements when requests run at the same time', async () => {
    // Alone, a body with its relations and the subtree above take different counts; interleaved, each still counts its own.
    const one = () => t.run(BodyDocument, { code: '330100' });
    const three = () => t.run(BodyTreeWithChildrenDocument, { under: 'CN', first: 20, childrenFirst: 3 });
    const alone = [(await one()).extensions?.sqlStatements, (await three()).extensions?.sqlStatements];
    expect(alone[1]).toBe(2);
    expect(alone[0]).toEqual(expect.any(Number));
    expect(alone[0]).not.toBe(alone[1]);
    const together = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? three() : one())));
    expect(together.map((r) => r.extensions?.sqlStatements)).toEqual(Array.from({ length: 12 }, (_, i) => alone[i % 2]));
  });
});
