import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MoneyScalar, QuantityScalar, RatioScalar, ratioDecimal } from '../../src/platform/graphql/scalars';

describe('Money', () => {
  it('parses decimal strings into exact minor units and prints them back', () => {
    expect(MoneyScalar.parseValue('1250000.00')).toBe(125000000n);
    expect(MoneyScalar.parseValue('0.5')).toBe(50n);
    expect(MoneyScalar.parseValue('90071992547409.91')).toBe(9007199254740991n);
    expect(MoneyScalar.serialize(125000000n)).toBe('1250000.00');
    expect(MoneyScalar.serialize(5n)).toBe('0.05');
    expect(MoneyScalar.serialize(10n ** 20n + 1n)).toBe('1000000000000000000.01');
  });

  it.each([[12.5], ['1e6'], ['-1.00'], ['1.234'], [' 1.00'], ['01.00'], [''], ['90071992547409.92'], [null], [true]])('refuses %j', (value) => {
    expect(() => MoneyScalar.parseValue(value)).toThrow(/Money/);
  });

  it('refuses non-string literals', () => {
    expect(() => MoneyScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' }, {})).toThrow(/string literal/);
    expect(() => MoneyScalar.parseLiteral({ kind: Kind.INT, value: '15' }, {})).toThrow(/string literal/);
    expect(MoneyScalar.parseLiteral({ kind: Kind.STRING, value: '15.00' }, {})).toBe(1500n);
  });
});

describe('Quantity', () => {
  it('keeps three decimals exactly', () => {
    expect(QuantityScalar.parseValue('100.499')).toBe(100499n);
    expect(QuantityScalar.serialize(100499n)).toBe('100.499');
    expect(() => QuantityScalar.parseValue('1.2345')).toThrow(/Quantity/);
  });
});

describe('ratios as decimals', () => {
  it('are exact when the quotient terminates, cut after 18 decimals otherwise, and never capped', () => {
    expect(ratioDecimal(3n, 4n)).toBe('0.75');
    expect(ratioDecimal(7499999n, 10000000n)).toBe('0.7499999');
    expect(ratioDecimal(1n, 3n)).toBe('0.333333333333333333');
    expect(ratioDecimal(2n, 3n)).toBe('0.666666666666666666');
    expect(ratioDecimal(500000000n, 100000n)).toBe('5000');
    expect(ratioDecimal(9007199254740991n, 1n)).toBe('9007199254740991');
    expect(ratioDecimal(0n, 5n)).toBe('0');
  });

  it('Ratio is output only and serializes only decimal strings', () => {
    expect(RatioScalar.serialize('0.75')).toBe('0.75');
    expect(() => RatioScalar.serialize(0.75)).toThrow(/Ratio/);
    expect(() => RatioScalar.parseValue('0.75')).toThrow(/output only/);
  });
});
