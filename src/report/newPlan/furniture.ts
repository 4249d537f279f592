/**
 * Page furniture: what a printed report repeats on every page and a paste carries along. Page
 * numbers ("4", "- 4 -", "Page 7 of 12", "4 | Page"), footers (an address line with a web address,
 * telephone, email, postcode or company number), protective markings ("OFFICIAL") and running
 * headers (a short line met more than once). None of it is ever part of a recommendation.
 */
import type { TextLine } from './textLines';

const PAGE_NUMBER =
  /^(?:[-–—|]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—|]\s*(?:p\s?a\s?g\s?e)?)?$/i;
const PROTECTIVE_MARKING =
  /^(?:official|official[\s-]+sensitive|not protectively marked|restricted|unclassified|classification:.*)$/i;

/** Marks that only a footer or letterhead carries; two of them make a line a footer. */
const FOOTER_MARKS: RegExp[] = [
  /\bwww\.\S+|https?:\/\/\S+/i,
  /\b[\w.+-]+@[\w-]+\.[\w.]+\b/,
  /\b(?:telephone|tel|phone|fax)\b\W*[:*]?\s*\+?[\d(]/i,
  /\b(?:company|charity|registration)\s+(?:number|no\.?)\b/i,
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/,
  /©|\bcopyright\b/i,
];

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

export function isFooter(text: string): boolean {
  if (PROTECTIVE_MARKING.test(text.trim())) return true;
  let marks = 0;
  for (const mark of FOOTER_MARKS) if (mark.test(text)) marks++;
  return marks >= 2;
}

/** Lines that repeat word for word (a running header or footer): short, and not a list item. */
function repeated(lines: TextLine[], isItem: (index: number) => boolean): Set<string> {
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!line.text || line.text.length > 120 || isItem(i)) return;
    seen.set(line.text, (seen.get(line.text) ?? 0) + 1);
  });
  const out = new Set<string>();
  for (const [text, n] of seen) if (n > 1) out.add(text);
  return out;
}

/** The indexes of the lines that are page furniture. `isItem` says which lines (by index) start a list item. */
export function furnitureLines(lines: TextLine[], isItem: (index: number) => boolean): Set<number> {
  const again = repeated(lines, isItem);
  const out = new Set<number>();
  lines.forEach((line, i) => {
    if (!line.text) return;
    if (isPageNumber(line.text) || isFooter(line.text) || again.has(line.text)) out.add(i);
  });
  return out;
}
