import { cellRef, parseCellRef, rangeA1, rangeRef } from '../../src/plan/core/address';

describe('cellRef and rangeRef', () => {
  test('a cell is named as Excel names it, the sheet quoted', () => {
    // Column 5 is E; column 28 is AB (26 + 2).
    expect(cellRef({ sheet: 'Action plan', row: 7, col: 5 })).toBe("'Action plan'!E7");
    expect(cellRef({ sheet: 'Plan', row: 1048576, col: 28 })).toBe("'Plan'!AB1048576");
    expect(cellRef({ sheet: "Bob's plan", row: 12, col: 3 })).toBe("'Bob''s plan'!C12");
  });

  test('a range is named corner to corner, one cell as the cell', () => {
    expect(rangeA1({ top: 5, left: 1, bottom: 40, right: 6 })).toBe('A5:F40');
    expect(rangeRef({ sheet: 'Plan', top: 3, left: 2, bottom: 3, right: 2 })).toBe("'Plan'!B3");
  });
});

describe('parseCellRef', () => {
  test('reads the usual reference and the forms around it alike', () => {
    expect(parseCellRef("'Action plan'!$E$7")).toEqual({ sheet: 'Action plan', row: 7, col: 5 });
    expect(parseCellRef("'Bob''s plan'!C3")).toEqual({ sheet: "Bob's plan", row: 3, col: 3 });
    expect(parseCellRef('Plan!a1')).toEqual({ sheet: 'Plan', row: 1, col: 1 });
  });

  test('text that names no sheet and one cell gives none', () => {
    expect(parseCellRef('Plan!A1:B2')).toBeNull();
    expect(parseCellRef("'Plan'!")).toBeNull();
    expect(parseCellRef("''!A1")).toBeNull();
    expect(parseCellRef('E7')).toBeNull();
    expect(parseCellRef("'Plan'!E0")).toBeNull();
  });

  test('a cell named and read again is the same cell', () => {
    const cell = { sheet: "It's the 'plan'!", row: 99, col: 703 }; // 703 is AAA
    expect(cellRef(cell)).toBe("'It''s the ''plan''!'!AAA99");
    expect(parseCellRef(cellRef(cell))).toEqual(cell);
  });
});
