/**
 * What a user typed on one of our sheets, found before a refresh clears it, and the sheet it is
 * kept on ("Kept from Summary"), so nothing a user typed is ever lost without a word.
 *
 * A row of the sheet is ours when its print (writtenPrint.ts) is one the last refresh wrote, at
 * any width it wrote: then only its cells past that width were typed (a comment beside a row).
 * A row that matches nothing the refresh wrote (a note below the Summary, a row of ours typed
 * over) is kept whole. With no print (the first refresh, or a history from before prints were
 * kept) nothing can be told apart, and nothing is kept.
 */
import { cellRef, cellText, displayDateTime, type CellValue, type Grid } from '../plan';
import { block, SheetDraft } from './draft';
import { HEADER_STYLE, TITLE_STYLE } from './palette';
import type { SheetSpec, SpecValue } from './sheetSpec';
import { printSet, printText, rowPrint, type WrittenPrint } from './writtenPrint';

export interface KeptCell {
  row: number;
  col: number;
  value: CellValue;
  /** The cell's number format, so a typed date stays a date. */
  format: string | null;
  /** Past the end of a row the refresh wrote ('beside'), or in a row it did not write as it is now ('row'). */
  why: 'beside' | 'row';
}

/** The cells of a sheet of ours that the last refresh did not write, by its print. */
export function keptCells(grid: Grid, print: WrittenPrint | undefined): KeptCell[] {
  if (!print) return [];
  const byWidth = printSet(print);
  const widths = [...byWidth.keys()].sort((a, b) => b - a);
  const out: KeptCell[] = [];
  const pad: string[] = new Array<string>(Math.max(0, grid.left - 1)).fill('');
  grid.values.forEach((row, i) => {
    const texts = pad.concat(row.map(printText));
    if (!texts.some((t) => t !== '')) return;
    const ours = widths.find(
      (w) => w <= texts.length && byWidth.get(w)!.has(rowPrint(texts.slice(0, w)))
    );
    const from = ours ?? 0;
    for (let c = from; c < texts.length; c++) {
      if (texts[c] === '') continue;
      const j = c - pad.length;
      out.push({
        row: grid.top + i,
        col: c + 1,
        value: row[j] ?? null,
        format: grid.numberFormats?.[i]?.[j] ?? null,
        why: ours === undefined ? 'row' : 'beside',
      });
    }
  });
  return out;
}

export const KEPT_PREFIX = 'Kept from ';

const WHY_WORDS: Record<KeptCell['why'], string> = {
  beside: 'typed beside a row the refresh wrote',
  row: 'in a row the refresh did not write as it is (typed, or typed over)',
};

/** A value as it can be written again: an error value as its text. */
function asSpec(value: CellValue): SpecValue {
  return typeof value === 'object' && value !== null ? cellText(value) : value;
}

/** The sheet that keeps the cells typed on one of our sheets: where each stood, what it held, why. */
export function keptSheet(sheet: string, cells: KeptCell[], refreshedAt: string): SheetSpec {
  const d = new SheetDraft('kept', `${KEPT_PREFIX}${sheet}`, [24, 50, 60]);
  delete d.spec.tabColor;
  d.row([`${KEPT_PREFIX}${sheet}`], TITLE_STYLE);
  d.row([
    `Cells typed on "${sheet}", moved here by the refresh of ${displayDateTime(refreshedAt)} before it rewrote that sheet. This sheet is yours: RAG Plan never changes it.`,
  ]);
  d.blank();
  d.row(['Where it stood', 'What it held', 'Why it was kept'], HEADER_STYLE);
  for (const c of cells) {
    const where = cellRef({ sheet, row: c.row, col: c.col });
    const r = d.row([where, asSpec(c.value), WHY_WORDS[c.why]]);
    if (c.format && c.format !== 'General') d.format(block(r, 2), c.format);
  }
  return d.spec;
}
