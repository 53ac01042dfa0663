import { EntityManager, In } from 'typeorm';
import { Body } from '../bodies/body.entities';
import { Evaluation, Indicator, IndicatorSystem, IndicatorWeight } from './evaluation.entities';
import { canonicalInputs, score, ScoreInput } from './evaluation.scoring';
import { gatherInputs, headerOf } from './evaluation.service';

export interface VerifyResult {
  ok: boolean;
  evaluation: Evaluation;
  body: string;
  total: string;
  inputsHash: string;
  /** What does not match, one line each. */
  problems: string[];
}

/**
 * Recomputes a stored evaluation twice: from the inputs stored with it (total and hash must be
 * reproduced exactly), and from the hub's current records — observations as they stand, indicator
 * definitions and weights, the hub's figures as of `computedAt` — to detect an input changed since.
 */
export async function verifyEvaluation(em: EntityManager, rowId: string): Promise<VerifyResult | null> {
  const e = await em.findOne(Evaluation, { where: { rowId } });
  if (!e) return null;
  const system = await em.findOneByOrFail(IndicatorSystem, { rowId: e.systemId });
  const body = await em.findOneByOrFail(Body, { rowId: e.bodyId });
  const header = headerOf(system, body, e.period);
  const problems: string[] = [];
  const stored = score(header, e.inputs);
  const storedTotal = formatTotal(e.total);
  if (stored.total !== storedTotal) problems.push(`total: stored ${storedTotal}, recomputed from the stored inputs ${stored.total}`);
  if (stored.inputsHash !== e.inputsHash) problems.push(`inputsHash: stored ${e.inputsHash}, recomputed from the stored inputs ${stored.inputsHash}`);

  const weights = await em.find(IndicatorWeight, { where: { systemId: system.rowId } });
  const indicators = await em.find(Indicator, { where: { rowId: In(weights.map((w) => w.indicatorId)) } });
  const weighted = weights.map((w) => ({ indicator: indicators.find((i) => i.rowId === w.indicatorId)!, weight: w.weight }));
  const { inputs, missing } = await gatherInputs(em, system, weighted, [body], e.period, e.computedAt);
  for (const m of missing) problems.push(`input ${m.split('/')[1]}: no longer verified`);
  const current = inputs.get(body.rowId)!;
  const byCode = new Map<string, ScoreInput>(current.map((i) => [i.indicator, i]));
  for (const i of e.inputs) {
    const now = byCode.get(i.indicator);
    if (!now) continue;
    if (canonicalInputs(header, [now]) !== canonicalInputs(header, [i])) {
      problems.push(`input ${i.indicator}: stored value ${i.value} (${i.source}), now ${now.value} (${now.source})`);
    }
  }
  const recomputed = score(header, current);
  if (!missing.length && recomputed.inputsHash !== e.inputsHash && !problems.some((p) => p.startsWith('input '))) {
    problems.push(`inputsHash: the current inputs hash to ${recomputed.inputsHash}`);
  }
  return { ok: problems.length === 0, evaluation: e, body: body.code, total: stored.total, inputsHash: stored.inputsHash, problems };
}

function formatTotal(total: bigint): string {
  return `${total / 10_000n}.${(total % 10_000n).toString().padStart(4, '0')}`;
}
