import { ProhibitionDistinction, PurposeDistinction, ToleranceExclusion, ToleranceOutcome, TrialDistinction } from './tolerance.enums';

export interface ToleranceFacts {
  trial: TrialDistinction;
  prohibition: ProhibitionDistinction;
  purpose: PurposeDistinction;
  mitigationTaken: boolean;
  exclusions: ToleranceExclusion[];
}

export interface Derivation {
  /** null while any distinction is UNDETERMINED: the case cannot be decided yet. */
  outcome: ToleranceOutcome | null;
  /** The rule trace: one line per rule that fired, each starting with the rule's name. */
  reasons: string[];
}

/** The rule names, as the trace shows them (stable: integrators and the derivation test match on them). */
export const RULES = {
  UNDETERMINED_TRIAL: 'UNDETERMINED_TRIAL',
  UNDETERMINED_PROHIBITION: 'UNDETERMINED_PROHIBITION',
  UNDETERMINED_PURPOSE: 'UNDETERMINED_PURPOSE',
  KNOWING_VIOLATION: 'KNOWING_VIOLATION',
  DEFIED_PROHIBITION: 'DEFIED_PROHIBITION',
  PRIVATE_GAIN: 'PRIVATE_GAIN',
  EXCLUSION: 'EXCLUSION',
  ALL_FAVOURABLE_WITH_MITIGATION: 'ALL_FAVOURABLE_WITH_MITIGATION',
  ALL_FAVOURABLE_WITHOUT_MITIGATION: 'ALL_FAVOURABLE_WITHOUT_MITIGATION',
} as const;

/**
 * CHAIN.md §3.5 rule 1. Every rule that fires is named, so the deciders see why:
 * - any distinction UNDETERMINED → no outcome (FACTS_INCOMPLETE when signing); the other rules
 *   that already fire are still listed;
 * - knowing violation, defied prohibition, private gain or any exclusion → ACCOUNTABLE;
 * - all three favourable, no exclusion: TOLERATED with mitigation taken (losses remedied
 *   actively), MITIGATED without.
 */
export function deriveOutcome(f: ToleranceFacts): Derivation {
  const reasons: string[] = [];
  const undetermined = [
    [f.trial === TrialDistinction.UNDETERMINED, `${RULES.UNDETERMINED_TRIAL}: whether this was inexperience in a trial or a knowing violation is not established.`],
    [f.prohibition === ProhibitionDistinction.UNDETERMINED, `${RULES.UNDETERMINED_PROHIBITION}: whether an explicit prohibition was defied is not established.`],
    [f.purpose === PurposeDistinction.UNDETERMINED, `${RULES.UNDETERMINED_PURPOSE}: whether this served development or private gain is not established.`],
  ] as const;
  for (const [fires, line] of undetermined) if (fires) reasons.push(line);
  const accountable: string[] = [];
  if (f.trial === TrialDistinction.KNOWING_VIOLATION) accountable.push(`${RULES.KNOWING_VIOLATION}: a knowing violation (明知故犯) → ACCOUNTABLE.`);
  if (f.prohibition === ProhibitionDistinction.DEFIED_EXPLICIT_PROHIBITION) accountable.push(`${RULES.DEFIED_PROHIBITION}: an explicit prohibition was defied (明令禁止后我行我素) → ACCOUNTABLE.`);
  if (f.purpose === PurposeDistinction.FOR_PRIVATE_GAIN) accountable.push(`${RULES.PRIVATE_GAIN}: done for private gain (谋取私利) → ACCOUNTABLE.`);
  for (const e of [...new Set(f.exclusions)].sort()) accountable.push(`${RULES.EXCLUSION}: exclusion ${e} applies → ACCOUNTABLE.`);
  reasons.push(...accountable);
  if (reasons.length > accountable.length) return { outcome: null, reasons };
  if (accountable.length) return { outcome: ToleranceOutcome.ACCOUNTABLE, reasons };
  if (f.mitigationTaken) {
    reasons.push(`${RULES.ALL_FAVOURABLE_WITH_MITIGATION}: all three distinctions favourable, no exclusion, losses actively remedied → TOLERATED.`);
    return { outcome: ToleranceOutcome.TOLERATED, reasons };
  }
  reasons.push(`${RULES.ALL_FAVOURABLE_WITHOUT_MITIGATION}: all three distinctions favourable, no exclusion, but no mitigation taken → MITIGATED.`);
  return { outcome: ToleranceOutcome.MITIGATED, reasons };
}

/** The rule name a trace line starts with. */
export const ruleOf = (line: string) => line.slice(0, line.indexOf(':'));
