/**
 * Round trips and payload: a full refresh (find the plan, read it, check it, write the summary
 * sheets) through the real Office.js adapter and the task pane's own refresh path, against the
 * tests' fake Excel host (tests/e2e/host), which counts each round trip and sizes its request
 * and response. Reports the syncs and the largest request and response.
 */
import type { Grid } from '../src/plan';
import { FakeExcelHost, type SyncRecord } from '../tests/e2e/host/fakeExcel';
import { gridsToWorkbookJson } from '../tests/e2e/host/fixtureToJson';
import { generatePlan } from './generate';
import { officePayload } from './officePayload';
import { AS_OF } from './pipeline';

export const REQUEST_LIMIT = 5 * 1024 * 1024;

export interface RefreshTrips {
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  records: SyncRecord[];
}

export interface RoundTripFigures {
  actions: number;
  /** Bytes of values + formats + fills of the plan as Office.js returns them. */
  planBytes: number;
  /** True when the plan's read fits one request under the adapter's budget. */
  fitsOneRequest: boolean;
  readActions: number;
  first: RefreshTrips;
  again: RefreshTrips;
  /** The adapter's own estimate of its write requests, for comparison. */
  adapterWriteEstimate: { syncs: number; largestBytes: number } | null;
}

type Adapter = typeof import('../src/excel');
type Workflow = typeof import('../src/addin');

function load<T>(path: string): T | null {
  try {
    return require(path) as T;
  } catch {
    return null;
  }
}

/** A host with the plan's sheet, as Excel on the web (the 5 MB payload limits apply there). */
export function planHost(grid: Grid): FakeExcelHost {
  return new FakeExcelHost(gridsToWorkbookJson([grid]));
}

function largest(values: number[]): number {
  let most = 0;
  for (const v of values) most = Math.max(most, v);
  return most;
}

function trips(records: SyncRecord[]): RefreshTrips {
  return {
    syncs: records.length,
    largestRequestBytes: largest(records.map((r) => r.request)),
    largestResponseBytes: largest(records.map((r) => r.response)),
    records,
  };
}

/** Why the figure cannot be taken yet, or null. */
export function roundTripsMissing(): string | null {
  if (!load<Adapter>('../src/excel')) return 'the Office.js adapter (src/excel) does not load';
  if (!load<Workflow>('../src/addin'))
    return 'the refresh path (src/addin/workflow.ts) does not load';
  return null;
}

type WriteStats = { syncs: number; requestBytes: number[] };

async function refreshOnce(
  host: FakeExcelHost,
  adapter: Adapter,
  workflow: Workflow
): Promise<{ records: SyncRecord[]; actions: number; write: WriteStats }> {
  const start = host.requests.length;
  const port = {
    findPlanSources: adapter.findPlanSources,
    readGrids: adapter.readGrids,
    writeSummarySheets: adapter.writeSummarySheets,
  } as unknown as Parameters<Workflow['refreshSummaries']>[0];
  const outcome = await workflow.refreshSummaries(
    port,
    { asOf: AS_OF, dueSoonDays: 30, blueMeans: 'complete', overrides: {} },
    { now: new Date(`${AS_OF}T09:00:00Z`) }
  );
  // The writer returns its own sync count and request sizes.
  return {
    records: host.requests.slice(start),
    actions: outcome.actions,
    write: { syncs: outcome.syncs, requestBytes: outcome.requestBytes },
  };
}

export async function roundTrips(actions: number, budgetBytes: number): Promise<RoundTripFigures> {
  const adapter = load<Adapter>('../src/excel') as Adapter;
  const workflow = load<Workflow>('../src/addin') as Workflow;
  const { grid } = generatePlan({ actions });
  const host = planHost(grid);
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  host.install();
  try {
    const first = await refreshOnce(host, adapter, workflow);
    const again = await refreshOnce(host, adapter, workflow);
    const writeStats = again.write;
    const planBytes = bytesOf(grid);
    return {
      actions,
      planBytes,
      fitsOneRequest: planBytes <= budgetBytes,
      readActions: first.actions,
      first: trips(first.records),
      again: trips(again.records),
      adapterWriteEstimate: writeStats
        ? { syncs: writeStats.syncs, largestBytes: largest(writeStats.requestBytes) }
        : null,
    };
  } finally {
    Object.assign(g, before);
  }
}

function bytesOf(grid: Grid): number {
  const p = officePayload(grid);
  return (
    Buffer.byteLength(p.values) + Buffer.byteLength(p.numberFormat) + Buffer.byteLength(p.fills)
  );
}
