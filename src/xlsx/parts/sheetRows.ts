/** How a worksheet's rows are kept: each row an array of its own length, short texts one copy each. */
import { ownCopy } from '../xml/ownCopy';

/**
 * One row's cells as they arrive, handed over as an array of exactly the row's length. Arrays grown
 * cell by cell keep room for 16 or more (about 200 bytes a row); a million rows of that would be
 * most of the Grid.
 */
export class RowBuffer<T> {
  private readonly cells: (T | null)[] = [];
  private length = 0;

  put(c: number, value: T): void {
    while (this.length < c) this.cells[this.length++] = null;
    this.cells[c] = value;
    if (c >= this.length) this.length = c + 1;
  }

  /** The row (empty cells null), or null when nothing was put; the buffer is empty again after. */
  take(): (T | null)[] | null {
    if (this.length === 0) return null;
    const row = this.cells.slice(0, this.length);
    this.length = 0;
    return row;
  }
}

/** Places a finished row; a row number seen twice adds its cells to the first (later ones win). */
export function placeRow<T>(rows: (T | null)[][], r: number, row: (T | null)[] | null): void {
  if (row === null) return;
  const had = rows[r];
  if (had === undefined) rows[r] = row;
  else for (let c = 0; c < row.length; c++) if (row[c] !== null) had[c] = row[c];
}

const POOLED_LENGTH = 64;
const POOL_SIZE = 100_000;

/**
 * Inline strings, one copy each: a plan's areas, leads, RAG words and timescales repeat down the
 * sheet, and a file of inline strings (as many tools write) would otherwise keep a copy a cell.
 * Short strings only, and only so many, so a sheet of unique texts costs no more than before.
 */
export class TextPool {
  private readonly seen = new Map<string, string>();

  own(text: string): string {
    if (text.length > POOLED_LENGTH) return ownCopy(text);
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    const copy = ownCopy(text);
    if (this.seen.size < POOL_SIZE) this.seen.set(copy, copy);
    return copy;
  }
}
