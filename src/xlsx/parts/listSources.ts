/**
 * Where the workbook's drop-downs take their values from, and what its defined names refer to,
 * carried into each sheet's Grid: a table over a drop-down's list is that list, not a plan. A list
 * formula is followed through defined names (to a few levels) and table columns; what a formula
 * computes at run time (INDIRECT, OFFSET) is not followed.
 */
import {
  maxOf,
  minOf,
  namesIn,
  rangeRefsIn,
  tableRefsIn,
  type CellRange,
  type Grid,
  type GridName,
} from '../../plan';
import type { FileName } from './definedNames';

/** How deep a name that names another name is followed. */
const NAME_DEPTH = 3;

interface Lookup {
  names: FileName[];
  /** Sheet names by position, for a name scoped to one sheet (localSheetId). */
  sheetOrder: string[];
  grids: Map<string, Grid>;
}

type Found = { sheet: string; range: CellRange };

/** The name `word` means on `sheet`: the sheet's own before the workbook's. */
function nameOf(word: string, sheet: string, lookup: Lookup): FileName | undefined {
  const lower = word.toLowerCase();
  const matches = lookup.names.filter((n) => n.name.toLowerCase() === lower);
  return (
    matches.find((n) => n.localSheetId !== null && lookup.sheetOrder[n.localSheetId] === sheet) ??
    matches.find((n) => n.localSheetId === null)
  );
}

/** A table's data rows under the named columns (all its columns when none is named). */
function tableRange(table: string, columns: string[], lookup: Lookup): Found | null {
  for (const grid of lookup.grids.values()) {
    const t = grid.tables?.find((x) => x.name.toLowerCase() === table.toLowerCase());
    if (!t) continue;
    const header = grid.values[t.range.top - grid.top] ?? [];
    const cols: number[] = [];
    for (let c = t.range.left; c <= t.range.right; c++) {
      const label = header[c - grid.left];
      if (
        typeof label === 'string' &&
        columns.some((x) => x.trim().toLowerCase() === label.trim().toLowerCase())
      )
        cols.push(c);
    }
    const left = cols.length ? minOf(cols) : t.range.left;
    const right = cols.length ? maxOf(cols) : t.range.right;
    const top = t.hasHeaders ? t.range.top + 1 : t.range.top;
    return { sheet: grid.sheet, range: { top, left, bottom: t.range.bottom, right } };
  }
  return null;
}

/** The ranges a formula written on `sheet` refers to, through names and tables. */
function rangesOf(formula: string, sheet: string, lookup: Lookup, depth = 0): Found[] {
  const out: Found[] = rangeRefsIn(formula).map((r) => ({
    sheet: r.sheet ?? sheet,
    range: r.range,
  }));
  for (const t of tableRefsIn(formula)) {
    const found = tableRange(t.table, t.columns, lookup);
    if (found) out.push(found);
  }
  if (depth >= NAME_DEPTH) return out;
  for (const word of namesIn(formula)) {
    const name = nameOf(word, sheet, lookup);
    if (name) for (const f of rangesOf(name.formula, sheet, lookup, depth + 1)) out.push(f);
  }
  return out;
}

/** A range cut to the sheet's used part (a whole column is its used rows). */
function clipped(range: CellRange, grid: Grid): CellRange | null {
  const bottom = grid.top + grid.values.length - 1;
  if (range.top > bottom) return null;
  return { ...range, bottom: Math.min(range.bottom, Math.max(bottom, range.top)) };
}

/**
 * Sets `listSources` and `names` on each grid: the ranges the drop-downs of every sheet (read from
 * the file, `listFormulas` by sheet) take their values from, and the defined names of each sheet.
 */
export function addListSources(
  grids: Grid[],
  listFormulas: Map<string, string[]>,
  names: FileName[],
  sheetOrder: string[]
): void {
  const lookup: Lookup = { names, sheetOrder, grids: new Map(grids.map((g) => [g.sheet, g])) };
  const sources = new Map<string, CellRange[]>();
  for (const [sheet, formulas] of listFormulas)
    for (const formula of formulas)
      for (const f of rangesOf(formula, sheet, lookup)) {
        const grid = lookup.grids.get(f.sheet);
        const range = grid && clipped(f.range, grid);
        if (range) sources.set(f.sheet, [...(sources.get(f.sheet) ?? []), range]);
      }
  const named = new Map<string, GridName[]>();
  for (const n of names) {
    if (n.name.startsWith('_xlnm.') || n.name.startsWith('_xl')) continue;
    const scope = n.localSheetId !== null ? sheetOrder[n.localSheetId] : undefined;
    for (const r of rangeRefsIn(n.formula)) {
      const sheet = r.sheet ?? scope;
      const grid = sheet !== undefined ? lookup.grids.get(sheet) : undefined;
      const range = grid && clipped(r.range, grid);
      if (sheet !== undefined && range)
        named.set(sheet, [...(named.get(sheet) ?? []), { name: n.name, range }]);
    }
  }
  for (const g of grids) {
    const s = sources.get(g.sheet);
    if (s) g.listSources = s;
    const n = named.get(g.sheet);
    if (n) g.names = n;
  }
}
