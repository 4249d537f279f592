import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from './corpus';
import type { LayoutScore } from './score';

/** The ratchet: each layout's score and the overall score may not fall below these. */
export interface Floors {
  overall: number;
  layouts: Record<string, number>;
}

export const FLOORS_FILE = path.join(CORPUS_DIR, 'floors.json');

/**
 * Floors raised to today's scores where today is better, never lowered: a layout new to the corpus
 * gets today's score, one that fell keeps its floor (and the test keeps failing until it is fixed).
 * The overall floor is an average over the layouts, so it ratchets only while they are the same
 * ones; when layouts are added or removed it is today's overall of the new corpus (the per-layout
 * floors still stop any one layout from falling).
 */
export function raisedFloors(old: Floors, scores: LayoutScore[], overall: number): Floors {
  const layouts: Record<string, number> = {};
  for (const s of scores) layouts[s.name] = Math.max(old.layouts[s.name] ?? 0, s.score);
  const before = Object.keys(old.layouts).sort().join('\n');
  const now = scores
    .map((s) => s.name)
    .sort()
    .join('\n');
  return { overall: before === now ? Math.max(old.overall, overall) : overall, layouts };
}

export async function readFloors(): Promise<Floors> {
  return JSON.parse(await fs.readFile(FLOORS_FILE, 'utf8')) as Floors;
}

export async function writeFloors(floors: Floors): Promise<void> {
  await fs.writeFile(FLOORS_FILE, `${JSON.stringify(floors, null, 2)}\n`);
}
