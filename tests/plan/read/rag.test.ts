import { isRagDot, isRagText, readRag, stageInRagText } from '../../../src/plan/read/rag';

describe('readRag', () => {
  it.each([
    ['Red', 'red'],
    ['R', 'red'],
    ['Amber', 'amber'],
    ['A', 'amber'],
    ['Green', 'green'],
    ['G', 'green'],
    ['Blue', 'blue'],
    ['B', 'blue'],
    ['Complete', 'blue'],
    ['Completed', 'blue'],
    // BRAG letters and the words councils write instead of colours.
    ['C', 'blue'],
    ['On track', 'green'],
    ['On Target', 'green'],
    ['At risk', 'amber'],
    ['Off track', 'red'],
    ['OFF TRACK', 'red'],
    // Completion words other than "Complete" are Blue too (BRAG's complete).
    ['Closed', 'blue'],
    ['Implemented', 'blue'],
    ['✔ Complete', 'blue'],
    ['100%', 'blue'],
  ])('reads %s as %s', (text, rag) => {
    expect(readRag(text)).toEqual({ value: rag });
  });

  it.each([
    // Harrow's risk table (seed 003) writes "GREEN " and "AMBER".
    ['GREEN ', 'green'],
    ['AMBER', 'amber'],
    [' amber.', 'amber'],
    ['green!', 'green'],
    ['rEd', 'red'],
    ['  g  ', 'green'],
    ['Red\u00a0', 'red'],
  ])('reads %p in any case, with stray spaces and punctuation, as %s', (text, rag) => {
    expect(readRag(text).value).toBe(rag);
  });

  it.each([
    ['Amber/Green', 'amber-green'],
    ['Amber-Green', 'amber-green'],
    ['Amber Green', 'amber-green'],
    ['A/G', 'amber-green'],
    ['AG', 'amber-green'],
    ['Green/Amber', 'amber-green'],
    ['amber / green', 'amber-green'],
    ['Amber/ Green', 'amber-green'],
    ['Amber /Green', 'amber-green'],
    ['Amber – Green', 'amber-green'],
    ['Red—Amber', 'red-amber'],
    ['Amber to Green', 'amber-green'],
    ['Red/Amber', 'red-amber'],
    ['R/A', 'red-amber'],
    ['Red - Amber', 'red-amber'],
    ['RA', 'red-amber'],
    ['Amber/Red', 'red-amber'],
    // A cell's lines read as one ("Green\nGreen") agree with each other.
    ['Green Green', 'green'],
    ['Amber\nGreen', 'amber-green'],
  ])('keeps the two-tone %s as %s', (text, rag) => {
    expect(readRag(text).value).toBe(rag);
  });

  it.each([
    ['Red - behind schedule', 'red'],
    ['Amber: awaiting funding', 'amber'],
    ['Green (on track)', 'green'],
    ['Green on track', 'green'],
    ['A - see note', 'amber'],
    ['Amber/Green - improving', 'amber-green'],
    ['At risk - funding not agreed', 'amber'],
    ['C - signed off', 'blue'],
    // An arrow after the rating is direction of travel, not part of it.
    ['Amber ↑', 'amber'],
    ['G ↓', 'green'],
    ['Green ➡️', 'green'],
    // Emoji that carry their own colour.
    ['🔴', 'red'],
    ['🟠', 'amber'],
    ['🟡', 'amber'],
    ['🟢', 'green'],
    ['🔵', 'blue'],
    ['🟩 ', 'green'],
    // A coloured emoji before the words: the words, or the emoji when the words are no rating.
    ['🟢 On track', 'green'],
    ['🟠 At risk', 'amber'],
    ['🔴 Escalated to the board', 'red'],
  ])('reads the leading rating of %p', (text, rag) => {
    expect(readRag(text).value).toBe(rag);
  });

  it.each([null, '', '   '])('treats %p as no rating, with no problem', (value) => {
    expect(readRag(value)).toEqual({ value: null });
  });

  it.each([
    'Purple',
    'Red/Green',
    'A new approach',
    'Greenwich',
    'Not rated',
    'Completely off track',
    'Track',
    'RAG',
    'Cat',
  ])('does not read %p as a rating', (text) => {
    const r = readRag(text);
    expect(r.value).toBeNull();
    expect(r.problem).toEqual({
      code: 'unreadable-rag',
      severity: 'warning',
      message: expect.stringContaining(
        `RAG "${text}" is not a rating. Use Red, Amber, Green or Blue`
      ),
    });
  });

  it.each(['On hold', 'Paused', 'Deferred', 'Cancelled', 'Withdrawn', 'Superseded'])(
    'reads the stopping word %p as no rating and no problem: the state comes from it',
    (text) => {
      expect(readRag(text)).toEqual({ value: null });
    }
  );

  it.each(['↑', '↓', '→', '⬆️', 'Improving', 'worsening', 'No change'])(
    'reads %p as direction of travel, never a rating',
    (text) => {
      expect(readRag(text)).toEqual({
        value: null,
        problem: {
          code: 'rag-is-direction',
          severity: 'warning',
          message: expect.stringContaining('is a direction of travel'),
        },
      });
    }
  );

  it.each([1, 3, '5'])('asks for a key for the score %p', (value) => {
    expect(readRag(value)).toEqual({
      value: null,
      problem: {
        code: 'unreadable-rag',
        severity: 'warning',
        message: expect.stringContaining('is a score, and no RAG key says what it means'),
      },
    });
  });

  it.each([1.5, 0.25, -3, NaN, true, { error: '#N/A' }])('reports %p as unreadable', (value) => {
    expect(readRag(value)).toMatchObject({ value: null, problem: { code: 'unreadable-rag' } });
  });
});

describe('isRagText', () => {
  it('tells RAG words from progress words', () => {
    expect(
      ['Red', 'A', 'Amber/Green', 'GREEN ', 'Red - late', 'On track', '🟠 At risk'].every(isRagText)
    ).toBe(true);
    expect(['In progress', 'Not started', 'On hold', '', 'Purple'].some(isRagText)).toBe(false);
  });

  it('agrees with readRag, except on completion words', () => {
    for (const text of ['Blue', 'B', 'R/A', 'xyz', 'Red/Green', 'AG']) {
      expect(isRagText(text)).toBe(readRag(text).value !== null);
    }
  });

  it('does not count "Complete", a progress word too, as a sign of a RAG column', () => {
    expect(readRag('Complete').value).toBe('blue');
    expect(isRagText('Complete')).toBe(false);
    expect(isRagText('Completed')).toBe(false);
  });
});

describe('readRag with a key', () => {
  const key = {
    '1': 'red',
    '2': 'amber',
    '3': 'green',
    '4': 'blue',
    'minor slippage': 'amber',
  } as const;

  it.each([
    [1, 'red'],
    [2, 'amber'],
    ['3', 'green'],
    [4, 'blue'],
    ['Minor slippage', 'amber'],
    ['MINOR  SLIPPAGE.', 'amber'],
    // The usual words still read beside the key.
    ['Red', 'red'],
  ])('reads %p as %s', (value, rag) => {
    expect(readRag(value, key)).toEqual({ value: rag });
  });

  it('reads a score the key does not give as unreadable, and never a key entry inherited from Object', () => {
    expect(readRag(5, key).problem?.code).toBe('unreadable-rag');
    expect(readRag('constructor', key).problem?.code).toBe('unreadable-rag');
    expect(readRag('x', { x: 'purple' } as never).problem?.code).toBe('unreadable-rag');
  });
});

describe('readRag of a dot coloured by its font', () => {
  it.each([
    ['●', '#FF0000', 'red'],
    ['⬤', '#C00000', 'red'],
    ['●', '#FFC000', 'amber'],
    ['●', '#00B050', 'green'],
    ['•', '#0070C0', 'blue'],
    [' ● ', '#92D050', 'green'],
  ])('reads %p in %s as %s', (text, colour, rag) => {
    expect(readRag(text, undefined, colour)).toEqual({ value: rag });
    expect(isRagDot(text)).toBe(true);
  });

  it.each([null, '#000000', '#808080'])(
    'reports a dot in %p (no RAG colour) as unreadable, saying why',
    (colour) => {
      expect(readRag('●', undefined, colour)).toEqual({
        value: null,
        problem: {
          code: 'unreadable-rag',
          severity: 'warning',
          message: expect.stringContaining('is a dot whose colour was not read as a rating'),
        },
      });
    }
  );

  it('is not fooled into reading words as dots', () => {
    expect(isRagDot('Red')).toBe(false);
    expect(isRagDot('● Red')).toBe(false);
  });
});

describe('stageInRagText', () => {
  it.each([
    ['On hold', 'paused'],
    ['Deferred', 'deferred'],
    ['Cancelled', 'cancelled'],
    ['Withdrawn - no longer needed', 'cancelled'],
    ['Closed', 'complete'],
    ['C', 'complete'],
    ['100%', 'complete'],
    ['In progress', null],
    ['On track', null],
    ['Green', null],
    ['', null],
  ])('reads %p as %p', (text, stage) => {
    expect(stageInRagText(text)).toBe(stage);
  });
});
