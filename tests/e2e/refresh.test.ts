/**
 * One refresh, whatever sheet the user is on, and an add-in that holds up where real Excel would
 * strain it: a summary sheet is never read as a plan, users' formulas to the summary survive,
 * a plan too big for one response and a sheet past Excel's merged-area limit both open, and a
 * webview too old for the pane gets a plain message.
 */
import type { Page } from 'playwright-core';
import type { WorkbookJson } from './host/model';
import { SAY } from '../../src/report/messages';
import { newPane } from './support/browser';
import { paneReady, refreshInPane, showTab } from './support/pane';
import { browserSuite } from './support/suite';
import { longTextWorkbook, mergedWorkbook, PLAN_SHEET, savingsWorkbook } from './support/workbooks';

const suite = browserSuite();

type Sheet = {
  name: string;
  values: unknown[][];
  formulas: { address: string; formula: string }[];
};
type Host = {
  snapshot(): { sheets: Sheet[] };
  activateSheet(name: string): Promise<void>;
  requests: { request: number; response: number }[];
  model: {
    sheets: {
      name: string;
      rows: ({ v: unknown; formula?: string; nf: string; fill: null }[] | undefined)[];
    }[];
  };
};
const host = (page: Page) =>
  page.evaluateHandle(() => (window as unknown as { __fakeExcel: Host }).__fakeExcel);
const sheets = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fakeExcel: Host }).__fakeExcel.snapshot().sheets);

async function open(wb: WorkbookJson, width = 500): Promise<Page> {
  suite.pane = await newPane(
    suite.browser,
    { width },
    { content: `window.__fakeWorkbook = ${JSON.stringify(wb)};` }
  );
  await suite.pane.page.goto(`${suite.server.origin}/taskpane.html`);
  await paneReady(suite.pane.page);
  return suite.pane.page;
}

const refresh = refreshInPane;

/**
 * Our sheets' values without what differs from one refresh to the next by design: the "Refreshed"
 * time, and the Summary's history block (what changed since the last refresh, the direction of
 * travel and the trend, which gains a row each refresh), from its heading to "RAG by area".
 */
function ours(all: Sheet[]): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const s of all.filter((x) =>
    ['Summary', 'Overdue', 'Data quality', 'Savings'].includes(x.name)
  )) {
    const from = s.values.findIndex((r) => r[0] === 'Changes since last refresh');
    const to = s.values.findIndex((r) => r[0] === 'RAG by area');
    const kept =
      from >= 0 && to > from ? [...s.values.slice(0, from), ...s.values.slice(to)] : s.values;
    out[s.name] = kept.filter((r) => r[0] !== 'Refreshed');
  }
  return out;
}

test('refresh from the Summary, Overdue and Savings tabs gives the same sheets as from the plan', async () => {
  const page = await open(savingsWorkbook());
  await refresh(page);
  const fromPlan = await sheets(page);
  // The refresh history is kept on a very hidden sheet of its own.
  expect(fromPlan.map((s) => s.name)).toEqual([
    PLAN_SHEET,
    'Board pack',
    'Summary',
    'Overdue',
    'Data quality',
    'Savings',
    'RAG Plan history',
  ]);
  const hidden = await (
    await host(page)
  ).evaluate((h) =>
    (h.model.sheets as { name: string; visibility?: string }[])
      .filter((s) => s.visibility === 'VeryHidden')
      .map((s) => s.name)
  );
  expect(hidden).toEqual(['RAG Plan history']);
  // The Summary says which plan it was built from.
  expect(
    fromPlan.find((s) => s.name === 'Summary')?.values.find((r) => r[0] === 'Source')?.[1]
  ).toBe(`${PLAN_SHEET}, rows 3–10`);
  for (const tab of ['Summary', 'Overdue', 'Savings']) {
    await (await host(page)).evaluate((h, name) => h.activateSheet(name), tab);
    await refresh(page);
    const again = await sheets(page);
    expect([tab, again.map((s) => s.name)]).toEqual([tab, fromPlan.map((s) => s.name)]);
    expect([tab, ours(again)]).toEqual([tab, ours(fromPlan)]);
    // And the history carried: the Summary compares with the refresh before, as of the same date.
    const since = again.find((x) => x.name === 'Summary')?.values.map((r) => String(r[0] ?? ''));
    expect(
      since?.some((t) =>
        t.startsWith('As of 15 Nov 2024, compared with the refresh as of 15 Nov 2024')
      )
    ).toBe(true);
    // The suite.pane still shows the plan: the summary tabs are not plans.
    await showTab(page, 'Check');
    expect(
      await page
        .getByRole('combobox', { name: 'Plan' })
        .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)
    ).toMatch(new RegExp(`^${PLAN_SHEET}, rows 3–10`));
  }
});

test('the suite.pane follows the user to the plan on the sheet they switch to; the Summary tab leaves it where it was', async () => {
  const wb = savingsWorkbook();
  wb.sheets.push({ ...wb.sheets[0], name: 'Second plan' });
  const page = await open(wb);
  const chosen = () =>
    page
      .getByRole('combobox', { name: 'Plan' })
      .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
  expect(await chosen()).toMatch(new RegExp(`^${PLAN_SHEET}, rows 3–10`));
  await (await host(page)).evaluate((h) => h.activateSheet('Second plan'));
  for (let i = 0; i < 50 && !/^Second plan/.test((await chosen()) ?? ''); i++)
    await page.waitForTimeout(100);
  expect(await chosen()).toMatch(/^Second plan/);
  await refresh(page);
  await (await host(page)).evaluate((h) => h.activateSheet('Summary'));
  await page.waitForTimeout(300);
  await showTab(page, 'Check');
  expect(await chosen()).toMatch(/^Second plan, rows 3–10/);
  // Both plans are in the summary, and the Summary names them.
  const summary = (await sheets(page)).find((x) => x.name === 'Summary');
  expect(summary?.values.find((r) => r[0] === 'Source')?.[1]).toBe(
    `${PLAN_SHEET}, rows 3–10; Second plan, rows 3–10`
  );
});

test("a user's formula to Summary!B8 still points at the summary after two refreshes", async () => {
  const page = await open(savingsWorkbook());
  await refresh(page);
  // The user links their board pack to the summary's count of actions.
  await (
    await host(page)
  ).evaluate((h) => {
    const board = h.model.sheets.find((s) => s.name === 'Board pack');
    if (!board) throw new Error('no Board pack');
    const row = (board.rows[2] ??= []);
    row[1] = { v: null, formula: '=Summary!B8', nf: 'General', fill: null };
  });
  const value = () =>
    page.evaluate(() =>
      (
        window as unknown as { Excel: { run<T>(b: (c: unknown) => Promise<T>): Promise<T> } }
      ).Excel.run(async (c: unknown) => {
        const ctx = c as {
          workbook: {
            worksheets: {
              getItem(n: string): {
                getRange(a: string): { load(p: string): void; values: unknown[][] };
              };
            };
          };
          sync(): Promise<void>;
        };
        const sumRange = ctx.workbook.worksheets.getItem('Summary').getRange('A8:B8');
        const board = ctx.workbook.worksheets.getItem('Board pack').getRange('B3');
        sumRange.load('values');
        board.load('values');
        await ctx.sync();
        return { summary: sumRange.values[0], board: board.values[0][0] };
      })
    );
  const first = await value();
  // Row 8 of the Summary is the headline count of actions: title, As of, Source, Refreshed, a
  // blank row, Headline, the table's header, then Actions. The plan has 7.
  expect(first.summary).toEqual(['Actions', 7]);
  expect(first.board).toBe(first.summary[1]);
  for (let i = 0; i < 2; i++) await refresh(page);
  const after = await value();
  expect(after.board).toBe(after.summary[1]);
  expect(after.board).not.toBe('#REF!');
  const formula = (await sheets(page)).find((s) => s.name === 'Board pack')?.formulas;
  expect(formula).toEqual([{ address: 'B3', formula: '=Summary!B8' }]);
});

test('a 600-row plan with long text opens, read in smaller blocks after Excel refuses a response over 5 MB', async () => {
  const page = await open(longTextWorkbook(600));
  await page.getByText(/^600 actions as of/).waitFor();
  const requests = await (await host(page)).evaluate((h) => h.requests);
  // One sync was refused (its response passed 5 MB); the blocks after it stayed under.
  const limit = 5 * 1024 * 1024;
  expect(requests.filter((r) => r.response > limit)).toHaveLength(1);
  expect(
    requests.filter((r) => r.response > 2 * 1024 * 1024 && r.response <= limit).length
  ).toBeGreaterThanOrEqual(2);
  expect(await page.getByRole('alert').count()).toBe(0);
});

test('a sheet with 600 merged areas opens: Excel refuses the merged areas and the read carries on without them', async () => {
  const page = await open(mergedWorkbook(600));
  await page.getByText(/^600 actions as of/).waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
});

test('a refresh whose writer cannot be fetched changes nothing, says so, and works when tried again', async () => {
  const page = await open(savingsWorkbook());
  const before = await sheets(page);
  // The layouts and the writer come with the first refresh (a chunk of their own): the network
  // drops that one request.
  await page.route('**/write.*.js', (route) => route.abort('internetdisconnected'));
  await showTab(page, 'Summaries');
  await page.getByRole('button', { name: 'Refresh summaries' }).click();
  await page.getByText('Part of RAG Plan could not be loaded').waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('Nothing was changed.');
  expect(await sheets(page)).toEqual(before);

  await page.unroute('**/write.*.js');
  await page.getByRole('button', { name: 'Refresh summaries' }).click();
  await page.getByText(/^Wrote \d+ summary sheets?/).waitFor();
  expect((await sheets(page)).map((s) => s.name)).toEqual([
    ...before.map((s) => s.name),
    'Summary',
    'Overdue',
    'Data quality',
    'Savings',
    'RAG Plan history',
  ]);
});

test('a webview without modern JavaScript (Internet Explorer) shows a plain message, not a blank suite.pane', async () => {
  const context = await suite.browser.newContext({
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
    viewport: { width: 320, height: 600 },
  });
  suite.pane = { context, page: await context.newPage(), requests: [], errors: [] };
  // Office.js is not needed for the message: the check runs before any other script.
  await context.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' })
  );
  await suite.pane.page.goto(`${suite.server.origin}/taskpane.html`);
  const alert = suite.pane.page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toBe(`${SAY.oldWebviewTitle}${SAY.oldWebview}`);
});
