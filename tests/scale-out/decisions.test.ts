import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionStageRecord } from '../../src/domains/decisions/decision.entities';
import { Role } from '../../src/platform/auth/roles';
import { signToken } from '../../src/platform/auth/tokens';
import { HubDeadline } from '../../src/platform/events/hub-event.entity';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import { Hub, startHub } from '../../src/server/hub';
import { DraftDecisionDocument, OpenPublicConsultationDocument } from '../generated/graphql';
import { execute } from '../support/client';
import { draftInput } from '../support/decisions';
import { TEST_SECRET } from '../support/env';
import { freshStorage, StorageHandle } from '../support/hub';
import { waitFor } from '../support/test-hub';

// Two instances over one PostgreSQL database and one Redis: each comment window ends once, by
// whichever scheduler gets to it first.
let storage: StorageHandle;
let a: Hub;
let b: Hub;

beforeAll(async () => {
  storage = await freshStorage();
  const config = { ...storage.config, redisUrl: process.env.HUB_TEST_REDIS_URL || 'redis://127.0.0.1:6379', redisPrefix: `hub-test-${randomBytes(4).toString('hex')}` };
  a = await startHub(config);
  b = await startHub(config);
});
afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await storage?.dispose();
});

describe('consultation windows with two instances', () => {
  it('close by themselves at their deadline, each exactly once', async () => {
    const token = await signToken(TEST_SECRET, { sub: 'test:CN-NDRC', body: 'CN-NDRC', roles: [Role.OFFICER], ttlSeconds: 3600 });
    const drafted: string[] = [];
    for (let i = 0; i < 10; i++) drafted.push((await execute((i % 2 ? a : b).url, DraftDecisionDocument, { input: draftInput({ title: `双实例 ${i}` }) }, { token })).data!.draftDecision.decision!.id);
    const closesAt = new Date(Date.now() + 2500).toISOString();
    const ids: string[] = [];
    for (const [i, id] of drafted.entries()) {
      const hub = i % 2 ? a : b;
      const opened = await execute(hub.url, OpenPublicConsultationDocument, { input: { decisionId: id, opensAt: new Date().toISOString(), closesAt, shortenedReason: '测试。' } }, { token });
      expect(opened.data?.openPublicConsultation.userErrors).toEqual([]);
      ids.push(parseGlobalId(id)!.rowId);
    }
    const em = a.db.dataSource.manager;
    await waitFor(async () => (await em.countBy(HubDeadline, { key: In(ids.map((id) => `consultation-close:${id}`)) })) === 0, { what: 'both schedulers to end every window' });
    for (const hub of [a, b]) {
      hub.scheduler.wake();
      await hub.scheduler.idle();
    }
    const fired: { subject_id: string; n: string }[] = await a.db.dataSource.query(
      `SELECT subject_id, COUNT(*) AS n FROM hub_event WHERE kind = 'ConsultationClosed' AND subject_id = ANY($1) GROUP BY subject_id`,
      [ids],
    );
    expect(fired.map((r) => [r.subject_id, Number(r.n)]).sort()).toEqual(ids.map((id) => [id, 1]).sort());
    const stages = await em.findBy(DecisionStageRecord, { decisionId: In(ids) });
    expect(stages.map((s) => typeof (s.detail as { windowClosedAt?: string }).windowClosedAt)).toEqual(ids.map(() => 'string'));
  });
});
