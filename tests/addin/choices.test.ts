import { keyOfPointed, pointedOf, withPointedRange, withoutPointed } from '../../src/addin';
import { defaultSettings, type FoundPlan } from '../../src/addin/workflow';

const range = { sheet: 'Risk register', top: 3, left: 1, bottom: 6, right: 6 };

describe("the pane's choices of plans", () => {
  it('points at a range with its first row the header, in place of an earlier one it overlaps', () => {
    const first = withPointedRange(defaultSettings(), { ...range, bottom: 20 });
    const again = withPointedRange(first, range);
    expect(again.pointed).toEqual([{ ...range, headerRow: 3 }]);
    const elsewhere = withPointedRange(again, { ...range, sheet: 'Other' }, 4);
    expect(elsewhere.pointed).toEqual([
      { ...range, headerRow: 3 },
      { ...range, sheet: 'Other', headerRow: 4 },
    ]);
  });

  it('takes a pointed plan away with its column choices, and finds which found plan it is', () => {
    const settings = {
      ...withPointedRange(defaultSettings(), range),
      overrides: { 'Risk register!3': { rag: 'F' }, Table1: { lead: 'C' } },
    };
    const found = {
      key: 'Risk register!3',
      plan: { sheet: 'Risk register', range: { top: 3, left: 1, bottom: 6, right: 6 } },
    } as unknown as FoundPlan;
    expect(pointedOf(settings, found)).toEqual({ ...range, headerRow: 3 });
    expect(keyOfPointed([found], range)).toBe('Risk register!3');
    expect(keyOfPointed([found], { ...range, left: 2 })).toBeNull();
    const gone = withoutPointed(settings, { ...range, headerRow: 3 });
    expect(gone.pointed).toEqual([]);
    expect(gone.overrides).toEqual({ Table1: { lead: 'C' } });
    expect(pointedOf(gone, found)).toBeNull();
  });
});
