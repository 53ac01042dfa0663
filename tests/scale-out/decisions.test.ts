import { In } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { DecisionStageRecord } from '../../src/domains/decisions/decision.entities';
import { Role } from '../../src/platform/auth/roles';
import { parseGlobalId } from '../../src/platform/graphql/global-id';
import { DraftDecisionDocument, OpenPublicConsultationDocument } from '../generated/graphql';
import { execute } from '../support/client';
import { draftInput } from '../support/decisions';
import { expectFiredOnce, token, useTwoInstances } from '../support/two-instances';

// Two instances over one PostgreSQL database and one Redis: each comment window ends once, by
// whichever scheduler gets to it first.
const pair = useTwoInstances();

describe('consultation windows with two instances', () => {
  it('close by themselves at their deadline, each exactly once', async () => {
    const officer = await token('CN-NDRC', [Role.OFFICER]);
    const drafted: string[] = [];
    for (let i = 0; i < 10; i++) drafted.push((await execute((i % 2 ? pair.a : pair.b).url, DraftDecisionDocument, { input: draftInput({ title: `双实例 ${i}` }) }, { token: officer })).data!.draftDecision.decision!.id);
    // One closing moment for all ten windows, opened at once: a short margin is enough.
    const closesAt = new Date(Date.now() + 1500).toISOString();
    const opened = await Promise.all(
      drafted.map((id, i) => execute((i % 2 ? pair.a : pair.b).url, OpenPublicConsultationDocument, { input: { decisionId: id, opensAt: new Date().toISOString(), closesAt, shortenedReason: '测试。' } }, { token: officer })),
    );
    for (const r of opened) expect(r.data?.openPublicConsultation.userErrors).toEqual([]);
    const ids = drafted.map((id) => parseGlobalId(id)!.rowId);
    await expectFiredOnce(pair, ids.map((id) => `consultation-close:${id}`), 'ConsultationClosed', ids);
    const em = pair.a.db.dataSource.manager;
    const stages = await em.findBy(DecisionStageRecord, { decisionId: In(ids) });
    expect(stages.map((s) => typeof (s.detail as { windowClosedAt?: string }).windowClosedAt)).toEqual(ids.map(() => 'string'));
  });
});
