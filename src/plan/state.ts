import { daysBetween } from './dates';
import type { Action, CheckOptions, Stage, State, TimescaleKind } from './types';

/** What a stage or a timescale word says about an action that is not being worked towards a date. */
const STOPPED_BY_STAGE: Partial<Record<Stage, State>> = {
  complete: 'complete',
  paused: 'paused',
  deferred: 'paused',
  cancelled: 'cancelled',
};
const STOPPED_BY_KIND: Partial<Record<TimescaleKind, State>> = {
  complete: 'complete',
  paused: 'paused',
  cancelled: 'cancelled',
};

/**
 * An action's state on the as-of date. Complete, paused or cancelled when its timescale, its stage,
 * a Blue rating (under the usual key) or a rating the plan's key says is complete says so, complete winning; otherwise by its due date:
 * overdue before the as-of date, due soon within the window (inclusive), else on track; ongoing
 * and undated actions have no due date.
 */
export function stateOf(
  action: Pick<Action, 'timescale' | 'stage' | 'rag'>,
  options: Pick<CheckOptions, 'asOf' | 'dueSoonDays' | 'blueMeans' | 'completeRags'>
): State {
  const byKind = STOPPED_BY_KIND[action.timescale.kind];
  const byStage = action.stage === null ? undefined : STOPPED_BY_STAGE[action.stage];
  if (byKind === 'complete' || byStage === 'complete') return 'complete';
  if (action.rag === 'blue' && options.blueMeans === 'complete') return 'complete';
  if (action.rag !== null && options.completeRags?.includes(action.rag)) return 'complete';
  const stopped = byStage ?? byKind;
  if (stopped) return stopped;
  const due = action.timescale.due;
  if (due === null) return action.timescale.kind === 'ongoing' ? 'ongoing' : 'undated';
  const days = daysBetween(options.asOf, due);
  if (days < 0) return 'overdue';
  if (days <= options.dueSoonDays) return 'due-soon';
  return 'on-track';
}
