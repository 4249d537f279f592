/**
 * The report's look, in one place: RAG colours (from the engine's RAG_FILL) with a text colour
 * readable on each, header and title styles. Colour is never the only signal: every RAG cell and
 * header also carries the word.
 */
import { RAG_FILL, RAGS, type Rag } from '../plan';
import type { CellStyle } from './sheetSpec';

/** RAG columns of the area and lead tables, in the order people read them, then "No RAG". */
export const RAG_COLUMNS: readonly Rag[] = RAGS;
export const NO_RAG_FILL = '#D9D9D9';

/** White on red and blue, black on the others: each pair passes WCAG AA (4.5:1). */
const DARK_FILLS = new Set<Rag>(['red', 'blue']);

export function ragStyle(rag: Rag | null): CellStyle {
  if (!rag) return { fill: NO_RAG_FILL, fontColor: '#000000', bold: true, horizontal: 'center' };
  return {
    fill: RAG_FILL[rag],
    fontColor: DARK_FILLS.has(rag) ? '#FFFFFF' : '#000000',
    bold: true,
    horizontal: 'center',
  };
}

/** Series colours of the RAG tables' charts, in RAG_COLUMNS order then No RAG. */
export const RAG_SERIES_COLORS: string[] = [...RAG_COLUMNS.map((r) => RAG_FILL[r]), NO_RAG_FILL];

export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14, fontColor: '#1F3864' };
export const LABEL_STYLE: CellStyle = { bold: true };
export const SECTION_STYLE: CellStyle = { bold: true, fontSize: 12, fontColor: '#1F3864' };
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: '#D9E1F2',
  fontColor: '#000000',
  wrap: true,
  border: 'bottom',
};
export const TOTAL_STYLE: CellStyle = { bold: true, border: 'bottom' };
export const TAB_COLOR = '#1F3864';

export const DATE_FORMAT = 'dd mmm yyyy';
export const MONEY_FORMAT = '£#,##0';
export const PERCENT_FORMAT = '0.0%';
