import { runRefresh } from '../../src/commands/refresh';
import { listenForRibbonOutcomes, takeRibbonOutcome } from '../../src/addin/ribbonOutcome';
import { ExcelProblem } from '../../src/excel/problem';
import { fakePort, productivityGrid, tableSource } from './fakePort';

// The ribbon's command and the pane share one page (the shared runtime), so the outcome is kept
// in that page's memory: takeRibbonOutcome() hands it over once.

test('the ribbon refresh uses the saved settings and leaves a success note for the pane', async () => {
  const port = fakePort(new Map([[tableSource, productivityGrid]]), { asOf: '2024-12-15' });
  const showPane = jest.fn(async () => undefined);
  expect(await runRefresh(port, showPane)).toBe(true);
  expect(port.calls.written).toHaveLength(1);
  // The saved as-of date, 15 Dec 2024 (serial 45641), not today's.
  const summary = port.calls.written[0].find((s) => s.key === 'summary');
  expect(summary?.values.find((r) => r[0] === 'As of')?.[1]).toBe(45641);
  // The pane opens to say what the ribbon did.
  expect(showPane).toHaveBeenCalledTimes(1);
  const note = takeRibbonOutcome();
  expect(note?.ok).toBe(true);
  expect(note?.text).toMatch(
    /^Refreshed \d+ summary sheets \(Summary, Overdue, Data quality\) from 1 plan\.$/
  );
  // No refresh before this one: the pane is told there is nothing to compare with yet.
  expect(note?.changes).toBeNull();
  expect(takeRibbonOutcome()).toBeNull(); // shown once
});

test('a failure is never swallowed: the pane is opened and the problem is kept for it', async () => {
  const port = fakePort(new Map([[tableSource, productivityGrid]]));
  port.failWith = new ExcelProblem('protected', 'The workbook is protected.');
  const showPane = jest.fn(async () => undefined);
  expect(await runRefresh(port, showPane)).toBe(false);
  expect(showPane).toHaveBeenCalledTimes(1);
  const note = takeRibbonOutcome();
  expect(note).toMatchObject({ ok: false });
  // A failure carries no changes, so the pane keeps showing those it had.
  expect(note && 'changes' in note).toBe(false);
  expect(note?.text).toMatch(/^The sheet is protected\. The workbook is protected\. Unprotect/);
});

test('a host that cannot open the pane still keeps the message for it', async () => {
  const port = fakePort(new Map([[tableSource, productivityGrid]]));
  port.failWith = new ExcelProblem('cell-edit', 'Excel is busy.');
  expect(
    await runRefresh(port, async () => Promise.reject(new Error('SharedRuntime not supported')))
  ).toBe(false);
  expect(takeRibbonOutcome()?.text).toMatch(/A cell is being edited/);
});

test('with the pane open (shared runtime) the outcome goes straight to it and is not kept for later', async () => {
  const port = fakePort(new Map([[tableSource, productivityGrid]]));
  const heard: string[] = [];
  const stop = listenForRibbonOutcomes((o) => heard.push(o.text));
  try {
    await runRefresh(port, async () => undefined);
  } finally {
    stop();
  }
  expect(heard).toHaveLength(1);
  expect(heard[0]).toMatch(/^Refreshed 3 summary sheets/);
  expect(takeRibbonOutcome()).toBeNull();
});
