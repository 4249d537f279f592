/**
 * A history sheet edited or damaged by hand or by another program is never dropped nor misread
 * without a word (issue 18, item 5). The plan (workbookFiles.ts PLAN: four actions, unchanged
 * throughout) is refreshed on 1 October 2024; the history sheet that refresh wrote is then damaged
 * in its XML, as a person or a program might, and the plan refreshed again on 8 October. With an
 * undamaged history that second refresh says "Since the refresh as of 1 Oct 2024: no changes."
 *
 * The first refresh's history sheet (historySheet.ts, Format 2): row 1 the title, 2 a note, 3 the
 * format line, 4 to 6 the prints of Summary, Overdue and Data quality (the plan has no money, so no
 * Savings), 7 the snapshot row (number 1, 4 actions), 8 to 11 the actions 1 to 4.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { runCheck } from '../../src/cli/check';
import { readHistory } from '../../src/report/historyRead';
import { readWorkbook } from '../../src/xlsx';
import { editSheetXml, partOf, planWorkbook, rowsOf, textCell, refreshAt } from './workbookFiles';

const HISTORY = 'RAG Plan history';
const NO_CHANGES = 'Since the refresh as of 1 Oct 2024: no changes.';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-damaged-'));
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

const refresh = refreshAt;

/** The plan refreshed once on 1 October 2024, its history then edited by `damage`. */
async function refreshedThenDamaged(
  name: string,
  damage: (xml: string) => string
): Promise<string> {
  const file = path.join(dir, `${name}.xlsx`);
  await planWorkbook(file);
  await refresh(file, '2024-10-01T09:00:00');
  await editSheetXml(file, HISTORY, damage);
  return file;
}

/** Row `r` of the sheet XML replaced by `edit` of it. */
const editRow = (r: number, edit: (row: string) => string) => (xml: string) =>
  xml.replace(rowsOf(xml).get(r)!, (row) => edit(row));

/** Rows after `r` moved up one, as Excel does when row `r` is deleted. */
function deleteRow(xml: string, r: number): string {
  return xml
    .replace(rowsOf(xml).get(r)!, '')
    .replace(/<row\b([^>]*)\br="(\d+)"/g, (m, before: string, n: string) =>
      Number(n) > r ? `<row${before}r="${Number(n) - 1}"` : m
    )
    .replace(/<c\b([^>]*)\br="([A-Z]+)(\d+)"/g, (m, before: string, col: string, n: string) =>
      Number(n) > r ? `<c${before}r="${col}${Number(n) - 1}"` : m
    );
}

/** The Data quality sheet's rows about the history. */
async function qualityHistoryRows(file: string): Promise<unknown[][]> {
  const quality = (await readWorkbook(file)).find((g) => g.sheet === 'Data quality')!;
  return quality.values.filter((r) => String(r[1] ?? '').startsWith('RAG Plan history'));
}

describe('a damaged history is read as far as it can be, and what could not be read is named', () => {
  test('dates retyped as date numbers (as Excel keeps a typed date: the as-of and due dates) are read as the dates they are', async () => {
    // Excel's day numbers: 1 Jan 2024 is 45292, so 31 Jul 2024 (212 days on) is 45504 and 1 Oct
    // 2024 (274 days on) 45566; 31 Dec 2024 is 45657, 31 Mar 2025 45747, 30 Jun 2025 45838.
    const serial: Record<string, number> = {
      '2024-07-31': 45504,
      '2024-10-01': 45566,
      '2024-12-31': 45657,
      '2025-03-31': 45747,
      '2025-06-30': 45838,
    };
    const file = await refreshedThenDamaged('numbers', (xml) =>
      xml.replace(
        /<c r="([A-Z]+\d+)" t="inlineStr"><is><t>(\d{4}-\d{2}-\d{2})<\/t><\/is><\/c>/g,
        (_, ref: string, iso: string) => `<c r="${ref}"><v>${serial[iso]}</v></c>`
      )
    );
    const said = await refresh(file, '2024-10-08T09:00:00');
    expect(said).toContain(NO_CHANGES);
    expect(said).not.toContain('not read as written');
  });

  test('an unknown RAG word: the action is read with no RAG, not as added, and its row is named in the output and on the Data quality sheet', async () => {
    // Row 9 is action 2, Publish the housing strategy (Amber).
    const file = await refreshedThenDamaged(
      'purple',
      editRow(9, (row) => row.replace('<t>amber</t>', '<t>Purple</t>'))
    );
    // check names it too (before the refresh, which writes the history again, whole).
    const checked: string[] = [];
    await runCheck(file, { asOf: '2024-10-08' }, (t) => void checked.push(t));
    expect(checked.join('')).toContain('  row 9: the RAG "Purple" is not one RAG Plan writes');
    const said = await refresh(file, '2024-10-08T09:00:00');
    // No RAG then, Amber now: not a move (both must be known), and the action is matched by its text.
    expect(said).toContain(NO_CHANGES);
    expect(said).toContain(
      'The history sheet has 1 row not read as written:\n  row 9: the RAG "Purple" is not one RAG Plan writes; read as no RAG.'
    );
    expect(await qualityHistoryRows(file)).toEqual([
      [
        'Warning',
        'RAG Plan history, row 9',
        'the RAG "Purple" is not one RAG Plan writes; read as no RAG',
      ],
    ]);
  });

  test('the format row deleted (rows moved up): read all the same', async () => {
    const file = await refreshedThenDamaged('no-format-row', (xml) => deleteRow(xml, 3));
    const said = await refresh(file, '2024-10-08T09:00:00');
    expect(said).toContain(NO_CHANGES);
    expect(said).not.toContain('not read as written');
  });

  test('a sheet cut short: the snapshot that lost rows is named and left out, never read as actions added', async () => {
    const file = path.join(dir, 'cut.xlsx');
    await planWorkbook(file);
    await refresh(file, '2024-10-01T09:00:00');
    await refresh(file, '2024-10-08T09:00:00');
    // Snapshot 2 is the last: its snapshot row, then its four actions, end the sheet. The last two go.
    await editSheetXml(file, HISTORY, (xml) => {
      const rows = [...rowsOf(xml)].sort((a, b) => a[0] - b[0]);
      return xml.replace(rows[rows.length - 1][1], '').replace(rows[rows.length - 2][1], '');
    });
    // Rows 1-3 the preamble, 4-6 the prints, 7 snapshot 1 and 8-11 its actions, 12 snapshot 2.
    const snapRow = 12;
    const said = await refresh(file, '2024-10-15T09:00:00');
    // Compared with the whole snapshot of 1 October instead: the plan has not changed since.
    expect(said).toContain(NO_CHANGES);
    expect(said).toContain(
      `  row ${snapRow}: snapshot 2 (as of 2024-10-08) kept 4 actions but 2 are on the sheet: the sheet was cut short or rows were deleted, so it is left out rather than compared.`
    );
    expect(said).not.toMatch(/added/);
  });

  test('A1 retitled: still our history, read, never called your own sheet', async () => {
    const file = await refreshedThenDamaged('retitled', (xml) =>
      xml.replace('<t>RAG Plan history</t>', '<t>Old notes</t>')
    );
    const said = await refresh(file, '2024-10-08T09:00:00');
    expect(said).toContain(NO_CHANGES);
    expect(said).not.toContain('your own sheet');
    expect((await readWorkbook(file)).map((g) => g.sheet)).not.toContain(
      'RAG Plan history (RAG Plan)'
    );
  });

  test('emptied: still our history, written again in its place, never called your own sheet', async () => {
    const file = await refreshedThenDamaged('emptied', (xml) =>
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData/>')
    );
    const said = await refresh(file, '2024-10-08T09:00:00');
    expect(said).toContain('No earlier refresh to compare with; this one is kept for the next.');
    expect(said).not.toContain('your own sheet');
    const sheets = (await readWorkbook(file)).map((g) => g.sheet);
    expect(sheets.filter((s) => s.includes('history'))).toEqual([HISTORY]);
    const back = readHistory((await readWorkbook(file)).find((g) => g.sheet === HISTORY));
    expect(back.snapshots.map((s) => [s.seq, s.asOf])).toEqual([[1, '2024-10-08']]);
  });

  test('nothing on it readable: set aside, visible, byte for byte, and a new history started, with one line', async () => {
    const garbage =
      '<sheetData><row r="1">' +
      textCell('A1', 'Shopping list') +
      '</row><row r="2">' +
      textCell('A2', 'Eggs') +
      textCell('B2', '12') +
      '</row></sheetData>';
    const file = await refreshedThenDamaged('garbage', (xml) =>
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, garbage)
    );
    const before = await JSZip.loadAsync(await fs.readFile(file));
    const oldPart = await partOf(before, HISTORY);
    const oldBytes = await before.file(oldPart)!.async('nodebuffer');
    const said = await refresh(file, '2024-10-08T09:00:00');
    expect(said).toContain(
      'The history sheet could not be read (none of its rows is laid out as RAG Plan keeps its history (A1 holds "Shopping list")); it is kept, visible, as “Unreadable RAG Plan history” for you to look at or delete, and a new history starts with this refresh.'
    );
    expect(said).toContain('No earlier refresh to compare with; this one is kept for the next.');
    expect(said).not.toContain('your own sheet');
    const after = await JSZip.loadAsync(await fs.readFile(file));
    const workbook = await after.file('xl/workbook.xml')!.async('string');
    // The old sheet, visible (no state), under its new name, its part untouched.
    const setAside = workbook.match(/<sheet\b[^>]*name="Unreadable RAG Plan history"[^>]*>/)?.[0];
    expect(setAside).toBeDefined();
    expect(setAside).not.toContain('state=');
    const keptPart = await partOf(after, 'Unreadable RAG Plan history');
    expect(keptPart).toBe(oldPart);
    expect((await after.file(keptPart)!.async('nodebuffer')).equals(oldBytes)).toBe(true);
    // The new history, very hidden, ours by its name.
    expect(workbook).toMatch(/<sheet\b[^>]*name="RAG Plan history"[^>]*state="veryHidden"/);
    expect(workbook).toContain(
      '<definedName name="RagPlan_History">\'RAG Plan history\'!$A$1</definedName>'
    );
    const back = readHistory((await readWorkbook(file)).find((g) => g.sheet === HISTORY));
    expect(back.snapshots.map((s) => [s.seq, s.asOf, s.actions.length])).toEqual([
      [1, '2024-10-08', 4],
    ]);
    // And the next refresh compares with the new history, quietly.
    const next = await refresh(file, '2024-10-15T09:00:00');
    expect(next).toContain('Since the refresh as of 8 Oct 2024: no changes.');
    expect(next).not.toContain('could not be read');
  });
});
