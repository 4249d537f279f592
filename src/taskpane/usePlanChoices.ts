/**
 * The user's choices of plans in the pane: "Use the selected range as a plan" (the selection read
 * as a plan, its first row the header), taking such a plan away, and whether the column mapping
 * must be shown (a column the plan needs is missing, the engine chose among columns, or the user
 * pointed at the plan). The choices are saved with the settings, in the workbook's choices part.
 */
import { useCallback, useState } from 'react';
import {
  keyOfPointed,
  pointedOf,
  withPointedRange,
  withoutPointed,
  type FoundPlan,
} from '../addin';
import type { Plan } from '../plan';
import type { PanePort, PlanState } from './usePlan';

/** Why the mapping is shown without being asked for; null when the engine's reading needs no look. */
export function mappingReason(plan: Plan, pointed: boolean): string | null {
  const missing = plan.findings.some((f) => f.code === 'missing-column');
  if (missing) return 'A column this plan needs was not found: choose it below.';
  if (plan.chosen?.some((c) => c.others.length > 0))
    return 'More than one column could give a field: check the one chosen below.';
  if (plan.chosen?.length)
    return 'A column was read that may not be what you mean: check it below.';
  if (pointed) return 'You pointed at this plan: check its columns below.';
  return null;
}

export function usePlanChoices(excel: PanePort, s: PlanState) {
  const [busy, setBusy] = useState(false);
  const selected: FoundPlan | null = s.selected;
  const pointed = pointedOf(s.settings, selected);

  const pointAtSelection = useCallback(async () => {
    if (!excel.readSelectedRange) return;
    setBusy(true);
    try {
      const range = await excel.readSelectedRange();
      const next = withPointedRange(s.settings, range);
      s.changeSettings(next);
      // The sheet is read afresh: detection may not have read a plan there at all.
      const plans = await s.lookAgainWith(next);
      const key = plans && keyOfPointed(plans, range);
      if (key) s.select(key);
    } catch (e) {
      s.report(e);
    } finally {
      setBusy(false);
    }
  }, [excel, s]);

  const forget = useCallback(async () => {
    if (!pointed) return;
    const next = withoutPointed(s.settings, pointed);
    s.changeSettings(next);
    await s.lookAgainWith(next);
  }, [pointed, s]);

  return {
    /** False where the host cannot say what is selected. */
    canUseSelection: !!excel.readSelectedRange,
    busy,
    pointed: pointed !== null,
    mappingReason: selected ? mappingReason(selected.plan, pointed !== null) : null,
    problem: s.settings.choicesProblem ?? null,
    useSelection: () => void pointAtSelection(),
    forget: () => void forget(),
  };
}

export type PlanChoices = ReturnType<typeof usePlanChoices>;
