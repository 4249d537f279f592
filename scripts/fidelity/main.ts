import { scoreCorpus } from './corpus';
import { raisedFloors, readFloors, writeFloors } from './floors';
import { totals, totalsByKind, type LayoutScore, type Totals } from './score';

/**
 * `npm run fidelity`: scores the engine on every real-layout fixture against its hand-labelled truth
 * and prints a table (or, with --json, the figures; with --markdown, the tables docs/fidelity.md
 * shows; with --misses, each lost point; with --raise-floors, floors.json raised to today's scores
 * where they are better, never lowered).
 */
function pad(s: string | number, n: number, right = false): string {
  const t = String(s);
  return right ? t.padStart(n) : t.padEnd(n);
}

function table(scores: LayoutScore[], byKind: Record<string, Totals>, overall: Totals): string {
  const w = Math.max(6, ...scores.map((s) => s.name.length));
  const k = Math.max(4, ...scores.map((s) => s.kind.length));
  const head = `${pad('layout', w)}  ${pad('kind', k)}  ${pad('facts', 5, true)}  ${pad('right', 5, true)}  ${pad('lost', 4, true)}  ${pad('score %', 7, true)}  ${pad('silent', 6, true)}`;
  const lines = [head, '-'.repeat(head.length)];
  for (const s of scores) {
    lines.push(
      `${pad(s.name, w)}  ${pad(s.kind, k)}  ${pad(s.facts, 5, true)}  ${pad(s.right, 5, true)}  ${pad(s.lost, 4, true)}  ${pad(s.score.toFixed(1), 7, true)}  ${pad(s.silentErrors, 6, true)}`
    );
  }
  lines.push(
    '',
    `${pad('kind', k)}  ${pad('layouts', 7, true)}  ${pad('facts', 5, true)}  ${pad('score %', 7, true)}  ${pad('silent', 6, true)}`
  );
  for (const [kind, t] of Object.entries(byKind)) {
    lines.push(
      `${pad(kind, k)}  ${pad(t.layouts, 7, true)}  ${pad(t.facts, 5, true)}  ${pad(t.score.toFixed(1), 7, true)}  ${pad(t.silentErrors, 6, true)}`
    );
  }
  lines.push(
    '',
    `overall: ${overall.score.toFixed(1)}% of ${overall.facts} facts over ${overall.layouts} layouts; ${overall.silentErrors} silent errors`
  );
  return lines.join('\n');
}

/** The score tables as docs/fidelity.md holds them. */
function markdown(scores: LayoutScore[], byKind: Record<string, Totals>, overall: Totals): string {
  const lines = [
    '| layout | kind | facts | right | lost | score % | silent errors |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const s of scores)
    lines.push(
      `| ${s.name} | ${s.kind} | ${s.facts} | ${s.right} | ${s.lost} | ${s.score.toFixed(1)} | ${s.silentErrors} |`
    );
  lines.push(
    '',
    '| kind | layouts | facts | score % | silent errors |',
    '|---|---:|---:|---:|---:|'
  );
  for (const [kind, t] of Object.entries(byKind))
    lines.push(
      `| ${kind} | ${t.layouts} | ${t.facts} | ${t.score.toFixed(1)} | ${t.silentErrors} |`
    );
  lines.push(
    '',
    `**Overall: ${overall.score.toFixed(1)}% of ${overall.facts} facts over ${overall.layouts} layouts; ${overall.silentErrors} silent errors.**`
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scores = await scoreCorpus();
  const overall = totals(scores);
  const byKind = totalsByKind(scores);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ overall, byKind, layouts: scores }, null, 2)}\n`);
    return;
  }
  if (args.includes('--raise-floors')) {
    const old = await readFloors();
    const raised = raisedFloors(old, scores, overall.score);
    await writeFloors(raised);
    const fell = scores
      .filter((s) => (old.layouts[s.name] ?? 0) > s.score)
      .map((s) => `${s.name} ${s.score}% < ${old.layouts[s.name]}%`);
    process.stdout.write(
      `floors.json raised where today is better; overall floor ${raised.overall}%.\n`
    );
    if (raised.overall > overall.score) fell.push(`overall ${overall.score}% < ${raised.overall}%`);
    if (fell.length > 0) process.stdout.write(`Below their floors (kept): ${fell.join('; ')}\n`);
    return;
  }
  if (args.includes('--markdown')) {
    process.stdout.write(`${markdown(scores, byKind, overall)}\n`);
    return;
  }
  // The silent errors first: an overdue action not flagged, or finished work called overdue.
  process.stdout.write(`silent errors: ${overall.silentErrors}\n`);
  for (const s of scores)
    for (const m of s.misses)
      if (m.startsWith('SILENT')) process.stdout.write(`  ${s.name}: ${m.slice(7)}\n`);
  process.stdout.write(`\n${table(scores, byKind, overall)}\n`);
  if (args.includes('--misses')) {
    for (const s of scores) {
      if (s.misses.length === 0) continue;
      process.stdout.write(`\n${s.name}\n${s.misses.map((m) => `  ${m}`).join('\n')}\n`);
    }
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`fidelity: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
