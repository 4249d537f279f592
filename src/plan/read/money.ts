import {
  cellText,
  isCellError,
  problemOf,
  quote,
  type CellValue,
  type Reading,
  POUNDS,
  type MoneyUnit,
} from '../core';
import { unitFromFormat, unitFromHeader } from './moneyUnit';

// Patterns built once: money columns can run to thousands of rows.
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;
const SCALE = String.raw`(?:\s?(k|m|mn|bn|b|thousand|million|billion)(?![a-z]))?`;
/** A whole cell that is one amount: "£1.23m", "(£250k)", "-£250k", "2,000,000", "GBP 5m". */
const WHOLE = new RegExp(
  String.raw`^(\()?\s*([-−])?\s*(?:£|gbp)?\s*([-−])?\s*${NUMBER}${SCALE}\s*(\))?$`,
  'i'
);
/** The first £ amount in prose, with a minus sign written against the £: "the £15m of savings". */
const IN_TEXT = new RegExp(String.raw`(?:(?:^|(?<=[\s(]))([-−]))?£\s?${NUMBER}${SCALE}`, 'i');
/** An amount that opens a cell and is followed by words: "250 recurrent", "c. 1.5m (full year)". */
const LEADING = new RegExp(
  String.raw`^(?:c\.?|circa|approx\.?|approximately|about|around|est\.?|estimated|up to)?\s*(?:£|gbp)?\s*${NUMBER}${SCALE}(?=\s|$|[(,;:])`,
  'i'
);
/** Cell text meaning "no amount" rather than a badly written one. */
const NONE = /^(?:-+|–|—|n\/?a|none|nil|not applicable)$/i;
/** Cell text meaning "an amount not known yet": unknown, never zero. */
const UNKNOWN =
  /^(?:tbc|tba|tbd|tbc\.|to be (?:confirmed|agreed|determined)|unknown|not known|\?+)$/i;

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

/** Pounds to the penny, so 1.23 * 1e6 is 1230000, not 1229999.9999999998. */
function pounds(amount: number): number {
  const rounded = Math.round(amount * 100) / 100;
  return rounded === 0 ? 0 : rounded; // never -0
}

/** An amount: written number times its own scale ("m"), or times the column's unit when it has none. */
function amount(number: string, scale: string | undefined, unit: number): number {
  const n = Number(number.replace(/,/g, ''));
  return pounds(n * (scale ? SCALES[scale.toLowerCase()] : unit));
}

/**
 * The first £ amount in prose, in pounds ("delivering the £15m of savings" -> 15000000), or null
 * when there is no £ amount. Any £ amount counts ("£45.6 per head"); the caller decides whether it
 * is a saving.
 */
export function findMoneyInText(text: string): number | null {
  if (typeof text !== 'string' || !text.includes('£')) return null;
  const m = IN_TEXT.exec(text);
  if (!m) return null;
  const value = amount(m[2], m[3], 1);
  if (!Number.isFinite(value)) return null;
  return m[1] && value !== 0 ? -value : value;
}

/** The unit a money column's header gives its bare numbers: 1000 for "£000", 1e6 for "£m". */
export function moneyUnitFromHeader(header: string): number {
  return unitFromHeader(header)?.scale ?? 1;
}

function unreadable(what: string): Reading<Amount> {
  return {
    value: { pounds: null, status: 'unreadable', unit: POUNDS, unitFrom: 'column' },
    problem: problemOf('unreadable-money', { written: what }),
  };
}

/** One money cell read: its amount in pounds, and the unit the figure was written in. */
export interface Amount {
  /** Pounds; null for no amount, an unknown one ("TBC") or text that is not money. */
  pounds: number | null;
  /** 'none' for a blank, "-" or "n/a"; 'unknown' for "TBC": neither is zero. */
  status: 'amount' | 'none' | 'unknown' | 'unreadable';
  unit: MoneyUnit;
  /** Where the unit came from: the cell's own text ("£1.2m"), its number format, or the column. */
  unitFrom: 'cell' | 'format' | 'column';
}

const noAmount = (status: 'none' | 'unknown', unit: MoneyUnit): Reading<Amount> => ({
  value: { pounds: null, status, unit, unitFrom: 'column' },
});

const SCALE_UNITS: Record<number, MoneyUnit> = {
  1e3: { label: '£k', scale: 1e3 },
  1e6: { label: '£m', scale: 1e6 },
  1e9: { label: '£bn', scale: 1e9 },
};

/** A figure read from text: with its own scale ("£250k") or in the column's unit. */
function fromText(
  number: string,
  scale: string | undefined,
  column: MoneyUnit,
  negative: boolean
): Amount {
  const own = scale ? SCALE_UNITS[SCALES[scale.toLowerCase()]] : null;
  const value = amount(number, scale, column.scale);
  return {
    pounds: negative && value !== 0 ? -value : value,
    status: 'amount',
    unit: own ?? column,
    unitFrom: own ? 'cell' : 'column',
  };
}

/**
 * A number cell in pounds. A format that shows thousands ("#,##0,") divides what Excel shows, so
 * the stored figure is already pounds; a literal suffix ("0.0\"m\"") names the unit shown.
 */
function fromNumber(
  value: number,
  column: MoneyUnit,
  format: string | null | undefined,
  headerNamesUnit: boolean
): Reading<Amount> {
  const f = unitFromFormat(format);
  let unit = column;
  let unitFrom: Amount['unitFrom'] = 'column';
  let result = pounds(value * column.scale);
  if (f && (f.suffix || f.divisor > 1)) {
    const shown = f.suffix ?? (headerNamesUnit ? column : (SCALE_UNITS[f.divisor] ?? column));
    unit = shown;
    unitFrom = f.suffix || !headerNamesUnit ? 'format' : 'column';
    result = pounds((value / f.divisor) * shown.scale);
  }
  return Number.isFinite(result)
    ? { value: { pounds: result, status: 'amount', unit, unitFrom } }
    : unreadable(String(value));
}

/**
 * Reads a money cell. Numbers are in the column's unit (a "£'000" header makes 250 mean £250,000)
 * unless the cell's number format says otherwise; text amounts with their own scale ("£1.2m") keep
 * it. Brackets or a minus sign make an amount negative. Blank, "-", "n/a" are no amount, "TBC" an
 * unknown one: never zero. Any other text is unreadable, with a problem quoting it.
 */
export function readAmount(
  value: CellValue,
  column: MoneyUnit | null = null,
  format?: string | null
): Reading<Amount> {
  const unit = column && Number.isFinite(column.scale) && column.scale > 0 ? column : POUNDS;
  if (typeof value === 'number') return fromNumber(value, unit, format, column !== null);
  if (typeof value === 'boolean' || isCellError(value)) return unreadable(quote(cellText(value)));
  const text = cellText(value);
  if (!text || NONE.test(text)) return noAmount('none', unit);
  if (UNKNOWN.test(text)) return noAmount('unknown', unit);
  const flat = text.replace(/\s+/g, ' ');

  const whole = WHOLE.exec(flat);
  const bracketsMatch = whole !== null && Boolean(whole[1]) === Boolean(whole[6]);
  if (whole && bracketsMatch && !(whole[2] && whole[3])) {
    const read = fromText(whole[4], whole[5], unit, Boolean(whole[1] || whole[2] || whole[3]));
    return Number.isFinite(read.pounds) ? { value: read } : unreadable(quote(text));
  }
  const inText = IN_TEXT.exec(flat);
  if (inText) {
    const read = fromText(inText[2], inText[3], POUNDS, Boolean(inText[1]));
    if (Number.isFinite(read.pounds)) return { value: read };
  }
  const leading = LEADING.exec(flat);
  if (leading) {
    const read = fromText(leading[1], leading[2], unit, false);
    if (Number.isFinite(read.pounds)) return { value: read };
  }
  return unreadable(quote(text));
}

/** A money cell in pounds, in a column whose bare numbers count `unit` pounds each (1000 for £'000). */
export function readMoney(value: CellValue, unit = 1): Reading<number | null> {
  const scale = Number.isFinite(unit) && unit > 0 ? unit : 1;
  const r = readAmount(value, { label: '£', scale });
  return r.problem ? { value: null, problem: r.problem } : { value: r.value.pounds };
}

/** A savings figure in prose: a £ amount in a sentence that speaks of savings ("the £15m of savings"). */
export function savingsInText(text: string): number | null {
  if (!/saving/i.test(text) || !text.includes('£')) return null;
  for (const sentence of text.split(/(?<=[.;])\s+|\n/)) {
    if (/saving/i.test(sentence)) {
      const amount = findMoneyInText(sentence);
      if (amount !== null && amount > 0) return amount;
    }
  }
  return null;
}
