/**
 * The ribbon's outcome, handed to the task pane. With the shared runtime (manifest <Runtimes>)
 * the ribbon command and the pane run in one page, so the outcome goes straight to the pane's
 * listener; it is also kept in the add-in origin's localStorage, so a pane opened later (or a host
 * without the shared runtime) still shows it once.
 */

import type { Changes } from '../plan';

/* global window */

export interface RibbonOutcome {
  ok: boolean;
  text: string;
  /** After a refresh: what changed since the one before (null on the first); absent after a failure. */
  changes?: Changes | null;
  /** ISO timestamp. */
  at?: string;
}

const KEY = 'rag-plan:ribbon-outcome';
const listeners = new Set<(o: RibbonOutcome) => void>();

export function rememberRibbonOutcome(outcome: RibbonOutcome): void {
  const stamped = { ...outcome, at: outcome.at ?? new Date().toISOString() };
  if (listeners.size > 0) {
    for (const l of listeners) l(stamped);
    return;
  }
  try {
    window.localStorage.setItem(KEY, JSON.stringify(stamped));
  } catch {
    // Storage can be disabled (private mode); the pane then simply shows nothing extra.
  }
}

/** Live outcomes while the pane is open; returns the function that stops listening. */
export function listenForRibbonOutcomes(listener: (o: RibbonOutcome) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Returns the stored outcome once, then forgets it. */
export function takeRibbonOutcome(): RibbonOutcome | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    window.localStorage.removeItem(KEY);
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && 'ok' in parsed && 'text' in parsed)
      return parsed as RibbonOutcome;
    return null;
  } catch {
    return null;
  }
}
