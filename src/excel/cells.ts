/** Pure conversions from what Office.js returns to the engine's Grid cells. */
import { parseRange, splitRef, type CellRange, type CellValue } from '../plan';

/** The fill a cell shows, as Office.js getCellProperties describes it. */
export interface FillProps {
  color?: string;
  pattern?: string;
  /** Null when the cell has no fill of its own (Excel gives the colour as white then). */
  tintAndShade?: number | null;
}

const ERROR_TEXT = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|GETTING_DATA)$/;

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
  const rgb = parseHex(fill.color);
  if (!rgb) return null;
  const tint = typeof fill.tintAndShade === 'number' ? Math.max(-1, Math.min(1, fill.tintAndShade)) : 0;
  return toHex(tint === 0 ? rgb : applyTint(rgb, tint));
}

function parseHex(color: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function applyTint([r, g, b]: [number, number, number], tint: number): [number, number, number] {
  const [h, s, l] = rgbToHsl(r / 255, g / 255, b / 255);
  const l2 = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return hslToRgb(h, s, l2).map((v) => v * 255) as [number, number, number];
}

function rgbToHsl(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [hue(h + 1 / 3), hue(h), hue(h - 1 / 3)];
}

/** "Sheet1!A1:F40" or "'Action plan'!$A$1:$F$40" -> "A1:F40". */
export function localAddress(address: string): string {
  const ref = splitRef(address);
  return (ref ? ref.address : address).replace(/\$/g, '');
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
