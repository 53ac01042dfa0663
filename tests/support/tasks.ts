import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Body } from '../../src/domains/bodies/body.entities';
import { ReformTask } from '../../src/domains/tasks/task.entities';
import { ProgressMethod, TaskKind, TaskStatus } from '../../src/domains/tasks/task.enums';
import { toGlobalId } from '../../src/platform/graphql/global-id';
import {
  AcceptTaskDocument,
  CreateTaskDocument,
  type CreateTaskMutationVariables,
  DecomposeTaskDocument,
  type DecomposeTaskMutationVariables,
  ReportTaskProgressDocument,
  type ReportTaskProgressMutationVariables,
} from '../generated/graphql';
import type { TestHub } from './hub';
import { inDays, ok } from './test-hub';

type TaskInput = CreateTaskMutationVariables['input'];

/** createTask that must succeed. */
export async function createTask(t: TestHub, as: string, input: Partial<TaskInput> & { executorCode: string }) {
  const r = await t.run(CreateTaskDocument, { input: { kind: 'MAJOR_REFORM', title: '测试改革任务', target: '完成改革目标', deadline: inDays(90), ...input } }, as);
  return ok(r).task!;
}

export async function acceptTask(t: TestHub, as: string, taskId: string) {
  return ok(await t.run(AcceptTaskDocument, { input: { taskId } }, as));
}

/** decomposeTask that must succeed: returns the subtasks. */
export async function decompose(t: TestHub, as: string, parentTaskId: string, subtasks: DecomposeTaskMutationVariables['input']['subtasks']) {
  const r = await t.run(DecomposeTaskDocument, { input: { parentTaskId, subtasks } }, as);
  return ok(r).subtasks!;
}

export async function report(t: TestHub, as: string, input: ReportTaskProgressMutationVariables['input']) {
  const r = await t.run(ReportTaskProgressDocument, { input }, as);
  return ok(r).report!;
}

/** a ÷ b rounded half up, with BigInt: what the roll-up must give. */
export const divideHalfUp = (a: bigint, b: bigint) => (2n * a + b) / (2n * b);

export interface TreeNode {
  rowId: string;
  parentId: string | null;
  depth: number;
  weight: number;
  progress: number;
  children: TreeNode[];
}

/**
 * Inserts a tree of tasks straight into the database (fast; the roll-up under test runs when a leaf
 * reports through the API): `fanout[d]` children per task at depth d. Leaves get pseudo-random
 * progress with two decimals and weights 1–7; inner tasks get the exact roll-up of their children.
 * Executors per depth: `executors[d]`, assigners: `assigners[d]`.
 */
export async function insertTaskTree(em: EntityManager, opts: { fanout: number[]; executors: string[]; assigners: string[]; deadline: Date; seed?: number }): Promise<TreeNode> {
  const bodies = new Map<string, string>();
  for (const code of [...opts.executors, ...opts.assigners]) bodies.set(code, (await em.findOneByOrFail(Body, { code })).rowId);
  let state = opts.seed ?? 7;
  const rand = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const rows: Partial<ReformTask>[] = [];
  const prefix = randomUUID().slice(0, 8);
  const build = (depth: number, parentId: string | null, path: string): TreeNode => {
    const node: TreeNode = { rowId: randomUUID(), parentId, depth, weight: 1 + rand(7), progress: 0, children: [] };
    const fan = opts.fanout[depth] ?? 0;
    const now = new Date();
    // Parents before children (foreign keys); progress filled in once the children exist.
    const row: Partial<ReformTask> = {
      rowId: node.rowId,
      code: `TREE-${prefix}${path}`,
      kind: TaskKind.ROUTINE,
      title: `树任务 ${path}`,
      target: '测试',
      path: null,
      measuresJson: '[]',
      resultsJson: '[]',
      executorId: bodies.get(opts.executors[depth])!,
      assignedById: bodies.get(opts.assigners[depth])!,
      parentId,
      depth,
      originType: null,
      originId: null,
      startsAt: now,
      deadline: opts.deadline,
      deadlineMinute: Math.floor(opts.deadline.getTime() / 60_000),
      year: opts.deadline.getUTCFullYear(),
      status: TaskStatus.IN_PROGRESS,
      weight: node.weight,
      progressMethod: fan ? ProgressMethod.CHILDREN_WEIGHTED : ProgressMethod.REPORTED,
      progress: 0,
      verifiedProgress: 0,
      progressAsOf: null,
      public: false,
      createdBy: 'test',
      createdAt: now,
      acceptedAt: now,
      claimedAt: null,
      verifiedAt: null,
      closingNote: null,
      cancelledAt: null,
    };
    rows.push(row);
    for (let i = 0; i < fan; i++) node.children.push(build(depth + 1, node.rowId, `${path}.${i}`));
    if (node.children.length) {
      const w = node.children.reduce((s, c) => s + BigInt(c.weight), 0n);
      node.progress = Number(divideHalfUp(node.children.reduce((s, c) => s + BigInt(c.progress) * BigInt(c.weight), 0n), w));
    } else node.progress = rand(10001);
    row.progress = node.progress;
    return node;
  };
  const root = build(0, null, '');
  for (let i = 0; i < rows.length; i += 200) await em.insert(ReformTask, rows.slice(i, i + 200));
  return root;
}

export const taskId = (rowId: string) => toGlobalId(ReformTask.typename, rowId);

/** Percentage string of hundredths. */
export const pct = (hundredths: number | bigint) => `${BigInt(hundredths) / 100n}.${(BigInt(hundredths) % 100n).toString().padStart(2, '0')}`;
