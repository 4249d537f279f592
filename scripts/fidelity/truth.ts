/**
 * The hand-labelled truth of one corpus workbook (tests/fixtures/real-layouts/truth/NAME.json for
 * the rebuilt layouts, tests/fixtures/real-excel/truth/NAME.json for the workbooks Excel wrote), as
 * tests/fixtures/real-layouts/README.md ("Truth format") and docs/fidelity.md describe it.
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
  'capital programme',
  'performance scorecard',
  'recommendation tracker',
  'written statement of action',
  // A workbook that holds no plan at all: every sheet is in notPlans.
  'no plan',
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
  /** Every action of the plan: a row the truth does not list is no action. */
  actions: TruthAction[];
}

/** Where a workbook Excel wrote came from (real-excel corpus only). */
export interface TruthWritten {
  /** docProps/app.xml's Application ("Microsoft Excel", "Microsoft Macintosh Excel"). */
  by: string;
  /** xl/workbook.xml's fileVersion rupBuild: the Excel build that last saved the file. */
  build: number;
  repo: string;
  path: string;
  commit: string;
  licence: string;
}

export interface Truth {
  name: string;
  source: { organisation: string; title: string; year: number; kind: LayoutKind; found: string };
  written?: TruthWritten;
  asOf: string;
  blueMeans?: 'complete' | 'carried-over' | 'not-started';
  /** Every sheet that holds no plan, with the reason a careful officer gives. */
  notPlans: { sheet: string; why: string }[];
  plans: TruthPlan[];
}
