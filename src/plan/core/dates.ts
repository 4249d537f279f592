import { addDays } from 'date-fns/addDays';
import { isValid } from 'date-fns/isValid';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import type { IsoDate } from './types';

/** Excel's day 0 (1899-12-30 in the 1900 date system, which absorbs the 1900 leap-year bug). */
const EXCEL_EPOCH = new Date(1899, 11, 30);

/** Excel's serial for 29 February 1900, a day that never was (Lotus 1-2-3's leap-year bug, kept by Excel). */
export const EXCEL_PHANTOM_LEAP_DAY = 60;

/**
 * An Excel serial date to the ISO date Excel shows for it; null when it is not a plausible date
 * (1900..9999) or is serial 60, the 29 February 1900 Excel shows but the calendar never had.
 * Serials 1-59 (January and February 1900) sit before the phantom day, so they count from a day later.
 */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const day = Math.floor(serial);
  if (day === EXCEL_PHANTOM_LEAP_DAY) return null;
  return lightFormat(
    addDays(EXCEL_EPOCH, day < EXCEL_PHANTOM_LEAP_DAY ? day + 1 : day),
    'yyyy-MM-dd'
  );
}

/** The number written at iso[at, at + length) (digits only, as an IsoDate has). */
function digitsAt(iso: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) n = n * 10 + iso.charCodeAt(i) - 48;
  return n;
}

/**
 * Days since 1970-01-01 of an ISO date; UTC arithmetic, so no time zone or DST can shift it. Hot
 * (every dated action, every summary row): read digit by digit, no strings cut or looked up.
 */
function dayNumber(iso: IsoDate): number {
  return Date.UTC(digitsAt(iso, 0, 4), digitsAt(iso, 5, 2) - 1, digitsAt(iso, 8, 2)) / 86_400_000;
}

/** Excel serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** An ISO date to an Excel serial date (whole days). Hot: every dated row of a summary sheet. */
export function isoToSerial(iso: IsoDate): number {
  const serial = Math.round(dayNumber(iso)) + UNIX_EPOCH_SERIAL;
  // Before 1 March 1900 Excel's count is a day short: it has no phantom 29 February yet to count.
  return serial <= EXCEL_PHANTOM_LEAP_DAY ? serial - 1 : serial;
}

/** A local calendar date as ISO. */
export function toIso(date: Date): IsoDate {
  return lightFormat(date, 'yyyy-MM-dd');
}

/** Today's local calendar date. */
export function todayIso(): IsoDate {
  return toIso(new Date());
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(text) && isValid(parseISO(text)) && toIso(parseISO(text)) === text
  );
}

/** Whole days from a to b (positive when b is later). Hot: called for every dated action. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round(dayNumber(b) - dayNumber(a));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-03-31" -> "31 Mar 2024", the form the reports show. Hot, so plain string work. */
export function displayDate(iso: IsoDate): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/**
 * "2024-10-01T09:05:00Z" -> "1 Oct 2024, 10:05" in local time; text that is not a time is kept.
 * lightFormat, not format: format carries every locale token (about 8 KB gzipped in the pane's
 * first load) for the one month name, which MONTHS gives.
 */
export function displayDateTime(iso: string): string {
  const d = parseISO(iso);
  if (!isValid(d)) return iso;
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${lightFormat(d, 'yyyy, HH:mm')}`;
}
