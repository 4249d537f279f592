/**
 * Reading plan sources into Grids. Every source's rows are read in blocks sized by bytes: the
 * first blocks by a generous guess per cell, later ones by what the first cost. When Excel still
 * refuses a response as too large, the blocks of that sync are halved and read again; when it
 * refuses the merged areas (more than 512 in a range), the read carries on without them. All the
 * sources' blocks share syncs, so a workbook whose plans fit one response is read in one sync.
 */
import {
  parseRange,
  rangeA1,
  type CellRange,
  type CellValue,
  type Grid,
  type GridTable,
  maxOf,
} from '../plan';
import { jsonBytes, REQUEST_BUDGET_BYTES } from './budget';
import { fillColour, localAddress, mergedAreas, toCellValue, type FillProps } from './cells';
import { iconsOver, queueIconSets, type IconSetQuery } from './iconSets';
import { namesOfSheet } from './namedLists';
import { problem, toExcelProblem } from './problem';
import { runExcel } from './run';
import { tableCache, tableNames } from './sources';
import { supportInfo } from './support';
import type { PlanSource } from './types';

/** Guess of one cell's response bytes before anything was measured: a long action text with its format and fill. */
export const FIRST_GUESS_CELL_BYTES = 400;
/** Most rows in one range proxy, whatever the budget allows. */
export const MAX_BLOCK_ROWS = 20000;
/** Without getCellProperties fills are read cell by cell; past this many cells they are skipped. */
export const FALLBACK_FILL_CELLS = 5000;
/** Measured bytes per row are inflated by this much before blocks are sized. */
const SAFETY = 1.25;

/** Fills, and font colours for plans that rate with a coloured dot or word. */
const FILL_OPTIONS: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, tintAndShade: true }, font: { color: true } },
};

interface Block {
  top: number;
  rows: number;
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  /** Per-cell fill proxies when getCellProperties is missing. */
  cellFills: Excel.RangeFill[][] | null;
  merges: Excel.RangeAreas | null;
}

/** One source being read: its rectangle, the blocks read so far and the next row to read. */
interface Reading {
  source: PlanSource;
  rect: CellRange;
  cols: number;
  blocks: Block[];
  next: number;
  /** Estimated response bytes of one row. */
  rowBytes: number;
  fallbackFills: boolean;
}

/** Reads one plan source into a Grid. */
export async function readGrid(source: PlanSource): Promise<Grid> {
  return (await readGrids([source]))[0];
}

/** Reads plan sources into Grids, in order: values, number formats, fills, merged areas, the sheets' tables and the icons of icon-set conditional formats. */
export async function readGrids(sources: PlanSource[]): Promise<Grid[]> {
  const support = supportInfo();
  const readings = sources.map((source) => startReading(source, support.grid));
  return runExcel(async (context) => {
    let withMerges = support.merges;
    // The tables and icon sets ride on the first sync that succeeds: a refused response delivers
    // nothing, so they are queued again after a sync that failed.
    const queueIcons = () =>
      support.iconSets ? readings.map((r) => queueIconSets(context, r.source.sheet, r.rect)) : null;
    let tableLists = queueTables(context, readings);
    let icons: IconSetQuery[] | null = queueIcons();
    while (readings.some((r) => r.next <= r.rect.bottom)) {
      const batch = queueBatch(context, readings, support.grid, withMerges);
      try {
        await context.sync();
      } catch (error) {
        const kind = toExcelProblem(error).kind;
        if (kind === 'too-large') halve(batch);
        // Excel names no code for refusing more than 512 merged areas: any unexplained failure.
        else if (kind === 'other' && withMerges && batch.some((b) => b.block.merges))
          withMerges = false;
        else throw error;
        for (const b of batch) b.reading.next = Math.min(b.reading.next, b.block.top);
        tableLists = queueTables(context, readings);
        icons = icons && queueIcons();
        continue;
      }
      for (const b of batch) accept(b.reading, b.block);
    }
    const tables = await tablesOf(context, tableLists);
    const grids = readings.map((r) =>
      toGrid(r, tables.get(r.source.sheet) ?? [], support.grid || r.fallbackFills)
    );
    if (icons) {
      const shown = await iconsOver(context, icons, grids);
      grids.forEach((g, i) => {
        const cells = shown[i];
        if (cells) g.icons = cells;
      });
    }
    return grids;
  });
}

/** Each source sheet's tables, queued for loading (once a sheet). */
function queueTables(
  context: Excel.RequestContext,
  readings: Reading[]
): Map<string, Excel.TableCollection> {
  const lists = new Map<string, Excel.TableCollection>();
  for (const r of readings) {
    if (lists.has(r.source.sheet)) continue;
    const tables = context.workbook.worksheets.getItem(r.source.sheet).tables;
    tables.load('items/name,items/showHeaders');
    lists.set(r.source.sheet, tables);
  }
  return lists;
}

function startReading(source: PlanSource, grid: boolean): Reading {
  const rect = parseRange(source.address);
  if (!rect)
    throw problem('other', `"${source.address}" on sheet ${source.sheet} is not a range address`);
  const cols = rect.right - rect.left + 1;
  const rows = rect.bottom - rect.top + 1;
  const fallbackFills = !grid && rows * cols <= FALLBACK_FILL_CELLS;
  return {
    source,
    rect,
    cols,
    blocks: [],
    next: rect.top,
    rowBytes: cols * FIRST_GUESS_CELL_BYTES,
    fallbackFills,
  };
}

interface Queued {
  reading: Reading;
  block: Block;
}

/** Queues blocks of every unfinished source until the next one would pass the budget. */
function queueBatch(
  context: Excel.RequestContext,
  readings: Reading[],
  grid: boolean,
  withMerges: boolean
): Queued[] {
  const batch: Queued[] = [];
  let bytes = 0;
  for (const reading of readings) {
    while (reading.next <= reading.rect.bottom) {
      const rows = blockRows(reading, REQUEST_BUDGET_BYTES - bytes, batch.length === 0);
      if (rows === 0) return batch;
      const block = queueBlock(context, reading, reading.next, rows, grid, withMerges);
      batch.push({ reading, block });
      reading.next += rows;
      bytes += rows * reading.rowBytes;
    }
  }
  return batch;
}

/** Rows that fit `room` bytes (at least one when the sync is still empty). */
function blockRows(reading: Reading, room: number, first: boolean): number {
  const left = reading.rect.bottom - reading.next + 1;
  const fit = Math.floor(room / reading.rowBytes);
  const rows = Math.min(left, MAX_BLOCK_ROWS, fit);
  return rows > 0 ? rows : first ? 1 : 0;
}

function queueBlock(
  context: Excel.RequestContext,
  reading: Reading,
  top: number,
  rows: number,
  grid: boolean,
  withMerges: boolean
): Block {
  const { rect, cols } = reading;
  const sheet = context.workbook.worksheets.getItem(reading.source.sheet);
  const range = sheet.getRange(
    rangeA1({ top, left: rect.left, bottom: top + rows - 1, right: rect.right })
  );
  range.load('values,numberFormat');
  const props = grid ? range.getCellProperties(FILL_OPTIONS) : null;
  const merges = withMerges ? range.getMergedAreasOrNullObject() : null;
  merges?.load('address');
  let cellFills: Excel.RangeFill[][] | null = null;
  if (reading.fallbackFills) {
    cellFills = [];
    for (let r = 0; r < rows; r++) {
      const row: Excel.RangeFill[] = [];
      for (let c = 0; c < cols; c++) row.push(range.getCell(r, c).format.fill.load('color'));
      cellFills.push(row);
    }
  }
  return { top, rows, range, props, cellFills, merges };
}

/** A payload refusal: the refused blocks' sources are read again in blocks half the size. */
function halve(batch: Queued[]): void {
  if (batch.every((b) => b.block.rows === 1)) throw problem('too-large');
  for (const reading of new Set(batch.map((b) => b.reading))) {
    const rows = maxOf(batch.filter((b) => b.reading === reading).map((b) => b.block.rows));
    reading.rowBytes = Math.max(
      reading.rowBytes,
      REQUEST_BUDGET_BYTES / Math.max(1, Math.floor(rows / 2))
    );
  }
}

/** Keeps a block read and learns the bytes a row costs from it. */
function accept(reading: Reading, block: Block): void {
  reading.blocks.push(block);
  const measured = (blockBytes(block) / block.rows) * SAFETY;
  // Never below a refused size: a halved source stays halved.
  if (reading.blocks.length === 1 || measured > reading.rowBytes)
    reading.rowBytes = Math.max(1, measured);
}

/** Estimated response bytes of a loaded block: what Office.js sent back for it. */
function blockBytes(block: Block): number {
  let bytes = jsonBytes(block.range.values) + jsonBytes(block.range.numberFormat);
  if (block.props) bytes += jsonBytes(block.props.value);
  if (block.cellFills) bytes += block.cellFills.length * (block.cellFills[0]?.length ?? 0) * 40;
  return bytes;
}

/** Each sheet's tables: from findPlanSources when the sheet's tables are the same ones, else loaded now. */
async function tablesOf(
  context: Excel.RequestContext,
  lists: Map<string, Excel.TableCollection>
): Promise<Map<string, GridTable[]>> {
  const out = new Map<string, GridTable[]>();
  const pending: { sheet: string; items: Excel.Table[]; ranges: Excel.Range[] }[] = [];
  for (const [sheet, tables] of lists) {
    const cached = tableCache.get(sheet);
    if (cached && cached.names === tableNames(tables.items)) out.set(sheet, cached.tables);
    else
      pending.push({
        sheet,
        items: tables.items,
        ranges: tables.items.map((t) => t.getRange().load('address')),
      });
  }
  if (pending.some((p) => p.ranges.length > 0)) await context.sync();
  for (const p of pending) {
    const list: GridTable[] = [];
    p.items.forEach((t, i) => {
      const range = parseRange(localAddress(p.ranges[i].address));
      if (range) list.push({ name: t.name, range, hasHeaders: t.showHeaders !== false });
    });
    out.set(p.sheet, list);
  }
  return out;
}

function toGrid(reading: Reading, tables: GridTable[], withFills: boolean): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fills: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  let merges: CellRange[] | undefined;
  const blocks = [...reading.blocks].sort((a, b) => a.top - b.top);
  for (const block of blocks) {
    const vals = block.range.values as unknown[][];
    const formats = block.range.numberFormat as unknown[][];
    vals.forEach((row, r) => {
      values.push(row.map(toCellValue));
      numberFormats.push(row.map((_, c) => formatText(formats?.[r]?.[c])));
      if (withFills) fills.push(fillRow(block, r, row.length));
      if (block.props) fonts.push(fontRow(block.props.value[r] ?? [], row.length));
    });
    if (block.merges)
      merges = [
        ...(merges ?? []),
        ...(block.merges.isNullObject ? [] : mergedAreas(block.merges.address)),
      ];
  }
  const grid: Grid = {
    sheet: reading.source.sheet,
    top: reading.rect.top,
    left: reading.rect.left,
    values,
    numberFormats,
    tables,
  };
  if (withFills) grid.fills = fills;
  if (fonts.length === values.length && fonts.some((row) => row.some((c) => c !== null)))
    grid.fontColours = fonts;
  if (merges) grid.merges = dedupe(merges);
  if (reading.source.hidden) grid.hidden = true;
  Object.assign(grid, namesOfSheet(reading.source.sheet, reading.source.hidden === true));
  return grid;
}

function fillRow(block: Block, r: number, width: number): (string | null)[] {
  if (block.props) {
    const propsRow = block.props.value[r] ?? [];
    return Array.from({ length: width }, (_, c) =>
      fillColour(propsRow[c]?.format?.fill as FillProps | undefined)
    );
  }
  // Without patterns white cannot be told from No Fill; white is read as no fill.
  return Array.from({ length: width }, (_, c) => whiteAsNone(block.cellFills?.[r]?.[c]?.color));
}

/** Font colours of a row, the automatic black as null. */
function fontRow(props: Excel.CellProperties[], width: number): (string | null)[] {
  return Array.from({ length: width }, (_, c) => {
    const colour = props[c]?.format?.font?.color;
    const hex =
      typeof colour === 'string' && /^#[0-9a-f]{6}$/i.test(colour) ? colour.toUpperCase() : null;
    return hex === '#000000' ? null : hex;
  });
}

/** Neighbouring blocks both report a merged area that crosses their boundary: keep it once. */
function dedupe(areas: CellRange[]): CellRange[] {
  const seen = new Map<string, CellRange>();
  for (const a of areas) seen.set(rangeA1(a), a);
  return [...seen.values()];
}

function formatText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function whiteAsNone(color: string | undefined): string | null {
  const c = fillColour(color ? { color, pattern: 'Solid', tintAndShade: 0 } : null);
  return c === '#FFFFFF' ? null : c;
}
