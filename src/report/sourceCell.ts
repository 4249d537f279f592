import { quoteSheet, type Action } from '../plan';

/** The cell a report row points back to: the action's text, else its timescale, else column A of its row. */
export function sourceRef(action: Action): string {
  const address =
    action.cells.action ?? action.cells.timescale ?? action.cells.rag ?? `A${action.row}`;
  return `${quoteSheet(action.sheet)}!${address}`;
}
