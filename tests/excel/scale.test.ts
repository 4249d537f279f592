/**
 * Sync counts and request sizes for plans of 100, 10,000 and 100,000 rows, through the fake host,
 * which fails any sync whose request or response passes 5 MB as Excel on the web does. A plan that
 * fits is read in one sync and written in a fixed number; a bigger one is split into row blocks.
 */
import { installFakeExcel } from '../e2e/host/fakeExcel';
import type { WorkbookJson } from '../e2e/host/model';
import { findPlanSources, readGrid, readGrids, writeSummarySheets } from '../../src/excel';
import { REQUEST_LIMIT_BYTES } from '../../src/excel/budget';
import { cellMatrices } from '../../src/excel/sheetContent';
import { overdueSpec, spec, summarySpec } from './specs';

function planWorkbook(rows: number): WorkbookJson {
  const cells: (string | number | null)[][] = [
    ['Ref', 'Area', 'Objective', 'Action', 'Lead', 'Deadline', 'RAG', 'Notes'],
  ];
  const fills: (string | null)[][] = [[]];
  for (let i = 1; i <= rows; i++) {
    cells.push([
      i,
      `Area ${i % 7}`,
      `Objective ${i % 31}`,
      `Deliver the action numbered ${i} across the partnership`,
      'Head of Service',
      45000 + (i % 700),
      ['Red', 'Amber', 'Green'][i % 3],
      i % 5 === 0 ? 'Awaiting report to Cabinet' : null,
    ]);
    fills.push([
      null,
      null,
      null,
      null,
      null,
      null,
      ['#FF0000', '#FFC000', '#00B050'][i % 3],
      null,
    ]);
  }
  return { sheets: [{ name: 'Plan', cells, fills }] };
}

/** The fewest syncs that could carry this many bytes at 60% of the limit each. */
function fairSyncs(bytes: number): number {
  return Math.ceil(bytes / (0.6 * REQUEST_LIMIT_BYTES));
}

describe.each([[100], [10_000], [100_000]])('a %i-row plan', (rows) => {
  it('is read and written in few syncs (one read and two writes while it fits), none over 5 MB', async () => {
    const host = installFakeExcel(planWorkbook(rows));
    const sources = await findPlanSources();
    // One sync lists the sheets, one looks at each (used range, tables, A1).
    expect(host.syncCount).toBe(2);
    host.resetCounts();
    const grid = await readGrid(sources[0]);
    expect(grid.values).toHaveLength(rows + 1);
    expect(grid.values[rows][0]).toBe(rows);
    expect(grid.fills?.[rows][6]).toBe(['#FF0000', '#FFC000', '#00B050'][rows % 3]);
    const readSyncs = host.syncCount;
    const readBytes = host.requests.reduce((n, r) => n + r.response, 0);
    if (rows <= 100) expect(readSyncs).toBe(1);
    else expect(readSyncs).toBeLessThanOrEqual(1 + fairSyncs(readBytes));
    const readRequests = [...host.requests];

    // An overdue list as long as the plan: the biggest sheet a refresh writes.
    host.resetCounts();
    const written = await writeSummarySheets([summarySpec(), overdueSpec(rows)]);
    expect(host.syncCount).toBe(written.syncs);
    const writeBytes = host.requests.reduce((n, r) => n + r.request, 0);
    if (rows <= 100) expect(host.syncCount).toBe(2);
    // A write in blocks also recalculates once at the end (calculation was held between blocks).
    else expect(host.syncCount).toBeLessThanOrEqual(2 + fairSyncs(writeBytes));
    console.log(
      `${rows} rows: read ${readSyncs} syncs (${(readBytes / 1e6).toFixed(1)} MB), write ${host.syncCount} syncs (${(writeBytes / 1e6).toFixed(1)} MB); largest ${(Math.max(...[...readRequests, ...host.requests].map((r) => Math.max(r.request, r.response))) / 1e6).toFixed(2)} MB`
    );
    const overdue = host.snapshot().sheets.find((s) => s.name === 'Overdue');
    expect(overdue?.values).toHaveLength(rows + 2);
    expect(overdue?.links).toHaveLength(rows);
    // The fake measures what each sync carried; none came near the limit.
    for (const r of [...readRequests, ...host.requests]) {
      expect(r.request).toBeLessThan(REQUEST_LIMIT_BYTES);
      expect(r.response).toBeLessThan(REQUEST_LIMIT_BYTES);
    }
    // The adapter's own estimate of each write request errs on the safe side: never well under what
    // the fake measured (150 bytes a command plus its JSON data), and not wildly over.
    // The content syncs come after the look at the workbook and before any closing recalculation.
    const recalcs = host.recalculations.length;
    const content = host.requests
      .slice(0, host.requests.length - recalcs)
      .slice(-written.requestBytes.length);
    const measured = content.map((r) => r.request);
    written.requestBytes.forEach((estimate, i) => {
      expect(estimate).toBeGreaterThan(measured[i] * 0.8);
      expect(estimate).toBeLessThan(measured[i] * 2);
    });
  }, 120_000);
});

it('a whole refresh of a small plan (find, read, write over an earlier refresh) takes at most 6 syncs', async () => {
  const host = installFakeExcel(planWorkbook(100));
  await writeSummarySheets([summarySpec(), overdueSpec(5)]);
  host.resetCounts();
  const sources = await findPlanSources();
  await readGrids(sources);
  await writeSummarySheets([summarySpec(), overdueSpec(5)]);
  expect(host.syncCount).toBeLessThanOrEqual(6);
  // find 2 (sheets, then each sheet), read 1, write 3 (names, our sheets' A1 and charts, content).
  expect(host.syncCount).toBe(6);
});

it('a sheet of bordered, shaded rows keeps every request under 5 MB: each style is counted by the commands it sends', async () => {
  const host = installFakeExcel(planWorkbook(10));
  const rows = 20_000;
  const spec = overdueSpec(rows);
  // Every row bordered all round, bold and filled: 2 + 12 + 1 commands a row's style.
  spec.styles = Array.from({ length: rows }, (_, i) => ({
    range: { top: i + 3, left: 1, bottom: i + 3, right: 4 },
    style: { border: 'all' as const, bold: true, fill: '#FCE4D6' },
  }));
  const written = await writeSummarySheets([spec]);
  expect(host.snapshot().sheets.find((s) => s.name === 'Overdue')?.values).toHaveLength(rows + 2);
  for (const r of host.requests) expect(r.request).toBeLessThan(REQUEST_LIMIT_BYTES);
  // About 20,000 x 14 commands of 150 bytes (42 MB) cannot go in one request.
  expect(written.syncs).toBeGreaterThan(10);
}, 120_000);

it('lays out a sheet of 300,000 rows (a long refresh history) without spreading its rows into a call', () => {
  // Math.max(...rows) overflows the call stack long before this many rows.
  const rows = Array.from({ length: 300_000 }, (_, i) => (i === 7 ? ['a', 'b', 'c'] : ['a']));
  const { values, formats } = cellMatrices(spec('history', 'RAG Plan history', rows));
  expect(values).toHaveLength(300_000);
  // Every row is as wide as the widest (three cells); text cells are formatted as text.
  expect(values[0]).toEqual(['a', '', '']);
  expect(formats[7]).toEqual(['@', '@', '@']);
});
