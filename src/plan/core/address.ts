import type { CellRange } from './grid';

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(col: number): string {
  let n = Math.max(1, Math.floor(col));
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "AA" -> 27; returns 0 for anything that is not column letters. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return 0;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (7, 5) -> "E7". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A sheet name quoted as Excel writes it in a reference: 'Action plan'. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "'Action plan'!E7": the form findings and the JSON report use. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}

/** An address as the engine writes it ("E7"): upper-case letters, a row with no leading zero. */
const ENGINE_A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/**
 * "'Action plan'!E7" from a sheet and an address ("E7", "$E$7"); null when it is not a cell
 * address. The engine's own addresses are used as they stand, not parsed and written again.
 */
export function sheetRef(sheet: string, address: string): string | null {
  if (ENGINE_A1.test(address)) return `${quoteSheet(sheet)}!${address}`;
  const p = parseA1(address);
  return p ? cellRef(sheet, p.row, p.col) : null;
}

/** "A5:F40". */
export function rangeA1(r: CellRange): string {
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return start === end ? start : `${start}:${end}`;
}

/** Parses "E7" or "$E$7"; null when it is not a cell address. */
export function parseA1(text: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  return col > 0 && row > 0 ? { row, col } : null;
}

/** Parses "A5:F40" (or a single cell); null when unreadable. */
export function parseRange(text: string): CellRange | null {
  const [a, b = a] = text.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Splits "'Action plan'!E7" into sheet and address; null when it has no sheet part. */
export function splitRef(ref: string): { sheet: string; address: string } | null {
  const quick = splitPlainRef(ref);
  if (quick) return quick;
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, address: m[3].replace(/\$/g, '') };
}

/** Anything a "." in a pattern does not match. */
const LINE_END = /[\n\r\u2028\u2029]/;

/**
 * The usual reference, "'Action plan'!E7" with no quote inside the sheet name, split without the
 * general pattern (reports split one per row); null for any other form.
 */
function splitPlainRef(ref: string): { sheet: string; address: string } | null {
  if (ref.charCodeAt(0) !== 39) return null; // '
  const close = ref.indexOf("'", 1);
  if (close < 2 || ref.charCodeAt(close + 1) !== 33) return null; // a quote not followed by !
  const rest = ref.slice(close + 2);
  if (!rest || LINE_END.test(rest)) return null;
  return { sheet: ref.slice(1, close), address: rest.replace(/\$/g, '') };
}
