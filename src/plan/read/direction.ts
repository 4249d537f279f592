import type { Direction } from '../core';

/**
 * Direction of travel as plans write it beside (or instead of) a rating: arrows and words.
 * An up arrow is read as improving, the usual meaning in performance and action-plan reports.
 */
const ARROWS = new Map<string, Direction>(
  Object.entries({
    '↑': 'improving',
    '⬆': 'improving',
    '↗': 'improving',
    '⇧': 'improving',
    '▲': 'improving',
    '↓': 'worsening',
    '⬇': 'worsening',
    '↘': 'worsening',
    '⇩': 'worsening',
    '▼': 'worsening',
    '→': 'unchanged',
    '➡': 'unchanged',
    '↔': 'unchanged',
    '⇔': 'unchanged',
    '►': 'unchanged',
    '◄►': 'unchanged',
  }) as [string, Direction][]
);

const WORDS = new Map<string, Direction>(
  Object.entries({
    improving: 'improving',
    improved: 'improving',
    improvement: 'improving',
    worsening: 'worsening',
    worsened: 'worsening',
    deteriorating: 'worsening',
    deteriorated: 'worsening',
    declining: 'worsening',
    'no change': 'unchanged',
    unchanged: 'unchanged',
    stable: 'unchanged',
    static: 'unchanged',
    'same as last time': 'unchanged',
  }) as [string, Direction][]
);

/** Arrows (and the emoji variation selector) at the end of a cell: "Amber ↑". */
const TRAILING_ARROWS = /\s*[↑⬆↗⇧▲↓⬇↘⇩▼→➡↔⇔►◄]\ufe0f?\s*$/u;

/** The direction a cell states on its own ("↑", "Improving", "No change"), or null. Total. */
export function readDirection(text: string): Direction | null {
  if (typeof text !== 'string') return null;
  const t = text
    .replace(/\ufe0f/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (!t) return null;
  return ARROWS.get(t) ?? WORDS.get(t.replace(/[.!]+$/, '')) ?? null;
}

/** The text without arrows at its end, so "Amber ↑" reads as Amber with its arrow kept apart. */
export function withoutTrailingArrow(text: string): string {
  return TRAILING_ARROWS.test(text) ? text.replace(TRAILING_ARROWS, '') : text;
}
