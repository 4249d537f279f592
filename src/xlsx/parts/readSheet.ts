/**
 * One worksheet part streamed into the engine's Grid: values (shared strings, inline strings,
 * numbers, booleans, errors, formula results), and per cell the number format, fill and font
 * colour of its style; merges and the table parts it refers to. Rows are never all held as XML:
 * memory is what the Grid keeps. Empty cells are kept only when their style has a fill (a RAG
 * shown only as a colour), so thousands of pre-formatted empty cells cost nothing.
 */
import type { CellRange, CellValue } from '../../plan';
import { IconSetReader } from './readIconSets';
import type { CellLook } from './readStyles';
import { placeRow, RowBuffer, TextPool } from './sheetRows';
import { attrStart, numberAt, rawAttr, refAt } from '../xml/tagAttrs';
import { unescapeXml } from '../xml/xml';
import type { XmlHandler } from '../xml/xmlStream';

/**
 * Past this many cells kept in a workbook, reading stops with one line rather than running out of
 * memory. Measured (docs/performance.md): a million-row plan of 5 columns peaks at about 1.2 GB,
 * 400,000 rows of 30 columns (12 million cells) at about 1.45 GB, within a 2 GB heap.
 */
export const MAX_CELLS = 12_000_000;

/** How many more cells the workbook's Grids may keep; shared by the sheets of one workbook. */
export interface CellBudget {
  left: number;
}

export class TooBigError extends Error {}

const UNIX_EPOCH_SERIAL = 25569;

export interface SheetRead {
  values: CellValue[][];
  numberFormats: (string | null)[][];
  fills: (string | null)[][];
  fontColours: (string | null)[][];
  merges: CellRange[];
  /** Relationship ids of the sheet's tables. */
  tableRelIds: string[];
  /** The formula of each list drop-down (data validation) on the sheet: where its values come from. */
  listFormulas: string[];
  /** The used part: last row and column holding a value or a fill. */
  bottom: number;
  right: number;
}

/** "AB12" -> column 28 (0 when there are no letters). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
  }
  return col;
}

export function parseRef(ref: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnOf(m[1].toUpperCase());
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnOf(m[3].toUpperCase()) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** A date cell (t="d") holds ISO text; the engine reads serials. */
function isoToSerial(text: string): CellValue {
  const ms = Date.parse(
    /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`
  );
  return Number.isFinite(ms) ? ms / 86_400_000 + UNIX_EPOCH_SERIAL : text;
}

export class SheetReader implements XmlHandler {
  readonly out: SheetRead = {
    values: [],
    numberFormats: [],
    fills: [],
    fontColours: [],
    merges: [],
    tableRelIds: [],
    listFormulas: [],
    bottom: 0,
    right: 0,
  };
  private row = 0;
  private col = 0;
  private cellType = '';
  private cellStyle = 0;
  private capture = false;
  private buffer = '';
  private rawText = false;
  private inInline = false;
  private inPhonetic = 0;
  /** Inside a list drop-down's <dataValidation>; its first formula is being read when `listText` is a string. */
  private inListValidation = false;
  private listText: string | null = null;
  /** The row whose cells the buffers hold (0-based), or -1. */
  private bufferedRow = -1;
  private readonly rowValues = new RowBuffer<CellValue>();
  private readonly rowFormats = new RowBuffer<string>();
  private readonly rowFills = new RowBuffer<string>();
  private readonly rowFonts = new RowBuffer<string>();
  private readonly pool = new TextPool();
  /** The sheet's icon-set conditional formats, which follow its cells. */
  readonly iconSets = new IconSetReader(parseRef);

  constructor(
    private readonly sharedStrings: string[],
    private readonly looks: CellLook[],
    private readonly budget: CellBudget = { left: MAX_CELLS }
  ) {}

  open(name: string, source: string, start: number, end: number, selfClosing: boolean): void {
    switch (name) {
      case 'row': {
        this.flushRow();
        const r = rawAttr(source, start, end, 'r=');
        this.row = r ? Number(r) : this.row + 1;
        this.col = 0;
        break;
      }
      case 'c':
        this.openCell(source, start, end);
        if (selfClosing) this.endCell(false);
        break;
      case 'v':
        if (!selfClosing) this.startText();
        break;
      case 'is':
        this.inInline = true;
        break;
      case 'rPh':
        if (!selfClosing) this.inPhonetic += 1;
        break;
      case 't':
        if (this.inInline && this.inPhonetic === 0 && !selfClosing) this.capture = true;
        break;
      case 'mergeCell': {
        const range = parseRef(rawAttr(source, start, end, 'ref=') ?? '');
        if (range) this.out.merges.push(range);
        break;
      }
      case 'tablePart': {
        const id = /\s[\w]+:id\s*=\s*["']([^"']*)["']/.exec(source.slice(start, end))?.[1];
        if (id) this.out.tableRelIds.push(id);
        break;
      }
      case 'conditionalFormatting':
        this.iconSets.open(name, source, start, end, selfClosing);
        break;
      case 'dataValidation':
        this.inListValidation = !selfClosing && rawAttr(source, start, end, 'type=') === 'list';
        break;
      case 'formula1':
        // <formula1>'Lists'!$A$2:$A$9</formula1>, or in the x14 extension <x14:formula1><xm:f>...</xm:f>.
        if (this.inListValidation && !selfClosing) this.listText = '';
        break;
      default:
        if (this.iconSets.active) this.iconSets.open(name, source, start, end, selfClosing);
    }
  }

  /** A cell's place, type and style, read from its tag without cutting out its reference. */
  private openCell(source: string, start: number, end: number): void {
    const at = attrStart(source, start, end, 'r=');
    const ref = at < 0 ? null : refAt(source, at);
    this.col = ref?.col || this.col + 1;
    if (ref?.row && this.row === 0) this.row = ref.row;
    this.cellType = rawAttr(source, start, end, 't=') ?? 'n';
    const style = attrStart(source, start, end, 's=');
    this.cellStyle = style < 0 ? 0 : Math.max(0, numberAt(source, style));
    this.buffer = '';
    this.rawText = false;
    this.inInline = false;
  }

  private startText(): void {
    this.capture = true;
    this.buffer = '';
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.capture = false;
        break;
      case 'rPh':
        this.inPhonetic = Math.max(0, this.inPhonetic - 1);
        break;
      case 'formula1':
        if (this.listText !== null && this.listText.trim())
          this.out.listFormulas.push(this.listText.trim());
        this.listText = null;
        break;
      case 'dataValidation':
        this.inListValidation = false;
        break;
      case 'c':
        this.endCell(true);
        break;
      case 'row':
      case 'sheetData':
        this.flushRow();
        break;
      default:
        if (this.iconSets.active) this.iconSets.close(name);
    }
  }

  /** Hands the last row to the Grid; call when the part has been read. */
  finish(): void {
    this.flushRow();
  }

  private flushRow(): void {
    const r = this.bufferedRow;
    if (r < 0) return;
    const o = this.out;
    placeRow(o.values, r, this.rowValues.take());
    placeRow(o.numberFormats, r, this.rowFormats.take());
    placeRow(o.fills, r, this.rowFills.take());
    placeRow(o.fontColours, r, this.rowFonts.take());
    this.bufferedRow = -1;
  }

  text(text: string, raw: boolean): void {
    if (this.listText !== null) {
      this.listText += raw ? text : unescapeXml(text);
      return;
    }
    if (!this.capture) {
      if (this.iconSets.active) this.iconSets.text(text);
      return;
    }
    this.buffer += text;
    if (raw) this.rawText = true;
  }

  private value(hasContent: boolean): CellValue {
    if (!hasContent) return null;
    const t = this.cellType;
    const text = this.rawText ? this.buffer : unescapeXml(this.buffer);
    if (t === 'inlineStr' || t === 'str')
      return this.inInline || t === 'str' ? this.pool.own(text) : null;
    if (text === '') return null;
    if (t === 's') return this.sharedStrings[Number(text)] ?? null;
    if (t === 'b') return text === '1' || text === 'true';
    if (t === 'e') return { error: text };
    if (t === 'd') return isoToSerial(text);
    const n = Number(text);
    return Number.isFinite(n) ? n : this.pool.own(text);
  }

  private endCell(hasContent: boolean): void {
    const value = this.value(hasContent);
    this.capture = false;
    this.inInline = false;
    const look = this.looks[this.cellStyle];
    if (value === null && !look?.fill) return;
    const r = this.row - 1;
    const c = this.col - 1;
    if (r < 0 || c < 0) return;
    if (--this.budget.left < 0) throw new TooBigError();
    if (r !== this.bufferedRow) {
      this.flushRow();
      this.bufferedRow = r;
    }
    this.rowValues.put(c, value);
    // Rows of looks are made only when a cell has one: most plans are plain text.
    if (look?.numberFormat) this.rowFormats.put(c, look.numberFormat);
    if (look?.fill) this.rowFills.put(c, look.fill);
    if (value !== null && look?.fontColour) this.rowFonts.put(c, look.fontColour);
    const o = this.out;
    if (this.row > o.bottom) o.bottom = this.row;
    if (this.col > o.right) o.right = this.col;
  }
}
