/**
 * A line that reads as a heading rather than a sentence: short (at most eight words and 60
 * characters), starting with a capital or a digit, and not ending as a sentence or a lead-in does.
 * Used for themes above recommendations and for the section that ends the list.
 */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 60 || t.split(/\s+/).length > 8) return false;
  if (!/^[A-Z0-9“"'‘(]/.test(t)) return false;
  return !/[.,;:!?]$/.test(t);
}
