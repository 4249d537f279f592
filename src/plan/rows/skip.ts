import { cellText } from '../core';
import { isRagText, isStageText, isPlaceholder } from '../read';
import { isExampleText, isGuidanceRow, isTotalLabel } from '../detect';
import type { RowContext } from './context';

export interface FilledCell {
  col: number;
  text: string;
}

/** Non-empty cells of a row within the table (merged-from-above cells and placeholders left out). */
export function filledCells(ctx: RowContext, row: number): FilledCell[] {
  const { reader, region } = ctx;
  const out: FilledCell[] = [];
  for (let c = region.left; c <= region.right; c++) {
    if (reader.isMergedFromAbove(row, c)) continue;
    const t = cellText(reader.rawValue(row, c));
    if (t && !isPlaceholder(t)) out.push({ col: c, text: t });
  }
  return out;
}

/** True when any mapped cell of the row is the continuation of a merge from above. */
export function hasMergedCell(ctx: RowContext, row: number): boolean {
  for (const [, c] of ctx.colEntries) if (ctx.reader.isMergedFromAbove(row, c)) return true;
  return false;
}

/** A row of totals ("Total", "Grand total"): checked by the savings reader, never an action. */
export function isTotalRow(filled: FilledCell[]): boolean {
  return filled.length > 0 && isTotalLabel(filled[0].text);
}

/** "MTFS gap still to be met", "Savings gap", "Balance to be found": what is left to find, not a saving. */
const GAP_LABEL =
  /\b(?:gap|balance|remaining|unidentified)\b|\bstill to be (?:found|met|identified|agreed)\b|\bto be (?:found|identified)\b/i;

/**
 * A line under a savings tracker's figures that says how much is still to find ("MTFS gap still to
 * be met"): its first cell names a gap or balance and it has only money, no lead, timescale, RAG or
 * status. Never an action, and not a totals row either (it is no sum of the lines above).
 */
export function isGapRow(ctx: RowContext, row: number, filled: FilledCell[]): boolean {
  if (filled.length === 0 || !GAP_LABEL.test(filled[0].text)) return false;
  for (const f of ['lead', 'timescale', 'rag', 'stage'] as const) {
    const c = ctx.col.get(f);
    if (c !== undefined && filled.some((x) => x.col === c)) return false;
  }
  return ctx.col.has('savings') || ctx.col.has('forecast');
}

/** How close under the header a row of drop-down values may sit. */
const CHOICES_REACH = 3;
const LIST_SEPARATOR = /\s*(?:[/,;|\n]|\r\n)\s*/;

/** "Red / Amber / Green", "Not started, In progress, Complete": the options of a drop-down. */
function isChoiceList(text: string): boolean {
  const parts = text.split(LIST_SEPARATOR).filter(Boolean);
  if (parts.length < 3) return false;
  return parts.every(
    (p) => p.length <= 25 && (isRagText(p) || isStageText(p) || /^complete(d)?$/i.test(p))
  );
}

/**
 * A row kept between the header and the data that lists each drop-down's values (templates keep
 * them there to feed data validation): never an action.
 */
export function isChoicesRow(ctx: RowContext, row: number, filled: FilledCell[]): boolean {
  if (row - ctx.region.dataRow >= CHOICES_REACH || filled.length === 0) return false;
  // A real action's prose is never part of such a row.
  if (filled.some((f) => f.text.length > 80)) return false;
  return filled.some((f) => isChoiceList(f.text));
}

/**
 * The cell that marks a row a template keeps to show how to fill it in, or undefined: such a row
 * is never an action (a note says it is left out).
 */
export function exampleCell(
  ctx: RowContext,
  row: number,
  filled: FilledCell[]
): FilledCell | undefined {
  // A template's example and guidance rows sit right under the header: the rows of a long plan
  // below them cost nothing.
  const below = row - ctx.region.dataRow;
  if (below >= EXAMPLE_REACH) return undefined;
  const example = filled.find((f) => isExampleText(f.text));
  if (example) return example;
  return below < GUIDANCE_REACH && isGuidanceRow(filled.map((f) => f.text)) ? filled[0] : undefined;
}

/** How close under the header an example row may sit. */
const EXAMPLE_REACH = 3;
/** How close under the header a guidance row may sit. */
const GUIDANCE_REACH = 2;

/**
 * A template's empty row: nothing written but its number ("1", "2", "3" down the No. column),
 * though its rating cell may be coloured by a rule. No action, and nothing to say.
 */
export function isEmptyNumberedRow(ctx: RowContext, filled: FilledCell[]): boolean {
  const ref = ctx.col.get('ref');
  if (filled.length === 0) return false;
  return (
    filled.every((f) => f.col === ref || f.col === ctx.region.left) &&
    filled.every((f) => /^\d{1,3}[.)]?$/.test(f.text))
  );
}
