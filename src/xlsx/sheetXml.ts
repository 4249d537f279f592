/**
 * A SheetSpec as worksheet XML, written by hand: strings as inline strings (the user's shared
 * strings part is never touched), styles through StylesWriter (appended to the workbook's own),
 * conditional formats, drop-downs, internal links, frozen rows, widths, tab colour and print setup.
 * The drawing holding the charts is referred to by the relationship id the caller gives.
 */
import { a1, columnLetters, parseRange, quoteSheet, type CellRange } from '../plan';
import type { CellStyle, ConditionalFormatSpec, SheetSpec } from '../report/sheetSpec';
import { escapeXml } from './xml';
import type { CellFormat, StylesWriter } from './writeStyles';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const LINK_COLOUR = '0563C1';
const LINE_POINTS = 15;
const DEFAULT_WIDTH = 8.43;

const key = (row: number, col: number): number => row * 16_384 + col;

function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

function eachCell(range: string, fn: (row: number, col: number, r: CellRange) => void): void {
  const r = parseRange(range);
  if (!r) return;
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) fn(row, col, r);
}

/** Every cell's format, the spec's styles applied in order as the Office writer does. */
function formatsOf(spec: SheetSpec): Map<number, CellFormat> {
  const formats = new Map<number, CellFormat>();
  const at = (row: number, col: number): CellFormat => {
    let f = formats.get(key(row, col));
    if (!f) formats.set(key(row, col), (f = {}));
    return f;
  };
  for (const nf of spec.numberFormats)
    eachCell(nf.range, (row, col) => (at(row, col).numberFormat = nf.format));
  for (const s of spec.styles)
    eachCell(s.range, (row, col, r) => applyStyle(at(row, col), s.style, row === r.bottom));
  for (const link of spec.links) {
    const r = parseRange(link.cell);
    if (!r) continue;
    Object.assign(at(r.top, r.left), { fontColor: LINK_COLOUR, underline: true });
  }
  return formats;
}

function applyStyle(f: CellFormat, style: CellStyle, bottomRow: boolean): void {
  if (style.bold !== undefined) f.bold = style.bold;
  if (style.italic !== undefined) f.italic = style.italic;
  if (style.fontSize !== undefined) f.fontSize = style.fontSize;
  if (style.fontColor) f.fontColor = hex(style.fontColor);
  if (style.fill) f.fill = hex(style.fill);
  if (style.horizontal !== undefined || style.wrap !== undefined) {
    f.vertical = 'top';
    if (style.horizontal) f.horizontal = style.horizontal;
    if (style.wrap !== undefined) f.wrap = style.wrap;
  }
  if (style.border === 'all') f.border = { top: true, bottom: true, left: true, right: true };
  else if (style.border === 'bottom' && bottomRow) f.border = { ...f.border, bottom: true };
}

/** The spec's values, with each link's text in its cell. */
function valuesOf(spec: SheetSpec): Map<number, string | number | boolean> {
  const values = new Map<number, string | number | boolean>();
  spec.values.forEach((row, r) =>
    row.forEach((v, c) => v !== null && v !== undefined && values.set(key(r + 1, c + 1), v))
  );
  for (const link of spec.links) {
    const r = parseRange(link.cell);
    if (r) values.set(key(r.top, r.left), link.text);
  }
  return values;
}

/** Heights for wrapped rows (Excel autofits on screen; LibreOffice and print need them written). */
function rowHeights(
  spec: SheetSpec,
  values: Map<number, unknown>,
  formats: Map<number, CellFormat>
): Map<number, number> {
  const heights = new Map<number, number>();
  for (const [k, f] of formats) {
    const v = values.get(k);
    if (!f.wrap || typeof v !== 'string') continue;
    const row = Math.floor(k / 16_384);
    const col = k % 16_384;
    const perLine = Math.max(1, (spec.columnWidths[col - 1] ?? DEFAULT_WIDTH) - 1);
    const lines = v
      .split(/\r?\n/)
      .reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
    const points = (lines * LINE_POINTS * (f.fontSize ?? 11)) / 11;
    heights.set(row, Math.max(heights.get(row) ?? 0, points));
  }
  return heights;
}

function cellXml(
  row: number,
  col: number,
  value: string | number | boolean | undefined,
  style: number
): string {
  const s = style ? ` s="${style}"` : '';
  const ref = `${columnLetters(col)}${row}`;
  if (value === undefined) return `<c r="${ref}"${s}/>`;
  if (typeof value === 'number')
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  // Spaces at either end or line breaks are kept only when the text says so.
  const preserve = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${preserve}>${escapeXml(value)}</t></is></c>`;
}

function sheetDataXml(
  spec: SheetSpec,
  styles: StylesWriter
): { xml: string; bottom: number; right: number } {
  const values = valuesOf(spec);
  const formats = formatsOf(spec);
  const heights = rowHeights(spec, values, formats);
  // Cell keys in sheet order; a typed array sorts numbers without a comparator call per pair.
  const keys = Float64Array.from(new Set([...values.keys(), ...formats.keys()])).sort();
  // Many cells share a look: each distinct one is looked up in styles.xml once.
  const styleIds = new Map<string, number>();
  const styleOf = (f: CellFormat): number => {
    const k = JSON.stringify(f);
    let id = styleIds.get(k);
    if (id === undefined) styleIds.set(k, (id = styles.cellStyle(f)));
    return id;
  };
  const rows: string[] = [];
  let current = 0;
  let cells: string[] = [];
  let right = 1;
  const flush = () => {
    if (current === 0) return;
    const h = heights.get(current);
    const ht = h !== undefined && h > LINE_POINTS ? ` ht="${Math.ceil(h)}" customHeight="1"` : '';
    rows.push(`<row r="${current}"${ht}>${cells.join('')}</row>`);
  };
  for (const k of keys) {
    const row = Math.floor(k / 16_384);
    const col = k % 16_384;
    if (row !== current) {
      flush();
      current = row;
      cells = [];
    }
    const f = formats.get(k);
    cells.push(cellXml(row, col, values.get(k), f ? styleOf(f) : 0));
    right = Math.max(right, col);
  }
  flush();
  return { xml: `<sheetData>${rows.join('')}</sheetData>`, bottom: Math.max(current, 1), right };
}

function ruleXml(cf: ConditionalFormatSpec, priority: number, styles: StylesWriter): string {
  const dxfId = styles.diffStyle({
    fill: cf.style.fill && hex(cf.style.fill),
    fontColor: cf.style.fontColor && hex(cf.style.fontColor),
    bold: cf.style.bold,
  });
  // An equality test on the whole cell, as the Office writer does, so "Green" never colours "Amber/Green".
  const formula = cf.kind === 'text-equals' ? `"${cf.text.replace(/"/g, '""')}"` : String(cf.value);
  const operator = cf.kind === 'text-equals' ? 'equal' : cf.operator;
  return `<conditionalFormatting sqref="${escapeXml(cf.range)}"><cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="${operator}"><formula>${escapeXml(formula)}</formula></cfRule></conditionalFormatting>`;
}

function validationsXml(spec: SheetSpec): string {
  if (spec.validations.length === 0) return '';
  const items = spec.validations.map((v) => {
    // Excel's list source is one comma-separated string of at most 255 characters.
    const source = `"${v.list.join(',').replace(/"/g, '""')}"`;
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${escapeXml(v.range)}"><formula1>${escapeXml(source)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

function linksXml(spec: SheetSpec): string {
  if (spec.links.length === 0) return '';
  const items = spec.links.map((l) => {
    const location = `${quoteSheet(l.target.sheet)}!${l.target.address}`;
    const tip = l.tip ? ` tooltip="${escapeXml(l.tip)}"` : '';
    return `<hyperlink ref="${escapeXml(l.cell)}" location="${escapeXml(location)}" display="${escapeXml(l.text)}"${tip}/>`;
  });
  return `<hyperlinks>${items.join('')}</hyperlinks>`;
}

function headXml(spec: SheetSpec): string {
  const tab = spec.tabColor ? `<tabColor rgb="FF${hex(spec.tabColor)}"/>` : '';
  const fit = spec.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  const sheetPr = tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : '';
  const n = spec.freezeRows;
  const pane =
    n > 0
      ? `<pane ySplit="${n}" topLeftCell="${a1(n + 1, 1)}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${a1(n + 1, 1)}" sqref="${a1(n + 1, 1)}"/>`
      : '';
  const cols = spec.columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return `${sheetPr}<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}`;
}

function printXml(spec: SheetSpec): string {
  const margins =
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (!spec.print) return margins;
  // A4, one page wide and as many long as it takes.
  return `${margins}<pageSetup paperSize="9" orientation="${spec.print.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`;
}

/** The worksheet part for a spec; `drawingRelId` when the sheet has charts. */
export function sheetXml(
  spec: SheetSpec,
  styles: StylesWriter,
  drawingRelId: string | null
): string {
  const data = sheetDataXml(spec, styles);
  const dimension = `<dimension ref="A1:${a1(data.bottom, data.right)}"/>`;
  const formats = spec.conditionalFormats.map((cf, i) => ruleXml(cf, i + 1, styles)).join('');
  const drawing = drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    `${headXml(spec).replace('<sheetViews>', `${dimension}<sheetViews>`)}${data.xml}${formats}${validationsXml(spec)}${linksXml(spec)}${printXml(spec)}${drawing}</worksheet>`
  );
}
