import type { Action, DatedAction, Plan, Summary } from '../plan';
import type { Changes } from '../plan/history';

/** The --json contract (docs/report-format.md): plain data, stable field names. */
export interface JsonReport {
  file: string;
  asOf: string;
  plans: JsonPlan[];
  /** Changes since the workbook's last refresh, when it keeps snapshots (or periodic RAG columns). */
  changes?: JsonChanges | null;
}

/** `changes`: the same lists the Summary sheet shows (docs/report-format.md). */
export type JsonChanges = Changes;

/** rag-plan diff --json. */
export interface JsonDiff {
  old: { file: string; asOf: string };
  new: { file: string; asOf: string };
  changes: JsonChanges;
}

export function changesJson(c: Changes): JsonChanges {
  return { from: c.from, to: c.to, ragUp: c.ragUp, ragDown: c.ragDown, newlyOverdue: c.newlyOverdue, completed: c.completed, dueMoved: c.dueMoved, added: c.added, removed: c.removed, byArea: c.byArea };
}

export interface JsonPlan {
  sheet: string;
  range: string;
  headerRow: number;
  table: string | null;
  columns: Record<string, string>;
  actions: JsonAction[];
  findings: Plan['findings'];
  summary: ReturnType<typeof jsonSummary>;
}

type JsonAction = Pick<Action, 'sheet' | 'row' | 'line' | 'area' | 'objective' | 'action' | 'lead' | 'rag' | 'ragFrom' | 'state' | 'savings'> & {
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
  };
}

const dated = (d: DatedAction) => ({ sheet: d.action.sheet, row: d.action.row, line: d.action.line, action: d.action.action, due: d.action.timescale.due, days: d.days });

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
    quality: s.quality,
  };
}

export function jsonPlan(plan: Plan, summary: Summary): JsonPlan {
  return {
    sheet: plan.sheet,
    range: plan.range,
    headerRow: plan.headerRow,
    table: plan.table,
    columns: Object.fromEntries(plan.columns.map((c) => [c.field, c.header])),
    actions: plan.actions.map(jsonAction),
    findings: plan.findings,
    summary: jsonSummary(summary),
  };
}
