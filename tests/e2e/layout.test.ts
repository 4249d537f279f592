/**
 * The pane for three jobs at the narrowest width Office gives it (320 px) on a plan of 900
 * actions: each user's main thing shows without scrolling in its tab and is reached within five
 * Tab presses; the findings are grouped with counts worked out by hand; the savings the pane shows
 * are the figures of the Savings sheet the refresh writes.
 */
import type { Page } from 'playwright-core';
import { newPane } from './support/browser';
import { motionSettled, refreshInPane, savingsHeadline, showTab } from './support/pane';
import { browserSuite } from './support/suite';
import { bigPlanWorkbook, PLAN_SHEET } from './support/workbooks';

const suite = browserSuite();
const WIDTH = 320;
const HEIGHT = 600;

async function open(): Promise<Page> {
  suite.pane = await newPane(
    suite.browser,
    { width: WIDTH, height: HEIGHT },
    {
      content: `window.__fakeWorkbook = ${JSON.stringify(bigPlanWorkbook())};`,
    }
  );
  const { page } = suite.pane;
  await page.goto(`${suite.server.origin}/taskpane.html`);
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
  await page
    .getByText(/^900 actions as of|^Rebuilds|^Savings target/)
    .first()
    .waitFor({
      timeout: 60_000,
    });
  return page;
}

/** What has the focus: its accessible label, or its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });

/** Presses Tab until the focus is on `want`; the number of presses, or Infinity after `max`. */
async function tabsTo(page: Page, want: RegExp, max = 5): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (want.test(await focused(page))) return i;
  }
  return Infinity;
}

/** From the tab list (focus on the selected tab), arrows to another tab and Enter selects it. */
async function arrowToTab(page: Page, steps: number): Promise<void> {
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
}

/** True when the whole element is inside the pane's first view: no scrolling needed. */
async function inFirstView(page: Page, selector: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await selector.boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  return !!box && scrolled === 0 && box.y >= 0 && box.y + box.height <= HEIGHT;
}

test('Summaries: Refresh is the second Tab stop and shows without scrolling at 320 px', async () => {
  const page = await open();
  expect(await tabsTo(page, /^Check$/)).toBe(1);
  await arrowToTab(page, 1);
  await page.getByRole('heading', { level: 1, name: 'Summaries' }).waitFor();
  expect(await tabsTo(page, /^Refresh summaries$/, 4)).toBe(1);
  const refresh = page.getByRole('button', { name: 'Refresh summaries' });
  expect(await inFirstView(page, refresh)).toBe(true);
  // Enter refreshes: 900 actions, one plan.
  await page.keyboard.press('Enter');
  await page.getByText(/^Wrote \d+ summary sheets from 1 plan \(900 actions\)\./).waitFor();
});

test("Check: the findings' first group is reached within 5 Tab presses and shows without scrolling", async () => {
  const page = await open();
  const presses = await tabsTo(page, /No lead named: 36 actions$/);
  expect(presses).toBeLessThanOrEqual(5);
  const first = page.getByRole('button', { name: /No lead named: 36 actions$/ });
  expect(await inFirstView(page, first)).toBe(true);
});

test('Savings: the totals show without scrolling once the tab is chosen from the keyboard', async () => {
  const page = await open();
  expect(await tabsTo(page, /^Check$/)).toBe(1);
  await arrowToTab(page, 2);
  await page.getByRole('heading', { level: 1, name: 'Savings' }).waitFor();
  const totals = page.getByRole('definition').first();
  expect(await totals.innerText()).toBe('£2,250,000');
  expect(await inFirstView(page, page.locator('dl').first())).toBe(true);
});

test('the findings are grouped by kind with their counts, warnings first; a group opens to its cells', async () => {
  const page = await open();
  const panel = page.getByRole('tabpanel', { name: 'Check' });
  // Worked out by hand in bigPlanWorkbook: 36 empty leads, 90 "TBC" timescales, nothing else.
  const groups = await panel
    .getByRole('button', { name: /: \d+ (actions?|findings?)$/ })
    .allInnerTexts();
  expect(groups.map((g) => g.trim())).toEqual([
    'No lead named: 36 actions',
    'Timescale is TBC: 90 actions',
  ]);
  expect(await panel.getByText('0 errors, 36 warnings, 90 notes.').count()).toBe(1);
  // The severity filter leaves the notes only.
  await panel.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Notes (90)' });
  expect(
    (await panel.getByRole('button', { name: /: \d+ actions$/ }).allInnerTexts()).map((g) =>
      g.trim()
    )
  ).toEqual(['Timescale is TBC: 90 actions']);
  // Opened: the first 25 cells, then all 90; each a click to its timescale cell (D4, D14, …).
  await panel.getByRole('button', { name: /Timescale is TBC: 90 actions$/ }).click();
  await motionSettled(page);
  const cells = panel.getByRole('button', { name: /^Go to cell / });
  expect(await cells.count()).toBe(25);
  await panel.getByRole('button', { name: 'Show all 90' }).click();
  await panel.getByRole('button', { name: 'Show all 90' }).waitFor({ state: 'detached' });
  expect(await cells.count()).toBe(90);
  expect(await cells.nth(1).getAttribute('aria-label')).toBe(`Go to cell '${PLAN_SHEET}'!D14`);
  await cells.nth(1).click();
  await page.waitForFunction(
    () => (window as unknown as { __fakeExcel: { selection: string | null } }).__fakeExcel.selection
  );
  const selection = await page.evaluate(
    () => (window as unknown as { __fakeExcel: { selection: string | null } }).__fakeExcel.selection
  );
  expect(selection?.replace(/\$/g, '')).toBe(`'${PLAN_SHEET}'!D14`);
});

test("the pane's savings figures are the written Savings sheet's cells", async () => {
  const page = await open();
  await showTab(page, 'Savings');
  const figures = async () => {
    const dl = page.locator('dl').first();
    const labels = await dl.locator('dt').allInnerTexts();
    const amounts = await dl.locator('dd').allInnerTexts();
    return labels.map((l, i) => [l.trim(), amounts[i].trim()]);
  };
  const shown = await figures();
  // Worked out by hand in bigPlanWorkbook: 225 lines of £10,000; 150 of them Amber or Red.
  expect(shown).toEqual([
    ['Savings target', '£2,250,000'],
    ['At risk (target on Red, Red/Amber, Amber lines)', '£1,500,000'],
  ]);
  await refreshInPane(page);
  const written = (await savingsHeadline(page, shown.length)).map((r) => [
    r[0],
    `£${Number(r[1]).toLocaleString('en-GB')}`,
  ]);
  expect(written).toEqual(shown);
  // And the pane still says the same after the refresh.
  await showTab(page, 'Savings');
  expect(await figures()).toEqual(shown);
  expect(suite.pane?.errors).toEqual([]);
});

test('the tab chosen is remembered for the session: the pane reopens on it', async () => {
  const page = await open();
  await showTab(page, 'Savings');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Savings' }).waitFor({ timeout: 60_000 });
  expect(await page.getByRole('tab', { name: 'Savings' }).getAttribute('aria-selected')).toBe(
    'true'
  );
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
});
