// Money and dates as department staff read them: yuan with exact decimals, times in Beijing time.
// Amounts are decimal strings (the hub's Money scalar); they are computed on integer fen (BigInt),
// never on floats.

export type Lang = 'zh' | 'en';
export const TIME_ZONE = 'Asia/Shanghai';
const MONEY = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** "1250000.5" → 125000050n (fen). Throws on anything that is not a Money string. */
export function toFen(amount: string): bigint {
  const m = MONEY.exec(amount.trim());
  if (!m) throw new Error(`not an amount of money: "${amount}"`);
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -fen : fen;
}

/** 125000050n → "1250000.50". */
export function fromFen(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** Exact sum of Money strings. */
export function sumMoney(amounts: readonly string[]): string {
  return fromFen(amounts.reduce((total, a) => total + toFen(a), 0n));
}

/** Exact difference a − b of Money strings. */
export function subtractMoney(a: string, b: string): string {
  return fromFen(toFen(a) - toFen(b));
}

/** "1250000.5" → "¥1,250,000.50" (both languages write yuan this way). */
export function formatYuan(amount: string | null | undefined): string {
  if (amount === null || amount === undefined) return '—';
  const fixed = fromFen(toFen(amount));
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${fraction}`;
}

/** A coverage ratio (allocated ÷ cost, a display figure the hub computes) as a percentage. */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return '—';
  return `${Math.round(ratio * 1000) / 10}%`;
}

const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();

/** An instant in Beijing time: "2026年11月28日 16:05" / "28 Nov 2026, 16:05". */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  let format = dateTimeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: lang === 'zh' ? 'long' : 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dateTimeFormats.set(lang, format);
  }
  return format.format(new Date(iso));
}

// China has kept UTC+8 without daylight saving since 1991: a fixed offset is exact.
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The value of an <input type="datetime-local"> read as Beijing time → an ISO instant (UTC). */
export function shanghaiLocalToIso(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`not a local date-time: "${local}"`);
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])) - SHANGHAI_OFFSET_MS;
  return new Date(utc).toISOString();
}

/** An ISO instant → the Beijing-time value of an <input type="datetime-local">. */
export function isoToShanghaiLocal(iso: string): string {
  return new Date(new Date(iso).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** The current fiscal year (the calendar year in Beijing). */
export function currentFiscalYear(now = new Date()): number {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}
