/**
 * Attributes read in place from a start tag in the XML text (the tokenizer's source from start to
 * end), so the hot path of a worksheet cuts out no string it does not keep.
 */

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/**
 * Where an attribute's value starts in a tag (source from start to end), just past its opening
 * quote, or -1. `needle` is the name with its "=", e.g. "r=". No entity decoding: cell refs, styles
 * and types never need it.
 */
export function attrStart(source: string, start: number, end: number, needle: string): number {
  // Looked for within the tag only: a search of the rest of the text for an attribute the tag
  // does not have (a cell with no style) would read the whole chunk again for every cell.
  const first = needle.charCodeAt(0);
  for (let i = start + 1, last = end - needle.length; i <= last; i++) {
    // The name must stand alone (" r=", not " ref=" or "xr:r=").
    if (
      source.charCodeAt(i) === first &&
      isSpace(source.charCodeAt(i - 1)) &&
      source.startsWith(needle, i)
    )
      return i + needle.length + 1;
  }
  return -1;
}

/** An attribute's value as text, or null. */
export function rawAttr(source: string, start: number, end: number, needle: string): string | null {
  const from = attrStart(source, start, end, needle);
  if (from < 0) return null;
  const close = source.indexOf(source[from - 1], from);
  return close < 0 || close > end ? null : source.slice(from, close);
}

function isDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

/** The whole number from `at` up to the closing quote, or -1 when anything else comes first. */
export function numberAt(source: string, at: number): number {
  let n = 0;
  let i = at;
  for (; isDigit(source.charCodeAt(i)); i++) n = n * 10 + source.charCodeAt(i) - 48;
  const after = source.charCodeAt(i);
  return i > at && (after === 34 || after === 39) ? n : -1;
}

/** A cell reference's column ("AB12" -> 28) and row (12), read in place; 0 for a part not there. */
export function refAt(source: string, at: number): { col: number; row: number } {
  let col = 0;
  let i = at;
  for (; ; i++) {
    const ch = source.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else if (ch !== 36 /* $ */) break;
  }
  return { col, row: Math.max(0, numberAt(source, i)) };
}
