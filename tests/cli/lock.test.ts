/**
 * The README's promise: refresh "refuses while another refresh of the same file runs". The lock is
 * taken before the workbook is read and held until the new file is renamed into place, so of
 * several refreshes of one file at once, each either reads what the one before wrote and writes
 * (its snapshot kept in the history) or is refused with one line. Before, the lock was taken only
 * for the final write: two at once both succeeded, and the second overwrote the first's snapshot.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runRefresh } from '../../src/cli/refresh';
import { readHistory } from '../../src/report/historyRead';
import { readWorkbook } from '../../src/xlsx';
import { planWorkbook } from './workbookFiles';

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, '..', '..');
const BUSY =
  /^rag-plan: cannot write '.*': another refresh of this file is (running \(process \d+\); wait for it to finish and try again|starting; try again)\n$/;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-lock-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A process that holds the lock on `file` as a running refresh would, until killed. */
async function holdLock(file: string) {
  const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  const lockFile = path.join(path.dirname(file), `.${path.basename(file)}.rag-plan.lock`);
  await fs.writeFile(lockFile, String(sleeper.pid));
  return {
    pid: sleeper.pid,
    release: async () => {
      sleeper.kill();
      await new Promise((r) => sleeper.once('exit', r));
      await fs.rm(lockFile, { force: true });
    },
  };
}

test('the lock is taken before the workbook is read: a refresh while another runs is refused before it reads a byte', async () => {
  // Not a workbook at all: a refresh that read it first would say so; this one never gets that far.
  const file = path.join(dir, 'not-a-workbook.xlsx');
  await fs.writeFile(file, 'this is not a zip');
  const holder = await holdLock(file);
  try {
    await expect(runRefresh(file, { asOf: '2024-10-01' }, () => undefined)).rejects.toThrow(
      `another refresh of this file is running (process ${holder.pid})`
    );
  } finally {
    await holder.release();
  }
  // Once it is free, the same refresh reads the file and says what is wrong with it.
  await expect(runRefresh(file, { asOf: '2024-10-01' }, () => undefined)).rejects.toThrow(
    'it is not an .xlsx workbook'
  );
});

/** Runs the built `rag-plan refresh FILE` (npm run build:cli) as its own process, as a user would, with a fixed time. */
function refreshProcess(
  file: string,
  now: string
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin', 'rag-plan.js'), 'refresh', file, '--as-of', '2024-10-01'],
      { env: { ...process.env, RAG_PLAN_NOW: now } }
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

test('three refreshes of one file at once: each writes with its snapshot kept, or is refused with one line', async () => {
  // 3,000 actions: each refresh takes long enough that the three overlap.
  const file = path.join(dir, 'shared.xlsx');
  await planWorkbook(file, undefined, 3000);
  const times = ['2024-10-01T09:00:01', '2024-10-01T09:00:02', '2024-10-01T09:00:03'];
  const runs = await Promise.all(times.map((t) => refreshProcess(file, t)));
  for (const r of runs) {
    if (r.code === 0) expect(r.out).toContain('Wrote "Summary"');
    else
      expect({ code: r.code, err: r.err }).toEqual({ code: 2, err: expect.stringMatching(BUSY) });
  }
  const wrote = times.filter((_, i) => runs[i].code === 0);
  expect(wrote.length).toBeGreaterThan(0);
  // Every run that said it wrote has its snapshot in the history; no other snapshot is there.
  const history = readHistory(
    (await readWorkbook(file)).find((g) => g.sheet === 'RAG Plan history')
  );
  expect(history.problems).toEqual([]);
  expect(history.snapshots.map((s) => s.takenAt).sort()).toEqual(wrote);
  // Nothing is left beside the file: no lock, no temporary file.
  expect((await fs.readdir(dir)).filter((f) => f.startsWith('.shared'))).toEqual([]);
});
