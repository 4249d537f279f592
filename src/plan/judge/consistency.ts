import {
  displayDate,
  fieldCell,
  STOPPED_STATES,
  type Action,
  type Finding,
  type Severity,
  type SheetCell,
} from '../core';
import { ragLabel } from '../read';

/**
 * What a reader cannot see in one cell: a rating that contradicts the dates, and missing
 * timescales or ratings (reported only where the plan has the column).
 */
export function checkAction(
  action: Action,
  hasColumn: { timescale: boolean; rag: boolean },
  line: string
): Finding[] {
  const out: Finding[] = [];
  // Only findings about one stacked line carry its number; a shared empty cell is one finding.
  const push = (
    severity: Severity,
    code: string,
    message: string,
    cell: SheetCell | null,
    perLine = false
  ): void => {
    out.push({ severity, code, message: `${perLine ? line : ''}${message}`, cell });
  };
  // A finished, paused or cancelled action is not worked towards a date: only a rating that
  // contradicts "complete" is worth saying.
  const stopped = STOPPED_STATES.has(action.state);
  if (action.state === 'overdue' && (action.rag === 'green' || action.rag === 'amber-green')) {
    push(
      'error',
      'green-but-overdue',
      `Rated ${ragLabel(action.rag)} but overdue: due ${displayDate(action.timescale.due as string)} and not complete. Re-rate it, or record a new date.`,
      fieldCell(action, 'rag'),
      true
    );
  }
  if (action.state === 'complete' && (action.rag === 'red' || action.rag === 'red-amber')) {
    push(
      'warning',
      'red-but-complete',
      `Rated ${ragLabel(action.rag)} but marked complete; a completed action is usually Blue or Green.`,
      fieldCell(action, 'rag'),
      true
    );
  }
  if (!stopped && hasColumn.timescale && action.timescale.kind === 'empty') {
    push(
      'warning',
      'missing-timescale',
      'No timescale. Add a date (31/12/2024), a month (December 2024), a quarter (Q3 2024/25), "Ongoing" or "TBC".',
      fieldCell(action, 'timescale')
    );
  }
  if (!stopped && hasColumn.timescale && action.timescale.kind === 'tbc') {
    push(
      'info',
      'undated-timescale',
      `Timescale "${action.timescale.text}": set a date when it is known.`,
      fieldCell(action, 'timescale')
    );
  }
  if (!stopped && hasColumn.rag && action.rag === null) {
    push(
      'warning',
      'missing-rag',
      'No RAG rating: the cell has neither a word (Red, Amber, Green, Blue) nor a RAG fill colour.',
      fieldCell(action, 'rag')
    );
  }
  return out;
}
