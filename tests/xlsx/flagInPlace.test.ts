import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readPlans, type Plan } from '../../src/plan';
import {
  FLAG_MARKER,
  overdueRowAreas,
  RAG_LIST_TITLE,
  ragColumnArea,
} from '../../src/report/flagRule';
import { flagSheetXml, type FlagResult } from '../../src/xlsx/parts/flagInPlace';
import { loadWorkbook } from '../../src/xlsx/readWorkbook';
import { EMPTY_STYLES, StylesWriter } from '../../src/xlsx/parts/writeStyles';
import { action, plan as handPlan } from '../report/handMade';
import { rangeA1 } from '../../src/plan';
import { rangeAt } from '../cellText';

const asOf = '2024-06-01';

/**
 * A plan as a council keeps it: header on row 4 under a title, RAG in column E. On 1 June 2024,
 * rows 5 and 6 are overdue (due 31 Mar and 31 May), row 7 is due soon, row 8 complete, and
 * row 10 (text "Q4 2023/24", ends 31 Mar 2024) is overdue too. Row 9 is undated.
 * The user has their own conditional format on column C and their own validation on E9.
 */
async function councilWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.getCell('A1').value = 'Housing action plan 2024';
  ws.getRow(4).values = ['Area', 'Action', 'Lead', 'Timescale', 'RAG'];
  ws.getRow(5).values = [
    'Housing',
    'Review allocations',
    'Ann',
    new Date(Date.UTC(2024, 2, 31)),
    'Red',
  ];
  ws.getRow(6).values = [
    'Housing',
    '=HYPERLINK("http://x","Repairs")',
    'Bob',
    new Date(Date.UTC(2024, 4, 31)),
    'Amber',
  ];
  ws.getRow(7).values = [
    'Adults',
    'Carers strategy',
    'Ann',
    new Date(Date.UTC(2024, 5, 10)),
    'Green',
  ];
  ws.getRow(8).values = ['Adults', 'Day centres', 'Cy', 'Complete', 'Blue'];
  ws.getRow(9).values = ['Adults', 'Transport', 'Cy', 'TBC', 'Amber'];
  ws.getRow(10).values = ['Adults', 'Budget', 'Dee', 'Q4 2023/24', 'Green'];
  for (const r of [5, 6, 7]) ws.getCell(`D${r}`).numFmt = 'dd/mm/yyyy';
  ws.getCell('E5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC00000' } };
  ws.addConditionalFormatting({
    ref: 'C5:C10',
    rules: [
      {
        type: 'containsText',
        operator: 'containsText',
        text: 'Ann',
        priority: 1,
        style: { font: { bold: true } },
      },
    ],
  });
  ws.getCell('E9').dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: ['"Amber,Green"'],
    showErrorMessage: true,
    errorTitle: 'Mine',
  };
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A workbook file as ExcelJS sees it (the test's independent reader), with the plan the engine reads. */
interface Opened {
  buffer: Buffer;
  workbook: ExcelJS.Workbook;
  plan: Plan;
}

async function open(buffer: Buffer): Promise<Opened> {
  const { grids } = await loadWorkbook(buffer);
  const plans = grids.flatMap((g) => readPlans(g, { asOf }));
  expect(plans).toHaveLength(1);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return { buffer, workbook, plan: plans[0] };
}

/** Flags (or unflags) a plan in the file's sheet XML, as refresh does, and gives the file back. */
async function setFlagInPlace(
  file: Buffer,
  plan: Plan,
  on: boolean
): Promise<{ buffer: Buffer; result: FlagResult }> {
  const zip = await JSZip.loadAsync(file);
  const sheetPart = 'xl/worksheets/sheet1.xml';
  const styles = new StylesWriter(
    (await zip.file('xl/styles.xml')?.async('string')) ?? EMPTY_STYLES
  );
  const done = flagSheetXml(await zip.file(sheetPart)!.async('string'), plan, on, styles);
  zip.file(sheetPart, done.xml);
  zip.file('xl/styles.xml', styles.xml());
  return { buffer: await zip.generateAsync({ type: 'nodebuffer' }), result: done.result };
}

/** Everything a user could have typed or formatted in a cell. */
function cells(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      out[cell.address] = JSON.stringify([
        cell.value,
        cell.numFmt,
        cell.fill,
        cell.font,
        cell.alignment,
        cell.border,
      ]);
    })
  );
  return out;
}

const formats = (ws: ExcelJS.Worksheet) =>
  JSON.parse(
    JSON.stringify((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings)
  );
const validationModel = (ws: ExcelJS.Worksheet) =>
  JSON.parse(
    JSON.stringify(
      (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations
        .model
    )
  );

const sheetOf = async (buffer: Buffer): Promise<ExcelJS.Worksheet> =>
  (await open(buffer)).workbook.getWorksheet('Action plan') as ExcelJS.Worksheet;

describe('flag in place on the sheet XML', () => {
  test('shades the overdue rows, left of and right of the RAG column, and adds the RAG drop-down where the user has none', async () => {
    const { buffer, plan } = await open(await councilWorkbook());
    // The engine agrees with the hand count: rows 5, 6 and 10 are overdue.
    expect(plan.actions.filter((a) => a.state === 'overdue').map((a) => a.row)).toEqual([5, 6, 10]);
    const { buffer: flagged, result } = await setFlagInPlace(buffer, plan, true);
    // RAG is column E, the plan's last column, so each run is one area A..D.
    expect(result.shaded.map(rangeA1)).toEqual(['A5:D6', 'A10:D10']);
    // E5:E10 less the user's E9.
    expect(result.dropDowns).toBe(5);
    expect(result.keptUserValidations).toBe(1);

    const saved = await sheetOf(flagged);
    const ours = formats(saved).filter((cf: { rules: { formulae?: string[] }[] }) =>
      cf.rules.some((r) => r.formulae?.includes(FLAG_MARKER))
    );
    expect(ours.map((cf: { ref: string }) => cf.ref).sort()).toEqual(['A10:D10', 'A5:D6']);
    expect(saved.getCell('E5').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Red,Amber,Green,Blue,Red/Amber,Amber/Green"'],
      errorTitle: RAG_LIST_TITLE,
    });
    expect(saved.getCell('E9').dataValidation).toMatchObject({
      formulae: ['"Amber,Green"'],
      errorTitle: 'Mine',
    });
  });

  test('no value, format, fill or font changes; turning it off gives back exactly the sheet XML there was', async () => {
    const original = await councilWorkbook();
    const before = await sheetOf(original);
    // What is compared: 7 rows of 5 cells, the user's own format and validation.
    expect(Object.keys(cells(before)).length).toBeGreaterThanOrEqual(31);
    expect(formats(before)).toHaveLength(1);
    expect(Object.keys(validationModel(before))).toEqual(['E9']);

    const first = await open(original);
    const flagged = await setFlagInPlace(original, first.plan, true);
    const onSheet = await sheetOf(flagged.buffer);
    expect(cells(onSheet)).toEqual(cells(before));
    // The HYPERLINK text is still a string, not a formula.
    expect(onSheet.getCell('B6').value).toBe('=HYPERLINK("http://x","Repairs")');

    const off = await setFlagInPlace(flagged.buffer, first.plan, false);
    expect(off.result.removed).toEqual({ formats: 2, dropDowns: 5 });
    const sheetXml = async (b: Buffer) =>
      (await JSZip.loadAsync(b)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(await sheetXml(off.buffer)).toBe(await sheetXml(original));
  });

  test('turning it on twice leaves one set of flags, for the new as-of date', async () => {
    const { buffer, plan } = await open(await councilWorkbook());
    const once = await setFlagInPlace(buffer, plan, true);
    const later = {
      ...plan,
      actions: plan.actions.map((a) => (a.row === 7 ? { ...a, state: 'overdue' as const } : a)),
    };
    const again = await setFlagInPlace(once.buffer, later, true);
    expect(again.result.removed).toEqual({ formats: 2, dropDowns: 5 });
    expect(again.result.shaded.map(rangeA1)).toEqual(['A5:D7', 'A10:D10']);
    expect(formats(await sheetOf(again.buffer))).toHaveLength(3); // the user's and our two
  });

  test("another plan's flags on the same sheet are kept", async () => {
    const { buffer } = await open(await councilWorkbook());
    const top = {
      ...handPlan([action(5, { state: 'overdue', due: '2024-01-31' })]),
      sheet: 'Action plan',
      range: rangeAt('A4:E5'),
      columns: [{ field: 'rag' as const, header: 'RAG', col: 5, overridden: false }],
    };
    const below = {
      ...handPlan([action(21, { state: 'overdue', due: '2024-01-31' })]),
      sheet: 'Action plan',
      range: rangeAt('A20:E21'),
      headerRow: 20,
      columns: top.columns,
    };
    const one = await setFlagInPlace(buffer, top, true);
    const two = await setFlagInPlace(one.buffer, below, true);
    const off = await setFlagInPlace(two.buffer, top, false);
    expect(off.result.removed).toEqual({ formats: 1, dropDowns: 1 });
    const ws = await sheetOf(off.buffer);
    expect(
      formats(ws)
        .filter((cf: { rules: { formulae?: string[] }[] }) =>
          cf.rules.some((r) => r.formulae?.includes(FLAG_MARKER))
        )
        .map((cf: { ref: string }) => cf.ref)
    ).toEqual(['A21:D21']);
    expect(ws.getCell('E21').dataValidation?.errorTitle).toBe(RAG_LIST_TITLE);
    expect(ws.getCell('E5').dataValidation).toBeUndefined();
  });
});

describe('overdueRowAreas', () => {
  const rag = { field: 'rag' as const, header: 'RAG', col: 3, overridden: false };
  const rows = (...r: number[]) =>
    r.map((row) => action(row, { state: 'overdue', due: '2024-01-31' }));

  test('runs of consecutive rows, split around a RAG column in the middle', () => {
    const p = {
      ...handPlan([...rows(5, 6, 9), action(7, { state: 'on-track', due: '2025-01-31' })]),
      range: rangeAt('A4:F10'),
      columns: [rag],
    };
    expect(overdueRowAreas(p).map(rangeA1)).toEqual(['A5:B6', 'D5:F6', 'A9:B9', 'D9:F9']);
  });

  test('stacked actions on one row shade that row once; no RAG column shades the full width', () => {
    const p = { ...handPlan([...rows(5, 5)]), range: rangeAt('B4:D8'), columns: [] };
    expect(overdueRowAreas(p).map(rangeA1)).toEqual(['B5:D5']);
  });

  test('no overdue action, nothing to shade', () => {
    expect(
      overdueRowAreas({ ...handPlan([action(5, { state: 'complete' })]), columns: [rag] })
    ).toEqual([]);
  });
});

describe('ragColumnArea', () => {
  const rag = { field: 'rag' as const, header: 'RAG', col: 6, overridden: false };
  test('from under the header to the last action: a totals row or a note below gets no drop-down', () => {
    // A table A3:I11 whose row 11 is its totals row; actions on rows 4 to 10.
    const p = {
      ...handPlan([action(4), action(10)]),
      range: rangeAt('A3:I11'),
      headerRow: 3,
      columns: [rag],
    };
    expect(ragColumnArea(p)).toEqual(rangeAt('F4:F10'));
  });
  test('no RAG column or no action: no drop-down', () => {
    expect(ragColumnArea({ ...handPlan([action(5)]), columns: [] })).toBeNull();
    expect(ragColumnArea({ ...handPlan([]), columns: [rag] })).toBeNull();
  });
  test('a RAG column of scores shown as traffic lights: no drop-down of RAG words', () => {
    const lit = action(5, { rag: 'green', ragFrom: 'icon' });
    expect(ragColumnArea({ ...handPlan([lit, action(6)]), columns: [rag] })).toBeNull();
  });
});
