import { actionCell, lineCell } from '../../src/plan';
import { action } from '../report/handMade';
import { savingsLine } from '../../src/plan/rows/savingsLines';
import { POUNDS } from '../../src/plan/core';

// handMade's action sits on the sheet "Action plan"; columns: 3 is C, 5 is E, 6 is F, 2 is B.
describe('actionCell: the one "Go to" cell of an action', () => {
  test('its action text first, though it has a timescale and a RAG', () => {
    const a = action(7, { cols: { action: 3, timescale: 5, rag: 6 } });
    expect(actionCell(a)).toEqual({ sheet: 'Action plan', row: 7, col: 3 });
  });

  test('with no action column, its objective (the text read as the action)', () => {
    const a = action(7, { cols: { objective: 2, timescale: 5, rag: 6 } });
    expect(actionCell(a)).toEqual({ sheet: 'Action plan', row: 7, col: 2 });
  });

  test('then its timescale, then its RAG', () => {
    expect(actionCell(action(8, { cols: { timescale: 5, rag: 6 } }))).toEqual({
      sheet: 'Action plan',
      row: 8,
      col: 5,
    });
    expect(actionCell(action(8, { cols: { lead: 4, rag: 6 } }))).toEqual({
      sheet: 'Action plan',
      row: 8,
      col: 6,
    });
  });

  test('else the leftmost cell read from its row, else column A', () => {
    // Lead in D (4), notes in G (7): D is leftmost.
    expect(actionCell(action(9, { cols: { notes: 7, lead: 4 } }))).toEqual({
      sheet: 'Action plan',
      row: 9,
      col: 4,
    });
    expect(actionCell(action(4, { cols: {} }))).toEqual({ sheet: 'Action plan', row: 4, col: 1 });
  });
});

describe('lineCell: where a savings line goes to', () => {
  const line = (cols: Parameters<typeof savingsLine>[1]['cols']) =>
    savingsLine(action(12), {
      year: null,
      target: 1000,
      forecast: null,
      givenShortfall: null,
      targetFrom: 'column',
      prose: null,
      unit: POUNDS,
      cols,
    });

  test('its target figure, else its action, else column A of its row', () => {
    expect(lineCell(line({ target: 6, action: 3 }))).toEqual({
      sheet: 'Action plan',
      row: 12,
      col: 6,
    });
    expect(lineCell(line({ action: 3 }))).toEqual({ sheet: 'Action plan', row: 12, col: 3 });
    expect(lineCell(line({}))).toEqual({ sheet: 'Action plan', row: 12, col: 1 });
  });
});
