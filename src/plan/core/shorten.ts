/**
 * The one rule for shortening text, for messages, snapshots and lists alike: on one line, at most
 * `max` characters with "…" when cut, and cut only between whole characters as a reader sees them
 * (grapheme clusters: an emoji with its skin tone, a family joined by zero-width joiners, a flag, a
 * letter with its accents), so nothing is ever split into "\uFFFD" or half a symbol.
 */

/** How a text is cut: anywhere between characters, or at the last space when one is near the end. */
export type CutAt = 'character' | 'word';

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
const SEGMENTER: Segmenter | null =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new (Intl as unknown as { Segmenter: new (l?: string, o?: object) => Segmenter }).Segmenter(
        undefined,
        { granularity: 'grapheme' }
      )
    : null;

/** The first `count` characters of a text, and whether that was all of it. */
function firstCharacters(text: string, count: number): { head: string; whole: boolean } {
  // Without Intl.Segmenter (very old webviews), code points: still never half a surrogate pair.
  const pieces = SEGMENTER ? SEGMENTER.segment(text) : text;
  let head = '';
  let n = 0;
  for (const piece of pieces) {
    if (n === count) return { head, whole: false };
    head += typeof piece === 'string' ? piece : piece.segment;
    n++;
  }
  return { head, whole: true };
}

/** Runs of white space (line breaks, tabs) as one space, trimmed; the text itself when it has none. */
function oneLine(text: string): string {
  return /\s\s|[\t\n\r]|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * Text on one line, cut to at most `max` characters (the "…" counted) when longer. `word`: cut at
 * the last space when one falls in the last 40% of `max`, so a word is not broken.
 */
export function shorten(text: string, max: number, at: CutAt = 'character'): string {
  const flat = oneLine(text);
  // Most text is short: a UTF-16 length within the limit is within it in characters too.
  if (flat.length <= max) return flat;
  const all = firstCharacters(flat, max);
  if (all.whole) return flat;
  const cut = firstCharacters(flat, Math.max(0, max - 1)).head;
  const space = at === 'word' ? cut.lastIndexOf(' ') : -1;
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
