/**
 * Periodic RAG columns in the plan itself (Q1 | Q2 | Q3: one RAG per period) are history the plan
 * already carries. The reader gives each action its latest rated period as its RAG and the earlier
 * ones, oldest first, as ragHistory; here each action's series is those earlier periods then the
 * latest, under the column headers.
 */
import { type Action, type IsoDate, type Plan, type Rag } from '../core';
import { snapAction, type SnapAction, type Snapshot } from './snapshot';

interface Rated {
  period: string;
  rag: Rag | null;
}

/** The header of the column each action's current RAG was read from ("Q3"), by column number. */
function headersOf(plan: Plan): Map<number, string> {
  const out = new Map<number, string>();
  for (const u of plan.unmapped) out.set(u.col, u.header);
  for (const c of plan.columns) out.set(c.col, c.header);
  return out;
}

function seriesOf(a: Action, headers: Map<number, string>): Rated[] {
  const history = a.ragHistory ?? [];
  if (history.length === 0) return [];
  const col = a.cols.rag;
  return [...history, { period: (col !== undefined && headers.get(col)) || 'Latest', rag: a.rag }];
}

const mostCommon = (labels: string[]): string => {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '';
};

export interface PeriodicHistory {
  /** A snapshot per period, in column order, of the actions rated in it (RAG only): the trend. */
  periods: Snapshot[];
  /** Each action's previous period against its latest: the changes; null when no action has two. */
  latest: [Snapshot, Snapshot] | null;
}

export function periodicHistory(plans: Plan[], asOf: IsoDate): PeriodicHistory {
  const rated: { snap: SnapAction; series: Rated[] }[] = [];
  for (const p of plans) {
    const headers = headersOf(p);
    for (const a of p.actions) {
      const series = seriesOf(a, headers);
      if (series.length >= 2)
        rated.push({
          snap: { ...snapAction(a), state: null, due: null, savings: null, forecast: null },
          series,
        });
    }
  }
  if (rated.length === 0) return { periods: [], latest: null };
  const labels = [...new Set(rated.flatMap((r) => r.series.map((s) => s.period)))];
  const at = (label: string, actions: SnapAction[]): Snapshot => ({
    seq: 0,
    asOf,
    takenAt: '',
    name: null,
    label,
    actions,
  });
  const periods = labels.map((label) =>
    at(
      label,
      rated.flatMap((r) =>
        r.series.filter((s) => s.period === label).map((s) => ({ ...r.snap, rag: s.rag }))
      )
    )
  );
  const before = at(
    mostCommon(rated.map((r) => r.series[r.series.length - 2].period)),
    rated.map((r) => ({ ...r.snap, rag: r.series[r.series.length - 2].rag }))
  );
  const now = at(
    mostCommon(rated.map((r) => r.series[r.series.length - 1].period)),
    rated.map((r) => ({ ...r.snap, rag: r.series[r.series.length - 1].rag }))
  );
  return { periods, latest: [before, now] };
}
