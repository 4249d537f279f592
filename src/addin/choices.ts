/**
 * The user's choices of plans, as the pane makes them: a range pointed at (the selection) read
 * as a plan, and taken away again. Pure: the settings go back through saveSettings, which keeps
 * them in the workbook's choices part (src/excel/choices.ts).
 */
import { planKey, samePointed, type PointedPlan, type SheetRange } from '../plan';
import type { FoundPlan, StoredSettings } from './workflow';

const overlaps = (a: SheetRange, b: SheetRange): boolean =>
  a.sheet === b.sheet &&
  a.top <= b.bottom &&
  b.top <= a.bottom &&
  a.left <= b.right &&
  b.left <= a.right;

/** Settings with the range read as a plan (its first row the header unless given), in place of any it overlaps. */
export function withPointedRange(
  settings: StoredSettings,
  range: SheetRange,
  headerRow = range.top
): StoredSettings {
  const pointed: PointedPlan = { ...range, headerRow };
  const kept = (settings.pointed ?? []).filter((p) => !overlaps(p, range));
  return { ...settings, pointed: [...kept, pointed] };
}

/** Settings without the plan the user pointed at (its column choices go with it). */
export function withoutPointed(settings: StoredSettings, plan: PointedPlan): StoredSettings {
  const key = planKey({ sheet: plan.sheet, headerRow: plan.headerRow, table: null });
  const overrides = { ...settings.overrides };
  delete overrides[key];
  return {
    ...settings,
    pointed: (settings.pointed ?? []).filter((p) => !samePointed(p, plan)),
    overrides,
  };
}

/** The found plan read from a range the user pointed at, if it is one. */
export function pointedOf(settings: StoredSettings, found: FoundPlan | null): PointedPlan | null {
  if (!found) return null;
  const { sheet, range } = found.plan;
  return (
    (settings.pointed ?? []).find(
      (p) => p.sheet === sheet && p.top === range.top && p.left === range.left
    ) ?? null
  );
}

/**
 * The plan to show after pointing at a range: the one read from it (the first on its sheet
 * whose range starts where the selection does).
 */
export function keyOfPointed(found: FoundPlan[], range: SheetRange): string | null {
  return (
    found.find(
      (f) =>
        f.plan.sheet === range.sheet &&
        f.plan.range.top === range.top &&
        f.plan.range.left === range.left
    )?.key ?? null
  );
}
