/**
 * Which lines start a recommendation. One kind of marker is the list's, by a fixed order: a
 * "Recommendation N" heading whenever the text has one; else numbered paragraphs (2.1, 2.2, at
 * least two under one number); else the kind of the first marker met.
 * Numbers and letters must run in order (3 after 2), so a numbered sub-list inside a
 * recommendation, or a stray number, stays with the recommendation it sits in; a bullet starts a
 * recommendation only with the first bullet's sign at its indent or less (deeper or other signs are
 * sub-bullets). Under numbered paragraphs of section 2, a heading numbered 3 (or 3.1) ends the list.
 */
import { isHeadingLike } from './headingLike';
import type { Marker, MarkerKind } from './markers';

export interface MarkedLine {
  index: number;
  indent: number;
  marker: Marker;
}

export interface ListStarts {
  kind: MarkerKind;
  /** Indexes (into the lines) of the lines that start a recommendation, in order. */
  starts: number[];
  /** The index of the line that ends the list (a later section's number), or null. */
  end: number | null;
}

/** A label's place in its sequence: 3 for "3", 3 for "2.3", 2 for "b". */
function ordinal(kind: MarkerKind, label: string): number | null {
  if (kind === 'decimal') return Number(label.split('.').pop());
  if (/^\d+$/.test(label)) return Number(label);
  if (/^[a-z]$/i.test(label)) return label.toLowerCase().charCodeAt(0) - 96;
  return null;
}

/** The marked lines from `from` on that run in order, each one after the last. */
function runFrom(lines: MarkedLine[], from: number): MarkedLine[] {
  const out: MarkedLine[] = [];
  let last: number | null = null;
  for (let i = from; i < lines.length; i++) {
    const n = ordinal(lines[i].marker.kind, lines[i].marker.label);
    if (n === null) continue;
    if (last === null || n === last + 1) {
      out.push(lines[i]);
      last = n;
    }
  }
  return out;
}

/**
 * The longest run in order, starting at the first line or at any line numbered 1 (or a): "2. Key
 * recommendations" before "1. ..., 2. ..." is not where the list starts. The earlier wins a tie.
 */
function inOrder(lines: MarkedLine[]): MarkedLine[] {
  let best: MarkedLine[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && ordinal(line.marker.kind, line.marker.label) !== 1) return;
    const run = runFrom(lines, i);
    if (run.length > best.length) best = run;
  });
  return best;
}

/** The longest run of numbered paragraphs under one section number ("2.1", "2.2", ...). */
function decimalRun(marked: MarkedLine[], least: number): MarkedLine[] {
  const bySection = new Map<string, MarkedLine[]>();
  for (const m of marked) {
    if (m.marker.kind !== 'decimal') continue;
    const key = m.marker.section ?? '';
    bySection.set(key, [...(bySection.get(key) ?? []), m]);
  }
  let best: MarkedLine[] = [];
  for (const lines of bySection.values()) {
    const run = inOrder(outermost(lines));
    if (run.length > best.length) best = run;
  }
  return best.length >= least ? best : [];
}

function bulletRun(marked: MarkedLine[]): MarkedLine[] {
  const bullets = marked.filter((m) => m.marker.kind === 'bullet');
  const first = bullets[0];
  if (!first) return [];
  return bullets.filter((b) => b.marker.label === first.marker.label && b.indent <= first.indent);
}

/** The first number of the section the list sits in ("2" for 2.1 or "2.1. Recommendation 1"). */
function sectionOf(first: MarkedLine): number | null {
  const section = first.marker.section;
  if (!section) return null;
  const top = Number(section.split('.')[0]);
  return Number.isFinite(top) ? top : null;
}

/** The heading of the next section after the list ("3. Next steps", "3.1 The peer team"). */
function endOf(marked: MarkedLine[], starts: MarkedLine[]): number | null {
  const section = starts.length ? sectionOf(starts[0]) : null;
  if (section === null) return null;
  const after = starts[starts.length - 1].index;
  for (const m of marked) {
    if (m.index <= after || (m.marker.kind !== 'number' && m.marker.kind !== 'decimal')) continue;
    if (Number(m.marker.label.split('.')[0]) === section + 1 && isHeadingLike(m.marker.rest))
      return m.index;
  }
  return null;
}

/** Items indented deeper than the first of their kind are inside a recommendation, never one. */
function outermost(lines: MarkedLine[]): MarkedLine[] {
  const first = lines[0];
  return first ? lines.filter((m) => m.indent <= first.indent) : lines;
}

export function listStarts(marked: MarkedLine[]): ListStarts | null {
  let run = inOrder(outermost(marked.filter((m) => m.marker.kind === 'heading')));
  if (run.length === 0) run = decimalRun(marked, 2);
  if (run.length === 0) {
    const first = marked[0];
    if (!first) return null;
    const kind = first.marker.kind;
    if (kind === 'bullet') run = bulletRun(marked);
    else if (kind === 'decimal') run = decimalRun(marked, 1);
    else run = inOrder(outermost(marked.filter((m) => m.marker.kind === kind)));
  }
  if (run.length === 0) return null;
  return { kind: run[0].marker.kind, starts: run.map((m) => m.index), end: endOf(marked, run) };
}
