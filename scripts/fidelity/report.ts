import { CORPUS_NAMES } from './corpus';
import { totals, totalsByKind, type LayoutScore, type Totals } from './score';

/** The figures `npm run fidelity` prints, as plain-text tables or as the Markdown docs/fidelity.md holds. */

type Cell = string | number;
interface Table {
  head: string[];
  rows: Cell[][];
  /** Columns from this index on are numbers, right-aligned. */
  numbersFrom: number;
}

const FIGURES = ['facts', 'right', 'facts right %', 'plans', 'missed', 'phantoms', 'silent'];

function figures(t: Totals | LayoutScore): Cell[] {
  return [
    t.facts,
    t.right,
    t.score.toFixed(1),
    t.plans,
    t.plansMissed,
    t.phantomActions,
    t.silentErrors,
  ];
}

function layoutTable(scores: LayoutScore[]): Table {
  return {
    head: ['workbook', 'kind', ...FIGURES],
    rows: scores.map((s) => [s.name, s.kind, ...figures(s)]),
    numbersFrom: 2,
  };
}

function kindTable(scores: LayoutScore[]): Table {
  return {
    head: ['kind', 'workbooks', ...FIGURES],
    rows: Object.entries(totalsByKind(scores)).map(([kind, t]) => [kind, t.layouts, ...figures(t)]),
    numbersFrom: 1,
  };
}

function corpusTable(scores: LayoutScore[]): Table {
  const rows: Cell[][] = [];
  for (const corpus of CORPUS_NAMES) {
    const t = totals(scores.filter((s) => s.corpus === corpus));
    rows.push([corpus, t.layouts, ...figures(t)]);
  }
  const all = totals(scores);
  rows.push(['together', all.layouts, ...figures(all)]);
  return { head: ['corpus', 'workbooks', ...FIGURES], rows, numbersFrom: 1 };
}

function plain(t: Table): string {
  const widths = t.head.map((h, i) =>
    Math.max(h.length, ...t.rows.map((r) => String(r[i]).length))
  );
  const line = (cells: Cell[]) =>
    cells
      .map((c, i) =>
        i >= t.numbersFrom ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])
      )
      .join('  ');
  return [
    line(t.head),
    '-'.repeat(widths.reduce((s, w) => s + w + 2, -2)),
    ...t.rows.map(line),
  ].join('\n');
}

function markdown(t: Table): string {
  const rule = t.head.map((_, i) => (i >= t.numbersFrom ? '---:' : '---'));
  return [t.head, rule, ...t.rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function sections(scores: LayoutScore[]): { title: string; table: Table }[] {
  const out: { title: string; table: Table }[] = [];
  for (const corpus of CORPUS_NAMES) {
    const mine = scores.filter((s) => s.corpus === corpus);
    out.push({ title: `${corpus}: by workbook`, table: layoutTable(mine) });
    out.push({ title: `${corpus}: by kind`, table: kindTable(mine) });
  }
  out.push({ title: 'both corpora: by kind', table: kindTable(scores) });
  out.push({ title: 'by corpus and together', table: corpusTable(scores) });
  return out;
}

/** The tables as text, for the terminal. */
export function textReport(scores: LayoutScore[]): string {
  return sections(scores)
    .map((s) => `${s.title}\n${plain(s.table)}`)
    .join('\n\n');
}

/** The tables as Markdown, for docs/fidelity.md. */
export function markdownReport(scores: LayoutScore[]): string {
  return sections(scores)
    .map((s) => `**${s.title}**\n\n${markdown(s.table)}`)
    .join('\n\n');
}
