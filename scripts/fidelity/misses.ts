import type { LayoutScore, Miss, MissKind } from './score';

/**
 * `npm run fidelity -- --misses`: every lost point grouped by cause, so the misses can be taken one
 * cause at a time: phantoms by sheet, plans missed, header rows, columns by field, actions not
 * found, and wrong values by key (silent ones marked).
 */

interface Tagged extends Miss {
  workbook: string;
}

/** Rows as short ranges: 3, 5-9, 12. */
export function rowRanges(rows: number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return out.join(', ');
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

function phantoms(ms: Tagged[], title: string): string[] {
  if (ms.length === 0) return [];
  const lines = [`${title}: ${ms.length}`];
  for (const [k, list] of groupBy(ms, (m) => `${m.workbook}\u0000${m.sheet}`)) {
    const [workbook, sheet] = k.split('\u0000');
    const why = list[0].why ? ` (${list[0].why})` : '';
    lines.push(
      `  ${workbook} / ${sheet}${why}: ${list.length}, rows ${rowRanges(list.map((m) => m.row ?? 0))}`
    );
  }
  return lines;
}

function listed(ms: Tagged[], title: string): string[] {
  if (ms.length === 0) return [];
  return [
    `${title}: ${ms.length}`,
    ...ms.map((m) => `  ${m.silent ? 'SILENT ' : ''}${m.workbook}: ${m.text}`),
  ];
}

function byField(ms: Tagged[], title: string): string[] {
  if (ms.length === 0) return [];
  const lines = [`${title}: ${ms.length}`];
  const groups = [...groupBy(ms, (m) => m.field ?? '')].sort((a, b) => b[1].length - a[1].length);
  for (const [field, list] of groups) {
    const silent = list.filter((m) => m.silent).length;
    lines.push(`  ${field}: ${list.length}${silent ? ` (${silent} silent)` : ''}`);
    for (const m of list) lines.push(`    ${m.silent ? 'SILENT ' : ''}${m.workbook}: ${m.text}`);
  }
  return lines;
}

const ORDER: [MissKind, string, (ms: Tagged[], title: string) => string[]][] = [
  ['phantom-on-sheet-without-plan', 'Phantom actions on sheets that hold no plan', phantoms],
  [
    'phantom-on-plan-sheet',
    'Phantom actions on plan sheets, at rows that hold no action',
    phantoms,
  ],
  ['plan-missed', 'Plans missed (no labelled action read)', listed],
  ['header-row', 'Plans not found at the labelled header row', listed],
  ['column', 'Columns read from another column, by field', byField],
  ['action-missing', 'Labelled actions not read', listed],
  ['value', 'Wrong values, by key', byField],
];

/** The misses of the given workbooks, grouped by cause. */
export function missesByCause(scores: LayoutScore[]): string {
  const all: Tagged[] = scores.flatMap((s) => s.misses.map((m) => ({ ...m, workbook: s.name })));
  const out: string[] = [];
  for (const [kind, title, render] of ORDER) {
    const lines = render(
      all.filter((m) => m.kind === kind),
      title
    );
    if (lines.length) out.push(lines.join('\n'));
  }
  return out.join('\n\n');
}
