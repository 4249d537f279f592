import type { CellRange, GridReader } from '../core';
import { matchHeader, periodOf, yearOf, type HeaderHint } from './headers';

/** A header label and the column it heads. */
export interface Label {
  col: number;
  text: string;
  /** For a label joined from two rows, the lower one alone ("Target £k" of "2024/25 Target £k"). */
  sub?: string;
}

/** The longest a group label over other headers may be ("2024/25", "Progress", "Quarter 2 RAG"). */
const GROUP_LABEL_MAX = 30;
/** The longest a header label may be: a header is a label, not a sentence. */
const LABEL_MAX = 120;

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The string labels of a row (numbers are never headers), merged-from-above cells left out. */
export function rowLabels(reader: GridReader, row: number, left: number, right: number): Label[] {
  const out: Label[] = [];
  for (let col = left; col <= right; col++) {
    if (reader.isMergedFromAbove(row, col)) continue;
    const v = reader.rawValue(row, col);
    if (typeof v !== 'string' || !v.trim() || v.length > LABEL_MAX) continue;
    out.push({ col, text: flat(v) });
  }
  return out;
}

/** A merge of one row across several columns that starts in this row: a group label's area. */
function spanAt(reader: GridReader, row: number, col: number): CellRange | null {
  const m = reader.mergeOf(row, col) ?? reader.mergeOf(row, col + 1);
  if (
    !m ||
    m.top !== row ||
    m.bottom !== row ||
    m.right === m.left ||
    col < m.left ||
    col > m.right
  )
    return null;
  return m;
}

/** The group label over a column, when a shorter merged label spans it and its neighbours. */
function groupOver(reader: GridReader, row: number, col: number, width: number): string | null {
  const span = spanAt(reader, row, col);
  if (!span || span.right - span.left + 1 >= width) return null; // a title across the whole table is not a group
  const v = reader.value(row, col);
  return typeof v === 'string' && v.trim() && v.length <= GROUP_LABEL_MAX ? flat(v) : null;
}

/** Sub-labels, not data: short, and most of them header words, periods or years ("Target", "Q1"). */
function looksLikeLabels(labels: Label[]): boolean {
  if (labels.some((l) => l.text.length > GROUP_LABEL_MAX)) return false;
  const known = labels.filter(
    (l) => matchHeader(l.text) !== null || periodOf(l.text) !== null || yearOf(l.text) !== null
  );
  return known.length * 2 >= labels.length;
}

/** A header one or two rows deep: the labels, and the first row of data below them. */
export interface HeaderLabels {
  labels: Label[];
  /** The header's first row (the group row of a two-row header). */
  topRow: number;
  dataRow: number;
}

/**
 * The labels of a header at `row`, joining a two-row header into one: a year or group merged over
 * "Target | Delivered" reads "2024/25 Target", "2024/25 Delivered". The group row may be the row
 * itself (its sub-labels below) or the row above it.
 */
export function headerLabels(
  reader: GridReader,
  row: number,
  left: number,
  right: number
): HeaderLabels {
  const width = right - left + 1;
  const below = row < reader.bottom ? rowLabels(reader, row + 1, left, right) : [];
  const underGroup = below.filter((l) => groupOver(reader, row, l.col, width) !== null);
  if (underGroup.length >= 2 && looksLikeLabels(underGroup)) {
    return {
      labels: joined(reader, row, row + 1, left, right, width),
      topRow: row,
      dataRow: row + 2,
    };
  }
  const own = rowLabels(reader, row, left, right);
  const withUnits = unitsBelow(own, below);
  if (withUnits) return { labels: withUnits, topRow: row, dataRow: row + 2 };
  if (row > reader.top) {
    const grouped = own.filter((l) => groupOver(reader, row - 1, l.col, width) !== null);
    if (grouped.length >= 2)
      return {
        labels: joined(reader, row - 1, row, left, right, width),
        topRow: row - 1,
        dataRow: row + 1,
      };
  }
  return { labels: own, topRow: row, dataRow: row + 1 };
}

/** A unit written under a money header: "£'000", "£k", "£m", "(£000s)", "%". */
const UNIT_LABEL = /^\(?\s*(?:£\s*(?:'?000s?|k|m|bn)?|%)\s*\)?$/i;

/**
 * A header whose units sit on the row below ("Total Savings Proposed 2025/26" over "£'000"): the
 * labels with their units joined on, or null when the row below is not only units under labels.
 * A label the upper row leaves empty may stand in the lower one ("Directorate").
 */
function unitsBelow(own: Label[], below: Label[]): Label[] | null {
  const units = below.filter((l) => UNIT_LABEL.test(l.text));
  if (units.length === 0) return null;
  const upper = new Map(own.map((l) => [l.col, l.text]));
  if (!units.every((u) => upper.has(u.col))) return null;
  if (below.some((l) => !UNIT_LABEL.test(l.text) && upper.has(l.col))) return null;
  const unitOf = new Map(units.map((u) => [u.col, u.text]));
  const out = own.map((l) =>
    unitOf.has(l.col) ? { col: l.col, text: `${l.text} ${unitOf.get(l.col)}` } : l
  );
  for (const l of below) if (!unitOf.has(l.col)) out.push(l);
  return out.sort((a, b) => a.col - b.col);
}

/** Each column's label from two header rows: the group and the label under it, or whichever is there. */
function joined(
  reader: GridReader,
  upper: number,
  lower: number,
  left: number,
  right: number,
  width: number
): Label[] {
  const out: Label[] = [];
  for (let col = left; col <= right; col++) {
    const group = groupOver(reader, upper, col, width);
    const under = reader.isMergedFromAbove(lower, col) ? null : reader.rawValue(lower, col);
    const sub = typeof under === 'string' && under.trim() ? flat(under) : null;
    const top = reader.isMergedFromAbove(upper, col) ? null : reader.value(upper, col);
    const own =
      typeof top === 'string' && top.trim() && !spanAt(reader, upper, col) ? flat(top) : null;
    const text = group && sub ? `${group} ${sub}` : (sub ?? own);
    if (text && text.length <= LABEL_MAX)
      out.push(group && sub ? { col, text, sub } : { col, text });
  }
  return out;
}

/** A header label with what its words say. */
export interface HeaderCell {
  col: number;
  text: string;
  match: HeaderHint | null;
}

/** Labels with what their words say; a joined label goes by its lower part when that names a field. */
export function hinted(labels: Label[]): HeaderCell[] {
  return labels.map((l) => ({
    col: l.col,
    text: l.text,
    match: (l.sub !== undefined ? matchHeader(l.sub) : null) ?? matchHeader(l.text),
  }));
}
