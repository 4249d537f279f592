/**
 * Round trips and payload: a full refresh (find the plan, read it, check it, write the summary
 * sheets) through the real Office.js adapter and the task pane's own refresh path, against the
 * recording FakeExcel. Counts context.sync() calls and the largest request and response.
 */
import type { Grid } from '../src/plan';
import { FakeExcel, type SyncRecord } from './fakeExcel';
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
type Workflow = typeof import('../src/addin/workflow');

function load<T>(path: string): T | null {
  try {
    return require(path) as T;
  } catch {
    return null;
  }
}

function trips(records: SyncRecord[]): RefreshTrips {
  return {
    syncs: records.length,
    largestRequestBytes: Math.max(0, ...records.map((r) => r.requestBytes)),
    largestResponseBytes: Math.max(0, ...records.map((r) => r.responseBytes)),
    records,
  };
}

/** Why the figure cannot be taken yet, or null. */
export function roundTripsMissing(): string | null {
  if (!load<Adapter>('../src/excel')) return 'the Office.js adapter (src/excel) does not load';
  if (!load<Workflow>('../src/excel/workflow'))
    return 'the refresh path (src/excel/workflow.ts, needs src/report/buildSheets) does not load';
  return null;
}

type WriteStats = { syncs: number; requestBytes: number[] };

async function refreshOnce(
  fake: FakeExcel,
  adapter: Adapter,
  workflow: Workflow
): Promise<{ records: SyncRecord[]; actions: number; write: WriteStats }> {
  const start = fake.syncs.length;
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
    records: fake.syncs.slice(start),
    actions: outcome.actions,
    write: { syncs: outcome.syncs, requestBytes: outcome.requestBytes },
  };
}

export async function roundTrips(actions: number, budgetBytes: number): Promise<RoundTripFigures> {
  const adapter = load<Adapter>('../src/excel') as Adapter;
  const workflow = load<Workflow>('../src/excel/workflow') as Workflow;
  const { grid } = generatePlan({ actions });
  const fake = new FakeExcel(grid);
  const uninstall = fake.install();
  try {
    const first = await refreshOnce(fake, adapter, workflow);
    const again = await refreshOnce(fake, adapter, workflow);
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
        ? { syncs: writeStats.syncs, largestBytes: Math.max(0, ...writeStats.requestBytes) }
        : null,
    };
  } finally {
    uninstall();
  }
}

function bytesOf(grid: Grid): number {
  const p = officePayload(grid);
  return (
    Buffer.byteLength(p.values) + Buffer.byteLength(p.numberFormat) + Buffer.byteLength(p.fills)
  );
}
