import { createHash } from 'node:crypto';

// The scoring rule, in one pure module that the server, the CLI (`hub evaluation verify`) and the
// tests share. Everything is integer arithmetic on BigInt: values, baselines and targets in
// ten-thousandths (Decimal, 4 decimals), weights in hundredths of a percent (Percentage), scores
// in ten-thousandths of a point. Rounding is half up, once per indicator score and once per
// weighted contribution; the total is the exact sum of the contributions. No float anywhere.

export type ScoreDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

/** One weighted input of an evaluation, as stored with it (all numbers as decimal strings). */
export interface ScoreInput {
  indicator: string; // indicator code
  weight: string; // Percentage, "40.00"
  direction: ScoreDirection;
  baseline: string; // Decimal
  target: string; // Decimal
  value: string; // Decimal
  source: string; // "observation:<row id>" or "hub:<METRIC>:<on time>/<due>"
}

export interface ScoreHeader {
  system: string; // indicator system code
  systemVersion: number;
  body: string; // body code
  period: string;
}

export interface ScoredComponent extends ScoreInput {
  score: string; // 0.0000–100.0000
  contribution: string; // score × weight ÷ 100
}

export interface ScoreResult {
  components: ScoredComponent[];
  total: string;
  inputsHash: string;
}

const SCALE = 4;
const UNIT = 10n ** BigInt(SCALE);
const FULL_SCORE = 100n * UNIT; // 100.0000
const WEIGHT_FULL = 10_000n; // 100.00 % in hundredths

/** "−12.5" → −125000n (ten-thousandths). Throws on anything but a plain decimal. */
export function parseDecimal(text: string, scale = SCALE): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || (m[3] && m[3].length > scale)) throw new Error(`not a decimal with at most ${scale} decimals: "${text}"`);
  const v = BigInt(m[2]) * 10n ** BigInt(scale) + BigInt((m[3] ?? '').padEnd(scale, '0') || '0');
  return m[1] ? -v : v;
}

/** −125000n → "-12.5000": always `scale` decimals, so equal numbers print equally (the hash relies on it). */
export function formatDecimal(v: bigint, scale = SCALE): string {
  const unit = 10n ** BigInt(scale);
  const abs = v < 0n ? -v : v;
  return `${v < 0n ? '-' : ''}${abs / unit}.${(abs % unit).toString().padStart(scale, '0')}`;
}

/** a ÷ b rounded half away from zero, for b > 0. */
function divRound(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a % b;
  if (2n * (r < 0n ? -r : r) >= b) return a < 0n ? q - 1n : q + 1n;
  return q;
}

/**
 * Indicator score in ten-thousandths of a point: clamp((value − baseline) ÷ (target − baseline), 0, 1) × 100,
 * written for LOWER_IS_BETTER as (baseline − value) ÷ (baseline − target) so the divisor is positive either way.
 */
export function indicatorScore(direction: ScoreDirection, baseline: bigint, target: bigint, value: bigint): bigint {
  const [gained, span] = direction === 'HIGHER_IS_BETTER' ? [value - baseline, target - baseline] : [baseline - value, baseline - target];
  if (span <= 0n) throw new Error('target must lie beyond the baseline in the indicator’s direction');
  if (gained <= 0n) return 0n;
  if (gained >= span) return FULL_SCORE;
  return divRound(gained * FULL_SCORE, span);
}

/** Canonical form of the inputs: sorted by indicator code, fixed-scale numbers, fixed key order. */
export function canonicalInputs(header: ScoreHeader, inputs: ScoreInput[]): string {
  const rows = [...inputs]
    .sort((a, b) => (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0))
    .map((i) => [i.indicator, formatDecimal(parseDecimal(i.weight, 2), 2), i.direction, formatDecimal(parseDecimal(i.baseline)), formatDecimal(parseDecimal(i.target)), formatDecimal(parseDecimal(i.value)), i.source]);
  return JSON.stringify({ v: 1, system: header.system, systemVersion: header.systemVersion, body: header.body, period: header.period, inputs: rows });
}

/** Scores one body: components in indicator-code order, the exact total, and the SHA-256 of the canonical inputs. */
export function score(header: ScoreHeader, inputs: ScoreInput[]): ScoreResult {
  const codes = new Set<string>();
  for (const i of inputs) {
    if (codes.has(i.indicator)) throw new Error(`indicator ${i.indicator} appears twice`);
    codes.add(i.indicator);
  }
  const sorted = [...inputs].sort((a, b) => (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0));
  let total = 0n;
  const components = sorted.map((i) => {
    const s = indicatorScore(i.direction, parseDecimal(i.baseline), parseDecimal(i.target), parseDecimal(i.value));
    const contribution = divRound(s * parseDecimal(i.weight, 2), WEIGHT_FULL);
    total += contribution;
    return { ...i, score: formatDecimal(s), contribution: formatDecimal(contribution) };
  });
  const inputsHash = createHash('sha256').update(canonicalInputs(header, inputs)).digest('hex');
  return { components, total: formatDecimal(total), inputsHash };
}

/** Share of on-time items as a Decimal percentage (4 decimals, half up); nothing due counts as 100 (nothing was late). */
export function onTimeShare(onTime: number, due: number): bigint {
  if (due === 0) return FULL_SCORE;
  return divRound(BigInt(onTime) * FULL_SCORE, BigInt(due));
}
