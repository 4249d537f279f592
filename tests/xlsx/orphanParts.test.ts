/**
 * Refresh leaves no part behind that nothing refers to (src/xlsx/parts/writeSummaries.ts,
 * removeOldSheet): each refresh replaces our sheets with their drawings and charts, and the old
 * ones must go. After each refresh every part must be reachable through the relationships from
 * the package root, and the drawings and charts must not grow once the sheets are the same.
 * Guards against the old drawing and chart parts being left behind.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { runRefresh } from '../../src/cli/refresh';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-orphans-'));
  process.env.RAG_PLAN_NOW = '2024-10-01T09:00:00Z';
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

/** The relationships part of a part ("" is the package root). */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name, from the folder of the part that holds it. */
function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(from || '.'), target));
}

/** The parts (and relationships parts) reached from the root by following every internal relationship. */
async function reachable(zip: JSZip): Promise<Set<string>> {
  const byKey = new Map(Object.keys(zip.files).map((n) => [n.toLowerCase(), n]));
  const seen = new Set<string>(['[Content_Types].xml']);
  const queue = [''];
  while (queue.length > 0) {
    const part = queue.shift()!;
    const relsName = byKey.get(relsOf(part).toLowerCase());
    if (!relsName) continue;
    seen.add(relsName);
    const xml = await zip.file(relsName)!.async('string');
    for (const tag of xml.match(/<Relationship\b[^>]*>/g) ?? []) {
      if (/TargetMode="External"/.test(tag)) continue;
      const target = /Target="([^"]*)"/.exec(tag)?.[1];
      const name = target && byKey.get(resolve(part, target).toLowerCase());
      if (name && !seen.has(name)) {
        seen.add(name);
        queue.push(name);
      }
    }
  }
  return seen;
}

async function unreachable(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const seen = await reachable(zip);
  return Object.keys(zip.files).filter((n) => !zip.files[n].dir && !seen.has(n));
}

async function drawingsAndCharts(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files)
    .filter((n) => /^xl\/(drawings|charts)\/[^/]+\.xml$/.test(n))
    .sort();
}

describe('refreshed three times, no part is left that nothing refers to', () => {
  test.each(['edge-cases.xlsx', 'havering-2019-action-plan.xlsx'])('%s', async (name) => {
    const file = path.join(dir, name);
    await fs.copyFile(path.join(FIXTURES, name), file);
    expect(await unreachable(await fs.readFile(file))).toEqual([]);
    const charts: string[][] = [];
    for (const asOf of ['2024-10-01', '2024-10-02', '2024-10-03']) {
      await runRefresh(file, { asOf }, () => undefined);
      const bytes = await fs.readFile(file);
      expect({ asOf, unreachable: await unreachable(bytes) }).toEqual({ asOf, unreachable: [] });
      charts.push(await drawingsAndCharts(bytes));
    }
    // Our sheets bring drawings and charts (a trend chart once there are two snapshots to
    // compare); from then on each refresh replaces them, the same parts, none added.
    expect(charts[0].length).toBeGreaterThan(0);
    expect(charts[2]).toEqual(charts[1]);
  });
});
