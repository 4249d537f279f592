/**
 * The safe write keeps a file's permissions even where the umask would change them
 * (src/xlsx/safeWrite.ts): the temp file is opened with the original's mode, which the umask
 * trims, and then set to it exactly. A group-writable plan on a shared drive stays group-writable.
 * Guards against the chmod being dropped (a 600 file survives umask 022 without it; these do not).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runRefresh } from '../../src/cli/refresh';
import { writeFileSafely } from '../../src/xlsx';

const EDGE = path.join(__dirname, '..', 'fixtures', 'edge-cases.xlsx');
let dir: string;
let umask: number;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-mode-'));
  umask = process.umask(0o022);
  process.env.RAG_PLAN_NOW = '2024-10-01T09:00:00Z';
});
afterAll(async () => {
  process.umask(umask);
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

async function fileWithMode(name: string, mode: number): Promise<string> {
  const file = path.join(dir, name);
  await fs.copyFile(EDGE, file);
  await fs.chmod(file, mode);
  expect((await fs.stat(file)).mode & 0o777).toBe(mode);
  return file;
}

describe('permissions the umask would change are kept', () => {
  test.each(['664', '666', '775'])('a %s file written safely keeps its mode', async (mode) => {
    const file = await fileWithMode(`plan-${mode}.xlsx`, parseInt(mode, 8));
    await writeFileSafely(file, Buffer.from('new bytes'));
    expect(((await fs.stat(file)).mode & 0o777).toString(8)).toBe(mode);
    expect(await fs.readFile(file, 'utf8')).toBe('new bytes');
  });

  test('a group-writable (664) plan refreshed in place stays group-writable', async () => {
    const file = await fileWithMode('shared.xlsx', 0o664);
    await runRefresh(file, { asOf: '2024-10-01' }, () => undefined);
    expect(((await fs.stat(file)).mode & 0o777).toString(8)).toBe('664');
    expect((await fs.readFile(file)).equals(await fs.readFile(EDGE))).toBe(false);
  });
});
