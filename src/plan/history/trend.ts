/** The trend: RAG counts and overdue actions at each kept snapshot, oldest first. */
import { displayDate, RAGS, type Rag } from '../core';
import type { Snapshot } from './snapshot';

export interface TrendPoint {
  /** The as-of date shown ("31 Mar 2024"), or a period's name. */
  label: string;
  asOf: string;
  /** When the refresh ran; empty for a period. */
  takenAt: string;
  rag: Record<Rag | 'none', number>;
  /** Null when the snapshot does not know states (periodic RAG columns). */
  overdue: number | null;
  actions: number;
}

export function trendOf(snapshots: Snapshot[]): TrendPoint[] {
  return snapshots.map((s) => {
    const rag = Object.fromEntries([...RAGS, 'none'].map((r) => [r, 0])) as Record<
      Rag | 'none',
      number
    >;
    let overdue = 0;
    let known = false;
    for (const a of s.actions) {
      rag[a.rag ?? 'none']++;
      if (a.state !== null) known = true;
      if (a.state === 'overdue') overdue++;
    }
    return {
      label: s.label ?? displayDate(s.asOf),
      asOf: s.asOf,
      takenAt: s.takenAt,
      rag,
      overdue: known ? overdue : null,
      actions: s.actions.length,
    };
  });
}
