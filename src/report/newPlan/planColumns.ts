/**
 * The columns of a plan RAG Plan starts or tidies, in order, with their widths in characters
 * (chosen so the sheet prints one page wide, landscape, at a readable size) and the words a key
 * gives each rating. One home: the new plan, the tidy copy and the pane all use these.
 */
import type { Rag } from '../../plan';

export const PLAN_COLUMNS = [
  { header: 'Ref', width: 6 },
  { header: 'Theme', width: 16 },
  { header: 'Recommendation', width: 42 },
  { header: 'Action', width: 42 },
  { header: 'Lead', width: 20 },
  { header: 'Timescale', width: 13 },
  { header: 'RAG', width: 10 },
  { header: 'Progress update', width: 36 },
  { header: 'Last updated', width: 12 },
] as const;

/** A tidy copy's last column: a link to the cell each row was read from. */
export const SOURCE_COLUMN = { header: 'Source', width: 26 } as const;

export type PlanColumn = (typeof PLAN_COLUMNS)[number]['header'];

/** A column's number (1-based) on the plan sheet. */
export function planCol(header: PlanColumn): number {
  return PLAN_COLUMNS.findIndex((c) => c.header === header) + 1;
}

/** The ratings a plan's drop-down offers: RAG, or BRAG with Blue for complete. */
export function ratingsOffered(brag: boolean): Rag[] {
  return brag ? ['red', 'amber', 'green', 'blue'] : ['red', 'amber', 'green'];
}

/** What each rating means, as the Key sheet says it (short enough for the key reader to take). */
export const RAG_MEANINGS: Record<
  'red' | 'amber' | 'green' | 'blue',
  { means: string; use: string }
> = {
  red: {
    means: 'Off track',
    use: 'Will not be met by its timescale without help or a decision.',
  },
  amber: { means: 'At risk', use: 'Slipping, or facing risks that are being managed.' },
  green: { means: 'On track', use: 'Will be met by its timescale.' },
  blue: { means: 'Complete', use: 'Done, and signed off by the lead.' },
};

/** The input message of the timescale column. */
export const TIMESCALE_PROMPT = 'A date, a month, or a quarter such as Q3 2026/27.';
/** The other ways of writing a timescale the checks read, for the timescale column's warning. */
export const TIMESCALES_ALSO =
  'a month (March 2027), a quarter (Q3 2026/27), a financial year (2026/27), "Ongoing" or "TBC"';
/** The ways of writing a timescale the checks read: kind, example (as text), and what it means. */
export const TIMESCALE_KEY: readonly (readonly [string, string, string])[] = [
  ['Date', '31/03/2027', 'Due that day.'],
  ['Month', 'March 2027', 'Due by the last day of the month.'],
  ['Quarter', 'Q3 2026/27', 'A financial-year quarter: Q1 is April to June, Q4 January to March.'],
  ['Financial year', '2026/27', 'Due by 31 March at its end.'],
  ['Ongoing', 'Ongoing', 'No end date: never overdue.'],
  ['TBC', 'TBC', 'Not dated yet: give a date when it is known.'],
];

/** How many leads the Key sheet's list holds room for (the drop-down reads all of them). */
export const LEAD_ROWS = 30;
