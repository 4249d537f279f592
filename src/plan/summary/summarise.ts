import {
  daysBetween,
  defaultOptions,
  type Action,
  type CheckOptions,
  type Plan,
  type Rag,
  type Severity,
  RAGS,
  STATES,
} from '../core';
import { summariseFinance } from './financeSummary';
import { ragByDimension, spendTotals } from './spendAndDimensions';
import { completePercent } from '../judge';
import type {
  DatedAction,
  Group,
  Money,
  QualityCounts,
  RagCounts,
  StateCounts,
  Summary,
} from './summaryTypes';

const AT_RISK: ReadonlySet<Rag> = new Set<Rag>(['red', 'red-amber', 'amber']);
const NONE = '(none)';

function ragCounts(): RagCounts {
  const c = { none: 0, total: 0 } as RagCounts;
  for (const r of RAGS) c[r] = 0;
  return c;
}

function stateCounts(): StateCounts {
  const c = { total: 0 } as StateCounts;
  for (const s of STATES) c[s] = 0;
  return c;
}

function money(withForecast: boolean): Money {
  const byRag = { none: 0 } as Money['byRag'];
  for (const r of RAGS) byRag[r] = 0;
  return { target: 0, forecast: withForecast ? 0 : null, atRisk: 0, byRag, lines: 0 };
}

function count(rag: RagCounts, states: StateCounts, m: Money, a: Action): void {
  rag[a.rag ?? 'none']++;
  rag.total++;
  states[a.state]++;
  states.total++;
  if (a.savings !== null || a.forecast !== null) {
    const amount = a.savings ?? 0;
    m.lines++;
    m.target += amount;
    if (m.forecast !== null) m.forecast += a.forecast ?? 0;
    m.byRag[a.rag ?? 'none'] += amount;
    if (a.rag && AT_RISK.has(a.rag)) m.atRisk += amount;
  }
}

function groupBy(
  actions: Action[],
  keyOf: (a: Action) => string | null,
  withForecast: boolean
): Group[] {
  const groups = new Map<string, Group>();
  for (const a of actions) {
    const key = keyOf(a)?.trim() || NONE;
    let g = groups.get(key);
    if (!g) {
      g = { key, rag: ragCounts(), states: stateCounts(), money: money(withForecast) };
      groups.set(key, g);
    }
    count(g.rag, g.states, g.money, a);
  }
  // Plan order is kept (first appearance), with "(none)" last: areas are usually listed in an order that means something.
  return [...groups.values()].sort((a, b) => Number(a.key === NONE) - Number(b.key === NONE));
}

function quality(plans: Plan[]): QualityCounts {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const codes = new Map<string, { code: string; severity: Severity; count: number }>();
  // Rows with a finding on one of their cells, per sheet: an action "has findings" when its row does.
  const rowsBySheet = new Map<string, Set<number>>();
  for (const p of plans)
    for (const f of p.findings) {
      bySeverity[f.severity]++;
      const c = codes.get(f.code) ?? { code: f.code, severity: f.severity, count: 0 };
      c.count++;
      codes.set(f.code, c);
      if (!f.cell) continue;
      let rows = rowsBySheet.get(f.cell.sheet);
      if (!rows) rowsBySheet.set(f.cell.sheet, (rows = new Set()));
      rows.add(f.cell.row);
    }
  let actionsWithFindings = 0;
  for (const p of plans) {
    const rows = rowsBySheet.get(p.sheet);
    if (rows) for (const a of p.actions) if (rows.has(a.row)) actionsWithFindings++;
  }
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return {
    bySeverity,
    byCode: [...codes.values()].sort(
      (a, b) => rank[a.severity] - rank[b.severity] || b.count - a.count
    ),
    actionsWithFindings,
  };
}

/** The numbers a board sees: counts by RAG and state, by area and lead, dated lists, money, data quality. */
export function summarise(plans: Plan[], partial: Partial<CheckOptions> = {}): Summary {
  const options = defaultOptions(partial);
  const actions = plans.flatMap((p) => p.actions);
  const withForecast = actions.some((a) => a.forecast !== null);
  const rag = ragCounts();
  const states = stateCounts();
  const total = money(withForecast);
  for (const a of actions) count(rag, states, total, a);

  const overdue: DatedAction[] = [];
  const dueSoon: DatedAction[] = [];
  for (const a of actions) {
    if (a.timescale.due === null) continue;
    if (a.state === 'overdue')
      overdue.push({ action: a, days: daysBetween(a.timescale.due, options.asOf) });
    else if (a.state === 'due-soon')
      dueSoon.push({ action: a, days: daysBetween(options.asOf, a.timescale.due) });
  }
  overdue.sort((a, b) => b.days - a.days || a.action.row - b.action.row);
  dueSoon.sort((a, b) => a.days - b.days || a.action.row - b.action.row);

  return {
    asOf: options.asOf,
    dueSoonDays: options.dueSoonDays,
    sources: plans.map((p) => ({ sheet: p.sheet, ...p.range })),
    actions: actions.length,
    rag,
    states,
    completePercent: completePercent(states),
    byArea: groupBy(actions, (a) => a.area, withForecast),
    byLead: groupBy(actions, (a) => a.lead, withForecast),
    overdue,
    dueSoon,
    money: total,
    hasMoney: total.lines > 0,
    finance: summariseFinance(plans),
    byDimension: ragByDimension(actions),
    spend: spendTotals(actions),
    quality: quality(plans),
  };
}
