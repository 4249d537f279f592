import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rollupFiles } from '../../src/cli/rollupFiles';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-rollup-files-'));
  await fs.mkdir(path.join(dir, 'plans'));
  for (const name of [
    'Place.xlsx',
    'Adults.xlsm',
    '~$Place.xlsx', // Excel's owner file while Place.xlsx is open
    'notes.txt',
    'Old.xls',
    'summary.xlsx', // the summary itself, written into the same folder
  ])
    await fs.writeFile(path.join(dir, 'plans', name), '');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the workbooks a roll-up is given', () => {
  test('a folder gives its .xlsx and .xlsm by name, never owner files nor the summary', () => {
    const plans = path.join(dir, 'plans');
    const out = path.join(plans, 'summary.xlsx');
    expect(rollupFiles([plans], out).map((s) => [s.link, s.name])).toEqual([
      ['Adults.xlsm', 'Adults'],
      ['Place.xlsx', 'Place'],
    ]);
  });

  test('files and folders together, each once, linked by their path from the summary', () => {
    const plans = path.join(dir, 'plans');
    const out = path.join(dir, 'board', 'summary.xlsx');
    const sources = rollupFiles([path.join(plans, 'Place.xlsx'), plans, 'missing.xlsx'], out);
    expect(sources.map((s) => s.link)).toEqual([
      '../plans/Place.xlsx',
      '../plans/Adults.xlsm',
      '../plans/summary.xlsx',
      path
        .relative(path.join(dir, 'board'), path.resolve('missing.xlsx'))
        .split(path.sep)
        .join('/'),
    ]);
    // A file that is not there is kept, to be listed as not read with its reason.
    expect(sources[3].file).toBe('missing.xlsx');
  });
});
