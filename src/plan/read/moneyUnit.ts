/**
 * The unit money is written in: from a column's header ("Target £'000") and from a cell's number
 * format ("£#,##0,\"k\"" shows pounds in thousands). Every amount is stored in pounds; the unit says
 * how the figures as written were scaled, so the report can say so.
 */
import { POUNDS, type MoneyUnit } from '../core';

const HEADER_UNITS: [RegExp, MoneyUnit][] = [
  [/£(?:bn|billion|billions)(?![a-z])/, { label: '£bn', scale: 1e9 }],
  [/£(?:m|mn|ms|million|millions)(?![a-z])/, { label: '£m', scale: 1e6 }],
  [/£k(?![a-z])|gbpk(?![a-z])|£thousand/, { label: '£k', scale: 1e3 }],
  [/£000|\(000s?\)|gbp000/, { label: "£'000", scale: 1e3 }],
  [/£/, POUNDS],
];

/**
 * The unit a money column's header names, or null when it names none ("Savings"). "£" alone is
 * pounds; "£000", "£'000" and "(000s)" are thousands; "£k" thousands; "£m" millions.
 */
export function unitFromHeader(header: string): MoneyUnit | null {
  if (typeof header !== 'string') return null;
  const h = header.toLowerCase().replace(/[\s'’‘`]/g, '');
  for (const [pattern, unit] of HEADER_UNITS) if (pattern.test(h)) return unit;
  return null;
}

/** What a number format does to a money figure. */
export interface FormatUnit {
  /** Excel divides the shown figure by this (each trailing comma in "#,##0," is 1,000). */
  divisor: number;
  /** The unit a literal suffix names ("k", "m"), or null when there is none. */
  suffix: MoneyUnit | null;
  /** The format shows a £ sign. */
  pounds: boolean;
}

const SUFFIXES: Record<string, MoneyUnit> = {
  k: { label: '£k', scale: 1e3 },
  thousand: { label: '£k', scale: 1e3 },
  m: { label: '£m', scale: 1e6 },
  mn: { label: '£m', scale: 1e6 },
  million: { label: '£m', scale: 1e6 },
  bn: { label: '£bn', scale: 1e9 },
  billion: { label: '£bn', scale: 1e9 },
};

/** The first section of a format (positive numbers); semicolons inside quotes do not count. */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    if (format[i] === '"') quoted = !quoted;
    else if (format[i] === ';' && !quoted) return format.slice(0, i);
  }
  return format;
}

/**
 * How a cell's number format scales money, or null when it says nothing about it ("General",
 * "#,##0", a date or a percentage).
 */
export function unitFromFormat(format: string | null | undefined): FormatUnit | null {
  if (typeof format !== 'string' || format === '' || /^general$/i.test(format)) return null;
  const section = firstSection(format);
  const literals: string[] = [];
  // Quoted text, escaped characters and [$£-809] currency blocks are literals; [Red] is a colour.
  const bare = section
    .replace(/"([^"]*)"/g, (_, t: string) => (literals.push(t), ' '))
    .replace(/\\(.)/g, (_, c: string) => (literals.push(c), ' '))
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, (_, t: string) => (literals.push(t), ' '))
    .replace(/\[[^\]]*\]/g, ' ');
  if (/[%]|[dy]|h{1,2}|s{1,2}/i.test(bare.replace(/[£$€_*\s]/g, ''))) return null;
  const text = literals.join(' ') + bare;
  const scaling = /[0#?](,+)(?![0#?,])/.exec(bare);
  const divisor = scaling ? 1000 ** scaling[1].length : 1;
  const word = literals.map((l) => l.trim().toLowerCase()).find((l) => l in SUFFIXES);
  const suffix = word ? SUFFIXES[word] : null;
  const pounds = text.includes('£');
  if (divisor === 1 && !suffix && !pounds) return null;
  return { divisor, suffix, pounds };
}

/** A unit's plain-words name for a note: "£'000 (thousands of pounds)". */
export function describeUnit(unit: MoneyUnit): string {
  if (unit.scale === 1) return 'pounds';
  if (unit.scale === 1e3) return `thousands of pounds (${unit.label})`;
  if (unit.scale === 1e6) return `millions of pounds (${unit.label})`;
  return `billions of pounds (${unit.label})`;
}
