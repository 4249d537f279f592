/**
 * What changed since the last refresh, through the pane in Chromium: refresh, edit the plan as a
 * manager would (re-rate two, complete one, move a date, insert a row above, delete one, sort),
 * refresh again. The pane lists exactly those edits, each a click to its cell, and the Summary
 * the writer filled in the workbook lists the same. Expectations worked out by hand from
 * tests/cli/historyPlans.ts (see tests/excel/historyEdits.test.ts for the cells).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { HEADER, SHEET, TITLE_1, TITLE_2, VERSION_1 } from '../cli/historyPlans';
import type { WorkbookJson } from './host/model';
import { newPane } from './support/browser';
import { ROOT } from './support/paths';
import { axeViolations } from './support/axe';
import { refreshInPane, showTab } from './support/pane';
import { editPlanAsAManager } from './support/planEdits';
import { browserSuite } from './support/suite';

const suite = browserSuite();

function planWorkbook(): WorkbookJson {
  return {
    sheets: [{ name: SHEET, cells: [...TITLE_1.map((t) => [t]), [], HEADER, ...VERSION_1] }],
    settings: {
      [SETTINGS_KEY]: JSON.stringify({
        asOf: '2024-07-01',
        dueSoonDays: 30,
        blueMeans: 'complete',
        overrides: {},
      }),
    },
  };
}

async function open(width: number, dark = false): Promise<Page> {
  suite.pane = await newPane(
    suite.browser,
    { width, height: 1600, dark },
    {
      // Office's theme as the host reports it: the pane follows it, not the browser's.
      content: `window.__fakeWorkbook = ${JSON.stringify(planWorkbook())};
        window.__officeTheme = ${JSON.stringify({ bodyBackgroundColor: dark ? '#292929' : '#FFFFFF' })};`,
    }
  );
  const { page } = suite.pane;
  // The refresh times the Summary and the pane show: a week apart.
  await page.clock.setFixedTime(new Date('2024-07-01T09:00:00Z'));
  await page.goto(`${suite.server.origin}/taskpane.html`);
  await page.getByRole('heading', { name: 'Check' }).waitFor({ timeout: 60_000 });
  return page;
}

async function refresh(page: Page): Promise<void> {
  await refreshInPane(page);
}

type Snapshot = { sheets: { name: string; values: unknown[][] }[]; selection: string | null };
const snapshot = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __fakeExcel: { snapshot(): Snapshot } }).__fakeExcel.snapshot()
  );

/** Refresh, edit, refresh (a week later): the pane then shows the changes section. */
async function refreshEditRefresh(page: Page, afterFirst = async () => {}): Promise<void> {
  await refresh(page);
  await afterFirst();
  await page.clock.setFixedTime(new Date('2024-07-08T09:00:00Z'));
  await page.evaluate(editPlanAsAManager, {
    sheet: SHEET,
    insertedTitle: TITLE_2[1],
    deletedAction: "Monthly review of each young person's plan",
  });
  await refresh(page);
  await showTab(page, 'Changes');
}

const at = (cell: string) => `'${SHEET}'!${cell}`;

test('refresh, edit the plan, refresh: the pane lists exactly the edits, each a click to its cell, as the Summary does', async () => {
  const page = await open(500);
  await refreshEditRefresh(page, async () => {
    // The pane names the summary sheets a user sees, not the very hidden history.
    expect(await page.getByText(/^Wrote \d+ summary sheets?/).innerText()).toBe(
      'Wrote 3 summary sheets from 1 plan (8 actions).'
    );
    expect(
      await page.getByRole('tabpanel', { name: 'Summaries' }).getByRole('listitem').allInnerTexts()
    ).toEqual(['Summary', 'Overdue', 'Data quality']);
    // The first refresh has nothing to compare with, and says so in one line.
    await showTab(page, 'Changes');
    const first = page.getByRole('region', { name: 'Changes since last refresh' });
    expect((await first.innerText()).trim()).toBe(
      'Changes since last refresh\nNo earlier refresh to compare with: the next refresh will show what changed since this one.'
    );
  });

  const changes = page.getByRole('region', { name: 'Changes since 1 Jul 2024' });
  const text = await changes.innerText();
  expect(text).toContain(
    'As of 1 Jul 2024, compared with the refresh as of 1 Jul 2024 (refreshed 1 Jul 2024, 09:00).'
  );
  expect(text).toContain(
    '1 RAG up (better), 1 RAG down (worse), 1 completed, 1 due date moved, 1 removed.'
  );
  expect(await changes.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
    '↑ RAG up (better) (1)',
    '↓ RAG down (worse) (1)',
    'Completed (1)',
    'Due date moved (1)',
    'Removed (1)',
    'Direction of travel by area',
  ]);
  // Each action still in the plan is a button to where it is now, after the insert and sort.
  const buttons = changes.getByRole('button', { name: /^Go to cell / });
  expect(
    (await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).map((l) =>
      l?.replace('Go to cell ', '')
    )
  ).toEqual([at('C8'), at('C7'), at('C9'), at('C6')]);
  const items = (await changes.getByRole('listitem').allInnerTexts()).map((t) =>
    t.replace(/\s+/g, ' ').trim()
  );
  expect(items.slice(0, 5)).toEqual([
    'C8 Identification of in-year savings proposals Savings · Red → Amber (better)',
    'C7 Focus on collecting former tenant arrears for Council and PSLs Housing · Amber → Red (worse)',
    'C9 Invest £250k in a programme of work to support the move to a self-service model Workforce',
    'C6 Implementation of AYSE newly qualified social worker posts Health & Social Care · due 30 Sep 2024 → 31 Dec 2024',
    "Monthly review of each young person's plan Housing · was C8",
  ]);
  // Reached from the keyboard: the tenancy arrears button, Enter, and Excel selects its cell.
  await changes.getByRole('button', { name: `Go to cell ${at('C7')}` }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () =>
      (window as unknown as { __fakeExcel: { selection: string | null } }).__fakeExcel.selection !==
      null
  );
  expect((await snapshot(page)).selection?.replace(/\$/g, '')).toBe(at('C7'));

  // The Summary the writer filled in says the same.
  const summary = (await snapshot(page)).sheets.find((s) => s.name === 'Summary')!.values;
  const head = summary.findIndex((r) => r[0] === 'Action' && r[1] === 'Change');
  expect(summary.slice(head + 1, head + 6).map((r) => r.slice(0, 5))).toEqual([
    ['Identification of in-year savings proposals', '↑ Up', 'Red', 'Amber', 'Savings'],
    [
      'Focus on collecting former tenant arrears for Council and PSLs',
      '↓ Down',
      'Amber',
      'Red',
      'Housing',
    ],
    [
      'Invest £250k in a programme of work to support the move to a self-service model',
      'Completed',
      null,
      null,
      'Workforce',
    ],
    // 30 Sep 2024 and 31 Dec 2024 as Excel days.
    [
      'Implementation of AYSE newly qualified social worker posts',
      'Date moved',
      45565,
      45657,
      'Health & Social Care',
    ],
    ["Monthly review of each young person's plan", 'Removed', null, null, 'Housing'],
  ]);
  expect(summary[head + 6]?.[0] ?? null).toBeNull();
  expect(suite.pane?.errors).toEqual([]);
});

test('screenshots of the changes at 320 and 500 px, light and dark (docs/images); no accessibility problem at all, nothing sticks out sideways', async () => {
  const docs = join(ROOT, 'docs', 'images');
  mkdirSync(docs, { recursive: true });
  for (const width of [320, 500]) {
    for (const dark of [false, true]) {
      const page = await open(width, dark);
      await refreshEditRefresh(page);
      const region = page.getByRole('region', { name: 'Changes since 1 Jul 2024' });
      const box = await region.boundingBox();
      if (!box) throw new Error('no changes region');
      // The gap above the heading, not the end of the section before it.
      const y = Math.max(0, box.y - 14);
      await page.screenshot({
        path: join(docs, `pane-changes-list-${width}-${dark ? 'dark' : 'light'}.png`),
        fullPage: true,
        clip: { x: 0, y, width, height: box.y + box.height + 16 - y },
      });
      // axe finds no problem at all with the pane (contrast, names, headings), once nothing moves.
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await suite.pane?.context.close();
      suite.pane = undefined;
    }
  }
});

/** Types one value into a cell of the plan, as a manager editing the sheet would. */
const typeInto = (page: Page, cell: string, value: string) =>
  page.evaluate(
    async ([sheet, at, v]) => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(at).values = [[v]];
        await context.sync();
      });
    },
    [SHEET, cell, value]
  );

test('a snapshot named in the pane is a baseline: the changes since it list every edit since, not only the last', async () => {
  const page = await open(500);
  await refresh(page);
  await showTab(page, 'Changes');
  // The newest snapshot is the one named unless another is picked.
  await page.getByRole('textbox', { name: 'Name' }).fill('Cabinet 12 January');
  await page.getByRole('button', { name: 'Name snapshot' }).click();
  await page.getByText('Snapshot 1 is named “Cabinet 12 January”').waitFor();

  // A week later: tenancy arrears Amber to Red, then a refresh (the last refresh is now that one).
  await page.clock.setFixedTime(new Date('2024-07-08T09:00:00Z'));
  await typeInto(page, 'F7', 'Red');
  await refresh(page);
  // Another week: in-year savings Red to Amber.
  await page.clock.setFixedTime(new Date('2024-07-15T09:00:00Z'));
  await typeInto(page, 'F10', 'Amber');

  await showTab(page, 'Changes');
  const compare = page.getByRole('combobox', { name: 'Compare with' });
  // The last refresh is the default baseline.
  expect(
    await compare.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)
  ).toBe('The last refresh');
  await compare.selectOption({ label: 'Cabinet 12 January, 1 Jul 2024' });
  await page.getByRole('button', { name: 'Refresh and compare' }).click();
  const changes = page.getByRole('region', { name: 'Changes since Cabinet 12 January' });
  await changes.waitFor();
  const text = await changes.innerText();
  // Both edits since the named snapshot; compared with the last refresh only the second would show.
  expect(text).toContain('1 RAG up (better), 1 RAG down (worse).');
  expect(text).toContain('compared with “Cabinet 12 January”, the refresh as of 1 Jul 2024');
  expect(text).toContain('Identification of in-year savings proposals');
  expect(text).toContain('Focus on collecting former tenant arrears for Council and PSLs');

  // The Summary says what it compares with.
  const summary = (await snapshot(page)).sheets.find((s) => s.name === 'Summary')!.values;
  expect(summary.flat().some((v) => String(v ?? '').includes('Cabinet 12 January'))).toBe(true);
  expect(suite.pane?.errors).toEqual([]);
});
