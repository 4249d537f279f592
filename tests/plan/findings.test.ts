import { quote } from '../../src/plan/core/findings';
import { shorten } from '../../src/plan/core/shorten';
import { readTimescale } from '../../src/plan/read/timescale';

describe('shortened text in messages', () => {
  it.each([
    ['short text', 10, 'short text'],
    ['  spread\n over   lines ', 60, 'spread over lines'],
    ['abcdefghij', 5, 'abcd…'],
    // An emoji is two UTF-16 units: cutting by units would leave half of it, shown as "\uFFFD".
    ['ab😀😀😀😀', 4, 'ab😀…'],
    ['😀😀😀', 3, '😀😀😀'],
  ])('shorten(%j, %i) is %j', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
  });

  it('never splits a character, whatever the length', () => {
    for (let max = 1; max < 20; max++) {
      const q = quote('🚦'.repeat(30), max);
      expect(q).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
      );
    }
  });

  it('quotes an unread timescale of emoji whole, never as "\uFFFD"', () => {
    const r = readTimescale(`${'✅'.repeat(10)} ${'🟢'.repeat(70)}`);
    expect(r.problem?.code).toBe('unreadable-timescale');
    expect(r.problem?.message).toContain(`"${'✅'.repeat(10)} ${'🟢'.repeat(48)}…"`);
    expect(r.problem?.message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
