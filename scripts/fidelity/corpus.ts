import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { defaultOptions } from '../../src/plan/core/options';
import { plansIn } from '../../src/report/reading';
import type { Truth } from './truth';
import { gridsOf } from './loadGrids';
import { scoreLayout, type CorpusName, type EnginePlan, type LayoutScore } from './score';

/** The project root: the nearest folder above this file with a package.json (compiled or not). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

const FIXTURES = path.join(projectRoot(), 'tests', 'fixtures');

/** The two corpora: workbooks rebuilt from published plans, and workbooks as Excel wrote them. */
export const CORPORA: Record<CorpusName, string> = {
  rebuilt: path.join(FIXTURES, 'real-layouts'),
  'real-excel': path.join(FIXTURES, 'real-excel'),
};
export const CORPUS_NAMES = Object.keys(CORPORA) as CorpusName[];

/** Every truth file of a corpus, sorted by name. */
export async function readTruths(corpus: CorpusName): Promise<Truth[]> {
  const dir = path.join(CORPORA[corpus], 'truth');
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (f) => JSON.parse(await fs.readFile(path.join(dir, f), 'utf8')) as Truth)
  );
}

/**
 * The engine's reading of one workbook, on the truth's as-of date and Blue key, as `rag-plan check`
 * reads it: every sheet with the workbook's own key (a Key sheet) applied.
 */
export async function engineReading(truth: Truth, corpus: CorpusName): Promise<EnginePlan[]> {
  const grids = await gridsOf(path.join(CORPORA[corpus], `${truth.name}.xlsx`));
  const options = defaultOptions({ asOf: truth.asOf, blueMeans: truth.blueMeans ?? 'complete' });
  return plansIn(grids, options) as unknown as EnginePlan[];
}

/** Every workbook of a corpus scored; one the reader refuses scores nothing and says why. */
export async function scoreCorpus(corpus: CorpusName): Promise<LayoutScore[]> {
  const out: LayoutScore[] = [];
  for (const truth of await readTruths(corpus)) {
    let engine: EnginePlan[] = [];
    let failure: string | null = null;
    try {
      engine = await engineReading(truth, corpus);
    } catch (e) {
      failure = `workbook not read: ${(e as Error).message}`;
    }
    const score = scoreLayout(truth, engine, corpus);
    if (failure)
      score.misses.unshift({ kind: 'plan-missed', sheet: '', silent: false, text: failure });
    out.push(score);
  }
  return out;
}

/** Both corpora scored, the rebuilt one first. */
export async function scoreAll(): Promise<LayoutScore[]> {
  const out: LayoutScore[] = [];
  for (const corpus of CORPUS_NAMES) for (const s of await scoreCorpus(corpus)) out.push(s);
  return out;
}
