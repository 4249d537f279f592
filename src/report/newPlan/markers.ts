/**
 * How a line starts a list item, as reports write them: a "Recommendation 3" heading (with or
 * without a paragraph number before it), a numbered paragraph ("2.1", "2.1."), a number ("3.",
 * "3)", "(3)"), a letter ("a)", "(b)", "C.") or a bullet. A line that starts none is text.
 */
export type MarkerKind = 'heading' | 'decimal' | 'number' | 'letter' | 'bullet';

export interface Marker {
  kind: MarkerKind;
  /** The item's own label: "3" for "Recommendation 3", "2.1", "3", "b", or the bullet sign. */
  label: string;
  /** A heading's paragraph number ("2.3" in "2.3. Recommendation 3"), else the decimal's prefix ("2" of "2.3"). */
  section: string | null;
  /** What follows the marker on the line (may be empty). */
  rest: string;
}

const HEADING =
  /^(?:(\d{1,3}(?:\.\d{1,3})*)\.?\s+)?(?:key\s+)?(?:recommendation|rec\.?)\s+(?:no\.?\s*)?(\d{1,3}\b|[a-z](?=\s*[:.)\-–—]|\s*$))\s*[:.)\-–—]?\s*(.*)$/i;
const SHORT_HEADING = /^R(\d{1,3})\s*[:.)\-–—]\s*(.*)$|^R(\d{1,3})\s+(\S.*)$/;
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3})+)\.?\)?(?:\s+(.*))?$/;
const NUMBER =
  /^\(?(\d{1,3})(?:[.)]|\s*[-–—:])(?:\s+(.*)|$)|^\((\d{1,3})\)\s*(.*)$|^(\d{1,3})\s+([A-Z(“"'‘].*)$/;
const LETTER = /^\(([a-z])\)\s*(.*)$|^([a-z])[.)]\s+(.*)$/i;
const BULLET = /^([•●▪■◦○·∙‣⁃➢➤►✓✔*o\-–—])\s+(.*)$|^([•●▪■◦○·∙‣⁃➢➤►✓✔])(\S.*)$/;

function heading(text: string): Marker | null {
  const m = HEADING.exec(text);
  if (m) return { kind: 'heading', label: m[2], section: m[1] ?? null, rest: m[3].trim() };
  const s = SHORT_HEADING.exec(text);
  if (!s) return null;
  return { kind: 'heading', label: s[1] ?? s[3], section: null, rest: (s[2] ?? s[4]).trim() };
}

function numbered(text: string): Marker | null {
  const d = DECIMAL.exec(text);
  if (d) {
    const parts = d[1].split('.');
    return {
      kind: 'decimal',
      label: d[1],
      section: parts.slice(0, -1).join('.'),
      rest: (d[2] ?? '').trim(),
    };
  }
  const n = NUMBER.exec(text);
  if (n) {
    const label = n[1] ?? n[3] ?? n[5];
    return { kind: 'number', label, section: null, rest: (n[2] ?? n[4] ?? n[6] ?? '').trim() };
  }
  return null;
}

/** The marker a line starts with, or null for plain text. */
export function readMarker(text: string): Marker | null {
  const line = text.trim();
  if (!line) return null;
  const h = heading(line);
  if (h) return h;
  const n = numbered(line);
  if (n) return n;
  const l = LETTER.exec(line);
  if (l)
    return {
      kind: 'letter',
      label: (l[1] ?? l[3]).toLowerCase(),
      section: null,
      rest: (l[2] ?? l[4]).trim(),
    };
  const b = BULLET.exec(line);
  if (b) return { kind: 'bullet', label: b[1] ?? b[3], section: null, rest: (b[2] ?? b[4]).trim() };
  return null;
}
