import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { summarise } from '../../src/plan';
import { buildSheets } from '../../src/report/buildSheets';
import type { SheetSpec } from '../../src/report/sheetSpec';
import { loadWorkbook, refreshPackage } from '../../src/xlsx';
import { action, plan } from '../report/handMade';
import { rangeAt } from '../cellText';

const plans = [
  plan([
    action(5, {
      area: 'Housing',
      lead: 'Ann',
      rag: 'red',
      state: 'overdue',
      due: '2024-03-31',
      savings: 1000,
      action: '=HYPERLINK("x")',
    }),
    action(6, { area: 'Adults', lead: 'Bob', rag: 'green', state: 'due-soon', due: '2024-06-10' }),
  ]),
];
const specs = buildSheets(summarise(plans, { asOf: '2024-06-01' }), plans, {
  refreshedAt: '2024-06-01T09:00:00Z',
  source: 'test',
});

/** A workbook a user made: the plan, and their own sheets that happen to use our names. */
function usersWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const planSheet = wb.addWorksheet('Action plan');
  planSheet.getCell('C5').value = '=HYPERLINK("x")';
  for (const name of ['Summary', 'Overdue', 'Data quality', 'Savings']) {
    const ws = wb.addWorksheet(name);
    ws.getCell('A1').value = `My ${name}`;
    ws.getCell('B2').value = 1234.5;
    ws.getCell('B2').numFmt = '0.00';
    ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  }
  return wb;
}

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Writes the specs into the file by package surgery; ExcelJS, an independent reader, reads the result. */
async function writeSummarySheets(
  file: Buffer,
  sheetSpecs: SheetSpec[]
): Promise<{
  written: { key: string; name: string }[];
  renamed: unknown[];
  buffer: Buffer;
  saved: ExcelJS.Workbook;
}> {
  const { pkg, grids } = await loadWorkbook(file);
  const result = refreshPackage(pkg, grids, sheetSpecs);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load(result.buffer as unknown as ExcelJS.Buffer);
  return { ...result, saved };
}

function cellValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow(
    { includeEmpty: true },
    (row, r) => (rows[r - 1] = (row.values as unknown[]).slice(1))
  );
  return rows;
}

const spec = (key: SheetSpec['key']) => specs.find((s) => s.key === key) as SheetSpec;

describe('summary sheets written by package surgery', () => {
  test("a user's sheets named Summary, Overdue, Data quality and Savings are left alone; ours take free names", async () => {
    const result = await writeSummarySheets(await bytes(usersWorkbook()), specs);
    expect(result.written.map((w) => w.name)).toEqual([
      'Summary (RAG Plan)',
      'Overdue (RAG Plan)',
      'Data quality (RAG Plan)',
      'Savings (RAG Plan)',
    ]);
    expect(result.renamed).toHaveLength(4);
    const saved = result.saved;
    for (const name of ['Summary', 'Overdue', 'Data quality', 'Savings']) {
      const ws = saved.getWorksheet(name) as ExcelJS.Worksheet;
      expect(ws.getCell('A1').value).toBe(`My ${name}`);
      expect(ws.getCell('B2').value).toBe(1234.5);
      expect(ws.getCell('B2').numFmt).toBe('0.00');
      expect((ws.getCell('B2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFFF00');
    }
    expect(saved.getWorksheet('Summary (RAG Plan)')?.getCell('A1').value).toBe('RAG Plan summary');
  });

  test('ownership names round-trip through the file and point at each sheet A1', async () => {
    const { saved } = await writeSummarySheets(await bytes(usersWorkbook()), specs);
    expect(saved.definedNames.getRanges('RagPlan_Summary').ranges).toEqual([
      "'Summary (RAG Plan)'!$A$1",
    ]);
    expect(saved.definedNames.getRanges('RagPlan_Overdue').ranges).toEqual([
      "'Overdue (RAG Plan)'!$A$1",
    ]);
    expect(saved.definedNames.getRanges('RagPlan_DataQuality').ranges).toEqual([
      "'Data quality (RAG Plan)'!$A$1",
    ]);
    expect(saved.definedNames.getRanges('RagPlan_Savings').ranges).toEqual([
      "'Savings (RAG Plan)'!$A$1",
    ]);
  });

  test('a second write replaces only our sheets, in place, and gives the same cells', async () => {
    const once = await writeSummarySheets(await bytes(usersWorkbook()), specs);
    const first = once.saved;
    const namesBefore = first.worksheets.map((w) => w.name);
    const cellsBefore = first.worksheets.map(cellValues);
    const again = await writeSummarySheets(once.buffer, specs);
    expect(again.written.map((w) => w.name)).toEqual([
      'Summary (RAG Plan)',
      'Overdue (RAG Plan)',
      'Data quality (RAG Plan)',
      'Savings (RAG Plan)',
    ]);
    const second = again.saved;
    expect(second.worksheets.map((w) => w.name)).toEqual(namesBefore);
    expect(second.worksheets.map(cellValues)).toEqual(cellsBefore);
  });

  test('a sheet the name points at whose A1 is not our title is not ours: it is kept', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Summary').getCell('A1').value = 'Budget notes';
    wb.definedNames.add('Summary!$A$1', 'RagPlan_Summary');
    const result = await writeSummarySheets(await bytes(wb), [spec('summary')]);
    expect(result.written).toEqual([{ key: 'summary', name: 'Summary (RAG Plan)' }]);
    expect(result.saved.getWorksheet('Summary')?.getCell('A1').value).toBe('Budget notes');
    expect(result.saved.definedNames.getRanges('RagPlan_Summary').ranges).toEqual([
      "'Summary (RAG Plan)'!$A$1",
    ]);
  });

  test('values, formats, styles, frozen rows, tab colour and links survive the file', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Action plan');
    const { saved, buffer } = await writeSummarySheets(await bytes(wb), specs);
    const overdue = saved.getWorksheet('Overdue') as ExcelJS.Worksheet;
    const o = spec('overdue');
    const header = o.values.findIndex((r) => r[0] === 'Status') + 1;
    const first = overdue.getRow(header + 1);
    // Plan text that looks like a formula is still text.
    expect(first.getCell(3).value).toBe('=HYPERLINK("x")');
    expect(first.getCell(3).formula).toBeUndefined();
    // Stored as the serial 45382 with a date format; ExcelJS reads such a cell back as a Date.
    expect(first.getCell(5).value).toEqual(new Date(Date.UTC(2024, 2, 31)));
    expect(first.getCell(5).numFmt).toBe('dd mmm yyyy');
    expect(first.getCell(8).value).toBe('Red');
    expect((first.getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC00000');
    expect(first.getCell(8).font?.color?.argb).toBe('FFFFFFFF');
    // A link within the workbook, as Excel writes one: a location, no relationship.
    expect(first.getCell(9).value).toBe("'Action plan'!C5");
    const overduePart = (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet3.xml');
    expect(await overduePart!.async('string')).toContain(
      `<hyperlink ref="I${header + 1}" location="'Action plan'!C5" display="'Action plan'!C5"`
    );
    expect(overdue.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(overdue.properties.tabColor).toEqual({ argb: 'FF1F3864' });
    expect(overdue.getColumn(3).width).toBe(60);

    // Charts are real charts added to the saved file (writeCharts.test.ts), not bars in the cells.
    const summary = saved.getWorksheet('Summary') as ExcelJS.Worksheet;
    const formats = (summary as unknown as { conditionalFormattings: unknown[] })
      .conditionalFormattings;
    expect(formats).toHaveLength(spec('summary').conditionalFormats.length);
  });

  test('conditional formats are whole-cell equality rules and validations are drop-down lists', async () => {
    const wb = new ExcelJS.Workbook();
    const custom: SheetSpec = {
      ...spec('summary'),
      charts: [],
      conditionalFormats: [
        { range: rangeAt('B2:B9'), kind: 'text-equals', text: 'Green', style: { fill: '#00B050' } },
      ],
      validations: [{ range: rangeAt('C2:C3'), list: ['Red', 'Amber', 'Green'] }],
    };
    wb.addWorksheet('Action plan');
    const ws = (await writeSummarySheets(await bytes(wb), [custom])).saved.getWorksheet(
      'Summary'
    ) as ExcelJS.Worksheet;
    const cfs = (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { type: string; operator?: string; formulae?: string[] }[];
        }[];
      }
    ).conditionalFormattings;
    expect(cfs).toEqual([
      expect.objectContaining({
        ref: 'B2:B9',
        rules: [
          expect.objectContaining({ type: 'cellIs', operator: 'equal', formulae: ['"Green"'] }),
        ],
      }),
    ]);
    expect(ws.getCell('C3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Red,Amber,Green"'],
    });
  });

  test('a wrapped cell gets a row tall enough for its lines; a short one keeps the default height', async () => {
    const wb = new ExcelJS.Workbook();
    // 50 characters in a column 20 wide (about 19 per line) is 3 lines of 15 points.
    const long = 'Reduce agency spend in Starting Well by 10 percent';
    const custom: SheetSpec = {
      ...spec('summary'),
      values: [['RAG Plan summary'], [long], ['Short'], ['two\nlines']],
      styles: [{ range: rangeAt('A2:A4'), style: { wrap: true } }],
      columnWidths: [20],
      charts: [],
      links: [],
      numberFormats: [],
      conditionalFormats: [],
      validations: [],
    };
    expect(long).toHaveLength(50);
    wb.addWorksheet('Action plan');
    const ws = (await writeSummarySheets(await bytes(wb), [custom])).saved.getWorksheet(
      'Summary'
    ) as ExcelJS.Worksheet;
    expect(ws.getRow(2).height).toBe(45);
    expect(ws.getRow(3).height).toBeUndefined();
    expect(ws.getRow(4).height).toBe(30);
  });
});
