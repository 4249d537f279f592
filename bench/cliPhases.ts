/**
 * Where `rag-plan refresh` spends its time, phase by phase, in one process: the same calls
 * src/cli/refresh.ts makes (stream the sheets into Grids, read plans, take the history snapshot,
 * summarise, build sheets, write them into the package by surgery, save the file). Printed beside
 * the batch figure so a miss can be pinned on a phase. Each phase also gives its CPU time, steadier
 * than wall time on a shared machine.
 * Usage: node cliPhases.js IN.xlsx OUT.xlsx ; prints one JSON line.
 */
// Taken before the project's modules load: process start plus module loading is `startMs`.
const bootMs = process.uptime() * 1000;
const bootCpu = process.cpuUsage();

import type * as Plan from '../src/plan';
import type * as Reading from '../src/report/reading';
import type * as History from '../src/plan/history';
import type * as HistoryRead from '../src/report/historyRead';
import type * as BuildSheets from '../src/report/buildSheets';
import type * as Messages from '../src/report/messages';
import type * as PlanTitle from '../src/report/planTitle';
import type * as CliSheets from '../src/cli/planSheets';
import type * as Xlsx from '../src/xlsx';

const AS_OF = '2024-10-01';

interface Phase {
  ms: number;
  cpuMs: number;
}

async function phase<T>(fn: () => T | Promise<T>): Promise<{ result: T } & Phase> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = await fn();
  const used = process.cpuUsage(cpu);
  return {
    result,
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    cpuMs: (used.user + used.system) / 1000,
  };
}

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  // Loading the project's modules is part of what a CLI user waits for, so it is timed too.
  const modules = await phase(() => ({
    plan: require('../src/plan') as typeof Plan,
    reading: require('../src/report/reading') as typeof Reading,
    history: require('../src/plan/history') as typeof History,
    historyRead: require('../src/report/historyRead') as typeof HistoryRead,
    buildSheets: require('../src/report/buildSheets') as typeof BuildSheets,
    messages: require('../src/report/messages') as typeof Messages,
    planTitle: require('../src/report/planTitle') as typeof PlanTitle,
    cliSheets: require('../src/cli/planSheets') as typeof CliSheets,
    xlsx: require('../src/xlsx') as typeof Xlsx,
  }));
  const m = modules.result;
  const options = m.plan.defaultOptions({ asOf: AS_OF });
  const refreshedAt = `${AS_OF}T09:00:00Z`;
  const load = await phase(() => m.cliSheets.loadPlanSheets(input, undefined));
  const { pkg, grids, historySheet, chosen } = load.result;
  const read = await phase(() => m.reading.plansIn(chosen, options, [], grids));
  const plans = read.result;
  const withKey = m.reading.workbookOptions(grids, options);
  const sum = await phase(() => m.plan.summarise(plans, withKey));
  const history = await phase(() =>
    m.history.refreshHistory(
      m.historyRead.historyIn(grids, historySheet).snapshots,
      plans,
      withKey.asOf,
      refreshedAt
    )
  );
  const build = await phase(() =>
    m.buildSheets.buildSheets(
      sum.result,
      plans,
      { refreshedAt, source: m.messages.SAY.builtFrom(plans.map(m.planTitle.planTitle)) },
      history.result
    )
  );
  const add = await phase(() => m.xlsx.refreshPackage(pkg, grids, build.result));
  const write = await phase(() => m.xlsx.writeFileSafely(output, add.result.buffer));
  const total = process.cpuUsage();
  const phases = {
    startMs: bootMs,
    startCpuMs: (bootCpu.user + bootCpu.system) / 1000,
    modulesMs: modules.ms,
    modulesCpuMs: modules.cpuMs,
    loadWorkbookMs: load.ms,
    loadWorkbookCpuMs: load.cpuMs,
    readPlansMs: read.ms,
    readPlansCpuMs: read.cpuMs,
    summariseMs: sum.ms,
    summariseCpuMs: sum.cpuMs,
    historyMs: history.ms,
    historyCpuMs: history.cpuMs,
    buildSheetsMs: build.ms,
    buildSheetsCpuMs: build.cpuMs,
    addSheetsMs: add.ms,
    addSheetsCpuMs: add.cpuMs,
    writeFileMs: write.ms,
    writeFileCpuMs: write.cpuMs,
    totalMs: process.uptime() * 1000,
    totalCpuMs: (total.user + total.system) / 1000,
    actions: sum.result.actions,
  };
  process.stdout.write(`${JSON.stringify(phases)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
