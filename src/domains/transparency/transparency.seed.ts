import { toGlobalId } from '../../platform/graphql/global-id';
import { Body } from '../bodies/body.entities';
import type { SeedKit } from '../seed-kit';
import { Pilot } from '../pilots/pilot.entities';
import { ReformTask } from '../tasks/task.entities';
import { publishObject, recordDisclosureReview, withdrawPublication } from './publication.service';

/**
 * The portal's demo: the central decision, the central list and Zhejiang's cities' evaluation are
 * public already (published by their own procedures); here Zhejiang's and Hangzhou's shares of the
 * central tasks are published by the act — reviewed by an OFFICER, published by a LEAD of the
 * assigning body — and one Hangzhou task is withdrawn again, leaving a tombstone. Zhejiang
 * publishes its scaled-up Ningbo pilot the same way; the running Hangzhou pilot stays internal.
 */
export async function seedTransparency(kit: SeedKit): Promise<void> {
  const year = new Date().getUTCFullYear();
  const codes = Array.from({ length: 10 }, (_, i) => String(i + 1).padStart(2, '0')).flatMap((n) => [`${year}-CN-${n}-330000`, `${year}-CN-${n}-330100`]);
  const tasks = await kit.em.find(ReformTask, { where: codes.map((code) => ({ code })) });
  const bodies = new Map((await kit.em.find(Body, { where: [...new Set(tasks.map((t) => t.assignedById))].map((rowId) => ({ rowId })) })).map((b) => [b.rowId, b.code]));
  tasks.sort((a, b) => a.code.localeCompare(b.code));
  for (const task of tasks) {
    const id = toGlobalId(ReformTask.typename, task.rowId);
    const assigner = bodies.get(task.assignedById)!;
    await recordDisclosureReview(await kit.as(assigner, ['OFFICER']), id);
    await publishObject(await kit.as(assigner, ['LEAD']), id);
  }
  const withdrawn = tasks.find((t) => t.code === `${year}-CN-10-330100`);
  if (withdrawn) {
    await withdrawPublication(await kit.as(bodies.get(withdrawn.assignedById)!, ['LEAD']), toGlobalId(ReformTask.typename, withdrawn.rowId), '任务已并入省级政务数据共享平台建设，原公开的目标和期限不再适用。');
  }
  const pilot = await kit.em.findOneBy(Pilot, { code: 'ZJ-PILOT-NB-ONE-THING' });
  if (pilot) {
    const id = toGlobalId(Pilot.typename, pilot.rowId);
    const sponsor = (await kit.em.findOneByOrFail(Body, { rowId: pilot.sponsorId })).code;
    await recordDisclosureReview(await kit.as(sponsor, ['OFFICER']), id);
    await publishObject(await kit.as(sponsor, ['LEAD']), id);
  }
}
