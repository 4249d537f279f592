/**
 * One rule for shortening text everywhere (messages, snapshots, lists): cut between whole
 * characters as a reader sees them, never inside an emoji, a flag or a letter with its accent.
 */
import { quote } from '../../src/plan/core/findings';
import { shorten } from '../../src/plan/core/shorten';
import { snapAction, TEXT_LIMITS } from '../../src/plan/history';
import { action } from '../report/handMade';

const FAMILY = '👨‍👩‍👧'; // man, ZWJ, woman, ZWJ, girl: one character on screen, 8 UTF-16 units
const FLAG = '🇬🇧'; // two regional indicators: one flag
const E_ACUTE = 'e\u0301'; // e and a combining acute accent: one letter

/** No lone surrogate (what becomes U+FFFD when written to a file) and no U+FFFD itself. */
const whole = (text: string): boolean =>
  !/[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')) &&
  !text.includes('\uFFFD');

describe('shorten', () => {
  test('short text comes back on one line, uncut', () => {
    expect(shorten('  Agree the\n scope  ', 20)).toBe('Agree the scope');
    // Five characters on screen, 12 UTF-16 units: within 5, so not cut.
    expect(shorten(`ab${FAMILY}cd`, 5)).toBe(`ab${FAMILY}cd`);
  });

  test('a family emoji at the cut is kept whole or left out whole', () => {
    // ab + family + cd is 5 characters; 4 allowed: 3 characters and "…" = "ab" + family + "…".
    expect(shorten(`ab${FAMILY}cd`, 4)).toBe(`ab${FAMILY}…`);
    // 3 allowed: "ab…"; the family is not split into its three people.
    expect(shorten(`ab${FAMILY}cd`, 3)).toBe('ab…');
  });

  test('a flag and an accented letter count as one character each', () => {
    // x, flag, y, z: 4 characters; 3 allowed: "x" + flag + "…".
    expect(shorten(`x${FLAG}yz`, 3)).toBe(`x${FLAG}…`);
    // caf + é (e and accent) + s: 5 characters; 5 allowed: uncut.
    expect(shorten(`caf${E_ACUTE}s`, 5)).toBe(`caf${E_ACUTE}s`);
    // 4 allowed: "caf" + "…": the accent never stands alone.
    expect(shorten(`caf${E_ACUTE}s`, 4)).toBe('caf…');
  });

  test('by word: at the last space in the last 40% of the room', () => {
    // 20 allowed: the first 19 characters are "Review the housing " ... the space at 18 is past 12 (60%).
    expect(shorten('Review the housing allocations policy', 20, 'word')).toBe(
      'Review the housing…'
    );
    // No space past 60% of 10 (6): cut at the character.
    expect(shorten('Reviewing allocations', 10, 'word')).toBe('Reviewing…');
  });

  test('quotes in findings use the same rule', () => {
    expect(quote(`${'a'.repeat(58)}😀😀😀`, 60)).toBe(`"${'a'.repeat(58)}😀…"`);
  });
});

describe('snapshots keep whole characters', () => {
  test('an action of 118 letters then an emoji keeps the emoji whole at the 120-character limit', () => {
    // 118 a's, a face, then more words: 119 characters fit before the "…", so the face is kept.
    const text = `${'a'.repeat(118)}😀 and the rest of the action`;
    const snap = snapAction(action(5, { action: text }));
    expect(TEXT_LIMITS.action).toBe(120);
    expect(snap.action).toBe(`${'a'.repeat(118)}😀…`);
    expect(whole(snap.action!)).toBe(true);
  });

  test('an area cut at a family emoji keeps the family whole', () => {
    // 58 x's then the family: the limit of 60 leaves room for 59 characters and "…", so the
    // family (one character) is the 59th. Cutting by UTF-16 units kept half of the man.
    const snap = snapAction(action(5, { area: `${'x'.repeat(58)}${FAMILY} services` }));
    expect(snap.area).toBe(`${'x'.repeat(58)}${FAMILY}…`);
    expect(whole(snap.area!)).toBe(true);
  });
});
