/**
 * The README's promise: "RAG_PLAN_NOW=2024-10-01T09:00:00 fixes the "Refreshed" time for
 * repeatable output". A refresh at the very moment of the newest snapshot (a fixed RAG_PLAN_NOW,
 * or two refreshes in one second) replaces that snapshot rather than adding a second one with the
 * same time, so refreshing again and again at that moment writes the same file, and never lists
 * actions as removed that are still there (before, the third refresh listed all four as removed:
 * the two snapshots of the same time were read back as one of eight actions).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readHistory } from '../../src/report/historyRead';
import { readWorkbook } from '../../src/xlsx';
import { planWorkbook, refreshAt } from './workbookFiles';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-repeat-'));
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

/** A refresh as of 1 October 2024 at the time given. */
const refresh = (file: string, now: string) => refreshAt(file, now, { asOf: '2024-10-01' });

const snapshotsOf = async (file: string) =>
  readHistory((await readWorkbook(file)).find((g) => g.sheet === 'RAG Plan history')).snapshots.map(
    (s) => [s.seq, s.takenAt, s.actions.length]
  );

describe('RAG_PLAN_NOW fixes the time for repeatable output', () => {
  test('refreshed in place three times at one fixed time: the second and third files are the same, byte for byte, and nothing is listed as removed', async () => {
    const file = path.join(dir, 'plan.xlsx');
    await planWorkbook(file);
    const now = '2024-10-01T09:00:00';
    await refresh(file, now);
    const second = await refresh(file, now);
    const afterSecond = await fs.readFile(file);
    const third = await refresh(file, now);
    const afterThird = await fs.readFile(file);
    expect(afterThird.equals(afterSecond)).toBe(true);
    expect(third).toBe(second);
    // The same moment as the first: it takes the first's place, so there is nothing earlier.
    expect(third).toContain('No earlier refresh to compare with; this one is kept for the next.');
    expect(third).not.toMatch(/removed/);
    // One snapshot, number 1, of the plan's four actions.
    expect(await snapshotsOf(file)).toEqual([[1, now, 4]]);
  });

  test('refreshes at different times are kept and numbered in turn', async () => {
    const file = path.join(dir, 'numbered.xlsx');
    await planWorkbook(file);
    await refresh(file, '2024-10-01T09:00:00');
    expect(await refresh(file, '2024-10-01T09:00:01')).toContain(
      'Since the refresh as of 1 Oct 2024: no changes.'
    );
    await refresh(file, '2024-10-01T10:00:00');
    expect(await snapshotsOf(file)).toEqual([
      [1, '2024-10-01T09:00:00', 4],
      [2, '2024-10-01T09:00:01', 4],
      [3, '2024-10-01T10:00:00', 4],
    ]);
  });
});
