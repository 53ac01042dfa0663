import { beforeAll, describe, expect, it } from 'vitest';
import { AnnualTaskListDocument, BodyPostsDocument, CreatePostDocument, PublishAnnualTaskListDocument } from '../generated/graphql';
import { createTask } from '../support/tasks';
import { expectErrorCodes, expectUserErrors, inDays, useTestHub } from '../support/test-hub';

// The annual list of major reform tasks: its success and its refusals (each proving nothing changed).
const t = useTestHub();
const year = new Date().getUTCFullYear();

describe('the central annual list of the demo', () => {
  it('lists the ten central tasks by rank, each with a responsible leader of the leading group', async () => {
    const r = await t.run(AnnualTaskListDocument, { bodyCode: 'CN', year }, '330100:VIEWER');
    const list = r.data!.annualTaskList!;
    expect(list.items.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const item of list.items) expect(item.responsibleLeader.body.code).toBe('CN-REFORM');
    // A city below reads the list, not the central tasks themselves nor the leaders' names.
    expect(list.items[0].task).toBeNull();
    expect(list.items[0].responsibleLeader.holderName).toBeNull();
    const cn = await t.run(AnnualTaskListDocument, { bodyCode: 'CN', year }, 'CN:VIEWER');
    expect(cn.data!.annualTaskList!.items[0].task?.code).toBe(`${year}-CN-01`);
    expect(cn.data!.annualTaskList!.items[0].responsibleLeader.holderName).toBeTruthy();
    // The public reads a public list: titles only.
    const pub = await t.run(AnnualTaskListDocument, { bodyCode: 'CN', year });
    expect(pub.data!.annualTaskList!.items.map((i) => [i.title, i.task, i.responsibleLeader.holderName])).toEqual(list.items.map((i) => [i.title, null, null]));
  });
});

describe('publishAnnualTaskList', () => {
  let leader: string;
  let own: string;
  let below: string;
  let foreign: string;
  beforeAll(async () => {
    const posts = await t.run(BodyPostsDocument, { code: '330000' }, '330000:VIEWER');
    leader = posts.data!.body!.posts.find((p) => p.title === '分管副省长')!.id;
    own = (await createTask(t.testHub, '330000:LEAD', { executorCode: '330100', title: '省级重大改革任务', deadline: inDays(30) })).id;
    below = (await createTask(t.testHub, '330100:LEAD', { executorCode: '330100-FIN', title: '市级任务', deadline: inDays(30) })).id;
    foreign = (await createTask(t.testHub, '320000:LEAD', { executorCode: '320100', title: '外省任务', deadline: inDays(30) })).id;
  });

  const input = (items: { taskId: string; responsibleLeaderPostId?: string | null; rank: number; highlight?: boolean }[], y = year + 1) => ({ bodyCode: '330000', year: y, title: '浙江省年度重大改革任务清单', items, public: false });

  it('refuses an item not assigned in the body’s subtree, a missing or foreign leader, bad ranks, and other bodies', async () => {
    const refused = async (items: Parameters<typeof input>[0], code: string) => {
      const before = await t.snapshot();
      expectUserErrors(await t.run(PublishAnnualTaskListDocument, { input: input(items) }, '330000:LEAD'), [code]);
      expect(await t.snapshot()).toEqual(before);
    };
    await refused([{ taskId: foreign, responsibleLeaderPostId: leader, rank: 1 }], 'NOT_FOUND');
    const cnTask = (await t.run(AnnualTaskListDocument, { bodyCode: 'CN', year }, 'CN:VIEWER')).data!.annualTaskList!.items[0].task!.id;
    const cnPosts = await t.run(BodyPostsDocument, { code: 'CN-REFORM' }, 'CN:VIEWER');
    // A central task that reaches Zhejiang's view through its subtasks? No: CN's own task is not Zhejiang's to list.
    await refused([{ taskId: own, responsibleLeaderPostId: leader, rank: 1 }, { taskId: cnTask, responsibleLeaderPostId: leader, rank: 2 }], 'NOT_FOUND');
    await refused([{ taskId: own, rank: 1 }], 'RESPONSIBLE_LEADER_REQUIRED');
    await refused([{ taskId: own, responsibleLeaderPostId: cnPosts.data!.body!.posts[0].id, rank: 1 }], 'RESPONSIBLE_LEADER_REQUIRED');
    await refused([{ taskId: own, responsibleLeaderPostId: leader, rank: 1 }, { taskId: below, responsibleLeaderPostId: leader, rank: 1 }], 'VALIDATION_FAILED');
    const before = await t.snapshot();
    expectErrorCodes(await t.run(PublishAnnualTaskListDocument, { input: input([{ taskId: own, responsibleLeaderPostId: leader, rank: 1 }]) }, '330000:OFFICER'), ['FORBIDDEN']);
    expectErrorCodes(await t.run(PublishAnnualTaskListDocument, { input: input([{ taskId: own, responsibleLeaderPostId: leader, rank: 1 }]) }, '330100:LEAD'), ['FORBIDDEN']);
    expectErrorCodes(await t.run(PublishAnnualTaskListDocument, { input: input([{ taskId: own, responsibleLeaderPostId: leader, rank: 1 }]) }), ['UNAUTHENTICATED']);
    expect(await t.snapshot()).toEqual(before);
  });

  it('refuses a task assigned outside the list body’s subtree even when visible: LIST_ITEM_OUT_OF_SCOPE', async () => {
    // 330100 publishes: the province's task for Hangzhou is visible to it (it executes it) but was assigned above it.
    const post = await t.run(CreatePostDocument, { input: { bodyCode: '330100', title: '常务副市长' } }, '330100:ADMIN');
    const postId = post.data!.createPost.post!.id;
    const before = await t.snapshot();
    expectUserErrors(
      await t.run(PublishAnnualTaskListDocument, { input: { ...input([{ taskId: own, responsibleLeaderPostId: postId, rank: 1 }]), bodyCode: '330100' } }, '330100:LEAD'),
      ['LIST_ITEM_OUT_OF_SCOPE'],
    );
    expect(await t.snapshot()).toEqual(before);
  });

  it('publishes a list of tasks assigned by the body and below it, once per year (DUPLICATE_CODE)', async () => {
    const r = await t.run(PublishAnnualTaskListDocument, { input: input([{ taskId: below, responsibleLeaderPostId: leader, rank: 2 }, { taskId: own, responsibleLeaderPostId: leader, rank: 1, highlight: true }]) }, '330000:LEAD');
    expectUserErrors(r, []);
    const list = r.data!.publishAnnualTaskList.list!;
    expect(list.items.map((i) => [i.rank, i.task?.id, i.highlight, i.responsibleLeader.title])).toEqual([
      [1, own, true, '分管副省长'],
      [2, below, false, '分管副省长'],
    ]);
    const before = await t.snapshot();
    expectUserErrors(await t.run(PublishAnnualTaskListDocument, { input: input([{ taskId: own, responsibleLeaderPostId: leader, rank: 1 }]) }, '330000:LEAD'), ['DUPLICATE_CODE']);
    expect(await t.snapshot()).toEqual(before);
    // Not public: another jurisdiction and the public do not see it.
    expect((await t.run(AnnualTaskListDocument, { bodyCode: '330000', year: year + 1 }, '320000:LEAD')).data!.annualTaskList).toBeNull();
    expect((await t.run(AnnualTaskListDocument, { bodyCode: '330000', year: year + 1 })).data!.annualTaskList).toBeNull();
    expect((await t.run(AnnualTaskListDocument, { bodyCode: '330000', year: year + 1 }, '330200:VIEWER')).data!.annualTaskList?.id).toBe(list.id);
  });
});
