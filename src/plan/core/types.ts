/** Domain types of an action plan. Dates are ISO calendar dates ("2024-03-31"), local, no time. */
import type { FindingCode } from './findingCodes';
import type { PointedPlan } from './choices';
import type { CellRange } from './grid';
import type { SheetCell } from './location';
import type { PlanFinance } from './moneyTypes';

export type IsoDate = string;

/** A RAG rating. Two-tone ratings are kept as written (Amber/Green), never rounded. */
export type Rag = 'red' | 'amber' | 'green' | 'blue' | 'red-amber' | 'amber-green';
export const RAGS: readonly Rag[] = ['red', 'red-amber', 'amber', 'amber-green', 'green', 'blue'];

/** Direction of travel ("↑", "improving"): kept beside a rating, never read as one. */
export type Direction = 'improving' | 'worsening' | 'unchanged';

/**
 * A council's RAG key: what its scores, letters or words mean, lower case ("1" -> red,
 * "c" -> blue, "minor issues" -> amber). Found on a key sheet or block (findRagKey), or given.
 */
export type RagKey = Readonly<Record<string, Rag>>;

/** Progress words some plans keep in a Status or Stage column instead of (or beside) a RAG. */
export type Stage =
  | 'not-started'
  | 'in-progress'
  | 'complete'
  | 'paused'
  | 'deferred'
  | 'cancelled';

/** The columns the engine recognises. */
export type Field =
  | 'ref'
  | 'area'
  | 'objective'
  | 'action'
  | 'lead'
  | 'timescale'
  | 'rag'
  | 'stage'
  | 'savings'
  | 'forecast'
  | 'shortfall'
  | 'notes';

export const FIELDS: readonly Field[] = [
  'ref',
  'area',
  'objective',
  'action',
  'lead',
  'timescale',
  'rag',
  'stage',
  'savings',
  'forecast',
  'shortfall',
  'notes',
];

/**
 * An action's state on the as-of date. Paused (on hold, deferred) and cancelled (withdrawn,
 * superseded) actions are stopped: like complete ones, never overdue nor due soon.
 */
export type State =
  | 'complete'
  | 'overdue'
  | 'due-soon'
  | 'on-track'
  | 'ongoing'
  | 'undated'
  | 'paused'
  | 'cancelled';
export const STATES: readonly State[] = [
  'overdue',
  'due-soon',
  'on-track',
  'ongoing',
  'undated',
  'paused',
  'cancelled',
  'complete',
];
/** States in which an action is not being worked towards a date: no date or rating finding is raised on them. */
export const STOPPED_STATES: ReadonlySet<State> = new Set<State>([
  'complete',
  'paused',
  'cancelled',
]);

/** How a timescale was read. */
export type TimescaleKind =
  | 'date' // a day: an Excel date, "31 December 2019", "31/12/2019"
  | 'week' // "w/c 3 June 2024": the Friday of that week (four days after its first day)
  | 'month' // "December 2019", "Dec-19": its last day
  | 'quarter' // "Q3 2024/25": the quarter's last day
  | 'financial-year' // "2024/25": 31 March 2025
  | 'season' // "Spring 2024": the season's last month
  | 'year' // "2024" or "end of 2024": 31 December
  | 'range' // "Medium term (2025-2027)", "2024-2026": the end of the range
  | 'complete' // "Complete", "Completed", "Done", "Implemented", "Closed"
  | 'paused' // "On hold", "Paused", "Deferred"
  | 'cancelled' // "Cancelled", "Withdrawn", "Superseded"
  | 'ongoing' // "Ongoing", "On-going", "BAU", and recurring: "Annual", "Monthly", "Quarterly"
  | 'term' // "Short term", "Medium term", "Long term" with no years: undated, with a note
  | 'tbc' // "TBC", "TBA", "To be confirmed"
  | 'empty' // nothing written
  | 'unreadable'; // anything else: kept, with a finding

/** Kinds that name a due date, and kinds that are a word with none (the rest: empty, unreadable). */
export const DATED_KINDS: ReadonlySet<TimescaleKind> = new Set<TimescaleKind>([
  'date',
  'week',
  'month',
  'quarter',
  'financial-year',
  'season',
  'year',
  'range',
]);
export const WORD_KINDS: ReadonlySet<TimescaleKind> = new Set<TimescaleKind>([
  'complete',
  'paused',
  'cancelled',
  'ongoing',
  'term',
  'tbc',
]);

export interface Timescale {
  /** The text as written (trimmed); for an Excel date, its displayed form. */
  text: string;
  kind: TimescaleKind;
  /** The date the action is due by, when the timescale names one. */
  due: IsoDate | null;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem or remark about the plan. */
export interface Finding {
  severity: Severity;
  /** Stable, kebab-case, one of the table in findingCodes.ts: 'missing-lead', 'green-but-overdue', ... */
  code: FindingCode;
  /** Plain words: what was found (quoting the cell) and what would be accepted. */
  message: string;
  /** The cell it is about, or null for a finding about the whole table. */
  cell: SheetCell | null;
}

/** A reader's finding before it has a cell (findingCodes.ts, problemOf, makes it). */
export interface Problem {
  code: FindingCode;
  severity: Severity;
  message: string;
}

/**
 * What a field reader returns: always a reading, sometimes with a problem to report.
 * Readers are total: any input yields one of these, never an exception.
 */
export interface Reading<T> {
  value: T;
  /** Present when the input could not be read cleanly; value is then the best safe reading. */
  problem?: Problem;
}

/** What Blue means in this council's RAG key. */
export type BlueMeaning = 'complete' | 'carried-over' | 'not-started';

export interface CheckOptions {
  /** The date states are worked out on (default: today, local). */
  asOf: IsoDate;
  /** Due within this many days (inclusive) counts as due soon. */
  dueSoonDays: number;
  blueMeans: BlueMeaning;
  /** The plan's RAG key, when it rates by score or by its own words; read before the usual words. */
  ragKey?: RagKey;
  /** Ratings the plan's own key says mean complete ("Green | Complete: signed off"), beside Blue. */
  completeRags?: readonly Rag[];
  /** User's column choices, per plan (key: planKey(), the table name or "Sheet!headerRow"). */
  overrides?: Record<string, ColumnOverrides>;
  /** Ranges the user pointed at (choices.ts): read as plans whatever detection finds. */
  pointed?: readonly PointedPlan[];
  /** Share below target a Green or Blue savings line may forecast before it is reported (default 0.05). */
  savingsTolerance?: number;
}

/** A user's mapping for one plan: field -> column letter ("E"), or null to ignore a field the engine guessed. */
export type ColumnOverrides = Partial<Record<Field, string | null>>;

/** One action: a row of the plan, or one line of a stacked cell. */
export interface Action {
  sheet: string;
  /** Worksheet row number (1-based). */
  row: number;
  /** 1-based line within a stacked cell; 1 when not stacked. */
  line: number;
  ref: string | null;
  area: string | null;
  objective: string | null;
  action: string | null;
  /** Leads as written, joined with " / " when several. */
  lead: string | null;
  leads: string[];
  timescale: Timescale;
  rag: Rag | null;
  /** Where the rating was read: the cell's words, its fill, or the icon an icon set shows in it. */
  ragFrom: 'text' | 'fill' | 'icon' | null;
  stage: Stage | null;
  /** Savings target in pounds. */
  savings: number | null;
  /** Forecast savings in pounds, where the plan has a forecast column. */
  forecast: number | null;
  /**
   * Shortfall in pounds, where the plan carries money: target − forecast when both are known, else
   * the tracker's own figure (the finance step sets it from the action's savings line).
   */
  shortfall?: number | null;
  state: State;
  /** The first date set, where a revised or forecast date stands beside it (the revised one is the due date). */
  originalDue?: IsoDate | null;
  /** Earlier periods' ratings, oldest first, where the table has one RAG column per period (Q1, Q2 ...). */
  ragHistory?: { period: string; rag: Rag }[];
  /**
   * The other ratings of an action, where the table rates it several ways (Time, Cost, Quality
   * beside Overall; Spend beside Delivery): each by its dimension, left to right, null where blank.
   */
  dimensions?: { dimension: string; rag: Rag | null }[];
  /** Spend in pounds (a capital budget, actual, forecast outturn, variance), never savings. */
  spend?: Partial<Record<SpendKind, number>>;
  /**
   * The sheet column (1-based) each field was read from, on the action's own row: the action's
   * cells are { sheet, row, col: cols[field] } (fieldCell), kept as numbers so a million-row plan
   * holds no object or string per cell.
   */
  cols: Partial<Record<Field, number>>;
}

/** What a spend column holds: never savings (a capital programme's money). */
export type SpendKind = 'budget' | 'actual' | 'forecast' | 'variance';
export const SPEND_KINDS: readonly SpendKind[] = ['budget', 'actual', 'forecast', 'variance'];

/** A column of spend: read per action and totalled as spend, never as savings. */
export interface SpendColumn {
  kind: SpendKind;
  header: string;
  col: number;
  /** Pounds per figure as written: 1000 under "£000". */
  unit: number;
}

/** A recognised column. */
export interface Column {
  field: Field;
  /** Header text as written. */
  header: string;
  /** Sheet column number (1-based). */
  col: number;
  /** True when the user chose this mapping. */
  overridden: boolean;
  /** Why the column was given its field, in plain words ("Target: 9 of 10 cells are dates"). Always set by readPlans. */
  reason?: string;
  /** The financial year a money column is for ("2025/26"), where the tracker has a column a year. */
  year?: string;
  /** The period a RAG column rates ("Q2"), where the table has one RAG column per period. */
  period?: string;
  /** True for the original date kept beside a revised or forecast one: read as originalDue, not the timescale. */
  original?: boolean;
  /**
   * A RAG column that rates one dimension ("Time", "Cost", "Spend") beside the one read as the
   * action's RAG: read into Action.dimensions, never the RAG.
   */
  dimension?: string;
}

/** One table of actions found on a sheet. */
export interface Plan {
  sheet: string;
  /** Where the table is on its sheet, header rows included (A5:F40 as text at the edges). */
  range: CellRange;
  /** Sheet row number of the header row. */
  headerRow: number;
  /** Excel table name, when the plan is a ListObject. */
  table: string | null;
  /** True when the plan is on a hidden sheet. */
  hidden?: boolean;
  columns: Column[];
  /** Headers that matched no field, as written, with their column numbers and, where there is one, why not. */
  unmapped: { header: string; col: number; reason?: string }[];
  actions: Action[];
  findings: Finding[];
  /** Savings lines, money columns and totals rows, when the plan carries money. */
  finance?: PlanFinance;
  /** Spend columns (budget, actual, forecast, variance), when the plan has any. */
  spend?: SpendColumn[];
  /** Where the engine chose among several columns for a field; the user may choose otherwise. */
  chosen?: ColumnChoice[];
}

/** A field several columns could give: the column read, and the others it could have been. */
export interface ColumnChoice {
  field: Field;
  col: number;
  others: number[];
  /** Why the one column read may not be what the user means ("a date that may be a meeting's"). */
  doubt?: string;
}
