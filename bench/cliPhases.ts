/**
 * Where `rag-plan refresh` spends its time, phase by phase, in one process: the same calls
 * src/cli/refresh.ts makes (stream the sheets into Grids, read plans, summarise, build sheets,
 * write them into the package by surgery, save the file). Printed beside the batch figure so a miss can be pinned on a phase.
 * Usage: node cliPhases.js IN.xlsx OUT.xlsx ; prints one JSON line.
 */
import { readPlans, summarise } from '../src/plan';
import { buildSheets } from '../src/report/buildSheets';
import { loadWorkbook, refreshPackage, writeFileSafely } from '../src/xlsx';
import { AS_OF } from './pipeline';
import { timed, timedAsync } from './stats';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  // Loading the project's modules is part of what a CLI user waits for.
  const load = await timedAsync(() => loadWorkbook(input));
  const { pkg, grids } = load.result;
  const read = timed(() => grids.flatMap((g) => readPlans(g, { asOf: AS_OF })));
  const sum = timed(() => summarise(read.result, { asOf: AS_OF }));
  const build = timed(() =>
    buildSheets(sum.result, read.result, {
      refreshedAt: `${AS_OF}T09:00:00Z`,
      source: sum.result.sources.join(', '),
    })
  );
  const add = timed(() => refreshPackage(pkg, grids, build.result));
  const write = await timedAsync(() => writeFileSafely(output, add.result.buffer));
  const phases = {
    loadWorkbookMs: load.ms,
    readPlansMs: read.ms,
    summariseMs: sum.ms,
    buildSheetsMs: build.ms,
    addSheetsMs: add.ms,
    writeFileMs: write.ms,
    totalMs: Number(process.hrtime.bigint() - started) / 1e6,
    actions: sum.result.actions,
  };
  process.stdout.write(`${JSON.stringify(phases)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
