import fc from 'fast-check';
import type { CellValue } from '../../../src/plan/core/grid';

/** Words the readers look for, so generated text often comes close to something readable. */
const NEAR_MISSES = [
  'Red',
  'amber',
  'G',
  'A/G',
  'Blue',
  'Complete',
  'Q3',
  'Q5 2024/25',
  '2024/25',
  '2024/26',
  '31/02/2024',
  '32 Dec 2019',
  'Winter',
  'Dec-19',
  'FY24',
  '£',
  '£1.5m',
  '(£250k)',
  '-',
  'and',
  '/',
  '&',
  ',',
  'Director of',
  'AD',
  'CE',
  'OPPORTUNITIES',
  'Andrew Bowen- Hartley',
  'On hold',
  'Not started',
  '\n',
  '  ',
  'ongoing',
  'TBC',
  '1e308',
  '9'.repeat(400),
  'On track',
  'At risk',
  'C',
  '●',
  '🟢',
  '↑',
  '→',
  'Improving',
  'w/c',
  'Medium term',
  '2025-2027',
  'Revised',
  'was',
  'Annual',
  'Withdrawn',
  'Closed',
  '100%',
  '✔',
  'Q3 17/18',
  '31.08.17',
  'constructor',
  '__proto__',
  'valueOf',
];

/** Text: anything, unicode included, and mixtures of the words the readers care about. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.oneof(fc.constantFrom(...NEAR_MISSES), fc.string({ maxLength: 4 })), { maxLength: 8 })
    .map((parts) => parts.join(' '))
);

/** Any value a cell can hold: text, numbers (NaN, infinities, huge, date serials), booleans, null, errors. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  fc.double(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2958465,
    2958466
  ),
  fc.integer({ min: 20000, max: 80000 }),
  fc.double({ min: 1, max: 2958465, noNaN: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!', '').map((error) => ({ error }))
);

/** Number formats: date formats, General, numeric and nonsense. */
export const anyFormat: fc.Arbitrary<string | null | undefined> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    'General',
    '@',
    'dd/mm/yyyy',
    'mmm-yy',
    'd mmmm yyyy',
    '[$-809]dd mmmm yyyy;@',
    '#,##0',
    '0.00',
    'h:mm',
    '"Day "0'
  ),
  fc.string()
);
