import {
  cellRef,
  columnHeader,
  columnLetters,
  rangeA1,
  savingsCell,
  type Action,
  type ChangedAction,
  type DatedAction,
  type FinanceSummary,
  type NotPlanReason,
  type PassedOver,
  type Plan,
  type SavingsCell,
  type SavingsLine,
  type SheetCell,
  type Summary,
  type Changes,
} from '../plan';
import { passedOverLine } from '../report/messages';
import { reproducingFlags } from './reproduce';

/** The --json contract (docs/report-format.md): plain data, stable field names. */
export interface JsonReport {
  file: string;
  asOf: string;
  plans: JsonPlan[];
  /** Changes since the workbook's last refresh, when it keeps snapshots (or periodic RAG columns). */
  changes?: JsonChanges | null;
  /** Tables looked at and not taken for plans, each with why; left out when there are none. */
  passedOver?: JsonPassedOver[];
}

/** A table passed over: where, and why it is not a plan. */
export interface JsonPassedOver {
  sheet: string;
  range: string;
  headerRow: number;
  table: string | null;
  reason: NotPlanReason;
  /** The reason in words, as the text report says it. */
  message: string;
}

export function jsonPassedOver(p: PassedOver): JsonPassedOver {
  return {
    sheet: p.sheet,
    range: rangeA1(p.range),
    headerRow: p.headerRow,
    table: p.table,
    reason: p.reason,
    message: passedOverLine(p),
  };
}

/** A cell as the JSON report names it: "'Sheet name'!E7", or null. */
const refText = (cell: SheetCell | null): string | null => (cell ? cellRef(cell) : null);

/** A changed action with its cell as text. */
type JsonChanged<T extends ChangedAction> = Omit<T, 'at'> & { at: string | null };

/** `changes`: the same lists the Summary sheet shows (docs/report-format.md). */
export interface JsonChanges extends Pick<Changes, 'from' | 'to' | 'byArea'> {
  ragUp: JsonChanged<Changes['ragUp'][number]>[];
  ragDown: JsonChanged<Changes['ragDown'][number]>[];
  newlyOverdue: JsonChanged<ChangedAction>[];
  completed: JsonChanged<ChangedAction>[];
  dueMoved: JsonChanged<Changes['dueMoved'][number]>[];
  added: JsonChanged<ChangedAction>[];
  removed: JsonChanged<ChangedAction>[];
}

function changedJson<T extends ChangedAction>(list: T[]): JsonChanged<T>[] {
  return list.map((a) => ({ ...a, at: refText(a.at) }));
}

/** rag-plan diff --json. */
export interface JsonDiff {
  /** With --since: the kept snapshot compared with, by number and name. */
  old: { file: string; asOf: string; snapshot?: { seq: number; name: string | null } };
  new: { file: string; asOf: string };
  changes: JsonChanges;
}

export function changesJson(c: Changes): JsonChanges {
  return {
    from: c.from,
    to: c.to,
    ragUp: changedJson(c.ragUp),
    ragDown: changedJson(c.ragDown),
    newlyOverdue: changedJson(c.newlyOverdue),
    completed: changedJson(c.completed),
    dueMoved: changedJson(c.dueMoved),
    added: changedJson(c.added),
    removed: changedJson(c.removed),
    byArea: c.byArea,
  };
}

export interface JsonPlan {
  sheet: string;
  range: string;
  headerRow: number;
  table: string | null;
  columns: Record<string, string>;
  /** Every column read, in sheet order, with why it was given its field. */
  columnReasons: JsonColumn[];
  hidden: boolean;
  actions: JsonAction[];
  /** Every savings line in plan order: one per action, or per action and year with year columns. */
  savingsLines: JsonSavingsLine[];
  /** Spend columns (budget, actual, forecast, variance), when the plan has any: never savings. */
  spendColumns?: { kind: string; header: string; column: string; unit: number }[];
  /** Where the engine chose among columns: each field, the column read and the others it could be. */
  chosen?: JsonChoice[];
  /** With `chosen`: the flags that read the plan this way whatever is found (as check prints them). */
  reproduce?: string;
  findings: JsonFinding[];
  summary: ReturnType<typeof jsonSummary>;
}

/** A column as a choice names it: its letter and its header. */
interface JsonColumnRef {
  column: string;
  header: string;
}

/** A field several columns could give (plan.chosen): the one read, the others, and any doubt. */
interface JsonChoice extends JsonColumnRef {
  field: string;
  others: JsonColumnRef[];
  doubt?: string;
}

function columnRef(plan: Plan, col: number): JsonColumnRef {
  return { column: columnLetters(col), header: columnHeader(plan, col) };
}

function jsonChoices(plan: Plan): Pick<JsonPlan, 'chosen' | 'reproduce'> {
  if (!plan.chosen?.length) return {};
  return {
    chosen: plan.chosen.map((c) => ({
      field: c.field,
      ...columnRef(plan, c.col),
      others: c.others.map((o) => columnRef(plan, o)),
      ...(c.doubt ? { doubt: c.doubt } : {}),
    })),
    reproduce: reproducingFlags(plan),
  };
}

/** A finding with its cell as text. */
interface JsonFinding extends Omit<Plan['findings'][number], 'cell'> {
  cell: string | null;
}

function jsonFinding(f: Plan['findings'][number]): JsonFinding {
  return { severity: f.severity, code: f.code, message: f.message, cell: refText(f.cell) };
}

interface JsonColumn {
  field: string;
  header: string;
  column: string;
  reason: string;
  year?: string;
  period?: string;
  original?: boolean;
  dimension?: string;
}

function jsonColumn(c: Plan['columns'][number]): JsonColumn {
  return {
    field: c.field,
    header: c.header,
    column: columnLetters(c.col),
    reason: c.reason ?? c.header,
    ...(c.year ? { year: c.year } : {}),
    ...(c.period ? { period: c.period } : {}),
    ...(c.original ? { original: true } : {}),
    ...(c.dimension ? { dimension: c.dimension } : {}),
  };
}

type JsonAction = Pick<
  Action,
  | 'sheet'
  | 'row'
  | 'line'
  | 'area'
  | 'objective'
  | 'action'
  | 'lead'
  | 'rag'
  | 'ragFrom'
  | 'state'
  | 'savings'
  | 'originalDue'
  | 'ragHistory'
  | 'dimensions'
  | 'spend'
> & {
  timescale: string;
  due: string | null;
};

function jsonAction(a: Action): JsonAction {
  return {
    sheet: a.sheet,
    row: a.row,
    line: a.line,
    area: a.area,
    objective: a.objective,
    action: a.action,
    lead: a.lead,
    timescale: a.timescale.text,
    due: a.timescale.due,
    rag: a.rag,
    ragFrom: a.ragFrom,
    state: a.state,
    savings: a.savings,
    ...(a.originalDue !== undefined ? { originalDue: a.originalDue } : {}),
    ...(a.ragHistory ? { ragHistory: a.ragHistory } : {}),
    ...(a.dimensions ? { dimensions: a.dimensions } : {}),
    ...(a.spend ? { spend: a.spend } : {}),
  };
}

type JsonSavingsLine = Pick<
  SavingsLine,
  | 'sheet'
  | 'row'
  | 'line'
  | 'year'
  | 'target'
  | 'forecast'
  | 'shortfall'
  | 'shortfallFrom'
  | 'targetFrom'
> & {
  /** The unit the target was written in, e.g. "£'000"; amounts are already pounds. */
  unit: string;
  /** The cells read, as "'Sheet'!F7". */
  cells: Partial<Record<SavingsCell, string>>;
};

/** A savings line's cells as text, in the order they were read. */
function lineCells(l: SavingsLine): Partial<Record<SavingsCell, string>> {
  const out: Partial<Record<SavingsCell, string>> = {};
  for (const kind of Object.keys(l.cols) as SavingsCell[]) {
    const cell = savingsCell(l, kind);
    if (cell) out[kind] = cellRef(cell);
  }
  return out;
}

function jsonLine(l: SavingsLine): JsonSavingsLine {
  return {
    sheet: l.sheet,
    row: l.row,
    line: l.line,
    year: l.year,
    target: l.target,
    forecast: l.forecast,
    shortfall: l.shortfall,
    shortfallFrom: l.shortfallFrom,
    targetFrom: l.targetFrom,
    unit: l.unit.label,
    cells: lineCells(l),
  };
}

/** The finance totals; the lines themselves are the plan's savingsLines. */
function jsonFinance(f: FinanceSummary) {
  return {
    totals: f.totals,
    atRisk: f.atRisk,
    byRag: f.byRag,
    byArea: f.byArea,
    byLead: f.byLead,
    byYear: f.byYear,
    hasForecast: f.hasForecast,
    units: f.units.map((u) => ({
      sheet: u.sheet,
      header: u.header,
      kind: u.kind,
      year: u.year,
      unit: u.unit?.label ?? null,
      scale: u.unit?.scale ?? 1,
      ownUnit: u.ownUnit,
      text: u.text,
    })),
  };
}

const dated = (d: DatedAction) => ({
  sheet: d.action.sheet,
  row: d.action.row,
  line: d.action.line,
  action: d.action.action,
  due: d.action.timescale.due,
  days: d.days,
});

export function jsonSummary(s: Summary) {
  return {
    actions: s.actions,
    rag: s.rag,
    states: s.states,
    completePercent: s.completePercent,
    byArea: s.byArea,
    byLead: s.byLead,
    overdue: s.overdue.map(dated),
    dueSoon: s.dueSoon.map(dated),
    money: s.money,
    hasMoney: s.hasMoney,
    finance: jsonFinance(s.finance),
    byDimension: s.byDimension,
    spend: s.spend,
    quality: s.quality,
  };
}

export function jsonPlan(plan: Plan, summary: Summary): JsonPlan {
  return {
    sheet: plan.sheet,
    range: rangeA1(plan.range),
    headerRow: plan.headerRow,
    table: plan.table,
    // The column each field is read from (a revised date's, not the original's; the first of a column a year).
    columns: Object.fromEntries(
      plan.columns
        .filter((c) => !c.original && !c.dimension)
        .reverse()
        .map((c) => [c.field, c.header])
    ),
    columnReasons: plan.columns.map(jsonColumn),
    hidden: plan.hidden === true,
    actions: plan.actions.map(jsonAction),
    savingsLines: (plan.finance?.lines ?? []).map(jsonLine),
    ...(plan.spend
      ? {
          spendColumns: plan.spend.map((c) => ({
            kind: c.kind,
            header: c.header,
            column: columnLetters(c.col),
            unit: c.unit,
          })),
        }
      : {}),
    ...jsonChoices(plan),
    findings: plan.findings.map(jsonFinding),
    summary: jsonSummary(summary),
  };
}
