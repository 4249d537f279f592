/**
 * The pane's "Start a new plan", in Chromium on the fake host: the 2022 peer challenge's key
 * recommendations pasted in (its page footer too) become the plan and Key sheets in the open
 * workbook, checked cell by cell as the host records them: the values, the table, the drop-downs
 * and the date check with their messages, the fills by RAG word; the pane says what it read and
 * wrote, and then shows the new plan's check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newPane } from './support/browser';
import { paneReady, showTab } from './support/pane';
import { browserSuite } from './support/suite';
import { planWorkbook } from './support/workbooks';
import { NEW_PLAN_HEADER, TEN_REFS } from '../report/newPlan/expected';

const suite = browserSuite();
const seed = readFileSync(
  join(__dirname, '..', 'fixtures', 'recommendations', 'peer-challenge-2022.txt'),
  'utf8'
);

interface SheetView {
  name: string;
  values: unknown[][];
  tables: {
    name: string;
    address: string;
    columns?: string[];
    style?: string;
    showBandedRows?: boolean;
  }[];
  validations: {
    address: string;
    rule: Record<string, unknown>;
    prompt?: Record<string, unknown>;
  }[];
  conditionalFormats: {
    address: string;
    type: string;
    rule: { formula1?: string } | null;
    format: { fill?: { color?: string } };
  }[];
  freezeRows: number;
  pageLayout: Record<string, unknown>;
}

const sheets = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { __fakeExcel: { snapshot(): { sheets: unknown[] } } }
      ).__fakeExcel.snapshot().sheets as never
  ) as Promise<SheetView[]>;

async function startPlan(page: Page): Promise<void> {
  await showTab(page, 'Summaries');
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByRole('textbox', { name: /Recommendations, pasted from the report/ }).fill(seed);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Peer challenge 2022');
  await page
    .getByRole('textbox', { name: /Leads for the drop-down/ })
    .fill('Chief Executive\nDirector of Finance');
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await page.getByText(/^Read 10 recommendations/).waitFor({ timeout: 60_000 });
}

test('Start a new plan writes the plan and Key sheets, cell by cell, and the pane says what it did', async () => {
  suite.pane = await newPane(
    suite.browser,
    { width: 500 },
    { content: `window.__fakeWorkbook = ${JSON.stringify(planWorkbook())};` }
  );
  const page = suite.pane.page;
  await page.goto(`${suite.server.origin}/taskpane.html`);
  await paneReady(page);
  await startPlan(page);

  const said = (await page.getByText(/^Read 10 recommendations/).textContent()) ?? '';
  expect(said).toContain(
    'left out 2 lines of page numbers, headers and footers (“4”, “18 Smith Square'
  );
  expect(said).toContain(
    'Wrote “Action plan” (an Excel table of 10 rows, a RAG drop-down of Red, Amber, Green) and “Key”'
  );

  const all = await sheets(page);
  expect(all.map((s) => s.name)).toEqual(['Productivity plan', 'Action plan', 'Key']);
  const plan = all[1];
  expect(plan.values[0][0]).toBe('Peer challenge 2022');
  expect(plan.values[2]).toEqual(NEW_PLAN_HEADER);
  // Rows 4-13, one per recommendation: its number and text, nothing from the footer.
  expect(plan.values.slice(3).map((r) => r[0])).toEqual(TEN_REFS);
  expect(plan.values[3][2]).toMatch(/^Savings needs to be a 'shared endeavour'/);
  expect(plan.values[6][2]).toBe(
    'Resolve the OneSource question, considering the budget implications and capacity, particularly in specialist and technical areas.'
  );
  for (const row of plan.values.slice(3))
    expect(String(row[2])).not.toMatch(/Smith Square|Telephone/);
  expect(plan.tables).toEqual([
    expect.objectContaining({
      name: 'ActionPlan',
      address: 'A3:I13',
      columns: NEW_PLAN_HEADER,
      style: 'TableStyleLight1',
      showBandedRows: false,
    }),
  ]);
  const dv = Object.fromEntries(plan.validations.map((v) => [v.address, v]));
  expect(dv['G4:G13'].rule).toEqual({ list: { inCellDropDown: true, source: 'Red,Amber,Green' } });
  // The Key: title, blank, header, Red/Amber/Green (4-6), blank, header, six timescales (9-14), blank, Leads (16), list 17-46.
  expect(dv['E4:E13'].rule).toEqual({
    list: { inCellDropDown: true, source: "='Key'!$A$17:$A$46" },
  });
  expect(dv['F4:F13'].prompt).toEqual({
    showPrompt: true,
    title: 'Timescale',
    message: 'A date, a month, or a quarter such as Q3 2026/27.',
  });
  const fills = plan.conditionalFormats
    .filter((c) => c.address === 'G4:G13')
    .map((c) => [c.rule?.formula1, c.format.fill?.color]);
  expect(fills).toEqual([
    ['="Red"', '#C00000'],
    ['="Amber"', '#FFC000'],
    ['="Green"', '#00B050'],
  ]);
  expect(plan.freezeRows).toBe(3);
  expect(plan.pageLayout).toEqual({
    orientation: 'Landscape',
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printTitleRows: '$3:$3',
  });
  const key = all[2];
  expect(key.values.map((r) => r[0])).toEqual(
    expect.arrayContaining([
      'Red',
      'Amber',
      'Green',
      'Leads',
      'Chief Executive',
      'Director of Finance',
    ])
  );

  // The pane reads the workbook again: the new plan is one of its plans.
  await showTab(page, 'Check');
  const option = page
    .getByRole('combobox', { name: 'Plan' })
    .locator('option', { hasText: 'Action plan, rows 3–13 (table ActionPlan), 10 actions' });
  await option.waitFor({ state: 'attached' });
});
