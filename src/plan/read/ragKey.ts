import { cellText } from '../cellText';
import type { Grid } from '../grid';
import type { Rag, RagKey } from '../types';
import { ragFromFill } from './fillColour';
import { ragInText, ragKeyText } from './rag';

const OWN = Object.prototype.hasOwnProperty;

/** Sheets that hold a key: "Key", "Legend", "RAG key", "Rating key", "Status legend", "Keys". */
const KEY_SHEET = /^(?:(?:rag|brag|rating|ratings|status|score|scoring)\s*)?(?:keys?|legends?|guidance)$/i;

/** True when a sheet's name says it holds a key or legend. */
export function isKeySheetName(name: string): boolean {
  return typeof name === 'string' && KEY_SHEET.test(name.trim());
}

/** Rows and columns looked at: a key is small, and a plan sheet may be very large. */
const TOP_ROWS = 200;
const BOTTOM_ROWS = 60;
const MAX_COLS = 30;
/** A token ("3", "C", "Minor issues") longer than this is prose, not a key's symbol. */
const MAX_TOKEN = 24;
/** A meaning longer than this is an explanation, not a word a RAG cell would hold. */
const MAX_MEANING = 40;

interface KeyRow {
  entries: [string, Rag][];
  rag: Rag;
}

/** What one row says, when it reads as a key row: a symbol and its meaning, or a coloured swatch beside a meaning. */
function keyRow(grid: Grid, r: number): KeyRow | null {
  const row = grid.values[r];
  if (!row) return null;
  const cells: { text: string; c: number }[] = [];
  for (let c = 0; c < Math.min(row.length, MAX_COLS); c++) {
    const text = cellText(row[c]);
    if (!text) continue;
    if (cells.length === 2) return null;
    cells.push({ text, c });
  }
  const fill = (c: number): Rag | null => ragFromFill(grid.fills?.[r]?.[c]);
  if (cells.length === 1) {
    // A swatch: a coloured empty cell beside a meaning ("[red] | Off track"), or the meaning's own fill.
    const { text, c } = cells[0];
    const rag = (c > 0 ? fill(c - 1) : null) ?? fill(c);
    if (!rag || text.length > MAX_MEANING) return null;
    return { entries: ragInText(text) === rag ? [] : [[ragKeyText(text), rag]], rag };
  }
  if (cells.length !== 2) return null;
  const [token, meaning] = cells;
  if (token.text.length > MAX_TOKEN) return null;
  const named = ragInText(token.text);
  if (named) {
    // "Red | Significant delay": the meaning is this plan's word for red.
    const short = meaning.text.length <= MAX_MEANING && ragInText(meaning.text) !== named;
    return { entries: short ? [[ragKeyText(meaning.text), named]] : [], rag: named };
  }
  // "1 | Red - off track", "C | Complete", "3 | Minor issues" filled amber: the token is the symbol.
  const rag = ragInText(meaning.text) ?? fill(token.c) ?? fill(meaning.c);
  return rag ? { entries: [[ragKeyText(token.text), rag]], rag } : null;
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
 * symbol with a meaning; elsewhere, a block of at least three such rows in a row naming at least
 * three ratings (so two labelled cells of a form are not taken for a key). A row reads as a key
 * row when it pairs a score, letter or word with a rating word ("1 | Red - off track", "C |
 * Complete"), a rating word with this plan's word for it ("Amber | Minor slippage"), or a
 * RAG-coloured cell with a meaning. Total: any grid gives a key or null.
 */
export function findRagKey(grid: Grid): RagKey | null {
  if (!grid || !Array.isArray(grid.values)) return null;
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
    const k = keyRow(grid, r);
    if (!k) continue;
    if (r !== last + 1) close();
    run.push(k);
    all.push(k);
    last = r;
  }
  close();
  const rows = keySheet ? all : best;
  const rags = new Set(rows.map((k) => k.rag));
  if (rags.size < (keySheet ? 2 : 3) || (!keySheet && rows.length < 3)) return null;
  const key: Record<string, Rag> = Object.create(null);
  for (const k of rows) for (const [text, rag] of k.entries) if (text && !OWN.call(key, text)) key[text] = rag;
  return Object.keys(key).length > 0 ? key : null;
}

/**
 * One key for a workbook: a key sheet's entries first, then any key block on another sheet; null
 * when no sheet holds a key.
 */
export function workbookRagKey(grids: readonly Grid[]): RagKey | null {
  const ordered = [...grids].sort((a, b) => Number(isKeySheetName(b.sheet)) - Number(isKeySheetName(a.sheet)));
  let merged: Record<string, Rag> | null = null;
  for (const grid of ordered) {
    const key = findRagKey(grid);
    if (!key) continue;
    merged = merged ?? Object.create(null);
    for (const [text, rag] of Object.entries(key)) if (!OWN.call(merged, text)) (merged as Record<string, Rag>)[text] = rag;
  }
  return merged;
}
