/**
 * The fake host's workbook saved as an .xlsx file, as Excel would save it for what the command
 * line reads: each sheet's values, number formats and merged areas (written with ExcelJS, the way
 * tests build workbooks), and the workbook's custom XML parts as Excel writes them
 * (tests/cli/customXmlPart.ts), byte for byte as the add-in added them.
 */
import ExcelJS from 'exceljs';
import { withCustomXmlParts } from '../../cli/customXmlPart';
import type { Snapshot } from '../host/snapshot';

export async function saveAsXlsx(snapshot: Snapshot): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      state:
        sheet.visibility === 'Visible'
          ? 'visible'
          : sheet.visibility === 'Hidden'
            ? 'hidden'
            : 'veryHidden',
    });
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value as ExcelJS.CellValue;
        const format = sheet.numberFormats[r]?.[c];
        if (format && format !== 'General') cell.numFmt = format;
      })
    );
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return withCustomXmlParts(
    bytes,
    snapshot.customXmlParts.map((p) => p.xml)
  );
}
