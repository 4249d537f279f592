/**
 * The "Summary" sheet: headline counts, then RAG by area and RAG by lead, each with a stacked bar
 * chart beside it; RAG by dimension where plans rate actions several ways, and spend where they
 * carry it. RAG words head the columns, so the tables read without colour.
 */
import {
  ragLabel,
  COMPLETE_SHARE_NOTE,
  RAGS,
  type Group,
  type RagCounts,
  type SpendTotals,
  type Summary,
  type HistoryView,
} from '../plan';
import { changesBlock } from './changesBlock';
import { block, SheetDraft, type SheetMeta } from './draft';
import {
  MONEY_FORMAT,
  PERCENT_FORMAT,
  RAG_COLUMNS,
  RAG_SERIES_COLORS,
  ragStyle,
  SECTION_STYLE,
  TOTAL_STYLE,
} from './palette';
import { SUMMARY_TITLE } from './sheetTitles';

/** The chart sits in column K, right of a table's nine columns and a gap. */
const CHART_COL = 11;
const CHART_WIDTH = 8;
const MIN_CHART_ROWS = 14;
/** Rows a chart needs besides its bars: title, value axis and legend. */
const CHART_FRAME_ROWS = 7;

/**
 * `history`: what changed since the last refresh, shown after the headline (the first question at a
 * board); `extra`: a roll-up's tables by workbook, before those by area and lead; `workbookName`: a
 * roll-up's, naming the workbook of each change.
 */
export function summarySheet(
  summary: Summary,
  meta: SheetMeta,
  history?: HistoryView,
  extra?: (d: SheetDraft) => void,
  workbookName?: (workbook: string) => string
): SheetDraft {
  const d = new SheetDraft('summary', 'Summary', [30, 11, 11, 11, 12, 11, 11, 11, 11, 3]);
  d.titleBlock(SUMMARY_TITLE, summary.asOf, meta);
  d.spec.freezeRows = 1;
  d.blank();

  d.row(['Headline'], SECTION_STYLE);
  d.header(['Measure', 'Actions']);
  d.row(['Actions', summary.actions]);
  for (const rag of RAGS) {
    const r = d.row([ragLabel(rag), summary.rag[rag]]);
    d.style(block(r, 1), ragStyle(rag));
  }
  const noRag = d.row([ragLabel(null), summary.rag.none]);
  d.style(block(noRag, 1), ragStyle(null));
  d.row(['Overdue', summary.states.overdue]);
  d.row([`Due soon (within ${summary.dueSoonDays} days)`, summary.states['due-soon']]);
  const complete = d.row([`Complete (${COMPLETE_SHARE_NOTE})`, summary.completePercent / 100]);
  d.format(block(complete, 2), PERCENT_FORMAT);
  d.row(['Undated', summary.states.undated]);
  d.row(['Paused (on hold, deferred)', summary.states.paused]);
  d.row(['Cancelled (withdrawn, superseded)', summary.states.cancelled]);
  d.blank();
  if (history) changesBlock(d, history, workbookName);
  extra?.(d);

  ragTable(d, 'RAG by area', 'Area', summary.byArea, 'area');
  d.blank();
  ragTable(d, 'RAG by lead', 'Lead', summary.byLead, 'lead');
  if (summary.byDimension.length) {
    d.blank();
    const dims = summary.byDimension.map((x) => ({ key: x.dimension, rag: x.rag }));
    ragTable(d, 'RAG by dimension (ratings kept beside each RAG)', 'Dimension', dims, 'dimension');
  }
  if (summary.spend) spendTable(d, summary.spend);
  return d;
}

const SPEND_ROWS: [keyof SpendTotals, string][] = [
  ['budget', 'Budget'],
  ['actual', 'Actual'],
  ['forecast', 'Forecast'],
  ['variance', 'Variance'],
];

/** Spend (a capital programme's budget, actual, forecast, variance) in pounds: never savings. */
function spendTable(d: SheetDraft, spend: SpendTotals): void {
  d.blank();
  d.row(['Spend (not savings)'], SECTION_STYLE);
  d.header(['Measure', 'Pounds']);
  for (const [kind, label] of SPEND_ROWS) {
    const value = spend[kind];
    if (value === null) continue;
    const r = d.row([label, value]);
    d.format(block(r, 2), MONEY_FORMAT);
  }
  d.row(['Actions with spend', spend.lines]);
}

/** Red, Red/Amber, ..., Blue, No RAG, Total for each group, a total row, and a stacked bar chart. */
export function ragTable(
  d: SheetDraft,
  section: string,
  label: string,
  groups: Pick<Group, 'key' | 'rag'>[],
  chartName: string
): void {
  const sectionRow = d.row([section], SECTION_STYLE);
  const headerRow = d.header([
    label,
    ...RAG_COLUMNS.map((r) => ragLabel(r)),
    ragLabel(null),
    'Total',
  ]);
  RAG_COLUMNS.forEach((rag, i) => d.style(block(headerRow, i + 2), ragStyle(rag)));
  d.style(block(headerRow, RAG_COLUMNS.length + 2), ragStyle(null));
  for (const g of groups) d.row([g.key, ...countsRow(g.rag)]);
  const last = d.nextRow - 1;
  d.style(block(headerRow + 1, 1, Math.max(headerRow + 1, last), 1), { wrap: true });
  const totals = sumCounts(groups.map((g) => g.rag));
  d.row(['Total', ...countsRow(totals)], TOTAL_STYLE);

  if (groups.length > 0) {
    // One row per bar, so every area or lead name has room for its label.
    const height = Math.max(MIN_CHART_ROWS, groups.length + CHART_FRAME_ROWS);
    d.chart({
      name: `RAG by ${chartName}`,
      type: 'bar-stacked',
      title: section,
      dataRange: block(headerRow, 1, last, RAG_COLUMNS.length + 2),
      seriesBy: 'columns',
      seriesColors: RAG_SERIES_COLORS,
      from: { row: sectionRow, col: CHART_COL },
      to: { row: sectionRow + height - 1, col: CHART_COL + CHART_WIDTH - 1 },
    });
    // Leave room so the next table's chart does not sit on this one.
    while (d.nextRow < sectionRow + height) d.blank();
  }
}

function countsRow(c: RagCounts): number[] {
  return [...RAG_COLUMNS.map((r) => c[r]), c.none, c.total];
}

/** Column totals worked out from the rows shown, so the total row always adds up. */
function sumCounts(rows: RagCounts[]): RagCounts {
  const out = {
    red: 0,
    'red-amber': 0,
    amber: 0,
    'amber-green': 0,
    green: 0,
    blue: 0,
    none: 0,
    total: 0,
  } as RagCounts;
  for (const r of rows) for (const k of Object.keys(out) as (keyof RagCounts)[]) out[k] += r[k];
  return out;
}
