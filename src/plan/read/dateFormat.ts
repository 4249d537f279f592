/**
 * What an Excel number format shows of a date: the day, only the month, only the year, or no
 * date at all. The one home of the rule that a date shown without its day names the whole month
 * (or year): "Mar-27" written as a deadline means by the END of March 2027, as a reader takes it,
 * not 1 March, which Excel stores underneath because it must store some day.
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'none';

/** The format's codes with quoted text, [colours]/[locales] and escaped characters taken out. */
function codes(format: string): string {
  return format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
}

function classify(format: string): DatePrecision {
  const code = codes(format).trim();
  if (/^(general|standard|@)?$/i.test(code)) return 'none';
  if (!/[dmy]/i.test(code)) return 'none';
  // "d" or a time (h, s: "mm" beside them is minutes) shows more than a month.
  if (/[dhs]/i.test(code)) return 'day';
  if (/m/i.test(code)) return 'month';
  return 'year';
}

const known = new Map<string, DatePrecision>();

/** How much of a date a number format shows; 'none' when it shows no date (or is not known). */
export function datePrecision(numberFormat: string | null | undefined): DatePrecision {
  if (typeof numberFormat !== 'string') return 'none';
  let precision = known.get(numberFormat);
  if (precision === undefined) {
    precision = classify(numberFormat);
    // A workbook has few formats, used on many cells; bounded all the same.
    if (known.size >= 1000) known.clear();
    known.set(numberFormat, precision);
  }
  return precision;
}
