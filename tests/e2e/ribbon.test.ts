/**
 * The ribbon's "Refresh summaries": the function file (commands.html) registers the command;
 * running it writes the summary sheets with the saved settings, and its outcome reaches the task
 * pane. A failure opens the pane and is shown there, never swallowed.
 */
import type { Browser, Page } from 'playwright-core';
import type { WorkbookJson } from './host/model';
import { launch, newPane, type Pane } from './support/browser';
import { DIST } from './support/paths';
import { serve } from './support/server';
import { PLAN_SHEET, planWorkbook } from './support/workbooks';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let pane: Pane | undefined;

beforeAll(async () => {
  server = await serve(DIST);
  browser = await launch();
});
afterEach(async () => {
  await pane?.context.close();
  pane = undefined;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the function file on a workbook and presses the ribbon button; resolves when Excel is told it completed. */
async function pressRibbonButton(wb: WorkbookJson): Promise<Page> {
  pane = await newPane(browser, {}, { content: `window.__fakeWorkbook = ${JSON.stringify(wb)};` });
  const { page } = pane;
  await page.goto(`${server.origin}/commands.html`);
  await page.waitForFunction(() => 'refreshSummaries' in (window as unknown as { __actions: object }).__actions);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { __actions: Record<string, (e: { completed(): void }) => void> };
        w.__actions.refreshSummaries({ completed: () => resolve() });
      }),
  );
  return page;
}

const sheetNames = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fakeExcel: { snapshot(): { sheets: { name: string }[] } } }).__fakeExcel.snapshot().sheets.map((s) => s.name));

test('the ribbon button writes the summary sheets and the pane then says so', async () => {
  const page = await pressRibbonButton(planWorkbook());
  const names = await sheetNames(page);
  expect(names[0]).toBe(PLAN_SHEET);
  expect(names.length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => (window as unknown as { __paneShown: number }).__paneShown)).toBe(0);

  // Same origin, same storage: the pane shows the ribbon's outcome when it opens.
  await page.goto(`${server.origin}/taskpane.html`);
  const note = page.getByRole('status').filter({ hasText: 'Ribbon:' });
  await expect(note.textContent()).resolves.toMatch(/^Ribbon: Refreshed \d+ summary sheets .* from 1 plan\./);
});

test('a ribbon refresh that fails opens the pane, which explains why', async () => {
  const notes: WorkbookJson = { sheets: [{ name: 'Notes', cells: [['Minutes of the last board meeting']] }] };
  const page = await pressRibbonButton(notes);
  expect(await sheetNames(page)).toEqual(['Notes']);
  expect(await page.evaluate(() => (window as unknown as { __paneShown: number }).__paneShown)).toBe(1);

  await page.goto(`${server.origin}/taskpane.html`);
  const alert = page.getByRole('alert').filter({ hasText: 'Ribbon:' });
  await expect(alert.textContent()).resolves.toMatch(/No plan on this sheet.*Action, Lead, Timescale and RAG/);
});
