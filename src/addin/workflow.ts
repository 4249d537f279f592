/**
 * The add-in's one path for the task pane and the ribbon alike: find every plan in the workbook,
 * check one, and refresh the summary sheets through the shared pipeline (report/pipeline.ts, the
 * same one the command line runs). Neither React nor Office.js: the Office.js calls come through
 * an ExcelPort, so tests pass a fake and the ribbon and pane cannot drift apart.
 */
import {
  defaultOptions,
  planKey,
  pushAll,
  readPlans,
  summarise,
  type CheckOptions,
  type ColumnOverrides,
  type Grid,
  type Plan,
  type SheetCell,
  type SheetRange,
  type Summary,
  type Changes,
  type HistoryChoice,
  type Since,
  type SnapshotInfo,
  cleanName,
  nameProblem,
  sinceWords,
  snapshotInfos,
} from '../plan';
import { describeProblem, PROBLEMS, SAY } from '../report/messages';
import { pickedPlans, planGrids } from '../report/planSheets';
import { readHistory, type HistoryProblem, type HistoryReading } from '../report/historyRead';
import { historySheet } from '../report/historySheet';
import type { OurSheet } from '../report/pipeline';
import { keyOfWorkbook, withWorkbookKey, type WorkbookKey } from '../report/reading';
import type { SheetSpec } from '../report/sheetSpec';
import type {
  FlagOutcome,
  PlanSource,
  StoredSettings,
  UndoOutcome,
  WriteOptions,
  WriteResult,
} from '../excel';
import { oneRefreshAtATime, type RefreshBy } from './refreshLock';

export type {
  PlanSource,
  StoredSettings,
  UndoOutcome,
  WriteOptions,
  WriteProgress,
  WriteResult,
} from '../excel';
export type { FlagOutcome } from '../excel';

/** The part of the Office.js adapter the workflow uses; injected so tests can pass a fake. */
export interface ExcelPort {
  findPlanSources(): Promise<PlanSource[]>;
  readGrids(sources: PlanSource[]): Promise<Grid[]>;
  selectCell(cell: SheetCell): Promise<void>;
  writeSummarySheets(specs: SheetSpec[], options: WriteOptions): Promise<WriteResult>;
  setFlagInPlace(plan: Plan, on: boolean): Promise<FlagOutcome>;
  readFlagState(plan: Plan): Promise<boolean>;
  loadSettings(): Promise<StoredSettings>;
  saveSettings(settings: StoredSettings): Promise<void>;
  /** The range the user has selected (for "Use the selected range as a plan"). */
  readSelectedRange?(): Promise<SheetRange>;
}

/** A plan found in the workbook, with the grid it was read from (kept so overrides re-read it without Excel). */
export interface FoundPlan {
  key: string;
  source: PlanSource;
  grid: Grid;
  plan: Plan;
  /** The workbook's RAG key (from a Key sheet) and the ratings it says are complete, kept for re-reading. */
  workbookKey?: WorkbookKey;
}

/** Check options from saved settings; an unset as-of date means today. */
export function optionsFrom(settings: StoredSettings): CheckOptions {
  return defaultOptions({
    asOf: settings.asOf ?? undefined,
    dueSoonDays: settings.dueSoonDays,
    blueMeans: settings.blueMeans,
    overrides: settings.overrides,
    pointed: settings.pointed,
  });
}

/** Reads every plan in the workbook (never our own sheets), in workbook order whatever sheet is active. */
export async function findPlans(excel: ExcelPort, settings: StoredSettings): Promise<FoundPlan[]> {
  return (await readWorkbook(excel, settings, false)).found;
}

/** What a refresh reads besides the plans: the history earlier refreshes kept, and our sheets as they are. */
export interface Kept {
  history: HistoryReading;
  ourSheets: OurSheet[];
}

/** The history and our sheets as they are: what a roll-up into this workbook keeps (rollup.ts). */
export async function keptSheets(excel: PlanReader, settings: StoredSettings): Promise<Kept> {
  const { history, ourSheets } = await readWorkbook(excel, settings, true);
  return { history, ourSheets };
}

/** The plans, and (for a refresh) the history and our sheets as they are, read in the same requests. */
/** The part of the port that reads the workbook. */
type PlanReader = Pick<ExcelPort, 'findPlanSources' | 'readGrids'>;

async function readWorkbook(
  excel: PlanReader,
  settings: StoredSettings,
  withHistory: boolean
): Promise<{ found: FoundPlan[] } & Kept> {
  const all = await excel.findPlanSources();
  const sources = all.filter((s) => s.kind === 'table' || s.kind === 'range');
  const ours = withHistory ? all.filter((s) => s.kind === 'history' || s.kind === 'ours') : [];
  const grids = await excel.readGrids([...sources, ...ours]);
  const ourGrids = ours.map((source, i) => ({ source, grid: grids[sources.length + i] }));
  const historyGrid = ourGrids.find((o) => o.source.kind === 'history')?.grid;
  const ourSheets = ourGrids.flatMap(({ source, grid }) =>
    source.kind === 'ours' && source.key && grid
      ? [{ key: source.key, sheet: source.sheet, grid }]
      : []
  );
  const history = readHistory(historyGrid);
  const planSheets = grids.slice(0, sources.length);
  const kept = new Set(planGrids(planSheets, []));
  // The same reading rule as the pipeline: the workbook's RAG key from its Key sheet, if any.
  const workbookKey = keyOfWorkbook(planSheets);
  const found = sources.flatMap((source, i) =>
    kept.has(planSheets[i]) ? plansOf(source, planSheets[i], settings, workbookKey) : []
  );
  return { found: dedupe(found), history, ourSheets };
}

/** The plan to show first: the active sheet's, else the first. */
export function activePlan(found: FoundPlan[]): string | null {
  return (found.find((f) => f.source.active) ?? found[0])?.key ?? null;
}

/** Re-reads plans from grids already fetched: a changed mapping or as-of date needs no Excel round trip. */
export function rereadPlans(found: FoundPlan[], settings: StoredSettings): FoundPlan[] {
  const seen = new Set<Grid>();
  const out: FoundPlan[] = [];
  for (const f of found) {
    if (seen.has(f.grid)) continue;
    seen.add(f.grid);
    pushAll(out, plansOf(f.source, f.grid, settings, f.workbookKey));
  }
  return dedupe(out);
}

function plansOf(
  source: PlanSource,
  grid: Grid,
  settings: StoredSettings,
  workbookKey: WorkbookKey | undefined
): FoundPlan[] {
  return readPlans(grid, withWorkbookKey(optionsFrom(settings), workbookKey)).map((plan) => ({
    key: planKey(plan),
    source,
    grid,
    plan,
    workbookKey,
  }));
}

/** A table found both as a ListObject and inside the used range is one plan, not two. */
function dedupe(found: FoundPlan[]): FoundPlan[] {
  const byKey = new Map<string, FoundPlan>();
  for (const f of found) if (!byKey.has(f.key)) byKey.set(f.key, f);
  return [...byKey.values()];
}

/** The plan to show for a sheet: its first plan, else the one already shown. */
export function planForSheet(
  found: FoundPlan[],
  sheet: string,
  current: string | null
): string | null {
  return found.find((f) => f.plan.sheet === sheet)?.key ?? current ?? found[0]?.key ?? null;
}

/** The check of one plan: its findings and its overdue and due-soon actions on the as-of date. */
export function checkPlan(found: FoundPlan, settings: StoredSettings): Summary {
  return summarise([found.plan], optionsFrom(settings));
}

export type RefreshPhase = 'reading' | 'checking' | 'writing' | 'done';

export interface RefreshProgress {
  phase: RefreshPhase;
  /** 0..1 for the progress bar. */
  fraction: number;
  /** Plain words for the label and the screen reader. */
  label: string;
  /** False once the write has started: a cancel can no longer stop anything. */
  cancellable: boolean;
}

export interface RefreshOutcome extends WriteResult {
  plans: number;
  actions: number;
  /** What changed since the baseline (the refresh before, or the chosen snapshot), as the Summary shows it; null on the first refresh. */
  changes: Changes | null;
  /** What a user typed on our sheets, kept on new sheets: from which sheet, how many cells, to which (SAY.kept words it). */
  kept: { from: string; cells: number; to: string }[];
  /** Rows of the history sheet not read as written (SAY.historyProblems words them; also on the Data quality sheet). */
  historyProblems: HistoryProblem[];
  /** The snapshot this refresh kept (its number and name); null when looking back. */
  snapshot: SnapshotInfo | null;
}

/** Thrown when the user cancels before anything was written. */
export class RefreshCancelled extends Error {
  readonly kind = 'cancelled' as const;
  constructor() {
    super('');
    this.name = 'RefreshCancelled';
  }
}

/** The snapshot the user chose to compare with is no longer kept (thinned, or the history was damaged). */
export class BaselineNotFound extends Error {
  readonly kind = 'no-baseline' as const;
  constructor(readonly since: Since) {
    super(`The workbook no longer keeps ${sinceWords(since)}; nothing was changed.`);
    this.name = 'BaselineNotFound';
  }
}

/** The workbook has nothing that looks like a plan (outside our own sheets). */
export class NoPlanFound extends Error {
  readonly kind = 'no-plan' as const;
  constructor() {
    // The title alone: describeProblem adds what a plan is and what to do.
    super(PROBLEMS['no-plan'].title);
    this.name = 'NoPlanFound';
  }
}

export interface RefreshOptions {
  onProgress?: (p: RefreshProgress) => void;
  signal?: AbortSignal;
  now?: Date;
  /** Who asked (default the pane): a refresh asked for while another runs is refused, naming it. */
  by?: RefreshBy;
  /** What to compare with (a kept snapshot: baseline.ts) and a name for the snapshot kept. */
  choice?: HistoryChoice;
}

/**
 * Rebuilds the summary sheets from every plan in the workbook (or the picked ones), read afresh,
 * whatever sheet is active. Reports progress as the work happens; honours the abort signal until
 * the writer says the first change is on its way. One at a time: see refreshLock.ts.
 */
export async function refreshSummaries(
  excel: ExcelPort,
  settings: StoredSettings,
  options: RefreshOptions = {}
): Promise<RefreshOutcome> {
  return oneRefreshAtATime(options.by ?? 'pane', () => refreshNow(excel, settings, options));
}

async function refreshNow(
  excel: ExcelPort,
  settings: StoredSettings,
  options: RefreshOptions
): Promise<RefreshOutcome> {
  const { onProgress = () => undefined, signal } = options;
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new RefreshCancelled();
  };

  onProgress({ phase: 'reading', fraction: 0.05, label: 'Reading the plans…', cancellable: true });
  // The history and our sheets are read with the plans: the Summary says what changed since the
  // baseline, and what a user typed on our sheets is kept before they are rewritten.
  const { found, history, ourSheets } = await readWorkbook(excel, settings, true);
  stopIfCancelled();
  const plans = pickedPlans(
    found.map((f) => f.plan),
    settings.picked
  );
  if (plans.length === 0) throw new NoPlanFound();

  onProgress({
    phase: 'checking',
    fraction: 0.3,
    label: `Checking ${plans.length === 1 ? 'the plan' : `${plans.length} plans`}…`,
    cancellable: true,
  });
  // The sheets' layouts and the writer load with the first refresh (refreshWork.ts, a chunk of
  // its own): the pane's first view never writes, and they would be a tenth of its first load.
  const { buildAndWrite } = await import(/* webpackChunkName: "write" */ './refreshWork');
  stopIfCancelled();
  const readWith = withWorkbookKey(optionsFrom(settings), found[0]?.workbookKey);
  return buildAndWrite(excel, { plans, options: readWith, history, ourSheets }, options);
}

/** The history the workbook keeps, read on its own (for the baseline picker). */
async function readKept(excel: ExcelPort): Promise<HistoryReading> {
  const source = (await excel.findPlanSources()).find((s) => s.kind === 'history');
  if (!source) return readHistory(undefined);
  const [grid] = await excel.readGrids([source]);
  return readHistory(grid);
}

/** The snapshots the workbook keeps, newest first: number, as-of date, refresh time, name, count of actions. */
export async function listSnapshots(excel: ExcelPort): Promise<SnapshotInfo[]> {
  const history = await readKept(excel);
  return history.state === 'read' ? snapshotInfos(history.snapshots) : [];
}

/**
 * Gives kept snapshot `seq` a name ("Cabinet 12 January"), to compare with later; an empty name
 * takes the name away. Only the history sheet is written again. Throws BaselineNotFound when the
 * workbook no longer keeps that snapshot, and an Error with the reason when the name cannot be given.
 */
export async function nameSnapshot(
  excel: ExcelPort,
  seq: number,
  name: string
): Promise<SnapshotInfo> {
  const problem = name.trim() === '' ? null : nameProblem(name);
  if (problem) throw new Error(`${problem[0].toUpperCase()}${problem.slice(1)}.`);
  const history = await readKept(excel);
  const snapshots = history.state === 'read' ? history.snapshots : [];
  const target = snapshots.find((s) => s.seq === seq);
  if (!target) throw new BaselineNotFound({ kind: 'seq', seq });
  target.name = cleanName(name);
  await excel.writeSummarySheets([historySheet(snapshots, history.prints)], {});
  return snapshotInfos([target])[0];
}

/** A refresh that lists the changes since a kept snapshot the user picked (by number, date or name). */
export function refreshSince(
  excel: ExcelPort,
  settings: StoredSettings,
  since: Since,
  options: Omit<Parameters<typeof refreshSummaries>[2], 'choice'> = {}
): Promise<RefreshOutcome> {
  return refreshSummaries(excel, settings, { ...options, choice: { since } });
}

/** Settings with one field's column chosen (a letter), ignored (null), or back to automatic (undefined). */
export function withOverride(
  settings: StoredSettings,
  key: string,
  field: keyof ColumnOverrides,
  column: string | null | undefined
): StoredSettings {
  const current = { ...(settings.overrides[key] ?? {}) };
  if (column === undefined) delete current[field];
  else current[field] = column;
  const overrides = { ...settings.overrides };
  if (Object.keys(current).length === 0) delete overrides[key];
  else overrides[key] = current;
  return { ...settings, overrides };
}

/** What a new workbook starts with. */
export function defaultSettings(): StoredSettings {
  const d = defaultOptions();
  return {
    asOf: null,
    dueSoonDays: d.dueSoonDays,
    blueMeans: d.blueMeans,
    overrides: {},
    picked: null,
  };
}

/**
 * What to tell the user about undoing a change, as a problem for the message table: nothing when
 * it is one undo step, that Undo goes a part at a time, or that it cannot be undone.
 */
export function undoProblem(undo: UndoOutcome): { kind: 'undo' | 'no-undo' } | null {
  if (undo === 'one-step') return null;
  return { kind: undo === 'none' ? 'no-undo' : 'undo' };
}

/** One line for a ribbon outcome: what was refreshed, or the problem in the shared words. */
export function ribbonLine(
  outcome: RefreshOutcome | null,
  error?: unknown
): { ok: boolean; text: string } {
  if (outcome) {
    const problem = undoProblem(outcome.undo);
    const said = problem && describeProblem(problem);
    const undo = !said
      ? ''
      : problem.kind === 'no-undo'
        ? ` ${said.title}. ${said.body}`
        : ` ${said.body}`;
    // What the user must know besides: what they typed was kept, or the history was set aside.
    const kept = SAY.kept(outcome.kept ?? []);
    const setAside = outcome.setAside
      ? SAY.setAside(
          outcome.setAside.to,
          outcome.historyProblems?.[0]?.text ?? 'nothing on it could be read'
        )
      : null;
    const more = [kept, setAside]
      .filter(Boolean)
      .map((t) => ` ${t}`)
      .join('');
    return { ok: true, text: `${SAY.refreshed(outcome.written, outcome.plans)}${undo}${more}` };
  }
  const p = describeProblem(error);
  return { ok: false, text: `${p.title}. ${p.body}` };
}
