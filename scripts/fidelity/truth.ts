/**
 * The hand-labelled truth of one real-layout fixture (tests/fixtures/real-layouts/truth/NAME.json),
 * as tests/fixtures/real-layouts/README.md and docs/fidelity.md describe it.
 */

export const LAYOUT_KINDS = [
  'savings tracker',
  'risk register',
  'project dashboard',
  'audit recommendations',
  'improvement plan',
  'climate action plan',
  'highlight report',
  'funding return',
  'action plan',
] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];

export type TruthState =
  | 'complete'
  | 'overdue'
  | 'due-soon'
  | 'on-track'
  | 'ongoing'
  | 'undated'
  | 'paused'
  | 'cancelled';
export type TruthRag = 'red' | 'red-amber' | 'amber' | 'amber-green' | 'green' | 'blue' | null;

/** One action as a careful officer reads it. A key left out is not scored. */
export interface TruthAction {
  row: number;
  line: number;
  ref?: string | null;
  area?: string | null;
  objective?: string | null;
  action?: string | null;
  lead?: string | null;
  due?: string | null;
  originalDue?: string | null;
  rag?: TruthRag;
  state?: TruthState;
  stage?: string | null;
  savings?: number | null;
  forecast?: number | null;
  shortfall?: number | null;
}

export interface TruthPlan {
  sheet: string;
  hidden?: boolean;
  headerRow: number;
  /** field -> column letter */
  columns: Record<string, string>;
  actions: TruthAction[];
}

export interface Truth {
  name: string;
  source: { organisation: string; title: string; year: number; kind: LayoutKind; found: string };
  asOf: string;
  blueMeans?: 'complete' | 'carried-over' | 'not-started';
  notPlans: { sheet: string; why: string }[];
  plans: TruthPlan[];
}
