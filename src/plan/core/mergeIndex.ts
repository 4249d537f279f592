import type { CellRange } from './grid';

/** Past this many merges crossing one row, the row's cells are looked up by column instead of scanned. */
const SCAN_LIMIT = 8;

/** Larger merges are left out: a whole-column merge would cost millions of entries. */
const AREA_LIMIT = 100_000;

/**
 * The merged areas of a sheet by row, for finding the merge a cell belongs to. A row keeps the few
 * merges crossing it, so a lookup is a short scan rather than a hash of every covered cell (a plan
 * merged down its group columns has a third of its cells covered). A cell that is a merge's
 * top-left belongs to no merge; where merges overlap, the later one wins.
 */
export class MergeIndex {
  private readonly byRow: (CellRange[] | Map<number, CellRange> | undefined)[] = [];
  /** True when at least one merge is indexed. */
  readonly any: boolean;

  constructor(merges: readonly CellRange[]) {
    let any = false;
    for (const m of merges) {
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > AREA_LIMIT) continue;
      if (m.bottom === m.top && m.right === m.left) continue; // one cell: its own top-left
      any = true;
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.byRow[r] as CellRange[] | undefined;
        if (list) list.push(m);
        else this.byRow[r] = [m];
      }
    }
    this.any = any;
    if (any) this.byRow.forEach((list, r) => this.widen(r, list as CellRange[]));
  }

  /** A row crossed by many merges (a header of paired columns) gets a column lookup. */
  private widen(row: number, list: CellRange[]): void {
    if (list.length <= SCAN_LIMIT) return;
    const byCol = new Map<number, CellRange>();
    for (const m of list)
      for (let c = m.left; c <= m.right; c++) if (row !== m.top || c !== m.left) byCol.set(c, m);
    this.byRow[row] = byCol;
  }

  /** The merge area a cell belongs to, when it is not its top-left cell. */
  mergeOf(row: number, col: number): CellRange | undefined {
    const entry = this.byRow[row];
    if (entry === undefined) return undefined;
    if (entry instanceof Map) return entry.get(col);
    for (let i = entry.length - 1; i >= 0; i--) {
      const m = entry[i];
      if (col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) return m;
    }
    return undefined;
  }
}
