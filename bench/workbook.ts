/** Writes a generated plan to an .xlsx file with ExcelJS, as a council officer's workbook would look. */
import ExcelJS from 'exceljs';
import type { Grid } from '../src/plan/core/grid';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const WIDTHS = [6, 22, 50, 60, 30, 18, 10, 14, 24];

/** True for a number format that shows a date. */
function isDateFormat(format: string | null | undefined): boolean {
  return !!format && /[dy]/i.test(format.replace(/"[^"]*"/g, '')) && !format.includes('£');
}

export async function writePlanWorkbook(grid: Grid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheet);
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  grid.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(grid.top + r, grid.left + c);
      const format = grid.numberFormats?.[r]?.[c];
      if (typeof v === 'number' && isDateFormat(format)) {
        // ExcelJS writes JavaScript dates as UTC; a serial is whole days from Excel's epoch.
        cell.value = new Date(EXCEL_EPOCH_MS + v * 86_400_000);
      } else if (typeof v === 'object') {
        cell.value = { error: v.error } as ExcelJS.CellErrorValue;
      } else {
        cell.value = v;
      }
      if (format && format !== 'General') cell.numFmt = format;
      if (typeof v === 'string' && v.includes('\n'))
        cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  grid.fills?.forEach((row, r) =>
    row.forEach((fill, c) => {
      if (!fill) return;
      ws.getCell(grid.top + r, grid.left + c).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: `FF${fill.slice(1).toUpperCase()}` },
      };
    })
  );
  for (const m of grid.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  await wb.xlsx.writeFile(file);
}
