/**
 * The product's own limit (MAX_CELLS, docs/performance.md "The limit"): reading stops with one
 * line past 12,000,000 filled cells in a workbook. Every other test passes its own limit; this one
 * reads with the default, so a raised limit fails here. Built cheaply: the same row of 1,000 cells
 * written 12,000 times counts every cell each time (the limit is on cells read) but keeps 1,000,
 * so memory stays small; the repeated XML deflates to little.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadWorkbook } from '../../src/xlsx';
import { openPackage } from '../../src/xlsx/package';
import { PackageWriter } from '../../src/xlsx/packageWriter';

const EDGE = path.join(__dirname, '..', 'fixtures', 'edge-cases.xlsx');
/**
 * Row 1 written again and again, each time with 1,000 empty cells filled yellow (style 3 of the
 * fixture): each is kept, as a RAG shown only by colour is, and counted.
 */
const ROW = `<row r="1">${'<c s="3"/>'.repeat(1000)}</row>`;
const ROWS_PER_CHUNK = 1000;

/** The edge-case plan with its notes sheet holding `rows` rows of 1,000 filled cells. */
async function workbookWith(rows: number): Promise<Buffer> {
  const pkg = openPackage(await fs.readFile(EDGE), 'plan.xlsx');
  const notes = pkg.sheets.find((s) => s.name === 'My notes')!.part!;
  const block = Buffer.from(ROW.repeat(ROWS_PER_CHUNK));
  const chunks = [
    Buffer.from(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    ),
    ...Array.from({ length: Math.floor(rows / ROWS_PER_CHUNK) }, () => block),
    Buffer.from(ROW.repeat(rows % ROWS_PER_CHUNK)),
    Buffer.from('</sheetData></worksheet>'),
  ];
  const writer = new PackageWriter(pkg);
  writer.put(notes, chunks);
  return writer.bytes();
}

test('past 12,000,000 filled cells in the workbook, reading stops with the documented line', async () => {
  // The plan sheet has cells of its own, so 12,000 rows of 1,000 on the notes sheet are past the limit.
  const book = await workbookWith(12_000);
  await expect(loadWorkbook(book, 'plan.xlsx')).rejects.toThrow(
    'cannot read \'plan.xlsx\': it has more than 12,000,000 filled cells (reached on the sheet "My notes"), more than RAG Plan reads at once; split the plan into smaller workbooks'
  );
}, 60_000);
