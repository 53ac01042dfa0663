import { describe, expect, it } from 'vitest';
import { currentFiscalYear, formatDateTime, formatYuan, fromFen, isoToShanghaiLocal, shanghaiLocalToIso, subtractMoney, sumMoney, toFen } from '../../web/src/format';

// The web app's money and time formatting: exact decimal strings, Beijing time whatever the machine's zone.
describe('money in the web app', () => {
  it('adds amounts exactly, where floats would not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['9007199254740993.01', '0.99'])).toBe('9007199254740994.00'); // past Number.MAX_SAFE_INTEGER
    expect(subtractMoney('20000000.00', '25000000.5')).toBe('-5000000.50');
    expect(sumMoney([])).toBe('0.00');
  });

  it('formats yuan with grouping and two decimals', () => {
    expect(formatYuan('1250000')).toBe('¥1,250,000.00');
    expect(formatYuan('1250000.5')).toBe('¥1,250,000.50');
    expect(formatYuan('0.07')).toBe('¥0.07');
    expect(formatYuan('-1000.10')).toBe('-¥1,000.10');
    expect(formatYuan(null)).toBe('—');
  });

  it('refuses what is not an amount instead of guessing', () => {
    for (const bad of ['1.234', '1e6', 'abc', '', '1,000.00', 'NaN']) expect(() => toFen(bad), bad).toThrow();
    expect(fromFen(toFen('12.3'))).toBe('12.30');
  });
});

describe('time in the web app', () => {
  it('shows instants in Beijing time in both languages', () => {
    expect(formatDateTime('2026-06-30T09:00:00Z', 'zh')).toBe('2026年6月30日 17:00');
    expect(formatDateTime('2026-06-30T16:30:00Z', 'en')).toBe('1 Jul 2026, 00:30');
    expect(formatDateTime(null, 'zh')).toBe('—');
  });

  it('reads a deadline typed in Beijing time as the right instant, and back', () => {
    expect(shanghaiLocalToIso('2030-06-30T17:00')).toBe('2030-06-30T09:00:00.000Z');
    expect(shanghaiLocalToIso('2030-01-01T03:00')).toBe('2029-12-31T19:00:00.000Z');
    expect(isoToShanghaiLocal('2029-12-31T19:00:00.000Z')).toBe('2030-01-01T03:00');
    expect(() => shanghaiLocalToIso('30/06/2030 17:00')).toThrow();
  });

  it('takes the fiscal year from the Beijing calendar', () => {
    expect(currentFiscalYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(currentFiscalYear(new Date('2026-12-31T15:59:00Z'))).toBe(2026);
  });
});
