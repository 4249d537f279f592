import { CORPUS_NAMES, scoreAll } from './corpus';
import {
  FLOORS_FILE,
  corpusMark,
  markOf,
  raisedFloors,
  readFloors,
  shortfalls,
  writeFloors,
} from './floors';
import { missesByCause } from './misses';
import { markdownReport, textReport } from './report';
import { totals, totalsByKind, type LayoutScore } from './score';

/**
 * `npm run fidelity`: scores the engine on both corpora (the rebuilt layouts and the workbooks as
 * Excel wrote them) against their hand-labelled truths and prints facts read right, plans missed,
 * phantom actions and silent errors, by workbook, by kind, by corpus and together. --json prints
 * the figures; --markdown the tables docs/fidelity.md holds; --misses every lost point grouped by
 * cause; --corpus NAME one corpus only; --raise-floors moves floors.json to today's figures where
 * they are better, never worse.
 */

function json(scores: LayoutScore[]): string {
  const byCorpus: Record<string, unknown> = {};
  for (const corpus of CORPUS_NAMES) {
    const mine = scores.filter((s) => s.corpus === corpus);
    byCorpus[corpus] = { overall: totals(mine), byKind: totalsByKind(mine) };
  }
  return JSON.stringify(
    { together: totals(scores), byKind: totalsByKind(scores), byCorpus, layouts: scores },
    null,
    2
  );
}

async function raise(scores: LayoutScore[]): Promise<string> {
  const old = await readFloors();
  const raised = raisedFloors(old, scores);
  await writeFloors(raised);
  const fell: string[] = [];
  for (const s of scores) {
    const floor = raised.layouts[s.name];
    const short = shortfalls(markOf(s), floor);
    if (short.length) fell.push(`${s.name}: ${short.join(', ')}`);
  }
  for (const corpus of CORPUS_NAMES) {
    const floor = raised.corpora[corpus];
    if (!floor) continue;
    const short = shortfalls(corpusMark(scores, corpus, raised), floor);
    if (short.length) fell.push(`${corpus}: ${short.join(', ')}`);
  }
  return `${FLOORS_FILE} moved to today's figures where better.\n${
    fell.length ? `Worse than their floors (kept): ${fell.join('; ')}\n` : ''
  }`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : null;
  const all = await scoreAll();
  // The floors hold both corpora, so they are always raised from both.
  if (args.includes('--raise-floors')) return void process.stdout.write(await raise(all));
  const scores = all.filter((s) => !only || s.corpus === only);
  if (args.includes('--json')) return void process.stdout.write(`${json(scores)}\n`);
  if (args.includes('--markdown')) return void process.stdout.write(`${markdownReport(scores)}\n`);
  process.stdout.write(`${textReport(scores)}\n`);
  if (args.includes('--misses'))
    process.stdout.write(`\nMisses by cause\n\n${missesByCause(scores)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`fidelity: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
