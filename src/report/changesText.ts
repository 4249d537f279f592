/**
 * The words for changes, in one place for the Summary sheet, the command line and the pane:
 * arrows always come with a word, so a screen reader (or a black-and-white printout) says it.
 */
import { displayDate, displayDateTime } from '../plan';
import type { ChangedAction, Changes, ChangesEnd, Direction } from '../plan/history';

export const CHANGES_TITLE = 'Changes since last refresh';

export const UP = '↑ Up';
export const DOWN = '↓ Down';

export const DIRECTION_TEXT: Record<Direction, string> = { better: '↑ Better', worse: '↓ Worse', same: '→ No change' };

/** The kinds of change, in the order they are listed, with the label of each. */
export const CHANGE_KINDS = [
  ['ragUp', '↑ RAG up (better)'],
  ['ragDown', '↓ RAG down (worse)'],
  ['newlyOverdue', 'Newly overdue'],
  ['completed', 'Completed'],
  ['dueMoved', 'Due date moved'],
  ['added', 'Added'],
  ['removed', 'Removed'],
] as const satisfies readonly (readonly [keyof Changes, string])[];

export type ChangeKind = (typeof CHANGE_KINDS)[number][0];

/** The word a list row shows for its kind of change. */
export const KIND_WORD: Record<ChangeKind, string> = {
  ragUp: UP,
  ragDown: DOWN,
  newlyOverdue: 'Overdue',
  completed: 'Completed',
  dueMoved: 'Date moved',
  added: 'Added',
  removed: 'Removed',
};

/** "1 May 2024 (refreshed 1 May 2024, 09:00)", or a period's name. */
export function endText(e: ChangesEnd): string {
  if (e.label) return e.label;
  return e.takenAt ? `${displayDate(e.asOf)} (refreshed ${displayDateTime(e.takenAt)})` : displayDate(e.asOf);
}

/** The sentence under the heading: what is compared with what. */
export function comparedText(c: Changes | null): string {
  if (!c) return 'No earlier refresh to compare with: the next refresh will show what changed since this one.';
  if (c.from.label) return `RAG in the plan's own columns: ${c.from.label} compared with ${c.to.label}.`;
  return `As of ${displayDate(c.to.asOf)}, compared with the refresh as of ${endText(c.from)}.`;
}

/** "3.2 Write the housing strategy" (reference first when there is one; line when stacked). */
export function actionText(a: ChangedAction): string {
  const ref = a.ref ? `${a.ref}${a.line > 1 ? ` (line ${a.line})` : ''} ` : '';
  return `${ref}${a.action ?? '(no action text)'}`;
}

/** One line for a command's output: "Since the refresh as of 1 May 2024: 2 RAG up, 1 completed." */
export function changesLine(c: Changes | null): string {
  if (!c) return 'No earlier refresh to compare with; this one is kept for the next.';
  const since = c.from.label ? `Since ${c.from.label}` : `Since the refresh as of ${displayDate(c.from.asOf)}`;
  const parts = CHANGE_KINDS.filter(([kind]) => c[kind].length > 0).map(([kind, label]) => `${c[kind].length} ${label.replace(/^[↑↓] /, '').toLowerCase()}`);
  return `${since}: ${parts.length > 0 ? parts.join(', ') : 'no changes'}.`;
}
