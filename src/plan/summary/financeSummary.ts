import { describeUnit } from '../read';
import { RAGS, type Plan, type Rag, type MoneyColumn, type SavingsLine } from '../core';
import { financeFromActions } from '../rows';
import type { FinanceGroup, FinanceSummary, FinanceTotals, UnitNote } from './financeSummaryTypes';

const AT_RISK: ReadonlySet<Rag> = new Set<Rag>(['red', 'red-amber', 'amber']);
const NONE = '(none)';

export function emptyTotals(): FinanceTotals {
  return { target: 0, forecast: 0, shortfall: 0, lines: 0, unknown: 0 };
}

/** Adds a line to totals; sums are kept to the penny. */
function add(t: FinanceTotals, l: SavingsLine): void {
  const round = (n: number) => Math.round(n * 100) / 100;
  t.lines++;
  if (l.target !== null) t.target = round(t.target + l.target);
  if (l.forecast !== null) t.forecast = round(t.forecast + l.forecast);
  if (l.shortfall !== null) t.shortfall = round(t.shortfall + l.shortfall);
  if (l.target === null) t.unknown++;
}

function groupBy(lines: SavingsLine[], keyOf: (l: SavingsLine) => string | null): FinanceGroup[] {
  const groups = new Map<string, FinanceGroup>();
  for (const l of lines) {
    const key = keyOf(l)?.trim() || NONE;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, totals: emptyTotals() }));
    add(g.totals, l);
  }
  // Plan order (first appearance), with "(none)" last.
  return [...groups.values()].sort((a, b) => Number(a.key === NONE) - Number(b.key === NONE));
}

/** Largest shortfall first; unknown shortfalls last; ties in plan order. */
function byShortfall(lines: SavingsLine[]): SavingsLine[] {
  return lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => {
      if (a.l.shortfall === null || b.l.shortfall === null)
        return Number(a.l.shortfall === null) - Number(b.l.shortfall === null) || a.i - b.i;
      return b.l.shortfall - a.l.shortfall || a.i - b.i;
    })
    .map(({ l }) => l);
}

function unitNote(sheet: string, c: MoneyColumn): UnitNote {
  const scale = c.unit?.scale ?? 1;
  const ownUnit = c.figures.filter((f) => f.unit.scale !== scale).length;
  const how = c.unit
    ? `${describeUnit(c.unit)}${scale === 1 ? '' : `, multiplied by ${scale.toLocaleString('en-GB')}`}`
    : 'no unit in the header, read as pounds';
  const own = ownUnit
    ? `; ${ownUnit} figure${ownUnit === 1 ? '' : 's'} carried a unit of ${ownUnit === 1 ? 'its' : 'their'} own and ${ownUnit === 1 ? 'was' : 'were'} read in it`
    : '';
  const other =
    c.kind === 'other' ? '; not read as savings, only checked against the totals row' : '';
  return {
    sheet,
    header: c.header,
    kind: c.kind,
    year: c.year,
    unit: c.unit,
    ownUnit,
    text: `${c.header || c.kind}: ${how}${own}${other}.`,
  };
}

/** The finance lead's numbers: every line, totals by RAG, area, lead and year, at risk, and units. */
export function summariseFinance(plans: Plan[]): FinanceSummary {
  const finances = plans.map((p) => ({
    sheet: p.sheet,
    finance: p.finance ?? financeFromActions(p),
  }));
  const lines = finances.flatMap((f) => f.finance.lines);
  const totals = emptyTotals();
  const atRisk = emptyTotals();
  const byRag = { none: emptyTotals() } as FinanceSummary['byRag'];
  for (const r of RAGS) byRag[r] = emptyTotals();
  for (const l of lines) {
    add(totals, l);
    add(byRag[l.rag ?? 'none'], l);
    if (l.rag && AT_RISK.has(l.rag)) add(atRisk, l);
  }
  const years = groupBy(lines, (l) => l.year).sort((a, b) =>
    a.key === NONE ? 1 : b.key === NONE ? -1 : a.key.localeCompare(b.key)
  );
  return {
    lines: byShortfall(lines),
    totals,
    atRisk,
    byRag,
    byArea: groupBy(lines, (l) => l.area),
    byLead: groupBy(lines, (l) => l.lead),
    byYear: years,
    hasForecast: lines.some((l) => l.forecast !== null),
    units: finances.flatMap((f) => f.finance.columns.map((c) => unitNote(f.sheet, c))),
  };
}
