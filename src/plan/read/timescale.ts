import { isExists } from 'date-fns/isExists';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import {
  cellText,
  isCellError,
  displayDate,
  EXCEL_PHANTOM_LEAP_DAY,
  serialToIso,
  problemOf,
  type Problem,
  type CellValue,
  type IsoDate,
  type Reading,
  type Timescale,
  type TimescaleKind,
} from '../core';
import { datePrecision } from './dateFormat';
import { isWeekCommencing, revisedIndex, weekDue } from './timescaleMarkers';
import { isTerm, termTimescale, wordTimescale } from './timescaleWords';

/** One date expression found in the text: where it sits, and what it means. */
interface Found {
  start: number;
  end: number;
  kind: TimescaleKind;
  due: IsoDate;
}

/** What a pattern's handler makes of its match: a due date, an impossible date, or not a date after all. */
type Meaning = { kind: TimescaleKind; due: IsoDate } | 'impossible' | null;

// ---- calendar helpers (date-fns does the month lengths and leap years) ----

/** An ISO date from parts already checked to exist (written directly: formatting is the slow part). */
function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Excel's calendar: 1 January 1900 to 31 December 9999 (a plan's "31/12/9999" is a real date to Excel). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

function dayIso(year: number, month: number, day: number): IsoDate | 'impossible' {
  if (year < FIRST_YEAR || year > LAST_YEAR || !isExists(year, month - 1, day)) return 'impossible';
  return iso(year, month, day);
}

/** The last day of a month (1-12) of a year. */
function monthEnd(year: number, month: number): IsoDate | 'impossible' {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return 'impossible';
  return iso(year, month, lastDayOfMonth(new Date(year, month - 1, 1)).getDate());
}

/** A two-digit year as Excel reads one when typed: 00-29 are 2000s, 30-99 are 1900s. */
function fullYear(text: string): number {
  const n = Number(text.replace(/^'/, ''));
  if (text.replace(/^'/, '').length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** The later year of a financial year written "2024/25", "24/25", "2024-2025"; null unless consecutive. */
function financialYearEnd(first: string, second: string): number | null {
  const start = fullYear(first);
  const end = second.length === 4 ? Number(second) : Math.floor(start / 100) * 100 + Number(second);
  // "1999/00": the century rolls over.
  const later = end === start + 1 ? end : end + 100 === start + 1 ? end + 100 : null;
  return later;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, 3)] ?? 0;
}

function meaning(kind: TimescaleKind, due: IsoDate | 'impossible'): Meaning {
  return due === 'impossible' ? 'impossible' : { kind, due };
}

// ---- patterns, built once (the reader runs on every timescale cell of a large plan) ----
// Text is matched lower-cased with dashes unified, so the patterns need no case flags.

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])`;
const DAY = String.raw`(\d{1,2})(?:\s?(?:st|nd|rd|th))?`;
/** Not inside a longer number or a date already written with / . or -. */
const NUM_BEFORE = String.raw`(?<![\d/.£$-])`;
const NUM_AFTER = String.raw`(?![\d]|[/.-]\d)`;
/** A financial year: "2024/25", "24/25", "2024-25", "2024/2025", "fy24/25" (two-digit years need "/" or "fy"). */
const FY = String.raw`(?:(?:fy|financial year)\s?(\d{4}|\d{2})\s?[/-]\s?(\d{4}|\d{2})|(\d{4})\s?[/-]\s?(\d{4}|\d{2})|(\d{2})\/(\d{2}))`;

function fyOf(m: RegExpMatchArray, from: number): number | null {
  const first = m[from] ?? m[from + 2] ?? m[from + 4];
  const second = m[from + 1] ?? m[from + 3] ?? m[from + 5];
  return first !== undefined && second !== undefined ? financialYearEnd(first, second) : null;
}

/** Quarter n of a financial year ending 31 March of `endYear`: Q1 Apr-Jun ... Q4 Jan-Mar. */
function fyQuarterEnd(quarter: number, endYear: number): IsoDate | 'impossible' {
  return quarter === 4 ? monthEnd(endYear, 3) : monthEnd(endYear - 1, 3 + quarter * 3);
}

/** Seasons by the month they end in: Spring Mar-May, Summer Jun-Aug, Autumn Sep-Nov, Winter Dec-Feb. */
const SEASON_END: Record<string, number> = {
  spring: 5,
  summer: 8,
  autumn: 11,
  fall: 11,
  winter: 2,
};

/**
 * School terms by the month they end in (England): the autumn term ends at Christmas (31 December),
 * the spring term by Easter (read as 31 March, the financial year's end; Easter may fall later),
 * the summer term with the school year (31 August).
 */
const SCHOOL_TERM_END: Record<string, number> = {
  autumn: 12,
  fall: 12,
  spring: 3,
  summer: 8,
};

interface Pattern {
  regex: RegExp;
  read: (m: RegExpMatchArray) => Meaning;
}

/** In priority order: a more specific reading claims its text before a looser one can. */
const PATTERNS: readonly Pattern[] = [
  {
    // ISO and other year-first dates: "2019-12-31", "2019/12/31".
    regex: new RegExp(String.raw`${NUM_BEFORE}(\d{4})([/.-])(\d{1,2})\2(\d{1,2})${NUM_AFTER}`, 'g'),
    read: (m) => meaning('date', dayIso(Number(m[1]), Number(m[3]), Number(m[4]))),
  },
  {
    // Day first, always (UK): "31/12/2019", "31.12.19", "31-12-2019".
    regex: new RegExp(
      String.raw`${NUM_BEFORE}(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${NUM_AFTER}`,
      'g'
    ),
    read: (m) => meaning('date', dayIso(fullYear(m[4]), Number(m[3]), Number(m[1]))),
  },
  {
    // "31 December 2019", "31st Dec 2019", "15 th May 2019", "31-Dec-19", "1 of March 2024".
    regex: new RegExp(
      String.raw`(?<![\d])${DAY}[\s-]?(?:of\s)?${MONTH}[\s,-]*(\d{4}|'?\d{2})(?!\d)`,
      'g'
    ),
    read: (m) => meaning('date', dayIso(fullYear(m[3]), monthNumber(m[2]), Number(m[1]))),
  },
  {
    // Month first with a day: "December 31st, 2019".
    regex: new RegExp(String.raw`(?<![a-z])${MONTH}\s+${DAY},?\s+(\d{4})(?!\d)`, 'g'),
    read: (m) => meaning('date', dayIso(Number(m[3]), monthNumber(m[1]), Number(m[2]))),
  },
  {
    // A quarter of a financial year: "Q3 2024/25", "Quarter 1 FY24/25".
    regex: new RegExp(
      String.raw`(?<![a-z])(?:q|quarter\s?)([1-4])\s?(?:of\s+)?${FY}${NUM_AFTER}`,
      'g'
    ),
    read: (m) => {
      const end = fyOf(m, 2);
      return end === null ? null : meaning('quarter', fyQuarterEnd(Number(m[1]), end));
    },
  },
  {
    // The same, year first: "2024/25 Q3".
    regex: new RegExp(String.raw`${NUM_BEFORE}${FY}\s?(?:q|quarter\s?)([1-4])(?![\d])`, 'g'),
    read: (m) => {
      const end = fyOf(m, 1);
      return end === null ? null : meaning('quarter', fyQuarterEnd(Number(m[7]), end));
    },
  },
  {
    // A quarter of a calendar year, when no financial year is written: "Q3 2024" is Jul-Sep 2024.
    // Councils mostly count quarters by financial year, but with a lone year the calendar reading
    // is the one a reader would make; write "Q3 2024/25" for the financial quarter.
    regex: new RegExp(
      String.raw`(?<![a-z])(?:q|quarter\s?)([1-4])\s?(?:of\s+)?(\d{4})${NUM_AFTER}`,
      'g'
    ),
    read: (m) => meaning('quarter', monthEnd(Number(m[2]), Number(m[1]) * 3)),
  },
  {
    // A range of years: "2024-2026", "2025 to 2027", "Medium term (2025-2027)": due by the end of
    // the last. Consecutive years joined by a dash ("2024-2025") are a financial year, read below.
    regex: new RegExp(
      String.raw`${NUM_BEFORE}(19\d{2}|2[01]\d{2})\s?(-|to)\s?(19\d{2}|2[01]\d{2})${NUM_AFTER}`,
      'g'
    ),
    read: (m) => {
      const first = Number(m[1]);
      const last = Number(m[3]);
      if (last <= first || (m[2] === '-' && last === first + 1)) return null;
      return meaning('range', monthEnd(last, 12));
    },
  },
  {
    // "Spring 2024" ends 31 May 2024; "Winter 2024" runs Dec 2024-Feb 2025. With a split year
    // ("Autumn 2024/25", as school terms are written) autumn falls in the first year, the rest in
    // the second. A school term ("Autumn term 2025") ends with the term (SCHOOL_TERM_END).
    regex:
      /(?<![a-z])(spring|summer|autumn|fall|winter)\s?(term\s)?(?:of\s)?(\d{4})(?:\s?[/-]\s?(\d{4}|\d{2}))?(?![\d])/g,
    read: (m) => {
      const season = m[1];
      const ends = m[2] !== undefined && season !== 'winter' ? SCHOOL_TERM_END : SEASON_END;
      const year = Number(m[3]);
      if (m[4] !== undefined) {
        const later = financialYearEnd(m[3], m[4]);
        if (later === null) return null;
        return meaning(
          'season',
          monthEnd(season === 'autumn' || season === 'fall' ? year : later, ends[season])
        );
      }
      return meaning('season', monthEnd(season === 'winter' ? year + 1 : year, ends[season]));
    },
  },
  {
    // A financial year ends on 31 March of its later year: "2024/25", "FY24/25", "2024-2025".
    regex: new RegExp(String.raw`${NUM_BEFORE}(?<![a-z])${FY}${NUM_AFTER}`, 'g'),
    read: (m) => {
      const end = fyOf(m, 1);
      return end === null ? null : meaning('financial-year', monthEnd(end, 3));
    },
  },
  {
    // "FY24", "FY 2024": the financial year ending in March of that year.
    regex: /(?<![a-z])fy\s?(\d{4}|\d{2})(?![\d/-])/g,
    read: (m) => meaning('financial-year', monthEnd(fullYear(m[1]), 3)),
  },
  {
    // A month and year: "December 2019", "Dec 2019", "Sept. 2019", and Excel's "Dec-19" or "Dec '19".
    // A two-digit year needs the dash or apostrophe: "May 15" is more likely a day than May 2015.
    regex: new RegExp(
      String.raw`(?<![a-z])${MONTH}(?:[\s,-]*(\d{4})|\s?-\s?(\d{2})|\s?'(\d{2}))(?!\d)`,
      'g'
    ),
    read: (m) => meaning('month', monthEnd(fullYear(m[2] ?? m[3] ?? m[4]), monthNumber(m[1]))),
  },
  {
    // A numeric month: "12/2019", "03-2024".
    regex: new RegExp(String.raw`${NUM_BEFORE}(\d{1,2})[/.-](\d{4})${NUM_AFTER}`, 'g'),
    read: (m) => meaning('month', monthEnd(Number(m[2]), Number(m[1]))),
  },
  {
    // A bare year: "2024", "end of 2024".
    regex: new RegExp(String.raw`${NUM_BEFORE}(19\d{2}|2[01]\d{2})${NUM_AFTER}`, 'g'),
    read: (m) => meaning('year', monthEnd(Number(m[1]), 12)),
  },
];

const HAS_DIGIT = /\d/;

/** Reads timescale text (non-empty, trimmed). */
function readText(text: string): Reading<Timescale> {
  const s = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
  const word = wordTimescale(s, text);
  if (word) return word;

  // Every date pattern needs a digit: most unreadable text stops here.
  if (!HAS_DIGIT.test(s))
    return isTerm(s)
      ? termTimescale(text)
      : unreadable(text, problemOf('unreadable-timescale', { kind: 'not-a-date', text }));
  const found: Found[] = [];
  for (const pattern of PATTERNS) {
    // exec with lastIndex rather than matchAll, which would clone the regex on every call.
    const regex = pattern.regex;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(s)) !== null) {
      if (m[0] === '') regex.lastIndex++;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const read = pattern.read(m);
      if (read === null) continue;
      if (read === 'impossible') {
        return unreadable(text, problemOf('unreadable-timescale', { kind: 'no-such-day', text }));
      }
      found.push({ start, end, ...read });
    }
  }
  if (found.length === 0)
    return isTerm(s)
      ? termTimescale(text)
      : unreadable(text, problemOf('unreadable-timescale', { kind: 'not-a-date', text }));
  if (found.length === 1 && found[0].kind === 'date' && isWeekCommencing(s)) {
    return { value: { text, kind: 'week', due: weekDue(found[0].due) } };
  }

  // A revised date stands, earlier or later: "Revised: Jan 2025 (was Mar 2025)".
  found.sort((a, b) => a.start - b.start);
  const revised =
    found.length > 1
      ? revisedIndex(
          s,
          found.map((f) => f.start)
        )
      : -1;
  if (revised >= 0) return { value: { text, kind: found[revised].kind, due: found[revised].due } };
  // Two dates ("March 2024 - June 2024"): the action is due by the later one.
  let latest = found[0];
  for (const f of found) if (f.due > latest.due) latest = f;
  const value: Timescale = { text, kind: latest.kind, due: latest.due };
  // The same date twice (a stacked cell read as one line) is one date.
  if (found.every((f) => f.due === latest.due)) return { value };
  return {
    value,
    problem: problemOf('timescale-range', { text, due: latest.due }),
  };
}

function unreadable(text: string, problem: Problem): Reading<Timescale> {
  return { value: { text, kind: 'unreadable', due: null }, problem };
}

function isGeneralFormat(format: string | null | undefined): boolean {
  return format === null || format === undefined || /^\s*(general|standard|@)?\s*$/i.test(format);
}

/**
 * A bounded memo: two generations, the older dropped whole when the newer fills, so lookups and
 * inserts stay O(1) (deleting Map entries one by one from the front leaves V8 scanning holes).
 */
class Memo<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

/** Results for text already read, and Excel days already read (a plan has few distinct dates). */
const CACHE_LIMIT = 5_000;
const cache = new Memo<string, Reading<Timescale>>(CACHE_LIMIT);
const dayCache = new Memo<number, Reading<Timescale>>(CACHE_LIMIT);

/**
 * An Excel date whose format shows only its month ("mmm-yy": "Mar-27") or year: the deadline is the
 * end of the period shown (datePrecision), with a note naming the date used.
 */
function shownPeriod(n: number, precision: 'month' | 'year'): Reading<Timescale> {
  const stored = serialToIso(n);
  const end = stored
    ? monthEnd(Number(stored.slice(0, 4)), precision === 'month' ? Number(stored.slice(5, 7)) : 12)
    : 'impossible';
  // Out of the years a deadline can name: read as the day Excel stores, like any other date.
  if (end === 'impossible') return readNumber(n, 'dd/mm/yyyy');
  const due: IsoDate = end;
  const text = periodShown(due, precision);
  return {
    value: { text, kind: precision, due },
    problem: problemOf('period-end-due', { shown: text, period: precision, due }),
  };
}

/**
 * A day typed into a cell whose format shows only the month or year ("10/12/2026" shown "Dec-26"):
 * the day typed is the deadline, so an overdue action is flagged from the day after it, with a note
 * saying the sheet hides the day.
 */
function hiddenDay(stored: IsoDate, precision: 'month' | 'year'): Reading<Timescale> {
  const day = displayDate(stored);
  return {
    value: { text: day, kind: 'date', due: stored },
    problem: problemOf('hidden-day', { shown: periodShown(stored, precision), day }),
  };
}

/** What a month or year format shows of a date: "Mar 2027", "2027". */
function periodShown(date: IsoDate, precision: 'month' | 'year'): string {
  return precision === 'month' ? displayDate(date).replace(/^\d+ /, '') : date.slice(0, 4);
}

/**
 * A date cell formatted to show only its month or year. Excel stores the 1st when a month is typed
 * ("Dec-26"), so that is the period, due at its end; any other day was typed as a day.
 */
function readShownPeriod(n: number, precision: 'month' | 'year'): Reading<Timescale> {
  const stored = serialToIso(n);
  const typedDay = stored !== null && !stored.endsWith(precision === 'month' ? '-01' : '-01-01');
  return typedDay ? hiddenDay(stored, precision) : shownPeriod(n, precision);
}

/** A number in a timescale cell: an Excel date serial, or a year typed as a number. */
function readNumber(n: number, numberFormat: string | null | undefined): Reading<Timescale> {
  const shown = String(n);
  const precision = datePrecision(numberFormat);
  const serial =
    precision !== 'none' || (isGeneralFormat(numberFormat) && n >= 20000 && n <= 80000);
  if (serial && (precision === 'month' || precision === 'year'))
    return readShownPeriod(n, precision);
  if (serial) {
    const day = Math.floor(n);
    const known = dayCache.get(day);
    if (known) return copy(known);
    const due = serialToIso(n);
    if (due) {
      const reading: Reading<Timescale> = { value: { text: displayDate(due), kind: 'date', due } };
      dayCache.set(day, reading);
      return copy(reading);
    }
    if (day === EXCEL_PHANTOM_LEAP_DAY) {
      return unreadable(
        '29/02/1900',
        problemOf('unreadable-timescale', { kind: 'phantom-leap-day' })
      );
    }
  } else if (Number.isInteger(n) && n >= 1900 && n <= 2199) {
    return { value: { text: shown, kind: 'year', due: monthEnd(n, 12) as IsoDate } };
  }
  return unreadable(shown, problemOf('unreadable-timescale', { kind: 'number', shown }));
}

/** A copy, so a caller that changes its reading cannot change the cached one. */
function copy(r: Reading<Timescale>): Reading<Timescale> {
  return r.problem
    ? { value: { ...r.value }, problem: { ...r.problem } }
    : { value: { ...r.value } };
}

/**
 * Reads a timescale cell the way a UK reader would (docs/design.md, "Timescales"): Excel dates, day-first
 * dates, months, quarters, financial years, seasons and years each give the last day they name;
 * Complete, Ongoing and TBC are kinds without a date. Anything else is kept as written, unreadable.
 */
export function readTimescale(value: CellValue, numberFormat?: string | null): Reading<Timescale> {
  if (typeof value === 'number') return readNumber(value, numberFormat);
  if (isCellError(value))
    return unreadable(
      value.error,
      problemOf('unreadable-timescale', { kind: 'error', error: value.error })
    );
  if (typeof value === 'boolean') {
    const text = cellText(value);
    return unreadable(
      text,
      problemOf('unreadable-timescale', { kind: 'not-a-date-as-shown', shown: text })
    );
  }
  const text = cellText(value);
  if (!text) return { value: { text: '', kind: 'empty', due: null } };
  let reading = cache.get(text);
  if (!reading) {
    reading = readText(text);
    cache.set(text, reading);
  }
  return copy(reading);
}
