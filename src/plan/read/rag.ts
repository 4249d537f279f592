import {
  cellText,
  problemOf,
  type CellValue,
  type Rag,
  type RagKey,
  type Reading,
  type Stage,
} from '../core';
import { readDirection, withoutTrailingArrow } from './direction';
import { ragFromFill } from './fillColour';
import { RAG_WORDS, TONE_WORDS } from './ragWords';
import { stageOfText, stoppedStageOfText } from './stage';

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
const TWO_TONE =
  /^(red|amber|green|r|a|g)(\s*(?:[/\\|&+-]|and\b|to\b)\s*|\s+)(red|amber|green|r|a|g)\b(.*)$/;
/** One rating word or letter (or a fused pair, "AG"), then anything. */
const ONE =
  /^(on track|off track|on target|off target|at risk|red|amber|green|blue|completed|complete|ra|ar|ag|ga|r|a|g|b|c)\b(.*)$/;
const TRAILING_PUNCTUATION = /[\s.,;:!?*]+$/;
/** What may follow a rating word before a comment: "Red - behind schedule", "Green (on track)". */
const COMMENT_AFTER_WORD = /^(?:\s|[-–—:,;(/])/;
/** A lone letter needs punctuation before a comment: "A - awaiting funding", but not "A new approach". */
const COMMENT_AFTER_LETTER = /^\s*[-–—:,;(/]/;
const DASHES = /[\u2010-\u2015\u2212]/g;
/** A score as plans rate by them (1 to 5, sometimes 0 to 10). */
const SCORE = /^(?:10|\d)$/;

/** Emoji that carry their own colour. */
const EMOJI_DOTS = new Map<string, Rag>(
  Object.entries({
    '🔴': 'red',
    '🟥': 'red',
    '🟠': 'amber',
    '🟧': 'amber',
    '🟡': 'amber',
    '🟨': 'amber',
    '🟢': 'green',
    '🟩': 'green',
    '🔵': 'blue',
    '🟦': 'blue',
  }) as [string, Rag][]
);
/** Dots and squares whose rating is their font colour: "●" in red. */
const FONT_DOT = /^[●⬤•◉◍○◯■▪◼⬛⚫]+$/u;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .replace(TRAILING_PUNCTUATION, '')
    .trim();
}

/** The rating in normalised RAG-cell text by the usual words, or null when there is none. */
function ragOfWords(text: string): Rag | null {
  if (!text) return null;
  const two = TWO_TONE.exec(text);
  // Joined by a bare space, both halves must be words or both letters: "Amber Green", "A G", not "A green light".
  const spaced =
    two !== null && two[2].trim() === '' && (two[1].length === 1) !== (two[3].length === 1);
  if (two && !spaced && (two[4] === '' || COMMENT_AFTER_WORD.test(two[4]))) {
    // A pair no RAG key has (Red/Green) is not silently read as its first colour.
    return pair(TONE_WORDS[two[1]], TONE_WORDS[two[3]]);
  }
  const one = ONE.exec(text);
  if (!one) return null;
  const [, head, rest] = one;
  if (rest !== '') {
    const letter = head.length <= 2;
    if (!(letter ? COMMENT_AFTER_LETTER : COMMENT_AFTER_WORD).test(rest)) return null;
  }
  return RAG_WORDS[head] ?? pair(TONE_WORDS[head[0]], TONE_WORDS[head[1]]);
}

function ragOfText(raw: string): Rag | null {
  return ragOfWords(normalise(withoutTrailingArrow(raw)));
}

/** Text as a RAG key holds it: lower case, one space, dashes unified, no trailing punctuation. */
export function ragKeyText(text: string): string {
  return normalise(text);
}

/** The rating text names by colour words and their letters only ("Red", "A/G", "Complete"); null otherwise. */
export function ragOfRatingWords(text: string): Rag | null {
  return typeof text === 'string' && text ? ragOfText(text) : null;
}

/** The rating text names by the usual words, "Complete" and its synonyms as Blue; null otherwise. No problems: for key blocks. */
export function ragInText(text: string): Rag | null {
  if (typeof text !== 'string' || !text) return null;
  return ragOfText(text) ?? (stageOfText(text) === 'complete' ? 'blue' : null);
}

/**
 * The stage a RAG cell states when it holds a progress word instead of a rating ("On hold",
 * "Closed", "Withdrawn", "100%"), so the action is not counted overdue; null otherwise.
 */
export function stageInRagText(text: string): Stage | null {
  return typeof text === 'string' && text ? stoppedStageOfText(text) : null;
}

/** No rating, with a problem saying why. */
function noRating(problem: ReturnType<typeof problemOf>): Reading<Rag | null> {
  return { value: null, problem };
}

const OWN = Object.prototype.hasOwnProperty;
const RAG_SET: ReadonlySet<unknown> = new Set<Rag>([
  'red',
  'red-amber',
  'amber',
  'amber-green',
  'green',
  'blue',
]);

/** A key's rating for the text; only its own entries ("constructor" is no rating), and only real ratings. */
function keyedRag(key: RagKey, text: string): Rag | null {
  if (typeof key !== 'object' || key === null || !OWN.call(key, text)) return null;
  const rag = key[text];
  return RAG_SET.has(rag) ? rag : null;
}

/** A coloured emoji before words: "🟢 On track", "🔴 Off track - escalated". */
const EMOJI_LEAD = /^(\u{1F534}|\u{1F535}|[\u{1F7E0}-\u{1F7E9}])\ufe0f?\s*/u;

/** The rating of "🟢 On track": the words when they are one, else the emoji's colour. */
function ragOfEmojiAndWords(text: string): Rag | null {
  const lead = EMOJI_LEAD.exec(text);
  if (!lead || lead[0].length === text.length) return null;
  return ragOfText(text.slice(lead[0].length)) ?? EMOJI_DOTS.get(lead[1]) ?? null;
}

/** A cell that is only a dot: its colour is the rating (an emoji's own, else the font's). */
function readDot(text: string, fontColour: string | null | undefined): Reading<Rag | null> | null {
  const t = text.replace(/[\s\ufe0f]/g, '');
  const emoji = EMOJI_DOTS.get(t);
  if (emoji) return { value: emoji };
  if (!FONT_DOT.test(t)) return null;
  const rag = ragFromFill(fontColour);
  if (rag) return { value: rag };
  return noRating(problemOf('unreadable-rag', { kind: 'dot', text, colour: fontColour ?? null }));
}

/**
 * Reads a RAG cell: the plan's own key first (scores, letters, words), then Red/Amber/Green/Blue,
 * their letters, two-tone ratings (Amber/Green, "AG", Red-Amber), On track / At risk / Off track,
 * "Complete" and C (blue, as BRAG keys use it), and a coloured dot (by its font colour). An arrow
 * after a rating is direction of travel and left out; an arrow alone is not a rating. Progress
 * words that stop an action ("On hold", "Cancelled") are no rating and no problem: the action's
 * state comes from them (stageInRagText). Empty is no rating and no problem.
 */
export function readRag(
  value: CellValue,
  key?: RagKey,
  fontColour?: string | null
): Reading<Rag | null> {
  // A number is a rating only through a key (a score); NaN is shown as written, not taken for empty.
  const text = typeof value === 'number' ? String(value) : cellText(value);
  if (!text) return { value: null };
  const keyed = key ? keyedRag(key, normalise(text)) : null;
  if (keyed) return { value: keyed };
  if (typeof value === 'number' || SCORE.test(text)) {
    return noRating(
      SCORE.test(text)
        ? problemOf('unreadable-rag', { kind: 'score', score: text })
        : problemOf('unreadable-rag', { kind: 'not-a-rating', text })
    );
  }
  const rag = ragOfText(text) ?? ragOfEmojiAndWords(text);
  if (rag) return { value: rag };
  const dot = readDot(text, fontColour);
  if (dot) return dot;
  const stage = stageInRagText(text);
  if (stage === 'complete') return { value: 'blue' };
  if (stage) return { value: null };
  const direction = readDirection(text);
  if (direction) {
    return noRating(problemOf('rag-is-direction', { text, direction }));
  }
  return noRating(problemOf('unreadable-rag', { kind: 'not-a-rating', text }));
}

/**
 * True when the text is a rating by colour, so a Status column of such text is a RAG column.
 * Completion words are left out: readRag reads them as Blue, but they are as much progress words
 * and would tip a Status column of Complete / In progress / Not started towards RAG.
 */
export function isRagText(text: string): boolean {
  if (typeof text !== 'string') return false;
  const rag = ragOfText(text) ?? ragOfEmojiAndWords(text);
  return rag !== null && !(rag === 'blue' && stageOfText(text) === 'complete');
}

/** True when a cell is only a dot or square coloured by its font ("●"), whose rating is that colour. */
export function isRagDot(text: string): boolean {
  return (
    typeof text === 'string' && text.length <= 8 && FONT_DOT.test(text.replace(/[\s\ufe0f]/g, ''))
  );
}
