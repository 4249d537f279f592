/**
 * The words for changes, in one place for the Summary sheet, the command line and the pane:
 * arrows always come with a word, so a screen reader (or a black-and-white printout) says it.
 */
import {
  cellRef,
  displayDate,
  displayDateTime,
  ragLabel,
  sinceWords,
  type Rag,
  changeCount,
  type AreaDirection,
  type ChangedAction,
  type Changes,
  type ChangesEnd,
  type Since,
  type SnapshotInfo,
  type TravelDirection,
} from '../plan';

export const CHANGES_TITLE = 'Changes since last refresh';

export const UP = '↑ Up';
export const DOWN = '↓ Down';

export const DIRECTION_TEXT: Record<TravelDirection, string> = {
  better: '↑ Better',
  worse: '↓ Worse',
  same: '→ No change',
};

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
  return e.takenAt
    ? `${displayDate(e.asOf)} (refreshed ${displayDateTime(e.takenAt)})`
    : displayDate(e.asOf);
}

/**
 * The heading of the Summary's block: since the last refresh; or, when a user chose what to compare
 * with or named it, since that snapshot ("Changes since Cabinet 12 January (refreshed 12 Jan 2027)").
 */
export function changesTitle(c: Changes | null, chosen = false): string {
  if (!c || c.from.label || (!c.from.name && !chosen)) return CHANGES_TITLE;
  const day = /^\d{4}-\d{2}-\d{2}/.test(c.from.takenAt) ? c.from.takenAt.slice(0, 10) : c.from.asOf;
  return c.from.name
    ? `Changes since ${c.from.name} (refreshed ${displayDate(day)})`
    : `Changes since the refresh as of ${displayDate(c.from.asOf)}`;
}

/** The sentence under the heading: what is compared with what. */
export function comparedText(c: Changes | null): string {
  if (!c)
    return 'No earlier refresh to compare with: the next refresh will show what changed since this one.';
  if (c.from.label)
    return `RAG in the plan's own columns: ${c.from.label} compared with ${c.to.label}.`;
  const named = c.from.name ? `“${c.from.name}”, ` : '';
  return `As of ${displayDate(c.to.asOf)}, compared with ${named}the refresh as of ${endText(c.from)}.`;
}

/** A kept snapshot as a list shows it: "3: “Cabinet 12 January”, as of 12 Jan 2027 (refreshed 12 Jan 2027, 09:00), 40 actions". */
export function snapshotText(s: SnapshotInfo): string {
  const named = s.name ? `“${s.name}”, ` : '';
  const refreshed = s.takenAt ? ` (refreshed ${displayDateTime(s.takenAt)})` : '';
  return `${s.seq}: ${named}as of ${displayDate(s.asOf)}${refreshed}, ${s.actions} action${s.actions === 1 ? '' : 's'}`;
}

/** A kept snapshot, short enough for the pane's picker at 320 px: "Cabinet 12 January, 12 Jan 2027" or "Refresh of 12 Jan 2027, 09:00". */
export function snapshotShort(s: SnapshotInfo): string {
  if (s.name) return `${s.name}, ${displayDate(s.asOf)}`;
  return s.takenAt ? `Refresh of ${displayDateTime(s.takenAt)}` : `As of ${displayDate(s.asOf)}`;
}

/** Why a chosen baseline was not found, with what there is to choose from. */
export function missedText(since: Since, kept: SnapshotInfo[]): string {
  if (kept.length === 0)
    return `there is no ${sinceWords(since).replace(/^an? /, '')} to compare with: the workbook keeps no snapshot yet`;
  return `the workbook keeps no ${sinceWords(since).replace(/^an? /, '')}; it keeps: ${kept.map(snapshotText).join('; ')}`;
}

/** "3.2 Write the housing strategy" (reference first when there is one; line when stacked). */
export function actionText(a: ChangedAction): string {
  const ref = a.ref ? `${a.ref}${a.line > 1 ? ` (line ${a.line})` : ''} ` : '';
  return `${ref}${a.action ?? '(no action text)'}`;
}

/** "1 RAG up (better), 1 completed", or "no changes". */
export function changeCounts(c: Changes): string {
  const parts = CHANGE_KINDS.filter(([kind]) => c[kind].length > 0).map(
    ([kind, label]) =>
      `${c[kind].length} ${label.replace(/^[↑↓] /, '').replace(/^(?!RAG)./, (f) => f.toLowerCase())}`
  );
  return parts.length > 0 ? parts.join(', ') : 'no changes';
}

/** One line for a refresh's output: "Since the refresh as of 1 May 2024: 2 RAG up (better), 1 completed." */
export function changesLine(c: Changes | null): string {
  if (!c) return 'No earlier refresh to compare with; this one is kept for the next.';
  const since = c.from.label
    ? `Since ${c.from.label}`
    : c.from.name
      ? `Since “${c.from.name}” (the refresh as of ${displayDate(c.from.asOf)})`
      : `Since the refresh as of ${displayDate(c.from.asOf)}`;
  return `${since}: ${changeCounts(c)}.`;
}

/** "Red → Amber", "31 Aug 2024 → 31 Oct 2024", or null for a change without a from and to. */
export function moveOf(kind: ChangeKind, a: ChangedAction): string | null {
  if (kind === 'ragUp' || kind === 'ragDown') {
    const m = a as ChangedAction & { from: Rag; to: Rag };
    return `${ragLabel(m.from)} → ${ragLabel(m.to)}`;
  }
  if (kind === 'dueMoved') {
    const m = a as ChangedAction & { from: string; to: string };
    return `${displayDate(m.from)} → ${displayDate(m.to)}`;
  }
  return null;
}

/** The move with the word that says which way, for a list read on its own: "Amber → Red (worse)", "due 30 Sep 2024 → 31 Dec 2024". */
export function moveWords(kind: ChangeKind, a: ChangedAction): string | null {
  const move = moveOf(kind, a);
  if (!move) return null;
  if (kind === 'dueMoved') return `due ${move}`;
  return `${move} (${kind === 'ragUp' ? 'better' : 'worse'})`;
}

function moveText(kind: ChangeKind, a: ChangedAction): string {
  const move = moveOf(kind, a);
  return move ? ` — ${kind === 'dueMoved' ? 'due ' : ''}${move}` : '';
}

/** "Housing: ↓ Worse (0 up or completed, 1 down or newly overdue)" */
export function areaDirectionText(a: AreaDirection): string {
  return `${a.area}: ${DIRECTION_TEXT[a.direction]} (${a.up + a.completed} up or completed, ${a.down + a.newlyOverdue} down or newly overdue)`;
}

/** The changes as terminal lines: a list per kind of change, then the areas whose direction of travel is not level. */
export function changesLines(c: Changes): string[] {
  const out: string[] = [];
  for (const [kind, label] of CHANGE_KINDS) {
    const list = c[kind] as ChangedAction[];
    if (list.length === 0) continue;
    out.push(`${label} (${list.length}):`);
    // A removed action's cell is where it was in the older copy.
    for (const a of list)
      out.push(
        `  ${`${kind === 'removed' ? 'was ' : ''}${a.at ? cellRef(a.at) : ''}`.padEnd(24)} ${actionText(a)}${a.area ? ` [${a.area}]` : ''}${moveText(kind, a)}`
      );
  }
  if (changeCount(c) === 0) out.push('No changes.');
  const moved = c.byArea.filter((a) => a.direction !== 'same');
  if (moved.length > 0) {
    out.push('', 'Direction of travel by area:');
    for (const a of moved) out.push(`  ${areaDirectionText(a)}`);
  }
  return out;
}
