/**
 * Writing the summary sheets. One sync inspects the workbook (sheet names, our RagPlan_* names),
 * one more reads the A1 of sheets those names point at (only when there are any), then everything
 * is queued and sent: one sync when it fits the request budget, row blocks in a few syncs when not.
 *
 * Cancelling: the signal is checked before anything is queued, so a cancel up to then changes
 * nothing. Once writing has started the refresh runs to the end — a half-written summary would be
 * worse than a finished one — and the signal is not checked again.
 */
import type { SheetKey, SheetSpec } from '../report/sheetSpec';
import { COMMAND_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES, RequestBudget } from './budget';
import { holdsTitle, OWNER_NAMES, ownerTarget, placeSheets } from './ownership';
import { problem } from './problem';
import { runExcel } from './run';
import { queueSheetContent } from './sheetContent';
import { supportInfo } from './support';
import type { WriteOptions, WriteResult } from './types';

/** The last write's syncs and estimated request sizes, for tests and the benchmark. */
export const lastWriteStats = { syncs: 0, requestBytes: [] as number[] };

export async function writeSummarySheets(specs: SheetSpec[], opts: WriteOptions = {}): Promise<WriteResult> {
  const { signal, onProgress } = opts;
  if (signal?.aborted) throw problem('cancelled');
  const support = supportInfo();

  return runExcel(async (context) => {
    const workbook = context.workbook;
    const sheets = workbook.worksheets;
    sheets.load('items/name,items/position');
    const names = workbook.names;
    names.load('items/name,items/formula');
    await context.sync();
    let syncs = 1;

    const byLower = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
    const nameItems = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
    const candidates = specs.flatMap((spec) => {
      const item = nameItems.get(OWNER_NAMES[spec.key].toLowerCase());
      const target = ownerTarget(item?.formula);
      const sheet = target ? byLower.get(target.toLowerCase()) : undefined;
      if (!sheet) return [];
      const a1 = sheet.getRange('A1');
      a1.load('values');
      return [{ spec, sheet, a1 }];
    });
    if (candidates.length > 0) {
      await context.sync();
      syncs += 1;
    }
    const owned = new Map<SheetKey, string>();
    const positions = new Map<string, number>();
    for (const c of candidates) {
      if (!holdsTitle(c.a1.values[0]?.[0], c.spec)) continue;
      owned.set(c.spec.key, c.sheet.name);
      positions.set(c.sheet.name, c.sheet.position);
    }
    const placements = placeSheets(
      specs,
      sheets.items.map((s) => s.name),
      owned,
    );

    // Last moment to stop with nothing changed: nothing has been queued yet.
    if (signal?.aborted) throw problem('cancelled');

    const suspend = () => {
      if (support.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
      if (support.suspendScreen) context.application.suspendScreenUpdatingUntilNextSync();
    };
    const budget = new RequestBudget(context, REQUEST_BUDGET_BYTES, suspend);
    suspend();

    // Structure first: drop our old sheets and names, add the new sheets where the old ones stood.
    const added: Excel.Worksheet[] = [];
    for (const p of placements) {
      await budget.reserve(COMMAND_OVERHEAD_BYTES * 5);
      if (nameItems.has(OWNER_NAMES[p.key].toLowerCase())) names.getItem(OWNER_NAMES[p.key]).delete();
      const position = p.replaces ? positions.get(p.replaces) : undefined;
      if (p.replaces) sheets.getItem(p.replaces).delete();
      const sheet = sheets.add(p.used);
      if (position !== undefined) sheet.position = position;
      names.add(OWNER_NAMES[p.key], sheet.getRange('A1'), 'Marks a summary sheet RAG Plan rebuilds on refresh.');
      added.push(sheet);
    }

    for (let i = 0; i < specs.length; i++) {
      const sheetName = placements[i].used;
      await queueSheetContent(added[i], specs[i], budget, {
        validation: support.validation,
        phase: (phase) => onProgress?.({ phase, sheet: sheetName, index: i, count: specs.length }),
      });
    }
    await budget.flush();
    lastWriteStats.syncs = syncs + budget.syncs;
    lastWriteStats.requestBytes = budget.sizes;

    return {
      written: placements.map((p) => ({ key: p.key, name: p.used })),
      renamed: placements.filter((p) => p.used !== p.wanted).map((p) => ({ key: p.key, wanted: p.wanted, used: p.used })),
    };
  });
}
