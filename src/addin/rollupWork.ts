/**
 * The roll-up's work in the pane, loaded only when a roll-up is asked for (rollup.ts): each
 * picked workbook read from its bytes by the file adapter's browser face, its plans read with its
 * own Key sheet's ratings (the pipeline's reading rule, as `rag-plan rollup` reads them), then the
 * one roll-up build (report/rollup) written into the open workbook by the Office.js writer.
 */
import type { CheckOptions } from '../plan';
import { ROLLUP_SAY, SAY } from '../report/messages';
import { plansIn } from '../report/reading';
import { buildRollup, type RollupBuild } from '../report/rollup/buildRollup';
import { namedByTitles, rollupSources, type RollupWorkbook } from '../report/rollup/rollupTypes';
import { RagPlanFileError, readWorkbookBytes } from '../xlsx/inBrowser';
import type { PickedFile, RolledUpWorkbook, RollupOutcome, RollupPort } from './rollup';
import { keptSheets, optionsFrom } from './workflow';

type Reading = { plans: RollupWorkbook['plans']; reason: string | null; title: string | null };

/** One picked workbook's plans, or the one line `rag-plan rollup` gives for why it cannot be read. */
async function readPicked(file: PickedFile, options: CheckOptions): Promise<Reading> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { grids, title, owned } = await readWorkbookBytes(bytes, file.name);
    const ours = new Set(owned.values());
    const plans = plansIn(
      grids.filter((g) => !ours.has(g.sheet)),
      options,
      ours,
      grids
    );
    return plans.length > 0
      ? { plans, reason: null, title }
      : { plans: null, reason: SAY.noPlanInFile, title: null };
  } catch (e) {
    if (e instanceof RagPlanFileError) return { plans: null, reason: e.reason, title: null };
    const why = (e as Error)?.message ?? String(e);
    return { plans: null, reason: `unexpected problem: ${why}`, title: null };
  }
}

async function readAll(files: PickedFile[], options: CheckOptions): Promise<RollupWorkbook[]> {
  // Picked files sit wherever the user keeps them: each is linked by its name alone.
  const sources = rollupSources(files.map((f) => ({ file: f.name, link: f.name })));
  const readings: Reading[] = [];
  for (const file of files) readings.push(await readPicked(file, options));
  const names = namedByTitles(
    sources,
    readings.map((r) => r.title)
  );
  return sources.map((s, i): RollupWorkbook => {
    const r = readings[i];
    return r.plans !== null
      ? { ...s, name: names[i], plans: r.plans, reason: null }
      : { ...s, name: names[i], plans: null, reason: r.reason ?? SAY.noPlanInFile };
  });
}

function workbooksOf(workbooks: RollupWorkbook[]): RolledUpWorkbook[] {
  return workbooks.map((w) => ({
    file: w.file,
    name: w.name,
    plans: w.plans?.length ?? 0,
    actions: w.plans?.reduce((n, p) => n + p.actions.length, 0) ?? 0,
    problem: w.reason === null ? null : new RagPlanFileError(w.file, w.reason).message,
  }));
}

function readLine(built: RollupBuild): string {
  const { plans, summary, byWorkbook, unread } = built;
  const total = byWorkbook.length + unread.length;
  return ROLLUP_SAY.read(plans.length, summary.actions, byWorkbook.length, total, summary.asOf);
}

/** Reads, builds and writes; the file names are remembered once the sheets are written. */
export async function rollUpNow(
  excel: RollupPort,
  files: PickedFile[],
  now: Date
): Promise<RollupOutcome> {
  const settings = await excel.loadSettings();
  const options = optionsFrom(settings);
  const workbooks = await readAll(files, options);
  const read = workbooksOf(workbooks);
  const problems = read.flatMap((w) => (w.problem ? [w.problem] : []));
  const kept = await keptSheets(excel, settings);
  const built = buildRollup({
    workbooks,
    options,
    refreshedAt: now.toISOString(),
    history: kept.history,
    ourSheets: kept.ourSheets,
  });
  if (!built)
    return { ok: false, lines: [ROLLUP_SAY.noneRead(files.length), ...problems], workbooks: read };
  const result = await excel.writeSummarySheets(built.specs, { setAside: built.setAside });
  await excel.saveSettings({ ...settings, rollupSources: files.map((f) => f.name) });
  return {
    ok: true,
    lines: [readLine(built), ...problems, ROLLUP_SAY.wrote(result.written)],
    workbooks: read,
  };
}
