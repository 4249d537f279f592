/**
 * Writes SheetSpecs into an ExcelJS workbook, under the same ownership rule as the Office.js
 * writer: only sheets RAG Plan owns are replaced (at the same tab position); a user's sheet with
 * the wanted name is left alone and ours takes a free name.
 *
 * ExcelJS cannot write charts: they are added to the saved file afterwards as real Excel charts
 * (workbookBytes in writeWorkbook.ts, parts from chartXml.ts), where each ChartSpec says.
 */
import ExcelJS from 'exceljs';
import { parseRange, quoteSheet } from '../plan';
import { OWNER_NAMES, placeSheets } from '../report/ownership';
import type { CellStyle, ConditionalFormatSpec, SheetKey, SheetSpec } from '../report/sheetSpec';
import { ownedSheets, removeName } from './ownership';

export interface XlsxWriteResult {
  written: { key: SheetKey; name: string }[];
  renamed: { key: SheetKey; wanted: string; used: string }[];
}

interface Ordered {
  orderNo: number;
}

export function writeSummarySheets(workbook: ExcelJS.Workbook, specs: SheetSpec[]): XlsxWriteResult {
  const owned = ownedSheets(workbook, specs);
  const placements = placeSheets(
    specs,
    workbook.worksheets.map((w) => w.name),
    owned,
  );
  placements.forEach((p, i) => {
    removeName(workbook, OWNER_NAMES[p.key]);
    let orderNo: number | undefined;
    if (p.replaces) {
      const old = workbook.getWorksheet(p.replaces);
      if (old) {
        orderNo = (old as unknown as Ordered).orderNo;
        workbook.removeWorksheet(old.id);
      }
    }
    const ws = workbook.addWorksheet(p.used);
    // Same tab position as the sheet it replaces (orderNo is ExcelJS's sort key, untyped).
    if (orderNo !== undefined) (ws as unknown as Ordered).orderNo = orderNo;
    writeContent(ws, specs[i]);
    workbook.definedNames.add(`${quoteSheet(p.used)}!$A$1`, OWNER_NAMES[p.key]);
  });
  return {
    written: placements.map((p) => ({ key: p.key, name: p.used })),
    renamed: placements.filter((p) => p.used !== p.wanted).map((p) => ({ key: p.key, wanted: p.wanted, used: p.used })),
  };
}

function writeContent(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.values.forEach((row, r) =>
    row.forEach((v, c) => {
      // A string is stored as a string: ExcelJS only makes formulas from { formula } objects.
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  for (const nf of spec.numberFormats) eachCell(ws, nf.range, (cell) => (cell.numFmt = nf.format));
  for (const s of spec.styles) applyStyle(ws, s.range, s.style);
  spec.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  fitWrappedRows(ws, spec);
  if (spec.freezeRows > 0) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.freezeRows, topLeftCell: `A${spec.freezeRows + 1}` }];
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  if (spec.print) {
    // A4, one page wide and as many long as it takes.
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: spec.print.landscape ? 'landscape' : 'portrait',
      fitToPage: spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
  spec.conditionalFormats.forEach((cf) => ws.addConditionalFormatting({ ref: cf.range, rules: [conditionalRule(cf)] }));
  for (const v of spec.validations) {
    // Excel's list source is one comma-separated string of at most 255 characters.
    const source = `"${v.list.join(',').replace(/"/g, '""')}"`;
    eachCell(ws, v.range, (cell) => (cell.dataValidation = { type: 'list', allowBlank: true, formulae: [source], showErrorMessage: true }));
  }
  for (const link of spec.links) {
    const cell = ws.getCell(link.cell);
    cell.value = { text: link.text, hyperlink: `#${quoteSheet(link.target.sheet)}!${link.target.address}`, tooltip: link.tip };
    cell.font = { ...cell.font, color: { argb: 'FF0563C1' }, underline: true };
  }
}

function eachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const r = parseRange(range);
  if (!r) return;
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(ws.getCell(row, col));
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

function applyStyle(ws: ExcelJS.Worksheet, range: string, style: CellStyle): void {
  const r = parseRange(range);
  if (!r) return;
  eachCell(ws, range, (cell) => {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.fontColor) font.color = { argb: argb(style.fontColor) };
    cell.font = font;
    if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
    if (style.horizontal !== undefined || style.wrap !== undefined) {
      const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment, vertical: 'top' };
      if (style.horizontal) alignment.horizontal = style.horizontal;
      if (style.wrap !== undefined) alignment.wrapText = style.wrap;
      cell.alignment = alignment;
    }
    if (style.border === 'all') cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    else if (style.border === 'bottom' && Number(cell.row) === r.bottom) cell.border = { ...cell.border, bottom: THIN };
  });
}

function conditionalRule(cf: ConditionalFormatSpec): ExcelJS.ConditionalFormattingRule {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.style.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) } };
  if (cf.style.fontColor || cf.style.bold !== undefined) {
    style.font = {};
    if (cf.style.fontColor) style.font.color = { argb: argb(cf.style.fontColor) };
    if (cf.style.bold !== undefined) style.font.bold = cf.style.bold;
  }
  // An equality test on the whole cell, as the Office writer does, so "Green" never colours "Amber/Green".
  const formula = cf.kind === 'text-equals' ? `"${cf.text.replace(/"/g, '""')}"` : String(cf.value);
  const operator = cf.kind === 'text-equals' ? 'equal' : cf.operator;
  return { type: 'cellIs', operator, formulae: [formula], style, priority: 1 } as ExcelJS.ConditionalFormattingRule;
}

const LINE_POINTS = 15;
const DEFAULT_WIDTH = 8.43;

/**
 * Row heights for wrapped text. Excel autofits such rows when it lays the sheet out, but
 * LibreOffice and printing from a file need the height written, so it is estimated: a column
 * holds about its width in characters, less one for the margins.
 */
function fitWrappedRows(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const heights = new Map<number, number>();
  for (const s of spec.styles) {
    if (!s.style.wrap) continue;
    eachCell(ws, s.range, (cell) => {
      if (typeof cell.value !== 'string') return;
      const col = Number(cell.col);
      const perLine = Math.max(1, (spec.columnWidths[col - 1] ?? DEFAULT_WIDTH) - 1);
      const lines = cell.value.split(/\r?\n/).reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
      const size = cell.font?.size ?? 11;
      const row = Number(cell.row);
      heights.set(row, Math.max(heights.get(row) ?? 0, (lines * LINE_POINTS * size) / 11));
    });
  }
  for (const [row, points] of heights) if (points > LINE_POINTS) ws.getRow(row).height = Math.ceil(points);
}
