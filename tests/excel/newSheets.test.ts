/**
 * Starting a plan through Office.js on the fake host, which behaves as Microsoft documents Excel:
 * the plan and Key sheets land as a person would see them (values, the table and its columns, the
 * RAG and lead drop-downs with their messages, the date check, the fills by RAG word, frozen
 * header, print set-up), named clear of the workbook's own sheets; on a host without a newer
 * requirement set, that part is left out and said, and the rest is still written.
 */
import { installFakeExcel } from '../e2e/host/fakeExcel';
import type { WorkbookJson } from '../e2e/host/model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeNewSheets } from '../../src/excel';
import { startNewPlan } from '../../src/addin';
import { NEW_PLAN_HEADER, TEN_REFS } from '../report/newPlan/expected';

const seed = readFileSync(
  join(__dirname, '..', 'fixtures', 'recommendations', 'peer-challenge-2022.txt'),
  'utf8'
);

const WORKBOOK: WorkbookJson = {
  sheets: [{ name: 'Action plan', cells: [['A plan already here']] }],
};

function host(apiVersion?: string) {
  return installFakeExcel(JSON.parse(JSON.stringify(WORKBOOK)), apiVersion ? { apiVersion } : {});
}

describe('Start a new plan through Office.js', () => {
  it('writes the plan sheet beside the one already called "Action plan", cell by cell', async () => {
    const fake = host();
    const outcome = await startNewPlan(
      { writeNewSheets },
      { text: seed, title: 'Peer challenge 2022', brag: false, leads: ['Chief Executive'] }
    );
    expect(outcome.ok).toBe(true);
    const book = fake.snapshot();
    expect(book.sheets.map((s) => s.name)).toEqual(['Action plan', 'Action plan 2', 'Key']);
    expect(book.active).toBe('Action plan 2');
    const plan = book.sheets[1];
    expect(plan.values[0][0]).toBe('Peer challenge 2022');
    expect(plan.values[2]).toEqual(NEW_PLAN_HEADER);
    // Rows 4 to 13: recommendations 1 to 10, Ref and text filled, the rest left to the officer.
    expect(plan.values.slice(3).map((r) => r[0])).toEqual(TEN_REFS);
    expect(plan.values[6][2]).toBe(
      'Resolve the OneSource question, considering the budget implications and capacity, particularly in specialist and technical areas.'
    );
    expect(plan.values[6].slice(3)).toEqual([null, null, null, null, null, null]);
    expect(plan.tables).toEqual([
      {
        name: 'ActionPlan',
        address: 'A3:I13',
        showHeaders: true,
        columns: NEW_PLAN_HEADER,
        style: 'TableStyleLight1',
        showBandedRows: false,
      },
    ]);
    expect(plan.freezeRows).toBe(3);
    expect(plan.pageLayout).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$3:$3',
    });
  });

  it("puts the drop-downs, the date check and their messages on the plan's columns", async () => {
    const fake = host();
    await startNewPlan({ writeNewSheets }, { text: seed, brag: true, leads: [] });
    const plan = fake.snapshot().sheets[1];
    const byAddress = Object.fromEntries(plan.validations.map((v) => [v.address, v]));
    expect(byAddress['G4:G13'].rule).toEqual({
      list: { inCellDropDown: true, source: 'Red,Amber,Green,Blue' },
    });
    expect(byAddress['G4:G13'].errorAlert).toMatchObject({ showAlert: true, style: 'Stop' });
    // The Key sheet: title, blank, header, four ratings (4-7), blank, header, six timescales (10-15), blank, Leads (17), list from 18.
    expect(byAddress['E4:E13'].rule).toEqual({
      list: { inCellDropDown: true, source: "='Key'!$A$18:$A$47" },
    });
    expect(byAddress['E4:E13'].errorAlert).toMatchObject({ style: 'Warning' });
    expect(byAddress['F4:F13'].rule).toEqual({
      date: { formula1: '2000-01-01', operator: 'GreaterThanOrEqualTo' },
    });
    expect(byAddress['F4:F13'].prompt).toEqual({
      showPrompt: true,
      title: 'Timescale',
      message: 'A date, a month, or a quarter such as Q3 2026/27.',
    });
    expect(byAddress['I4:I13'].rule).toMatchObject({ date: { operator: 'GreaterThanOrEqualTo' } });
  });

  it('fills each RAG word in its colour by a cell-value rule, the word staying the value', async () => {
    const fake = host();
    await startNewPlan({ writeNewSheets }, { text: seed, brag: false, leads: [] });
    const plan = fake.snapshot().sheets[1];
    const rules = plan.conditionalFormats.filter((c) => c.address === 'G4:G13');
    // RAG_FILL: Red C00000 (white text), Amber FFC000, Green 00B050.
    expect(
      rules.map((c) => [
        c.type,
        (c.rule as { formula1: string }).formula1,
        (c.format as { fill?: { color: string } }).fill?.color,
      ])
    ).toEqual([
      ['CellValue', '="Red"', '#C00000'],
      ['CellValue', '="Amber"', '#FFC000'],
      ['CellValue', '="Green"', '#00B050'],
    ]);
  });

  it('on Excel 2016 (ExcelApi 1.7) writes the plan without drop-downs or print set-up, and says so', async () => {
    const fake = host('1.7');
    const outcome = await startNewPlan({ writeNewSheets }, { text: seed, brag: false, leads: [] });
    expect(outcome.ok && outcome.leftOut).toBe(
      'This version of Excel could not add the drop-downs and date checks or the print set-up; the plan was written without them and reads the same.'
    );
    const plan = fake.snapshot().sheets[1];
    expect(plan.validations).toEqual([]);
    expect(plan.pageLayout).toEqual({});
    expect(plan.tables.map((t) => [t.name, t.address, t.showBandedRows])).toEqual([
      ['ActionPlan', 'A3:I13', false],
    ]);
  });
});
