/**
 * The pane's roll-up, "Add plans from other workbooks", in Chromium on the fake host: two of the
 * fixture workbooks picked through the file input are read in the page (the browser's own
 * unpacking; nothing is sent anywhere), and the roll-up's Summary is written into the open
 * workbook. Its RAG by workbook is checked cell by cell against counts worked out by hand; the file
 * names are kept in the workbook, and the pane asks for them again after a reload.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { newPane } from './support/browser';
import { axeViolations } from './support/axe';
import { paneReady, showTab } from './support/pane';
import { ROOT } from './support/paths';
import { browserSuite } from './support/suite';
import { planWorkbook } from './support/workbooks';

const suite = browserSuite();
const PICKED = [
  join(ROOT, 'tests/fixtures/harrow-2023-risks.xlsx'),
  join(ROOT, 'tests/fixtures/havering-productivity-plan-2024.xlsx'),
];

/**
 * By hand (tests/cli/rollup.test.ts says how each is counted from the fixtures):
 * - Harrow's risk register: 1 plan, 8 mitigations: Amber 3 (row 5's three bullets), Green 5.
 * - Havering's productivity plan: 4 tables, 43 actions: Red 3, Amber 9, Green 27, no RAG 4.
 * Columns: Red, Red/Amber, Amber, Amber/Green, Green, Blue, No RAG, Total.
 */
const BY_WORKBOOK = [
  ['harrow-2023-risks', 0, 0, 3, 0, 5, 0, 0, 8],
  ['havering-productivity-plan-2024', 3, 0, 9, 0, 27, 0, 4, 43],
  ['Total', 3, 0, 12, 0, 32, 0, 4, 51],
];

type Snapshot = {
  settings: Record<string, unknown>;
  sheets: { name: string; values: unknown[][] }[];
};
const snapshot = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __fakeExcel: { snapshot(): Snapshot } }).__fakeExcel.snapshot()
  );

/** The rows under a section's title on a sheet, to the first blank row. */
function section(values: unknown[][], title: string): unknown[][] {
  const at = values.findIndex((r) => r[0] === title);
  if (at < 0) throw new Error(`no section "${title}"`);
  const rows: unknown[][] = [];
  for (const row of values.slice(at + 1)) {
    if (row.every((v) => v === null || v === '' || v === undefined)) break;
    rows.push(row);
  }
  return rows;
}

async function openPane(): Promise<Page> {
  suite.pane = await newPane(
    suite.browser,
    { width: 500 },
    {
      content: `(() => {
        const saved = sessionStorage.getItem('e2e-workbook');
        window.__fakeWorkbook = saved ? JSON.parse(saved) : ${JSON.stringify(planWorkbook())};
      })();`,
    }
  );
  const page = suite.pane.page;
  await page.goto(`${suite.server.origin}/taskpane.html`);
  await paneReady(page);
  return page;
}

test('two workbooks picked in the pane are rolled up into this workbook, and asked for again by name', async () => {
  const page = await openPane();
  // The reader is its own chunk, fetched only when a roll-up is asked for: the first load stays small.
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const chunks = () => fetched.filter((p) => /^\/rollup\.[0-9a-f]+\.js$/.test(p));
  await page.reload();
  await paneReady(page);
  expect(chunks()).toEqual([]);
  // The roll-up is a manager's job: it is in the Summaries tab (kept on reload for the session).
  await showTab(page, 'Summaries');
  const panel = page.getByRole('region', { name: 'Add plans from other workbooks' });
  await panel.getByLabel('Workbooks to roll up').setInputFiles(PICKED);
  await panel.getByRole('button', { name: 'Roll up 2 workbooks' }).click();
  const said = panel.getByText(/^Read 5 plans with 51 actions from 2 of 2 workbooks/);
  await said.waitFor({ timeout: 60_000 });
  await panel.getByText(/^Wrote “Summary”/).waitFor();
  expect(chunks()).toHaveLength(1);

  const after = await snapshot(page);
  const summary = after.sheets.find((s) => s.name === 'Summary');
  expect(summary).toBeDefined();
  const rows = section(summary!.values, 'RAG by workbook');
  expect(rows[0].slice(0, 9)).toEqual([
    'Workbook',
    'Red',
    'Red/Amber',
    'Amber',
    'Amber/Green',
    'Green',
    'Blue',
    'No RAG',
    'Total',
  ]);
  expect(rows.slice(1).map((r) => r.slice(0, 9))).toEqual(BY_WORKBOOK);

  // The names are kept in the workbook's settings, under the adapter's key.
  const kept = JSON.parse(String(after.settings[SETTINGS_KEY] ?? '{}')) as {
    rollupSources?: string[];
  };
  expect(kept.rollupSources).toEqual([
    'harrow-2023-risks.xlsx',
    'havering-productivity-plan-2024.xlsx',
  ]);

  // axe finds no violation in the panel.
  expect(await axeViolations(page, 'section[aria-labelledby]:has(> input[type="file"])')).toEqual(
    []
  );

  // Closed and opened again on the saved workbook: the pane asks for the same files by name.
  const wb = { ...planWorkbook(), settings: after.settings };
  await page.evaluate((w) => sessionStorage.setItem('e2e-workbook', JSON.stringify(w)), wb);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Summaries' }).waitFor();
  await page
    .getByText('Pick these again: harrow-2023-risks.xlsx, havering-productivity-plan-2024.xlsx.')
    .waitFor();
});
