/**
 * The task pane's and the ribbon's one path through the add-in: read the active sheet's plans,
 * check them, build the summary sheets and write them. The UI components only call these
 * functions, so the orchestration is the same from either entry point and testable without React.
 */
import {
  defaultOptions,
  planKey,
  readPlans,
  summarise,
  type CheckOptions,
  type ColumnOverrides,
  type Grid,
  type Plan,
  type Summary,
} from '../plan';
import { buildSheets } from '../report/buildSheets';
import type { SheetSpec } from '../report/sheetSpec';
import type { PlanSource, StoredSettings, WriteProgress, WriteResult } from '../excel/types';

export type { PlanSource, StoredSettings, WriteProgress, WriteResult } from '../excel/types';
/** The part of the Office.js adapter (src/excel) the UI uses; injected so tests can pass a fake. */
export interface ExcelPort {
  findPlanSources(): Promise<PlanSource[]>;
  readGrid(source: PlanSource): Promise<Grid>;
  selectCell(ref: string): Promise<void>;
  writeSummarySheets(
    specs: SheetSpec[],
    options: { onProgress?: (p: WriteProgress) => void; signal?: AbortSignal },
  ): Promise<WriteResult>;
  setFlagInPlace(source: PlanSource, plan: Plan, on: boolean): Promise<void>;
  loadSettings(): Promise<StoredSettings>;
  saveSettings(settings: StoredSettings): Promise<void>;
}

/** A plan found on the sheet, with the grid it was read from (kept so overrides re-read it without Excel). */
export interface FoundPlan {
  key: string;
  source: PlanSource;
  grid: Grid;
  plan: Plan;
}

/** Check options from saved settings; an unset as-of date means today. */
export function optionsFrom(settings: StoredSettings): CheckOptions {
  return defaultOptions({
    asOf: settings.asOf ?? undefined,
    dueSoonDays: settings.dueSoonDays,
    blueMeans: settings.blueMeans,
    overrides: settings.overrides,
  });
}

/** Reads every plan on the sources the adapter found (the active sheet's tables and used range). */
export async function findPlans(excel: ExcelPort, settings: StoredSettings): Promise<FoundPlan[]> {
  const sources = await excel.findPlanSources();
  const found: FoundPlan[] = [];
  for (const source of sources) {
    const grid = await excel.readGrid(source);
    found.push(...plansOf(source, grid, settings));
  }
  return dedupe(found);
}

/** Re-reads plans from grids already fetched: a changed mapping or as-of date needs no Excel round trip. */
export function rereadPlans(found: FoundPlan[], settings: StoredSettings): FoundPlan[] {
  const seen = new Set<Grid>();
  const out: FoundPlan[] = [];
  for (const f of found) {
    if (seen.has(f.grid)) continue;
    seen.add(f.grid);
    out.push(...plansOf(f.source, f.grid, settings));
  }
  return dedupe(out);
}

function plansOf(source: PlanSource, grid: Grid, settings: StoredSettings): FoundPlan[] {
  return readPlans(grid, optionsFrom(settings)).map((plan) => ({ key: planKey(plan), source, grid, plan }));
}

/** A table found both as a ListObject and inside the used range is one plan, not two. */
function dedupe(found: FoundPlan[]): FoundPlan[] {
  const byKey = new Map<string, FoundPlan>();
  for (const f of found) if (!byKey.has(f.key)) byKey.set(f.key, f);
  return [...byKey.values()];
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
}

export interface RefreshOutcome extends WriteResult {
  plans: number;
  actions: number;
}

/** Thrown when the user cancels before anything was written. */
export class RefreshCancelled extends Error {
  readonly kind = 'cancelled' as const;
  constructor() {
    super('Refresh cancelled.');
    this.name = 'RefreshCancelled';
  }
}

/**
 * Rebuilds the summary sheets from every plan on the active sheet, read afresh: reading,
 * checking, then writing sheet by sheet. Reports progress; honours the abort signal between
 * phases and passes it to the writer.
 */
export async function refreshSummaries(
  excel: ExcelPort,
  settings: StoredSettings,
  options: { onProgress?: (p: RefreshProgress) => void; signal?: AbortSignal; now?: Date } = {},
): Promise<RefreshOutcome> {
  const { onProgress = () => undefined, signal } = options;
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new RefreshCancelled();
  };

  onProgress({ phase: 'reading', fraction: 0.05, label: 'Reading the plan…' });
  const found = await findPlans(excel, settings);
  stopIfCancelled();
  if (found.length === 0) {
    throw new NoPlanFound();
  }

  onProgress({ phase: 'checking', fraction: 0.3, label: 'Checking the plan…' });
  const plans = found.map((f) => f.plan);
  const summary = summarise(plans, optionsFrom(settings));
  const specs = buildSheets(summary, plans, {
    refreshedAt: (options.now ?? new Date()).toISOString(),
    source: summary.sources.join(', '),
  });
  stopIfCancelled();

  onProgress({ phase: 'writing', fraction: 0.4, label: `Writing summary sheet 1 of ${specs.length}…` });
  const result = await excel.writeSummarySheets(specs, {
    signal,
    onProgress: (p) => {
      const count = Math.max(1, p.count);
      const n = Math.min(count, p.index + 1);
      onProgress({
        phase: 'writing',
        fraction: 0.4 + 0.6 * (n / count),
        label: `${WRITE_PHASE[p.phase] ?? 'Writing'} summary sheet ${n} of ${count}: ${p.sheet}…`,
      });
    },
  });
  onProgress({ phase: 'done', fraction: 1, label: `Wrote ${result.written.length} summary sheets.` });
  return { ...result, plans: plans.length, actions: summary.actions };
}

const WRITE_PHASE: Record<string, string> = { writing: 'Writing', formatting: 'Formatting', charts: 'Drawing charts on' };

/** The active sheet has nothing that looks like a plan. */
export class NoPlanFound extends Error {
  readonly kind = 'no-plan' as const;
  constructor() {
    super(
      'No action plan was found on this sheet. Select the sheet that holds the plan: a table with headers such as Action, Lead, Timescale and RAG.',
    );
    this.name = 'NoPlanFound';
  }
}

/** Settings with one field's column chosen (a letter), ignored (null), or back to automatic (undefined). */
export function withOverride(
  settings: StoredSettings,
  key: string,
  field: keyof ColumnOverrides,
  column: string | null | undefined,
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
  return { asOf: null, dueSoonDays: d.dueSoonDays, blueMeans: d.blueMeans, overrides: {} };
}
