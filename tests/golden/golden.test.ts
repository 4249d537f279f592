/**
 * The golden record: what `check` prints and what `refresh` writes for every workbook the tests
 * carry, so a change that was meant to move code (a renovation) is seen to change no output, and a
 * change that was meant to change output shows exactly which workbooks it touched.
 *
 * Each workbook has one record in tests/golden/records/: the text report, a hash of the JSON
 * report, what refresh printed and a hash of the bytes it wrote (a first refresh, a second a
 * month later that reads the first one's history, and a flag in place). The dates are fixed, so
 * the records are the same on every machine.
 *
 * When output changes on purpose: `npm run golden:update`, read the diff of the records, and
 * name the change in the commit.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runCheck } from '../../src/cli/check';
import { runRefresh } from '../../src/cli/refresh';

const ROOT = join(__dirname, '..', '..');
const RECORDS = join(__dirname, 'records');
const UPDATE = process.env.GOLDEN_UPDATE === '1';
const FIRST = { asOf: '2025-01-15', now: '2025-01-15T09:00:00' };
const SECOND = { asOf: '2025-02-15', now: '2025-02-15T09:00:00' };

function workbooks(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return workbooks(path);
    return /\.(xlsx|xlsm)$/i.test(e.name) ? [path] : [];
  });
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** Runs one step and gives its output, or the one line it failed with. */
async function outcome(step: (write: (t: string) => void) => Promise<unknown>): Promise<string> {
  let text = '';
  try {
    await step((t) => {
      text += t;
    });
    return text;
  } catch (e) {
    return `${text}FAILED: ${(e as Error).message}\n`;
  }
}

function fileHash(path: string): string {
  return existsSync(path) ? sha(readFileSync(path)) : 'no file';
}

async function refreshRecord(file: string, dir: string): Promise<string[]> {
  const first = join(dir, 'first.xlsx');
  const second = join(dir, 'second.xlsx');
  const flagged = join(dir, 'flagged.xlsx');
  const at = (now: string, run: () => Promise<string>) => {
    process.env.RAG_PLAN_NOW = now;
    return run();
  };
  const r1 = await at(FIRST.now, () =>
    outcome((w) => runRefresh(file, { out: first, asOf: FIRST.asOf }, w))
  );
  const r2 = existsSync(first)
    ? await at(SECOND.now, () =>
        outcome((w) => runRefresh(first, { out: second, asOf: SECOND.asOf }, w))
      )
    : 'not run\n';
  const r3 = await at(FIRST.now, () =>
    outcome((w) => runRefresh(file, { out: flagged, asOf: FIRST.asOf, flagInPlace: true }, w))
  );
  return [
    `## refresh --as-of ${FIRST.asOf}`,
    r1.replace(first, 'OUT').trimEnd(),
    `bytes ${fileHash(first)}`,
    `## refresh of that, --as-of ${SECOND.asOf}`,
    r2.replace(second, 'OUT').trimEnd(),
    `bytes ${fileHash(second)}`,
    `## refresh --flag-in-place --as-of ${FIRST.asOf}`,
    r3.replace(flagged, 'OUT').trimEnd(),
    `bytes ${fileHash(flagged)}`,
  ];
}

async function record(file: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rag-plan-golden-'));
  try {
    const text = await outcome((w) => runCheck(file, { asOf: FIRST.asOf }, w));
    const json = await outcome((w) => runCheck(file, { asOf: FIRST.asOf, json: true }, w));
    return [
      `## check --as-of ${FIRST.asOf}`,
      text.trimEnd(),
      `## check --json: ${sha(json)}`,
      ...(await refreshRecord(file, dir)),
      '',
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const FILES = [...workbooks(join(ROOT, 'tests', 'fixtures')), ...workbooks(join(ROOT, 'samples'))]
  .map((f) => relative(ROOT, f).split('\\').join('/'))
  .sort();

const recordName = (file: string) => `${file.replace(/[/\\]/g, '__')}.txt`;

describe('golden record of check and refresh', () => {
  const saved = process.env.RAG_PLAN_NOW;
  const cwd = process.cwd();
  beforeAll(() => {
    process.chdir(ROOT);
    if (UPDATE) mkdirSync(RECORDS, { recursive: true });
  });
  afterAll(() => {
    process.chdir(cwd);
    if (saved === undefined) delete process.env.RAG_PLAN_NOW;
    else process.env.RAG_PLAN_NOW = saved;
  });

  it.each(FILES)(
    '%s',
    async (file) => {
      const got = await record(file);
      const path = join(RECORDS, recordName(file));
      if (UPDATE) writeFileSync(path, got);
      expect(got).toBe(readFileSync(path, 'utf8'));
    },
    60_000
  );

  it('has a record for every workbook and none for a workbook that is gone', () => {
    if (UPDATE) {
      const wanted = new Set(FILES.map(recordName));
      for (const r of readdirSync(RECORDS)) if (!wanted.has(r)) rmSync(join(RECORDS, r));
    }
    expect(readdirSync(RECORDS).sort()).toEqual(FILES.map(recordName).sort());
  });
});
