/** The ExcelJS reader refresh still writes through, until package surgery replaces it. */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, Grid, GridTable } from '../plan/grid';
import { parseRange } from '../plan/address';
import { RagPlanFileError } from './fileError';
import { loadMergesWithoutRecheck } from './fastMerges';
import { resolveColour, themePalette, type FileColour } from './readColours';

/** Excel serial of 1970-01-01: ExcelJS hands dates over as UTC midnights. */
const UNIX_EPOCH_SERIAL = 25569;

function toSerial(d: Date): number | null {
  const t = d.getTime();
  return Number.isFinite(t) ? t / 86_400_000 + UNIX_EPOCH_SERIAL : null;
}

/** One ExcelJS cell value as the neutral CellValue the engine reads. */
export function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return toSerial(v);
  if (typeof v === 'object') {
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((p) => p.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      return r === undefined ? null : cellValue(r as ExcelJS.CellValue);
    }
    if ('text' in v && 'hyperlink' in v) {
      const t = (v as ExcelJS.CellHyperlinkValue).text;
      return typeof t === 'string' ? t : cellValue(t as ExcelJS.CellValue);
    }
  }
  return null;
}

function fillOf(cell: ExcelJS.Cell, palette: string[]): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return null;
  return resolveColour(fill.fgColor as FileColour | undefined, palette);
}

function tablesOf(ws: ExcelJS.Worksheet): GridTable[] {
  const out: GridTable[] = [];
  for (const t of ws.getTables() as unknown as { table?: { name?: string; tableRef?: string; headerRow?: boolean } }[]) {
    const model = t.table;
    const range = model?.tableRef ? parseRange(model.tableRef) : null;
    if (model?.name && range) out.push({ name: model.name, range, hasHeaders: model.headerRow !== false });
  }
  return out;
}

/** One sheet as a Grid: values, number formats, fills, merges and tables, from A1. */
export function sheetToGrid(ws: ExcelJS.Worksheet, palette: string[]): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fills: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const vs: CellValue[] = [];
    const fs: (string | null)[] = [];
    const fl: (string | null)[] = [];
    // Empty cells too: a RAG shown only as a fill colour has no value.
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // Merged cells other than the top-left carry a copy of its value in ExcelJS; Excel does not.
      const own = cell.isMerged && cell.master !== cell ? null : cellValue(cell.value);
      vs[c - 1] = own;
      fs[c - 1] = cell.numFmt || null;
      fl[c - 1] = fillOf(cell, palette);
    });
    values[r - 1] = vs;
    numberFormats[r - 1] = fs;
    fills[r - 1] = fl;
  });
  // Holes left by eachRow/eachCell become explicit empties.
  for (let i = 0; i < values.length; i++) {
    values[i] = Array.from(values[i] ?? [], (v) => (v === undefined ? null : v));
    numberFormats[i] = Array.from(numberFormats[i] ?? [], (v) => v ?? null);
    fills[i] = Array.from(fills[i] ?? [], (v) => v ?? null);
  }
  const merges: CellRange[] = [];
  for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
    const range = parseRange(m);
    if (range) merges.push(range);
  }
  return { sheet: ws.name, top: 1, left: 1, values, numberFormats, fills, merges, tables: tablesOf(ws) };
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);

/** Opens an .xlsx file or buffer, with one clear error for each way it can fail. */
export async function loadExcelJs(file: string | Buffer, name = typeof file === 'string' ? file : 'workbook'): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[] }> {
  let data: Buffer;
  if (typeof file === 'string') {
    try {
      data = await fs.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new RagPlanFileError(name, code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a workbook' : `it cannot be opened (${code ?? 'unknown error'})`);
    }
  } else data = file;
  if (data.length === 0) throw new RagPlanFileError(name, 'the file is empty');
  if (data.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new RagPlanFileError(
      name,
      'it is password-protected or an old .xls file; remove the password in Excel (File > Info > Protect Workbook) or save it as .xlsx, and try again',
    );
  }
  if (!data.subarray(0, 2).equals(ZIP_MAGIC)) throw new RagPlanFileError(name, 'it is not an .xlsx workbook');
  // A zip's directory holds its part names as plain bytes: no workbook part, no workbook (a .docx, an .ods, a plain zip).
  if (!data.includes('xl/workbook.xml')) throw new RagPlanFileError(name, 'it is a zip file but not an .xlsx workbook; open it in Excel and save it as .xlsx');
  loadMergesWithoutRecheck();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new RagPlanFileError(name, `it is not a readable .xlsx workbook (${(e as Error).message.split('\n')[0]})`);
  }
  if (workbook.worksheets.length === 0) throw new RagPlanFileError(name, 'the workbook has no sheets');
  const palette = themePalette((workbook as unknown as { _themes?: Record<string, string> })._themes?.theme1);
  return { workbook, grids: workbook.worksheets.map((ws) => sheetToGrid(ws, palette)) };
}

/** Every sheet of a workbook as a Grid. */
export async function readWorkbookExcelJs(file: string | Buffer): Promise<Grid[]> {
  return (await loadExcelJs(file)).grids;
}
