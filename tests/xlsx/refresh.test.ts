import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runRefresh } from '../../src/cli/refresh';
import { RagPlanFileError } from '../../src/cli/errors';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'havering-productivity-plan-2024.xlsx');
const SUMMARY_NAMES = new Set(['Summary', 'Overdue', 'Data quality', 'Savings']);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-refresh-'));
  process.env.RAG_PLAN_NOW = '2024-06-01T09:00:00Z';
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

describe('rag-plan refresh', () => {
  test('adds the summary sheets, leaves every source sheet as it was, and a second refresh gives the same cells', async () => {
    const before = await readWorkbook(FIXTURE);
    const once = path.join(dir, 'once.xlsx');
    const lines: string[] = [];
    await runRefresh(FIXTURE, { out: once, asOf: '2024-06-01' }, (t) => lines.push(t));
    expect(lines.join('')).toMatch(/Wrote "Summary", "Overdue", "Data quality"/);

    const after = await readWorkbook(once);
    const sources = after.filter((g) => !SUMMARY_NAMES.has(g.sheet));
    expect(sources.map((g) => g.sheet)).toEqual(before.map((g) => g.sheet));
    for (const [i, g] of sources.entries()) {
      expect(g.values).toEqual(before[i].values);
      expect(g.fills).toEqual(before[i].fills);
      expect(g.merges).toEqual(before[i].merges);
    }
    const summary = after.find((g) => g.sheet === 'Summary');
    expect(summary?.values[0][0]).toBe('RAG Plan summary');

    // Refresh the refreshed file in place: only our sheets are rebuilt, with the same cells.
    await runRefresh(once, { asOf: '2024-06-01' }, () => undefined);
    const twice = await readWorkbook(once);
    expect(twice.map((g) => g.sheet)).toEqual(after.map((g) => g.sheet));
    expect(twice.map((g) => g.values)).toEqual(after.map((g) => g.values));
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a file that is not there is a RagPlanFileError naming it', async () => {
    await expect(runRefresh(path.join(dir, 'missing.xlsx'), {}, () => undefined)).rejects.toBeInstanceOf(RagPlanFileError);
  });
});
