/**
 * The user corrects once; every surface obeys. In the pane on the fake host, a register the
 * engine does not take for a plan is pointed at by its selected range and a rating column chosen;
 * the workbook saved as an .xlsx file, `rag-plan check` reads it the same way. Expected by hand,
 * as of 1 May 2025: three actions; "Reduce agency spend in adult care" (Director of Adult
 * Services, due 31 Mar 2025) 31 days overdue and rated Red by its Overall column (its Time
 * column says Green); Red 1, Amber 1, Green 1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { CHOICES_NAMESPACE } from '../../src/report/choicesStore';
import { buildCli, ragPlan } from '../cli/runCli';
import type { WorkbookJson } from './host/model';
import type { Snapshot } from './host/snapshot';
import { newPane } from './support/browser';
import { axeViolations } from './support/axe';
import { saveAsXlsx } from './support/saveAsXlsx';
import { browserSuite } from './support/suite';

const suite = browserSuite();
beforeAll(() => buildCli(), 120_000);

const REGISTER: WorkbookJson = {
  sheets: [
    {
      name: 'Risk register',
      cells: [
        ['Council risk register 2025'],
        [],
        ['No.', 'Item', 'Person', 'Date', 'Time', 'Overall'],
        [
          '1',
          'Reduce agency spend in adult care',
          'Director of Adult Services',
          '31/03/2025',
          'Green',
          'Red',
        ],
        ['2', 'Close the old depot', 'Head of Fleet', '30/06/2025', 'Amber', 'Amber'],
        ['3', 'Retender the waste contract', 'Director of Place', '31/12/2025', 'Red', 'Green'],
      ],
    },
  ],
  settings: {
    [SETTINGS_KEY]: JSON.stringify({
      asOf: '2025-05-01',
      dueSoonDays: 30,
      blueMeans: 'complete',
      overrides: {},
    }),
  },
};

const snapshot = (page: Page): Promise<Snapshot> =>
  page.evaluate(() =>
    (window as unknown as { __fakeExcel: { snapshot(): Snapshot } }).__fakeExcel.snapshot()
  );

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 100 && !ok(value); i++) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

test('a plan pointed at by its selected range, with a column chosen, is read the same way by check on the saved file', async () => {
  suite.pane = await newPane(
    suite.browser,
    {},
    { content: `window.__fakeWorkbook = ${JSON.stringify(REGISTER)};` }
  );
  const { page } = suite.pane;
  await page.goto(`${suite.server.origin}/taskpane.html`);
  const use = page.getByRole('button', { name: 'Use the selected range as a plan' });
  await use.waitFor();
  await page
    .getByText(/No action plan found in this workbook/)
    .first()
    .waitFor();

  // The user selects the register in Excel and points the pane at it.
  await page.evaluate(() =>
    (
      window as unknown as { __fakeExcel: { selectRange(r: string): void } }
    ).__fakeExcel.selectRange("'Risk register'!A3:F6")
  );
  await use.click();
  const picker = page.getByRole('combobox', { name: 'Plan' });
  await page.getByText(/^3 actions as of 1 May 2025/).waitFor();
  expect(
    await picker.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)
  ).toBe('Risk register, rows 3–6, 3 actions');

  // The mapping is shown by itself: no column is headed as an action or a lead.
  await page.getByText('A column this plan needs was not found: choose it below.').waitFor();
  await page.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'B: Item' });
  await page.getByRole('combobox', { name: 'Lead' }).selectOption({ label: 'C: Person' });
  await page.getByRole('combobox', { name: 'Timescale' }).selectOption({ label: 'D: Date' });
  // Two columns hold ratings; the user takes Overall.
  await page.getByRole('combobox', { name: 'RAG' }).selectOption({ label: 'F: Overall' });
  await page.getByText(/^3 actions as of 1 May 2025: 1 overdue, 0 due soon\./).waitFor();
  // The overdue action is a group of its own, opened to its cell.
  await page.getByRole('button', { name: /^Overdue.*: 1 action$/ }).click();
  await page.getByText('Reduce agency spend in adult care').first().waitFor();

  // The mapping shown by itself passes axe as the rest of the pane does.
  const violations = await axeViolations(page);
  expect(violations.filter((v) => /^(serious|critical)/.test(v))).toEqual([]);

  // Saved in the workbook: one custom XML part of our namespace with the range and the columns.
  const saved = await until(
    () => snapshot(page),
    (s) => s.customXmlParts.some((p) => p.xml.includes('field="rag" col="F"'))
  );
  expect(saved.customXmlParts).toHaveLength(1);
  const xml = saved.customXmlParts[0].xml;
  expect(xml).toContain(`xmlns="${CHOICES_NAMESPACE}"`);
  expect(xml).toContain('<plan sheet="Risk register" range="A3:F6" header="3"/>');

  // The workbook saved as a file: the command line reads the same plan, the same way.
  const file = join(mkdtempSync(join(tmpdir(), 'rag-plan-e2e-choices-')), 'register.xlsx');
  writeFileSync(file, await saveAsXlsx(saved));
  const text = ragPlan('check', file, '--as-of', '2025-05-01');
  expect(text.stderr).toBe('');
  expect(text.stdout).toContain('Plan 1: Risk register, rows 3–6 — 3 actions');
  expect(text.stdout).toMatch(/F +rag +Overall: chosen by you for the rag/);
  expect(text.stdout).toMatch(/RAG: +Red 1 · Amber 1 · Green 1 · No RAG 0/);
  expect(text.stdout).toContain(
    'B4         Reduce agency spend in adult care — Director of Adult Services, due 31 Mar 2025, 31 days overdue [Red]'
  );
  const json = JSON.parse(ragPlan('check', file, '--as-of', '2025-05-01', '--json').stdout) as {
    plans: { actions: { row: number; lead: string | null; rag: string | null; state: string }[] }[];
  };
  expect(json.plans.map((p) => p.actions.map((a) => [a.row, a.lead, a.rag, a.state]))).toEqual([
    [
      [4, 'Director of Adult Services', 'red', 'overdue'],
      [5, 'Head of Fleet', 'amber', 'on-track'],
      [6, 'Director of Place', 'green', 'on-track'],
    ],
  ]);

  // Taken away again: the workbook keeps no choices and the register is not read as a plan.
  await page.getByRole('button', { name: 'Stop reading this range as a plan' }).click();
  await page.getByText(/No action plan found in this workbook/).waitFor();
  const cleared = await until(
    () => snapshot(page),
    (s) => s.customXmlParts.length === 0
  );
  expect(cleared.customXmlParts).toEqual([]);
});
