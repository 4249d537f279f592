/**
 * Reading: which plans the active sheet holds, and a Grid of one of them. A read is one sync for
 * a plan of up to SAMPLE_ROWS rows; a bigger one measures the bytes per row of that first block,
 * then reads the rest in row blocks grouped so each sync's response stays under the budget.
 */
import { parseRange, rangeA1, type CellRange, type CellValue, type Grid, type GridTable } from '../plan';
import { jsonBytes, REQUEST_BUDGET_BYTES, RequestBudget } from './budget';
import { fillColour, localAddress, mergedAreas, toCellValue, type FillProps } from './cells';
import { problem } from './problem';
import { runExcel } from './run';
import { supportInfo } from './support';
import type { PlanSource } from './types';

/**
 * Cells read in the first sync (at least MIN_SAMPLE_ROWS rows): a plan this size or smaller is
 * read in one sync. 6,000 cells of long action text (~600 bytes each) still fit the budget.
 */
export const SAMPLE_CELLS = 6000;
const MIN_SAMPLE_ROWS = 20;
/** Most rows in one range proxy, whatever the budget allows. */
export const MAX_BLOCK_ROWS = 20000;
/** Without getCellProperties fills are read cell by cell; past this many cells they are skipped. */
export const FALLBACK_FILL_CELLS = 5000;
/** Measured bytes per row are inflated by this much before blocks are sized. */
const SAFETY = 1.25;

const FILL_OPTIONS: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true, tintAndShade: true } } };

/** Tables seen by the last findPlanSources, per sheet: readGrid reuses their ranges when their names still match. */
const tableCache = new Map<string, { names: string; tables: GridTable[] }>();

function tableNames(items: { name: string }[]): string {
  return items
    .map((t) => t.name)
    .sort()
    .join('\u0000');
}

/** The active sheet's tables (first) and its used range when the tables do not cover it. */
export async function findPlanSources(): Promise<PlanSource[]> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const tables = sheet.tables;
    tables.load('items/name,items/showHeaders');
    // Values only: a sheet formatted far beyond its data would otherwise read thousands of empty rows.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    await context.sync();

    const ranges = tables.items.map((t) => {
      const r = t.getRange();
      r.load('address');
      return r;
    });
    if (ranges.length > 0) await context.sync();

    const found: GridTable[] = [];
    const sources: PlanSource[] = [];
    tables.items.forEach((t, i) => {
      const address = localAddress(ranges[i].address);
      const range = parseRange(address);
      if (range) found.push({ name: t.name, range, hasHeaders: t.showHeaders !== false });
      sources.push({ kind: 'table', sheet: sheet.name, name: t.name, address });
    });
    tableCache.set(sheet.name, { names: tableNames(tables.items), tables: found });

    if (!used.isNullObject) {
      const address = localAddress(used.address);
      const rect = parseRange(address);
      const inside = rect && found.some((t) => contains(t.range, rect));
      if (rect && !inside) sources.push({ kind: 'range', sheet: sheet.name, name: null, address });
    }
    return sources;
  });
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

interface Block {
  rect: CellRange;
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  /** Per-cell fill proxies when getCellProperties is missing. */
  cellFills: Excel.RangeFill[][] | null;
}

/** Reads one plan source into a Grid: values, number formats, fills, merged areas and the sheet's tables. */
export async function readGrid(source: PlanSource): Promise<Grid> {
  const rect = parseRange(source.address);
  if (!rect) throw problem('other', `"${source.address}" on sheet ${source.sheet} is not a range address`);
  const support = supportInfo();
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const fallbackFills = !support.grid && rows * cols <= FALLBACK_FILL_CELLS;

  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(source.sheet);
    const tables = sheet.tables;
    tables.load('items/name,items/showHeaders');
    const merges = support.merges ? sheet.getRange(source.address).getMergedAreasOrNullObject() : null;
    merges?.load('address');

    const queueBlock = (top: number, count: number): Block => {
      const blockRect = { top, left: rect.left, bottom: top + count - 1, right: rect.right };
      const range = sheet.getRange(rangeA1(blockRect));
      range.load('values,numberFormat');
      const props = support.grid ? range.getCellProperties(FILL_OPTIONS) : null;
      let cellFills: Excel.RangeFill[][] | null = null;
      if (fallbackFills) {
        cellFills = [];
        for (let r = 0; r < count; r++) {
          const row: Excel.RangeFill[] = [];
          for (let c = 0; c < cols; c++) {
            const fill = range.getCell(r, c).format.fill;
            fill.load('color');
            row.push(fill);
          }
          cellFills.push(row);
        }
      }
      return { rect: blockRect, range, props, cellFills };
    };

    const first = queueBlock(rect.top, Math.min(rows, Math.max(MIN_SAMPLE_ROWS, Math.floor(SAMPLE_CELLS / cols))));
    await context.sync();
    const blocks = [first];

    // Table ranges: from findPlanSources when the sheet's tables are the same ones, else loaded now.
    const cached = tableCache.get(source.sheet);
    const reuse = cached && cached.names === tableNames(tables.items);
    const tableRanges = reuse ? null : tables.items.map((t) => t.getRange().load('address'));

    const budget = new RequestBudget(context, REQUEST_BUDGET_BYTES);
    if (tableRanges && tableRanges.length > 0) await budget.reserve(tableRanges.length * 200);
    const firstRows = first.rect.bottom - first.rect.top + 1;
    if (rows > firstRows) {
      const perRow = Math.max(1, (blockBytes(first) / firstRows) * SAFETY);
      const blockRows = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(REQUEST_BUDGET_BYTES / perRow)));
      for (let top = first.rect.bottom + 1; top <= rect.bottom; top += blockRows) {
        const count = Math.min(blockRows, rect.bottom - top + 1);
        await budget.reserve(count * perRow);
        blocks.push(queueBlock(top, count));
      }
    }
    await budget.flush();

    let gridTables: GridTable[];
    if (tableRanges) {
      gridTables = [];
      tables.items.forEach((t, i) => {
        const range = parseRange(localAddress(tableRanges[i].address));
        if (range) gridTables.push({ name: t.name, range, hasHeaders: t.showHeaders !== false });
      });
    } else gridTables = cached?.tables ?? [];

    return toGrid(source.sheet, rect, blocks, merges && !merges.isNullObject ? mergedAreas(merges.address) : undefined, gridTables, support.grid || fallbackFills);
  });
}

/** Estimated response bytes of a loaded block: what Office.js sent back for it. */
function blockBytes(block: Block): number {
  let bytes = jsonBytes(block.range.values) + jsonBytes(block.range.numberFormat);
  if (block.props) bytes += jsonBytes(block.props.value);
  if (block.cellFills) bytes += block.cellFills.length * (block.cellFills[0]?.length ?? 0) * 40;
  return bytes;
}

function toGrid(
  sheet: string,
  rect: CellRange,
  blocks: Block[],
  merges: CellRange[] | undefined,
  tables: GridTable[],
  withFills: boolean,
): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fills: (string | null)[][] = [];
  for (const block of blocks) {
    const vals = block.range.values as unknown[][];
    const formats = block.range.numberFormat as unknown[][];
    vals.forEach((row, r) => {
      values.push(row.map(toCellValue));
      numberFormats.push(row.map((_, c) => formatText(formats?.[r]?.[c])));
      if (withFills) {
        if (block.props) {
          const propsRow = block.props.value[r] ?? [];
          fills.push(row.map((_, c) => fillColour(propsRow[c]?.format?.fill as FillProps | undefined)));
        } else if (block.cellFills) {
          // Without patterns white cannot be told from No Fill; white is read as no fill.
          fills.push(row.map((_, c) => whiteAsNone(block.cellFills?.[r]?.[c]?.color)));
        }
      }
    });
  }
  const grid: Grid = { sheet, top: rect.top, left: rect.left, values, numberFormats, tables };
  if (withFills) grid.fills = fills;
  if (merges) grid.merges = merges;
  return grid;
}

function formatText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function whiteAsNone(color: string | undefined): string | null {
  const c = fillColour(color ? { color, pattern: 'Solid' } : null);
  return c === '#FFFFFF' ? null : c;
}
