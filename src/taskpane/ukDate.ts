/**
 * Dates typed in the pane, read the UK way whatever the browser's locale: "30/11/2026",
 * "30/11/26", "30 Nov 2026", "30 November 2026" or "2026-11-30". Shown back as "30/11/2026".
 */
import { isIsoDate } from '../plan';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The ISO date for what the user typed, or null when it is not a whole, real date. */
export function parseUkDate(text: string): string | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (numeric) return iso(Number(numeric[1]), Number(numeric[2]), year(numeric[3]));
  const words = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{2}|\d{4})$/i.exec(t);
  if (words) {
    const month = MONTHS.indexOf(words[2].slice(0, 3).toLowerCase()) + 1;
    const full = words[2].toLowerCase();
    // "Sept" and full month names are fine; "Novembr" is not.
    const known =
      month > 0 &&
      (full.length <= 4 ||
        new Date(2000, month - 1, 1).toLocaleString('en-GB', { month: 'long' }).toLowerCase() ===
          full);
    return known ? iso(Number(words[1]), month, year(words[3])) : null;
  }
  return null;
}

/** "2026-11-30" -> "30/11/2026". */
export function showUkDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

function year(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function iso(day: number, month: number, y: number): string | null {
  const d = new Date(Date.UTC(y, month - 1, day));
  if (d.getUTCFullYear() !== y || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return null;
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
