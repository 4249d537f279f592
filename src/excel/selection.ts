/** The range the user has selected (workbook.getSelectedRange, ExcelApi 1.1), as a sheet and range. */
import { parseRange, type SheetRange } from '../plan';
import { problem } from './problem';
import { runExcel } from './run';

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** "A3:F6", "$A$3:$F$6", whole columns "A:F" or whole rows "3:6" as a range. */
function rangeOf(address: string) {
  const cells = parseRange(address);
  if (cells) return cells;
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(address);
  if (cols) {
    const a = parseRange(`${cols[1]}1:${cols[2]}${MAX_ROW}`);
    if (a) return a;
  }
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(address);
  if (rows) return parseRange(`A${rows[1]}:XFD${rows[2]}`);
  return null;
}

/** Reads "'Risk register'!A3:F6" (the address Office.js gives, its sheet quoted as Excel writes it). */
export function selectedFrom(address: string): SheetRange | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address.trim());
  if (!m) return null;
  const range = rangeOf(m[3]);
  if (!range || range.right > MAX_COL) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], ...range };
}

export async function readSelectedRange(): Promise<SheetRange> {
  const address = await runExcel(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address');
    await context.sync();
    return range.address;
  });
  const range = selectedFrom(address);
  if (!range) throw problem('other', `the selection (${address}) is not one range of cells`);
  return range;
}
