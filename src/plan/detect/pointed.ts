/**
 * Plans the user pointed at (a range, and its header row): read as plans whatever detection
 * found, and in place of any plan detection found overlapping them.
 */
import type { GridReader, PointedPlan } from '../core';
import { headerLabels, hinted } from './headerRows';
import { judge, type Region } from './regions';

/** The region of a range the user pointed at: its header where the user said, its rows to the range's end. */
export function pointedRegion(reader: GridReader, p: PointedPlan): Region {
  // A whole-column selection ("A:K") reaches row 1,048,576: the plan ends where the sheet's cells do.
  const bottom = Math.max(p.headerRow, Math.min(p.bottom, reader.bottom));
  // A two-row header (a group row above, units below) is read as one, as for a detected plan.
  const { labels, dataRow } = headerLabels(reader, p.headerRow, p.left, p.right);
  return {
    headerRow: dataRow - 1,
    topRow: p.top,
    dataRow,
    left: p.left,
    right: p.right,
    bottom: Math.max(bottom, dataRow - 1),
    table: null,
    headers: judge(reader, hinted(labels), dataRow, bottom),
  };
}

function overlaps(a: Region, b: Region): boolean {
  return a.topRow <= b.bottom && b.topRow <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The regions of a sheet with the user's ranges in: each pointed range in place of what it overlaps. */
export function withPointed(
  reader: GridReader,
  found: Region[],
  pointed: readonly PointedPlan[] | undefined
): Region[] {
  const mine = (pointed ?? []).filter((p) => p.sheet === reader.sheet);
  if (mine.length === 0) return found;
  const regions = mine.map((p) => pointedRegion(reader, p));
  const kept = found.filter((f) => !regions.some((r) => overlaps(f, r)));
  return [...kept, ...regions].sort((a, b) => a.headerRow - b.headerRow || a.left - b.left);
}
