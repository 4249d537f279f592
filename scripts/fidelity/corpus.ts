import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { defaultOptions } from '../../src/plan/core/options';
import { plansIn } from '../../src/report/pipeline';
import type { Truth } from './truth';
import { gridsOf } from './loadGrids';
import { scoreLayout, type EnginePlan, type LayoutScore } from './score';

/** The project root: the nearest folder above this file with a package.json (compiled or not). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

/** tests/fixtures/real-layouts, from the project root. */
export const CORPUS_DIR = path.join(projectRoot(), 'tests', 'fixtures', 'real-layouts');

/** Every truth file of the corpus, sorted by name. */
export async function readTruths(dir = CORPUS_DIR): Promise<Truth[]> {
  const files = (await fs.readdir(path.join(dir, 'truth')))
    .filter((f) => f.endsWith('.json'))
    .sort();
  return Promise.all(
    files.map(
      async (f) => JSON.parse(await fs.readFile(path.join(dir, 'truth', f), 'utf8')) as Truth
    )
  );
}

/**
 * The engine's reading of one fixture, on the truth's as-of date and Blue key, as `rag-plan check`
 * reads it: every sheet with the workbook's own key (a Key sheet) applied.
 */
export async function engineReading(truth: Truth, dir = CORPUS_DIR): Promise<EnginePlan[]> {
  const grids = await gridsOf(path.join(dir, `${truth.name}.xlsx`));
  const options = defaultOptions({ asOf: truth.asOf, blueMeans: truth.blueMeans ?? 'complete' });
  return plansIn(grids, options) as unknown as EnginePlan[];
}

/** Every fixture scored; a workbook the reader refuses scores nothing and says why. */
export async function scoreCorpus(dir = CORPUS_DIR): Promise<LayoutScore[]> {
  const out: LayoutScore[] = [];
  for (const truth of await readTruths(dir)) {
    let engine: EnginePlan[] = [];
    let failure: string | null = null;
    try {
      engine = await engineReading(truth, dir);
    } catch (e) {
      failure = `workbook not read: ${(e as Error).message}`;
    }
    const score = scoreLayout(truth, engine);
    if (failure) score.misses.unshift(failure);
    out.push(score);
  }
  return out;
}
