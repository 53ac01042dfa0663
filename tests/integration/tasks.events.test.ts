import { describe, expect, it } from 'vitest';
import { Body } from '../../src/domains/bodies/body.entities';
import { DeliveryCounter } from '../../src/domains/channels/channel.entities';
import { encodeDeliveryCursor } from '../../src/domains/channels/deliveries';
import { encodeEventCursor } from '../../src/domains/reform-events/reform-events.service';
import { taskDueKey } from '../../src/domains/tasks/task.events';
import { HubDeadline, HubEvent } from '../../src/platform/events/hub-event.entity';
import { lastSeq } from '../../src/platform/events/relay';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import { ReformEventsDocument, TaskActivityDocument } from '../generated/graphql';
import { subscribe } from '../support/subscriptions';
import { acceptTask, createTask, report } from '../support/tasks';
import { inDays, useTestHub, waitFor } from '../support/test-hub';

const t = useTestHub();
const year = new Date().getUTCFullYear();

/** A cursor at the body's last task delivery: the subscriber gets exactly what comes after. */
async function cursorOf(code: string): Promise<string> {
  const body = await t.em.findOneByOrFail(Body, { code });
  const row = await t.em.findOneBy(DeliveryCounter, { bodyId: body.rowId, stream: 'task' });
  return encodeDeliveryCursor(row?.lastSeq ?? 0);
}

describe('taskActivity', () => {
  it('delivers a task’s events to its executor, co-executor and assigner, in order; and replays from a cursor', async () => {
    const [exec, co, assigner, outsider] = await Promise.all(['330300', '330400', '330000', '320000'].map(cursorOf));
    const onExecutor = subscribe(t.hub.wsUrl, await t.token('330300', 'VIEWER'), TaskActivityDocument, { after: exec });
    const onAssigner = subscribe(t.hub.wsUrl, await t.token('330000', 'VIEWER'), TaskActivityDocument, { after: assigner });
    const task = await createTask(t.testHub, '330000:LEAD', { executorCode: '330300', coExecutorCodes: ['330400'], deadline: inDays(30) });
    await acceptTask(t.testHub, '330300:OFFICER', task.id);
    await report(t.testHub, '330300:OFFICER', { taskId: task.id, period: `${year}-11`, percent: '25.00', narrative: '已启动' });
    const got = await onExecutor.waitFor(2);
    expect(got.map((d) => [d.taskActivity.kind, d.taskActivity.task.id, d.taskActivity.actor.code])).toEqual([
      ['TASK_ASSIGNED', task.id, '330000'],
      ['TASK_REPORTED', task.id, '330300'],
    ]);
    expect((await onAssigner.waitFor(2)).map((d) => d.taskActivity.kind)).toEqual(['TASK_ASSIGNED', 'TASK_REPORTED']);
    // The co-executor, resuming from its cursor of before, gets the same two, and then nothing more.
    const onCo = subscribe(t.hub.wsUrl, await t.token('330400', 'VIEWER'), TaskActivityDocument, { after: co });
    expect((await onCo.waitFor(2)).map((d) => d.taskActivity.kind)).toEqual(['TASK_ASSIGNED', 'TASK_REPORTED']);
    // Resuming after the first delivery replays only the second.
    const resumed = subscribe(t.hub.wsUrl, await t.token('330300', 'VIEWER'), TaskActivityDocument, { after: got[0].taskActivity.cursor });
    expect((await resumed.waitFor(1)).map((d) => d.taskActivity.kind)).toEqual(['TASK_REPORTED']);
    // Another jurisdiction, replaying from its own cursor, gets none of it.
    const onOutsider = subscribe(t.hub.wsUrl, await t.token('320000', 'LEAD'), TaskActivityDocument, { after: outsider });
    const other = await createTask(t.testHub, '320000:LEAD', { executorCode: '320100', deadline: inDays(30) });
    const [own] = await onOutsider.waitFor(1);
    expect(own.taskActivity.task.id).toBe(other.id);
    expect(onOutsider.received.map((d) => d.taskActivity.task.id)).not.toContain(task.id);
    expect(onExecutor.received).toHaveLength(2);
    expect(onCo.received).toHaveLength(2);
    for (const s of [onExecutor, onAssigner, onCo, resumed, onOutsider]) {
      expect(s.errors).toEqual([]);
      await s.close();
    }
  });

  it('task events are in reformEvents for the jurisdiction above', async () => {
    const after = encodeEventCursor(await lastSeq(t.hub.db));
    const sub = subscribe(t.hub.wsUrl, await t.token('CN', 'VIEWER'), ReformEventsDocument, { after });
    const task = await createTask(t.testHub, '330000:LEAD', { executorCode: '330500', deadline: inDays(30) });
    const [e] = await sub.waitFor(1);
    expect(e.reformEvents).toMatchObject({ kind: 'TASK_ASSIGNED', subject: { id: task.id } });
    await sub.close();
  });

  it('a task that fell overdue while the hub was stopped yields one TASK_OVERDUE at start, which the executor’s subscriber receives', async () => {
    const deadline = new Date(Date.now() + 1200);
    const task = await createTask(t.testHub, '330000:LEAD', { executorCode: '330600', deadline: deadline.toISOString() });
    const rowId = parseGlobalId(task.id)!.rowId;
    const cursor = await cursorOf('330600'); // after the assignment: the stream's next item is the overdue
    expect(await t.em.countBy(HubDeadline, { key: taskDueKey(rowId) })).toBe(1);
    let stoppedAt = 0;
    await t.restart(async () => {
      stoppedAt = Date.now();
      await waitFor(() => Date.now() > deadline.getTime() + 100, { what: 'the deadline to pass while the hub is stopped' });
    });
    const sub = subscribe(t.hub.wsUrl, await t.token('330600', 'VIEWER'), TaskActivityDocument, { after: cursor });
    const [got] = await sub.waitFor(1);
    expect(got.taskActivity).toMatchObject({ kind: 'TASK_OVERDUE', task: { id: task.id, overdue: true }, actor: { code: '330600' } });
    await waitFor(async () => !(await t.em.existsBy(HubDeadline, { key: taskDueKey(rowId) })), { what: 'the deadline to be consumed' });
    t.hub.scheduler.wake();
    await t.hub.scheduler.idle();
    const fired = await t.em.findBy(HubEvent, { kind: 'TaskOverdue', subjectId: rowId });
    expect(fired).toHaveLength(1);
    expect(fired[0].occurredAt.getTime()).toBeGreaterThan(stoppedAt); // at start, not before the hub stopped
    expect(sub.errors).toEqual([]);
    await sub.close();
  });
});
