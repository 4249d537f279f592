/**
 * Every look a cell of our summary sheets can have, registered in styles.xml on every refresh
 * before our sheets are written. Which looks a refresh needs depends on the plan (which RAGs
 * appear, whether there is a history to compare with), so registering only those would append new
 * entries on a later refresh; registering all of them, always in this order, keeps styles.xml the
 * same size from the first refresh on, and never changes an index already there.
 * tests/xlsx/ourLooks.test.ts fails, listing the look, when a sheet builder makes one not here.
 */
import { RAGS } from '../../plan';
import {
  DATE_FORMAT,
  HEADER_STYLE,
  LABEL_STYLE,
  MONEY_FORMAT,
  PERCENT_FORMAT,
  ragStyle,
  SECTION_STYLE,
  TITLE_STYLE,
  TOTAL_STYLE,
} from '../../report/palette';
import type { CellStyle } from '../../report/sheetSpec';
import { applyStyle, LINK_COLOUR } from './cellLooks';
import type { CellFormat } from './writeStyles';

/** The format a spec style gives a cell, as the sheet writer applies it (bottom row of a range). */
function look(style: CellStyle): CellFormat {
  const f: CellFormat = {};
  applyStyle(f, style, true);
  return f;
}

/** A look for each rating and No RAG: the rating's badge with something added. */
function ragLooks(extra: CellStyle): CellFormat[] {
  return [...RAGS, null].map((rag) => look({ ...ragStyle(rag), ...extra }));
}

const LINK: CellFormat = { fontColor: LINK_COLOUR, underline: true };

export const OUR_LOOKS: readonly CellFormat[] = [
  { numberFormat: PERCENT_FORMAT },
  look(TITLE_STYLE),
  { numberFormat: DATE_FORMAT, vertical: 'top', horizontal: 'left' },
  look(LABEL_STYLE),
  look(SECTION_STYLE),
  look(HEADER_STYLE),
  ...ragLooks({}),
  ...ragLooks({ wrap: true, border: 'bottom' }),
  look({ wrap: true }),
  look(TOTAL_STYLE),
  { numberFormat: DATE_FORMAT },
  LINK,
  // Data quality's severity cells (error, warning, info).
  { bold: true, fontColor: 'FFFFFF', fill: 'C00000' },
  { bold: true, fontColor: '000000', fill: 'FFC000' },
  { fontColor: '000000', fill: 'DDEBF7' },
  { numberFormat: MONEY_FORMAT },
  { numberFormat: MONEY_FORMAT, ...look(TOTAL_STYLE) },
  look({ horizontal: 'center' }),
  ...ragLooks({ wrap: true }),
  look({ ...TOTAL_STYLE, wrap: true }),
  look({ horizontal: 'left' }),
  look({ horizontal: 'left', wrap: true }),
  look({ ...HEADER_STYLE, horizontal: 'center' }),
  { ...look({ horizontal: 'left' }), ...LINK },
];
