import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Grid } from '../../src/plan';
import { main } from '../../src/cli/main';
import { runRefresh } from '../../src/cli/refresh';
import { RagPlanFileError, UsageError } from '../../src/cli/errors';
import { FLAG_MARKER } from '../../src/report/flagRule';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'havering-productivity-plan-2024.xlsx');
const EDGE = path.join(__dirname, '..', 'fixtures', 'edge-cases.xlsx');
const SUMMARY_NAMES = new Set([
  'Summary',
  'Overdue',
  'Data quality',
  'Savings',
  'RAG Plan history',
]);
/** What a refresh leaves the same when nothing changed: all but what it says changed and the snapshots it keeps. */
const steady = (names: string[]) => (g: Grid) => !names.includes(g.sheet);

/** Everything the reader sees of a sheet: values, number formats, fills, merges and tables. */
function look(g: Grid): unknown {
  return {
    sheet: g.sheet,
    top: g.top,
    left: g.left,
    values: g.values,
    numberFormats: g.numberFormats,
    fills: g.fills,
    merges: g.merges,
    tables: g.tables,
  };
}

/** The parts of the file that hold Excel tables, by name, as text. */
async function tableParts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const names = Object.keys(zip.files)
    .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
    .sort();
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-refresh-'));
  process.env.RAG_PLAN_NOW = '2024-06-01T09:00:00Z';
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

describe('rag-plan refresh', () => {
  test('adds the summary sheets, leaves every source sheet as it was, and a second refresh gives the same cells', async () => {
    const before = await readWorkbook(FIXTURE);
    const once = path.join(dir, 'once.xlsx');
    const lines: string[] = [];
    await runRefresh(FIXTURE, { out: once, asOf: '2024-06-01' }, (t) => lines.push(t));
    expect(lines.join('')).toMatch(/Wrote "Summary", "Overdue", "Data quality"/);

    const after = await readWorkbook(once);
    const sources = after.filter((g) => !SUMMARY_NAMES.has(g.sheet));
    expect(sources.map((g) => g.sheet)).toEqual(before.map((g) => g.sheet));
    for (const [i, g] of sources.entries()) {
      expect(look(g)).toEqual(look(before[i]));
    }
    const summary = after.find((g) => g.sheet === 'Summary');
    expect(summary?.values[0][0]).toBe('RAG Plan summary');

    // Refresh the refreshed file in place: only our sheets are rebuilt, with the same cells; the Summary says nothing changed.
    const again: string[] = [];
    await runRefresh(once, { asOf: '2024-06-01' }, (t) => again.push(t));
    const twice = await readWorkbook(once);
    expect(twice.map((g) => g.sheet)).toEqual(after.map((g) => g.sheet));
    const same = steady(['Summary', 'RAG Plan history']);
    expect(twice.filter(same).map(look)).toEqual(after.filter(same).map(look));
    expect(again.join('')).toContain('Since the refresh as of 1 Jun 2024: no changes.');
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('every source sheet of the edge-case workbook is unchanged: values, number formats, fills, merges, tables; plan text that begins with = stays text', async () => {
    const out = path.join(dir, 'edge.xlsx');
    const lines: string[] = [];
    await runRefresh(EDGE, { out, asOf: '2024-10-01' }, (t) => lines.push(t));
    const before = await readWorkbook(EDGE);
    const after = await readWorkbook(out);
    expect(after.map((g) => g.sheet)).toEqual([
      'Savings tracker',
      'My notes',
      'Summary',
      'Overdue',
      'Data quality',
      'Savings',
      'RAG Plan history',
    ]);
    for (const g of before)
      expect(look(after.find((a) => a.sheet === g.sheet) as Grid)).toEqual(look(g));
    // The table with its totals row is written back the same.
    expect(await tableParts(out)).toEqual(await tableParts(EDGE));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cell = wb.getWorksheet('Savings tracker')!.getCell('C7');
    expect(cell.value).toBe('=HYPERLINK("http://example.com","click me")');
    expect(cell.formula).toBeUndefined();
    expect(lines.join('')).toMatch(/Added 2 charts to "Summary": RAG by area, RAG by lead\./);
  });

  test("a user's own sheets named Summary, Overdue, Data quality and Savings keep their values and formats; the summaries take free names", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EDGE);
    for (const name of ['Summary', 'Overdue', 'Data quality', 'Savings']) {
      const ws = wb.addWorksheet(name);
      ws.getCell('A1').value = `Our ${name.toLowerCase()} notes`;
      ws.getCell('B3').value = 0.25;
      ws.getCell('B3').numFmt = '0%';
      ws.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
    }
    const input = path.join(dir, 'users-sheets.xlsx');
    await wb.xlsx.writeFile(input);
    const before = await readWorkbook(input);

    const lines: string[] = [];
    await runRefresh(input, { asOf: '2024-10-01' }, (t) => lines.push(t));
    const after = await readWorkbook(input);
    for (const g of before)
      expect(look(after.find((a) => a.sheet === g.sheet) as Grid)).toEqual(look(g));
    expect(after.map((g) => g.sheet).slice(before.length)).toEqual([
      'Summary (RAG Plan)',
      'Overdue (RAG Plan)',
      'Data quality (RAG Plan)',
      'Savings (RAG Plan)',
      'RAG Plan history',
    ]);
    expect(lines.join('')).toContain(
      'A sheet of yours is already called “Summary”, so it was left alone and the summary went to “Summary (RAG Plan)”.'
    );

    // Refreshed again, our sheets are found by their names and replaced; the user's are still theirs.
    await runRefresh(input, { asOf: '2024-10-01' }, () => undefined);
    const again = await readWorkbook(input);
    const same = steady(['Summary (RAG Plan)', 'RAG Plan history']);
    expect(again.map((g) => g.sheet)).toEqual(after.map((g) => g.sheet));
    expect(again.filter(same).map(look)).toEqual(after.filter(same).map(look));
  });

  test('--flag-in-place shades overdue rows and adds the RAG drop-down without changing a cell; --unflag takes them away', async () => {
    const out = path.join(dir, 'flagged.xlsx');
    const lines: string[] = [];
    await runRefresh(EDGE, { out, asOf: '2024-10-01', flagInPlace: true }, (t) => lines.push(t));
    // On 1 Oct 2024, S1 (30 Sep 2024, row 4) and S5 (31 Mar 2024, row 8) are overdue.
    expect(lines.join('')).toMatch(
      /Flagged "Savings tracker": 2 overdue rows shaded, RAG drop-down on 7 cells; no cell was changed\./
    );
    const flagged = new ExcelJS.Workbook();
    await flagged.xlsx.readFile(out);
    const ws = flagged.getWorksheet('Savings tracker') as ExcelJS.Worksheet;
    const refs = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
      }
    ).conditionalFormattings
      .filter((cf) => cf.rules.some((r) => r.formulae?.includes(FLAG_MARKER)))
      .map((cf) => cf.ref);
    expect(refs.sort()).toEqual(['A4:E4', 'A8:E8', 'G4:I4', 'G8:I8']);
    const source = (await readWorkbook(EDGE)).filter((g) => !SUMMARY_NAMES.has(g.sheet));
    expect((await readWorkbook(out)).filter((g) => !SUMMARY_NAMES.has(g.sheet)).map(look)).toEqual(
      source.map(look)
    );

    const back: string[] = [];
    await runRefresh(out, { asOf: '2024-10-01', unflag: true }, (t) => back.push(t));
    expect(back.join('')).toMatch(
      /Took RAG Plan's flags off "Savings tracker": 4 overdue shadings and 7 RAG drop-downs removed/
    );
    const unflagged = new ExcelJS.Workbook();
    await unflagged.xlsx.readFile(out);
    const left = (
      unflagged.getWorksheet('Savings tracker') as unknown as { conditionalFormattings: unknown[] }
    ).conditionalFormattings;
    expect(left).toEqual([]);
    expect(unflagged.getWorksheet('Savings tracker')!.getCell('F4').dataValidation).toBeUndefined();
  });

  test('--flag-in-place and --unflag together is a usage error, and nothing is written', async () => {
    const out = path.join(dir, 'both.xlsx');
    await expect(
      runRefresh(EDGE, { out, flagInPlace: true, unflag: true }, () => undefined)
    ).rejects.toBeInstanceOf(UsageError);
    await expect(fs.access(out)).rejects.toThrow();
  });

  test('a file that is not there is a RagPlanFileError naming it', async () => {
    await expect(
      runRefresh(path.join(dir, 'missing.xlsx'), {}, () => undefined)
    ).rejects.toBeInstanceOf(RagPlanFileError);
  });

  test('through the command: a file that is not a workbook, or both flag options, is one line on stderr and exit 2; the file is left as it was', async () => {
    const bad = path.join(dir, 'notes.xlsx');
    await fs.writeFile(bad, 'these are my notes, not a workbook');
    const errors: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      errors.push(String(s));
      return true;
    });
    try {
      expect(await main(['node', 'rag-plan', 'refresh', bad])).toBe(2);
      expect(
        await main([
          'node',
          'rag-plan',
          'refresh',
          EDGE,
          '--out',
          path.join(dir, 'x.xlsx'),
          '--flag-in-place',
          '--unflag',
        ])
      ).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^rag-plan: cannot read '.*notes\.xlsx': .+\n$/);
    expect(errors[1]).toBe('rag-plan: use --flag-in-place or --unflag, not both\n');
    expect(await fs.readFile(bad, 'utf8')).toBe('these are my notes, not a workbook');
  });

  test('when the output cannot be written, the error says so, no temporary file is left, and the source is untouched', async () => {
    const blocked = path.join(dir, 'blocked.xlsx');
    await fs.mkdir(blocked); // a folder where the file should go: the final rename fails
    const before = await fs.readFile(EDGE);
    await expect(
      runRefresh(EDGE, { out: blocked, asOf: '2024-10-01' }, () => undefined)
    ).rejects.toThrow(/^cannot write '.*blocked\.xlsx': it is a folder$/);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await fs.readFile(EDGE)).equals(before)).toBe(true);
  });

  test.each(['edge-cases.xlsx', 'havering-productivity-plan-2024.xlsx'])(
    '%s: fonts, borders, alignment, column widths, row heights, frozen panes and page setup of every source sheet come out the same',
    async (name) => {
      const source = path.join(__dirname, '..', 'fixtures', name);
      const out = path.join(dir, `styles-${name}`);
      await runRefresh(source, { out, asOf: '2024-10-01' }, () => undefined);
      const load = async (f: string) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(f);
        return wb;
      };
      const [a, b] = [await load(source), await load(out)];
      const shape = (ws: ExcelJS.Worksheet) => {
        const cells: unknown[] = [];
        ws.eachRow({ includeEmpty: true }, (row) => {
          cells.push(['row', row.number, row.height, row.hidden]);
          row.eachCell({ includeEmpty: true }, (c) =>
            cells.push([c.address, c.font, c.border, c.alignment, c.protection])
          );
        });
        const cols = (ws.columns ?? []).map((c) => [c.width, c.hidden]);
        const { orientation, fitToWidth, fitToHeight, paperSize } = ws.pageSetup;
        return JSON.parse(
          JSON.stringify({
            cells,
            cols,
            views: ws.views,
            page: { orientation, fitToWidth, fitToHeight, paperSize },
            state: ws.state,
          })
        );
      };
      expect(a.worksheets.length).toBeGreaterThan(0);
      for (const ws of a.worksheets)
        expect(shape(b.getWorksheet(ws.name) as ExcelJS.Worksheet)).toEqual(shape(ws));
    }
  );

  test('a workbook with a pivot table and macros is refreshed in place, and both come through byte for byte', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(EDGE));
    // The parts Excel keeps a pivot table and a macro project in.
    zip.file(
      'xl/pivotTables/pivotTable1.xml',
      '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    );
    zip.file('xl/vbaProject.bin', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
    const file = path.join(dir, 'pivot.xlsx');
    await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));

    const lines: string[] = [];
    await runRefresh(file, { asOf: '2024-10-01' }, (t) => lines.push(t));
    expect(lines.join('')).toMatch(/Wrote "Summary"/);
    const after = await JSZip.loadAsync(await fs.readFile(file));
    expect(await after.file('xl/pivotTables/pivotTable1.xml')!.async('string')).toBe(
      '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    );
    expect([...(await after.file('xl/vbaProject.bin')!.async('uint8array'))]).toEqual([
      0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3,
    ]);
  });
});
