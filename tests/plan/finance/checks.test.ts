import { checkFinance } from '../../../src/plan/finance';
import type { ColumnFigure, MoneyColumn, PlanFinance, SavingsLine } from '../../../src/plan';
import { workOutShortfall } from '../../../src/plan/rows/savingsLines';
import { cellAt } from '../../cellText';

const K = { label: "£'000", scale: 1000 };
const M = { label: '£m', scale: 1e6 };
const S = "'Savings'";

function line(row: number, over: Partial<SavingsLine>): SavingsLine {
  const target = over.target ?? null;
  const forecast = over.forecast ?? null;
  const givenShortfall = over.givenShortfall ?? null;
  return {
    sheet: 'Savings',
    row,
    line: 1,
    area: 'Adults',
    title: `Line ${row}`,
    lead: 'Director',
    rag: null,
    year: null,
    target,
    forecast,
    givenShortfall,
    targetFrom: target === null ? null : 'column',
    prose: null,
    unit: { label: '£', scale: 1 },
    // Target in C, forecast D, shortfall E, RAG F, action B.
    cols: { target: 3, forecast: 4, shortfall: 5, rag: 6, action: 2 },
    ...workOutShortfall(target, forecast, givenShortfall),
    ...over,
  };
}

const fig = (
  row: number,
  letter: string,
  pounds: number,
  unit = K,
  unitFrom: ColumnFigure['unitFrom'] = 'column'
): ColumnFigure => ({
  row,
  cell: cellAt(`${S}!${letter}${row}`),
  pounds,
  unit,
  unitFrom,
});

function column(
  kind: MoneyColumn['kind'],
  col: number,
  header: string,
  figures: ColumnFigure[],
  unit: MoneyColumn['unit'] = K
): MoneyColumn {
  return { kind, year: null, header, col, unit, figures };
}

const finance = (over: Partial<PlanFinance>): PlanFinance => ({
  lines: [],
  columns: [],
  totals: [],
  ...over,
});
const codes = (f: PlanFinance, tolerance?: number) =>
  checkFinance(f, tolerance).map((x) => [x.code, x.cell]);

describe('totals row', () => {
  // Target £'000: 120 + 80 + 50 = 250, but the tracker's total says 260.
  const target = column('target', 3, "Target £'000", [
    fig(5, 'C', 120_000),
    fig(6, 'C', 80_000),
    fig(7, 'C', 50_000),
  ]);
  test('a total that does not equal its lines gives both figures and the difference', () => {
    const f = finance({
      columns: [target],
      totals: [
        {
          sheet: 'Savings',
          row: 8,
          label: 'Total',
          figures: [{ col: 3, cell: cellAt(`${S}!C8`), pounds: 260_000 }],
        },
      ],
    });
    expect(checkFinance(f)).toEqual([
      {
        severity: 'error',
        code: 'totals-mismatch',
        message:
          'The "Total" row gives £260,000 for Target £\'000, but the 3 lines above it (rows 5 to 7) add up to £250,000: the total is £10,000 more. Correct the total or the lines.',
        cell: cellAt(`${S}!C8`),
      },
    ]);
  });
  test('a total that adds up passes', () => {
    const f = finance({
      columns: [target],
      totals: [
        {
          sheet: 'Savings',
          row: 8,
          label: 'Total',
          figures: [{ col: 3, cell: cellAt(`${S}!C8`), pounds: 250_000 }],
        },
      ],
    });
    expect(checkFinance(f)).toEqual([]);
  });
  test('a subtotal counts its own section; a grand total may sum every line', () => {
    // Rows 5-6 (200) subtotal at 7; row 9 (50) subtotal at 10; grand total 250 at 11.
    const col = column('target', 3, 'Target', [
      fig(5, 'C', 120_000),
      fig(6, 'C', 80_000),
      fig(9, 'C', 50_000),
    ]);
    const row = (r: number, pounds: number, label = 'Subtotal') => ({
      sheet: 'Savings',
      row: r,
      label,
      figures: [{ col: 3, cell: cellAt(`${S}!C${r}`), pounds }],
    });
    expect(
      codes(
        finance({
          columns: [col],
          totals: [row(7, 200_000), row(10, 50_000), row(11, 250_000, 'Grand total')],
        })
      )
    ).toEqual([]);
    // The second subtotal says 40 where its one line is 50: £10,000 less.
    const wrong = checkFinance(
      finance({ columns: [col], totals: [row(7, 200_000), row(10, 40_000), row(11, 250_000)] })
    );
    expect(wrong.map((w) => w.cell)).toEqual([cellAt(`${S}!C10`)]);
    expect(wrong[0].message).toContain(
      'the 1 line above it (row 9) add up to £50,000: the total is £10,000 less'
    );
  });
});

describe('shortfall column', () => {
  test('a shortfall that is not target − forecast is reported with the worked-out figure', () => {
    // 100 - 70 = 30, but the column says 20.
    const l = line(5, { target: 100_000, forecast: 70_000, givenShortfall: 20_000 });
    expect(l.shortfall).toBe(30_000);
    expect(l.shortfallFrom).toBe('worked-out');
    expect(checkFinance(finance({ lines: [l] }))).toEqual([
      {
        severity: 'warning',
        code: 'shortfall-mismatch',
        message:
          'The shortfall is given as £20,000, but target £100,000 less forecast £70,000 is £30,000. Correct the shortfall, the target or the forecast.',
        cell: cellAt(`${S}!E5`),
      },
    ]);
  });
  test('a shortfall written either way round (shortfall or variance) agrees', () => {
    expect(
      codes(
        finance({ lines: [line(5, { target: 100_000, forecast: 70_000, givenShortfall: 30_000 })] })
      )
    ).toEqual([]);
    expect(
      codes(
        finance({
          lines: [line(5, { target: 100_000, forecast: 70_000, givenShortfall: -30_000 })],
        })
      )
    ).toEqual([]);
  });
  test('with the forecast unknown, the given shortfall is the line shortfall', () => {
    expect(workOutShortfall(100_000, null, 40_000)).toEqual({
      shortfall: 40_000,
      shortfallFrom: 'given',
    });
    expect(workOutShortfall(100_000, null, null)).toEqual({ shortfall: null, shortfallFrom: null });
    expect(workOutShortfall(100_000, 100_000, null)).toEqual({
      shortfall: 0,
      shortfallFrom: 'worked-out',
    });
  });
});

describe('RAG against the money', () => {
  test('Green with a forecast more than 5% below target', () => {
    // Target 200, forecast 180: 20 short, 10%.
    const l = line(5, { rag: 'green', target: 200_000, forecast: 180_000 });
    expect(checkFinance(finance({ lines: [l] }))).toEqual([
      {
        severity: 'warning',
        code: 'green-but-short',
        message:
          'Rated Green but the forecast £180,000 is £20,000 (10%) below the target £200,000, more than the 5% allowed. Re-rate it, or correct the figures.',
        cell: cellAt(`${S}!F5`),
      },
    ]);
  });
  test('Blue counts as Green; the tolerance is settable', () => {
    // 200 vs 192: 4% short. Within 5%, outside 3%.
    const l = line(5, { rag: 'blue', target: 200_000, forecast: 192_000 });
    expect(codes(finance({ lines: [l] }))).toEqual([]);
    expect(codes(finance({ lines: [l] }), 0.03)).toEqual([['green-but-short', cellAt(`${S}!F5`)]]);
  });
  test('Red with the forecast at or above target', () => {
    const at = line(5, { rag: 'red', target: 50_000, forecast: 50_000 });
    const above = line(6, { rag: 'red', target: 50_000, forecast: 60_000 });
    const below = line(7, { rag: 'red', target: 50_000, forecast: 10_000 });
    expect(codes(finance({ lines: [at, above, below] }))).toEqual([
      ['red-but-on-target', cellAt(`${S}!F5`)],
      ['red-but-on-target', cellAt(`${S}!F6`)],
    ]);
    expect(checkFinance(finance({ lines: [at] }))[0].message).toBe(
      'Rated Red but the forecast £50,000 meets the target £50,000. Re-rate it, or correct the forecast.'
    );
  });
  test('an unknown forecast is never taken as zero', () => {
    expect(
      codes(finance({ lines: [line(5, { rag: 'green', target: 200_000, forecast: null })] }))
    ).toEqual([]);
  });
});

describe('units', () => {
  test('a unit that changes within a column', () => {
    const c = column('target', 3, "Target £'000", [
      fig(5, 'C', 120_000),
      fig(6, 'C', 1_200_000, M, 'cell'),
      fig(7, 'C', 50_000),
    ]);
    expect(checkFinance(finance({ columns: [c] }))).toEqual([
      {
        severity: 'warning',
        code: 'money-unit-change',
        message:
          'The column "Target £\'000" is in thousands of pounds (£\'000) but it is written in millions of pounds (£m); it was read as £1,200,000. Write every figure of the column in one unit.',
        cell: cellAt(`${S}!C6`),
      },
    ]);
  });
  test('with no unit in the header, the unit most figures use is the column unit', () => {
    const c = column(
      'target',
      3,
      'Target',
      [
        fig(5, 'C', 1e6, M, 'cell'),
        fig(6, 'C', 2e6, M, 'cell'),
        fig(7, 'C', 500, { label: '£', scale: 1 }),
      ],
      null
    );
    expect(codes(finance({ columns: [c] }))).toEqual([['money-unit-change', cellAt(`${S}!C7`)]]);
  });
  test("£k and £'000 are the same unit", () => {
    const c = column('target', 3, "Target £'000", [
      fig(5, 'C', 1e5),
      fig(6, 'C', 2e5, { label: '£k', scale: 1e3 }, 'cell'),
    ]);
    expect(codes(finance({ columns: [c] }))).toEqual([]);
  });
  test('a figure 1,000 times the others is a likely unit slip', () => {
    // Four lines of £100k-£300k, and 250,000 typed as thousands: £250,000,000. Median of the five is £200,000.
    const c = column('target', 3, "Target £'000", [
      fig(5, 'C', 100_000),
      fig(6, 'C', 200_000),
      fig(7, 'C', 250_000_000),
      fig(8, 'C', 300_000),
      fig(9, 'C', 150_000),
    ]);
    expect(checkFinance(finance({ columns: [c] }))).toEqual([
      {
        severity: 'warning',
        code: 'money-unit-slip',
        message:
          '£250,000,000 is about 1,000 times the typical figure of the column "Target £\'000" (£200,000): likely written in the wrong unit. Check the figure.',
        cell: cellAt(`${S}!C7`),
      },
    ]);
  });
  test('a thousandth of the others is a slip too; a merely large line is not', () => {
    const small = column('target', 3, 'Target', [
      fig(5, 'C', 100_000),
      fig(6, 'C', 200_000),
      fig(7, 'C', 200),
      fig(8, 'C', 300_000),
    ]);
    expect(codes(finance({ columns: [small] }))).toEqual([['money-unit-slip', cellAt(`${S}!C7`)]]);
    const large = column('target', 3, 'Target', [
      fig(5, 'C', 100_000),
      fig(6, 'C', 200_000),
      fig(7, 'C', 9_000_000),
      fig(8, 'C', 300_000),
    ]);
    expect(codes(finance({ columns: [large] }))).toEqual([]);
  });
});

describe('savings in prose', () => {
  const target = column('target', 3, 'Savings', [fig(5, 'C', 100_000)]);
  test('a £ saving in the text while the savings cell is empty', () => {
    const l = line(6, { target: null, prose: 15_000_000 });
    expect(checkFinance(finance({ lines: [l], columns: [target] }))).toEqual([
      {
        severity: 'warning',
        code: 'savings-in-prose',
        message:
          'The action text speaks of savings of £15,000,000 but the savings cell is empty, so they are not counted. Put the figure in the savings column.',
        cell: cellAt(`${S}!B6`),
      },
    ]);
  });
  test('no finding where the figure is in the column, or where there is no column', () => {
    expect(
      codes(
        finance({ lines: [line(6, { target: 15_000_000, prose: 15_000_000 })], columns: [target] })
      )
    ).toEqual([]);
    expect(
      codes(
        finance({
          lines: [line(6, { target: 15_000_000, targetFrom: 'prose', prose: 15_000_000 })],
        })
      )
    ).toEqual([]);
  });
});
