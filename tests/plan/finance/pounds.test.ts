import { formatPounds } from '../../../src/plan/core/pounds';

describe('formatPounds', () => {
  test.each([
    [1_250_000, '£1,250,000'],
    [-50_000, '-£50,000'],
    [12.5, '£12.50'],
    [0.125, '£0.13'],
    [999.999, '£1,000.00'],
    [0, '£0'],
  ])('%p reads %p', (amount, text) => {
    expect(formatPounds(amount)).toBe(text);
  });
});
