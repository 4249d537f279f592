/**
 * Writing a workbook file so that nothing is ever half-written or exposed:
 * - the bytes go to a temporary file beside the target, then are renamed over it, so a kill at
 *   any moment leaves the original whole; a temporary file left by a killed run is removed by the
 *   next one;
 * - a symbolic link is written through to its target (the link stays a link);
 * - the file keeps its permissions (a private 600 file stays private); a read-only file is refused;
 * - while one refresh of a file runs, another of the same file is refused (a lock file beside it);
 * - every failure is one line in plain words, never a raw ENOSPC, EACCES or EROFS.
 */
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { RagPlanFileError } from './fileError';

const TEMP_SUFFIX = '.rag-plan.tmp';
const LOCK_SUFFIX = '.rag-plan.lock';

function writeProblem(code: string | undefined): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full; free some space and try again; the original is unchanged';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to write there; the original is unchanged';
    case 'EROFS':
      return 'the drive is read-only; the original is unchanged';
    case 'ENOTDIR':
    case 'ENOENT':
      return 'its folder cannot be made or found';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return `it cannot be written (${code ?? 'unknown error'}); the original is unchanged`;
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The file a path names, following symbolic links; the path itself when it does not exist yet. */
async function realTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    const dir = path.dirname(path.resolve(file));
    const realDir = await fs.realpath(dir).catch(() => dir);
    return path.join(realDir, path.basename(file));
  }
}

/** Removes temporary files a killed run left beside the target (their process is gone). */
async function removeStaleTemps(target: string): Promise<void> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length, -TEMP_SUFFIX.length));
    if (!alive(pid)) await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

/** Takes the lock on a target; refuses while a live process holds it. Returns its release. */
async function lock(target: string, shown: string): Promise<() => Promise<void>> {
  const lockFile = path.join(path.dirname(target), `.${path.basename(target)}${LOCK_SUFFIX}`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rm(lockFile, { force: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new RagPlanFileError(shown, writeProblem(code), 'write');
      const holder = Number(await fs.readFile(lockFile, 'utf8').catch(() => ''));
      if (alive(holder) && holder !== process.pid) {
        throw new RagPlanFileError(
          shown,
          `another refresh of this file is running (process ${holder}); wait for it to finish and try again`,
          'write'
        );
      }
      await fs.rm(lockFile, { force: true }); // left by a run that was killed
    }
  }
  throw new RagPlanFileError(shown, 'another refresh of this file is starting; try again', 'write');
}

/** Refuses a read-only target; gives the mode and owner to keep (null for a new file). */
async function existing(
  target: string,
  shown: string
): Promise<{ mode: number; uid: number; gid: number } | null> {
  let stat;
  try {
    stat = await fs.stat(target);
  } catch {
    return null;
  }
  if (stat.isDirectory()) throw new RagPlanFileError(shown, 'it is a folder', 'write');
  const readOnly =
    (stat.mode & 0o222) === 0 ||
    (await fs.access(target, constants.W_OK).then(
      () => false,
      () => true
    ));
  if (readOnly)
    throw new RagPlanFileError(
      shown,
      'it is read-only, so it was not changed; make it writable or use --out to write a copy',
      'write'
    );
  return { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid };
}

/** Writes `bytes` to `file` by temp file and rename, under the rules above. */
export async function writeFileSafely(file: string, bytes: Buffer): Promise<void> {
  const target = await realTarget(file);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
  } catch (e) {
    throw new RagPlanFileError(file, writeProblem((e as NodeJS.ErrnoException).code), 'write');
  }
  const keep = await existing(target, file);
  const release = await lock(target, file);
  const tmp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}${TEMP_SUFFIX}`
  );
  try {
    await removeStaleTemps(target);
    // Private from the first byte: the temp file is made with the original's permissions.
    const handle = await fs.open(tmp, 'wx', keep ? keep.mode : 0o666);
    try {
      await handle.writeFile(bytes);
      if (keep) await handle.chmod(keep.mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (keep) await fs.chown(tmp, keep.uid, keep.gid).catch(() => undefined);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof RagPlanFileError) throw e;
    throw new RagPlanFileError(file, writeProblem((e as NodeJS.ErrnoException).code), 'write');
  } finally {
    await release();
  }
}
