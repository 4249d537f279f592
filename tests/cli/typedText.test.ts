/**
 * The README's promise that nothing of the user's is lost, for what a user types on our sheets
 * (issue 18, item 4): before a refresh clears one of its sheets it compares the sheet with what the
 * last refresh wrote there (a print kept with the history), moves every cell the user typed to a
 * new sheet "Kept from <sheet>" with where it stood, and says so in one line.
 *
 * The plan (workbookFiles.ts PLAN) refreshed on 1 October 2024 writes, on the Summary, row 8
 * "Actions | 4" and row 9 "Red | 1", and nothing after row 47 (RAG by lead, its total); on
 * Overdue, row 8 the one overdue action, nine cells wide (Status … Go to, A to I).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx';
import { editSheetXml, partOf, planWorkbook, rowsOf, textCell, refreshAt } from './workbookFiles';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-typed-'));
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

const refresh = refreshAt;

/** A cell added at the end of row `r` (which must exist). */
const typeInRow = (r: number, cell: string) => (xml: string) =>
  xml.replace(rowsOf(xml).get(r)!, (row) => row.replace(/<\/row>$/, `${cell}</row>`));

const sheetValues = async (file: string, sheet: string) =>
  (await readWorkbook(file)).find((g) => g.sheet === sheet)?.values;

test('a comment beside a row, a note below the Summary and a number typed over are kept, with where they stood, in one line', async () => {
  const file = path.join(dir, 'typed.xlsx');
  await planWorkbook(file);
  await refresh(file, '2024-10-01T09:00:00');
  await editSheetXml(file, 'Summary', (xml) =>
    typeInRow(
      8,
      textCell('C8', 'Checked by Head of Policy')
    )(
      xml
        // The count of Red actions typed over: 1 becomes 5.
        .replace(/(<c r="B9"[^>]*>)<v>1<\/v>/, '$1<v>5</v>')
        .replace(
          '</sheetData>',
          `<row r="49">${textCell('A49', 'Note for Cabinet: figures exclude the capital programme')}</row></sheetData>`
        )
    )
  );
  await editSheetXml(file, 'Overdue', typeInRow(8, textCell('J8', 'Chased on 30 September')));

  const said = await refresh(file, '2024-10-08T09:00:00');
  expect(said).toContain(
    "Kept what you typed on RAG Plan's sheets before rewriting them: 4 cells from “Summary” in the new sheet “Kept from Summary”, 1 cell from “Overdue” in the new sheet “Kept from Overdue”."
  );
  // Row by row as they stood: C8 beside "Actions | 4"; row 9 "Red | 5" is not as the refresh wrote
  // it, so both its cells; the note on row 49, where the refresh wrote nothing.
  const beside = 'typed beside a row the refresh wrote';
  const row = 'in a row the refresh did not write as it is (typed, or typed over)';
  expect((await sheetValues(file, 'Kept from Summary'))?.slice(3)).toEqual([
    ['Where it stood', 'What it held', 'Why it was kept'],
    ["'Summary'!C8", 'Checked by Head of Policy', beside],
    ["'Summary'!A9", 'Red', row],
    ["'Summary'!B9", 5, row],
    ["'Summary'!A49", 'Note for Cabinet: figures exclude the capital programme', row],
  ]);
  expect((await sheetValues(file, 'Kept from Overdue'))?.slice(4)).toEqual([
    ["'Overdue'!J8", 'Chased on 30 September', beside],
  ]);
  // The Summary itself is as the refresh wrote it: none of the typing is left there.
  const summary = (await sheetValues(file, 'Summary'))!;
  expect(summary.flat()).not.toContain('Checked by Head of Policy');
  expect(summary.flat()).not.toContain('Note for Cabinet: figures exclude the capital programme');

  // The kept sheets are the user's: the next refresh leaves them byte for byte, and keeps nothing more.
  const zipOf = async () => JSZip.loadAsync(await fs.readFile(file));
  const before = await zipOf();
  const keptPart = await partOf(before, 'Kept from Summary');
  const keptBytes = await before.file(keptPart)!.async('nodebuffer');
  const next = await refresh(file, '2024-10-15T09:00:00');
  expect(next).not.toContain('Kept what you typed');
  const after = await zipOf();
  expect(await partOf(after, 'Kept from Summary')).toBe(keptPart);
  expect((await after.file(keptPart)!.async('nodebuffer')).equals(keptBytes)).toBe(true);
  const sheets = (await readWorkbook(file)).map((g) => g.sheet);
  expect(sheets.filter((s) => s.startsWith('Kept from'))).toEqual([
    'Kept from Summary',
    'Kept from Overdue',
  ]);
});

test('typed again after that: kept on "Kept from Summary 2", the first left as it is', async () => {
  const file = path.join(dir, 'twice.xlsx');
  await planWorkbook(file);
  await refresh(file, '2024-10-01T09:00:00');
  await editSheetXml(file, 'Summary', typeInRow(8, textCell('C8', 'First note')));
  await refresh(file, '2024-10-08T09:00:00');
  await editSheetXml(file, 'Summary', typeInRow(8, textCell('D8', 'Second note')));
  const said = await refresh(file, '2024-10-15T09:00:00');
  expect(said).toContain('1 cell from “Summary” in the new sheet “Kept from Summary 2”');
  expect((await sheetValues(file, 'Kept from Summary'))?.[4]).toEqual([
    "'Summary'!C8",
    'First note',
    'typed beside a row the refresh wrote',
  ]);
  expect((await sheetValues(file, 'Kept from Summary 2'))?.[4]).toEqual([
    "'Summary'!D8",
    'Second note',
    'typed beside a row the refresh wrote',
  ]);
});

test('rows of ours moved about by the user are still ours: nothing of ours is kept as typed', async () => {
  const file = path.join(dir, 'sorted.xlsx');
  await planWorkbook(file);
  await refresh(file, '2024-10-01T09:00:00');
  // Rows 8 and 9 swapped, as a sort would: "Red | 1" now on row 8, "Actions | 4" on row 9.
  await editSheetXml(file, 'Summary', (xml) => {
    const rows = rowsOf(xml);
    const renumber = (row: string, from: number, to: number) =>
      row.replace(new RegExp(`(r="[A-Z]*)${from}"`, 'g'), `$1${to}"`);
    return xml
      .replace(rows.get(8)!, '\u0000')
      .replace(rows.get(9)!, renumber(rows.get(8)!, 8, 9))
      .replace('\u0000', renumber(rows.get(9)!, 9, 8));
  });
  const said = await refresh(file, '2024-10-08T09:00:00');
  expect(said).not.toContain('Kept what you typed');
  expect((await readWorkbook(file)).map((g) => g.sheet)).not.toContain('Kept from Summary');
});
