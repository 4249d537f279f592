import { splitLines } from '../../src/plan/core/lines';

describe('splitLines', () => {
  it('gives one entry per line of a stacked cell, dropping blank lines', () => {
    expect(splitLines('Completed\n\nCompleted')).toEqual(['Completed', 'Completed']);
    expect(splitLines('On-going\r\nOn-going\nJuly 2020')).toEqual([
      'On-going',
      'On-going',
      'July 2020',
    ]);
  });

  it('keeps a single line whole', () => {
    expect(splitLines('  Review resources and identify appropriate actions ')).toEqual([
      'Review resources and identify appropriate actions',
    ]);
    expect(splitLines('')).toEqual([]);
  });

  it('joins a sentence broken across lines (next line starts in lower case)', () => {
    expect(splitLines('COO/AD Policy and Performance and\ncommunity\nAD Customer')).toEqual([
      'COO/AD Policy and Performance and community',
      'AD Customer',
    ]);
  });

  it('reads bulleted items as the lines, whatever the wrapping inside an item', () => {
    const cell =
      '· The action plan has been aligned with the\nThe Council’s CIP.\n· A working group of lead officers has been established.';
    expect(splitLines(cell)).toEqual([
      'The action plan has been aligned with the The Council’s CIP.',
      'A working group of lead officers has been established.',
    ]);
  });
});
