/**
 * The seed fixture (Havering's 2024 productivity plan, tests/fixtures/buildProductivity.js) opened
 * in the pane: four tables one under another on one sheet, each its own plan. Expected figures
 * are counted from the build script's rows: 17 rows under the header in row 4 (the Commissioning
 * action cell stacks 3 actions, so 19 actions), 6 under row 27, 10 under row 37, 4 under row 51.
 */
import { readFileSync } from 'node:fs';
import { newPane, type Pane } from './support/browser';
import { FIXTURE_JSON } from './support/paths';
import { browserSuite } from './support/suite';
import { savingsHeadline } from './support/pane';

const suite = browserSuite();

async function open(): Promise<Pane> {
  const wb = readFileSync(FIXTURE_JSON, 'utf8');
  suite.pane = await newPane(suite.browser, {}, { content: `window.__fakeWorkbook = ${wb};` });
  await suite.pane.page.goto(`${suite.server.origin}/taskpane.html`);
  await suite.pane.page.getByRole('heading', { name: 'Check' }).waitFor();
  return suite.pane;
}

test('each table on the sheet is offered as its own plan, the first one chosen', async () => {
  const { page } = await open();
  const picker = page.getByRole('combobox', { name: 'Plan' });
  const chosen = () =>
    picker.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
  expect(await chosen()).toBe('Productivity plan, rows 4–21, 19 actions');
  expect(await picker.locator('option').allTextContents()).toEqual([
    'Productivity plan, rows 4–21, 19 actions',
    'Productivity plan, rows 27–33, 6 actions',
    'Productivity plan, rows 37–47, 14 actions',
    'Productivity plan, rows 51–55, 4 actions',
  ]);
  await picker.selectOption({ label: 'Productivity plan, rows 51–55, 4 actions' });
  expect(await chosen()).toBe('Productivity plan, rows 51–55, 4 actions');
  // The barriers table has no timescale or RAG column, and the check says so.
  await page.getByText(/^4 actions as of /).waitFor();
  await page.getByRole('button', { name: /Column missing: 2 findings$/ }).click();
  await page.getByText(/No timescale column in the table at A51:D55/).waitFor();
  await page.getByText(/No RAG column in the table at A51:D55/).waitFor();
});

test('a finding on the fixture goes to its cell, and refresh summarises all four plans', async () => {
  const { page } = await open();
  // The first table reads cleanly; the third (wasteful spend) has cells to look at.
  await page
    .getByRole('combobox', { name: 'Plan' })
    .selectOption({ label: 'Productivity plan, rows 37–47, 14 actions' });
  await page.getByText(/^14 actions as of /).waitFor();
  // The findings are grouped: the first group opens to its cells.
  await page
    .getByRole('tabpanel', { name: 'Check' })
    .locator('.fui-AccordionHeader__button')
    .first()
    .click();
  const first = page.getByRole('button', { name: /^Go to cell 'Productivity plan'!/ }).first();
  const label = (await first.getAttribute('aria-label')) ?? '';
  await first.click();
  const ref = label.replace('Go to cell ', '');
  const selection = () =>
    page.evaluate(
      () =>
        (window as unknown as { __fakeExcel: { selection: string | null } }).__fakeExcel.selection
    );
  for (let i = 0; i < 50 && (await selection()) === null; i++) await page.waitForTimeout(100);
  expect((await selection())?.replace(/\$/g, '')).toBe(ref);

  await page.getByRole('tab', { name: 'Summaries' }).click();
  await page.getByRole('button', { name: 'Refresh summaries' }).click();
  await page.getByText(/^Wrote \d+ summary sheets? from 4 plans \(43 actions\)\./).waitFor();
});

test('the Savings tab shows the savings the refresh writes, though the plan shown first has none', async () => {
  const { page } = await open();
  await page.getByRole('tab', { name: 'Savings' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Savings' });
  // Not "No Savings sheet": the workbook's Savings sheet is built from the plans that carry money.
  await panel.getByText('Savings target').waitFor();
  expect(await panel.getByText(/^No Savings sheet/).count()).toBe(0);
  // The plan shown (the first table) has none, and says whose the figures are.
  expect(
    await panel.getByText(/^This plan has no savings figures; the Savings sheet/).count()
  ).toBe(1);
  const dl = panel.locator('dl').first();
  const shown = async () => {
    const labels = await dl.locator('dt').allInnerTexts();
    const amounts = await dl.locator('dd').allInnerTexts();
    return labels.map((l, i) => [l.trim(), amounts[i].trim()]);
  };
  const before = await shown();
  await page.getByRole('tab', { name: 'Summaries' }).click();
  await page.getByRole('button', { name: 'Refresh summaries' }).click();
  await page.getByText(/^Wrote \d+ summary sheets? from 4 plans/).waitFor();
  const written = (await savingsHeadline(page, before.length)).map((r) => [
    r[0],
    `£${Math.round(Number(r[1])).toLocaleString('en-GB')}`,
  ]);
  expect(written).toEqual(before);
});
