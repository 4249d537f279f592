import type { Truth, TruthAction, TruthPlan } from './truth';

/**
 * What the scorer needs of the engine's reading: the fields of src/plan's Plan it compares. Kept
 * loose on actions so fields the engine does not produce yet (originalDue, shortfall) read as absent.
 */
export interface EnginePlan {
  sheet: string;
  headerRow: number;
  columns: { field: string; col: number; original?: boolean; period?: string; year?: string }[];
  actions: EngineAction[];
}

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
export interface EngineAction {
  sheet: string;
  row: number;
  line: number;
  timescale?: { due?: string | null } | null;
  [field: string]: unknown;
}

export interface LayoutScore {
  name: string;
  kind: string;
  /** Labelled facts: one a plan, a column, an action and each labelled key of an action. */
  facts: number;
  right: number;
  /** Points lost: a not-plan sheet read as a plan, an action the truth does not have. */
  lost: number;
  /** max(0, right - lost) / facts, as a percentage to one decimal. */
  score: number;
  /** Overdue not flagged, or complete/paused/cancelled flagged overdue. */
  silentErrors: number;
  /** One line per lost point or silent error, for a reader chasing a score. */
  misses: string[];
}

const MONEY_KEYS = new Set(['savings', 'forecast', 'shortfall']);

function columnLetter(col: number): string {
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

/** The engine plan to compare columns with: the one at the labelled header row, else the nearest on the sheet. */
function counterpart(plan: TruthPlan, engine: EnginePlan[]): EnginePlan | null {
  const onSheet = engine.filter((p) => p.sheet === plan.sheet);
  if (onSheet.length === 0) return null;
  return onSheet.reduce((best, p) =>
    Math.abs(p.headerRow - plan.headerRow) < Math.abs(best.headerRow - plan.headerRow) ? p : best
  );
}

class Tally {
  facts = 0;
  right = 0;
  lost = 0;
  silentErrors = 0;
  misses: string[] = [];
  point(ok: boolean, what: () => string): void {
    this.facts++;
    if (ok) this.right++;
    else this.misses.push(what());
  }
}

function scoreAction(
  t: Tally,
  sheet: string,
  truth: TruthAction,
  engine: EngineAction | undefined
): void {
  const where = `${sheet}!${truth.row}${truth.line > 1 ? ` line ${truth.line}` : ''}`;
  t.point(engine !== undefined, () => `${where}: action not found`);
  for (const [key, want] of Object.entries(truth)) {
    if (key === 'row' || key === 'line') continue;
    const got = engine ? engineValue(engine, key) : undefined;
    t.point(
      engine !== undefined && sameValue(key, want, got),
      () =>
        `${where} ${key}: want ${JSON.stringify(want)}, got ${engine ? JSON.stringify(got ?? null) : 'no action'}`
    );
  }
  const state = engine?.state;
  if (truth.state === 'overdue' && state !== 'overdue') {
    t.silentErrors++;
    t.misses.push(`SILENT ${where}: overdue, engine says ${JSON.stringify(state ?? 'no action')}`);
  }
  if (
    (truth.state === 'complete' || truth.state === 'paused' || truth.state === 'cancelled') &&
    state === 'overdue'
  ) {
    t.silentErrors++;
    t.misses.push(`SILENT ${where}: ${truth.state}, engine says overdue`);
  }
}

function scorePlan(
  t: Tally,
  plan: TruthPlan,
  engine: EnginePlan[],
  actions: Map<string, EngineAction>
): void {
  t.point(
    engine.some((p) => p.sheet === plan.sheet && p.headerRow === plan.headerRow),
    () =>
      `${plan.sheet}: no plan with header row ${plan.headerRow} (engine: ${
        engine
          .filter((p) => p.sheet === plan.sheet)
          .map((p) => p.headerRow)
          .join(', ') || 'none'
      })`
  );
  const mate = counterpart(plan, engine);
  for (const [field, letter] of Object.entries(plan.columns)) {
    const got = mate ? readFrom(mate.columns, field) : undefined;
    const gotLetter = got ? columnLetter(got.col) : null;
    t.point(
      gotLetter === letter.toUpperCase(),
      () => `${plan.sheet} column ${field}: want ${letter}, got ${gotLetter ?? 'none'}`
    );
  }
  for (const a of plan.actions)
    scoreAction(t, plan.sheet, a, actions.get(rowKey(plan.sheet, a.row, a.line)));
}

function penalise(t: Tally, truth: Truth, engine: EnginePlan[]): void {
  const notPlans = new Set(truth.notPlans.map((n) => n.sheet));
  const labelled = new Set(
    truth.plans.flatMap((p) => p.actions.map((a) => rowKey(p.sheet, a.row, a.line)))
  );
  const penalisedSheets = new Set<string>();
  const extra = new Set<string>();
  for (const p of engine) {
    if (notPlans.has(p.sheet)) {
      if (!penalisedSheets.has(p.sheet)) {
        penalisedSheets.add(p.sheet);
        t.lost++;
        t.misses.push(`${p.sheet}: read as a plan but it is not one`);
      }
      continue;
    }
    for (const a of p.actions) {
      const key = rowKey(a.sheet, a.row, a.line);
      // An unlabelled row read by several of the engine's tables is still one wrong action.
      if (labelled.has(key) || extra.has(key)) continue;
      extra.add(key);
      t.lost++;
      t.misses.push(
        `${a.sheet}!${a.row}${a.line > 1 ? ` line ${a.line}` : ''}: an action the truth does not have`
      );
    }
  }
}

/** One fixture's score: the truth's labelled facts against what the engine read from its sheets. */
export function scoreLayout(truth: Truth, engine: EnginePlan[]): LayoutScore {
  const t = new Tally();
  const actions = new Map<string, EngineAction>();
  for (const p of engine)
    for (const a of p.actions)
      if (!actions.has(rowKey(a.sheet, a.row, a.line)))
        actions.set(rowKey(a.sheet, a.row, a.line), a);
  for (const plan of truth.plans) scorePlan(t, plan, engine, actions);
  penalise(t, truth, engine);
  return {
    name: truth.name,
    kind: truth.source.kind,
    facts: t.facts,
    right: t.right,
    lost: t.lost,
    // A workbook with nothing to find scores 100 unless the engine found something there.
    score: t.facts === 0 && t.lost > 0 ? 0 : percent(Math.max(0, t.right - t.lost), t.facts),
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
  net: number;
  score: number;
  silentErrors: number;
}

/** Totals over several layouts: net points (each layout's right less lost, never below 0) over facts. */
export function totals(scores: LayoutScore[]): Totals {
  const facts = scores.reduce((s, l) => s + l.facts, 0);
  const net = scores.reduce((s, l) => s + Math.max(0, l.right - l.lost), 0);
  return {
    layouts: scores.length,
    facts,
    net,
    score: percent(net, facts),
    silentErrors: scores.reduce((s, l) => s + l.silentErrors, 0),
  };
}

export function totalsByKind(scores: LayoutScore[]): Record<string, Totals> {
  const out: Record<string, Totals> = {};
  for (const kind of [...new Set(scores.map((s) => s.kind))].sort())
    out[kind] = totals(scores.filter((s) => s.kind === kind));
  return out;
}
