import { sheetRef } from '../../src/plan/address';

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
