import {
  findMoneyInText,
  moneyUnitFromHeader,
  readAmount,
  readMoney,
} from '../../../src/plan/read/money';

describe('readMoney', () => {
  it.each([
    ['£15m', 15_000_000],
    ['£1.23m', 1_230_000],
    ['£250k', 250_000],
    ['£250K', 250_000],
    ['£2,000,000', 2_000_000],
    ['2,000,000', 2_000_000],
    ['2.5m', 2_500_000],
    ['£1.94 billion', 1_940_000_000],
    ['£1.9bn', 1_900_000_000],
    ['£3 million', 3_000_000],
    ['£12,287', 12_287],
    ['£45.60', 45.6],
    ['GBP 5m', 5_000_000],
    ['£ 250k', 250_000],
  ])('reads %s as %d pounds', (text, pounds) => {
    expect(readMoney(text)).toEqual({ value: pounds });
  });

  it.each(['(£250k)', '-£250k', '£-250k', '\u2212£250k', '( £250k )'])(
    'reads %s as a negative amount',
    (text) => {
      expect(readMoney(text)).toEqual({ value: -250_000 });
    }
  );

  it("multiplies numbers by the column's unit", () => {
    expect(readMoney(250, 1000)).toEqual({ value: 250_000 });
    expect(readMoney(1.5, 1e6)).toEqual({ value: 1_500_000 });
    expect(readMoney(-12.5)).toEqual({ value: -12.5 });
    expect(readMoney('250', 1000)).toEqual({ value: 250_000 });
    expect(readMoney('(50)', 1000)).toEqual({ value: -50_000 });
    expect(readMoney('£250', 1000)).toEqual({ value: 250_000 });
  });

  it('does not apply the unit to an amount with its own scale', () => {
    expect(readMoney('£250k', 1000)).toEqual({ value: 250_000 });
    expect(readMoney('£1.2m', 1000)).toEqual({ value: 1_200_000 });
  });

  it('ignores a unit that is not a positive number', () => {
    expect(readMoney(5, 0)).toEqual({ value: 5 });
    expect(readMoney(5, NaN)).toEqual({ value: 5 });
  });

  it('rounds to the penny, so scaled decimals come out whole', () => {
    expect(readMoney('£1.23m').value).toBe(1230000);
    expect(readMoney(0.1 + 0.2).value).toBe(0.3);
    expect(Object.is(readMoney(-0).value, 0)).toBe(true);
    expect(Object.is(readMoney('(£0)').value, 0)).toBe(true);
  });

  it.each([
    ['c. £250k', 250_000],
    ['£250k recurrent', 250_000],
    ['approx 1.5m (full year)', 1_500_000],
    ['Full year effect £1.2m from 2025/26', 1_200_000],
  ])('reads the amount in %p', (text, pounds) => {
    expect(readMoney(text).value).toBe(pounds);
  });

  it.each([null, '', '  ', '-', 'n/a', 'N/A', 'Nil', 'TBC', 'tbc', 'To be confirmed', '?'])(
    'treats %p as no amount, with no problem',
    (value) => {
      expect(readMoney(value)).toEqual({ value: null });
    }
  );

  it.each(['a lot', 'TBC maybe', '2024/25 savings', 'Q3'])('reports %p as unreadable', (text) => {
    expect(readMoney(text)).toEqual({
      value: null,
      problem: {
        code: 'unreadable-money',
        severity: 'warning',
        message: `Amount "${text}" is not a sum of money. Use pounds such as £250,000, £250k, £1.5m or (£250k) for a negative amount.`,
      },
    });
  });

  it.each([NaN, Infinity, -Infinity, true, { error: '#DIV/0!' }])(
    'reports %p as unreadable',
    (value) => {
      expect(readMoney(value)).toMatchObject({
        value: null,
        problem: { code: 'unreadable-money' },
      });
    }
  );

  it('reports an amount too large to hold', () => {
    expect(readMoney(1e308, 1e6)).toMatchObject({
      value: null,
      problem: { code: 'unreadable-money' },
    });
  });
});

describe('findMoneyInText', () => {
  it('finds the savings figure in an action from the Havering productivity plan (seed 004)', () => {
    expect(
      findMoneyInText(
        'Undertake Star Chambers to ensure we are delivering the £15m of savings agreed in 2024/25 and identify further savings for 2025/26 onwards'
      )
    ).toBe(15_000_000);
    expect(
      findMoneyInText(
        'Invest £250k in a programme of work to support the move to a self-service model'
      )
    ).toBe(250_000);
    expect(
      findMoneyInText('Success Criteria: £1.23m of overspend in Starting Well during 2023/24')
    ).toBe(1_230_000);
    expect(findMoneyInText('the top 20 providers to be around £1.94 billion, with the top 6')).toBe(
      1_940_000_000
    );
  });

  it('returns the first £ amount, whatever it is for', () => {
    expect(
      findMoneyInText(
        "Havering's 24/25 Public Health Grant (PHG) is £12,287, the equivalent of £45.6 per head."
      )
    ).toBe(12_287);
    expect(findMoneyInText('the equivalent of £45.6 per head')).toBe(45.6);
  });

  it('reads a minus written against the £', () => {
    expect(findMoneyInText('a saving of -£250k this year')).toBe(-250_000);
    expect(findMoneyInText('2023-£5m')).toBe(5_000_000);
  });

  it('returns null with no £ amount', () => {
    expect(findMoneyInText('Deliver 2000 units over 5 years')).toBeNull();
    expect(findMoneyInText('save 250k')).toBeNull();
    expect(findMoneyInText('£')).toBeNull();
    expect(findMoneyInText('')).toBeNull();
  });
});

describe('moneyUnitFromHeader', () => {
  it.each([
    ['Savings £000', 1000],
    ["Savings £'000", 1000],
    ['Savings £’000', 1000],
    ['Target (£k)', 1000],
    ['Savings (£000s)', 1000],
    ['Forecast £ 000', 1000],
    ['Savings (000s)', 1000],
    ['Savings £m', 1e6],
    ['Savings (£M)', 1e6],
    ['Forecast £ million', 1e6],
    ['Savings (£)', 1],
    ['Savings', 1],
    ['£ Markets', 1],
    ['', 1],
  ])('%p counts in %d', (header, unit) => {
    expect(moneyUnitFromHeader(header)).toBe(unit);
  });
});

describe('readAmount: units from the header and from the number format', () => {
  const thousands = { label: "£'000", scale: 1e3 };
  const millions = { label: '£m', scale: 1e6 };
  it.each([
    // value, column unit, number format, pounds, unit shown, where the unit came from
    [250, null, null, 250, '£', 'column'],
    [250, thousands, null, 250_000, "£'000", 'column'],
    [250, thousands, '#,##0;(#,##0)', 250_000, "£'000", 'column'],
    [-50, thousands, '#,##0;(#,##0)', -50_000, "£'000", 'column'],
    [1.25, millions, '0.00', 1_250_000, '£m', 'column'],
    // "#,##0," shows 250000 as 250: the stored figure is already pounds.
    [250_000, thousands, '#,##0,', 250_000, "£'000", 'column'],
    [250_000, null, '#,##0,', 250_000, '£k', 'format'],
    // A literal "k" without a scaling comma: the stored figure is in thousands.
    [250, null, '£#,##0"k"', 250_000, '£k', 'format'],
    [1_500_000, thousands, '£0.0,,"m"', 1_500_000, '£m', 'format'],
    [250, thousands, '£#,##0', 250_000, "£'000", 'column'],
    ['(1,250)', thousands, null, -1_250_000, "£'000", 'column'],
    ['(£1.2m)', thousands, null, -1_200_000, '£m', 'cell'],
    ['£250k', null, null, 250_000, '£k', 'cell'],
    ['£250', null, null, 250, '£', 'column'],
  ])('%p with %p and format %p is £%d', (value, column, format, pounds, label, unitFrom) => {
    const r = readAmount(value, column, format);
    expect(r.problem).toBeUndefined();
    expect(r.value).toMatchObject({ pounds, status: 'amount', unitFrom });
    expect(r.value.unit.label).toBe(label);
  });

  it.each([
    ['TBC', 'unknown'],
    ['tba', 'unknown'],
    ['To be confirmed', 'unknown'],
    ['', 'none'],
    ['-', 'none'],
    [null, 'none'],
  ])('%p is no amount (%s), never zero', (value, status) => {
    const r = readAmount(value, thousands);
    expect(r).toEqual({ value: { pounds: null, status, unit: thousands, unitFrom: 'column' } });
  });

  it('quotes money text it cannot read', () => {
    const r = readAmount('about half', thousands);
    expect(r.value).toMatchObject({ pounds: null, status: 'unreadable' });
    expect(r.problem).toEqual({
      code: 'unreadable-money',
      severity: 'warning',
      message:
        'Amount "about half" is not a sum of money. Use pounds such as £250,000, £250k, £1.5m or (£250k) for a negative amount.',
    });
  });
});
