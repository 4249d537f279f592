/**
 * `npm run bench`: measures the engine against the cost of receiving the data, the refresh's round
 * trips, the batch CLI against an openpyxl script, and the task pane's weight and first render.
 * Prints a table with each figure's target and writes bench/results/latest.json.
 *
 * Options: --quick (small sizes, few runs: a smoke run), --only=engine,trips,peer,big,pane,profile
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { EngineFigures } from './engineChild';
import { paneFirstRender, paneRefresh, type FirstRender, type PaneRefresh } from './paneRender';
import { paneWeight, type PaneWeight } from './paneWeight';
import { edgeBench } from './bigCheck';
import { peerBench, type Outcome, type PeerFigures } from './peerBench';
import { analyseProfile, type ProfileSummary } from './profile';
import { roundTrips, roundTripsMissing, REQUEST_LIMIT, type RoundTripFigures } from './roundTrips';
import { MB } from './stats';

const ROOT = resolve(__dirname, '..', '..', '..');
const HERE = __dirname;
const RESULTS = join(ROOT, 'bench', 'results');

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wants = (part: string): boolean => !only || only.includes(part);

const SIZES = quick ? [1000, 10_000] : [1000, 10_000, 100_000];
const RUNS: Record<number, [runs: number, warmups: number]> = quick
  ? { 1000: [5, 2], 10_000: [3, 1] }
  : { 1000: [15, 3], 10_000: [7, 2], 100_000: [5, 1] };
const PEER_ROWS = quick ? 2000 : 20_000;
const PEER_RUNS = quick ? 3 : 5;
const PROFILE_SIZE = 100_000;

const log = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

interface Row {
  figure: string;
  size: string;
  measured: string;
  target: string;
  met: boolean | null;
}

function engineChild(actions: number): EngineFigures | string {
  const [runs, warmups] = RUNS[actions] ?? [5, 1];
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      join(HERE, 'engineChild.js'),
      String(actions),
      String(runs),
      String(warmups),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 16 * MB,
    }
  );
  if (r.status !== 0)
    return `engine run at ${actions} failed: ${(r.stderr || String(r.error)).trim().split('\n').slice(0, 4).join(' ')}`;
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as EngineFigures;
}

function profileEngine(actions: number): ProfileSummary | string {
  const dir = join(RESULTS, 'profile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    process.execPath,
    [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      '--max-old-space-size=4096',
      join(HERE, 'profileChild.js'),
      String(actions),
      '2',
    ],
    {
      encoding: 'utf8',
    }
  );
  if (r.status !== 0) return `profile run failed: ${r.stderr.trim().slice(0, 300)}`;
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return 'node --cpu-prof wrote no profile';
  return analyseProfile(join(dir, file), ROOT, 15);
}

function machine(): Record<string, string | number> {
  const sh = (cmd: string, a: string[]): string => {
    try {
      return execFileSync(cmd, a, { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  };
  return {
    nproc: sh('nproc', []),
    memory: sh('sh', ['-c', 'free -h | awk \'/^Mem:/{print $2" total, "$7" available"}\'']),
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    totalMemGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    freeMemGb: Math.round((freemem() / 1024 ** 3) * 10) / 10,
    loadAverage: sh('sh', ['-c', 'cut -d" " -f1-3 /proc/loadavg']),
  };
}

const ms = (x: number): string =>
  x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const kb = (x: number): string =>
  x >= MB ? `${(x / MB).toFixed(2)} MB` : `${(x / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const rows: Row[] = [];
  const notMeasured: string[] = [];
  const skip = (figure: string, reason: string): void => {
    notMeasured.push(`${figure}: not measured: ${reason}`);
    rows.push({ figure, size: '', measured: `not measured: ${reason}`, target: '', met: null });
  };
  const result: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: machine(),
    quick,
  };

  if (wants('engine')) {
    const engine: EngineFigures[] = [];
    for (const size of SIZES) {
      log(`engine vs floor: ${size.toLocaleString('en-GB')} actions...`);
      const f = engineChild(size);
      if (typeof f === 'string') {
        skip(`Engine vs floor`, f);
        continue;
      }
      engine.push(f);
      const atTarget = size === 100_000;
      rows.push({
        figure: 'Engine / floor (time)',
        size: size.toLocaleString('en-GB'),
        measured: `${ms(f.engineMs)} / ${ms(f.floorMs)} = ${f.ratio.toFixed(2)}${f.buildSheets ? '' : ' (no buildSheets)'}`,
        target: atTarget ? '≤ 1.0' : '(≤ 1.0 at 100,000)',
        met: atTarget ? f.ratio <= 1 : null,
      });
      rows.push({
        figure: '  stages: read / summarise / sheets',
        size: size.toLocaleString('en-GB'),
        measured: `${ms(f.stagesMs.readPlans)} / ${ms(f.stagesMs.summarise)} / ${f.stagesMs.buildSheets === null ? '—' : ms(f.stagesMs.buildSheets)}; values-only floor ${ms(f.floorValuesOnlyMs)}`,
        target: '',
        met: null,
      });
      rows.push({
        figure: '  memory: peak RSS (grid alone) / heap kept',
        size: size.toLocaleString('en-GB'),
        measured: `${f.memory.peakRssMb.toFixed(0)} MB (${f.memory.gridRssMb.toFixed(0)} MB) / ${f.memory.heapRetainedByResultMb.toFixed(1)} MB`,
        target: '(reported)',
        met: null,
      });
      if (f.readActions !== size)
        notMeasured.push(`engine read ${f.readActions} actions of ${size} generated`);
    }
    result.engine = engine;
  }

  if (wants('profile') && !quick) {
    log(
      `profiling the engine at ${PROFILE_SIZE.toLocaleString('en-GB')} actions (node --cpu-prof)...`
    );
    const p = profileEngine(PROFILE_SIZE);
    if (typeof p === 'string') notMeasured.push(`profile: ${p}`);
    else {
      writeFileSync(join(RESULTS, `profile-${PROFILE_SIZE}.json`), JSON.stringify(p, null, 2));
      result.profile = { byFunction: p.byFunction, byLine: p.byLine, engineMs: p.engineMs };
    }
  }

  if (wants('trips')) {
    const missing = roundTripsMissing();
    if (missing) skip('Round trips', missing);
    else {
      const budget = (require('../src/excel/budget') as { REQUEST_BUDGET_BYTES: number })
        .REQUEST_BUDGET_BYTES;
      const trips: RoundTripFigures[] = [];
      for (const size of SIZES) {
        log(`round trips: ${size.toLocaleString('en-GB')} actions...`);
        try {
          const t = await roundTrips(size, budget);
          trips.push(t);
          const worst = Math.max(
            t.first.largestRequestBytes,
            t.first.largestResponseBytes,
            t.again.largestRequestBytes,
            t.again.largestResponseBytes
          );
          rows.push({
            figure: 'Syncs per refresh (first / again)',
            size: size.toLocaleString('en-GB'),
            measured: `${t.first.syncs} / ${t.again.syncs} (plan ${kb(t.planBytes)}${t.fitsOneRequest ? ', one request' : ', blocks'})`,
            target: t.fitsOneRequest ? '≤ 6' : '(blocks < 5 MB)',
            met: t.fitsOneRequest ? Math.max(t.first.syncs, t.again.syncs) <= 6 : null,
          });
          rows.push({
            figure: '  largest request / response',
            size: size.toLocaleString('en-GB'),
            measured: `${kb(Math.max(t.first.largestRequestBytes, t.again.largestRequestBytes))} / ${kb(Math.max(t.first.largestResponseBytes, t.again.largestResponseBytes))}`,
            target: '< 5 MB',
            met: worst < REQUEST_LIMIT,
          });
          if (t.readActions !== size)
            notMeasured.push(`round trips: the refresh read ${t.readActions} actions of ${size}`);
        } catch (e) {
          skip(`Round trips at ${size}`, e instanceof Error ? e.message : String(e));
        }
      }
      result.roundTrips = trips.map((t) => ({
        ...t,
        first: { ...t.first, records: t.first.records },
        again: { ...t.again },
      }));
    }
  }

  if (wants('peer')) {
    log(`batch peer: rag-plan refresh vs openpyxl on ${PEER_ROWS.toLocaleString('en-GB')} rows...`);
    const peer: Outcome<PeerFigures> = await peerBench(ROOT, {
      rows: PEER_ROWS,
      runs: PEER_RUNS,
      log,
    });
    if (!peer.measured) {
      skip('Batch: rag-plan / openpyxl', peer.reason);
      if (/openpyxl|python/i.test(peer.reason)) log(`\n*** ${peer.reason} ***\n`);
    } else {
      const f = peer.figures;
      rows.push({
        figure: 'Batch: rag-plan / openpyxl',
        size: `${f.rows.toLocaleString('en-GB')} rows`,
        measured: `${ms(f.cliMs)} / ${ms(f.peerMs)} = ${f.ratio.toFixed(2)}`,
        target: '≤ 0.5',
        met: f.ratio <= 0.5,
      });
      const p = f.cliPhases;
      if (p) {
        const keys = ['start', 'modules', 'loadWorkbook', 'readPlans', 'summarise', 'history'];
        keys.push('buildSheets', 'addSheets', 'writeFile');
        rows.push({
          figure:
            '  rag-plan phases: start / modules / load / read / summarise / history / sheets / add / save (CPU)',
          size: `${f.actions.toLocaleString('en-GB')} actions`,
          measured: `${keys.map((k) => ms(p[`${k}Ms`])).join(' / ')} (CPU ${keys
            .map((k) => ms(p[`${k}CpuMs`]))
            .join(' / ')}; whole process ${ms(p.totalMs)}, CPU ${ms(p.totalCpuMs)})`,
          target: '',
          met: null,
        });
      }
    }
    result.peer = peer;
  }

  if (wants('big')) {
    const bigRows = quick ? 100_000 : 1_000_000;
    log(
      `command line edges: --version, check of the sample, check of ${bigRows.toLocaleString('en-GB')} rows...`
    );
    const e = edgeBench(ROOT, bigRows, log);
    if (typeof e === 'string') skip('rag-plan check, big plan', e);
    else {
      rows.push({
        figure: 'rag-plan --version',
        size: '',
        measured: ms(e.versionMs),
        target: 'no workbook model loaded',
        met: null,
      });
      rows.push({
        figure: 'rag-plan check, bundled sample',
        size: '',
        measured: `${ms(e.sampleCheck.ms)}, ${e.sampleCheck.maxRssMB} MB`,
        target: '',
        met: e.sampleCheck.code === 0,
      });
      for (const b of [e.big, e.wide]) {
        const oneLine = b.code === 0 || (b.code === 2 && b.error.startsWith('rag-plan: '));
        rows.push({
          figure: 'rag-plan check, big plan (2 GB heap)',
          size: `${b.rows.toLocaleString('en-GB')} rows × ${b.cols} columns, ${b.fileMB.toFixed(0)} MB`,
          measured:
            b.code === 0 ? `${ms(b.ms)}, peak ${b.maxRssMB} MB` : `exit ${b.code}: ${b.error}`,
          target: 'finishes or one line, ≤ 2 GB',
          met: oneLine && b.maxRssMB <= 2048,
        });
      }
      result.edges = e;
    }
  }

  if (wants('pane')) {
    const w: PaneWeight | string = paneWeight(join(ROOT, 'dist'));
    if (typeof w === 'string') skip('Pane JS (gzip)', w);
    else
      rows.push({
        figure: 'Pane JS loaded first (gzip)',
        size: `${w.scripts.length} scripts`,
        measured: `${kb(w.totalGzipBytes)} (${kb(w.totalBytes)} raw)`,
        target: '≤ 220 KB',
        met: w.totalGzipBytes <= 220 * 1024,
      });
    result.paneWeight = w;
    log('pane: first rendered plan in headless Chromium...');
    const r: FirstRender | string = await paneFirstRender(ROOT);
    if (typeof r === 'string') skip('Pane: navigation to first plan', r);
    else
      for (const t of r.timings)
        rows.push({
          figure: `Pane: navigation to first plan (${t.workbook})`,
          size: `${t.actions.toLocaleString('en-GB')} actions`,
          measured: `${ms(t.medianMs)} (median of ${t.runs})`,
          target: t === r.timings[0] ? '≤ 1 s' : '(≤ 1 s)',
          met: t === r.timings[0] ? t.medianMs < 1000 : null,
        });
    result.paneFirstRender = r;
    log('pane: a 900-action refresh in headless Chromium...');
    const f: PaneRefresh | string = await paneRefresh(ROOT, quick ? 1 : 5);
    if (typeof f === 'string') skip('Pane: 900-action refresh', f);
    else
      rows.push({
        figure: 'Pane: Refresh summaries to "Wrote …" (fake host)',
        size: `${f.actions} actions`,
        measured: `${ms(f.medianMs)} (median of ${f.runs})`,
        target: '≤ 2 s',
        met: f.medianMs <= 2000,
      });
    result.paneRefresh = f;
  }

  result.table = rows;
  result.notMeasured = notMeasured;
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  print(rows, result.machine as Record<string, unknown>);
  for (const n of notMeasured) process.stdout.write(`! ${n}\n`);
  process.stdout.write(`\nResults: bench/results/latest.json\n`);
}

function print(rows: Row[], m: Record<string, unknown>): void {
  const head: Row = {
    figure: 'Figure',
    size: 'Size',
    measured: 'Measured',
    target: 'Target',
    met: null,
  };
  const cells = (r: Row): string[] => [
    r.figure,
    r.size,
    r.measured,
    r.target,
    r === head ? 'Met' : r.met === null ? '' : r.met ? 'yes' : 'NO',
  ];
  const all = [head, ...rows].map(cells);
  const widths = all[0].map((_, i) => Math.max(...all.map((c) => c[i].length)));
  const line = (c: string[]): string => c.map((x, i) => x.padEnd(widths[i])).join(' | ');
  process.stdout.write(
    `\nRAG Plan benchmarks — ${new Date().toISOString().slice(0, 16)}Z, ${m.nproc} CPUs, ${m.memory}, node ${m.node}\n\n`
  );
  process.stdout.write(`${line(all[0])}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n`);
  for (const c of all.slice(1)) process.stdout.write(`${line(c)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
