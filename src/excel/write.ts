/**
 * Writing the summary sheets. One sync inspects the workbook (sheet names and visibility, our
 * RagPlan_* names), one more reads the A1 and charts of the sheets those names point at (only
 * when there are any), then everything is queued and sent: one sync when it fits the request
 * budget, row blocks in a few syncs when not. The whole write is one undo step where Excel can
 * group it (ExcelApi 1.20).
 *
 * A sheet's visibility is set only when it must change (the history sheet is made very hidden
 * once): Excel on Windows and Mac cannot undo it, so setting it empties the undo list and cannot
 * be grouped. A write that must hide a sheet there runs ungrouped and says it cannot be undone.
 *
 * Our own sheets are cleared and rewritten in place, never deleted, so a user's formula or link
 * to Summary!B8 keeps pointing at the same sheet. Only new sheets are added.
 *
 * Cancelling: the signal is checked before anything is queued, so a cancel up to then changes
 * nothing. Once writing has started the refresh runs to the end — a half-written summary would be
 * worse than a finished one — and the signal is not checked again (onCommitted says when).
 */
import type { SheetKey, SheetSpec } from '../report/sheetSpec';
import { COMMAND_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES, RequestBudget } from './budget';
import { holdsTitle, OWNER_NAMES, ownerTarget, placeSheets, type Placement } from './ownership';
import { problem } from './problem';
import { runAsOneUndoStep, UngroupedNeeded, type UndoOutcome } from './run';
import { queueSheetContent } from './sheetContent';
import { supportInfo, type SupportInfo } from './support';
import type { WriteOptions, WriteResult } from './types';

interface Owned {
  sheet: Excel.Worksheet;
  charts: Excel.ChartCollection;
}

export async function writeSummarySheets(
  specs: SheetSpec[],
  opts: WriteOptions = {}
): Promise<WriteResult> {
  const { signal } = opts;
  if (signal?.aborted) throw problem('cancelled');
  const support = supportInfo();
  const { value, grouped } = await runAsOneUndoStep((context, grouped) =>
    writeBatch(context, specs, opts, support, grouped)
  );
  const { hides, ...result } = value;
  const undo: UndoOutcome =
    hides && !support.hidingUndoable ? 'none' : grouped ? 'one-step' : 'in-parts';
  return { ...result, undo };
}

async function writeBatch(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  opts: WriteOptions,
  support: SupportInfo,
  grouped: boolean
): Promise<Omit<WriteResult, 'undo'> & { hides: boolean }> {
  const sheets = context.workbook.worksheets;
  const names = context.workbook.names;
  sheets.load('items/name,items/visibility');
  names.load('items/name,items/formula');
  await context.sync();
  let syncs = 1;

  const nameItems = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
  const candidates = ownedCandidates(specs, sheets.items, nameItems);
  if (candidates.length > 0) {
    await context.sync();
    syncs += 1;
  }
  const owned = new Map<SheetKey, Owned>();
  for (const c of candidates)
    if (holdsTitle(c.a1.values[0]?.[0], c.spec))
      owned.set(c.spec.key, { sheet: c.sheet, charts: c.charts });
  const ownedNames = new Map([...owned].map(([k, o]) => [k, o.sheet.name]));
  // An owned sheet keeps its name (a user may have renamed it); others get a free one.
  const placements = placeSheets(
    specs,
    sheets.items.map((s) => s.name),
    ownedNames
  ).map((p) => (p.replaces ? { ...p, used: p.replaces } : p));
  const visibility = placements.map((p, i) =>
    visibilityChange(specs[i], p.replaces ? owned.get(p.key)?.sheet.visibility : undefined)
  );
  const hides = visibility.some((v) => v !== null);
  // Grouped, hiding a sheet where Excel cannot undo it would fail part way: run ungrouped.
  if (grouped && hides && !support.hidingUndoable) throw new UngroupedNeeded();

  // Last moment to stop with nothing changed: nothing has been queued yet.
  if (opts.signal?.aborted) throw problem('cancelled');
  opts.onCommitted?.();

  let suspendCalc = false;
  const suspend = () => {
    if (support.suspendCalculation && suspendCalc)
      context.application.suspendApiCalculationUntilNextSync();
    if (support.suspendScreen) context.application.suspendScreenUpdatingUntilNextSync();
  };
  // Calculation is held only after the first content sync: a write that fits one request needs no recalculation after it.
  const budget = new RequestBudget(context, REQUEST_BUDGET_BYTES, () => {
    suspendCalc = true;
    suspend();
  });
  suspend();

  const targets: Excel.Worksheet[] = [];
  for (const p of placements) {
    await budget.reserve(COMMAND_OVERHEAD_BYTES * 8);
    targets.push(
      p.replaces ? clearOwned(owned.get(p.key) as Owned, support) : addSheet(context, p, nameItems)
    );
  }
  for (let i = 0; i < specs.length; i++) {
    const sheetName = placements[i].used;
    const change = visibility[i];
    if (change) targets[i].visibility = change;
    await queueSheetContent(targets[i], specs[i], budget, {
      validation: support.validation,
      phase: (phase) =>
        opts.onProgress?.({ phase, sheet: sheetName, index: i, count: specs.length }),
    });
  }
  await budget.flush();
  syncs += budget.syncs;
  if (budget.syncs > 1 && support.suspendCalculation) {
    // Calculation was held for part of the write: recalculate so formulas on our sheets, and the user's formulas to them, are current.
    context.application.calculate('Recalculate' as Excel.CalculationType);
    await context.sync();
    syncs += 1;
  }

  return {
    written: placements.map((p) => ({ key: p.key, name: p.used })),
    renamed: placements
      .filter((p) => p.used !== p.wanted && !p.replaces)
      .map((p) => ({ key: p.key, wanted: p.wanted, used: p.used })),
    syncs,
    requestBytes: budget.sizes,
    hides,
  };
}

/** Sheets our names point at, with their A1 and charts queued for loading. */
function ownedCandidates(
  specs: SheetSpec[],
  items: Excel.Worksheet[],
  nameItems: Map<string, Excel.NamedItem>
) {
  const byLower = new Map(items.map((s) => [s.name.toLowerCase(), s]));
  return specs.flatMap((spec) => {
    const target = ownerTarget(nameItems.get(OWNER_NAMES[spec.key].toLowerCase())?.formula);
    const sheet = target ? byLower.get(target.toLowerCase()) : undefined;
    if (!sheet) return [];
    const a1 = sheet.getRange('A1').load('values');
    const charts = sheet.charts.load('items/name');
    return [{ spec, sheet, a1, charts }];
  });
}

/** Empties one of our sheets in place: values, formats, links, rules, validations, charts, frozen panes. */
function clearOwned(owned: Owned, support: SupportInfo): Excel.Worksheet {
  const { sheet, charts } = owned;
  const all = sheet.getRange();
  all.clear('All' as Excel.ClearApplyTo);
  all.clear('Hyperlinks' as Excel.ClearApplyTo);
  all.conditionalFormats.clearAll();
  if (support.validation) all.dataValidation.clear();
  for (const chart of charts.items) chart.delete();
  sheet.freezePanes.unfreeze();
  sheet.tabColor = '';
  return sheet;
}

/** A new summary sheet, marked as ours by its workbook-scoped name. */
function addSheet(
  context: Excel.RequestContext,
  p: Placement,
  nameItems: Map<string, Excel.NamedItem>
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  const names = context.workbook.names;
  // A stale name (pointing at a sheet that is no longer ours) is dropped before ours is added.
  if (nameItems.has(OWNER_NAMES[p.key].toLowerCase())) names.getItem(OWNER_NAMES[p.key]).delete();
  const sheet = sheets.add(p.used);
  names.add(
    OWNER_NAMES[p.key],
    sheet.getRange('A1'),
    'Marks a summary sheet RAG Plan rebuilds on refresh.'
  );
  return sheet;
}

const VISIBILITY: Record<string, string> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryhidden: 'VeryHidden',
};

/**
 * The visibility to set on a sheet, or null when it already has it: a spec may ask for a hidden
 * sheet (the refresh history is very hidden); the rest are left as they are. A new sheet is
 * visible (`current` undefined).
 */
function visibilityChange(
  spec: SheetSpec,
  current: string | undefined
): Excel.SheetVisibility | null {
  const wanted = (spec as { visibility?: string }).visibility;
  const value = wanted ? VISIBILITY[wanted.replace(/[^a-z]/gi, '').toLowerCase()] : undefined;
  if (!value || value === 'Visible' || value === (current ?? 'Visible')) return null;
  return value as Excel.SheetVisibility;
}
