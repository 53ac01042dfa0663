import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { GraphQLDateTime as ScalarsDateTime } from 'graphql-scalars';

/**
 * graphql-scalars' DateTime (same name, description and input rules), answering the ISO string
 * instead of the Date itself: JSON.stringify leaves its fast path at every object with a toJSON
 * method, and an answer is stringified once per request and once per subscriber of an event (an
 * inbox answer with 47 dates: 78 µs against 28 µs with strings). The text is the same.
 */
export const GraphQLDateTime = new GraphQLScalarType<Date, string>({
  ...ScalarsDateTime.toConfig(),
  serialize: (value) => (ScalarsDateTime.serialize(value) as Date).toISOString(),
});

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
  'An exact amount of money as a decimal string, e.g. "1250000.00" (CNY unless stated). Never a float. Input: a non-negative decimal with at most two decimals, no sign, exponent or grouping, at most "90071992547409.91" (2^53 − 1 minor units, what both databases and JavaScript hold exactly); anything else is refused (BAD_USER_INPUT), never rounded or capped. "1250000", "1250000.5" and "1250000.50" mean the same amount. Output: always exactly two decimals ("1250000.50").',
);

export const QuantityScalar = decimalScalar(
  'Quantity',
  3,
  'An exact non-negative quantity as a decimal string, e.g. "120.5" (hectares, tonnes of standard coal…). Input: at most three decimals and at most "9007199254740.991"; anything else is refused (BAD_USER_INPUT), never rounded. Output: always exactly three decimals ("120.500").',
);

/** Digits a ratio is computed to when it does not terminate sooner. */
export const RATIO_DECIMALS = 18;

/**
 * numerator ÷ denominator as a decimal string: exact when the quotient terminates within 18
 * decimals (3 ÷ 4 → "0.75"), otherwise cut after the 18th; never capped, never through a float.
 */
export function ratioDecimal(numerator: bigint, denominator: bigint): string {
  const scale = 10n ** BigInt(RATIO_DECIMALS);
  const scaled = (numerator * scale) / denominator;
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(RATIO_DECIMALS, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole.toString();
}

export const RatioScalar = new GraphQLScalarType<string, string>({
  name: 'Ratio',
  description:
    'A non-negative ratio as a decimal string, e.g. "0.75" or "2500" (no exponent, no trailing zeros; exact when it terminates within 18 decimals, otherwise cut after the 18th). Read it with a decimal library, not a float, to keep it exact. Output only.',
  serialize(value) {
    if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value)) throw new GraphQLError('Ratio: not a decimal string.');
    return value;
  },
  parseValue() {
    throw new GraphQLError('Ratio is output only.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  parseLiteral() {
    throw new GraphQLError('Ratio is output only.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

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
