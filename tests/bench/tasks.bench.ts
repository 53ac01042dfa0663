import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { Body } from '../../src/domains/bodies/body.entities';
import { ReformTask } from '../../src/domains/tasks/task.entities';
import { ProgressMethod, TaskKind, TaskStatus } from '../../src/domains/tasks/task.enums';
import { Role } from '../../src/platform/auth/roles';
import { benchHub, gql, ms, table } from './support';

const YEAR = new Date().getUTCFullYear();
const DAY = 86_400_000;

export const TASK_QUERIES = {
  rollup: `query Rollup { taskRollup(bodyCode: "CN", year: ${YEAR}) { total overdue averageProgress averageVerifiedProgress byStatus { status count } byLevel { level total overdue averageProgress } } }`,
  dashboard: (first: number) =>
    `query Dashboard { tasks(under: "330000", year: ${YEAR}, first: ${first}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id code title status deadline overdue daysOverdue progress verifiedProgress executor { code name level } assignedBy { code } } } } }`,
};

/**
 * The national task tree, inserted directly (the roll-up is exercised by the tests; here only
 * reads are measured): for each of 20 central items a task per province, decomposed to each of
 * the province's cities — over 3,000 tasks — with a spread of statuses, progress and overdue ones.
 */
async function insertNationalTasks(hub: Awaited<ReturnType<typeof benchHub>>['hub']): Promise<number> {
  const em = hub.db.dataSource.manager;
  const cn = await em.findOneByOrFail(Body, { code: 'CN' });
  const ndrc = await em.findOneByOrFail(Body, { code: 'CN-NDRC' });
  const provinces = await em.find(Body, { where: { parentId: cn.rowId, kind: 'GOVERNMENT' as never } });
  const cities = await em.find(Body, { where: { level: 'MUNICIPAL' as never, kind: 'GOVERNMENT' as never } });
  const rows: Partial<ReformTask>[] = [];
  const now = Date.now();
  const yearEnd = Math.max(Date.UTC(YEAR, 11, 31, 15), now + 10 * DAY);
  let n = 0;
  const row = (executor: Body, assigner: Body, parent: Partial<ReformTask> | null, i: number): Partial<ReformTask> => {
    n++;
    const overdue = n % 7 === 0;
    const status = n % 11 === 0 ? TaskStatus.VERIFIED : n % 5 === 0 ? TaskStatus.ASSIGNED : TaskStatus.IN_PROGRESS;
    const deadline = new Date(overdue ? now - (n % 30) * DAY - DAY : yearEnd - (parent ? 3 * DAY : 0) - (n % 20) * DAY);
    return {
      rowId: randomUUID(),
      code: `BENCH-${YEAR}-${n}`,
      kind: TaskKind.MAJOR_REFORM,
      title: `全国改革任务 ${i + 1}（${executor.name}）`,
      target: '完成改革目标',
      path: null,
      measuresJson: '[]',
      resultsJson: '[]',
      executorId: executor.rowId,
      assignedById: assigner.rowId,
      parentId: parent?.rowId ?? null,
      depth: parent ? 2 : 1,
      originType: null,
      originId: null,
      startsAt: new Date(now - 60 * DAY),
      deadline,
      deadlineMinute: Math.floor(deadline.getTime() / 60_000),
      year: deadline.getUTCFullYear(),
      status,
      weight: 1 + (n % 3),
      progressMethod: parent ? ProgressMethod.REPORTED : ProgressMethod.CHILDREN_WEIGHTED,
      progress: status === TaskStatus.VERIFIED ? 10_000 : (n * 37) % 10_001,
      verifiedProgress: status === TaskStatus.VERIFIED ? 10_000 : 0,
      progressAsOf: new Date(now),
      public: false,
      createdBy: 'bench',
      createdAt: new Date(now - 60 * DAY),
      acceptedAt: null,
      claimedAt: null,
      verifiedAt: null,
      closingNote: null,
      cancelledAt: null,
    };
  };
  for (let i = 0; i < 20; i++) {
    for (const province of provinces) {
      const p = row(province, ndrc, null, i);
      rows.push(p);
      for (const city of cities.filter((c) => c.parentId === province.rowId)) rows.push(row(city, province, p, i));
    }
  }
  for (let i = 0; i < rows.length; i += 500) await em.insert(ReformTask, rows.slice(i, i + 500));
  return rows.length;
}

async function measure(url: string, token: string, query: string, seconds: number) {
  const result = await autocannon({ url, method: 'POST', connections: 10, duration: seconds, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function statements(url: string, token: string, query: string): Promise<number> {
  const r = await gql(url, token, query);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return Number(r.extensions?.sqlStatements);
}

/** taskRollup for CN over the national tree, and a province dashboard; per dialect. */
export async function benchTasks(dialect: 'sqlite' | 'postgres', seconds = 8): Promise<(string | number)[][]> {
  // Throughput is what is measured here, not the per-account budget (0: off).
  const b = await benchHub(dialect, { rateLimitAccount: 0, rateLimitBody: 0 });
  try {
    const inserted = await insertNationalTasks(b.hub);
    const url = b.hub.url;
    const cn = await b.token('CN', [Role.VIEWER]);
    const zj = await b.token('330000', [Role.VIEWER]);
    const check = await gql<{ taskRollup: { total: number } }>(url, cn, TASK_QUERIES.rollup);
    if (check.errors) throw new Error(JSON.stringify(check.errors));
    const total = check.data!.taskRollup.total;
    const rows: (string | number)[][] = [];
    const rollup = await measure(url, cn, TASK_QUERIES.rollup, seconds);
    rows.push([b.label, `taskRollup(CN) over ${total} tasks (${inserted} inserted)`, await statements(url, cn, TASK_QUERIES.rollup), ms(rollup.p50), ms(rollup.p99), Math.round(rollup.rps), rollup.errors]);
    const dashboard = await measure(url, zj, TASK_QUERIES.dashboard(50), seconds);
    const s10 = await statements(url, zj, TASK_QUERIES.dashboard(10));
    const s50 = await statements(url, zj, TASK_QUERIES.dashboard(50));
    rows.push([b.label, 'province dashboard (330000, page 50, executors, progress)', `${s50} (page 10: ${s10})`, ms(dashboard.p50), ms(dashboard.p99), Math.round(dashboard.rps), dashboard.errors]);
    return rows;
  } finally {
    await b.stop();
  }
}

export function printTasks(rows: (string | number)[][]): void {
  table('Tasks: national roll-up and province dashboard (10 connections)', ['database', 'request', 'SQL statements', 'p50', 'p99', 'req/s', 'errors'], rows);
}
