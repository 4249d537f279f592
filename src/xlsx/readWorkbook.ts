/**
 * Reads a workbook file into the engine's Grids without building a workbook model: the package is
 * opened as a zip, shared strings and styles are read once, and each worksheet part is streamed
 * cell by cell (readSheet.ts). Only what the engine needs is kept.
 */
import { promises as fs } from 'node:fs';
import type { CellRange, Grid, GridTable } from '../plan';
import { RagPlanFileError } from './fileError';
import {
  openPackage,
  partText,
  workbookPartOf,
  type PackageSheet,
  type XlsxPackage,
} from './package';
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
import { findEntry, streamText, ZipProblem } from './zip/zip';

export interface LoadedWorkbook {
  pkg: XlsxPackage;
  grids: Grid[];
}

export interface LoadOptions {
  /** Read only this sheet's cells (the others are still listed in pkg.sheets). */
  only?: string;
  /** Stop with one line past this many filled cells in the workbook (MAX_CELLS unless told). */
  maxCells?: number;
}

/** The file's bytes, or one line saying why they cannot be had. */
export async function readFileBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new RagPlanFileError(file, readProblem((e as NodeJS.ErrnoException).code));
  }
}

function readProblem(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EISDIR':
      return 'it is a folder, not a workbook';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to open it';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'it is larger than 2 GB, more than RAG Plan reads';
    default:
      return `it cannot be opened (${code ?? 'unknown error'})`;
  }
}

async function stream(pkg: XlsxPackage, part: string, handler: XmlHandler): Promise<void> {
  const entry = findEntry(pkg.zip, part);
  if (!entry) return;
  try {
    await scanXml(streamText(pkg.zip, entry), handler);
  } catch (e) {
    if (e instanceof ZipProblem) throw new RagPlanFileError(pkg.file, e.message);
    throw e;
  }
}

function tablesOf(
  pkg: XlsxPackage,
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
  pkg: XlsxPackage,
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
export function worksheetsOf(pkg: XlsxPackage): PackageSheet[] {
  return pkg.sheets.filter(
    (s) => s.kind === 'worksheet' && s.part !== null && findEntry(pkg.zip, s.part) !== undefined
  );
}

/** Opens a workbook file (or its bytes) and reads its worksheets as Grids. */
export async function loadWorkbook(
  file: string | Buffer,
  name = typeof file === 'string' ? file : 'workbook',
  options: LoadOptions = {}
): Promise<LoadedWorkbook> {
  const data = typeof file === 'string' ? await readFileBytes(file) : file;
  const pkg = openPackage(data, name);
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
  return { pkg, grids };
}

/** Every worksheet of a workbook as a Grid. */
export async function readWorkbook(file: string | Buffer): Promise<Grid[]> {
  return (await loadWorkbook(file)).grids;
}
