import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CORPORA } from './corpus';
import { totals, type CorpusName, type LayoutScore, type Totals } from './score';

/**
 * The ratchet, per workbook and per corpus: facts read right may only rise; phantom actions, plans
 * missed and silent errors may only fall.
 */
export interface Mark {
  factsRight: number;
  phantomActions: number;
  plansMissed: number;
  silentErrors: number;
}

export interface Floors {
  corpora: Partial<Record<CorpusName, Mark>>;
  layouts: Record<string, Mark>;
}

export const FLOORS_FILE = path.join(path.dirname(CORPORA.rebuilt), 'floors.json');

export function markOf(s: LayoutScore | Totals): Mark {
  return {
    factsRight: s.score,
    phantomActions: s.phantomActions,
    plansMissed: s.plansMissed,
    silentErrors: s.silentErrors,
  };
}

/** The better of two marks, figure by figure. */
function better(a: Mark, b: Mark): Mark {
  return {
    factsRight: Math.max(a.factsRight, b.factsRight),
    phantomActions: Math.min(a.phantomActions, b.phantomActions),
    plansMissed: Math.min(a.plansMissed, b.plansMissed),
    silentErrors: Math.min(a.silentErrors, b.silentErrors),
  };
}

/** How a mark falls short of its floor, in words; empty when it does not. */
export function shortfalls(now: Mark, floor: Mark): string[] {
  const out: string[] = [];
  if (now.factsRight < floor.factsRight)
    out.push(`facts right ${now.factsRight}% < ${floor.factsRight}%`);
  if (now.phantomActions > floor.phantomActions)
    out.push(`phantom actions ${now.phantomActions} > ${floor.phantomActions}`);
  if (now.plansMissed > floor.plansMissed)
    out.push(`plans missed ${now.plansMissed} > ${floor.plansMissed}`);
  if (now.silentErrors > floor.silentErrors)
    out.push(`silent errors ${now.silentErrors} > ${floor.silentErrors}`);
  return out;
}

/**
 * A corpus's figures over the workbooks its floor was set on: a workbook added since has no say
 * until `--raise-floors` takes it in (its own floor then holds it).
 */
export function corpusMark(scores: LayoutScore[], corpus: CorpusName, floors: Floors): Mark {
  return markOf(totals(scores.filter((s) => s.corpus === corpus && s.name in floors.layouts)));
}

/**
 * Floors moved to today's figures where today is better, never made worse: a workbook new to the
 * corpus gets today's figures, one that fell keeps its floor (and the test keeps failing until the
 * engine is fixed). A corpus's figures add up its workbooks, so they ratchet only while the
 * workbooks are the same ones; when workbooks are added or removed they are today's.
 */
export function raisedFloors(old: Floors, scores: LayoutScore[]): Floors {
  const layouts: Record<string, Mark> = {};
  for (const s of scores) {
    const before = old.layouts[s.name];
    layouts[s.name] = before ? better(before, markOf(s)) : markOf(s);
  }
  const corpora: Floors['corpora'] = {};
  for (const corpus of [...new Set(scores.map((s) => s.corpus))]) {
    const mine = scores.filter((s) => s.corpus === corpus);
    const now = markOf(totals(mine));
    const same = mine.every((s) => s.name in old.layouts) && !!old.corpora[corpus];
    const before = old.corpora[corpus];
    corpora[corpus] = same && before ? better(before, now) : now;
  }
  return { corpora, layouts };
}

export async function readFloors(): Promise<Floors> {
  try {
    return JSON.parse(await fs.readFile(FLOORS_FILE, 'utf8')) as Floors;
  } catch {
    return { corpora: {}, layouts: {} };
  }
}

export async function writeFloors(floors: Floors): Promise<void> {
  await fs.writeFile(FLOORS_FILE, `${JSON.stringify(floors, null, 2)}\n`);
}
