import {
  daysBetween,
  type Action,
  type CheckOptions,
  type Stage,
  type State,
  type TimescaleKind,
  STATES,
} from '../core';

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

/**
 * The one rule for "how much is done": complete actions as a share of the work there is, 0..100 to
 * one decimal. A cancelled action (withdrawn, superseded) was stopped for good, so it is no work
 * to be done and leaves the count; a paused one (on hold, deferred) is still to be done later, so
 * it stays in. 4 actions, 2 complete, 1 cancelled, 1 on track: 2 of 3, 66.7%.
 */
export function completePercent(states: Readonly<Record<State, number>>): number {
  let work = 0;
  for (const s of STATES) if (s !== 'cancelled') work += states[s] ?? 0;
  return work ? Math.round((states.complete / work) * 1000) / 10 : 0;
}

/** What the reports say beside that share, so the Summary sheet and the text report agree. */
export const COMPLETE_SHARE_NOTE = 'cancelled actions left out';
