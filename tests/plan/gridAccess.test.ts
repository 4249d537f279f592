import type { Grid } from '../../src/plan/core/grid';
import { GridReader } from '../../src/plan/core/gridAccess';

/** A 6 x 6 grid whose cells read "r,c" (sheet row and column), starting at B2. */
function gridWith(merges: Grid['merges']): Grid {
  const values = Array.from({ length: 6 }, (_, r) =>
    Array.from({ length: 6 }, (_u, c) => `${r + 2},${c + 2}`)
  );
  const fills = values.map((row) => row.map((v) => (v === '2,3' ? '#FF0000' : null)));
  return { sheet: 'Plan', top: 2, left: 2, values, fills, merges };
}

describe('GridReader merges', () => {
  test('a cell inside a merge reads its top-left; the top-left itself belongs to no merge', () => {
    const reader = new GridReader(gridWith([{ top: 2, left: 3, bottom: 4, right: 4 }]));
    expect(reader.value(4, 4)).toBe('2,3');
    expect(reader.fill(3, 3)).toBe('#FF0000');
    expect(reader.rawValue(4, 4)).toBe('4,4');
    expect(reader.mergeOf(2, 3)).toBeUndefined();
    expect(reader.isMergedFromAbove(2, 4)).toBe(false); // same row as the top-left
    expect(reader.isMergedFromAbove(3, 3)).toBe(true);
    expect(reader.value(3, 5)).toBe('3,5'); // just right of the merge
    expect(reader.value(5, 3)).toBe('5,3'); // just below it
  });

  test('where merges overlap, the later one wins', () => {
    const reader = new GridReader(
      gridWith([
        { top: 2, left: 2, bottom: 3, right: 3 },
        { top: 3, left: 3, bottom: 4, right: 4 },
      ])
    );
    expect(reader.value(3, 2)).toBe('2,2');
    // The second merge's top-left is inside the first: it reads the first merge's value.
    expect(reader.value(3, 3)).toBe('2,2');
    expect(reader.value(4, 4)).toBe('3,3');
  });

  test('a row crossed by many merges reads each cell from its own merge', () => {
    // Ten two-column merges side by side in row 3 (a header of paired columns).
    const merges = Array.from({ length: 10 }, (_, i) => ({
      top: 3,
      left: 2 + 2 * i,
      bottom: 3,
      right: 3 + 2 * i,
    }));
    const reader = new GridReader(gridWith(merges));
    expect(reader.mergeOf(3, 2)).toBeUndefined();
    expect(reader.value(3, 3)).toBe('3,2');
    expect(reader.value(3, 5)).toBe('3,4');
    expect(reader.mergeOf(3, 6)).toBeUndefined();
    expect(reader.value(4, 3)).toBe('4,3'); // the row below has no merge
  });

  test('a merge too large to index is ignored, as before', () => {
    const reader = new GridReader(gridWith([{ top: 2, left: 2, bottom: 1_000_000, right: 3 }]));
    expect(reader.value(3, 2)).toBe('3,2');
  });
});
