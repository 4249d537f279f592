/**
 * The pane's refresh uses the settings as they are when Refresh is pressed (src/taskpane/usePlan.ts,
 * startRefresh), not those it opened with: the user changes the as-of date, then refreshes, and
 * the Summary is as of the new date. The pane's hook runs in a test renderer over the add-in's
 * workflow and the one fake host. Guards against the refresh keeping stale settings.
 */
import TestRenderer, { act } from 'react-test-renderer';
import * as excel from '../../src/excel';
import { usePlan, type PlanState } from '../../src/taskpane/usePlan';
import { installFakeExcel, type FakeExcelHost } from '../e2e/host/fakeExcel';
import { planWorkbook } from '../e2e/support/workbooks';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The hook's latest state, as the pane's components would see it. */
const pane: { now: PlanState | null } = { now: null };

function Pane(): null {
  pane.now = usePlan(excel);
  return null;
}

/** Lets the host's callbacks and React's updates run until `ready` holds (or gives up). */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !ready(); i++)
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  expect(ready()).toBe(true);
}

function asOfOnSummary(host: FakeExcelHost): unknown {
  const summary = host.snapshot().sheets.find((s) => s.name === 'Summary');
  return summary?.values.find((r) => r[0] === 'As of')?.[1];
}

let renderer: TestRenderer.ReactTestRenderer | null = null;
afterEach(() => {
  act(() => renderer?.unmount());
  renderer = null;
  pane.now = null;
});

async function openPane(): Promise<FakeExcelHost> {
  const host = installFakeExcel(planWorkbook());
  await act(async () => {
    renderer = TestRenderer.create(<Pane />);
  });
  await until(() => pane.now !== null && !pane.now.loading && pane.now.found.length > 0);
  return host;
}

async function refresh(): Promise<void> {
  await act(async () => pane.now!.startRefresh());
  await until(() => !pane.now!.refresh.running && pane.now!.refresh.outcome !== null);
}

describe("the pane's refresh and its settings", () => {
  test('opened with the saved date (15 Nov 2024, serial 45611), it refreshes as of that date', async () => {
    const host = await openPane();
    expect(pane.now!.settings.asOf).toBe('2024-11-15');
    await refresh();
    expect(asOfOnSummary(host)).toBe(45611);
  });

  test('after the as-of date is changed to 10 Jan 2025 (serial 45667), Refresh uses the new date', async () => {
    const host = await openPane();
    await act(async () => pane.now!.changeSettings({ ...pane.now!.settings, asOf: '2025-01-10' }));
    await until(() => pane.now!.settings.asOf === '2025-01-10');
    await refresh();
    expect(pane.now!.problem).toBeNull();
    expect(asOfOnSummary(host)).toBe(45667);
  });
});
