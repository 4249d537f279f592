import { todayIso } from './dates';
import { DEFAULT_SAVINGS_TOLERANCE } from './moneyTypes';
import type { CheckOptions, Plan } from './types';

export const DEFAULT_DUE_SOON_DAYS = 30;

/** Options with the defaults filled in: today (local), a 30-day window, Blue means complete, 5% savings tolerance. */
export function defaultOptions(partial: Partial<CheckOptions> = {}): CheckOptions {
  return {
    asOf: partial.asOf ?? todayIso(),
    dueSoonDays: partial.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
    blueMeans: partial.blueMeans ?? 'complete',
    overrides: partial.overrides ?? {},
    ...(partial.pointed?.length ? { pointed: partial.pointed } : {}),
    savingsTolerance: partial.savingsTolerance ?? DEFAULT_SAVINGS_TOLERANCE,
    ...(partial.ragKey ? { ragKey: partial.ragKey } : {}),
    ...(partial.completeRags?.length ? { completeRags: partial.completeRags } : {}),
  };
}

/**
 * The key a plan's column overrides are stored under: the Excel table's name when the plan is a
 * table (it survives rows inserted above it), else "Sheet!headerRow".
 */
export function planKey(plan: Pick<Plan, 'sheet' | 'headerRow' | 'table'>): string {
  return plan.table ?? `${plan.sheet}!${plan.headerRow}`;
}
