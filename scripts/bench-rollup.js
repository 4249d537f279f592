#!/usr/bin/env node
/**
 * The roll-up at a council's scale and beyond: 200 workbooks of 200 actions each (generated with
 * ExcelJS into a temporary folder, seeded, so every run rolls up the same files), rolled up with
 * --jobs 1 (one thread), --jobs 2 and one job per core. Prints the time and peak memory (maximum
 * resident set, by /usr/bin/time) and CPU time (all threads) of each run. Not a test, and not part of `npm test`.
 *
 * Usage: node scripts/bench-rollup.js [--workbooks 200] [--actions 200] [--runs 3]
 */
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ExcelJS = require('exceljs');

const root = path.join(__dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const WORKBOOKS = arg('workbooks', 200);
const ACTIONS = arg('actions', 200);
const RUNS = arg('runs', 3);

const AREAS = ['Housing', 'Finance', 'Adults', 'Children', 'Place', 'Resources'];
const LEADS = ['Director of Place', 'Head of Housing', 'Director of Finance', 'Head of Service'];
const RAGS = ['Red', 'Amber', 'Green', 'Green', 'Blue'];

/** A small seeded generator, so every run writes the same workbooks. */
function seeded(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

async function writePlan(file, n) {
  const random = seeded(n + 1);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.addRow([`Directorate plan ${n + 1}`]);
  ws.addRow([]);
  ws.addRow(['Ref', 'Area', 'Action', 'Lead', 'Timescale', 'RAG', 'Savings (£)']);
  for (let i = 0; i < ACTIONS; i++) {
    const month = 1 + Math.floor(random() * 12);
    const year = 2024 + Math.floor(random() * 2);
    ws.addRow([
      `${n + 1}.${i + 1}`,
      pick(AREAS),
      `Deliver improvement ${i + 1} of the directorate's plan for ${pick(AREAS).toLowerCase()}`,
      pick(LEADS),
      `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
      pick(RAGS),
      random() < 0.3 ? Math.round(random() * 500) * 1000 : null,
    ]);
  }
  await wb.xlsx.writeFile(file);
}

function timed(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  const [seconds, kb, user, system] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  // CPU time of all threads: on a busy machine the wall time says more about the others' load.
  return { seconds, mb: Math.round(kb / 1024), cpu: user + system };
}

async function main() {
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'],
    {
      cwd: root,
    }
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-plan-rollup-bench-'));
  const plans = path.join(dir, 'plans');
  fs.mkdirSync(plans);
  const started = Date.now();
  for (let n = 0; n < WORKBOOKS; n++)
    await writePlan(path.join(plans, `directorate-${String(n + 1).padStart(3, '0')}.xlsx`), n);
  const bytes = fs
    .readdirSync(plans)
    .reduce((t, f) => t + fs.statSync(path.join(plans, f)).size, 0);
  console.log(
    `${WORKBOOKS} workbooks of ${ACTIONS} actions (${Math.round(bytes / 1024)} KB) written in ${((Date.now() - started) / 1000).toFixed(1)} s; ${os.availableParallelism()} cores`
  );
  const jobs = [...new Set([1, 2, os.availableParallelism()])];
  try {
    for (const j of jobs) {
      const figures = [];
      for (let run = 0; run < RUNS; run++) {
        const out = path.join(dir, `summary-${j}-${run}.xlsx`);
        figures.push(
          timed([
            'bin/rag-plan.js',
            'rollup',
            plans,
            '--out',
            out,
            '--as-of',
            '2024-10-01',
            '--jobs',
            String(j),
          ])
        );
      }
      const seconds = figures.map((f) => f.seconds).sort((a, b) => a - b);
      const mb = Math.max(...figures.map((f) => f.mb));
      const cpu = figures.map((f) => f.cpu).sort((a, b) => a - b);
      const median = (list) => list[Math.floor(list.length / 2)].toFixed(2);
      console.log(
        `--jobs ${j}: median ${median(seconds)} s (runs: ${seconds.join(', ')}), CPU ${median(cpu)} s, peak memory ${mb} MB`
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
