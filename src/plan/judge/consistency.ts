import {
  fieldCell,
  findingOf,
  STOPPED_STATES,
  type Action,
  type FindingArgs,
  type FindingCode,
  type Finding,
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
  const push = <C extends FindingCode>(
    cell: SheetCell | null,
    perLine: boolean,
    code: C,
    ...params: FindingArgs<C>
  ): void => {
    const f = findingOf(cell, code, ...params);
    out.push(perLine ? { ...f, message: line + f.message } : f);
  };
  // A finished, paused or cancelled action is not worked towards a date: only a rating that
  // contradicts "complete" is worth saying.
  const stopped = STOPPED_STATES.has(action.state);
  const rag = fieldCell(action, 'rag');
  const timescale = fieldCell(action, 'timescale');
  if (action.state === 'overdue' && (action.rag === 'green' || action.rag === 'amber-green')) {
    push(rag, true, 'green-but-overdue', {
      rating: ragLabel(action.rag),
      due: action.timescale.due as string,
    });
  }
  if (action.state === 'complete' && (action.rag === 'red' || action.rag === 'red-amber')) {
    push(rag, true, 'red-but-complete', { rating: ragLabel(action.rag) });
  }
  if (!stopped && hasColumn.timescale && action.timescale.kind === 'empty') {
    push(timescale, false, 'missing-timescale');
  }
  if (!stopped && hasColumn.timescale && action.timescale.kind === 'tbc') {
    push(timescale, false, 'undated-timescale', { text: action.timescale.text });
  }
  if (!stopped && hasColumn.rag && action.rag === null) {
    push(rag, false, 'missing-rag');
  }
  return out;
}
