import { daysBetween } from './dates';
import type { Action, CheckOptions, State } from './types';

/**
 * An action's state on the as-of date. Complete when its timescale, its stage or (under the usual
 * key) a Blue rating says so; otherwise by its due date: overdue before the as-of date, due soon
 * within the window (inclusive), else on track; ongoing and undated actions have no due date.
 */
export function stateOf(
  action: Pick<Action, 'timescale' | 'stage' | 'rag'>,
  options: Pick<CheckOptions, 'asOf' | 'dueSoonDays' | 'blueMeans'>,
): State {
  if (action.timescale.kind === 'complete' || action.stage === 'complete') return 'complete';
  if (action.rag === 'blue' && options.blueMeans === 'complete') return 'complete';
  const due = action.timescale.due;
  if (due === null) return action.timescale.kind === 'ongoing' ? 'ongoing' : 'undated';
  const days = daysBetween(options.asOf, due);
  if (days < 0) return 'overdue';
  if (days <= options.dueSoonDays) return 'due-soon';
  return 'on-track';
}
