/**
 * Excel as it is, in the browser on the fake host: a first click on the ribbon while the pane's
 * bundle is still loading runs the refresh (OfficeDev/office-js#5176); the ribbon's note stays
 * with its own workbook; a refresh that cannot be undone says so in one line; and when Office.js
 * cannot load, or the page is opened outside Office, a plain page says what to do.
 */
import type { Page } from 'playwright-core';
import type { HostOptions, WorkbookJson } from './host/fakeExcel';
import { newPane } from './support/browser';
import { OFFICE_JS } from './support/paths';
import { paneReady, refreshInPane } from './support/pane';
import { browserSuite } from './support/suite';
import { PLAN_SHEET, planWorkbook } from './support/workbooks';
import { PROBLEMS, SAY } from '../../src/report/messages';

const suite = browserSuite();

/** The pane's own bundle (React and Fluent UI): the large one a first click must not wait for. */
const PANE_BUNDLE = /\/vendor\.[0-9a-f]+\.js$/;

const before = (wb: WorkbookJson, extra = '') =>
  `window.__fakeWorkbook = ${JSON.stringify(wb)};${extra}`;

type Host = {
  snapshot(): { sheets: { name: string; visibility: string }[] };
  ribbon: { actions: Record<string, unknown>; lost: string[] };
  pressRibbonButton(action: string): Promise<boolean>;
};
type TestWindow = { __fakeExcel: Host; __pressed?: boolean };

const shownSheets = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as TestWindow).__fakeExcel
      .snapshot()
      .sheets.filter((s) => s.visibility === 'Visible')
      .map((s) => s.name)
  );

/**
 * The user clicks Refresh summaries on a workbook whose add-in page is still loading: the click
 * lands while the pane's bundle is on its way. The bundle is held until the page has associated
 * the command (at most 10 s: a page that associates it only with the pane's bundle never does
 * before), then the button is pressed, and the bundle is let through once the command has run.
 */
async function clickWhileLoading(page: Page): Promise<void> {
  await page.route(PANE_BUNDLE, async (route) => {
    await page
      .waitForFunction(
        () => 'refreshSummaries' in (window as unknown as TestWindow).__fakeExcel.ribbon.actions,
        undefined,
        { timeout: 10_000 }
      )
      .catch(() => undefined);
    await page.evaluate(async () => {
      const w = window as unknown as TestWindow;
      w.__pressed = await w.__fakeExcel.pressRibbonButton('refreshSummaries');
    });
    await route.continue();
  });
}

test("a first click on the ribbon runs the refresh while the pane's bundle is still on its way", async () => {
  suite.pane = await newPane(suite.browser);
  const { page } = suite.pane;
  await page.addInitScript({ content: before(planWorkbook()) });
  await clickWhileLoading(page);
  await page.goto(`${suite.server.origin}/taskpane.html`);
  // The click was not lost: the command was associated before the pane's bundle arrived.
  expect(
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      return { pressed: w.__pressed, lost: w.__fakeExcel.ribbon.lost };
    })
  ).toEqual({ pressed: true, lost: [] });
  expect(await shownSheets(page)).toEqual([PLAN_SHEET, 'Summary', 'Overdue', 'Data quality']);
  // The pane, once its bundle is there, shows what the ribbon did.
  const note = page.getByRole('status').filter({ hasText: `${SAY.ribbonPrefix}:` });
  await note.waitFor({ timeout: 30_000 });
  expect(await note.textContent()).toMatch(
    /Refreshed 3 summary sheets \(Summary, Overdue, Data quality\) from 1 plan\./
  );
});

test("the ribbon's note stays with its own workbook: another workbook's pane never shows it", async () => {
  suite.pane = await newPane(suite.browser);
  const other = suite.pane.page;
  const { context } = suite.pane;
  await other.addInitScript({ content: before(planWorkbook()) });
  await other.goto(`${suite.server.origin}/taskpane.html`);
  await paneReady(other);

  // A second workbook in the same browser profile (same origin, same storage): its ribbon is
  // clicked while its own pane is still loading.
  const page = await context.newPage();
  await page.addInitScript({ content: before(planWorkbook()) });
  await clickWhileLoading(page);
  await page.goto(`${suite.server.origin}/taskpane.html`);
  const note = page.getByRole('status').filter({ hasText: `${SAY.ribbonPrefix}:` });
  await note.waitFor({ timeout: 30_000 });
  // Its own pane showed the note; the first workbook's pane, open all along, did not.
  expect(await other.getByText(`${SAY.ribbonPrefix}:`).count()).toBe(0);
  expect(await shownSheets(other)).toEqual([PLAN_SHEET]);
});

async function openPane(wb: WorkbookJson, options: HostOptions): Promise<Page> {
  suite.pane = await newPane(
    suite.browser,
    {},
    {
      content: before(wb, `window.__fakeHostOptions = ${JSON.stringify(options)};`),
    }
  );
  const { page } = suite.pane;
  await page.goto(`${suite.server.origin}/taskpane.html`);
  await paneReady(page);
  return page;
}

test('on Windows the first refresh says it cannot be undone; the next, which hides nothing, does not', async () => {
  const page = await openPane(planWorkbook(), { platform: 'PC' });
  await refreshInPane(page);
  const warning = page.getByText(PROBLEMS['no-undo'].title);
  await warning.waitFor();
  expect(await page.getByText(PROBLEMS['no-undo'].advice).count()).toBe(1);
  // The next refresh clears the last one's messages as it starts.
  await refreshInPane(page);
  expect(await page.getByText(PROBLEMS['no-undo'].title).count()).toBe(0);
  expect(await page.getByText(PROBLEMS.undo.title).count()).toBe(0);
});

test('on Excel on the web the first refresh is one undo step and promises nothing else', async () => {
  const page = await openPane(planWorkbook(), { platform: 'OfficeOnline' });
  await refreshInPane(page);
  expect(await page.getByText(PROBLEMS['no-undo'].title).count()).toBe(0);
  expect(await page.getByText(PROBLEMS.undo.title).count()).toBe(0);
});

test('when Office.js cannot load, a plain page says what to do instead of a blank pane', async () => {
  suite.pane = await newPane(suite.browser, {}, { content: before(planWorkbook()) });
  const { page, context, errors } = suite.pane;
  await context.unroute(OFFICE_JS);
  await context.route(OFFICE_JS, (route) => route.abort('internetdisconnected'));
  await page.goto(`${suite.server.origin}/taskpane.html`);
  const heading = page.getByRole('heading', { level: 1, name: SAY.noOfficeTitle });
  await heading.waitFor();
  expect(await page.getByRole('alert').textContent()).toContain(SAY.noOffice);
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  // Nothing of ours failed with "Office is not defined".
  expect(errors.filter((e) => /Office is not defined/.test(e))).toEqual([]);
});

test('opened outside Office, the page says to open RAG Plan from Excel', async () => {
  suite.pane = await newPane(
    suite.browser,
    {},
    {
      content: before(planWorkbook(), 'window.__fakeHostOptions = { outsideOffice: true };'),
    }
  );
  const { page } = suite.pane;
  await page.goto(`${suite.server.origin}/taskpane.html`);
  await page.getByRole('heading', { level: 1, name: SAY.outsideOfficeTitle }).waitFor();
  expect(await page.getByRole('alert').textContent()).toContain(SAY.outsideOffice);
});
