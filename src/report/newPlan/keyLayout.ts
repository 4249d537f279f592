/**
 * The Key sheet of a plan RAG Plan starts: what each rating means (each in its word and its
 * colour), the ways a timescale may be written, and the list of leads the Lead column's drop-down
 * offers (room for LEAD_ROWS; officers add posts there). Named "Key", so every check reads its
 * meanings, and never read as a plan.
 */
import { ragLabel, type Rag, type SheetRange } from '../../plan';
import { block, LayoutDraft } from '../draft';
import { ragStyle, TITLE_STYLE } from '../palette';
import type { SheetLayout } from '../sheetSpec';
import { LEAD_ROWS, RAG_MEANINGS, TIMESCALE_KEY } from './planColumns';

export interface KeyLayout {
  layout: SheetLayout;
  /** The cells of the leads' list, for the Lead column's drop-down. */
  leads: SheetRange;
}

export function keyLayout(name: string, ratings: Rag[], leads: readonly string[]): KeyLayout {
  const d = new LayoutDraft(name, [24, 14, 60]);
  d.row(['Key'], TITLE_STYLE);
  d.blank();
  d.header(['RAG', 'Means', 'When to use it']);
  for (const rag of ratings) {
    const meaning = RAG_MEANINGS[rag as keyof typeof RAG_MEANINGS];
    const r = d.row([ragLabel(rag), meaning.means, meaning.use]);
    d.style(block(r, 1), ragStyle(rag));
  }
  d.blank();
  d.header(['Timescale', 'Written as', 'Read as']);
  for (const [kind, example, meaning] of TIMESCALE_KEY) d.row([kind, example, meaning]);
  d.blank();
  d.header(['Leads']);
  const top = d.nextRow;
  for (const lead of leads) d.row([lead]);
  const bottom = top + Math.max(LEAD_ROWS, leads.length) - 1;
  d.style(block(top, 1, bottom, 1), { border: 'all' });
  d.spec.freezeRows = 0;
  d.spec.print = { landscape: false, fitToWidth: true };
  return { layout: d.spec, leads: { sheet: name, top, left: 1, bottom, right: 1 } };
}
