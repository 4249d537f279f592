/**
 * A refresh's second half, once the plans are read (workflow.ts): the summary sheets built by the
 * one pipeline (report/pipeline.ts) and written through the ExcelPort, with progress and the
 * outcome the pane and the ribbon show. A chunk of its own, fetched at the first refresh: the
 * layouts and the writer are not needed to show a plan.
 */
import { snapshotInfos, type CheckOptions, type Plan } from '../plan';
import type { HistoryReading } from '../report/historyRead';
import { SAY } from '../report/messages';
import { refreshFromPlans, type OurSheet, type RefreshBuild } from '../report/pipeline';
import {
  BaselineNotFound,
  RefreshCancelled,
  type ExcelPort,
  type RefreshOptions,
  type RefreshOutcome,
  type WriteResult,
} from './workflow';

/** What the first half read: the plans to summarise, the options to read them by, and what is kept. */
export interface ReadForRefresh {
  plans: Plan[];
  options: CheckOptions;
  history: HistoryReading;
  ourSheets: OurSheet[];
}

/** Builds the sheets and writes them; throws BaselineNotFound or RefreshCancelled before any write. */
export async function buildAndWrite(
  excel: Pick<ExcelPort, 'writeSummarySheets'>,
  read: ReadForRefresh,
  options: RefreshOptions
): Promise<RefreshOutcome> {
  const { history, ourSheets, plans } = read;
  const refreshedAt = (options.now ?? new Date()).toISOString();
  const build = refreshFromPlans(plans, read.options, refreshedAt, {
    history,
    ourSheets,
    choice: options.choice,
  });
  if (build.history.missed) throw new BaselineNotFound(build.history.missed);
  if (options.signal?.aborted) throw new RefreshCancelled();
  const result = await write(excel, build, options);
  options.onProgress?.({
    phase: 'done',
    fraction: 1,
    label: SAY.refreshed(result.written, plans.length),
    cancellable: false,
  });
  const keptTo = result.written.filter((w) => w.key === 'kept');
  return {
    ...result,
    plans: plans.length,
    actions: build.summary.actions,
    changes: build.history.changes,
    kept: build.kept.map((k, i) => ({ ...k, to: keptTo[i]?.name ?? '' })),
    historyProblems: build.historyProblems,
    snapshot: build.history.kept ? snapshotInfos([build.history.kept])[0] : null,
  };
}

const WRITE_PHASE: Record<string, string> = {
  writing: 'Writing',
  formatting: 'Formatting',
  charts: 'Drawing charts on',
};
const PHASE_SHARE: Record<string, number> = { writing: 0.2, formatting: 0.6, charts: 0.9 };

/** The writer's progress as the pane shows it; cancellable until the writer's first change. */
function write(
  excel: Pick<ExcelPort, 'writeSummarySheets'>,
  build: RefreshBuild,
  { onProgress = () => undefined, signal }: RefreshOptions
): Promise<WriteResult> {
  let cancellable = true;
  const count = build.specs.length;
  onProgress({
    phase: 'writing',
    fraction: 0.4,
    label: `Getting ready to write ${count} summary sheets…`,
    cancellable,
  });
  return excel.writeSummarySheets(build.specs, {
    signal,
    setAside: build.setAside,
    onCommitted: () => {
      cancellable = false;
    },
    onProgress: (p) => {
      const n = Math.min(Math.max(1, p.count), p.index + 1);
      onProgress({
        phase: 'writing',
        fraction: 0.4 + 0.6 * ((p.index + PHASE_SHARE[p.phase]) / Math.max(1, p.count)),
        label: `${WRITE_PHASE[p.phase]} summary sheet ${n} of ${p.count}: ${p.sheet}…`,
        cancellable,
      });
    },
  });
}
