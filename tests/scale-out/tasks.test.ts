import { describe, expect, it } from 'vitest';
import { Body } from '../../src/domains/bodies/body.entities';
import { DeliveryCounter } from '../../src/domains/channels/channel.entities';
import { encodeDeliveryCursor } from '../../src/domains/channels/deliveries';
import { taskDueKey } from '../../src/domains/tasks/task.events';
import { Role } from '../../src/platform/auth/roles';
import { HubDeadline, HubEvent } from '../../src/platform/events/hub-event.entity';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import { CreateTaskDocument, TaskActivityDocument } from '../generated/graphql';
import { execute } from '../support/client';
import { subscribe } from '../support/subscriptions';
import { waitFor } from '../support/test-hub';
import { token, useTwoInstances } from '../support/two-instances';

// A task overdue while every instance was stopped: at start both schedulers look at the deadline,
// exactly one fires it, and the executor's subscriber on either instance receives it once.
const pair = useTwoInstances();

describe('TASK_OVERDUE with two instances', () => {
  it('is written once at start for a task that fell overdue while both were stopped, and reaches the executor', async () => {
    const deadline = new Date(Date.now() + 1200);
    const r = await execute(pair.a.url, CreateTaskDocument, { input: { kind: 'ROUTINE', title: '跨实例逾期任务', target: '完成', executorCode: '330700', deadline: deadline.toISOString() } }, { token: await token('330000', [Role.LEAD]) });
    expect(r.data?.createTask.userErrors).toEqual([]);
    const rowId = parseGlobalId(r.data!.createTask.task!.id)!.rowId;
    const em = pair.a.db.dataSource.manager;
    const body = await em.findOneByOrFail(Body, { code: '330700' });
    const cursor = encodeDeliveryCursor((await em.findOneBy(DeliveryCounter, { bodyId: body.rowId, stream: 'task' }))?.lastSeq ?? 0);
    let stoppedAt = 0;
    await pair.restart(() => {
      stoppedAt = Date.now();
      return waitFor(() => Date.now() > deadline.getTime() + 100, { what: 'the deadline to pass while both are stopped' });
    });
    const sub = subscribe(pair.b.wsUrl, await token('330700', [Role.VIEWER]), TaskActivityDocument, { after: cursor });
    const [got] = await sub.waitFor(1, 15_000);
    expect(got.taskActivity).toMatchObject({ kind: 'TASK_OVERDUE', task: { overdue: true } });
    await waitFor(async () => !(await pair.a.db.dataSource.manager.existsBy(HubDeadline, { key: taskDueKey(rowId) })), { what: 'the deadline to be consumed' });
    for (const hub of [pair.a, pair.b]) {
      hub.scheduler.wake();
      await hub.scheduler.idle();
    }
    const fired = await pair.a.db.dataSource.manager.findBy(HubEvent, { kind: 'TaskOverdue', subjectId: rowId });
    expect(fired).toHaveLength(1);
    expect(fired[0].occurredAt.getTime()).toBeGreaterThan(stoppedAt); // at start, not before they stopped
    // Subscribed on A too, from the same cursor: the same one delivery.
    const onA = subscribe(pair.a.wsUrl, await token('330700', [Role.VIEWER]), TaskActivityDocument, { after: cursor });
    await onA.waitFor(1);
    expect(sub.received).toHaveLength(1);
    expect(onA.received.map((d) => d.taskActivity.cursor)).toEqual([got.taskActivity.cursor]);
    await Promise.all([sub.close(), onA.close()]);
  }, 60_000);
});
