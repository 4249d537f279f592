import { addDays } from 'date-fns/addDays';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import type { IsoDate } from '../core';

/** "w/c 3 June 2024", "W/B 3/6/24", "Week commencing 3 June": the date opens a week. */
const WEEK_OF = /^(?:w\/?c|w\/?b|week (?:commencing|beginning|starting))\b\.?:?\s?/;

/**
 * True when the timescale names the week that starts on its date. Such an action is due by the
 * Friday of that week, the last working day (four days after a Monday start).
 */
export function isWeekCommencing(s: string): boolean {
  return WEEK_OF.test(s);
}

/** The Friday of a working week that starts on `start` (four days on). */
export function weekDue(start: IsoDate): IsoDate {
  return lightFormat(addDays(parseISO(start), 4), 'yyyy-MM-dd');
}

/** Words before a date that say it replaces another: "Revised: Mar 2025", "now June", "extended to". */
const REVISED =
  /\b(?:revised|new date|now|extended to|moved to|re-?scheduled(?: to)?|re-?profiled(?: to)?|forecast)\b/g;
/** Words before a date that say it was replaced: "(was March 2025)", "original date". */
const SUPERSEDED = /\b(?:was|original(?:ly)?|previously|initially)\b/g;

/** The last marker of either kind before each position: which dates are revised ones. */
function lastMarkerBefore(s: string, at: number): 'revised' | 'superseded' | null {
  let best = -1;
  let kind: 'revised' | 'superseded' | null = null;
  for (const [regex, k] of [
    [REVISED, 'revised'],
    [SUPERSEDED, 'superseded'],
  ] as const) {
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(s)) !== null && m.index < at) {
      if (m.index > best) {
        best = m.index;
        kind = k;
      }
    }
  }
  return kind;
}

/** Cheap test first: most timescales name no revision. */
const ANY_MARKER = /revised|new date|now|extended|moved|schedul|profiled|forecast/;

/**
 * Which of several dates in one cell is the revised one ("Revised 31/01/2025 (was 31/03/2025)"):
 * the index of the first date after a revision word, or -1 when the text names no revision.
 */
export function revisedIndex(s: string, starts: readonly number[]): number {
  if (!ANY_MARKER.test(s)) return -1;
  for (let i = 0; i < starts.length; i++)
    if (lastMarkerBefore(s, starts[i]) === 'revised') return i;
  return -1;
}
