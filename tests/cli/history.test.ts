import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import schema from '../../docs/report.schema.json';
import { runCheck } from '../../src/cli/check';
import { runDiff } from '../../src/cli/diff';
import { runRefresh } from '../../src/cli/refresh';
import type { Changes } from '../../src/plan/history';
import { readHistory } from '../../src/report/historyRead';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { saveThroughLibreOffice } from './libreOffice';
import { editPlan, planFile, TITLE_1, TITLE_2, VERSION_1, version2 } from './historyPlans';

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-history-'));
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

/** The changes as a person would list them, worked out by hand from the edits in historyPlans.ts. */
const EXPECTED = {
  ragUp: [['Identification of in-year savings proposals', 'red', 'amber']],
  ragDown: [['Focus on collecting former tenant arrears for Council and PSLs', 'amber', 'red']],
  newlyOverdue: [],
  completed: ['Invest £250k in a programme of work to support the move to a self-service model'],
  dueMoved: [
    ['Implementation of AYSE newly qualified social worker posts', '2024-09-30', '2024-12-31'],
  ],
  added: [],
  removed: ["Monthly review of each young person's plan"],
};

function listed(c: Changes) {
  return {
    ragUp: c.ragUp.map((m) => [m.action, m.from, m.to]),
    ragDown: c.ragDown.map((m) => [m.action, m.from, m.to]),
    newlyOverdue: c.newlyOverdue.map((a) => a.action),
    completed: c.completed.map((a) => a.action),
    dueMoved: c.dueMoved.map((m) => [m.action, m.from, m.to]),
    added: c.added.map((a) => a.action),
    removed: c.removed.map((a) => a.action),
  };
}

/** Refresh, edit the plan, refresh again; `between` runs on the file after the first refresh (a save elsewhere). */
async function refreshEditRefresh(
  name: string,
  between: (file: string) => Promise<string> = async (f) => f
): Promise<{ file: string; said: string }> {
  const first = path.join(dir, `${name}-1.xlsx`);
  await planFile(first, VERSION_1, TITLE_1);
  process.env.RAG_PLAN_NOW = '2024-07-01T09:00:00Z';
  const said1: string[] = [];
  await runRefresh(first, { asOf: '2024-07-01' }, (t) => said1.push(t));
  expect(said1.join('')).toContain('No earlier refresh to compare with');
  const file = await between(first);
  await editPlan(file, version2(), TITLE_2);
  process.env.RAG_PLAN_NOW = '2024-07-08T09:00:00Z';
  const said: string[] = [];
  await runRefresh(file, { asOf: '2024-07-01' }, (t) => said.push(t));
  return { file, said: said.join('') };
}

/** The rows of the Summary's change list, read back from the file. */
async function summaryList(file: string): Promise<string[][]> {
  const summary = (await readWorkbook(file)).find((g) => g.sheet === 'Summary')!;
  const head = summary.values.findIndex((r) => r[0] === 'Action' && r[1] === 'Change');
  const rows: string[][] = [];
  for (let i = head + 1; i < summary.values.length && summary.values[i]?.[0]; i++)
    rows.push(summary.values[i].slice(0, 4).map((v) => String(v ?? '')));
  return rows;
}

const SUMMARY_ROWS = [
  ['Identification of in-year savings proposals', '↑ Up', 'Red', 'Amber'],
  ['Focus on collecting former tenant arrears for Council and PSLs', '↓ Down', 'Amber', 'Red'],
  [
    'Invest £250k in a programme of work to support the move to a self-service model',
    'Completed',
    '',
    '',
  ],
  // 30 Sep 2024 and 31 Dec 2024 as Excel days.
  ['Implementation of AYSE newly qualified social worker posts', 'Date moved', '45565', '45657'],
  ["Monthly review of each young person's plan", 'Removed', '', ''],
];

describe('what changed since the last refresh', () => {
  test('refresh, edit (re-rate two, complete one, move a date, insert a row above, sort, delete one), refresh: exactly those edits', async () => {
    const { file, said } = await refreshEditRefresh('exceljs');
    expect(said).toContain('Read 1 plan with 7 actions as of 2024-07-01.');
    expect(said).toContain(
      'Since the refresh as of 1 Jul 2024: 1 RAG up (better), 1 RAG down (worse), 1 completed, 1 due date moved, 1 removed.'
    );
    expect(await summaryList(file)).toEqual(SUMMARY_ROWS);
    // check --json carries what a refresh now would call changed (nothing since the last one), by the schema.
    const json: string[] = [];
    await runCheck(file, { asOf: '2024-07-01', json: true }, (t) => json.push(t));
    const report = JSON.parse(json.join(''));
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    expect(ajv.validate(schema, report) ? [] : ajv.errors).toEqual([]);
    // Only the plan is read: never the Summary, Overdue or history sheets RAG Plan wrote.
    expect(report.plans.map((p: { sheet: string }) => p.sheet)).toEqual(['Productivity plan']);
    expect(report.changes.from).toEqual({
      seq: 2,
      asOf: '2024-07-01',
      takenAt: '2024-07-08T09:00:00Z',
      label: null,
      name: null,
    });
    expect(listed(report.changes)).toEqual({
      ragUp: [],
      ragDown: [],
      newlyOverdue: [],
      completed: [],
      dueMoved: [],
      added: [],
      removed: [],
    });
    // The history sheet keeps both refreshes, numbered: 8 actions, then 7.
    const history = readHistory(
      (await readWorkbook(file)).find((g) => g.sheet === 'RAG Plan history')
    );
    expect(history.snapshots.map((s) => [s.seq, s.takenAt, s.actions.length])).toEqual([
      [1, '2024-07-01T09:00:00Z', 8],
      [2, '2024-07-08T09:00:00Z', 7],
    ]);
  });

  test('--as-of in the past shows the changes as of then, and keeps the history as it was', async () => {
    const file = path.join(dir, 'past.xlsx');
    await planFile(file, VERSION_1, TITLE_1);
    const refresh = async (now: string, asOf: string) => {
      process.env.RAG_PLAN_NOW = now;
      const said: string[] = [];
      await runRefresh(file, { asOf }, (t) => said.push(t));
      return said.join('');
    };
    await refresh('2024-05-01T09:00:00Z', '2024-05-01');
    await editPlan(file, version2(), TITLE_2);
    await refresh('2024-06-03T09:00:00Z', '2024-06-03');
    expect(await refresh('2024-07-01T09:00:00Z', '2024-07-01')).toContain(
      'Since the refresh as of 3 Jun 2024: no changes.'
    );
    // Looking back from mid-June: what the June refresh showed.
    expect(await refresh('2024-07-02T09:00:00Z', '2024-06-15')).toContain(
      'Since the refresh as of 1 May 2024: 1 RAG up (better), 1 RAG down (worse), 1 completed, 1 due date moved, 1 removed.'
    );
    expect(await summaryList(file)).toEqual(SUMMARY_ROWS);
    const history = readHistory(
      (await readWorkbook(file)).find((g) => g.sheet === 'RAG Plan history')
    );
    expect(history.snapshots.map((s) => s.asOf)).toEqual([
      '2024-05-01',
      '2024-06-03',
      '2024-07-01',
    ]);
  });

  test('the snapshot survives a save and reopen in LibreOffice', async () => {
    const profile = path.join(dir, 'lo-profile');
    const { file, said } = await refreshEditRefresh('libreoffice', async (first) => {
      return saveThroughLibreOffice(first, path.join(dir, 'lo'), profile);
    });
    expect(said).toContain(
      'Since the refresh as of 1 Jul 2024: 1 RAG up (better), 1 RAG down (worse), 1 completed, 1 due date moved, 1 removed.'
    );
    expect(await summaryList(file)).toEqual(SUMMARY_ROWS);
  }, 180_000);

  test('rag-plan diff on the two versions gives the same list, as text and as JSON that follows the schema', async () => {
    const older = path.join(dir, 'june.xlsx');
    const newer = path.join(dir, 'july.xlsx');
    await planFile(older, VERSION_1, TITLE_1);
    await planFile(newer, version2(), TITLE_2);
    const text: string[] = [];
    expect(
      listed(await runDiff(older, newer, { asOf: '2024-07-01' }, (t) => text.push(t)))
    ).toEqual(EXPECTED);
    expect(text.join('')).toMatch(
      /^Changes from .*june\.xlsx \(as of 1 Jul 2024\) to .*july\.xlsx \(as of 1 Jul 2024\): 1 RAG up \(better\), 1 RAG down \(worse\), 1 completed, 1 due date moved, 1 removed\.\n/
    );
    expect(text.join('')).toContain(
      "↓ RAG down (worse) (1):\n  'Productivity plan'!C7   Focus on collecting former tenant arrears for Council and PSLs [Housing] — Amber → Red"
    );
    expect(text.join('')).toContain(
      "Due date moved (1):\n  'Productivity plan'!C6   Implementation of AYSE newly qualified social worker posts [Health & Social Care] — due 30 Sep 2024 → 31 Dec 2024"
    );

    const json: string[] = [];
    await runDiff(older, newer, { asOf: '2024-07-01', json: true }, (t) => json.push(t));
    const report = JSON.parse(json.join(''));
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    ajv.addSchema(schema);
    expect(
      ajv.validate(
        { $ref: 'https://rag-plan.invalid/report.schema.json#/definitions/changes' },
        report.changes
      )
        ? []
        : ajv.errors
    ).toEqual([]);
    expect(listed(report.changes)).toEqual(EXPECTED);
    expect(text.join('')).toContain(
      "Removed (1):\n  was 'Productivity plan'!C8 Monthly review of each young person's plan [Housing]\n"
    );
    expect(text.join('')).toContain(
      'Direction of travel by area:\n  Housing: ↓ Worse (0 up or completed, 1 down or newly overdue)\n'
    );
    expect([report.old.asOf, report.new.asOf]).toEqual(['2024-07-01', '2024-07-01']);
  });

  test('diff with the old copy read on its own date: an action past its date since then is newly overdue', async () => {
    const older = path.join(dir, 'june2.xlsx');
    const newer = path.join(dir, 'september.xlsx');
    await planFile(older, VERSION_1, TITLE_1);
    await planFile(newer, version2(), TITLE_2);
    const c = await runDiff(
      older,
      newer,
      { asOf: '2024-09-15', oldAsOf: '2024-07-01' },
      () => undefined
    );
    // Due 31 Aug 2024: on track on 1 Jul, overdue on 15 Sep.
    expect(listed(c)).toEqual({
      ...EXPECTED,
      newlyOverdue: ['Consider and agree options for medium term flexible Procurement Framework'],
    });
  });
});
