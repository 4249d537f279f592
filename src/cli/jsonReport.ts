import { columnLetters } from '../plan';
import type { Action, DatedAction, Plan, Summary } from '../plan';

/** The --json contract (docs/report-format.md): plain data, stable field names. */
export interface JsonReport {
  file: string;
  asOf: string;
  plans: JsonPlan[];
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
  findings: Plan['findings'];
  summary: ReturnType<typeof jsonSummary>;
}

interface JsonColumn {
  field: string;
  header: string;
  column: string;
  reason: string;
  year?: string;
  period?: string;
  original?: boolean;
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
  };
}

type JsonAction = Pick<Action, 'sheet' | 'row' | 'line' | 'area' | 'objective' | 'action' | 'lead' | 'rag' | 'ragFrom' | 'state' | 'savings' | 'originalDue' | 'ragHistory'> & {
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
    // The column each field is read from (a revised date's, not the original's; the first of a column a year).
    columns: Object.fromEntries(plan.columns.filter((c) => !c.original).reverse().map((c) => [c.field, c.header])),
    columnReasons: plan.columns.map(jsonColumn),
    hidden: plan.hidden === true,
    actions: plan.actions.map(jsonAction),
    findings: plan.findings,
    summary: jsonSummary(summary),
  };
}
