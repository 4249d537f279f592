import type { CellValue } from '../../src/plan/core/grid';
import {
  iconGrid,
  iconsOfRule,
  percentileInc,
  type IconSetRule,
  type IconThreshold,
} from '../../src/plan/read/iconSetRule';

/** Column A from row 1 down, and C1 as a threshold cell. */
function sheet(columnA: CellValue[], c1: CellValue = null) {
  return (row: number, col: number): CellValue =>
    col === 1 ? (columnA[row - 1] ?? null) : col === 3 && row === 1 ? c1 : null;
}

const t = (type: IconThreshold['type'], value: string, gte = true): IconThreshold => ({
  type,
  value,
  gte,
});

/** Excel's default: 3 traffic lights at 0, 33 and 67 percent. */
const DEFAULT = [t('percent', '0'), t('percent', '33'), t('percent', '67')];

function rule(over: Partial<IconSetRule> & { rows: number }): IconSetRule {
  const { rows, ...rest } = over;
  return {
    set: '3TrafficLights1',
    thresholds: DEFAULT,
    reverse: false,
    showValue: true,
    ranges: [{ top: 1, left: 1, bottom: rows, right: 1 }],
    priority: 1,
    ...rest,
  };
}

/** The icon index shown per row of column A (null: no icon). */
function indexes(r: IconSetRule, values: CellValue[], c1: CellValue = null): (number | null)[] {
  const shown = new Map(iconsOfRule(r, sheet(values, c1)).map((p) => [p.row, p.icon.index]));
  return values.map((_, i) => shown.get(i + 1) ?? null);
}

// Each expectation worked by hand from Excel's documented rule: a number gets the highest icon whose
// threshold it reaches (>= by default, > when gte is false); percent is min + (max - min) * p / 100.
describe('which icon an icon set shows', () => {
  const values = [10, 20, 30, 40, 50];

  it.each<[string, Partial<IconSetRule>, (number | null)[]]>([
    // min 10, max 50: cuts at 10 + 40 * 0.33 = 23.2 and 10 + 40 * 0.67 = 36.8.
    ['default percent thirds', {}, [0, 0, 1, 2, 2]],
    ['reversed: the lowest values get the last icon', { reverse: true }, [2, 2, 1, 0, 0]],
    [
      'numbers, at or above',
      { thresholds: [t('num', '0'), t('num', '30'), t('num', '40')] },
      [0, 0, 1, 2, 2],
    ],
    [
      'numbers, strictly above (gte="0")',
      { thresholds: [t('num', '0'), t('num', '30', false), t('num', '40', false)] },
      [0, 0, 0, 1, 2],
    ],
    // PERCENTILE.INC: rank p * (n - 1): 50th = 30; 90th = 40 + 0.6 * 10 = 46.
    [
      'percentiles',
      { thresholds: [t('percentile', '0'), t('percentile', '50'), t('percentile', '90')] },
      [0, 0, 1, 1, 2],
    ],
    [
      'Office.js writes formulas with "="',
      { thresholds: [t('formula', '=0'), t('formula', '=25'), t('formula', '=45')] },
      [0, 0, 1, 1, 2],
    ],
    [
      'a threshold below every value is never tested for the first icon',
      { thresholds: [t('num', '100'), t('num', '25'), t('num', '45')] },
      [0, 0, 1, 1, 2],
    ],
  ])('%s', (_name, over, expected) => {
    expect(indexes(rule({ rows: 5, ...over }), values)).toEqual(expected);
  });

  it('reads a threshold held in a cell of the sheet', () => {
    const r = rule({ rows: 5, thresholds: [t('num', '0'), t('formula', '$C$1'), t('num', '45')] });
    // C1 = 25: 30 and 40 reach it, 50 reaches 45.
    expect(indexes(r, values, 25)).toEqual([0, 0, 1, 1, 2]);
  });

  it('shows nothing when a threshold is a formula it cannot work out', () => {
    const r = rule({
      rows: 5,
      thresholds: [t('num', '0'), t('formula', 'Key!$B$2'), t('num', '45')],
    });
    expect(iconsOfRule(r, sheet(values))).toEqual([]);
  });

  it('shows icons on numbers only, measuring the range by its numbers', () => {
    // Numbers 0 and 100 set the scale; text, booleans, errors and empty cells show nothing.
    const mixed: CellValue[] = [0, 'n/a', 50, null, true, { error: '#N/A' }, 100, 66];
    expect(indexes(rule({ rows: 8 }), mixed)).toEqual([0, null, 1, null, null, null, 2, 1]);
  });

  it('gives every cell the top icon when all numbers are equal', () => {
    // Every percent cut is the one value, and each value reaches it.
    expect(indexes(rule({ rows: 3 }), [5, 5, 5])).toEqual([2, 2, 2]);
  });

  it('reads four traffic lights by quarters', () => {
    const r = rule({
      rows: 5,
      set: '4TrafficLights',
      thresholds: [t('percent', '0'), t('percent', '25'), t('percent', '50'), t('percent', '75')],
    });
    expect(indexes(r, [0, 24, 25, 60, 100])).toEqual([0, 0, 1, 2, 3]);
  });

  it('ignores a rule whose thresholds do not match its icons', () => {
    const r = rule({ rows: 5, set: '4TrafficLights' });
    expect(iconsOfRule(r, sheet(values))).toEqual([]);
  });

  it('marks icons of a "show icon only" rule', () => {
    const [first] = iconsOfRule(rule({ rows: 1, showValue: false }), sheet([7]));
    expect(first.icon).toEqual({ set: '3TrafficLights1', index: 2, iconOnly: true });
  });

  it('uses a custom set icon by position, and none where it says no icon', () => {
    const r = rule({
      rows: 5,
      set: '3Arrows',
      custom: [null, { set: '3Symbols', index: 1 }, { set: '3TrafficLights1', index: 2 }],
    });
    const shown = iconsOfRule(r, sheet(values)).map((p) => [p.row, p.icon.set, p.icon.index]);
    expect(shown).toEqual([
      [3, '3Symbols', 1],
      [4, '3TrafficLights1', 2],
      [5, '3TrafficLights1', 2],
    ]);
  });

  it('reads a rule over several ranges as one range', () => {
    // A1:A2 and A4:A5 hold 10, 20, 40, 50: cuts at 23.2 and 36.8; A3 is outside the rule.
    const r = rule({
      rows: 0,
      ranges: [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 4, left: 1, bottom: 5, right: 1 },
      ],
    });
    expect(indexes(r, values)).toEqual([0, 0, null, 2, 2]);
  });
});

describe('PERCENTILE.INC', () => {
  it.each([
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 100, 4],
    [[1, 2, 3, 4], 50, 2.5],
    [[10], 40, 10],
  ])('of %j at %d is %d', (sorted, p, expected) => {
    expect(percentileInc(sorted, p)).toBeCloseTo(expected, 10);
  });
});

describe('the icons of a sheet', () => {
  it('shows the icon of the rule of lowest priority number where rules overlap', () => {
    const weak = rule({ rows: 2, priority: 2, reverse: true });
    const strong = rule({ rows: 1, priority: 1 });
    // A1 = 10, A2 = 50 in both rules: strong gives A1 red (0); weak gives A2 red (reversed).
    const grid = iconGrid([weak, strong], sheet([10, 50]));
    expect(grid?.map((row) => row[0]?.index)).toEqual([2, 0]);
  });

  it('is null when nothing shows an icon', () => {
    expect(iconGrid([rule({ rows: 2 })], sheet(['a', 'b']))).toBeNull();
  });
});
