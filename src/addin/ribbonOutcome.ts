/**
 * The ribbon's outcome, handed to the task pane. With the shared runtime (manifest <Runtimes>)
 * the ribbon command and the pane run in one page, one page for each workbook, so the outcome
 * stays in that page's memory: it goes straight to the pane's listener, or waits there for the
 * pane to open and is shown once. It is never put in the origin's storage, which every
 * workbook's page shares, so another workbook's pane never shows it.
 */

import type { Changes } from '../plan';

export interface RibbonOutcome {
  ok: boolean;
  text: string;
  /** After a refresh: what changed since the one before (null on the first); absent after a failure. */
  changes?: Changes | null;
  /** ISO timestamp. */
  at?: string;
}

const listeners = new Set<(o: RibbonOutcome) => void>();
let waiting: RibbonOutcome | null = null;

export function rememberRibbonOutcome(outcome: RibbonOutcome): void {
  const stamped = { ...outcome, at: outcome.at ?? new Date().toISOString() };
  if (listeners.size > 0) {
    for (const l of listeners) l(stamped);
    return;
  }
  waiting = stamped;
}

/** Live outcomes while the pane is open (and one still waiting, if any); returns the function that stops listening. */
export function listenForRibbonOutcomes(listener: (o: RibbonOutcome) => void): () => void {
  listeners.add(listener);
  const late = takeRibbonOutcome();
  if (late) listener(late);
  return () => {
    listeners.delete(listener);
  };
}

/** The outcome that came before the pane listened, once; then forgotten. */
export function takeRibbonOutcome(): RibbonOutcome | null {
  const outcome = waiting;
  waiting = null;
  return outcome;
}
