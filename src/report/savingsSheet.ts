/**
 * The "Savings" sheet, written only when the plan carries money: target, forecast (when the plan
 * has a forecast column), savings by RAG, and at risk by area and by lead. "At risk" is savings on
 * Red, Red/Amber and Amber actions. Totals are numbers summed from the rows shown, so they add up.
 */
import { a1, type Group, type Money, type Summary } from '../plan';
import { SheetDraft, type SheetMeta } from './draft';
import { MONEY_FORMAT, NO_RAG, RAG_COLUMNS, ragStyle, ragText, SECTION_STYLE, TOTAL_STYLE } from './palette';

export const SAVINGS_TITLE = 'RAG Plan: savings';

export function savingsSheet(summary: Summary, meta: SheetMeta): SheetDraft {
  const withForecast = summary.money.forecast !== null;
  const d = new SheetDraft('savings', 'Savings', [30, 14, 14, 14, 12]);
  d.titleBlock(SAVINGS_TITLE, summary.asOf, meta);
  d.spec.freezeRows = 1;
  d.blank();

  d.row(['Headline'], SECTION_STYLE);
  d.header(['Measure', 'Amount']);
  const money = summary.money;
  const moneyRows = [d.row(['Savings target', money.target])];
  if (money.forecast !== null) moneyRows.push(d.row(['Forecast', money.forecast]));
  moneyRows.push(d.row(['At risk (Red, Red/Amber, Amber)', money.atRisk]));
  for (const r of moneyRows) d.format(a1(r, 2), MONEY_FORMAT);
  d.row(['Actions with a savings figure', money.lines]);
  d.blank();

  d.row(['Savings target by RAG'], SECTION_STYLE);
  d.header(['RAG', 'Target']);
  const first = d.nextRow;
  for (const rag of RAG_COLUMNS) {
    const r = d.row([ragText(rag), money.byRag[rag]]);
    d.style(a1(r, 1), ragStyle(rag));
  }
  const none = d.row([NO_RAG, money.byRag.none]);
  d.style(a1(none, 1), ragStyle(null));
  d.row(['Total', RAG_COLUMNS.reduce((n, r) => n + money.byRag[r], money.byRag.none)], TOTAL_STYLE);
  d.format(`B${first}:B${d.nextRow - 1}`, MONEY_FORMAT);
  d.blank();

  moneyTable(d, 'At risk by area', 'Area', summary.byArea, withForecast);
  d.blank();
  moneyTable(d, 'At risk by lead', 'Lead', summary.byLead, withForecast);
  return d;
}

function moneyTable(d: SheetDraft, section: string, label: string, groups: Group[], withForecast: boolean): void {
  d.row([section], SECTION_STYLE);
  d.header(withForecast ? [label, 'Target', 'Forecast', 'At risk', 'Actions'] : [label, 'Target', 'At risk', 'Actions']);
  const first = d.nextRow;
  const shown = groups.filter((g) => g.money.lines > 0);
  for (const g of shown) d.row([g.key, ...amounts(g.money, withForecast)]);
  const total: Money = { target: 0, forecast: withForecast ? 0 : null, atRisk: 0, byRag: { ...emptyByRag() }, lines: 0 };
  for (const g of shown) {
    total.target += g.money.target;
    if (total.forecast !== null) total.forecast += g.money.forecast ?? 0;
    total.atRisk += g.money.atRisk;
    total.lines += g.money.lines;
  }
  const totalRow = d.row(['Total', ...amounts(total, withForecast)], TOTAL_STYLE);
  const lastMoneyCol = withForecast ? 'D' : 'C';
  d.format(`B${first}:${lastMoneyCol}${totalRow}`, MONEY_FORMAT);
  d.style(`A${first}:A${totalRow}`, { wrap: true });
}

function amounts(m: Money, withForecast: boolean): number[] {
  return withForecast ? [m.target, m.forecast ?? 0, m.atRisk, m.lines] : [m.target, m.atRisk, m.lines];
}

function emptyByRag(): Money['byRag'] {
  return { red: 0, 'red-amber': 0, amber: 0, 'amber-green': 0, green: 0, blue: 0, none: 0 };
}
