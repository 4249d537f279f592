/**
 * Telling what a user typed on our sheets from what the last refresh wrote (writtenPrint.ts,
 * keptCells.ts), on sheets as each adapter hands them over.
 */
import type { Grid } from '../../src/plan';
import { keptCells } from '../../src/report/keptCells';
import { printOf } from '../../src/report/writtenPrint';
import { spec } from '../excel/specs';

const WRITTEN = spec('summary', 'Summary', [
  ['RAG Plan summary'],
  ['Share', 0.1 + 0.2],
  [],
  ['Red', 1, 'two  spaces'],
]);

const grid = (values: Grid['values'], top = 1, left = 1): Grid => ({
  sheet: 'Summary',
  top,
  left,
  values,
});

test('the sheet as written, read back as Excel gives it (numbers to 15 digits, spaces run together), keeps nothing', () => {
  // 0.1 + 0.2 is 0.30000000000000004; Excel keeps 15 significant digits: 0.3.
  const back = grid([['RAG Plan summary'], ['Share', 0.3], [], ['Red', 1, 'two spaces']]);
  expect(keptCells(back, printOf(WRITTEN))).toEqual([]);
});

test('a used range that starts below and right of A1 (as Office.js gives it) is placed where it stands', () => {
  // Rows 4 to 5, columns B to D: "1 | two spaces | typed" on row 4 is "Red" short of row 4 as
  // written, so no row of ours: all three cells kept; E5 is a note on a row the refresh left blank.
  const back = grid(
    [
      [1, 'two spaces', 'typed'],
      [null, null, 'note'],
    ],
    4,
    2
  );
  expect(keptCells(back, printOf(WRITTEN)).map((c) => [c.row, c.col, c.value, c.why])).toEqual([
    [4, 2, 1, 'row'],
    [4, 3, 'two spaces', 'row'],
    [4, 4, 'typed', 'row'],
    [5, 4, 'note', 'row'],
  ]);
});

test('without a print (a first refresh, a history from before prints) nothing can be told apart, so nothing is kept', () => {
  expect(keptCells(grid([['anything']]), undefined)).toEqual([]);
});
