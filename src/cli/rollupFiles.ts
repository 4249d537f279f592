/**
 * The workbooks a roll-up is given: files as named, folders as every .xlsx and .xlsm in them sorted
 * by name (never Excel's "~$" owner files, nor the summary itself), each with its path from the
 * summary's folder, by which the summary links to it and keys its actions.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { rollupSources, type RollupSource } from '../report/rollup/rollupTypes';

const WORKBOOK = /\.xls[xm]$/i;

function inFolder(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => WORKBOOK.test(name) && !name.startsWith('~$'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => join(folder, name));
}

/** The files given, folders opened, each once, the summary left out; a path that is not there is kept (it is listed as not read). */
export function rollupFiles(paths: string[], out: string): RollupSource[] {
  const summary = resolve(out);
  const seen = new Set<string>();
  const files: { file: string; link: string }[] = [];
  for (const p of paths) {
    const isFolder = existsSync(p) && statSync(p).isDirectory();
    for (const file of isFolder ? inFolder(p) : [p]) {
      const full = resolve(file);
      if (full === summary || seen.has(full)) continue;
      seen.add(full);
      files.push({ file, link: relative(dirname(summary), full).split(sep).join('/') });
    }
  }
  return rollupSources(files);
}
