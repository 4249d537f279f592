/**
 * The floor: what it costs just to receive a plan from Excel. Office.js hands an add-in a range's
 * values and number formats as rectangular 2-D arrays (empty cells as ""), and cell fills through
 * getCellProperties as a 2-D array of { format: { fill: { color, pattern, tintAndShade } } } objects; on Excel on the web
 * these arrive as JSON text the runtime parses. Parsing that text is work no reader can skip.
 */
import type { CellValue, Grid } from '../src/plan/core/grid';

export interface OfficePayload {
  /** range.values as JSON. */
  values: string;
  /** range.numberFormat as JSON. */
  numberFormat: string;
  /** range.getCellProperties({ format: { fill: { color, pattern, tintAndShade } } }) as JSON (what the adapter asks for). */
  fills: string;
}

function width(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}

/** Office.js shows an empty cell as "" and an error as its text (#N/A). */
function officeValue(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

/** Excel reports an unfilled cell as white with pattern "None". */
function officeFill(colour: string | null | undefined): {
  color: string;
  pattern: string;
  tintAndShade: number;
} {
  return colour
    ? { color: colour, pattern: 'Solid', tintAndShade: 0 }
    : { color: '#FFFFFF', pattern: 'None', tintAndShade: 0 };
}

/** The grid serialised the way Excel hands its cells to an add-in. */
export function officePayload(grid: Grid): OfficePayload {
  const w = width(grid);
  const rect = <T>(cell: (r: number, c: number) => T): T[][] =>
    grid.values.map((_, r) => Array.from({ length: w }, (_u, c) => cell(r, c)));
  return {
    values: JSON.stringify(rect((r, c) => officeValue(grid.values[r][c]))),
    numberFormat: JSON.stringify(rect((r, c) => grid.numberFormats?.[r]?.[c] ?? 'General')),
    fills: JSON.stringify(rect((r, c) => ({ format: { fill: officeFill(grid.fills?.[r]?.[c]) } }))),
  };
}

/** Parses what Excel sent: the floor under any reader. Returns the parsed arrays so they are not optimised away. */
export function parsePayload(p: OfficePayload, withFormatsAndFills: boolean): unknown[] {
  const out: unknown[] = [JSON.parse(p.values)];
  if (withFormatsAndFills) out.push(JSON.parse(p.numberFormat), JSON.parse(p.fills));
  return out;
}

export function payloadBytes(p: OfficePayload): {
  values: number;
  numberFormat: number;
  fills: number;
} {
  return {
    values: Buffer.byteLength(p.values),
    numberFormat: Buffer.byteLength(p.numberFormat),
    fills: Buffer.byteLength(p.fills),
  };
}
