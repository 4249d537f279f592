/**
 * Periodic RAG columns in the plan itself (Q1 | Q2 | Q3: a RAG per period, oldest first) are
 * history the plan already carries: each period becomes a snapshot that knows only RAG.
 */
import type { Action, IsoDate, Plan, Rag } from '../types';
import { snapAction, type Snapshot } from './snapshot';

/** One period's rating as the reader gives it (Action.ragHistory). */
export interface PeriodRag {
  period: string;
  rag: Rag | null;
}

/** The periodic ratings of an action, when its plan has such columns. */
function periodsOf(a: Action): readonly PeriodRag[] {
  return (a as Action & { ragHistory?: readonly PeriodRag[] }).ragHistory ?? [];
}

/** A snapshot per period, in the order of the plan's columns; empty when no plan has periodic columns. */
export function periodicSnapshots(plans: Plan[], asOf: IsoDate): Snapshot[] {
  const labels: string[] = [];
  for (const p of plans) for (const a of p.actions) for (const h of periodsOf(a)) if (!labels.includes(h.period)) labels.push(h.period);
  return labels.map((label) => ({
    asOf,
    takenAt: '',
    label,
    actions: plans.flatMap((p) =>
      p.actions
        .filter((a) => periodsOf(a).some((h) => h.period === label))
        .map((a) => ({ ...snapAction(a), rag: periodsOf(a).find((h) => h.period === label)!.rag, state: null, due: null, savings: null, forecast: null })),
    ),
  }));
}
