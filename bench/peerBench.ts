/**
 * Batch peer: `rag-plan refresh` against an openpyxl script doing the same job, on the same
 * generated 20,000-row workbook, alternating runs, each timed as a whole process (what the user waits for).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlan } from './generate';
import { AS_OF } from './pipeline';
import { median } from './stats';
import { writePlanWorkbook } from './workbook';

export const PYTHON = '/usr/bin/python3';

export interface PeerFigures {
  rows: number;
  actions: number;
  workbookBytes: number;
  runs: number;
  cliMs: number;
  peerMs: number;
  ratio: number;
  cliRunsMs: number[];
  peerRunsMs: number[];
  peerActions: number | null;
  cliArgs: string[];
  /** One in-process run of the CLI's steps, timed phase by phase (bench/cliPhases.ts). */
  cliPhases: Record<string, number> | null;
}

export type Outcome<T> = { measured: true; figures: T } | { measured: false; reason: string };

/** Why the peer cannot run, with the fix; null when openpyxl is there. */
export function openpyxlMissing(): string | null {
  if (!existsSync(PYTHON))
    return `${PYTHON} not found. Install: apt-get update && apt-get install -y python3 python3-openpyxl`;
  const r = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' });
  if (r.status !== 0)
    return `openpyxl is not installed for ${PYTHON}. Install: apt-get update && apt-get install -y python3-openpyxl`;
  return null;
}

function timedRun(
  cmd: string,
  args: string[],
  cwd: string
): { ms: number; status: number | null; stdout: string; stderr: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return {
    ms,
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '') + (r.error ? String(r.error) : ''),
  };
}

/** The CLI's options for an as-of date, if it has one, so both tools judge "overdue" on the same day. */
function cliArgs(root: string, input: string, output: string): string[] {
  const help = spawnSync(
    process.execPath,
    [join(root, 'bin', 'rag-plan.js'), 'refresh', '--help'],
    { encoding: 'utf8' }
  );
  const args = [join(root, 'bin', 'rag-plan.js'), 'refresh', input, '--out', output];
  if (/--as-of/.test(`${help.stdout}${help.stderr}`)) args.push('--as-of', AS_OF);
  return args;
}

export async function peerBench(
  root: string,
  opts: { rows: number; runs: number; log: (s: string) => void }
): Promise<Outcome<PeerFigures>> {
  const missing = openpyxlMissing();
  if (missing) return { measured: false, reason: missing };
  if (!existsSync(join(root, 'build', 'cli', 'main.js'))) {
    return {
      measured: false,
      reason: 'the CLI is not built (build/cli/main.js missing): run npm run build:cli',
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'rag-plan-bench-'));
  try {
    const input = join(dir, 'plan.xlsx');
    const generated = generatePlan({ rows: opts.rows, seed: 7 });
    await writePlanWorkbook(generated.grid, input);
    const peerScript = join(root, 'bench', 'peer_openpyxl.py');
    const args = cliArgs(root, input, join(dir, 'cli-out.xlsx'));
    const peerArgs = [peerScript, input, join(dir, 'peer-out.xlsx'), '--as-of', AS_OF];

    // One untimed run of each: warms the file cache and shows that both work on this file.
    const cliCheck = timedRun(process.execPath, args, root);
    if (cliCheck.status !== 0 || !existsSync(join(dir, 'cli-out.xlsx'))) {
      return {
        measured: false,
        reason: `rag-plan refresh failed (exit ${cliCheck.status}): ${cliCheck.stderr.trim().slice(0, 300)}`,
      };
    }
    const peerCheck = timedRun(PYTHON, peerArgs, root);
    if (peerCheck.status !== 0) {
      return {
        measured: false,
        reason: `the openpyxl peer failed (exit ${peerCheck.status}): ${peerCheck.stderr.trim().slice(-300)}`,
      };
    }
    let peerActions: number | null = null;
    try {
      peerActions =
        (JSON.parse(peerCheck.stdout.trim().split('\n').pop() ?? '{}') as { actions?: number })
          .actions ?? null;
    } catch {
      peerActions = null;
    }

    const cliRuns: number[] = [];
    const peerRuns: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      // Alternate which goes first so neither always runs on a warmer machine.
      const order = i % 2 === 0 ? ['cli', 'peer'] : ['peer', 'cli'];
      for (const which of order) {
        const r =
          which === 'cli'
            ? timedRun(process.execPath, args, root)
            : timedRun(PYTHON, peerArgs, root);
        if (r.status !== 0)
          return {
            measured: false,
            reason: `${which} run ${i + 1} failed: ${r.stderr.trim().slice(-300)}`,
          };
        (which === 'cli' ? cliRuns : peerRuns).push(r.ms);
      }
      opts.log(
        `  peer run ${i + 1}/${opts.runs}: rag-plan ${cliRuns[i].toFixed(0)} ms, openpyxl ${peerRuns[i].toFixed(0)} ms`
      );
    }
    const phasesRun = spawnSync(
      process.execPath,
      [join(__dirname, 'cliPhases.js'), input, join(dir, 'phases-out.xlsx')],
      { encoding: 'utf8' }
    );
    let cliPhases: Record<string, number> | null = null;
    try {
      cliPhases =
        phasesRun.status === 0
          ? (JSON.parse(phasesRun.stdout.trim()) as Record<string, number>)
          : null;
    } catch {
      cliPhases = null;
    }
    const cliMs = median(cliRuns);
    const peerMs = median(peerRuns);
    return {
      measured: true,
      figures: {
        rows: opts.rows,
        actions: generated.intended.length,
        workbookBytes: statSync(input).size,
        runs: opts.runs,
        cliMs,
        peerMs,
        ratio: cliMs / peerMs,
        cliRunsMs: cliRuns,
        peerRunsMs: peerRuns,
        peerActions,
        cliArgs: args.slice(1).map((a) => a.replace(dir, '<tmp>').replace(root, '.')),
        cliPhases,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
