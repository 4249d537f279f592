/**
 * The last ribbon refresh's outcome, kept in the add-in origin's localStorage so the task pane
 * can show it when it next opens (the function file has no UI of its own).
 */

/* global window */

export interface RibbonOutcome {
  ok: boolean;
  text: string;
  /** ISO timestamp. */
  at?: string;
}

const KEY = 'rag-plan:ribbon-outcome';

export function rememberRibbonOutcome(outcome: RibbonOutcome): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ ...outcome, at: outcome.at ?? new Date().toISOString() }));
  } catch {
    // Storage can be disabled (private mode); the pane then simply shows nothing extra.
  }
}

/** Returns the stored outcome once, then forgets it. */
export function takeRibbonOutcome(): RibbonOutcome | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    window.localStorage.removeItem(KEY);
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && 'ok' in parsed && 'text' in parsed) return parsed as RibbonOutcome;
    return null;
  } catch {
    return null;
  }
}
