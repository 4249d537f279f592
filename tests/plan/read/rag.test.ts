import { isRagText, readRag } from '../../../src/plan/read/rag';

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
    'On track',
    'RAG',
  ])('does not read %p as a rating', (text) => {
    const r = readRag(text);
    expect(r.value).toBeNull();
    expect(r.problem).toEqual({
      code: 'unreadable-rag',
      severity: 'warning',
      message: expect.stringContaining(`RAG "${text}" is not a rating. Use Red, Amber, Green or Blue`),
    });
  });

  it.each([1, 0, NaN, true, { error: '#N/A' }])('reports %p as unreadable', (value) => {
    expect(readRag(value)).toMatchObject({ value: null, problem: { code: 'unreadable-rag' } });
  });
});

describe('isRagText', () => {
  it('tells RAG words from progress words', () => {
    expect(['Red', 'A', 'Amber/Green', 'GREEN ', 'Red - late'].every(isRagText)).toBe(true);
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
