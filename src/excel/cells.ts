/** Pure conversions from what Office.js returns to the engine's Grid cells. */
import { applyTint, parseRange, type CellRange, type CellValue } from '../plan';

/** The fill a cell shows, as Office.js getCellProperties describes it. */
export interface FillProps {
  color?: string;
  pattern?: string;
  /** Null when the cell has no fill of its own (Excel gives the colour as white then). */
  tintAndShade?: number | null;
}

const ERROR_TEXT =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|GETTING_DATA)$/;

/**
 * Office.js gives an empty cell as "" and an error as its text ("#N/A"); the Grid wants null
 * and { error }. (A cell holding the literal text "#N/A" is read as the error too: Office.js
 * gives no cheaper way to tell them apart than loading valueTypes, which costs payload.)
 */
export function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') return ERROR_TEXT.test(value) ? { error: value } : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  return String(value);
}

/**
 * "#RRGGBB" for a cell with a fill, null for "No Fill". Excel reports no fill as white with
 * pattern "None" and tintAndShade null, so those decide; a theme tint (tintAndShade) lightens or
 * darkens the base colour the way Excel does, in HSL lightness.
 */
export function fillColour(fill: FillProps | undefined | null): string | null {
  if (!fill || !fill.color) return null;
  if (fill.pattern === 'None' || fill.tintAndShade === null) return null;
  const hex = /^#?([0-9a-f]{6})$/i.exec(fill.color.trim());
  if (!hex) return null;
  return `#${applyTint(hex[1], typeof fill.tintAndShade === 'number' ? fill.tintAndShade : 0)}`;
}

/** "Sheet1!A1:F40" or "'Action plan'!$A$1:$F$40" -> "A1:F40" (the last "!" ends the sheet's name). */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

/** Splits a RangeAreas address ("'A, b'!A1:B2, 'A, b'!D4") into its areas, minding quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** The merged areas of a RangeAreas address as sheet rectangles. */
export function mergedAreas(address: string | null | undefined): CellRange[] {
  if (!address) return [];
  const out: CellRange[] = [];
  for (const part of splitAreas(address)) {
    const r = parseRange(localAddress(part));
    if (r) out.push(r);
  }
  return out;
}
