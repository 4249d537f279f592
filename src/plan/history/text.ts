/**
 * Text rules of action identity: how two texts are compared (normalised), the short fingerprint a
 * snapshot keeps, and how alike two texts are (for reworded actions). Shortening is core's `shorten`.
 */

/** "Agree the  Plan’s scope (draft)." -> "agree the plans scope draft": case, accents, punctuation and spacing never make two actions different. */
export function normaliseText(text: string | null | undefined): string {
  if (!text) return '';
  // Accents are stripped only where there are any: decomposing every text is the slow part.
  const plain = /[^ -~]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return plain
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9£%]+/g, ' ')
    .trim();
}

/** FNV-1a over the UTF-16 code units, from a given offset basis (the standard 32-bit one unless told). */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
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

/** The letter pairs of a text (normalised, spaces removed), counted: what similarity compares. */
export interface PairProfile {
  pairs: Map<string, number>;
  size: number;
  text: string;
}

export function pairProfile(raw: string): PairProfile {
  const text = normaliseText(raw).replace(/ /g, '');
  const pairs = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const p = text.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  return { pairs, size: Math.max(0, text.length - 1), text };
}

/** Sørensen–Dice coefficient of two pair profiles: 1 the same text, 0 no pair shared. */
export function dice(a: PairProfile, b: PairProfile): number {
  if (a.text === b.text) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.pairs.size <= b.pairs.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [p, n] of small.pairs) shared += Math.min(n, large.pairs.get(p) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

/** Sørensen–Dice coefficient of the letter pairs of two texts (normalised): 1 same, 0 nothing shared. */
export function similarity(a: string, b: string): number {
  return dice(pairProfile(a), pairProfile(b));
}
