import { sheetRef, splitRef } from '../../src/plan/core/address';

describe('sheetRef', () => {
  test('an address as the engine writes it is used as it stands', () => {
    expect(sheetRef('Action plan', 'E7')).toBe("'Action plan'!E7");
    expect(sheetRef('Plan', 'AB1048576')).toBe("'Plan'!AB1048576");
  });

  test('any other form of an address is written the engine way', () => {
    expect(sheetRef('Plan', '$e$07')).toBe("'Plan'!E7");
    expect(sheetRef("Bob's plan", ' c12 ')).toBe("'Bob''s plan'!C12");
  });

  test('text that is no cell address gives no reference', () => {
    expect(sheetRef('Plan', 'E0')).toBeNull();
    expect(sheetRef('Plan', 'Total')).toBeNull();
  });
});

describe('splitRef', () => {
  test('splits the usual reference and the forms around it alike', () => {
    expect(splitRef("'Action plan'!$E$7")).toEqual({ sheet: 'Action plan', address: 'E7' });
    expect(splitRef("'Bob''s plan'!C3")).toEqual({ sheet: "Bob's plan", address: 'C3' });
    expect(splitRef('Plan!A1:B2')).toEqual({ sheet: 'Plan', address: 'A1:B2' });
    expect(splitRef("'Plan'!")).toBeNull();
    expect(splitRef("''!A1")).toBeNull();
    expect(splitRef('E7')).toBeNull();
  });
});
