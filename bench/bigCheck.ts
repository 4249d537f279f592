/**
 * The command line at its edges: `rag-plan --version` and `check` of the bundled sample (start-up
 * cost, no workbook model loaded), and `check` of a 1,000,000-row plan in a 2 GB heap, which must
 * finish or stop with one line. The big plan is written by bench/big_plan.py.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PYTHON } from './peerBench';

export interface ChildRun {
  code: number | null;
  ms: number;
  maxRssMB: number;
  printedChars: number;
  error: string;
}

export interface EdgeFigures {
  versionMs: number;
  sampleCheck: ChildRun;
  big: ChildRun & { rows: number; fileMB: number; heapLimitMB: number };
}

const HEAP_MB = 2048;

function child(root: string, args: string[], heapMB?: number): ChildRun {
  const flags = heapMB ? [`--max-old-space-size=${heapMB}`] : [];
  const r = spawnSync(
    process.execPath,
    [...flags, join(__dirname, 'checkChild.js'), join(root, 'build', 'cli', 'main.js'), ...args],
    { encoding: 'utf8', maxBuffer: 1 << 20 }
  );
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop() as string) as ChildRun;
  } catch {
    // Killed by V8 (out of memory) or otherwise: no JSON line.
    return {
      code: r.status,
      ms: NaN,
      maxRssMB: NaN,
      printedChars: 0,
      error: (r.stderr || '').trim().split('\n').slice(-1)[0] ?? '',
    };
  }
}

function versionMs(root: string): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, [join(root, 'build', 'cli', 'main.js'), '--version']);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[2];
}

export function edgeBench(
  root: string,
  rows: number,
  log: (s: string) => void
): EdgeFigures | string {
  if (!existsSync(join(root, 'build', 'cli', 'main.js')))
    return 'the CLI is not built (build/cli/main.js missing)';
  const dir = mkdtempSync(join(tmpdir(), 'rag-plan-big-'));
  try {
    const version = versionMs(root);
    const sampleCheck = child(root, [
      'check',
      join(root, 'samples', 'havering-productivity-plan-2024.xlsx'),
    ]);
    const file = join(dir, 'big.xlsx');
    log(`  writing a ${rows.toLocaleString('en-GB')}-row plan...`);
    const made = spawnSync(PYTHON, [join(root, 'bench', 'big_plan.py'), file, String(rows)], {
      encoding: 'utf8',
    });
    if (made.status !== 0) return `bench/big_plan.py failed: ${made.stderr.trim().slice(-300)}`;
    log(`  rag-plan check of it in a ${HEAP_MB} MB heap...`);
    const big = child(root, ['check', file], HEAP_MB);
    return {
      versionMs: version,
      sampleCheck,
      big: { ...big, rows, fileMB: statSync(file).size / 2 ** 20, heapLimitMB: HEAP_MB },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
