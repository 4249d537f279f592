/**
 * Text rules of action identity: how two texts are compared (normalised), the short fingerprint a
 * snapshot keeps, and how alike two texts are (for reworded actions).
 */

/** "Agree the  Plan’s scope (draft)." -> "agree the plans scope draft": case, accents, punctuation and spacing never make two actions different. */
export function normaliseText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9£%]+/g, ' ')
    .trim();
}

/** FNV-1a over the UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 64-bit fingerprint as 16 hex digits: two FNV-1a hashes, so 20,000 actions never collide in practice. */
export function fingerprint(parts: (string | null | undefined)[]): string {
  const text = parts.map(normaliseText).join('|');
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x01000193 ^ 0x5bd1e995));
}

/** Text cut to a length on a word boundary where one is near, with an ellipsis: snapshots stay small. */
export function shorten(text: string | null | undefined, max: number): string | null {
  if (text === null || text === undefined) return null;
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Sørensen–Dice coefficient of the character pairs of two normalised texts: 1 same, 0 nothing shared. */
export function similarity(a: string, b: string): number {
  const x = normaliseText(a).replace(/ /g, '');
  const y = normaliseText(b).replace(/ /g, '');
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const p = x.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const p = y.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      shared++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}
