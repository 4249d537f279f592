/**
 * Reads a workbook file into the engine's Grids in Node: the file's bytes, opened as a zip
 * (package.ts), read sheet by sheet (readGrids.ts).
 */
import { promises as fs } from 'node:fs';
import type { Grid } from '../plan';
import { RagPlanFileError } from './fileError';
import { openPackage, type XlsxPackage } from './package';
import { gridsOf, type LoadOptions } from './readGrids';

export { worksheetsOf, type LoadOptions } from './readGrids';

export interface LoadedWorkbook {
  pkg: XlsxPackage;
  grids: Grid[];
}

/** The file's bytes, or one line saying why they cannot be had. */
export async function readFileBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new RagPlanFileError(file, readProblem((e as NodeJS.ErrnoException).code));
  }
}

function readProblem(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EISDIR':
      return 'it is a folder, not a workbook';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to open it';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'it is larger than 2 GB, more than RAG Plan reads';
    default:
      return `it cannot be opened (${code ?? 'unknown error'})`;
  }
}

/** Opens a workbook file (or its bytes) and reads its worksheets as Grids. */
export async function loadWorkbook(
  file: string | Buffer,
  name = typeof file === 'string' ? file : 'workbook',
  options: LoadOptions = {}
): Promise<LoadedWorkbook> {
  const data = typeof file === 'string' ? await readFileBytes(file) : file;
  const pkg = openPackage(data, name);
  return { pkg, grids: await gridsOf(pkg, options) };
}

/** Every worksheet of a workbook as a Grid. */
export async function readWorkbook(file: string | Buffer): Promise<Grid[]> {
  return (await loadWorkbook(file)).grids;
}
