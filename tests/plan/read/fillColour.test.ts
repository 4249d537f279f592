import { RAG_FILL, ragFromFill, ragLabel } from '../../../src/plan/read/fillColour';
import { RAGS } from '../../../src/plan/core/types';

describe('ragFromFill', () => {
  it.each([
    ['#FF0000', 'red'], // Excel's standard Red
    ['#C00000', 'red'], // Dark Red
    ['#FFC7CE', 'red'], // the pale fill of Excel's "Bad" style
    ['#E6B8B7', 'red'], // a theme tint of red
    ['#FFC000', 'amber'], // Gold / Amber
    ['#FFEB9C', 'amber'], // the "Neutral" style fill
    ['#FFFF00', 'amber'], // Yellow
    ['#F4B183', 'amber'], // Orange, lighter 40%
    ['#ED7D31', 'amber'], // Orange accent
    ['#00B050', 'green'], // standard Green
    ['#92D050', 'green'], // Light Green
    ['#C6EFCE', 'green'], // the "Good" style fill
    ['#008000', 'green'],
    ['#0070C0', 'blue'],
    ['#00B0F0', 'blue'],
    ['#9BC2E6', 'blue'],
    ['#BDD7EE', 'blue'],
  ])('classifies %s as %s', (fill, rag) => {
    expect(ragFromFill(fill)).toBe(rag);
  });

  it('accepts the ways colours are written', () => {
    expect(ragFromFill('FF0000')).toBe('red');
    expect(ragFromFill('FFFF0000')).toBe('red'); // ARGB, as ExcelJS gives it
    expect(ragFromFill('ff00b050')).toBe('green');
    expect(ragFromFill('#00b050')).toBe('green');
    expect(ragFromFill(' #FFC000 ')).toBe('amber');
    expect(ragFromFill('#0070C0'.toLowerCase())).toBe('blue');
  });

  it.each([
    '#FFFFFF',
    '#FEFEFE',
    '#F2F2F2',
    '#D9D9D9',
    '#808080',
    '#000000',
    '#1A1A1A',
    '#7030A0',
    '#FF00FF',
  ])('gives no rating for white, greys, black and purples: %s', (fill) => {
    expect(ragFromFill(fill)).toBeNull();
  });

  it.each([null, undefined, '', 'red', '#GGGGGG', '#12345', 'rgb(255,0,0)', '#FF0000FF00'])(
    'gives no rating for %p',
    (fill) => {
      expect(ragFromFill(fill)).toBeNull();
    }
  );
});

describe('RAG_FILL and ragLabel', () => {
  it('has a colour for every rating, and each single rating reads back from its own fill', () => {
    for (const rag of RAGS) expect(RAG_FILL[rag]).toMatch(/^#[0-9A-F]{6}$/);
    for (const rag of ['red', 'amber', 'green', 'blue'] as const)
      expect(ragFromFill(RAG_FILL[rag])).toBe(rag);
  });

  it('gives each rating a distinct fill', () => {
    expect(new Set(RAGS.map((r) => RAG_FILL[r])).size).toBe(RAGS.length);
  });

  it('names ratings as people write them', () => {
    expect(RAGS.map(ragLabel)).toEqual([
      'Red',
      'Red/Amber',
      'Amber',
      'Amber/Green',
      'Green',
      'Blue',
    ]);
  });
});
