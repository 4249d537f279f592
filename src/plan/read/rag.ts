import { cellText } from '../cellText';
import { quote } from '../findings';
import type { CellValue } from '../grid';
import type { Rag, Reading } from '../types';

/** Single ratings, by every spelling a plan uses for them. */
const SINGLE: Record<string, Rag> = {
  r: 'red',
  red: 'red',
  a: 'amber',
  amber: 'amber',
  g: 'green',
  green: 'green',
  b: 'blue',
  blue: 'blue',
  // BRAG plans write the word instead of colouring the cell blue.
  complete: 'blue',
  completed: 'blue',
};

/** The colour words that may be paired into a two-tone rating. */
const COLOUR: Record<string, 'red' | 'amber' | 'green'> = {
  r: 'red',
  red: 'red',
  a: 'amber',
  amber: 'amber',
  g: 'green',
  green: 'green',
};

/**
 * A two-tone rating from its two halves, in either order; the colour itself when both halves agree
 * ("Green Green", a cell's lines read as one); null for pairs no RAG key has (Red/Green).
 */
function pair(a: 'red' | 'amber' | 'green', b: 'red' | 'amber' | 'green'): Rag | null {
  if (a === b) return a;
  const both = new Set([a, b]);
  if (both.has('amber') && both.has('green')) return 'amber-green';
  if (both.has('red') && both.has('amber')) return 'red-amber';
  return null;
}

// Built once: the reader runs on every RAG cell of a large plan.
/** Two colours joined by a slash, dash, "&", "and", "to" or a space, then anything: "Amber/Green", "R-A". */
const TWO_TONE = /^(red|amber|green|r|a|g)(\s*(?:[/\\|&+-]|and\b|to\b)\s*|\s+)(red|amber|green|r|a|g)\b(.*)$/;
/** One rating word or letter (or a fused pair, "AG"), then anything. */
const ONE = /^(red|amber|green|blue|completed|complete|ra|ar|ag|ga|r|a|g|b)\b(.*)$/;
const TRAILING_PUNCTUATION = /[\s.,;:!?*]+$/;
/** What may follow a rating word before a comment: "Red - behind schedule", "Green (on track)". */
const COMMENT_AFTER_WORD = /^(?:\s|[-–—:,;(/])/;
/** A lone letter needs punctuation before a comment: "A - awaiting funding", but not "A new approach". */
const COMMENT_AFTER_LETTER = /^\s*[-–—:,;(/]/;

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(TRAILING_PUNCTUATION, '').trim();
}

/** The rating in RAG-cell text, or null when there is none. */
function ragOfText(raw: string): Rag | null {
  const text = normalise(raw);
  if (!text) return null;
  const two = TWO_TONE.exec(text);
  // Joined by a bare space, both halves must be words or both letters: "Amber Green", "A G", not "A green light".
  const spaced = two !== null && two[2].trim() === '' && (two[1].length === 1) !== (two[3].length === 1);
  if (two && !spaced && (two[4] === '' || COMMENT_AFTER_WORD.test(two[4]))) {
    // A pair no RAG key has (Red/Green) is not silently read as its first colour.
    return pair(COLOUR[two[1]], COLOUR[two[3]]);
  }
  const one = ONE.exec(text);
  if (!one) return null;
  const [, head, rest] = one;
  if (rest !== '') {
    const letter = head.length <= 2;
    if (!(letter ? COMMENT_AFTER_LETTER : COMMENT_AFTER_WORD).test(rest)) return null;
  }
  if (SINGLE[head]) return SINGLE[head];
  return pair(COLOUR[head[0]], COLOUR[head[1]]);
}

/**
 * Reads a RAG cell: Red/Amber/Green/Blue, their letters, two-tone ratings (Amber/Green, "AG",
 * Red-Amber) and "Complete" (blue, as BRAG keys use it). Empty is no rating and no problem.
 */
export function readRag(value: CellValue): Reading<Rag | null> {
  // A number is never a rating or stage; NaN is shown as written rather than taken for an empty cell.
  const text = typeof value === 'number' ? String(value) : cellText(value);
  if (!text) return { value: null };
  const rag = ragOfText(text);
  if (rag) return { value: rag };
  return {
    value: null,
    problem: {
      code: 'unreadable-rag',
      severity: 'warning',
      message: `RAG ${quote(text)} is not a rating. Use Red, Amber, Green or Blue (or R, A, G, B), a two-tone rating such as Amber/Green, or "Complete".`,
    },
  };
}

/** Words readRag reads as Blue that are just as much progress words (a Stage column says "Complete" too). */
const COMPLETION = /^\s*completed?\b/i;

/**
 * True when the text is a rating by colour, so a Status column of such text is a RAG column.
 * "Complete" is left out: readRag reads it as Blue, but it is as much a progress word and would
 * tip a Status column of Complete / In progress / Not started towards RAG.
 */
export function isRagText(text: string): boolean {
  return typeof text === 'string' && !COMPLETION.test(text) && ragOfText(text) !== null;
}
