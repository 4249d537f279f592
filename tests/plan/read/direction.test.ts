import { readDirection, withoutTrailingArrow } from '../../../src/plan/read/direction';

describe('readDirection', () => {
  it.each([
    ['↑', 'improving'],
    ['⬆️', 'improving'],
    ['↗', 'improving'],
    ['Improving', 'improving'],
    ['↓', 'worsening'],
    ['↘', 'worsening'],
    ['Worsening', 'worsening'],
    ['Deteriorating.', 'worsening'],
    ['→', 'unchanged'],
    ['↔', 'unchanged'],
    ['No change', 'unchanged'],
    ['Stable', 'unchanged'],
  ])('reads %p as %s', (text, direction) => {
    expect(readDirection(text)).toBe(direction);
  });

  it.each(['', 'Green', 'Up to date', 'constructor', '↑↓'])('reads %p as no direction', (text) => {
    expect(readDirection(text)).toBeNull();
  });

  it('takes the arrow off a rating', () => {
    expect(withoutTrailingArrow('Amber ↑')).toBe('Amber');
    expect(withoutTrailingArrow('Green ➡️')).toBe('Green');
    expect(withoutTrailingArrow('Green')).toBe('Green');
  });
});
