/**
 * Flag in place, the rule both writers apply to a plan's own sheet (opt-in):
 * - the rows of actions overdue on the as-of date are shaded by a conditional format whose
 *   formula is a marker that is always TRUE and that no user writes, so a writer finds and removes
 *   exactly its own formats and nothing else;
 * - the RAG column gets a drop-down (list validation) of the RAG words, only on cells that have
 *   no validation of their own (and never on scores an icon set shows as traffic lights); it is
 *   recognised later by its list and its error title.
 *
 * Why rows and not a formula on the due date: timescales are often text ("Q3 2024/25", "Spring
 * 2025"), which no cell formula can read, so the engine's own per-action states decide. The list
 * of rows is a snapshot of the as-of date: it goes stale as days pass, which is why every refresh
 * with flags on first removes the old shading and adds it again. Excel moves the ranges with
 * inserted or deleted rows, so edits between refreshes do not shade the wrong action.
 *
 * The RAG column itself is left unshaded, so a RAG shown as a fill colour stays visible.
 */
import type { CellRange, Plan } from '../plan';

/** Always TRUE; marks the conditional formats RAG Plan added. Office.js shows it with a leading "=". */
export const FLAG_MARKER = 'ISTEXT("RAG Plan: overdue")';
export const FLAG_MARKER_FORMULA = `=${FLAG_MARKER}`;
/** Light red behind dark text: 13.6:1 with black. */
export const FLAG_FILL = '#F4CCCC';
export const RAG_LIST = 'Red,Amber,Green,Blue,Red/Amber,Amber/Green';
export const RAG_LIST_TITLE = 'RAG rating';
export const RAG_LIST_MESSAGE =
  'RAG Plan reads Red, Amber, Green or Blue (or R, A, G, B). Keep this value anyway?';

/**
 * Areas to shade: runs of consecutive overdue rows across the plan's columns, leaving out the RAG
 * column (a run becomes two areas when the RAG column is inside the plan).
 */
export function overdueRowAreas(plan: Plan): CellRange[] {
  const area = plan.range;
  const rows = [
    ...new Set(plan.actions.filter((a) => a.state === 'overdue').map((a) => a.row)),
  ].sort((a, b) => a - b);
  const ragCol = plan.columns.find((c) => c.field === 'rag' && !c.dimension)?.col;
  const spans: [number, number][] =
    ragCol !== undefined && ragCol >= area.left && ragCol <= area.right
      ? (
          [
            [area.left, ragCol - 1],
            [ragCol + 1, area.right],
          ] as [number, number][]
        ).filter(([l, r]) => l <= r)
      : [[area.left, area.right]];
  const out: CellRange[] = [];
  for (const [top, bottom] of runs(rows)) {
    for (const [left, right] of spans) out.push({ top, left, bottom, right });
  }
  return out;
}

function runs(sorted: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const row of sorted) {
    const last = out[out.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else out.push([row, row]);
  }
  return out;
}

/**
 * The RAG column from below the header row to the last action's row, or null when the plan has
 * no RAG column or no action. A table's totals row or a note under the plan gets no drop-down;
 * nor does a RAG column of scores shown as traffic lights by an icon set (its cells are numbers,
 * and a list of RAG words would refuse the next score).
 */
export function ragColumnArea(plan: Plan): CellRange | null {
  if (plan.actions.some((a) => a.ragFrom === 'icon')) return null;
  // The RAG read, not a rating kept beside it (Time, Cost ...).
  const rag = plan.columns.find((c) => c.field === 'rag' && !c.dimension);
  // A loop, not a spread into Math.max: a million-row plan would overflow the stack.
  let last = 0;
  for (const a of plan.actions) if (a.row > last) last = a.row;
  if (!rag || last <= plan.headerRow) return null;
  return { top: plan.headerRow + 1, left: rag.col, bottom: last, right: rag.col };
}

/** Distinct sheet rows covered by areas such as A5:D6 and F5:H6 (what "rows shaded" counts). */
export function rowsIn(areas: CellRange[]): number {
  const rows = new Set<number>();
  for (const r of areas) for (let row = r.top; row <= r.bottom; row++) rows.add(row);
  return rows.size;
}
