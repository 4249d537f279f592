/**
 * A package's worksheets read into the engine's Grids without building a workbook model: shared
 * strings and styles are read once, and each worksheet part is streamed cell by cell
 * (parts/readSheet.ts). Only what the engine needs is kept. Pure: the parts come through the
 * package's PartStore, unpacked by Node (readWorkbook.ts) or by the browser (readBytes.ts).
 */
import type { CellRange, Grid, GridTable } from '../plan';
import { RagPlanFileError } from './fileError';
import { partText, workbookPartOf, type PackageIndex, type PackageSheet } from './packageIndex';
import { readDefinedNames } from './parts/definedNames';
import { addListSources } from './parts/listSources';
import { themePalette } from './parts/readColours';
import { sheetIcons } from './parts/readIconSets';
import { SharedStringsReader } from './parts/readSharedStrings';
import {
  MAX_CELLS,
  parseRef,
  SheetReader,
  TooBigError,
  type CellBudget,
  type SheetRead,
} from './parts/readSheet';
import { readCellLooks, type CellLook } from './parts/readStyles';
import { attr, parseRels, relsPathOf } from './xml/xml';
import { scanXml, type XmlHandler } from './xml/xmlStream';
import { ZipProblem } from './zip/zipProblem';

export interface LoadOptions {
  /** Read only this sheet's cells (the others are still listed in pkg.sheets). */
  only?: string;
  /** Stop with one line past this many filled cells in the workbook (MAX_CELLS unless told). */
  maxCells?: number;
}

async function stream(pkg: PackageIndex, part: string, handler: XmlHandler): Promise<void> {
  const chunks = pkg.parts.chunks(part);
  if (!chunks) return;
  try {
    await scanXml(chunks, handler);
  } catch (e) {
    if (e instanceof ZipProblem) throw new RagPlanFileError(pkg.file, e.message);
    throw e;
  }
}

function tablesOf(
  pkg: PackageIndex,
  sheetPart: string,
  relIds: string[],
  used: CellRange
): GridTable[] {
  if (relIds.length === 0) return [];
  const rels = parseRels(sheetPart, partText(pkg, relsPathOf(sheetPart)));
  const out: GridTable[] = [];
  for (const id of relIds) {
    const rel = rels.find((r) => r.id === id && !r.external);
    const xml = rel ? partText(pkg, rel.target) : null;
    const head = xml ? /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] : undefined;
    if (!head) continue;
    const range = parseRef(attr(head, 'ref') ?? '');
    const name = attr(head, 'displayName') ?? attr(head, 'name');
    if (!range || !name) continue;
    out.push({ name, range: clip(range, used), hasHeaders: attr(head, 'headerRowCount') !== '0' });
  }
  return out;
}

/** A range that runs past the used part (a whole column, a whole sheet) is read as its used part. */
function clip(range: CellRange, used: CellRange): CellRange {
  return {
    top: range.top,
    left: range.left,
    bottom: Math.max(range.top, Math.min(range.bottom, used.bottom)),
    right: Math.max(range.left, Math.min(range.right, used.right)),
  };
}

/** The part of a range inside the used part; null when it lies wholly outside. */
function bounded(range: CellRange, used: CellRange): CellRange | null {
  return range.top > used.bottom || range.left > used.right ? null : clip(range, used);
}

function gridOf(
  sheet: PackageSheet,
  read: SheetRead,
  tables: GridTable[],
  icons: Grid['icons'] | null
): Grid {
  const values = read.values;
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    if (row === undefined) values[i] = [];
    else for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  // The looks are sparse: a row or cell without an entry has none (null), as the engine reads them.
  for (const rows of [read.numberFormats, read.fills, read.fontColours])
    rows.length = Math.min(rows.length, values.length);
  const used = { top: 1, left: 1, bottom: read.bottom, right: read.right };
  const merges = read.merges
    .filter((m) => m.top <= used.bottom && m.left <= used.right)
    .map((m) => clip(m, used));
  return {
    sheet: sheet.name,
    top: 1,
    left: 1,
    values,
    numberFormats: read.numberFormats,
    fills: read.fills,
    fontColours: read.fontColours,
    ...(icons ? { icons } : {}),
    merges,
    tables,
    hidden: sheet.state !== 'visible',
  };
}

async function readSheet(
  pkg: PackageIndex,
  sheet: PackageSheet,
  strings: string[],
  looks: CellLook[],
  budget: CellBudget,
  maxCells: number
): Promise<{ grid: Grid; listFormulas: string[] }> {
  const reader = new SheetReader(strings, looks, budget);
  try {
    await stream(pkg, sheet.part as string, reader);
    reader.finish();
  } catch (e) {
    if (!(e instanceof TooBigError)) throw e;
    throw new RagPlanFileError(
      pkg.file,
      `it has more than ${maxCells.toLocaleString('en-GB')} filled cells (reached on the sheet "${sheet.name}"), more than RAG Plan reads at once; split the plan into smaller workbooks`
    );
  }
  const used = { top: 1, left: 1, bottom: reader.out.bottom, right: reader.out.right };
  const icons = sheetIcons(reader.iconSets.rules, reader.out.values, (r) => bounded(r, used));
  const grid = gridOf(
    sheet,
    reader.out,
    tablesOf(pkg, sheet.part as string, reader.out.tableRelIds, used),
    icons
  );
  return { grid, listFormulas: reader.out.listFormulas };
}

/** The worksheets (not chart or dialog sheets) whose parts are in the package. */
export function worksheetsOf(pkg: PackageIndex): PackageSheet[] {
  return pkg.sheets.filter(
    (s) => s.kind === 'worksheet' && s.part !== null && pkg.parts.has(s.part)
  );
}

/** Every worksheet of an opened package as a Grid (or only the one `options.only` names). */
export async function gridsOf(pkg: PackageIndex, options: LoadOptions = {}): Promise<Grid[]> {
  const palette = themePalette(partText(pkg, workbookPartOf(pkg, 'theme')) ?? undefined);
  const looks = readCellLooks(partText(pkg, workbookPartOf(pkg, 'styles')), palette);
  const strings = new SharedStringsReader();
  const ssPart = workbookPartOf(pkg, 'sharedStrings');
  if (ssPart) await stream(pkg, ssPart, strings);
  const grids: Grid[] = [];
  const maxCells = options.maxCells ?? MAX_CELLS;
  const budget = { left: maxCells };
  const listFormulas = new Map<string, string[]>();
  for (const sheet of worksheetsOf(pkg)) {
    if (options.only !== undefined && sheet.name !== options.only) continue;
    const read = await readSheet(pkg, sheet, strings.strings, looks, budget, maxCells);
    grids.push(read.grid);
    if (read.listFormulas.length) listFormulas.set(sheet.name, read.listFormulas);
  }
  // Drop-downs on one sheet name lists on another: known once every sheet is read.
  const sheetOrder = pkg.sheets.map((s) => s.name);
  addListSources(grids, listFormulas, readDefinedNames(pkg.workbookXml), sheetOrder);
  return grids;
}
