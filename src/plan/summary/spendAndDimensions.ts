/**
 * The Summary's tables for plans that rate each action several ways (RAG by dimension) and carry
 * spend (budget, actual, forecast, variance): summed from what each action holds, never savings.
 */
import { RAGS, SPEND_KINDS, type Action, type SpendKind } from '../core';
import type { RagCounts } from './summaryTypes';

/** One dimension's ratings over every action that has it ("Time": Red 2, Amber 1 ...). */
export interface DimensionCounts {
  dimension: string;
  rag: RagCounts;
}

/** Spend totals in pounds: each kind summed over the actions that give it; null when none does. */
export type SpendTotals = Record<SpendKind, number | null> & {
  /** Actions that carry any spend figure. */
  lines: number;
};

function ragCounts(): RagCounts {
  const c = { none: 0, total: 0 } as RagCounts;
  for (const r of RAGS) c[r] = 0;
  return c;
}

/**
 * The action's own RAG as "Overall" is not repeated: a dimension table lists the dimensions kept
 * beside it, in the order first met, each counting its blanks as No RAG.
 */
export function ragByDimension(actions: readonly Action[]): DimensionCounts[] {
  const byName = new Map<string, RagCounts>();
  for (const a of actions)
    for (const d of a.dimensions ?? []) {
      let c = byName.get(d.dimension);
      if (!c) byName.set(d.dimension, (c = ragCounts()));
      c[d.rag ?? 'none']++;
      c.total++;
    }
  return [...byName.entries()].map(([dimension, rag]) => ({ dimension, rag }));
}

export function spendTotals(actions: readonly Action[]): SpendTotals | null {
  const out = { lines: 0 } as SpendTotals;
  for (const k of SPEND_KINDS) out[k] = null;
  for (const a of actions) {
    if (!a.spend) continue;
    out.lines++;
    for (const k of SPEND_KINDS) {
      const v = a.spend[k];
      if (v !== undefined) out[k] = (out[k] ?? 0) + v;
    }
  }
  return out.lines ? out : null;
}
