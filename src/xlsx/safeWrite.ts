/**
 * Writing a workbook file so that nothing is ever half-written or exposed:
 * - the bytes go to a temporary file beside the target, then are renamed over it, so a kill at
 *   any moment leaves the original whole; a temporary file left by a killed run is removed by the
 *   next one;
 * - a symbolic link is written through to its target (the link stays a link);
 * - the file keeps its permissions (a private 600 file stays private); a read-only file is refused;
 * - while one refresh of a file runs, another of the same file is refused (a lock file beside it,
 *   taken before the workbook is read and held until it is renamed into place: lockForWriting);
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

/**
 * The file a path names, following symbolic links; the path itself when it does not exist yet. A
 * link whose target does not exist yet (a dangling link) names that target: it is written there
 * and the link stays a link.
 */
async function realTarget(file: string, depth = 0): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    // Links to links are followed as far as the system would (40), not round a loop forever.
    const link = depth < 40 ? await fs.readlink(file).catch(() => null) : null;
    if (link !== null)
      return realTarget(path.resolve(path.dirname(path.resolve(file)), link), depth + 1);
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

/** The pid a lock file names, or NaN when it cannot be read. */
async function holderOf(file: string): Promise<number> {
  return Number(await fs.readFile(file, 'utf8').catch(() => ''));
}

/**
 * Creates `file` holding this process's pid, atomically and whole: written to a file of our own,
 * then linked into place (a link fails when the name exists), so no other process can ever read
 * a lock half-written. False when the file exists.
 */
async function createHolding(file: string): Promise<boolean> {
  const mine = `${file}.${process.pid}`;
  await fs.writeFile(mine, String(process.pid));
  try {
    await fs.link(mine, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await fs.rm(mine, { force: true });
  }
}

/**
 * Removes a lock left by a run that was killed (`stale` is the pid it names). Only one process at
 * a time may break a lock (it holds `.break` while it does), and it removes the lock only while it
 * still names the dead holder, so two runs that both find it stale never both take it.
 */
async function breakStaleLock(lockFile: string, stale: number): Promise<void> {
  const breaker = `${lockFile}.break`;
  if (!(await createHolding(breaker))) {
    if (!alive(await holderOf(breaker))) await fs.rm(breaker, { force: true });
    return;
  }
  try {
    if ((await holderOf(lockFile)) === stale || Number.isNaN(stale))
      await fs.rm(lockFile, { force: true });
  } finally {
    await fs.rm(breaker, { force: true });
  }
}

/** A lock on the file a refresh writes, held from before it reads until after the rename. */
export interface FileLock {
  /** The file the lock is on: the path given, symbolic links followed. */
  target: string;
  release(): Promise<void>;
}

/**
 * Takes the lock on the file a refresh is about to write (or replace); refuses with one line while
 * a live process holds it. Taken before the workbook is read and released after it is written, so
 * of several refreshes of one file at once each either reads what the last one wrote and writes
 * (its snapshot kept) or is refused.
 */
export async function lockForWriting(file: string): Promise<FileLock> {
  const target = await realTarget(file);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
  } catch (e) {
    throw new RagPlanFileError(file, writeProblem((e as NodeJS.ErrnoException).code), 'write');
  }
  const lockFile = path.join(path.dirname(target), `.${path.basename(target)}${LOCK_SUFFIX}`);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      if (await createHolding(lockFile)) {
        const release = () => fs.rm(lockFile, { force: true });
        // A read-only file is refused now, before any work is done for it.
        await existing(target, file).catch(async (e: unknown) => {
          await release();
          throw e;
        });
        return { target, release };
      }
    } catch (e) {
      if (e instanceof RagPlanFileError) throw e;
      throw new RagPlanFileError(file, writeProblem((e as NodeJS.ErrnoException).code), 'write');
    }
    const holder = await holderOf(lockFile);
    if (alive(holder) && holder !== process.pid) {
      throw new RagPlanFileError(
        file,
        `another refresh of this file is running (process ${holder}); wait for it to finish and try again`,
        'write'
      );
    }
    await breakStaleLock(lockFile, holder);
  }
  throw new RagPlanFileError(file, 'another refresh of this file is starting; try again', 'write');
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

/**
 * Writes `bytes` to `file` by temp file and rename, under the rules above. `lock`: the lock the
 * caller took before reading (lockForWriting); without it, one is taken for the write alone.
 */
export async function writeFileSafely(file: string, bytes: Buffer, lock?: FileLock): Promise<void> {
  const held = lock ?? (await lockForWriting(file));
  const target = held.target;
  const tmp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}${TEMP_SUFFIX}`
  );
  try {
    const keep = await existing(target, file);
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
    if (!lock) await held.release();
  }
}
