/** A totals table of the Savings sheet (by RAG, area, lead or year), with a chart where asked. */
import type { FinanceTotals } from '../plan';
import { block, type SheetDraft } from './draft';
import { MONEY_FORMAT, SECTION_STYLE, TOTAL_STYLE } from './palette';
import type { CellStyle } from './sheetSpec';

export interface TotalsRowInput {
  label: string;
  totals: FinanceTotals;
  /** Style of the label cell (a RAG colour with its word). */
  style?: CellStyle;
}

/** The chart sits in column G, right of the totals table's five columns and a gap. */
const CHART_COL = 7;
const CHART_WIDTH = 8;
const MIN_CHART_ROWS = 14;
const CHART_FRAME_ROWS = 7;
/** Target and forecast: dark and light blue, told apart by the legend and by shade. */
export const TARGET_FORECAST_COLORS = ['#1F3864', '#8EA9DB'];

function figures(t: FinanceTotals, hasForecast: boolean): number[] {
  return hasForecast ? [t.target, t.forecast, t.shortfall, t.lines] : [t.target, t.lines];
}

function sum(rows: TotalsRowInput[]): FinanceTotals {
  const out: FinanceTotals = { target: 0, forecast: 0, shortfall: 0, lines: 0, unknown: 0 };
  for (const { totals: t } of rows) {
    out.target += t.target;
    out.forecast += t.forecast;
    out.shortfall += t.shortfall;
    out.lines += t.lines;
    out.unknown += t.unknown;
  }
  return out;
}

/**
 * Section title, header, a row per group and a total summed from the rows shown. With a chart
 * name, a clustered column chart of target against forecast by group sits beside the table.
 */
export function totalsTable(
  d: SheetDraft,
  section: string,
  label: string,
  hasForecast: boolean,
  rows: TotalsRowInput[],
  chartOf?: string
): void {
  const sectionRow = d.row([section], SECTION_STYLE);
  const headerRow = d.header(
    hasForecast ? [label, 'Target', 'Forecast', 'Shortfall', 'Lines'] : [label, 'Target', 'Lines']
  );
  for (const r of rows) {
    const n = d.row([r.label, ...figures(r.totals, hasForecast)]);
    if (r.style) d.style(block(n, 1), r.style);
  }
  const last = d.nextRow - 1;
  const total = d.row(['Total', ...figures(sum(rows), hasForecast)], TOTAL_STYLE);
  d.format(block(headerRow + 1, 2, total, hasForecast ? 4 : 2), MONEY_FORMAT);
  if (last > headerRow) d.style(block(headerRow + 1, 1, last, 1), { wrap: true });
  if (!chartOf || rows.length === 0) return;
  const height = Math.max(MIN_CHART_ROWS, rows.length + CHART_FRAME_ROWS);
  d.chart({
    name: `Savings by ${chartOf}`,
    type: 'column-clustered',
    title: hasForecast ? `Target against forecast by ${chartOf}` : `Savings target by ${chartOf}`,
    dataRange: block(headerRow, 1, last, hasForecast ? 3 : 2),
    seriesBy: 'columns',
    seriesColors: hasForecast ? TARGET_FORECAST_COLORS : TARGET_FORECAST_COLORS.slice(0, 1),
    from: { row: sectionRow, col: CHART_COL },
    to: { row: sectionRow + height - 1, col: CHART_COL + CHART_WIDTH - 1 },
    values: { title: 'Pounds', format: MONEY_FORMAT },
  });
  while (d.nextRow < sectionRow + height) d.blank();
}
