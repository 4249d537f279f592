import type { Rag } from '../core';

/** What the reports say of an action with no rating: one home, so every surface says the same. */
const NO_RAG_LABEL = 'No RAG';

const LABEL: Record<Rag, string> = {
  red: 'Red',
  'red-amber': 'Red/Amber',
  amber: 'Amber',
  'amber-green': 'Amber/Green',
  green: 'Green',
  blue: 'Blue',
};

/** A rating as people write it, "Red", "Amber/Green", or "No RAG": the one home of these words. */
export function ragLabel(rag: Rag | null): string {
  return rag === null ? NO_RAG_LABEL : (LABEL[rag] ?? String(rag));
}

/**
 * Single ratings by every spelling a plan uses for them, lower case: colour words, their letters,
 * BRAG's Blue, the words councils use instead of colours (On track / At risk / Off track), and
 * "Complete" (or C), which BRAG keys colour blue.
 */
export const RAG_WORDS: Readonly<Record<string, Rag>> = {
  r: 'red',
  red: 'red',
  'off track': 'red',
  'off target': 'red',
  a: 'amber',
  amber: 'amber',
  'at risk': 'amber',
  g: 'green',
  green: 'green',
  'on track': 'green',
  'on target': 'green',
  b: 'blue',
  blue: 'blue',
  c: 'blue',
  complete: 'blue',
  completed: 'blue',
};

/** The colour words and letters that may be paired into a two-tone rating ("Amber/Green", "R-A"). */
export const TONE_WORDS: Readonly<Record<string, 'red' | 'amber' | 'green'>> = {
  r: 'red',
  red: 'red',
  a: 'amber',
  amber: 'amber',
  g: 'green',
  green: 'green',
};
