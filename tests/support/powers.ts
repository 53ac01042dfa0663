import { DefinePowerDocument, DelegatePowerDocument, DelegatePowerMutationVariables } from '../generated/graphql';
import type { TestHub } from './hub';
import { ok } from './test-hub';

let seq = 0;

/** Defines a fresh power (unique code) as a LEAD of a central body; returns its code. */
export async function definePower(t: TestHub, estimatedAnnualCost = '1000000.00', as = 'CN-NDRC:LEAD'): Promise<string> {
  const code = `TEST-POWER-${process.pid}-${++seq}`;
  ok(await t.run(DefinePowerDocument, { input: { code, title: `测试事权 ${seq}`, field: 'testing', estimatedAnnualCost } }, as));
  return code;
}

export const YEAR = 2026;

export function allocation(amount: string, fiscalYear = YEAR) {
  return { amount, fiscalYear, source: 'TRANSFER_PAYMENT' };
}

/** delegatePower that must succeed; returns the delegation. */
export async function delegate(t: TestHub, as: string, input: DelegatePowerMutationVariables['input']) {
  return ok(await t.run(DelegatePowerDocument, { input }, as)).delegation!;
}
