/**
 * The task pane as a user meets it: the built add-in in chromium against the fake Excel host.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookJson } from './host/model';
import { isLocal, launch, newPane, type Pane, type PaneOptions } from './support/browser';
import { DIST, HOST_BUNDLE, OFFICE_JS, ROOT, SCREENSHOTS } from './support/paths';
import { serve } from './support/server';
import { axeViolations } from './support/axe';
import { motionSettled, refreshInPane, showTab } from './support/pane';
import { planWorkbook, PLAN_SHEET, savingsWorkbook } from './support/workbooks';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { SAY } from '../../src/report/messages';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let workbook: WorkbookJson;

beforeAll(async () => {
  server = await serve(DIST);
  browser = await launch();
  workbook = planWorkbook();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const DARK = { bodyBackgroundColor: '#292929' };
const LIGHT = { bodyBackgroundColor: '#FFFFFF' };

/**
 * Opens the pane on a workbook. The workbook goes through sessionStorage so that a reload (the
 * user closing and reopening the pane) finds the same workbook, with whatever settings a test put
 * there; the init script also records every progress label the pane shows.
 */
async function openPane(options: PaneOptions = {}, wb: WorkbookJson = workbook): Promise<Pane> {
  const pane = await newPane(browser, options, {
    content: `
      (() => {
        const saved = sessionStorage.getItem('e2e-workbook');
        window.__fakeWorkbook = saved ? JSON.parse(saved) : ${JSON.stringify(wb)};
        window.__officeTheme = ${JSON.stringify(options.dark ? DARK : LIGHT)};
        window.__progress = [];
        new MutationObserver(() => {
          const bar = document.querySelector('[role="progressbar"]');
          const label = bar && bar.closest('.fui-Field') && bar.closest('.fui-Field').querySelector('label');
          const text = label ? label.textContent : bar ? '(bar)' : null;
          if (text && window.__progress[window.__progress.length - 1] !== text) window.__progress.push(text);
        }).observe(document, { subtree: true, childList: true, characterData: true });
      })();`,
  });
  await pane.page.goto(`${server.origin}/taskpane.html`);
  await pane.page.getByRole('heading', { name: 'Check' }).waitFor();
  return pane;
}

/** Polls until the value passes (or 5 s pass) and returns the last value, for a clear failure. */
async function settle<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 50 && !ok(value); i++) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
const matches = (v: unknown, want: RegExp | string) =>
  typeof want === 'string' ? String(v).includes(want) : want.test(String(v));

type Snapshot = {
  selection: string | null;
  settings: Record<string, unknown>;
  customXmlParts: { id: string; xml: string }[];
  sheets: { name: string; values: unknown[][] }[];
};
const snapshot = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __fakeExcel: { snapshot(): Snapshot } }).__fakeExcel.snapshot()
  );

describe('the task pane on a council action plan', () => {
  let pane: Pane;
  afterEach(async () => {
    await pane?.context.close();
  });

  test('opens the plan and shows its findings grouped by kind, and its overdue and due-soon actions', async () => {
    pane = await openPane();
    const { page } = pane;
    const check = page.getByRole('tabpanel', { name: 'Check' });
    const picker = page.getByRole('combobox', { name: 'Plan' });
    expect(
      await picker.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)
    ).toBe(`${PLAN_SHEET}, rows 3–10, 7 actions`);
    // Expected values worked out by hand in workbooks.ts: the error first, then the two warnings.
    const groups = check.getByRole('button', { name: /: \d+ actions?$/ });
    expect((await groups.allInnerTexts()).map((g) => g.trim())).toEqual([
      'Green but overdue: 1 action',
      'No lead named: 1 action',
      'Timescale not read as a date: 1 action',
      'Overdue: 2 actions',
      'Due soon: 2 actions',
    ]);
    expect(await check.getByText('1 error, 2 warnings, 0 notes.').count()).toBe(1);
    // Each group opens to its cells.
    const opened = async (name: string) => {
      await check.getByRole('button', { name: new RegExp(`${name}$`) }).click();
      const panel = check.getByRole('region', { name: new RegExp(`${name}$`) });
      return ((await panel.textContent()) ?? '').trim();
    };
    expect(await opened('Green but overdue: 1 action')).toMatch(/^F6Rated Green but overdue/);
    expect(await opened('No lead named: 1 action')).toMatch(/^D7No lead is named/);
    expect(await opened('Timescale not read as a date: 1 action')).toMatch(
      /^E10.*"after the election"/
    );
    // Each goes to its action's text in column C, as the Overdue sheet's "Go to" does.
    expect(await opened('Overdue: 2 actions')).toMatch(
      /^C6Human Resources.*229 days overdue\s*GreenC9Review our complaints.*168 days overdue\s*Red$/
    );
    const dueSoon = await opened('Due soon: 2 actions');
    expect(dueSoon).toMatch(/C7Financial Business Partners.*No lead.*due in 46 days\s*Amber/);
    expect(dueSoon).toMatch(/C8Legal & Governance.*due in 46 days\s*Amber/);
    expect(await page.getByRole('button', { name: `Go to cell '${PLAN_SHEET}'!E10` }).count()).toBe(
      1
    );
    // "Line 1 of the cell" is said only where a cell holds several lines: none here.
    expect(await check.getByText(/Line \d of the cell/).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(pane.errors).toEqual([]);
  });

  test('clicking a finding selects its cell in Excel', async () => {
    pane = await openPane();
    const ref = `'${PLAN_SHEET}'!E10`;
    await pane.page
      .getByRole('button', { name: /Timescale not read as a date: 1 action$/ })
      .click();
    await pane.page
      .getByRole('button', { name: `Go to cell ${ref}` })
      .first()
      .click();
    expect(
      await settle(
        async () => (await snapshot(pane.page)).selection,
        (v) => matches(v, /E10$/)
      )
    ).toMatch(/E10$/);
    expect((await snapshot(pane.page)).selection).toContain(PLAN_SHEET);
  });

  test('refresh shows progress, then writes the summary sheets and links to each', async () => {
    pane = await openPane();
    const { page } = pane;
    const before = (await snapshot(page)).sheets.map((s) => s.name);
    await showTab(page, 'Summaries');
    await page.getByRole('button', { name: 'Refresh summaries' }).click();
    await page.getByText(/^Wrote \d+ summary sheets? from 1 plan/).waitFor();

    const progress = await page.evaluate(
      () => (window as unknown as { __progress: string[] }).__progress
    );
    expect(progress.some((p) => /Reading/.test(p))).toBe(true);
    expect(progress.some((p) => /summary sheet \d+ of \d+/.test(p))).toBe(true);

    const after = await snapshot(page);
    const added = after.sheets.map((s) => s.name).filter((n) => !before.includes(n));
    expect(added.length).toBeGreaterThanOrEqual(2);
    // The plan sheet itself is unchanged, cell for cell.
    const planBefore = workbook.sheets.find((s) => s.name === PLAN_SHEET)?.cells ?? [];
    const planAfter = after.sheets.find((s) => s.name === PLAN_SHEET)?.values ?? [];
    planBefore.forEach((row, r) =>
      row.forEach((v, c) => expect([r, c, planAfter[r]?.[c] ?? null]).toEqual([r, c, v ?? null]))
    );
    // The very hidden history sheet is kept, not offered: Excel cannot select a cell on it.
    expect(added).toContain('RAG Plan history');
    expect(
      await page.getByRole('button', { name: "Go to cell 'RAG Plan history'!A1" }).count()
    ).toBe(0);
    for (const name of added.filter((n) => n !== 'RAG Plan history')) {
      await page
        .getByRole('button', { name: `Go to cell '${name.replace(/'/g, "''")}'!A1` })
        .click();
      expect(
        await settle(
          async () => (await snapshot(page)).selection,
          (v) => matches(v, name)
        )
      ).toContain(name);
    }
  });

  test('a column override is saved in the workbook and survives a reload', async () => {
    pane = await openPane();
    const { page } = pane;
    await page.getByRole('button', { name: 'How the columns were read' }).click();
    const lead = page.getByRole('combobox', { name: 'Lead' });
    const shown = (box: typeof lead) =>
      box.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
    expect(await shown(lead)).toBe('Automatic: D: ELT Lead');
    await lead.selectOption({ label: 'Not used' });
    expect(await shown(lead)).toBe('Not used');
    // Without a lead column the check says no action can be traced to an officer.
    await page.getByRole('button', { name: /Column missing: 1 finding$/ }).click();
    await page
      .getByText(/No lead column/)
      .first()
      .waitFor();

    // Saved in the workbook's choices part, as the plan's column choice: Lead ignored.
    const stored = async () => (await snapshot(page)).customXmlParts.map((p) => p.xml).join('\n');
    expect(await settle(stored, (v) => v.includes('field="lead" use="no"'))).toMatch(
      /<columns plan="[^"]+">\s*<column field="lead" use="no"\/>\s*<\/columns>/
    );
    const saved = await snapshot(page);
    await page.evaluate((wb) => sessionStorage.setItem('e2e-workbook', JSON.stringify(wb)), {
      ...workbook,
      settings: saved.settings,
      customXmlParts: saved.customXmlParts.map((p) => p.xml),
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Check' }).waitFor();
    // A column the check needs is missing now: the mapping is shown without being asked for.
    await page.getByText('A column this plan needs was not found: choose it below.').waitFor();
    expect(await shown(page.getByRole('combobox', { name: 'Lead' }))).toBe('Not used');
    await page.getByRole('button', { name: /Column missing: 1 finding$/ }).click();
    await page
      .getByText(/No lead column/)
      .first()
      .waitFor();
  });

  test.each([
    ['AccessDenied', 'The sheet is protected', /Unprotect/],
    ['InvalidOperationInCellEditMode', 'A cell is being edited', /Enter or Esc/],
    ['RequestPayloadSizeLimitExceeded', 'The plan is too large', /smaller tables/],
  ])(
    'when Excel refuses with %s the pane says "%s" in plain words and stays usable',
    async (code, title, advice) => {
      pane = await openPane();
      const { page } = pane;
      // The tab first: opening it reads what the last roll-up took (a call to Excel of its own).
      await showTab(page, 'Summaries');
      await page.evaluate((c) => {
        const host = (
          window as unknown as { __fakeExcel: { failures: { code: string; message: string }[] } }
        ).__fakeExcel;
        host.failures.push({ code: c, message: 'Refused by the test host.' });
      }, code);
      await page.getByRole('button', { name: 'Refresh summaries' }).click();
      const bar = page.getByRole('alert').filter({ hasText: title });
      await bar.waitFor();
      expect(await bar.textContent()).toMatch(advice);
      // Still usable: dismiss, and the same button now works.
      await bar.getByRole('button', { name: 'Dismiss' }).click();
      await page.getByRole('button', { name: 'Refresh summaries' }).click();
      await page.getByText(/^Wrote \d+ summary sheets?/).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    }
  );

  test('the due-soon window and as-of date change the check at once and are saved', async () => {
    pane = await openPane();
    const { page } = pane;
    await page.getByRole('button', { name: 'Dates and RAG key' }).click();
    const days = page.getByRole('spinbutton', { name: /Due soon means/ });
    await days.fill('');
    await days.pressSequentially('30');
    // 31 Dec 2024 is 46 days after 15 Nov 2024: no longer due soon within 30 days.
    await page.getByText(/^7 actions as of 15 Nov 2024: 2 overdue, 0 due soon\./).waitFor();
    // Day first, as typed in the UK, whatever the browser's language.
    await page.getByLabel(/^As of/).fill('10/01/2025');
    // Now both 31 Dec 2024 actions are 10 days overdue.
    await page.getByText(/^7 actions as of 10 Jan 2025: 4 overdue, 0 due soon\./).waitFor();
    await page.getByRole('button', { name: /Overdue: 4 actions$/ }).click();
    const overdue =
      (await page.getByRole('region', { name: /Overdue: 4 actions$/ }).textContent()) ?? '';
    expect(overdue.match(/10 days overdue/g)).toHaveLength(2);
    const stored = async () => String((await snapshot(page)).settings[SETTINGS_KEY] ?? '');
    const saved = JSON.parse(await settle(stored, (v) => v.includes('2025-01-10')));
    expect(saved).toMatchObject({ asOf: '2025-01-10', dueSoonDays: 30 });
    // The box shows the date back day first; "10 January 2025" is read the same way.
    expect(await page.getByLabel(/^As of/).inputValue()).toBe('10/01/2025');
  });

  test('a US-English browser still shows and reads the as-of date day first', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 500, height: 900 },
    });
    const host = readFileSync(HOST_BUNDLE, 'utf8');
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: host })
    );
    await context.addInitScript({
      content: `window.__fakeWorkbook = ${JSON.stringify(workbook)};`,
    });
    const page = await context.newPage();
    pane = { page, context, requests: [], errors: [] };
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole('heading', { name: 'Check' }).waitFor();
    await page.getByRole('button', { name: 'Dates and RAG key' }).click();
    expect(await page.getByLabel(/^As of/).inputValue()).toBe('15/11/2024');
    await page.getByLabel(/^As of/).fill('02/01/2025');
    // 2 January, not 1 February: both 31 Dec 2024 actions are 2 days overdue.
    await page.getByText(/^7 actions as of 2 Jan 2025: 4 overdue/).waitFor();
  });

  test('the settings come when first opened; if they cannot, the pane says so and tries again', async () => {
    pane = await openPane();
    const { page } = pane;
    // Not part of the first load: nothing asked for the settings' chunk yet.
    expect(pane.requests.filter((u) => /\/settings\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
    await page.route('**/settings.*.js', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Dates and RAG key' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Part of RAG Plan could not be loaded');
    expect(await alert.textContent()).toContain('Nothing was changed.');
    // The rest of the pane still works: the check is still there.
    expect(await page.getByText(/^7 actions as of 15 Nov 2024/).count()).toBe(1);

    await page.unroute('**/settings.*.js');
    await page.getByRole('button', { name: 'Try again' }).click();
    expect(await page.getByLabel(/^As of/).inputValue()).toBe('15/11/2024');
    expect(await alert.count()).toBe(0);
  });

  test('flag in place shades the plan without changing a value, and switching it off removes the shading', async () => {
    pane = await openPane();
    const { page } = pane;
    type Sheet = { name: string; values: unknown[][]; conditionalFormats: unknown[] };
    const plan = async () =>
      (
        await page.evaluate(() =>
          (
            window as unknown as { __fakeExcel: { snapshot(): { sheets: Sheet[] } } }
          ).__fakeExcel.snapshot()
        )
      ).sheets.find((s) => s.name === PLAN_SHEET) as Sheet;
    const before = await plan();
    expect(before.conditionalFormats).toEqual([]);
    const flag = page.getByRole('switch', { name: /Flag in place/ });
    // It sits with the check, on the plan, not among the summary sheets.
    expect(
      await page
        .getByRole('tabpanel', { name: 'Check' })
        .getByRole('switch', { name: /Flag in place/ })
        .count()
    ).toBe(1);
    await flag.click();
    const on = await settle(plan, (p) => p.conditionalFormats.length > 0);
    expect(on.conditionalFormats.length).toBeGreaterThan(0);
    expect(on.values).toEqual(before.values);
    // It says what it did: rows E6 and E9 are overdue; F4 to F10 get the drop-down.
    await page
      .getByText('Flagged: 2 overdue rows shaded, RAG drop-down on 7 cells; no cell was changed.')
      .waitFor();

    // Reopened, the pane reads the state back from the sheet.
    const saved = await snapshot(page);
    const reopened = await openPane({}, { ...workbook, sheets: workbook.sheets });
    await reopened.page.evaluate(
      (flags) => {
        const host = (
          window as unknown as {
            __fakeExcel: {
              model: {
                sheets: { name: string; conditionalFormats: unknown[]; validations: unknown[] }[];
              };
            };
          }
        ).__fakeExcel;
        const sheet = host.model.sheets[0];
        sheet.conditionalFormats = flags.cf;
        sheet.validations = flags.dv;
      },
      {
        cf: (saved.sheets[0] as unknown as { conditionalFormats: unknown[] }).conditionalFormats,
        dv: (saved.sheets[0] as unknown as { validations: unknown[] }).validations,
      }
    );
    await reopened.page.getByRole('button', { name: 'Look again' }).click();
    await settle(
      () => reopened.page.getByRole('switch', { name: /Flag in place/ }).isChecked(),
      (v) => v
    );
    expect(await reopened.page.getByRole('switch', { name: /Flag in place/ }).isChecked()).toBe(
      true
    );
    await reopened.context.close();

    await flag.click();
    const off = await settle(plan, (p) => p.conditionalFormats.length === 0);
    expect(off.conditionalFormats).toEqual([]);
    expect(off.values).toEqual(before.values);
  });

  test('works from the keyboard alone: Tab to the tabs, arrow to Summaries, Tab to Refresh, Enter; back to Check, Tab to a finding, Enter', async () => {
    pane = await openPane();
    const { page } = pane;
    const focused = () =>
      page.evaluate(
        () =>
          document.activeElement?.getAttribute('aria-label') ??
          document.activeElement?.textContent ??
          ''
      );
    const tabTo = async (want: RegExp, max: number) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (want.test(await focused())) return;
      }
      throw new Error(`Tab never reached ${want} in ${max} presses`);
    };
    await tabTo(/^Check$/, 1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await tabTo(/^Refresh summaries$/, 1);
    await page.keyboard.press('Enter');
    await page.getByText(/^Wrote \d+ summary sheets?/).waitFor();
    await page.getByRole('tab', { name: 'Summaries' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Check' }).waitFor();
    await tabTo(/Timescale not read as a date: 1 action$/, 6);
    await page.keyboard.press('Enter');
    await tabTo(/^Go to cell .*!E10$/, 2);
    await page.keyboard.press('Enter');
    expect(
      await settle(
        async () => (await snapshot(page)).selection,
        (v) => matches(v, /E10$/)
      )
    ).toMatch(/E10$/);
  });

  /** Opens every closed group and panel of a tab, one by one (each opened one leaves the closed list). */
  const openAll = async (page: Page, tab: string) => {
    const closed = page
      .getByRole('tabpanel', { name: tab })
      .locator('.fui-AccordionHeader__button[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
  };

  test('axe finds no accessibility problem at all in any state of any tab, light and dark', async () => {
    for (const dark of [false, true]) {
      pane = await openPane({ dark }, savingsWorkbook());
      const { page } = pane;
      const states: [string, () => Promise<void>][] = [
        ['check', async () => {}],
        [
          'check, every group and panel open',
          async () => {
            await openAll(page, 'Check');
            // The settings are a chunk fetched on opening: axe looks at them, not at the spinner.
            await page.getByLabel(/^As of/).waitFor();
          },
        ],
        ['summaries', () => showTab(page, 'Summaries')],
        ['summaries, refreshed', () => refreshInPane(page)],
        [
          'summaries, new plan open',
          async () => {
            await page.getByRole('button', { name: 'Start a new plan' }).click();
            await page.getByRole('button', { name: 'Start the plan' }).waitFor();
          },
        ],
        ['savings', () => showTab(page, 'Savings')],
        [
          'savings, groups open',
          async () => {
            await openAll(page, 'Savings');
          },
        ],
        ['changes', () => showTab(page, 'Changes')],
        [
          'changes, compared with the last refresh and a snapshot named',
          async () => {
            await page.getByRole('button', { name: 'Refresh and compare' }).click();
            await page.getByRole('heading', { name: /^Changes since / }).waitFor();
            await page.getByRole('textbox', { name: 'Name' }).fill('Cabinet 12 January');
            await page.getByRole('button', { name: 'Name snapshot' }).click();
            await page.getByText(/is named “Cabinet 12 January”/).waitFor();
          },
        ],
        [
          'a problem shown',
          async () => {
            await showTab(page, 'Summaries');
            await page.evaluate(() => {
              const host = (
                window as unknown as {
                  __fakeExcel: { failures: { code: string; message: string }[] };
                }
              ).__fakeExcel;
              host.failures.push({ code: 'AccessDenied', message: 'Refused by the test host.' });
            });
            await page.getByRole('button', { name: 'Refresh summaries' }).click();
            await page.getByRole('alert').waitFor();
          },
        ],
      ];
      for (const [state, reach] of states) {
        await reach();
        const violations = await axeViolations(page);
        expect({ state, dark, violations }).toEqual({ state, dark, violations: [] });
      }
      await pane.context.close();
    }
  });

  test('a workbook with no plan: the Check tab says so and offers the plan picker; axe finds nothing', async () => {
    for (const dark of [false, true]) {
      pane = await newPane(
        browser,
        { dark },
        {
          content: `window.__fakeWorkbook = ${JSON.stringify({
            sheets: [{ name: 'Notes', cells: [['Minutes of the last board meeting']] }],
          })};
          window.__officeTheme = ${JSON.stringify(dark ? DARK : LIGHT)};`,
        }
      );
      const { page } = pane;
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole('heading', { level: 1, name: 'Check' }).waitFor();
      await page.getByText(SAY.noPlanInWorkbook).waitFor();
      expect(await page.getByRole('combobox', { name: 'Plan' }).isVisible()).toBe(true);
      const violations = await axeViolations(page);
      expect({ dark, violations }).toEqual({ dark, violations: [] });
      await pane.context.close();
    }
  });

  test('no request leaves localhost (Office.js is the one outside URL, and it is answered locally)', async () => {
    pane = await openPane();
    const { page } = pane;
    await refreshInPane(page);
    await showTab(page, 'Check');
    await page.getByRole('button', { name: 'How the columns were read' }).click();
    expect(pane.requests).toContain(OFFICE_JS);
    expect(pane.requests.filter((u) => u !== OFFICE_JS && !isLocal(u))).toEqual([]);
  });

  test('the Savings section gives the finance lead the totals and the lines short of target', async () => {
    pane = await openPane({}, savingsWorkbook());
    await showTab(pane.page, 'Savings');
    const savings = pane.page.getByRole('tabpanel', { name: 'Savings' });
    // Worked out by hand from the Savings column: £250k + £1.2m + £40,000 + £15k + £75k; TBC is unknown.
    await savings.getByText('£1,580,000').waitFor();
    const text = await savings.innerText();
    expect(text).toContain('Savings target');
    expect(text).toContain('6 savings lines, 1 with no known target (TBC or blank).');
  });

  test("screenshots of each user's first view at 320 and 500 px, light and dark: Check, Summaries, Savings, Changes (docs/images)", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const docs = join(ROOT, 'docs', 'images');
    mkdirSync(docs, { recursive: true });
    for (const width of [320, 500]) {
      for (const dark of [false, true]) {
        // The plan with a Savings column, so the savings tab and the refresh show what they do with money.
        pane = await openPane({ width, height: 640, dark }, savingsWorkbook());
        const { page } = pane;
        const look = `${width}-${dark ? 'dark' : 'light'}`;
        // The same refresh time in every screenshot, whenever they are taken.
        await page.clock.setFixedTime(new Date('2024-11-15T09:30:00Z'));
        // No heading repeats the add-in's name: Office's title bar shows it.
        expect(await page.getByRole('heading', { name: 'RAG Plan' }).count()).toBe(0);
        // 20 px between the pane's edge and its content.
        const margin = await page.evaluate(() => {
          const main = document.querySelector('main') as HTMLElement;
          const style = getComputedStyle(main);
          return [style.paddingLeft, style.paddingRight, style.paddingTop];
        });
        expect(margin).toEqual(['20px', '20px', '20px']);
        // The four tabs sit on one line even at 320 px.
        const tops = await page
          .getByRole('tab')
          .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
        expect(new Set(tops).size).toBe(1);
        const firstView = async (name: string) => {
          await motionSettled(page);
          await page.screenshot({ path: join(docs, `pane-${name}-${look}.png`) });
        };
        await firstView('check');
        await refreshInPane(page);
        // The roll-up is a chunk of its own: the first view is the tab once it has come.
        await page.getByRole('heading', { name: 'Add plans from other workbooks' }).waitFor();
        await firstView('summaries');
        await showTab(page, 'Savings');
        await firstView('savings');
        await showTab(page, 'Changes');
        await firstView('changes');
        for (const tab of ['Check', 'Summaries', 'Savings', 'Changes'] as const) {
          await showTab(page, tab);
          // Nothing may stick out sideways at the narrowest width Office gives a pane.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth
          );
          expect(overflow).toBeLessThanOrEqual(0);
          // Nor be cut off inside it: every control and text box lies within the pane's width.
          const outside = await page.evaluate(
            (w) =>
              [...document.querySelectorAll('main *')]
                .filter((el) => {
                  const r = el.getBoundingClientRect();
                  return r.width > 0 && (r.left < 0 || r.right > w + 0.5);
                })
                .map((el) => el.tagName + (el.textContent ?? '').slice(0, 30)),
            width
          );
          expect({ tab, outside }).toEqual({ tab, outside: [] });
        }
        await page.screenshot({ path: join(SCREENSHOTS, `taskpane-${look}.png`), fullPage: true });
        await pane.context.close();
      }
    }
  });
});
