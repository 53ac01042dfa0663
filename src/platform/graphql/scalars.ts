import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

// Money and quantities are exact decimals: strings on the wire, integers (minor units) in the
// database, BigInt in between. A float never touches them.

/** Largest amount in minor units that both databases return exactly (2^53 − 1). */
export const MAX_MINOR_UNITS = BigInt(Number.MAX_SAFE_INTEGER);

function decimalScalar(name: string, scale: number, description: string, max = MAX_MINOR_UNITS, signed = false) {
  const unit = 10n ** BigInt(scale);
  const pattern = new RegExp(`^${signed ? '-?' : ''}(0|[1-9]\\d{0,17})(\\.\\d{1,${scale}})?$`);
  const invalid = (why: string) => new GraphQLError(`${name} ${why}`, { extensions: { code: 'BAD_USER_INPUT' } });

  const parse = (value: unknown): bigint => {
    if (typeof value !== 'string') throw invalid(`must be a decimal string such as "1250000.${'0'.repeat(scale)}", not a ${typeof value}.`);
    if (!pattern.test(value)) throw invalid(`must be a ${signed ? '' : 'non-negative '}decimal with at most ${scale} decimals, without exponent${signed ? '' : ' or sign'} (got "${value.slice(0, 40)}").`);
    const negative = value.startsWith('-');
    const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
    const minor = BigInt(whole) * unit + BigInt(fraction.padEnd(scale, '0') || '0');
    if (minor > max) throw invalid(`exceeds the largest supported value.`);
    return negative ? -minor : minor;
  };

  return new GraphQLScalarType<bigint, string>({
    name,
    description,
    serialize(value) {
      const minor = typeof value === 'bigint' ? value : BigInt(value as string | number);
      const sign = minor < 0n ? '-' : '';
      const abs = minor < 0n ? -minor : minor;
      return `${sign}${abs / unit}.${(abs % unit).toString().padStart(scale, '0')}`;
    },
    parseValue: parse,
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) throw invalid('must be given as a string literal.');
      return parse(ast.value);
    },
  });
}

export const MoneyScalar = decimalScalar(
  'Money',
  2,
  'An exact amount of money as a decimal string with at most two decimals, e.g. "1250000.00" (CNY unless stated). Never a float.',
);

export const QuantityScalar = decimalScalar(
  'Quantity',
  3,
  'An exact non-negative quantity as a decimal string with at most three decimals, e.g. "120.5" (hectares, tonnes of standard coal…).',
);

export const PercentageScalar = decimalScalar(
  'Percentage',
  2,
  'An exact share as a decimal string from "0.00" to "100.00" (at most two decimals). Never a float.',
  10_000n,
);

export const DecimalScalar = decimalScalar(
  'Decimal',
  4,
  'An exact signed decimal as a string with at most four decimals, e.g. "-3.2500" or "87.5" (indicator values, baselines, targets, scores). Never a float.',
  MAX_MINOR_UNITS,
  true,
);

/** Decimal in ten-thousandths (the unit of DecimalScalar): 1.0000 = 10000. */
export const DECIMAL_UNIT = 10_000n;

/** TypeORM transformer for bigint columns holding minor units: BigInt in the entity. */
export const minorUnits = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | number | null) => (value === null || value === undefined ? null : BigInt(value)),
};

/** Percentage in hundredths (the unit of PercentageScalar): 100.00 % = 10000. */
export const PERCENT_SCALE = 100;
export const FULL_PERCENT = 100 * PERCENT_SCALE;
