/**
 * Flag in place has one rule (report/flagRule.ts) and two writers: Office.js (src/excel, through
 * the fake host) and the file writer (src/xlsx, on the sheet's XML). Each case runs through both; they must
 * shade the same areas, put the drop-down on the same cells and keep the same user validations.
 */
import { rangeA1, type Plan } from '../../src/plan';
import { rangeAt } from '../cellText';
import { setFlagInPlace as flagInExcel } from '../../src/excel';
import { flagSheetXml } from '../../src/xlsx/parts/flagInPlace';
import { EMPTY_STYLES, StylesWriter } from '../../src/xlsx/parts/writeStyles';
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
function withRag(
  actions: ReturnType<typeof action>[],
  ragCol: number | null,
  range?: string
): Plan {
  const p = handPlan(actions);
  p.columns = [
    { field: 'action', header: 'Action', col: 3, overridden: false },
    { field: 'timescale', header: 'Timescale', col: 5, overridden: false },
    ...(ragCol ? [{ field: 'rag' as const, header: 'RAG', col: ragCol, overridden: false }] : []),
  ] as Plan['columns'];
  if (range) p.range = rangeAt(range);
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
      for (const a of c.userValidations)
        sheet.getRange(a).dataValidation.rule = {
          list: { inCellDropDown: true, source: 'Yes,No' },
        };
      await context.sync();
    });
  }
  const out = await flagInExcel(c.plan, true);
  const sheet = host.snapshot().sheets[0];
  return {
    shaded: out.shaded.map(rangeA1),
    dropDowns: out.dropDowns,
    kept: out.kept,
    formats: sheet.conditionalFormats.map((f) => f.address),
  };
}

/** A plan sheet's XML as Excel writes it: a cell, the user's own drop-downs, page margins. */
function sheetXml(userValidations: string[]): string {
  const own = userValidations.map(
    (a) =>
      `<dataValidation type="list" allowBlank="1" sqref="${a}"><formula1>"Yes,No"</formula1></dataValidation>`
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row></sheetData>' +
    (own.length > 0
      ? `<dataValidations count="${own.length}">${own.join('')}</dataValidations>`
      : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

function throughFile(c: Case) {
  const { xml, result } = flagSheetXml(
    sheetXml(c.userValidations),
    c.plan,
    true,
    new StylesWriter(EMPTY_STYLES)
  );
  const formats = [...xml.matchAll(/<conditionalFormatting\b[^>]*\bsqref="([^"]+)"/g)].flatMap(
    (m) => m[1].split(' ')
  );
  return {
    shaded: result.shaded.map(rangeA1),
    dropDowns: result.dropDowns,
    kept: result.keptUserValidations,
    formats,
  };
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
