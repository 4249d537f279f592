/**
 * The command line at its edges: `rag-plan --version` and `check` of the bundled sample (start-up
 * cost, no workbook model loaded), `check` of a 1,000,000-row plan in a 2 GB heap, which must
 * finish or stop with one line, and of a wide one (200,000 rows × 30 columns, shared strings as
 * Excel writes them). The big plans are written by bench/big_plan.py.
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

type BigRun = ChildRun & { rows: number; cols: number; fileMB: number; heapLimitMB: number };

export interface EdgeFigures {
  versionMs: number;
  sampleCheck: ChildRun;
  big: BigRun;
  wide: BigRun;
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

/** Writes a plan with bench/big_plan.py and checks it in a 2 GB heap; a string says why it could not. */
function bigCheck(
  root: string,
  dir: string,
  shape: { rows: number; cols: number; shared: boolean },
  log: (s: string) => void
): BigRun | string {
  const file = join(dir, `big-${shape.rows}x${shape.cols}.xlsx`);
  const size = `${shape.rows.toLocaleString('en-GB')}-row, ${shape.cols}-column`;
  log(`  writing a ${size} plan...`);
  const args = [join(root, 'bench', 'big_plan.py'), file, String(shape.rows), String(shape.cols)];
  const made = spawnSync(PYTHON, shape.shared ? [...args, '--shared'] : args, { encoding: 'utf8' });
  if (made.status !== 0) return `bench/big_plan.py failed: ${made.stderr.trim().slice(-300)}`;
  log(`  rag-plan check of it in a ${HEAP_MB} MB heap...`);
  const run = child(root, ['check', file], HEAP_MB);
  const fileMB = statSync(file).size / 2 ** 20;
  rmSync(file, { force: true });
  return { ...run, ...shape, fileMB, heapLimitMB: HEAP_MB };
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
    const big = bigCheck(root, dir, { rows, cols: 5, shared: false }, log);
    if (typeof big === 'string') return big;
    const wide = bigCheck(root, dir, { rows: rows / 5, cols: 30, shared: true }, log);
    if (typeof wide === 'string') return wide;
    return { versionMs: version, sampleCheck, big, wide };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
