/**
 * The ribbon's "Refresh summaries": the manifest's shared runtime loads the task pane page, which
 * registers the command; running it writes the summary sheets with the saved settings, opens the
 * pane and tells the user what it did there. A failure is explained the same way, never swallowed.
 */
import type { Page } from 'playwright-core';
import type { WorkbookJson } from './host/model';
import { newPane } from './support/browser';
import { browserSuite } from './support/suite';
import { PLAN_SHEET, planWorkbook } from './support/workbooks';

const suite = browserSuite();

/** Loads the shared runtime (the suite.pane's page) on a workbook and presses the ribbon button; resolves when Excel is told it completed. */
async function pressRibbonButton(wb: WorkbookJson): Promise<Page> {
  suite.pane = await newPane(
    suite.browser,
    {},
    { content: `window.__fakeWorkbook = ${JSON.stringify(wb)};` }
  );
  const { page } = suite.pane;
  await page.goto(`${suite.server.origin}/taskpane.html`);
  await page.waitForFunction(
    () => 'refreshSummaries' in (window as unknown as { __actions: object }).__actions
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as {
          __actions: Record<string, (e: { completed(): void }) => void>;
        };
        w.__actions.refreshSummaries({ completed: () => resolve() });
      })
  );
  return page;
}

type ModelSheets = { __fakeExcel: { model: { sheets: { name: string; visibility?: string }[] } } };
/** The sheets a user sees; the refresh history is a very hidden sheet of its own. */
const sheetNames = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as ModelSheets).__fakeExcel.model.sheets
      .filter((s) => s.visibility !== 'VeryHidden')
      .map((s) => s.name)
  );
const veryHidden = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as ModelSheets).__fakeExcel.model.sheets
      .filter((s) => s.visibility === 'VeryHidden')
      .map((s) => s.name)
  );
const paneShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __paneShown: number }).__paneShown);

test('the ribbon button writes the summary sheets, opens the suite.pane and says there what it did', async () => {
  const page = await pressRibbonButton(planWorkbook());
  expect(await sheetNames(page)).toEqual([PLAN_SHEET, 'Summary', 'Overdue', 'Data quality']);
  expect(await veryHidden(page)).toEqual(['RAG Plan history']);
  expect(await paneShown(page)).toBe(1);
  const note = page.getByRole('status').filter({ hasText: 'Ribbon:' });
  await note.waitFor();
  expect(await note.textContent()).toMatch(
    /^Ribbon: Refreshed 3 summary sheets \(Summary, Overdue, Data quality\) from 1 plan\./
  );
  // The pane shows what changed, as after its own refresh: this first one has nothing to compare with.
  await page.getByRole('tab', { name: 'Changes' }).click();
  const changes = page.getByRole('region', { name: 'Changes since last refresh' });
  expect(await changes.innerText()).toContain(
    'No earlier refresh to compare with: the next refresh will show what changed since this one.'
  );
});

test('a ribbon refresh that fails opens the suite.pane, which explains why', async () => {
  const notes: WorkbookJson = {
    sheets: [{ name: 'Notes', cells: [['Minutes of the last board meeting']] }],
  };
  const page = await pressRibbonButton(notes);
  expect(await sheetNames(page)).toEqual(['Notes']);
  expect(await paneShown(page)).toBe(1);
  const alert = page.getByRole('alert').filter({ hasText: 'Ribbon:' });
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(
    /No action plan found.*Action, Lead, Timescale and RAG/
  );
  // Nothing was refreshed, so there are no changes to show.
  await page.getByRole('tab', { name: 'Changes' }).click();
  expect(await page.getByRole('region', { name: /^Changes since/ }).count()).toBe(0);
});

test('the ribbon reads the settings as last saved, not the copy taken when its page loaded', async () => {
  suite.pane = await newPane(
    suite.browser,
    {},
    { content: `window.__fakeWorkbook = ${JSON.stringify(planWorkbook())};` }
  );
  const { page } = suite.pane;
  await page.goto(`${suite.server.origin}/taskpane.html`);
  await page.waitForFunction(
    () => 'refreshSummaries' in (window as unknown as { __actions: object }).__actions
  );
  // Someone saves a later as-of date (another suite.pane, another user) after this page loaded.
  await page.evaluate(() => {
    const host = (
      window as unknown as { __fakeExcel: { model: { savedSettings: Record<string, string> } } }
    ).__fakeExcel;
    const key = 'RagPlan.settings';
    host.model.savedSettings[key] = JSON.stringify({
      ...JSON.parse(host.model.savedSettings[key]),
      asOf: '2025-01-10',
    });
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as {
          __actions: Record<string, (e: { completed(): void }) => void>;
        };
        w.__actions.refreshSummaries({ completed: () => resolve() });
      })
  );
  const summary = await page.evaluate(
    () =>
      (
        window as unknown as {
          __fakeExcel: { snapshot(): { sheets: { name: string; values: unknown[][] }[] } };
        }
      ).__fakeExcel
        .snapshot()
        .sheets.find((s) => s.name === 'Summary')?.values
  );
  // "As of" is the serial of 10 Jan 2025 (45667), not of the 15 Nov 2024 the page loaded with.
  expect(summary?.find((r) => r[0] === 'As of')?.[1]).toBe(45667);
});
