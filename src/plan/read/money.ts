import { cellText, isCellError } from '../cellText';
import { quote } from '../findings';
import type { CellValue } from '../grid';
import type { Reading } from '../types';

// Patterns built once: money columns can run to thousands of rows.
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;
const SCALE = String.raw`(?:\s?(k|m|mn|bn|b|thousand|million|billion)(?![a-z]))?`;
/** A whole cell that is one amount: "£1.23m", "(£250k)", "-£250k", "2,000,000", "GBP 5m". */
const WHOLE = new RegExp(String.raw`^(\()?\s*([-−])?\s*(?:£|gbp)?\s*([-−])?\s*${NUMBER}${SCALE}\s*(\))?$`, 'i');
/** The first £ amount in prose, with a minus sign written against the £: "the £15m of savings". */
const IN_TEXT = new RegExp(String.raw`(?:(?:^|(?<=[\s(]))([-−]))?£\s?${NUMBER}${SCALE}`, 'i');
/** An amount that opens a cell and is followed by words: "250 recurrent", "c. 1.5m (full year)". */
const LEADING = new RegExp(
  String.raw`^(?:c\.?|circa|approx\.?|approximately|about|around|est\.?|estimated|up to)?\s*(?:£|gbp)?\s*${NUMBER}${SCALE}(?=\s|$|[(,;:])`,
  'i',
);
/** Cell text meaning "no amount" rather than a badly written one. */
const NONE = /^(?:-+|–|—|n\/?a|none|nil|not applicable)$/i;

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
  if (typeof header !== 'string') return 1;
  const h = header.toLowerCase().replace(/[\s'’‘`]/g, '');
  if (/£(?:m|mn|ms|million|millions)(?![a-z])/.test(h)) return 1e6;
  if (/£(?:000|k(?![a-z])|thousand)|\(000s?\)|gbp(?:000|k(?![a-z]))/.test(h)) return 1000;
  return 1;
}

function unreadable(what: string): Reading<number | null> {
  return {
    value: null,
    problem: {
      code: 'unreadable-money',
      severity: 'warning',
      message: `Amount ${what} is not a sum of money. Use pounds such as £250,000, £250k, £1.5m or (£250k) for a negative amount.`,
    },
  };
}

/**
 * Reads a money cell in pounds. Numbers (and bare numbers in text) are multiplied by the column's
 * unit (1000 for a "£000" column); amounts with their own scale ("£250k", "£1.9bn") are not.
 * Brackets or a minus sign make it negative. Empty, "-" and "n/a" are no amount and no problem.
 */
export function readMoney(value: CellValue, unit = 1): Reading<number | null> {
  const scale = Number.isFinite(unit) && unit > 0 ? unit : 1;
  if (typeof value === 'number') {
    const result = pounds(value * scale);
    return Number.isFinite(result) ? { value: result } : unreadable(String(value));
  }
  if (typeof value === 'boolean' || isCellError(value)) return unreadable(quote(cellText(value)));
  const text = cellText(value);
  if (!text || NONE.test(text)) return { value: null };
  const flat = text.replace(/\s+/g, ' ');

  const whole = WHOLE.exec(flat);
  const bracketsMatch = whole !== null && Boolean(whole[1]) === Boolean(whole[6]);
  if (whole && bracketsMatch && !(whole[2] && whole[3])) {
    const result = amount(whole[4], whole[5], scale);
    if (!Number.isFinite(result)) return unreadable(quote(text));
    return { value: (whole[1] || whole[2] || whole[3]) && result !== 0 ? -result : result };
  }
  const inText = findMoneyInText(flat);
  if (inText !== null) return { value: inText };
  const leading = LEADING.exec(flat);
  if (leading) {
    const result = amount(leading[1], leading[2], scale);
    if (Number.isFinite(result)) return { value: result };
  }
  return unreadable(quote(text));
}
