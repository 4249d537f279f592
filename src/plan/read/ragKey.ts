import { cellText, type CellValue, type Grid, type Rag, type RagKey, maxOf, minOf } from '../core';
import { ragFromFill } from './fillColour';
import { ragInText, ragKeyText, ragOfRatingWords } from './rag';
import { stoppedStageOfText } from './stage';

const OWN = Object.prototype.hasOwnProperty;

/** Sheets that hold a key: "Key", "Legend", "RAG key", "Rating key", "Status legend", "Scoring". */
const KEY_SHEET =
  /^(?:(?:rag|brag|rating|ratings|status|score|scoring|risk)\s*)?(?:keys?|legends?|guidance|scoring)$/i;
/** Sheets of drop-down lists: columns side by side that do not pair up, so never a key. */
const LIST_SHEET =
  /^(?:lists?|drop[\s-]?downs?|look[\s-]?ups?|(?:data\s)?validation|ref(?:erence)? data)$/i;

/** True when a sheet's name says it holds a key or legend. */
export function isKeySheetName(name: string): boolean {
  return typeof name === 'string' && KEY_SHEET.test(name.trim());
}

/** Rows and columns looked at: a key is small, and a plan sheet may be very large. */
const TOP_ROWS = 200;
const BOTTOM_ROWS = 60;
const MAX_COLS = 30;
/** A symbol longer than this is prose. On a plan sheet only a score or letter ("3", "B") is a symbol. */
const MAX_TOKEN = 48;
const MAX_TOKEN_BESIDE_PLAN = 3;
/** A meaning longer than this is an explanation, not a word a RAG cell would hold. */
const MAX_MEANING = 40;
/** A rating written on its own in a key's column: "Red", "Amber/Green", "B". */
const MAX_RATING_WORD = 12;
const HAS_LETTER = /[a-z]/i;
/** "1 to 6", "8-12": a band of scores. */
const SCORE_BAND = /^(\d{1,3})\s?(?:-|–|to)\s?(\d{1,3})$/;

interface KeyRow {
  entries: [string, Rag][];
  rag: Rag;
  /** The key says this rating means the work is done ("Green | Complete: signed off"). */
  complete: boolean;
}

/** What a key reads from a sheet: symbols and words to ratings, and the ratings that mean complete. */
export interface SheetKey {
  ragKey: RagKey | null;
  completeRags: Rag[];
}

/** "Green:", "Amber -", "RAG Blue =" before a meaning. */
const RATING_LEAD =
  /^(?:b?rag\s+)?(?:red|amber|green|blue|grey|gray|black)(?:\s*\/\s*[a-z]+)?\s*[:\-–—=]\s*/i;
/** "Complete or on track", "Achieved / on target": a rating that covers more than finished work. */
const NOT_ONLY_DONE = /\bor\b|\/|\bon (?:track|target|schedule)\b/i;

/** True when a key's meaning says the work is done: "Complete: the lead reports it done". */
function meansComplete(text: string): boolean {
  const meaning = text.replace(RATING_LEAD, '');
  return !NOT_ONLY_DONE.test(meaning) && stoppedStageOfText(meaning) === 'complete';
}

/** A swatch a key means: a strong colour, not the pale fill of a header or a banded row. */
function swatch(fill: string | null | undefined): Rag | null {
  if (typeof fill !== 'string') return null;
  const m = /^#?(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(fill.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return maxOf(rgb) - minOf(rgb) >= 77 ? ragFromFill(fill) : null;
}

/** The symbols a token stands for: itself, or every score of a band ("1 to 6"). */
function symbols(token: string): string[] {
  const band = SCORE_BAND.exec(token);
  if (!band) return [ragKeyText(token)];
  const [from, to] = [Number(band[1]), Number(band[2])];
  if (to < from || to - from > 100) return [ragKeyText(token)];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** The non-empty cells of a row (up to four), or null when it has more. */
function rowCells(row: CellValue[] | undefined): { text: string; c: number }[] | null {
  if (!row) return null;
  const cells: { text: string; c: number }[] = [];
  for (let c = 0; c < Math.min(row.length, MAX_COLS); c++) {
    const text = cellText(row[c]);
    if (!text) continue;
    if (cells.length === 3) return null;
    cells.push({ text, c });
  }
  return cells;
}

/**
 * What one row says, when it reads as a key row: a symbol, its meaning and maybe the rating in a
 * column of its own ("1 | Not started | Red"), or a strongly coloured swatch beside a meaning.
 */
function keyRow(grid: Grid, r: number, keySheet: boolean): KeyRow | null {
  const cells = rowCells(grid.values[r]);
  if (!cells || cells.length === 0) return null;
  const fills = grid.fills?.[r];
  if (cells.length === 1) {
    const { text, c } = cells[0];
    const rag = (c > 0 ? swatch(fills?.[c - 1]) : null) ?? swatch(fills?.[c]);
    if (!rag) return null;
    const complete = meansComplete(text);
    if (text.length > MAX_MEANING) return complete ? { entries: [], rag, complete } : null;
    return { entries: ragInText(text) === rag ? [] : [[ragKeyText(text), rag]], rag, complete };
  }
  const [token, ...rest] = cells;
  if (
    token.text.length > (keySheet ? MAX_TOKEN : MAX_TOKEN_BESIDE_PLAN) &&
    ragOfRatingWords(token.text) === null
  )
    return null;
  // The rating: a cell that is only a rating word, else a meaning that opens with one, else a swatch.
  const word = cells.find(
    (x) => x.text.length <= MAX_RATING_WORD && ragOfRatingWords(x.text) !== null
  );
  const rag =
    (word ? ragOfRatingWords(word.text) : null) ??
    rest.map((x) => ragOfRatingWords(x.text)).find((x) => x !== null) ??
    cells.map((x) => swatch(fills?.[x.c])).find((x) => x !== null) ??
    null;
  if (!rag) return null;
  const complete = cells.some((x) => x !== word && meansComplete(x.text));
  const entries: [string, Rag][] = [];
  for (const x of cells) {
    if (
      x === word ||
      x.text.length > (x === token ? MAX_TOKEN : MAX_MEANING) ||
      ragInText(x.text) === rag
    )
      continue;
    // Only the first cell is a symbol; a number further along is a count ("Green | 12"), not a score.
    if (x !== token && !HAS_LETTER.test(x.text)) continue;
    for (const symbol of x === token ? symbols(x.text) : [ragKeyText(x.text)])
      entries.push([symbol, rag]);
  }
  return { entries, rag, complete };
}

/** Rows of the grid worth looking at for a key: all of a key sheet, the top and bottom of any other. */
function rowsToScan(grid: Grid, keySheet: boolean): number[] {
  const n = grid.values.length;
  const rows: number[] = [];
  const top = keySheet ? Math.min(n, TOP_ROWS * 5) : Math.min(n, TOP_ROWS);
  for (let r = 0; r < top; r++) rows.push(r);
  for (let r = Math.max(top, n - BOTTOM_ROWS); r < n; r++) rows.push(r);
  return rows;
}

/**
 * The RAG key a sheet holds, or null: on a sheet named Key, Legend or RAG key, every row pairing a
 * symbol with a meaning; elsewhere, a block of at least three such rows in a row whose symbols are
 * scores or letters, naming at least three ratings (so labelled cells of a form are not taken for a
 * key). A key row pairs a score, letter or the plan's own word with a rating word ("1 | Red - off
 * track", "Realised | ..." on a blue swatch, "2 | Started, some risks | Red/Amber"); a band of
 * scores ("8 to 12 | Amber") gives each score. Sheets of drop-down lists are never a key. Total.
 */
export function findRagKey(grid: Grid): RagKey | null {
  return readSheetKey(grid).ragKey;
}

const NO_KEY: SheetKey = { ragKey: null, completeRags: [] };

/**
 * The key a sheet holds (see findRagKey), with the ratings its meanings say are complete: a key
 * reading "Green | Complete: the lead reports it done" makes Green complete, as Blue usually is; a
 * meaning that also covers work under way ("Complete or on track") does not. Total.
 */
export function readSheetKey(grid: Grid): SheetKey {
  if (!grid || !Array.isArray(grid.values) || LIST_SHEET.test(String(grid.sheet).trim()))
    return NO_KEY;
  const keySheet = isKeySheetName(grid.sheet);
  let best: KeyRow[] = [];
  let run: KeyRow[] = [];
  let last = -2;
  const close = (): void => {
    if (new Set(run.map((k) => k.rag)).size > new Set(best.map((k) => k.rag)).size) best = run;
    run = [];
  };
  const all: KeyRow[] = [];
  for (const r of rowsToScan(grid, keySheet)) {
    const k = keyRow(grid, r, keySheet);
    if (!k) continue;
    if (r !== last + 1) close();
    run.push(k);
    all.push(k);
    last = r;
  }
  close();
  const rows = keySheet ? all : best;
  const rags = new Set(rows.map((k) => k.rag));
  if (rags.size < (keySheet ? 2 : 3) || (!keySheet && rows.length < 3)) return NO_KEY;
  const key: Record<string, Rag> = Object.create(null);
  for (const k of rows)
    for (const [text, rag] of k.entries) if (text && !OWN.call(key, text)) key[text] = rag;
  return {
    ragKey: Object.keys(key).length > 0 ? key : null,
    completeRags: [...new Set(rows.filter((k) => k.complete).map((k) => k.rag))],
  };
}

/**
 * One key for a workbook: a key sheet's entries first, then any key block on another sheet; null
 * when no sheet holds a key.
 */
export function workbookRagKey(grids: readonly Grid[]): RagKey | null {
  return workbookKey(grids).ragKey;
}

/** The workbook's key (see workbookRagKey) and every rating its keys say means complete. */
export function workbookKey(grids: readonly Grid[]): SheetKey {
  const ordered = [...grids].sort(
    (a, b) => Number(isKeySheetName(b.sheet)) - Number(isKeySheetName(a.sheet))
  );
  let merged: Record<string, Rag> | null = null;
  const complete = new Set<Rag>();
  for (const grid of ordered) {
    const { ragKey: key, completeRags } = readSheetKey(grid);
    for (const rag of completeRags) complete.add(rag);
    if (!key) continue;
    merged = merged ?? Object.create(null);
    for (const [text, rag] of Object.entries(key))
      if (!OWN.call(merged, text)) (merged as Record<string, Rag>)[text] = rag;
  }
  return { ragKey: merged, completeRags: [...complete] };
}
