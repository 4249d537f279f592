/**
 * One size of the engine-versus-floor figure, in its own process so its peak memory is its own.
 * Usage: node --expose-gc engineChild.js ACTIONS RUNS WARMUPS ; prints one JSON line.
 */
import { readPlans, summarise } from '../src/plan';
import { generatePlan } from './generate';
import { officePayload, parsePayload, payloadBytes } from './officePayload';
import { AS_OF, buildSheets, runEngine } from './pipeline';
import { collect, MB, median, timed } from './stats';

export interface EngineFigures {
  actions: number;
  rows: number;
  cells: number;
  runs: number;
  readActions: number;
  buildSheets: boolean;
  engineMs: number;
  stagesMs: { readPlans: number; summarise: number; buildSheets: number | null };
  floorMs: number;
  floorValuesOnlyMs: number;
  ratio: number;
  ratioValuesOnly: number;
  payloadBytes: { values: number; numberFormat: number; fills: number };
  memory: {
    gridRssMb: number;
    peakRssMb: number;
    heapAfterGridMb: number;
    heapRetainedByResultMb: number;
  };
}

function main(): void {
  const actions = Number(process.argv[2] ?? 1000);
  const runs = Number(process.argv[3] ?? 5);
  const warmups = Number(process.argv[4] ?? 1);

  const { grid } = generatePlan({ actions });
  const payload = officePayload(grid);
  collect();
  const base = process.memoryUsage();

  // Warm up both paths so the JIT has compiled them before timing.
  for (let i = 0; i < warmups; i++) {
    runEngine(grid);
    parsePayload(payload, true);
  }

  const engine: number[] = [];
  const stages = {
    readPlans: [] as number[],
    summarise: [] as number[],
    buildSheets: [] as number[],
  };
  const floor: number[] = [];
  const floorValues: number[] = [];
  let readActions = 0;
  let heapRetained = 0;
  // Alternate the runs so drift in the machine's load touches both alike.
  for (let i = 0; i < runs; i++) {
    collect();
    floor.push(timed(() => parsePayload(payload, true)).ms);
    collect();
    floorValues.push(timed(() => parsePayload(payload, false)).ms);
    collect();
    const before = process.memoryUsage().heapUsed;
    const t0 = timed(() => readPlans(grid, { asOf: AS_OF }));
    const t1 = timed(() => summarise(t0.result, { asOf: AS_OF }));
    const t2 = buildSheets
      ? timed(() =>
          buildSheets?.(t1.result, t0.result, {
            refreshedAt: `${AS_OF}T09:00:00.000Z`,
            source: t1.result.sources.join(', '),
          })
        )
      : null;
    stages.readPlans.push(t0.ms);
    stages.summarise.push(t1.ms);
    if (t2) stages.buildSheets.push(t2.ms);
    engine.push(t0.ms + t1.ms + (t2?.ms ?? 0));
    readActions = t1.result.actions;
    collect();
    heapRetained = Math.max(heapRetained, process.memoryUsage().heapUsed - before);
    void t2?.result;
  }

  const rows = grid.values.length;
  const figures: EngineFigures = {
    actions,
    rows,
    cells: rows * (grid.values[0]?.length ?? 0),
    runs,
    readActions,
    buildSheets: buildSheets !== null,
    engineMs: median(engine),
    stagesMs: {
      readPlans: median(stages.readPlans),
      summarise: median(stages.summarise),
      buildSheets: buildSheets ? median(stages.buildSheets) : null,
    },
    floorMs: median(floor),
    floorValuesOnlyMs: median(floorValues),
    ratio: median(engine) / median(floor),
    ratioValuesOnly: median(engine) / median(floorValues),
    payloadBytes: payloadBytes(payload),
    memory: {
      gridRssMb: base.rss / MB,
      // ru_maxrss is in kilobytes on Linux.
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      heapAfterGridMb: base.heapUsed / MB,
      heapRetainedByResultMb: heapRetained / MB,
    },
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

if (require.main === module) main();

/** Exported for the profile run: one pass, nothing else. */
export function profileOnce(actions: number): void {
  const { grid } = generatePlan({ actions });
  runEngine(grid);
}
