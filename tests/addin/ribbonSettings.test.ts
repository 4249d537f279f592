/**
 * The ribbon's "Refresh summaries" reads the settings as last saved, not the copy its page took
 * when it loaded (src/excel/settings.ts loadSettings refreshes the document's copy first;
 * src/commands/refresh.ts passes them on whole). Against the one fake host, whose document
 * settings are a copy that only refreshAsync brings up to date. Guards against the ribbon
 * ignoring the saved as-of date.
 */
import * as excel from '../../src/excel';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { runRefresh } from '../../src/commands/refresh';
import { takeRibbonOutcome } from '../../src/addin';
import { installFakeExcel, type FakeExcelHost } from '../e2e/host/fakeExcel';
import { AS_OF, planWorkbook } from '../e2e/support/workbooks';

/** The Summary sheet's "As of" value: a date serial. */
function asOfOnSummary(host: FakeExcelHost): unknown {
  const summary = host.snapshot().sheets.find((s) => s.name === 'Summary');
  return summary?.values.find((r) => r[0] === 'As of')?.[1];
}

/** Someone (the pane, another user) saves settings after the ribbon's page loaded. */
function savedElsewhere(host: FakeExcelHost, change: Record<string, unknown>): void {
  const saved = JSON.parse(String(host.model.savedSettings[SETTINGS_KEY]));
  host.model.savedSettings[SETTINGS_KEY] = JSON.stringify({ ...saved, ...change });
}

afterEach(() => {
  takeRibbonOutcome();
});

describe("the ribbon's refresh and the saved as-of date", () => {
  test('the Summary is as of the saved date (15 Nov 2024 is serial 45611)', async () => {
    const host = installFakeExcel(planWorkbook());
    expect(AS_OF).toBe('2024-11-15');
    expect(await runRefresh(excel, async () => undefined)).toBe(true);
    expect(asOfOnSummary(host)).toBe(45611);
  });

  test('a date saved after the page loaded is the one used: 10 Jan 2025 is serial 45667', async () => {
    const host = installFakeExcel(planWorkbook());
    savedElsewhere(host, { asOf: '2025-01-10' });
    // The page's copy still holds the old date until it is refreshed.
    expect(JSON.parse(String(host.model.settings[SETTINGS_KEY])).asOf).toBe('2024-11-15');
    expect(await runRefresh(excel, async () => undefined)).toBe(true);
    expect(asOfOnSummary(host)).toBe(45667);
  });
});
