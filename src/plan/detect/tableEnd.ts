import { cellText, type GridReader } from '../core';
import { isPlaceholder } from '../read';
import { hinted, rowLabels } from './headerRows';
import { mayBeHeader } from './judge';

/**
 * Where a table ends: at the next table's header or its own written again, and at blank rows, a
 * note or a paragraph unless the rows below carry on in its columns (then a note is said when
 * filled rows are left below it).
 */

const NOTE = /^(notes?|source|sources|key|n\.?\s?b\.?|\*|please note)\b/i;

/**
 * A row that is a note inside a table: its one filled cell a note ("Note: ...", "Source: ...") or
 * a long paragraph in the first column (often merged across the table).
 */
export function isNoteRow(cells: { col: number; text: string }[], left: number): boolean {
  if (cells.length !== 1) return false;
  return NOTE.test(cells[0].text) || (cells[0].col === left && cells[0].text.length > 100);
}
/** Non-empty cells of a row within a region's columns (merged-from-above cells and placeholders excluded). */
export function filledCells(
  reader: GridReader,
  row: number,
  left: number,
  right: number
): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let col = left; col <= right; col++) {
    if (reader.isMergedFromAbove(row, col)) continue;
    const text = cellText(reader.rawValue(row, col));
    if (text && !isPlaceholder(text)) out.push({ col, text });
  }
  return out;
}

/** A row that heads another table: header words, and enough of them to make a plan. */
export function isNextHeader(
  reader: GridReader,
  row: number,
  left: number,
  right: number
): boolean {
  const cells = hinted(rowLabels(reader, row, left, right));
  if (cells.length < 2 || !mayBeHeader(cells)) return false;
  const known = cells.filter((c) => c.match !== null).length;
  return known >= 2 && cells.length - known <= known;
}

/** What ended a table before the sheet's end, other than the next table's header. */
export type StopWhy = 'blank-rows' | 'note' | 'prose';

/** Where a table stopped early, and the last filled row below it in its columns. */
export interface Stop {
  row: number;
  why: StopWhy;
  lastFilled: number;
}

/** A table's last row, and why it ended there when rows below it were left unread. */
interface Bottom {
  row: number;
  stop: Stop | null;
}

/** How many rows past a note, a paragraph or blank rows are looked at for the table carrying on. */
const CARRY_REACH = 4;

/**
 * True when, within a few rows after `row`, the table carries on in its own columns: a row with
 * cells under at least half of the header's labels (two at least) that is no header itself.
 */
function carriesOn(
  reader: GridReader,
  row: number,
  left: number,
  right: number,
  headerCount: number,
  limit: number
): boolean {
  const needed = Math.max(2, Math.ceil(headerCount / 2));
  for (let r = row + 1; r <= Math.min(limit, row + CARRY_REACH); r++) {
    const cells = filledCells(reader, r, left, right);
    if (cells.length === 0) continue;
    return cells.length >= needed && !isNextHeader(reader, r, left, right);
  }
  return false;
}

/** Why a row would end the table: blank rows, a note, a paragraph; or null. */
function stopAt(
  cells: { col: number; text: string }[],
  left: number,
  blanks: number
): StopWhy | null {
  if (cells.length !== 1) return null;
  const { col, text } = cells[0];
  if (NOTE.test(text)) return 'note';
  if (col === left && text.length > 100) return 'prose';
  if (blanks > 0 && text.length > 40) return 'prose';
  return null;
}

/** The last row at or below `row` with anything in the table's columns. */
function lastFilledFrom(reader: GridReader, row: number, left: number, right: number): number {
  for (let r = reader.bottom; r >= row; r--)
    if (filledCells(reader, r, left, right).length > 0) return r;
  return row - 1;
}

/** The stop at `row`, when filled rows below it are left out of the table. */
function stopOf(
  reader: GridReader,
  row: number,
  why: StopWhy,
  left: number,
  right: number
): Stop | null {
  const lastFilled = lastFilledFrom(reader, row, left, right);
  return lastFilled >= row ? { row, why, lastFilled } : null;
}

/**
 * The last row of a table whose data starts at dataRow: the table ends before the next header, an
 * Excel table, or the header written again; and at two blank rows, a note ("Note:", "Source:") or
 * prose (a lone long paragraph in the first column, or a lone heading after a blank row) unless
 * the rows just below carry on in the table's columns (a note or a merged paragraph inside it).
 */
export function findBottom(
  reader: GridReader,
  headerRow: number,
  dataRow: number,
  left: number,
  right: number,
  stopRows: Set<number>,
  limit = reader.bottom
): Bottom {
  const headerCells = filledCells(reader, headerRow, left, right);
  const firstLabel = headerCells[0]?.text;
  const last = Math.min(limit, reader.bottom);
  let bottom = dataRow - 1;
  let blanks = 0;
  for (let row = dataRow; row <= last; row++) {
    if (stopRows.has(row)) break;
    const cells = filledCells(reader, row, left, right);
    const mergedContinuation = cells.length === 0 && hasMergeFromAbove(reader, row, left, right);
    if (cells.length === 0 && !mergedContinuation) {
      blanks++;
      if (blanks < 2 || carriesOn(reader, row, left, right, headerCells.length, last)) continue;
      return { row: bottom, stop: stopOf(reader, row, 'blank-rows', left, right) };
    }
    const why = stopAt(cells, left, blanks);
    if (why !== null) {
      if (!carriesOn(reader, row, left, right, headerCells.length, last))
        return { row: bottom, stop: stopOf(reader, row, why, left, right) };
      blanks = 0;
      continue;
    }
    // The next table's header follows a gap, or repeats this table's first label. Checking only
    // then keeps header matching off the hot path of a long table.
    const mayBeNext = cells.length > 1 && (blanks > 0 || cells[0].text === firstLabel);
    // The header written again: the next table of the same kind starts there.
    if (cells.length > 1 && cells[0].text === firstLabel && repeatsHeader(cells, headerCells))
      return { row: titlesAbove(reader, row, left, right, bottom), stop: null };
    if (
      mayBeNext &&
      cells.every((c) => c.text.length <= 60) &&
      isNextHeader(reader, row, left, right)
    )
      break;
    blanks = 0;
    bottom = row;
  }
  return { row: bottom, stop: null };
}

/** "Project 2:", "Project 2: | 8 Angel Street": a label naming what the table below is for. */
function isTitleRow(cells: { text: string }[]): boolean {
  return cells.length >= 1 && cells.length <= 2 && /:$/.test(cells[0].text.trim());
}

/**
 * Where a table ends that the next one's header follows: before the blank rows and the title
 * ("Project 2:") that head the next table, which belong to it and not to this one.
 */
function titlesAbove(
  reader: GridReader,
  header: number,
  left: number,
  right: number,
  bottom: number
): number {
  let end = Math.min(bottom, header - 1);
  for (let row = end; row > header - 5 && row >= reader.top; row--) {
    const cells = filledCells(reader, row, left, right);
    if (cells.length > 0 && !isTitleRow(cells)) break;
    end = row - 1;
  }
  return Math.max(end, Math.min(bottom, header - 1) - 4);
}

/** A row that says the header's labels again, in the same columns (most of them). */
function repeatsHeader(
  cells: { col: number; text: string }[],
  header: { col: number; text: string }[]
): boolean {
  const labels = new Map(header.map((h) => [h.col, h.text.toLowerCase()]));
  const same = cells.filter((c) => labels.get(c.col) === c.text.toLowerCase()).length;
  return same >= 2 && same * 10 >= header.length * 8;
}

function hasMergeFromAbove(reader: GridReader, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (reader.isMergedFromAbove(row, col)) return true;
  return false;
}
