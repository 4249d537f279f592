import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runRefresh } from '../../src/cli/refresh';
import { writeFileSafely } from '../../src/xlsx';

const EDGE = path.join(__dirname, '..', 'fixtures', 'edge-cases.xlsx');
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-safe-'));
  process.env.RAG_PLAN_NOW = '2024-10-01T09:00:00Z';
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.chmod(path.join(dir, 'locked.xlsx'), 0o644).catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
});

async function copyOfPlan(name: string, mode = 0o644): Promise<string> {
  const file = path.join(dir, name);
  await fs.copyFile(EDGE, file);
  await fs.chmod(file, mode);
  return file;
}

const leftovers = async () =>
  (await fs.readdir(dir)).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'));

describe('refresh in place writes safely', () => {
  test('a read-only (444) file is refused with one line and left as it was', async () => {
    const file = await copyOfPlan('locked.xlsx', 0o444);
    await expect(runRefresh(file, { asOf: '2024-10-01' }, () => undefined)).rejects.toThrow(
      /^cannot write '.*locked\.xlsx': it is read-only, so it was not changed; make it writable or use --out to write a copy$/
    );
    expect((await fs.readFile(file)).equals(await fs.readFile(EDGE))).toBe(true);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o444);
  });

  test('a private (600) file stays private', async () => {
    const file = await copyOfPlan('private.xlsx', 0o600);
    await runRefresh(file, { asOf: '2024-10-01' }, () => undefined);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect((await fs.readFile(file)).equals(await fs.readFile(EDGE))).toBe(false);
  });

  test('a symbolic link is written through to its target, and stays a link', async () => {
    const target = await copyOfPlan('shared-drive-plan.xlsx');
    const link = path.join(dir, 'my-link.xlsx');
    await fs.symlink(target, link);
    await runRefresh(link, { asOf: '2024-10-01' }, () => undefined);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect((await fs.readFile(target)).equals(await fs.readFile(EDGE))).toBe(false);
    expect(await fs.readlink(link)).toBe(target);
  });

  test('while another refresh of the same file runs, a second is refused with one line; a lock left by a killed run is not', async () => {
    const file = await copyOfPlan('busy.xlsx');
    // A live process holds the lock (a child that sleeps), as a running refresh would.
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    const lockFile = path.join(dir, '.busy.xlsx.rag-plan.lock');
    await fs.writeFile(lockFile, String(sleeper.pid));
    try {
      await expect(runRefresh(file, { asOf: '2024-10-01' }, () => undefined)).rejects.toThrow(
        new RegExp(
          `^cannot write '.*busy\\.xlsx': another refresh of this file is running \\(process ${sleeper.pid}\\); wait for it to finish and try again$`
        )
      );
      expect((await fs.readFile(file)).equals(await fs.readFile(EDGE))).toBe(true);
    } finally {
      sleeper.kill();
    }
    await new Promise((r) => sleeper.once('exit', r));
    // The holder is gone (killed): the next refresh takes the lock and removes it when done.
    await runRefresh(file, { asOf: '2024-10-01' }, () => undefined);
    expect(await leftovers()).toEqual([]);
  });

  test('a temporary file left by a killed run is removed by the next one', async () => {
    const file = await copyOfPlan('killed.xlsx');
    // Process ids are never this large on Linux (pid_max is at most 2^22).
    const stale = path.join(dir, '.killed.xlsx.99999999.rag-plan.tmp');
    await fs.writeFile(stale, 'half a workbook');
    await runRefresh(file, { asOf: '2024-10-01' }, () => undefined);
    expect(await leftovers()).toEqual([]);
  });

  test('a dangling symbolic link given as --out is written through to its target, and stays a link', async () => {
    // The link points at a file that does not exist yet (a report folder's "latest" link).
    const target = path.join(dir, 'reports-latest-target.xlsx');
    const link = path.join(dir, 'latest.xlsx');
    await fs.symlink(target, link);
    await runRefresh(EDGE, { out: link, asOf: '2024-10-01' }, () => undefined);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readlink(link)).toBe(target);
    // The workbook is at the target, written whole.
    expect((await fs.readFile(target)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await leftovers()).toEqual([]);
  });

  test('a folder that cannot be made gives one line in plain words, with no raw error code', async () => {
    // A file stands where the folder should be.
    const out = path.join(EDGE, 'reports', 'out.xlsx');
    await expect(writeFileSafely(out, Buffer.from('x'))).rejects.toThrow(
      /^cannot write '.*out\.xlsx': its folder cannot be made or found$/
    );
  });
});
