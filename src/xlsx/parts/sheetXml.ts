/**
 * A SheetSpec as worksheet XML, written by hand: strings as inline strings (the user's shared
 * strings part is never touched), styles through StylesWriter (appended to the workbook's own),
 * conditional formats, drop-downs, internal links, frozen rows, widths, tab colour and print setup.
 * The drawing holding the charts is referred to by the relationship id the caller gives.
 */
import {
  a1,
  absoluteRef,
  cellRef,
  columnLetters,
  goToRef,
  isoToSerial,
  rangeA1,
  workbookSheet,
} from '../../plan';
import type { LinkSpec } from '../../report/sheetSpec';
import type { ConditionalFormatSpec, SheetLayout, ValidationSpec } from '../../report/sheetSpec';
import { cellLooks, hex } from './cellLooks';
import { escapeXml } from '../xml/xml';
import { XmlChunks } from '../xml/xmlChunks';
import type { StylesWriter } from './writeStyles';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const LINE_POINTS = 15;
const DEFAULT_WIDTH = 8.43;

/** `<c r="B` by column number, built as far as a sheet needs them. */
const CELL_OPEN: string[] = [''];
function cellOpen(col: number): string {
  while (CELL_OPEN.length <= col) CELL_OPEN.push(`<c r="${columnLetters(CELL_OPEN.length)}`);
  return CELL_OPEN[col];
}

/** Link texts by cell (row * 16,384 + col): a link's text is its cell's value. */
function linkTexts(spec: SheetLayout): Map<number, string> {
  const texts = new Map<number, string>();
  for (const link of spec.links) texts.set(link.cell.row * 16_384 + link.cell.col, link.text);
  return texts;
}

/** True for a link to a cell of another workbook (a roll-up's): a HYPERLINK formula, not a hyperlink. */
function isExternal(link: LinkSpec): boolean {
  return workbookSheet(link.target.sheet).workbook !== null;
}

/** A string as a formula's text literal. */
const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * HYPERLINK formulas by cell for links to other workbooks: Excel opens the file (its path from the
 * summary's folder) at the cell; the text shown is the cell's value, also stored as its result.
 */
function linkFormulas(spec: SheetLayout): Map<number, string> {
  const out = new Map<number, string>();
  for (const link of spec.links)
    if (isExternal(link))
      out.set(
        link.cell.row * 16_384 + link.cell.col,
        `HYPERLINK(${literal(goToRef(link.target))},${literal(link.text)})`
      );
  return out;
}

/** A wrapped text's height in points (Excel autofits on screen; LibreOffice and print need it written). */
function wrappedHeight(text: string, width: number | undefined, fontSize = 11): number {
  const perLine = Math.max(1, (width ?? DEFAULT_WIDTH) - 1);
  const lines = text
    .split(/\r?\n/)
    .reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
  return (lines * LINE_POINTS * fontSize) / 11;
}

const TEXT_OPEN = ' t="inlineStr"><is><t>';
const TEXT_OPEN_KEEP = ' t="inlineStr"><is><t xml:space="preserve">';
const TEXT_CLOSE = '</t></is></c>';

/** A cell's XML after its reference and style, piece by piece (no string is built per cell). */
function addCellBody(out: XmlChunks, value: CellValue): void {
  if (value === undefined) out.add('/>');
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return out.add('/>');
    out.add('><v>');
    out.add(String(value));
    out.add('</v></c>');
  } else if (typeof value === 'boolean')
    out.add(value ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
  else {
    // Spaces at either end or line breaks are kept only when the text says so.
    out.add(/^\s|\s$|\n/.test(value) ? TEXT_OPEN_KEEP : TEXT_OPEN);
    out.add(escapeXml(value));
    out.add(TEXT_CLOSE);
  }
}

type CellValue = string | number | boolean | undefined;

interface SheetData {
  parts: Buffer[];
  bottom: number;
  right: number;
}

/** The <sheetData> element, row by row, as UTF-8 chunks. */
function sheetDataXml(spec: SheetLayout, styles: StylesWriter): SheetData {
  const { rows: looks, formats } = cellLooks(spec);
  const links = linkTexts(spec);
  const formulas = linkFormulas(spec);
  // Each look's closing quote and ` s="n"`, found in styles.xml the first time a cell has it (so in sheet order).
  const styleAttr: string[] = ['"'];
  const attrOf = (look: number): string => {
    let a = styleAttr[look];
    if (a === undefined) {
      const id = styles.cellStyle(formats[look]);
      styleAttr[look] = a = id ? `" s="${id}"` : '"';
    }
    return a;
  };
  const out = new XmlChunks();
  out.add('<sheetData>');
  let bottom = 1;
  let right = 1;
  const lastRow = Math.max(spec.values.length, looks.length - 1);
  for (let row = 1; row <= lastRow; row++) {
    const values = spec.values[row - 1] ?? [];
    const rowLooks = looks[row];
    const end = Math.max(values.length, rowLooks ? rowLooks.length - 1 : 0);
    const valueAt = (col: number, look: number): CellValue => {
      const value = values[col - 1] ?? undefined;
      return look !== 0 && links.size > 0 ? (links.get(row * 16_384 + col) ?? value) : value;
    };
    // The row's height (and whether it has a cell) first: <row> carries it before its cells.
    let height = -1;
    for (let col = 1; col <= end; col++) {
      const look = rowLooks ? rowLooks[col] : 0;
      const value = valueAt(col, look);
      if (value === undefined && look === 0) continue;
      height = Math.max(height, 0);
      const f = formats[look];
      if (look !== 0 && f.wrap && typeof value === 'string')
        height = Math.max(height, wrappedHeight(value, spec.columnWidths[col - 1], f.fontSize));
    }
    if (height < 0) continue;
    const rowText = String(row);
    const ht = height > LINE_POINTS ? ` ht="${Math.ceil(height)}" customHeight="1"` : '';
    out.add(`<row r="${rowText}"${ht}>`);
    for (let col = 1; col <= end; col++) {
      const look = rowLooks ? rowLooks[col] : 0;
      const value = valueAt(col, look);
      if (value === undefined && look === 0) continue;
      out.add(cellOpen(col));
      out.add(rowText);
      out.add(attrOf(look));
      const formula = formulas.size > 0 ? formulas.get(row * 16_384 + col) : undefined;
      if (formula !== undefined && typeof value === 'string')
        out.add(` t="str"><f>${escapeXml(formula)}</f><v>${escapeXml(value)}</v></c>`);
      else addCellBody(out, value);
      if (col > right) right = col;
    }
    out.add('</row>');
    bottom = row;
  }
  out.add('</sheetData>');
  return { parts: out.parts(), bottom, right };
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
  return `<conditionalFormatting sqref="${rangeA1(cf.range)}"><cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="${operator}"><formula>${escapeXml(formula)}</formula></cfRule></conditionalFormatting>`;
}

/** A validation's type, its operator, and its formula: the list, the source range or the first day. */
function validationRule(v: ValidationSpec): { head: string; formula: string } {
  if (v.kind === 'source') return { head: 'type="list"', formula: absoluteRef(v.source) };
  if (v.kind === 'date')
    return {
      head: 'type="date" operator="greaterThanOrEqual"',
      formula: String(isoToSerial(v.onOrAfter)),
    };
  // Excel's list source is one comma-separated string of at most 255 characters.
  return { head: 'type="list"', formula: `"${v.list.join(',').replace(/"/g, '""')}"` };
}

/** Excel's own limits: titles of 32 characters, an input message of 255, an error of 225. */
function messagesXml(v: ValidationSpec): string {
  const out: string[] = [];
  if (v.prompt)
    out.push(
      ` showInputMessage="1" promptTitle="${escapeXml(v.prompt.title.slice(0, 32))}" prompt="${escapeXml(v.prompt.message.slice(0, 255))}"`
    );
  if (v.alert) {
    const style = v.alert.style === 'stop' ? '' : ` errorStyle="${v.alert.style}"`;
    out.push(
      `${style} errorTitle="${escapeXml(v.alert.title.slice(0, 32))}" error="${escapeXml(v.alert.message.slice(0, 225))}"`
    );
  }
  return out.join('');
}

function validationsXml(spec: SheetLayout): string {
  if (spec.validations.length === 0) return '';
  const items = spec.validations.map((v) => {
    const { head, formula } = validationRule(v);
    return `<dataValidation ${head} allowBlank="1" showErrorMessage="1"${messagesXml(v)} sqref="${rangeA1(v.range)}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

function linksXml(spec: SheetLayout): string {
  const internal = spec.links.filter((l) => !isExternal(l));
  if (internal.length === 0) return '';
  const items = internal.map((l) => {
    const location = cellRef(l.target);
    const tip = l.tip ? ` tooltip="${escapeXml(l.tip)}"` : '';
    return `<hyperlink ref="${a1(l.cell.row, l.cell.col)}" location="${escapeXml(location)}" display="${escapeXml(l.text)}"${tip}/>`;
  });
  return `<hyperlinks>${items.join('')}</hyperlinks>`;
}

function headXml(spec: SheetLayout): string {
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

function printXml(spec: SheetLayout): string {
  const margins =
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (!spec.print) return margins;
  // A4, one page wide and as many long as it takes.
  return `${margins}<pageSetup paperSize="9" orientation="${spec.print.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`;
}

/**
 * The worksheet part for a spec, as UTF-8 chunks in order; `drawingRelId` when the sheet has
 * charts, `tableRelId` when it has a table.
 */
export function sheetXml(
  spec: SheetLayout,
  styles: StylesWriter,
  drawingRelId: string | null,
  tableRelId: string | null = null
): Buffer[] {
  const data = sheetDataXml(spec, styles);
  const dimension = `<dimension ref="A1:${a1(data.bottom, data.right)}"/>`;
  const formats = spec.conditionalFormats.map((cf, i) => ruleXml(cf, i + 1, styles)).join('');
  const drawing = drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '';
  const head =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    headXml(spec).replace('<sheetViews>', `${dimension}<sheetViews>`);
  const table = tableRelId
    ? `<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>`
    : '';
  const tail = `${formats}${validationsXml(spec)}${linksXml(spec)}${printXml(spec)}${drawing}${table}</worksheet>`;
  return [Buffer.from(head, 'utf8'), ...data.parts, Buffer.from(tail, 'utf8')];
}
