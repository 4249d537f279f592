import { cellText, type CellRange, type Grid, type GridReader } from '../core';
import type { JudgedCell, TableFacts } from './judge';

/** How many of a column's first filled cells are compared for repeats. */
const REPEAT_SAMPLE = 24;

/**
 * What the plan test needs to know of a table beyond its header cells: which of its columns hold
 * a drop-down's values (the workbook's list data validations point at them), and how often the
 * subject repeats (a long table of amounts by period names each project once a period).
 */
export function tableFacts(
  reader: GridReader,
  grid: Grid,
  headers: JudgedCell[],
  dataRow: number,
  bottom: number
): TableFacts {
  const lists = (grid.listSources ?? []).filter((r) => r.bottom > r.top);
  const subject = headers.find(
    (h) => h.decision.field === 'action' || h.decision.field === 'objective'
  );
  return {
    isListColumn: (col) => lists.some((r) => isListOver(r, col, dataRow, bottom)),
    subjectRepeats: subject ? repeats(reader, subject.col, dataRow, bottom) : 0,
  };
}

/** A list source in this column that lies among the table's data rows (two rows or more of them). */
function isListOver(r: CellRange, col: number, dataRow: number, bottom: number): boolean {
  if (col < r.left || col > r.right) return false;
  const shared = Math.min(r.bottom, bottom) - Math.max(r.top, dataRow) + 1;
  return shared >= 2;
}

/** How many of the column's first filled cells repeat one above them. */
function repeats(reader: GridReader, col: number, from: number, to: number): number {
  const seen = new Set<string>();
  let count = 0;
  let sampled = 0;
  for (let row = from; row <= to && sampled < REPEAT_SAMPLE; row++) {
    const text = cellText(reader.value(row, col)).toLowerCase();
    if (!text) continue;
    sampled++;
    if (seen.has(text)) count++;
    else seen.add(text);
  }
  return count;
}
