/**
 * The ranges a formula refers to, as both adapters meet them in a defined name's or a drop-down's
 * list formula ("'Data validation'!$B$4:$B$6", "Projects[Name]", "=IF(x, Table1[County], ...)").
 * Text in, sheet ranges out: the A1 text stays at this edge.
 */
import { columnNumber } from './address';
import type { CellRange } from './grid';

/** A range on a named sheet (null sheet: the sheet the formula is on). */
export interface FormulaRef {
  sheet: string | null;
  range: CellRange;
}

/** A table reference ("Table[Col]", "Table[[#Data],[A]:[B]]"): the table and the columns named. */
export interface TableRef {
  table: string;
  columns: string[];
}

/** The last row Excel has; a whole-column reference ("$A:$A") runs to it. */
const LAST_ROW = 1_048_576;

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!`;
const CELL = String.raw`\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?`;
const COLS = String.raw`\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})(?![\w(])`;
const SHEET_RANGE = new RegExp(`(?:${SHEET})?(?:${CELL}|${COLS})(?![\\w(!])`, 'g');

/** Every plain range reference in the formula, with its sheet when it names one. */
export function rangeRefsIn(formula: string): FormulaRef[] {
  const out: FormulaRef[] = [];
  const text = withoutStrings(formula);
  for (const m of text.matchAll(SHEET_RANGE)) {
    const before = text[(m.index ?? 0) - 1];
    if (before && /[\w\]]/.test(before)) continue; // inside a longer word or a table reference
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
    const range = m[3] ? cellRange(m[3], m[4], m[5], m[6]) : columnsRange(m[7], m[8]);
    if (range) out.push({ sheet, range });
  }
  return out;
}

function cellRange(c1: string, r1: string, c2?: string, r2?: string): CellRange | null {
  const a = { row: Number(r1), col: columnNumber(c1.toUpperCase()) };
  const b = c2 && r2 ? { row: Number(r2), col: columnNumber(c2.toUpperCase()) } : a;
  if (a.row < 1 || b.row < 1 || a.col < 1 || b.col < 1) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function columnsRange(c1?: string, c2?: string): CellRange | null {
  if (!c1 || !c2) return null;
  const a = columnNumber(c1.toUpperCase());
  const b = columnNumber(c2.toUpperCase());
  return { top: 1, left: Math.min(a, b), bottom: LAST_ROW, right: Math.max(a, b) };
}

/** Every structured table reference in the formula. */
export function tableRefsIn(formula: string): TableRef[] {
  const out: TableRef[] = [];
  const text = withoutStrings(formula);
  const head = /([A-Za-z_\\][\w.]*)\[/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const end = closingBracket(text, m.index + m[0].length - 1);
    if (end < 0) break;
    const inner = text.slice(m.index + m[0].length, end);
    const parts = inner.includes('[')
      ? [...inner.matchAll(/\[([^\]]*)\]/g)].map((p) => p[1])
      : [inner];
    out.push({ table: m[1], columns: parts.filter((p) => p && !p.startsWith('#')) });
    head.lastIndex = end + 1;
  }
  return out;
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

/** Names the formula may mean (words that are not functions, sheets or references). */
export function namesIn(formula: string): string[] {
  const text = withoutStrings(formula)
    .replace(/(?:'(?:[^']|'')+'|[\w.]+)!\S*/g, ' ')
    .replace(/[A-Za-z_\\][\w.]*\[[^\s,)]*\]/g, ' ');
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\w.$])([A-Za-z_\\][\w.]*)(?![\w.(![])/g)) {
    if (!/^(?:TRUE|FALSE)$/i.test(m[1]) && !/^\$?[A-Za-z]{1,3}\$?\d+$/.test(m[1])) out.push(m[1]);
  }
  return out;
}

/** The formula with its quoted strings blanked, so "A1" in a message is no reference. */
function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, (s) => ' '.repeat(s.length));
}
