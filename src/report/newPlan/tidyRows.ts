/**
 * A plan's actions as rows of the tidy structure (PLAN_COLUMNS), one row per action: stacked cells
 * are already split by the engine, so each line becomes its own row. Dates are dates (a timescale
 * read as a day is written as that day; periods, "Ongoing" and the like stay as written, since they
 * read the same), RAG is the word, leads are as written (each on its own line of the cell). What
 * made an action stop (a stage column, a stop word in the RAG cell) opens its progress update, the
 * place a stop word is read from, so it reads the same; the original's update follows.
 */
import {
  actionCell,
  cellText,
  isoToSerial,
  ragLabel,
  type Action,
  type Grid,
  type Plan,
  type SheetCell,
} from '../../plan';
import type { SpecValue } from '../sheetSpec';

const STOP_WORD: Record<string, string> = {
  complete: 'Complete',
  paused: 'On hold',
  deferred: 'Deferred',
  cancelled: 'Cancelled',
};
/** Timescale words that already say an action stopped. */
const STOPPING_KINDS = new Set(['complete', 'paused', 'cancelled']);

export interface TidyRow {
  values: SpecValue[];
  /** The cell the action was read from, for its link. */
  source: SheetCell;
}

function timescaleValue(action: Action): SpecValue {
  const t = action.timescale;
  if (t.kind === 'empty') return null;
  if (t.kind === 'date' && t.due) return isoToSerial(t.due);
  return t.text;
}

/** The original's update cell on the action's row (a stacked row's update is the whole row's). */
function updateOf(plan: Plan, grid: Grid | undefined, action: Action, lines: number): string {
  const col = plan.columns.find((c) => c.field === 'notes')?.col;
  if (col === undefined || !grid) return '';
  const text = cellText(grid.values[action.row - grid.top]?.[col - grid.left] ?? null).trim();
  // A stacked row's update was never read for a stop word: label it so it is not read as one now.
  return text && lines > 1 ? `Update for the row: ${text}` : text;
}

function progressUpdate(
  plan: Plan,
  grid: Grid | undefined,
  action: Action,
  lines: number
): string | null {
  const update = updateOf(plan, grid, action, lines);
  const word = action.stage ? STOP_WORD[action.stage] : undefined;
  const said =
    !word ||
    STOPPING_KINDS.has(action.timescale.kind) ||
    update.toLowerCase().startsWith(word.toLowerCase());
  const stop = said ? '' : `${word}.`;
  return [stop, update].filter(Boolean).join(' ') || null;
}

/** Where there is no action column the engine reads each objective as the action: it goes there. */
function texts(
  plan: Plan,
  action: Action
): { recommendation: string | null; action: string | null } {
  if (plan.columns.some((c) => c.field === 'action'))
    return { recommendation: action.objective, action: action.action };
  return { recommendation: null, action: action.action ?? action.objective };
}

export function tidyRows(plans: readonly Plan[], grids: readonly Grid[]): TidyRow[] {
  const out: TidyRow[] = [];
  for (const plan of plans) {
    const grid = grids.find((g) => g.sheet === plan.sheet);
    const lines = new Map<number, number>();
    for (const a of plan.actions) lines.set(a.row, (lines.get(a.row) ?? 0) + 1);
    for (const action of plan.actions) {
      const t = texts(plan, action);
      out.push({
        values: [
          action.ref,
          action.area,
          t.recommendation,
          t.action,
          action.leads.length ? action.leads.join('\n') : null,
          timescaleValue(action),
          action.rag ? ragLabel(action.rag) : null,
          progressUpdate(plan, grid, action, lines.get(action.row) ?? 1),
          null,
        ],
        source: actionCell(action),
      });
    }
  }
  return out;
}
