import { addDays, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { IsoDate } from './types';

/** Excel's day 0 (1899-12-30 in the 1900 date system, which absorbs the 1900 leap-year bug). */
const EXCEL_EPOCH = new Date(1899, 11, 30);

/** An Excel serial date to an ISO date; null when it is not a plausible date (1900..9999). */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  return format(addDays(EXCEL_EPOCH, Math.floor(serial)), 'yyyy-MM-dd');
}

/** An ISO date to an Excel serial date (whole days). */
export function isoToSerial(iso: IsoDate): number {
  return differenceInCalendarDays(parseISO(iso), EXCEL_EPOCH);
}

/** A local calendar date as ISO. */
export function toIso(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/** Today's local calendar date. */
export function todayIso(): IsoDate {
  return toIso(new Date());
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isValid(parseISO(text)) && toIso(parseISO(text)) === text;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(parseISO(b), parseISO(a));
}

/** "2024-03-31" -> "31 Mar 2024", the form the reports show. */
export function displayDate(iso: IsoDate): string {
  return format(parseISO(iso), 'd MMM yyyy');
}
