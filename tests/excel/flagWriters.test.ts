/**
 * Flag in place has one rule (report/flagRule.ts) and two writers: Office.js (src/excel, through
 * the fake host) and the file writer (src/xlsx, ExcelJS). Each case runs through both; they must
 * shade the same areas, put the drop-down on the same cells and keep the same user validations.
 */
import ExcelJS from 'exceljs';
import type { Plan } from '../../src/plan';
import { setFlagInPlace as flagInExcel } from '../../src/excel';
import { setFlagInPlace as flagInFile } from '../../src/xlsx/flagInPlace';
import { installFakeExcel } from '../e2e/host/fakeExcel';
import { action, plan as handPlan } from '../report/handMade';

interface Case {
  name: string;
  plan: Plan;
  /** RAG cells where the user has a validation of their own. */
  userValidations: string[];
  shaded: string[];
  dropDowns: number;
  kept: number;
}

/** A plan on A4:F…, header in row 4, with its RAG column where the case puts it. */
function withRag(actions: ReturnType<typeof action>[], ragCol: number | null, range?: string): Plan {
  const p = handPlan(actions);
  p.columns = [
    { field: 'action', header: 'Action', col: 3, overridden: false },
    { field: 'timescale', header: 'Timescale', col: 5, overridden: false },
    ...(ragCol ? [{ field: 'rag' as const, header: 'RAG', col: ragCol, overridden: false }] : []),
  ] as Plan['columns'];
  if (range) p.range = range;
  return p;
}

const overdue = (row: number) => action(row, { state: 'overdue', due: '2024-03-31' });
const onTrack = (row: number) => action(row, { state: 'on-track', due: '2025-03-31' });

// Worked out by hand from the rule: overdue rows across the plan's columns, the RAG column left
// out; the drop-down from below the header to the last action's row, skipping user validations.
const CASES: Case[] = [
  {
    name: 'RAG in the middle: each run of overdue rows becomes two areas either side of it',
    plan: withRag([overdue(5), overdue(6), onTrack(7), overdue(8)], 4),
    userValidations: [],
    shaded: ['A5:C6', 'E5:F6', 'A8:C8', 'E8:F8'],
    dropDowns: 4,
    kept: 0,
  },
  {
    name: 'RAG in the last column: one area a run; a totals row under the plan gets no drop-down',
    plan: withRag([overdue(5), onTrack(6)], 6, 'A4:F7'),
    userValidations: [],
    shaded: ['A5:E5'],
    dropDowns: 2,
    kept: 0,
  },
  {
    name: "a user's own validation on a RAG cell is kept",
    plan: withRag([onTrack(5), overdue(6), onTrack(7)], 6),
    userValidations: ['F6'],
    shaded: ['A6:E6'],
    dropDowns: 2,
    kept: 1,
  },
  {
    name: 'no RAG column: the whole row is shaded and there is no drop-down',
    plan: withRag([overdue(5)], null),
    userValidations: [],
    shaded: ['A5:F5'],
    dropDowns: 0,
    kept: 0,
  },
];

async function throughExcel(c: Case) {
  const host = installFakeExcel({ sheets: [{ name: 'Action plan', cells: [['Plan']] }] });
  if (c.userValidations.length > 0) {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Action plan');
      for (const a of c.userValidations) sheet.getRange(a).dataValidation.rule = { list: { inCellDropDown: true, source: 'Yes,No' } };
      await context.sync();
    });
  }
  const out = await flagInExcel(c.plan, true);
  const sheet = host.snapshot().sheets[0];
  return { shaded: out.shaded, dropDowns: out.dropDowns, kept: out.kept, formats: sheet.conditionalFormats.map((f) => f.address) };
}

function throughFile(c: Case) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.getCell('A1').value = 'Plan';
  for (const a of c.userValidations) ws.getCell(a).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No"'] };
  const out = flagInFile(wb, c.plan, true);
  const formats = ((ws as unknown as { conditionalFormattings?: { ref: string }[] }).conditionalFormattings ?? []).map((f) => f.ref);
  return { shaded: out.shaded, dropDowns: out.dropDowns, kept: out.keptUserValidations, formats };
}

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('both writers do what the rule says, and the same', async () => {
    const excel = await throughExcel(c);
    const file = throughFile(c);
    const want = { shaded: c.shaded, dropDowns: c.dropDowns, kept: c.kept, formats: c.shaded };
    expect(excel).toEqual(want);
    expect(file).toEqual(want);
  });
});
