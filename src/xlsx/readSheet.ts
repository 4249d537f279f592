/**
 * One worksheet part streamed into the engine's Grid: values (shared strings, inline strings,
 * numbers, booleans, errors, formula results), and per cell the number format, fill and font
 * colour of its style; merges and the table parts it refers to. Rows are never all held as XML:
 * memory is what the Grid keeps. Empty cells are kept only when their style has a fill (a RAG
 * shown only as a colour), so thousands of pre-formatted empty cells cost nothing.
 */
import type { CellRange, CellValue } from '../plan/grid';
import type { CellLook } from './readStyles';
import { unescapeXml } from './xml';
import type { XmlHandler } from './xmlStream';

/**
 * Past this many cells kept in a workbook, reading stops with one line rather than running out of
 * memory. Measured (docs/performance.md): a million-row plan of 5 columns (5 million cells) peaks
 * at about 1.2 GB, 200,000 rows of 30 columns (6 million) at about 0.8 GB; 12 million cells of
 * either shape stays within a 2 GB heap.
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

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/**
 * Where an attribute's value starts in a tag (source from start to end), just past its opening
 * quote, or -1. `needle` is the name with its "=", e.g. "r=". No entity decoding: cell refs, styles
 * and types never need it.
 */
function attrStart(source: string, start: number, end: number, needle: string): number {
  let i = source.indexOf(needle, start);
  // The name must stand alone (" r=", not " ref=" or "xr:r=").
  while (i >= 0 && i < end && !isSpace(source.charCodeAt(i - 1)))
    i = source.indexOf(needle, i + 1);
  return i < 0 || i >= end ? -1 : i + needle.length + 1;
}

/** An attribute's value as text, or null. */
function rawAttr(source: string, start: number, end: number, needle: string): string | null {
  const from = attrStart(source, start, end, needle);
  if (from < 0) return null;
  const close = source.indexOf(source[from - 1], from);
  return close < 0 || close > end ? null : source.slice(from, close);
}

function isDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

/** The whole number from `at` up to the closing quote, or -1 when anything else comes first. */
function numberAt(source: string, at: number): number {
  let n = 0;
  let i = at;
  for (; isDigit(source.charCodeAt(i)); i++) n = n * 10 + source.charCodeAt(i) - 48;
  const after = source.charCodeAt(i);
  return i > at && (after === 34 || after === 39) ? n : -1;
}

/** A cell reference's column ("AB12" -> 28) and row (12), read in place; 0 for a part not there. */
function refAt(source: string, at: number): { col: number; row: number } {
  let col = 0;
  let i = at;
  for (; ; i++) {
    const ch = source.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else if (ch !== 36 /* $ */) break;
  }
  return { col, row: Math.max(0, numberAt(source, i)) };
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

/**
 * A string that does not keep the chunk of XML it was cut from alive. V8 cuts strings of 13 or more
 * characters as views into their parent; a Grid of a million such views would hold the whole
 * sheet's XML in memory.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * One row's cells as they arrive, handed over as an array of exactly the row's length. Arrays grown
 * cell by cell keep room for 16 or more (about 200 bytes a row); a million rows of that would be
 * most of the Grid.
 */
class RowBuffer<T> {
  private readonly cells: (T | null)[] = [];
  private length = 0;

  put(c: number, value: T): void {
    while (this.length < c) this.cells[this.length++] = null;
    this.cells[c] = value;
    if (c >= this.length) this.length = c + 1;
  }

  /** The row (empty cells null), or null when nothing was put; the buffer is empty again after. */
  take(): (T | null)[] | null {
    if (this.length === 0) return null;
    const row = this.cells.slice(0, this.length);
    this.length = 0;
    return row;
  }
}

/** Places a finished row; a row number seen twice adds its cells to the first (later ones win). */
function placeRow<T>(rows: (T | null)[][], r: number, row: (T | null)[] | null): void {
  if (row === null) return;
  const had = rows[r];
  if (had === undefined) rows[r] = row;
  else for (let c = 0; c < row.length; c++) if (row[c] !== null) had[c] = row[c];
}

const POOLED_LENGTH = 64;
const POOL_SIZE = 100_000;

/**
 * Inline strings, one copy each: a plan's areas, leads, RAG words and timescales repeat down the
 * sheet, and a file of inline strings (as many tools write) would otherwise keep a copy a cell.
 * Short strings only, and only so many, so a sheet of unique texts costs no more than before.
 */
class TextPool {
  private readonly seen = new Map<string, string>();

  own(text: string): string {
    if (text.length > POOLED_LENGTH) return ownCopy(text);
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    const copy = ownCopy(text);
    if (this.seen.size < POOL_SIZE) this.seen.set(copy, copy);
    return copy;
  }
}

export class SheetReader implements XmlHandler {
  readonly out: SheetRead = {
    values: [],
    numberFormats: [],
    fills: [],
    fontColours: [],
    merges: [],
    tableRelIds: [],
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
  /** The row whose cells the buffers hold (0-based), or -1. */
  private bufferedRow = -1;
  private readonly rowValues = new RowBuffer<CellValue>();
  private readonly rowFormats = new RowBuffer<string>();
  private readonly rowFills = new RowBuffer<string>();
  private readonly rowFonts = new RowBuffer<string>();
  private readonly pool = new TextPool();

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
      case 'c':
        this.endCell(true);
        break;
      case 'row':
      case 'sheetData':
        this.flushRow();
        break;
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
    if (!this.capture) return;
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
