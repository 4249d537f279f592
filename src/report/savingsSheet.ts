/**
 * The "Savings" sheet, for the finance lead: the headline (target, forecast, shortfall, at risk),
 * every savings line largest shortfall first with a link to its row, then totals by RAG, area
 * (with a chart of target against forecast), lead and year, and a note of the unit each money
 * column was read in. Written only when the plan carries money; otherwise noSavingsSheetReason says
 * why. Totals are summed from the lines shown, so they add up; unknown figures stay blank.
 */
import {
  ragLabel,
  lineCell,
  quoteSheet,
  type FinanceSummary,
  type FinanceTotals,
  type Summary,
} from '../plan';
import { block, SheetDraft, type SheetMeta } from './draft';
import { LABEL_STYLE, MONEY_FORMAT, ragStyle, SECTION_STYLE, TOTAL_STYLE } from './palette';
import { savingsHeadline } from './savingsFigures';
import { totalsTable } from './savingsTotals';
import { SAVINGS_TITLE } from './sheetTitles';
import { NO_SAVINGS_SHEET } from './messages';

/** The headline's count of lines whose target is not known. */
export const UNKNOWN_TARGETS = 'Lines with no known target (TBC or blank)';

/** Why the Savings sheet is not written, or null when it is. */
export function noSavingsSheetReason(summary: Summary): string | null {
  return summary.finance.lines.length > 0 ? null : NO_SAVINGS_SHEET;
}

export const NO_YEARS =
  'The plan has no column per financial year, so every line counts towards the one year it tracks.';

const LINE_HEADERS = [
  'Savings line',
  'Area',
  'Lead',
  'RAG',
  'Year',
  'Target',
  'Forecast',
  'Shortfall',
  'Row',
];

/** `extra`: a roll-up's totals by workbook, after the headline. */
export function savingsSheet(
  summary: Summary,
  meta: SheetMeta,
  extra?: (d: SheetDraft) => void
): SheetDraft {
  const finance = summary.finance;
  const d = new SheetDraft('savings', 'Savings', [54, 18, 28, 13, 9, 14, 14, 14, 24, 3]);
  d.titleBlock(SAVINGS_TITLE, summary.asOf, meta);
  d.spec.freezeRows = 1;
  d.blank();
  unitNotes(d, finance);
  d.blank();
  headline(d, finance);
  d.blank();
  extra?.(d);
  linesTable(d, finance);
  d.blank();
  totalsTable(d, 'Totals by RAG', 'RAG', finance.hasForecast, ragRows(finance));
  atRisk(d, finance);
  d.blank();
  totalsTable(d, 'Totals by area', 'Area', finance.hasForecast, groupRows(finance.byArea), 'area');
  d.blank();
  totalsTable(d, 'Totals by lead', 'Lead', finance.hasForecast, groupRows(finance.byLead));
  d.blank();
  if (finance.byYear.some((g) => g.key !== '(none)'))
    totalsTable(d, 'Totals by year', 'Year', finance.hasForecast, groupRows(finance.byYear));
  else {
    d.row(['Totals by year'], SECTION_STYLE);
    d.row([NO_YEARS]);
  }
  return d;
}

/** How the figures were read: the unit of each money column and how it was scaled to pounds. */
function unitNotes(d: SheetDraft, finance: FinanceSummary): void {
  d.row(['Units'], SECTION_STYLE);
  d.row([
    'All amounts are in pounds. Blank figures are unknown ("TBC" or empty in the plan), never zero.',
  ]);
  const several = new Set(finance.units.map((u) => u.sheet)).size > 1;
  for (const u of finance.units) d.row([several ? `${quoteSheet(u.sheet)}: ${u.text}` : u.text]);
}

function headline(d: SheetDraft, finance: FinanceSummary): void {
  d.row(['Headline'], SECTION_STYLE);
  d.header(['Measure', 'Amount']);
  const t = finance.totals;
  const rows = savingsHeadline(finance).map((f) => d.row([f.label, f.amount]));
  for (const r of rows) d.format(block(r, 2), MONEY_FORMAT);
  d.style(block(rows[0], 1, rows[rows.length - 1], 1), LABEL_STYLE);
  d.row(['Savings lines', t.lines]);
  if (t.unknown > 0) d.row([UNKNOWN_TARGETS, t.unknown]);
}

/** Under the RAG totals: what is at risk, summed from the Red, Red/Amber and Amber lines. */
function atRisk(d: SheetDraft, finance: FinanceSummary): void {
  const t = finance.atRisk;
  const r = d.row(
    [
      'At risk (Red, Red/Amber, Amber)',
      t.target,
      ...(finance.hasForecast ? [t.forecast, t.shortfall, t.lines] : [t.lines]),
    ],
    TOTAL_STYLE
  );
  d.format(block(r, 2, r, finance.hasForecast ? 4 : 2), MONEY_FORMAT);
}

/** Every line, largest shortfall first, each with a link to its row in the plan. */
function linesTable(d: SheetDraft, finance: FinanceSummary): void {
  d.row(['Savings lines, largest shortfall first'], SECTION_STYLE);
  d.header(LINE_HEADERS);
  const first = d.nextRow;
  for (const l of finance.lines) {
    const r = d.row([
      l.title,
      l.area,
      l.lead,
      ragLabel(l.rag),
      l.year,
      l.target,
      l.forecast,
      finance.hasForecast ? l.shortfall : null,
    ]);
    d.style(block(r, 4), ragStyle(l.rag));
    d.link(r, 9, lineCell(l), 'Go to this line in the plan');
  }
  const last = d.nextRow - 1;
  const t = finance.totals;
  const total = d.row(
    [
      'Total',
      null,
      null,
      null,
      null,
      t.target,
      finance.hasForecast ? t.forecast : null,
      finance.hasForecast ? t.shortfall : null,
    ],
    TOTAL_STYLE
  );
  d.format(block(first, 6, total, 8), MONEY_FORMAT);
  if (last >= first) d.style(block(first, 1, last, 1), { wrap: true });
  d.style(block(first, 4, Math.max(first, last), 5), { horizontal: 'center' });
}

function ragRows(
  finance: FinanceSummary
): { label: string; totals: FinanceTotals; style?: ReturnType<typeof ragStyle> }[] {
  const rows: { label: string; totals: FinanceTotals; style?: ReturnType<typeof ragStyle> }[] = [];
  for (const rag of ['red', 'red-amber', 'amber', 'amber-green', 'green', 'blue'] as const) {
    if (finance.byRag[rag].lines > 0)
      rows.push({ label: ragLabel(rag), totals: finance.byRag[rag], style: ragStyle(rag) });
  }
  if (finance.byRag.none.lines > 0)
    rows.push({ label: ragLabel(null), totals: finance.byRag.none, style: ragStyle(null) });
  return rows;
}

function groupRows(groups: FinanceSummary['byArea']): { label: string; totals: FinanceTotals }[] {
  return groups.map((g) => ({ label: g.key, totals: g.totals }));
}
