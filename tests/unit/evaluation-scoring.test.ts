import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, indicatorScore, parseDecimal, score, ScoreInput } from '../../src/domains/evaluation/evaluation.scoring';

const header = { system: 'S', systemVersion: 1, body: '330100', period: '2026' };

/** A decimal with at most four places, as the Decimal scalar carries it. */
const decimal = (min: number, max: number) => fc.integer({ min: min * 10_000, max: max * 10_000 }).map((n) => formatDecimal(BigInt(n)));

/** Weights in hundredths summing to exactly 100.00 over n indicators. */
const weights = (n: number) =>
  fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: n, maxLength: n }).map((raw) => {
    const sum = raw.reduce((a, b) => a + b, 0);
    const scaled = raw.map((r) => Math.max(1, Math.floor((r * 10_000) / sum)));
    scaled[0] += 10_000 - scaled.reduce((a, b) => a + b, 0);
    return scaled;
  }).filter((w) => w.every((x) => x > 0));

const inputs = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(
    weights(n),
    fc.array(fc.tuple(fc.boolean(), decimal(-1000, 1000), fc.integer({ min: 1, max: 5_000_000 }), decimal(-3000, 3000)), { minLength: n, maxLength: n }),
  ).map(([w, rows]): ScoreInput[] =>
    rows.map(([higher, baseline, span, value], k) => {
      const b = parseDecimal(baseline);
      const target = higher ? b + BigInt(span) : b - BigInt(span);
      return { indicator: `I${String(k).padStart(2, '0')}`, weight: formatDecimal(BigInt(w[k]), 2), direction: higher ? 'HIGHER_IS_BETTER' : 'LOWER_IS_BETTER', baseline, target: formatDecimal(target), value, source: `observation:${k}` };
    }),
  ),
);

/** The exact rational score ×10⁴, rounded half up — computed independently with numerator and denominator kept apart. */
function referenceScore(i: ScoreInput): bigint {
  const [b, t, v] = [parseDecimal(i.baseline), parseDecimal(i.target), parseDecimal(i.value)];
  let num = v - b;
  let den = t - b;
  if (den < 0n) [num, den] = [-num, -den];
  if (num <= 0n) return 0n;
  if (num >= den) return 1_000_000n;
  return (2n * num * 1_000_000n + den) / (2n * den);
}

describe('evaluation scoring', () => {
  it('is invariant to the order of the inputs: same components, total and hash', () => {
    fc.assert(
      fc.property(inputs, fc.integer(), (list, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }), { numRuns: 1, seed })[0];
        expect(score(header, shuffled)).toEqual(score(header, list));
      }),
      { numRuns: 300 },
    );
  });

  it('is exact in decimal: each score and contribution is the exact rational rounded half up once, and the total their exact sum', () => {
    fc.assert(
      fc.property(inputs, (list) => {
        const result = score(header, list);
        let total = 0n;
        for (const c of result.components) {
          const s = referenceScore(c);
          expect(parseDecimal(c.score)).toBe(s);
          const w = parseDecimal(c.weight, 2);
          const contribution = (2n * s * w + 10_000n) / 20_000n;
          expect(parseDecimal(c.contribution)).toBe(contribution);
          total += contribution;
        }
        expect(parseDecimal(result.total)).toBe(total);
        expect(total >= 0n && total <= 1_000_000n).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('changes the hash when any input changes', () => {
    fc.assert(
      fc.property(inputs, fc.nat(), (list, pick) => {
        const k = pick % list.length;
        const changed = list.map((i, j) => (j === k ? { ...i, value: formatDecimal(parseDecimal(i.value) + 1n) } : i));
        expect(score(header, changed).inputsHash).not.toBe(score(header, list).inputsHash);
      }),
      { numRuns: 200 },
    );
  });

  it('scores the classic float traps exactly', () => {
    // 0.1 + 0.2 of a 0.3 span: a float gives 100.00000000000001 %, clamped or not.
    expect(formatDecimal(indicatorScore('HIGHER_IS_BETTER', 0n, parseDecimal('0.3'), parseDecimal('0.1') + parseDecimal('0.2')))).toBe('100.0000');
    expect(formatDecimal(indicatorScore('HIGHER_IS_BETTER', 0n, parseDecimal('3'), parseDecimal('1')))).toBe('33.3333');
    expect(formatDecimal(indicatorScore('LOWER_IS_BETTER', parseDecimal('20'), parseDecimal('5'), parseDecimal('6')))).toBe('93.3333');
    expect(formatDecimal(indicatorScore('HIGHER_IS_BETTER', 0n, parseDecimal('3'), parseDecimal('2')))).toBe('66.6667');
    expect(formatDecimal(indicatorScore('LOWER_IS_BETTER', parseDecimal('20'), parseDecimal('5'), parseDecimal('25')))).toBe('0.0000');
  });
});
