import { parseUkDate, showUkDate } from '../../src/taskpane/ukDate';

describe('dates typed in the pane are read day first, as in the UK', () => {
  test.each([
    ['02/01/2025', '2025-01-02'],
    ['2/1/25', '2025-01-02'],
    ['31.12.2024', '2024-12-31'],
    ['30 Nov 2026', '2026-11-30'],
    ['30 November 2026', '2026-11-30'],
    ['1st Sept 2025', '2025-09-01'],
    ['2026-11-30', '2026-11-30'],
  ])('%s is %s', (typed, iso) => {
    expect(parseUkDate(typed)).toBe(iso);
  });

  test.each(['31/02/2025', '13/13/2025', '30 Novembr 2026', '2025', '', 'next Tuesday'])(
    '%j is not a date',
    (typed) => {
      expect(parseUkDate(typed)).toBeNull();
    }
  );

  test('shown back day first', () => {
    expect(showUkDate('2025-01-02')).toBe('02/01/2025');
  });
});
