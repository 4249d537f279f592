import { scoreCorpus } from './corpus';
import { totals, totalsByKind, type LayoutScore, type Totals } from './score';

/**
 * `npm run fidelity`: scores the engine on every real-layout fixture against its hand-labelled truth
 * and prints a table (or, with --json, the figures; with --misses, each lost point).
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
    lines.push(`${pad(s.name, w)}  ${pad(s.kind, k)}  ${pad(s.facts, 5, true)}  ${pad(s.right, 5, true)}  ${pad(s.lost, 4, true)}  ${pad(s.score.toFixed(1), 7, true)}  ${pad(s.silentErrors, 6, true)}`);
  }
  lines.push('', `${pad('kind', k)}  ${pad('layouts', 7, true)}  ${pad('facts', 5, true)}  ${pad('score %', 7, true)}  ${pad('silent', 6, true)}`);
  for (const [kind, t] of Object.entries(byKind)) {
    lines.push(`${pad(kind, k)}  ${pad(t.layouts, 7, true)}  ${pad(t.facts, 5, true)}  ${pad(t.score.toFixed(1), 7, true)}  ${pad(t.silentErrors, 6, true)}`);
  }
  lines.push('', `overall: ${overall.score.toFixed(1)}% of ${overall.facts} facts over ${overall.layouts} layouts; ${overall.silentErrors} silent errors`);
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
  // The silent errors first: an overdue action not flagged, or finished work called overdue.
  process.stdout.write(`silent errors: ${overall.silentErrors}\n`);
  for (const s of scores) for (const m of s.misses) if (m.startsWith('SILENT')) process.stdout.write(`  ${s.name}: ${m.slice(7)}\n`);
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
