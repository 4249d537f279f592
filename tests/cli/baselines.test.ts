/**
 * Changes since a baseline the user chose (issue 19, item 5, the command line's side): a refresh
 * can name the snapshot it keeps ("Cabinet 1 October"), and refresh, check and diff can compare with
 * it later by that name or by a date (the newest snapshot on or before it), not only with the last
 * refresh; the Summary says what it compares with.
 *
 * The plan (workbookFiles.ts PLAN) is refreshed on 1 October 2024 and named "Cabinet 1 October";
 * then action 2 (Publish the housing strategy, F3) goes from Amber to Red and it is refreshed on
 * 8 October; then action 3 (Agree the repairs budget, F4) from Green to Amber, refreshed on 15
 * October. Since the last refresh (8 October) that is one RAG down; since the Cabinet snapshot,
 * two.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck } from '../../src/cli/check';
import { runDiff } from '../../src/cli/diff';
import { runRefresh, type RefreshFlags } from '../../src/cli/refresh';
import { readWorkbook } from '../../src/xlsx';
import { editSheetXml, planWorkbook, retype } from './workbookFiles';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-since-'));
  file = path.join(dir, 'plan.xlsx');
  await planWorkbook(file);
  await refresh('2024-10-01', { name: 'Cabinet 1 October' });
  await editSheetXml(file, 'Action plan', retype('F3', 'Red'));
  await refresh('2024-10-08');
  await editSheetXml(file, 'Action plan', retype('F4', 'Amber'));
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

async function refresh(day: string, flags: RefreshFlags = {}, out?: string): Promise<string> {
  process.env.RAG_PLAN_NOW = `${day}T09:00:00`;
  const said: string[] = [];
  await runRefresh(file, { asOf: day, ...flags, ...(out ? { out } : {}) }, (t) => said.push(t));
  return said.join('');
}

const summaryColumnA = async (f: string) =>
  (await readWorkbook(f)).find((g) => g.sheet === 'Summary')!.values.map((r) => r[0]);

test('check --since NAME, in any case: the changes since the named snapshot', async () => {
  const said: string[] = [];
  await runCheck(
    file,
    { asOf: '2024-10-15', since: 'cabinet 1 OCTOBER' },
    (t) => void said.push(t)
  );
  expect(said.join('')).toContain(
    'Since “Cabinet 1 October” (the refresh as of 1 Oct 2024): 2 RAG down (worse).'
  );
});

test('refresh --since NAME: the changes since that snapshot, and the Summary says so', async () => {
  const out = path.join(dir, 'since-name.xlsx');
  const said = await refresh('2024-10-15', { since: 'Cabinet 1 October' }, out);
  expect(said).toContain(
    'Since “Cabinet 1 October” (the refresh as of 1 Oct 2024): 2 RAG down (worse).'
  );
  const a = await summaryColumnA(out);
  expect(a).toContain('Changes since Cabinet 1 October (refreshed 1 Oct 2024)');
  expect(a).toContain(
    'As of 15 Oct 2024, compared with “Cabinet 1 October”, the refresh as of 1 Oct 2024 (refreshed 1 Oct 2024, 09:00).'
  );
  // Each listed with its reference first.
  expect(a).toContain('2 Publish the housing strategy');
  expect(a).toContain('3 Agree the repairs budget');
});

test('refresh without --since: since the last refresh, as before', async () => {
  const out = path.join(dir, 'since-last.xlsx');
  const said = await refresh('2024-10-15', {}, out);
  expect(said).toContain('Since the refresh as of 8 Oct 2024: 1 RAG down (worse).');
  expect(await summaryColumnA(out)).toContain('Changes since last refresh');
});

test('--since DATE: the newest snapshot on or before it', async () => {
  // 7 October: the snapshot of 1 October (the one of 8 October is after it).
  const out = path.join(dir, 'since-date.xlsx');
  const said = await refresh('2024-10-15', { since: '2024-10-07' }, out);
  expect(said).toContain(
    'Since “Cabinet 1 October” (the refresh as of 1 Oct 2024): 2 RAG down (worse).'
  );
  // 8 October itself: that day's snapshot, unnamed; the heading says which refresh.
  const out2 = path.join(dir, 'since-date-2.xlsx');
  await refresh('2024-10-15', { since: '2024-10-08' }, out2);
  expect(await summaryColumnA(out2)).toContain('Changes since the refresh as of 8 Oct 2024');
});

test('diff FILE --since NAME: the file now against its own snapshot', async () => {
  const said: string[] = [];
  const changes = await runDiff(
    file,
    undefined,
    { asOf: '2024-10-15', since: 'Cabinet 1 October' },
    (t) => void said.push(t)
  );
  expect(changes.ragDown.map((m) => [m.action, m.from, m.to])).toEqual([
    ['Publish the housing strategy', 'amber', 'red'],
    ['Agree the repairs budget', 'green', 'amber'],
  ]);
  expect(said.join('')).toContain(
    `Changes from “Cabinet 1 October”, the snapshot ${file} kept as of 1 Oct 2024 to ${file} (as of 15 Oct 2024): 2 RAG down (worse).`
  );
});

test('a baseline the workbook does not keep is refused with one line listing what it keeps, and nothing is written', async () => {
  const before = await fs.readFile(file);
  await expect(refresh('2024-10-15', { since: 'Cabinet 5 November' })).rejects.toThrow(
    '--since: the workbook keeps no snapshot named "Cabinet 5 November"; it keeps: 2: as of 8 Oct 2024 (refreshed 8 Oct 2024, 09:00), 4 actions; 1: “Cabinet 1 October”, as of 1 Oct 2024 (refreshed 1 Oct 2024, 09:00), 4 actions'
  );
  await expect(refresh('2024-10-15', { since: '2024-09-01' })).rejects.toThrow(
    '--since: the workbook keeps no snapshot as of 1 Sep 2024 or earlier'
  );
  expect((await fs.readFile(file)).equals(before)).toBe(true);
});

test('a name that cannot be given is refused with one line', async () => {
  await expect(refresh('2024-10-15', { name: '   ' })).rejects.toThrow(
    "--name: a snapshot's name cannot be empty"
  );
  await expect(refresh('2024-10-15', { name: '2024-10-15' })).rejects.toThrow(
    "--name: a snapshot's name cannot be a date written YYYY-MM-DD"
  );
  await expect(refresh('2024-10-15', { name: 'x'.repeat(61) })).rejects.toThrow(
    "--name: a snapshot's name is at most 60 characters (this one has 61)"
  );
});
