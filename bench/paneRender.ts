/**
 * Time from navigation to the first rendered plan, in headless Chromium, with the end-to-end
 * tests' own host: their static server for dist/, their chromium launch (the flags the brief
 * names) and their fake Excel bundle served in place of Office.js. The clock is the page's own
 * (performance.now(), zero at navigation start), read when the check's "N actions: ..." line shows.
 * Each run gets a fresh browser context, so nothing is cached between runs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../src/plan';
import { rangeA1 } from '../src/plan';
import type { WorkbookJson } from '../tests/e2e/host/model';
import { requireTs } from './tsRequire';
import { generatePlan } from './generate';
import { AS_OF } from './pipeline';
import { median } from './stats';

type Browser = typeof import('../tests/e2e/support/browser');
type Server = typeof import('../tests/e2e/support/server');
type Workbooks = typeof import('../tests/e2e/support/workbooks');
type Setup = typeof import('../tests/e2e/support/globalSetup');

interface E2eHost {
  launch: Browser['launch'];
  newPane: Browser['newPane'];
  serve: Server['serve'];
  planWorkbook: Workbooks['planWorkbook'];
  bigPlanWorkbook: Workbooks['bigPlanWorkbook'];
  globalSetup: Setup['default'];
}

/** The e2e support modules, from their source files. */
function e2eHost(root: string): E2eHost | string {
  const dir = join(root, 'tests', 'e2e', 'support');
  for (const f of ['browser.ts', 'server.ts', 'workbooks.ts', 'globalSetup.ts']) {
    if (!existsSync(join(dir, f))) return `the e2e test host has no tests/e2e/support/${f}`;
  }
  try {
    const browser = requireTs<Browser>(join(dir, 'browser.ts'));
    return {
      launch: browser.launch,
      newPane: browser.newPane,
      serve: requireTs<Server>(join(dir, 'server.ts')).serve,
      planWorkbook: requireTs<Workbooks>(join(dir, 'workbooks.ts')).planWorkbook,
      bigPlanWorkbook: requireTs<Workbooks>(join(dir, 'workbooks.ts')).bigPlanWorkbook,
      globalSetup: requireTs<Setup>(join(dir, 'globalSetup.ts')).default,
    };
  } catch (e) {
    return `the e2e test host did not load: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
}

export interface RenderTiming {
  workbook: string;
  actions: number;
  runs: number;
  medianMs: number;
  runsMs: number[];
}

export interface FirstRender {
  runs: number;
  /** The e2e tests' plan (the headline figure). */
  medianMs: number;
  timings: RenderTiming[];
}

/** A generated plan as the fake host's workbook JSON, with the bench's as-of date saved in its settings. */
function generatedWorkbook(
  actions: number,
  planWorkbook: () => WorkbookJson
): { workbook: WorkbookJson; firstPlan: number } {
  const { grid, intended }: { grid: Grid; intended: { plan: number }[] } = generatePlan({
    actions,
  });
  const settingsKey = Object.keys(planWorkbook().settings ?? {})[0];
  const workbook: WorkbookJson = {
    sheets: [
      {
        name: grid.sheet,
        cells: grid.values,
        fills: grid.fills,
        numberFormats: grid.numberFormats,
        merges: (grid.merges ?? []).map(rangeA1),
      },
    ],
    settings: settingsKey
      ? {
          [settingsKey]: JSON.stringify({
            asOf: AS_OF,
            dueSoonDays: 30,
            blueMeans: 'complete',
            overrides: {},
          }),
        }
      : {},
  };
  // The pane checks one plan at a time, the sheet's first table by default.
  return { workbook, firstPlan: intended.filter((a) => a.plan === 0).length };
}

export async function paneFirstRender(root: string, runs = 7): Promise<FirstRender | string> {
  if (!existsSync(join(root, 'dist', 'taskpane.html')))
    return 'dist/taskpane.html is missing: run npm run build:placeholder';
  if (!existsSync('/usr/bin/chromium'))
    return '/usr/bin/chromium is missing: run node scripts/ensure-tools.js';
  const host = e2eHost(root);
  if (typeof host === 'string') return host;
  const { launch, newPane, serve, planWorkbook, globalSetup } = host;
  try {
    await globalSetup();
  } catch (e) {
    return `the e2e fake host did not build: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`;
  }
  const server = await serve(join(root, 'dist'));
  const browser = await launch();
  try {
    const timings: RenderTiming[] = [];
    // The e2e tests' own plan is the headline; a generated 1,000-action plan shows how it scales.
    const generated = generatedWorkbook(1000, planWorkbook);
    const cases: [string, WorkbookJson, number | null][] = [
      ['e2e plan', planWorkbook(), null],
      ['generated plan, first table', generated.workbook, generated.firstPlan],
    ];
    for (const [label, workbook, expected] of cases) {
      let actions = 0;
      const times: number[] = [];
      // One untimed run first: chromium's own start-up costs are not the add-in's.
      for (let i = 0; i <= runs; i++) {
        const pane = await newPane(
          browser,
          {},
          { content: `window.__fakeWorkbook = ${JSON.stringify(workbook)};` }
        );
        try {
          await pane.page.goto(`${server.origin}/taskpane.html`, { waitUntil: 'commit' });
          const shown = await pane.page.waitForFunction(
            () => {
              const m = /(\d+) actions as of [^:]+: \d+ overdue/.exec(
                document.body?.innerText ?? ''
              );
              return m ? { ms: performance.now(), actions: Number(m[1]) } : false;
            },
            undefined,
            { polling: 'raf', timeout: 30_000 }
          );
          const seen = (await shown.jsonValue()) as { ms: number; actions: number };
          if (expected !== null && seen.actions !== expected)
            return `the pane showed ${seen.actions} actions for the ${label} of ${expected}`;
          actions = seen.actions;
          if (i > 0) times.push(seen.ms);
          if (pane.errors.length)
            return `the pane reported errors: ${pane.errors.slice(0, 2).join('; ')}`;
        } finally {
          await pane.context.close();
        }
      }
      timings.push({ workbook: label, actions, runs, medianMs: median(times), runsMs: times });
    }
    return { runs, medianMs: timings[0].medianMs, timings };
  } catch (e) {
    return `headless Chromium run failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface PaneRefresh {
  actions: number;
  runs: number;
  medianMs: number;
  runsMs: number[];
}

/**
 * A refresh from the pane of the e2e tests' 900-action plan (bigPlanWorkbook) on the fake host:
 * from the click on Refresh summaries to "Wrote N summary sheets", by the page's own clock. Each
 * run is a fresh pane (a first refresh: no history to compare with), after one untimed run.
 */
export async function paneRefresh(root: string, runs = 5): Promise<PaneRefresh | string> {
  if (!existsSync(join(root, 'dist', 'taskpane.html')))
    return 'dist/taskpane.html is missing: run npm run build:placeholder';
  if (!existsSync('/usr/bin/chromium'))
    return '/usr/bin/chromium is missing: run node scripts/ensure-tools.js';
  const host = e2eHost(root);
  if (typeof host === 'string') return host;
  const { launch, newPane, serve, bigPlanWorkbook, globalSetup } = host;
  await globalSetup();
  const server = await serve(join(root, 'dist'));
  const browser = await launch();
  const workbook = bigPlanWorkbook(900);
  try {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const pane = await newPane(
        browser,
        {},
        { content: `window.__fakeWorkbook = ${JSON.stringify(workbook)};` }
      );
      try {
        const { page } = pane;
        await page.goto(`${server.origin}/taskpane.html`);
        await page.getByText(/^900 actions as of/).waitFor({ timeout: 60_000 });
        await page.getByRole('tab', { name: 'Summaries' }).click();
        const button = page.getByRole('button', { name: 'Refresh summaries' });
        await button.waitFor();
        const start = await page.evaluate(() => performance.now());
        await button.click();
        const done = await page.waitForFunction(
          () =>
            /Wrote \d+ summary sheets? from 1 plan \(900 actions\)/.test(
              document.body?.innerText ?? ''
            )
              ? performance.now()
              : false,
          undefined,
          { polling: 'raf', timeout: 60_000 }
        );
        const ms = ((await done.jsonValue()) as number) - start;
        if (i > 0) times.push(ms);
        if (pane.errors.length)
          return `the pane reported errors: ${pane.errors.slice(0, 2).join('; ')}`;
      } finally {
        await pane.context.close();
      }
    }
    return { actions: 900, runs, medianMs: median(times), runsMs: times };
  } catch (e) {
    return `headless Chromium run failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  } finally {
    await browser.close();
    await server.close();
  }
}
