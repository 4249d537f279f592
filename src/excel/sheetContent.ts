/**
 * Queues one summary sheet's content into a batch: values (as text where they are strings), then
 * number formats' and styles' commands, then links, then charts. Every command reserves its
 * estimated bytes first, so the caller's budget syncs only when a request would grow too big.
 */
import {
  a1,
  cellRef,
  columnLetters,
  rangeA1,
  workbookSheet,
  type CellRange,
  type SheetCell,
  maxOf,
} from '../plan';
import type {
  CellStyle,
  ChartSpec,
  ConditionalFormatSpec,
  SheetLayout,
  SpecValue,
} from '../report/sheetSpec';
import { applyValidation, validationBytes } from './validation';
import { supportInfo } from './support';
import {
  COMMAND_OVERHEAD_BYTES,
  jsonBytes,
  REQUEST_BUDGET_BYTES,
  type RequestBudget,
} from './budget';

/** The most one block of values may carry, so blocks pack into requests with little waste. */
export const VALUE_BLOCK_BYTES = Math.floor(REQUEST_BUDGET_BYTES / 4);

const CHART_TYPES: Record<ChartSpec['type'], string> = {
  'bar-stacked': 'BarStacked',
  'column-clustered': 'ColumnClustered',
  pie: 'Pie',
};

export interface ContentHooks {
  phase(phase: 'writing' | 'formatting' | 'charts'): void;
  validation: boolean;
}

/** Excel's column width in points for a width in characters (7 px a character plus 5 px padding, at 96 dpi). */
export function charsToPoints(chars: number): number {
  return Math.round((Math.max(0, chars) * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * The values and number formats to write, padded to a rectangle. Strings get "@" so Excel keeps
 * them as text: a plan cell "=HYPERLINK(...)" stays those characters, never a formula.
 */
export function cellMatrices(spec: SheetLayout): {
  values: (string | number | boolean)[][];
  formats: string[][];
} {
  const rows = spec.values.length;
  // Not a spread into Math.max: the history sheet has a row per action per refresh.
  const cols = maxOf(
    spec.values.map((r) => r.length),
    1
  );
  const formats: string[][] = Array.from({ length: rows }, () =>
    new Array<string>(cols).fill('General')
  );
  for (const nf of spec.numberFormats) {
    const r = nf.range;
    for (let row = r.top; row <= Math.min(r.bottom, rows); row++)
      for (let col = r.left; col <= Math.min(r.right, cols); col++)
        formats[row - 1][col - 1] = nf.format;
  }
  const values = spec.values.map((row, r) => {
    const out: (string | number | boolean)[] = new Array(cols).fill('');
    row.forEach((v: SpecValue, c) => {
      if (typeof v === 'string') formats[r][c] = '@';
      out[c] = v === null ? '' : v;
    });
    return out;
  });
  return { values, formats };
}

/** Row blocks of the matrices, each under VALUE_BLOCK_BYTES by JSON length. */
export function valueBlocks(
  values: unknown[][],
  formats: unknown[][]
): { start: number; end: number; bytes: number }[] {
  const blocks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < values.length; r++) {
    const rowBytes = jsonBytes(values[r]) + jsonBytes(formats[r]);
    if (r > start && bytes + rowBytes > VALUE_BLOCK_BYTES) {
      blocks.push({ start, end: r, bytes });
      start = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (values.length > start) blocks.push({ start, end: values.length, bytes });
  return blocks;
}

export async function queueSheetContent(
  sheet: Excel.Worksheet,
  spec: SheetLayout,
  budget: RequestBudget,
  hooks: ContentHooks
): Promise<void> {
  hooks.phase('writing');
  const { values, formats } = cellMatrices(spec);
  const cols = values[0]?.length ?? 1;
  for (const block of valueBlocks(values, formats)) {
    await budget.reserve(block.bytes + COMMAND_OVERHEAD_BYTES * 2);
    const range = sheet.getRange(
      rangeA1({ top: block.start + 1, left: 1, bottom: block.end, right: cols })
    );
    // Formats before values: a value lands in a cell already formatted as text.
    range.numberFormat = formats.slice(block.start, block.end);
    range.values = values.slice(block.start, block.end);
  }

  hooks.phase('formatting');
  for (const s of spec.styles) {
    // The range's own path, and each property the style sets (a border is two an edge).
    await budget.reserve(COMMAND_OVERHEAD_BYTES * (2 + styleCommands(s.style)));
    applyStyle(sheet.getRange(rangeA1(s.range)), s.style);
  }
  for (let i = 0; i < spec.columnWidths.length; i++) {
    await budget.reserve(COMMAND_OVERHEAD_BYTES);
    const col = columnLetters(i + 1);
    sheet.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(spec.columnWidths[i]);
  }
  if (spec.freezeRows > 0) {
    await budget.reserve(COMMAND_OVERHEAD_BYTES);
    sheet.freezePanes.freezeRows(spec.freezeRows);
  }
  if (spec.tabColor) sheet.tabColor = spec.tabColor;
  for (const cf of spec.conditionalFormats) {
    await budget.reserve(COMMAND_OVERHEAD_BYTES * 4);
    addConditionalFormat(sheet.getRange(rangeA1(cf.range)), cf);
  }
  if (hooks.validation) {
    for (const v of spec.validations) {
      await budget.reserve(COMMAND_OVERHEAD_BYTES + validationBytes(v));
      applyValidation(sheet.getRange(rangeA1(v.range)), v);
    }
  }
  const inMatrix = (p: { row: number; col: number }) =>
    p.row <= values.length && p.col <= cols && typeof values[p.row - 1][p.col - 1] === 'string';
  for (const link of spec.links) {
    const hyperlink: Excel.RangeHyperlink = { ...linkPlace(link.target), textToDisplay: link.text };
    if (link.tip) hyperlink.screenTip = link.tip;
    await budget.reserve(jsonBytes(hyperlink) + COMMAND_OVERHEAD_BYTES * 2);
    const cell = sheet.getRange(a1(link.cell.row, link.cell.col));
    if (!inMatrix(link.cell)) cell.numberFormat = [['@']];
    cell.hyperlink = hyperlink;
  }

  hooks.phase('charts');
  for (const chart of spec.charts) {
    await budget.reserve(COMMAND_OVERHEAD_BYTES * (6 + (chart.seriesColors?.length ?? 0)));
    addChart(sheet, chart);
  }
}

/** The commands applyStyle queues for a style. */
export function styleCommands(style: CellStyle): number {
  const set = [
    style.bold,
    style.italic,
    style.fontSize,
    style.fontColor,
    style.fill,
    style.horizontal,
    style.wrap,
  ].filter((v) => v !== undefined && v !== '').length;
  return set + (style.border ? BORDER_EDGES[style.border].length * 2 : 0);
}

const BORDER_EDGES: Record<NonNullable<CellStyle['border']>, string[]> = {
  bottom: ['EdgeBottom'],
  all: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'],
};

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const font = range.format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor) font.color = style.fontColor;
  if (style.fill) range.format.fill.color = style.fill;
  if (style.horizontal)
    range.format.horizontalAlignment = (
      { left: 'Left', center: 'Center', right: 'Right' } as const
    )[style.horizontal];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of BORDER_EDGES[style.border]) {
      const border = range.format.borders.getItem(edge as Excel.BorderIndex);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

/** Excel's formula for a text constant: "Red" -> ="Red" (quotes doubled). */
export function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

function addConditionalFormat(range: Excel.Range, cf: ConditionalFormatSpec): void {
  // Cell-value rules: an equality test on the whole cell, so "Green" does not also colour "Amber/Green".
  const format = range.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
  const rule: Excel.ConditionalCellValueRule =
    cf.kind === 'text-equals'
      ? { formula1: textFormula(cf.text), operator: 'EqualTo' }
      : {
          formula1: String(cf.value),
          operator: (
            { greaterThan: 'GreaterThan', lessThan: 'LessThan', equal: 'EqualTo' } as const
          )[cf.operator],
        };
  format.cellValue.rule = rule;
  if (cf.style.fill) format.cellValue.format.fill.color = cf.style.fill;
  if (cf.style.fontColor) format.cellValue.format.font.color = cf.style.fontColor;
  if (cf.style.bold !== undefined) format.cellValue.format.font.bold = cf.style.bold;
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const seriesBy = spec.seriesBy === 'rows' ? 'Rows' : 'Columns';
  const chart = sheet.charts.add(
    CHART_TYPES[spec.type] as Excel.ChartType,
    sheet.getRange(rangeA1(spec.dataRange)),
    seriesBy as Excel.ChartSeriesBy
  );
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.setPosition(a1(spec.from.row, spec.from.col), a1(spec.to.row, spec.to.col));
  valueAxis(chart, spec);
  const data = spec.dataRange;
  if (!spec.seriesColors) return;
  if (spec.type === 'pie') {
    // A pie has one series; its colours are per point (category).
    const points = chart.series.getItemAt(0).points;
    spec.seriesColors
      .slice(0, categories(data, spec.seriesBy))
      .forEach((color, i) => points.getItemAt(i).format.fill.setSolidColor(color));
  } else {
    spec.seriesColors
      .slice(0, seriesCount(data, spec.seriesBy))
      .forEach((color, i) => chart.series.getItemAt(i).format.fill.setSolidColor(color));
  }
}

/** What the values are (pounds on the Savings chart), as the file writer shows them: axis title and format. */
function valueAxis(chart: Excel.Chart, spec: ChartSpec): void {
  if (!spec.values || spec.type === 'pie') return;
  chart.axes.valueAxis.title.text = spec.values.title;
  if (supportInfo().chartAxisFormat) chart.axes.valueAxis.numberFormat = spec.values.format;
}

/** Series in a data range with a header row and a category column. */
function seriesCount(r: CellRange, by: ChartSpec['seriesBy']): number {
  return by === 'columns' ? r.right - r.left : r.bottom - r.top;
}

function categories(r: CellRange, by: ChartSpec['seriesBy']): number {
  return by === 'columns' ? r.bottom - r.top : r.right - r.left;
}

/**
 * Where a link goes, as Office.js takes it: a cell of this workbook by its reference; a cell of
 * another workbook (a roll-up's) by the file, from the open workbook's folder, and the cell in it.
 */
function linkPlace(target: SheetCell): Pick<Excel.RangeHyperlink, 'address' | 'documentReference'> {
  const { workbook, sheet } = workbookSheet(target.sheet);
  if (workbook === null) return { documentReference: cellRef(target) };
  return { address: workbook, documentReference: cellRef({ ...target, sheet }) };
}
