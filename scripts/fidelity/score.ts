import { a1, type SheetCell } from '../../src/plan';
import type { Truth, TruthAction, TruthPlan } from './truth';

/**
 * What the scorer needs of the engine's reading: the fields of src/plan's Plan it compares. Kept
 * loose on actions so fields the engine does not produce yet read as absent.
 */
export interface EnginePlan {
  sheet: string;
  headerRow: number;
  columns: { field: string; col: number; original?: boolean; period?: string; year?: string }[];
  actions: EngineAction[];
  /** The plan's findings: one at an action's row, or a plan-level warning, makes its errors seen. */
  findings?: { severity: string; code: string; cell: SheetCell | null; message?: string }[];
}

export interface EngineAction {
  sheet: string;
  row: number;
  line: number;
  timescale?: { due?: string | null } | null;
  [field: string]: unknown;
}

/** Which corpus a workbook belongs to: rebuilt by our builders, or written by Excel as published. */
export type CorpusName = 'rebuilt' | 'real-excel';

/** Why a point was lost, for `--misses` to group by. */
export type MissKind =
  | 'phantom-on-sheet-without-plan'
  | 'phantom-on-plan-sheet'
  | 'plan-missed'
  | 'header-row'
  | 'column'
  | 'action-missing'
  | 'value';

export interface Miss {
  kind: MissKind;
  sheet: string;
  row?: number;
  /** The column field or action key concerned. */
  field?: string;
  /** A wrong value (or an overdue action not found) with no finding at its row or plan. */
  silent: boolean;
  /** For a phantom on a sheet without a plan: the truth's reason the sheet holds none. */
  why?: string;
  text: string;
}

export interface LayoutScore {
  name: string;
  kind: string;
  corpus: CorpusName;
  /** Labelled facts: one a plan, a column, an action and each labelled key of an action. */
  facts: number;
  right: number;
  /** Facts read right, as a percentage to one decimal (100 when nothing is labelled). */
  score: number;
  /** Plans the truth labels, and those of which the engine read no labelled action. */
  plans: number;
  plansMissed: number;
  /** Actions the engine reports at a row the truth holds no action at (each row and line once). */
  phantomActions: number;
  /** Wrong due date, state, rating, lead or money with no finding; overdue or money-carrying actions not read. */
  silentErrors: number;
  misses: Miss[];
}

/** Keys whose wrong value, unflagged, misleads a user: the silent-error keys. */
const SILENT_KEYS = new Set(['due', 'state', 'rag', 'lead', 'savings', 'forecast', 'shortfall']);
const MONEY_KEYS = new Set(['savings', 'forecast', 'shortfall']);

const hasMoney = (a: TruthAction) =>
  [a.savings, a.forecast, a.shortfall].some((v) => typeof v === 'number' && v !== 0);

/**
 * The column the engine reads a field from: never an original date kept beside a revised one; the
 * latest of one RAG column per period; a money field's own column before its columns a year.
 */
function readFrom(
  columns: EnginePlan['columns'],
  field: string
): EnginePlan['columns'][number] | undefined {
  const all = columns.filter((c) => c.field === field && !c.original);
  if (all.some((c) => c.period)) return all[all.length - 1];
  return all.find((c) => !c.year) ?? all[0];
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function fold(v: unknown): unknown {
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().toLowerCase() : v;
}

/** The engine's value for a truth key: `due` is the timescale's due date, the rest are action fields. */
function engineValue(action: EngineAction, key: string): unknown {
  if (key === 'due') return action.timescale?.due ?? null;
  if (key === 'originalDue')
    return (
      action.originalDue ??
      (action.timescale as Record<string, unknown> | null | undefined)?.originalDue ??
      null
    );
  return action[key];
}

export function sameValue(key: string, truth: unknown, engine: unknown): boolean {
  const t = fold(truth);
  const e = fold(engine);
  if (t === null || e === null) return t === e;
  if (MONEY_KEYS.has(key))
    return typeof e === 'number' && typeof t === 'number' && Math.abs(e - t) < 0.5;
  return t === e;
}

const rowKey = (sheet: string, row: number, line: number) => `${sheet}\u0000${row}\u0000${line}`;
const where = (sheet: string, row: number, line: number) =>
  `${sheet}!${row}${line > 1 ? ` line ${line}` : ''}`;

/** The sheet and A1 cell of a finding (Q2 plan, E7); null for a plan-level one. */
export function findingCell(cell: SheetCell | null): { sheet: string; cell: string } | null {
  return cell ? { sheet: cell.sheet, cell: a1(cell.row, cell.col) } : null;
}

/**
 * Findings that only draw a conclusion from the reading ("Green but overdue" on a deadline that is
 * really a meeting date): they do not tell the user the reading may be wrong, so they leave an
 * error silent.
 */
const JUDGEMENTS = new Set([
  'green-but-overdue',
  'red-but-complete',
  'red-but-on-target',
  'green-but-short',
  'shortfall-mismatch',
  'totals-mismatch',
]);

/** The columns a key is read from: a state comes from the timescale, the stage and the rating. */
const KEY_FIELDS: Record<string, string[]> = {
  due: ['timescale'],
  state: ['timescale', 'stage', 'rag'],
  rag: ['rag'],
  lead: ['lead'],
  savings: ['savings'],
  forecast: ['forecast'],
  shortfall: ['shortfall'],
};

/** The keys a plan-level "No ... column" warning tells the user were not read. */
function keysOfMissingColumn(message: string): string[] {
  const m = /^No (\w+) column/.exec(message);
  if (!m) return [];
  const field = m[1].toLowerCase();
  return Object.keys(KEY_FIELDS).filter((k) => KEY_FIELDS[k].includes(field));
}

/**
 * Where the engine's findings make a wrong value seen: a finding (other than a judgement) at the
 * cell the value is in, as the truth labels its column, or at the cell the engine read it from;
 * or a plan-level warning or error (a "No RAG column" warning only for what that column gives).
 */
class Flags {
  private cells = new Set<string>();
  private plans = new Map<EnginePlan, Set<string>>();
  constructor(engine: EnginePlan[]) {
    for (const p of engine)
      for (const f of p.findings ?? []) {
        if (JUDGEMENTS.has(f.code)) continue;
        const at = findingCell(f.cell);
        if (at) this.cells.add(`${at.sheet}\u0000${at.cell}`);
        else if (f.severity === 'warning' || f.severity === 'error') {
          const keys = this.plans.get(p) ?? new Set<string>();
          const only = f.code === 'missing-column' ? keysOfMissingColumn(f.message ?? '') : ['*'];
          for (const k of only) keys.add(k);
          this.plans.set(p, keys);
        }
      }
  }
  /** A finding at the row, or a plan-level warning on a plan of the sheet. */
  rowSeen(sheet: string, row: number): boolean {
    for (const cell of this.cells) {
      const [s, c] = cell.split('\u0000');
      if (s === sheet && Number(/\d+$/.exec(c)?.[0]) === row) return true;
    }
    for (const plan of this.plans.keys()) if (plan.sheet === sheet) return true;
    return false;
  }
  seen(found: Found, key: string, truthColumns: Record<string, string>): boolean {
    const keys = this.plans.get(found.plan);
    if (keys && (keys.has('*') || keys.has(key))) return true;
    const { action } = found;
    // The column each field was read from, on the action's row.
    const read = (action.cols ?? {}) as Record<string, number | undefined>;
    for (const field of KEY_FIELDS[key] ?? []) {
      const labelled = truthColumns[field];
      const col = read[field];
      const at = [
        labelled ? `${labelled.toUpperCase()}${action.row}` : null,
        col === undefined ? null : a1(action.row, col),
      ];
      for (const cell of at)
        if (cell && this.cells.has(`${action.sheet}\u0000${cell.replace(/\$/g, '').toUpperCase()}`))
          return true;
    }
    return false;
  }
}

/** The engine plan to compare columns with: the one at the labelled header row, else the nearest on the sheet. */
function counterpart(plan: TruthPlan, engine: EnginePlan[]): EnginePlan | null {
  const onSheet = engine.filter((p) => p.sheet === plan.sheet);
  if (onSheet.length === 0) return null;
  return onSheet.reduce((best, p) =>
    Math.abs(p.headerRow - plan.headerRow) < Math.abs(best.headerRow - plan.headerRow) ? p : best
  );
}

interface Found {
  action: EngineAction;
  plan: EnginePlan;
}

class Tally {
  facts = 0;
  right = 0;
  plansMissed = 0;
  phantomActions = 0;
  silentErrors = 0;
  misses: Miss[] = [];
  point(ok: boolean, miss: () => Omit<Miss, 'silent'> & { silent?: boolean }): void {
    this.facts++;
    if (ok) this.right++;
    else this.lose(miss());
  }
  lose(m: Omit<Miss, 'silent'> & { silent?: boolean }): void {
    const miss: Miss = { ...m, silent: m.silent ?? false };
    if (miss.silent) this.silentErrors++;
    this.misses.push(miss);
  }
}

function scoreAction(
  t: Tally,
  plan: TruthPlan,
  truth: TruthAction,
  found: Found | undefined,
  flags: Flags
): void {
  const { sheet } = plan;
  const at = where(sheet, truth.row, truth.line);
  const base = { sheet, row: truth.row };
  // An overdue action, or one carrying money, that the engine does not read leaves the overdue
  // list or the totals wrong: silent unless a finding names its row or the plan stops with a warning.
  const why = truth.state === 'overdue' ? 'overdue' : hasMoney(truth) ? 'carries money' : null;
  t.point(found !== undefined, () => ({
    ...base,
    kind: 'action-missing',
    silent: why !== null && !flags.rowSeen(sheet, truth.row),
    text: `${at}: action not found${why ? ` (${why})` : ''}`,
  }));
  const keys = Object.entries(truth).filter(([key]) => key !== 'row' && key !== 'line');
  // An action not read loses each of its labelled keys too (one miss line says so).
  if (!found) return void (t.facts += keys.length);
  for (const [key, want] of keys) {
    const got = engineValue(found.action, key);
    t.point(sameValue(key, want, got), () => ({
      ...base,
      kind: 'value',
      field: key,
      silent: SILENT_KEYS.has(key) && !flags.seen(found, key, plan.columns),
      text: `${at} ${key}: want ${JSON.stringify(want)}, got ${JSON.stringify(got ?? null)}`,
    }));
  }
}

function scorePlan(
  t: Tally,
  plan: TruthPlan,
  engine: EnginePlan[],
  found: Map<string, Found>,
  flags: Flags
): void {
  const anyRead = plan.actions.some((a) => found.has(rowKey(plan.sheet, a.row, a.line)));
  const atHeader = engine.some((p) => p.sheet === plan.sheet && p.headerRow === plan.headerRow);
  if (!(plan.actions.length > 0 ? anyRead : atHeader)) {
    t.plansMissed++;
    t.lose({
      kind: 'plan-missed',
      sheet: plan.sheet,
      row: plan.headerRow,
      text: `${plan.sheet}: plan with header row ${plan.headerRow} missed (none of its ${plan.actions.length} actions read)`,
    });
  }
  t.point(atHeader, () => ({
    kind: 'header-row',
    sheet: plan.sheet,
    row: plan.headerRow,
    text: `${plan.sheet}: no plan with header row ${plan.headerRow} (engine: ${
      engine
        .filter((p) => p.sheet === plan.sheet)
        .map((p) => p.headerRow)
        .join(', ') || 'none'
    })`,
  }));
  const mate = counterpart(plan, engine);
  for (const [field, letter] of Object.entries(plan.columns)) {
    const got = mate ? readFrom(mate.columns, field) : undefined;
    const gotLetter = got ? columnLetter(got.col) : null;
    t.point(gotLetter === letter.toUpperCase(), () => ({
      kind: 'column',
      sheet: plan.sheet,
      field,
      text: `${plan.sheet} column ${field}: want ${letter}, got ${gotLetter ?? 'none'}`,
    }));
  }
  for (const a of plan.actions)
    scoreAction(t, plan, a, found.get(rowKey(plan.sheet, a.row, a.line)), flags);
}

/** Every action the engine reports at a row the truth holds no action at is a phantom, once. */
function countPhantoms(t: Tally, truth: Truth, engine: EnginePlan[]): void {
  const why = new Map(truth.notPlans.map((n) => [n.sheet, n.why]));
  const labelled = new Set(
    truth.plans.flatMap((p) => p.actions.map((a) => rowKey(p.sheet, a.row, a.line)))
  );
  const seen = new Set<string>();
  for (const p of engine)
    for (const a of p.actions) {
      const key = rowKey(a.sheet, a.row, a.line);
      if (labelled.has(key) || seen.has(key)) continue;
      seen.add(key);
      t.phantomActions++;
      const reason = why.get(a.sheet);
      t.lose({
        kind: reason === undefined ? 'phantom-on-plan-sheet' : 'phantom-on-sheet-without-plan',
        sheet: a.sheet,
        row: a.row,
        why: reason,
        text: `${where(a.sheet, a.row, a.line)}: an action the truth does not have${
          reason === undefined ? '' : ` (sheet holds no plan: ${reason})`
        }`,
      });
    }
}

/** One workbook's score: the truth's labelled facts against what the engine read from its sheets. */
export function scoreLayout(
  truth: Truth,
  engine: EnginePlan[],
  corpus: CorpusName = 'rebuilt'
): LayoutScore {
  const t = new Tally();
  const found = new Map<string, Found>();
  for (const plan of engine)
    for (const action of plan.actions) {
      const key = rowKey(action.sheet, action.row, action.line);
      if (!found.has(key)) found.set(key, { action, plan });
    }
  const flags = new Flags(engine);
  for (const plan of truth.plans) scorePlan(t, plan, engine, found, flags);
  countPhantoms(t, truth, engine);
  return {
    name: truth.name,
    kind: truth.source.kind,
    corpus,
    facts: t.facts,
    right: t.right,
    score: percent(t.right, t.facts),
    plans: truth.plans.length,
    plansMissed: t.plansMissed,
    phantomActions: t.phantomActions,
    silentErrors: t.silentErrors,
    misses: t.misses,
  };
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;
}

export interface Totals {
  layouts: number;
  facts: number;
  right: number;
  /** Facts read right over all the layouts, as a percentage to one decimal. */
  score: number;
  plans: number;
  plansMissed: number;
  phantomActions: number;
  silentErrors: number;
}

/** Totals over several layouts: facts and the counts added up, facts right over all facts. */
export function totals(scores: LayoutScore[]): Totals {
  const sum = (f: (l: LayoutScore) => number) => scores.reduce((s, l) => s + f(l), 0);
  const facts = sum((l) => l.facts);
  const right = sum((l) => l.right);
  return {
    layouts: scores.length,
    facts,
    right,
    score: percent(right, facts),
    plans: sum((l) => l.plans),
    plansMissed: sum((l) => l.plansMissed),
    phantomActions: sum((l) => l.phantomActions),
    silentErrors: sum((l) => l.silentErrors),
  };
}

export function totalsByKind(scores: LayoutScore[]): Record<string, Totals> {
  const out: Record<string, Totals> = {};
  for (const kind of [...new Set(scores.map((s) => s.kind))].sort())
    out[kind] = totals(scores.filter((s) => s.kind === kind));
  return out;
}
