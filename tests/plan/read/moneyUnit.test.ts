import { describeUnit, unitFromFormat, unitFromHeader } from '../../../src/plan/read/moneyUnit';

describe('unitFromHeader', () => {
  it.each([
    ['Target £', '£', 1],
    ['Savings (£)', '£', 1],
    ['Target £k', '£k', 1e3],
    ['2024/25 £k', '£k', 1e3],
    ["Saving £'000", "£'000", 1e3],
    ['Savings £000s', "£'000", 1e3],
    ['Forecast £ 000', "£'000", 1e3],
    ['Savings (000s)', "£'000", 1e3],
    ['Target £m', '£m', 1e6],
    ['Savings (£M)', '£m', 1e6],
    ['Forecast £ million', '£m', 1e6],
    ['Budget £bn', '£bn', 1e9],
  ])('%p is in %s', (header, label, scale) => {
    expect(unitFromHeader(header)).toEqual({ label, scale });
  });

  it.each(['Savings', 'Forecast', '', '2024/25', 'Markets'])('%p names no unit', (header) => {
    expect(unitFromHeader(header)).toBeNull();
  });
});

describe('unitFromFormat', () => {
  it.each([
    ['£#,##0', { divisor: 1, suffix: null, pounds: true }],
    ['"£"#,##0.00', { divisor: 1, suffix: null, pounds: true }],
    ['[$£-809]#,##0;[Red]-[$£-809]#,##0', { divisor: 1, suffix: null, pounds: true }],
    ['#,##0,', { divisor: 1e3, suffix: null, pounds: false }],
    ['£#,##0,"k"', { divisor: 1e3, suffix: { label: '£k', scale: 1e3 }, pounds: true }],
    ['£0.0,,"m"', { divisor: 1e6, suffix: { label: '£m', scale: 1e6 }, pounds: true }],
    ['#,##0"k";(#,##0"k")', { divisor: 1, suffix: { label: '£k', scale: 1e3 }, pounds: false }],
    ['£0.0\\m', { divisor: 1, suffix: { label: '£m', scale: 1e6 }, pounds: true }],
    ['_-£* #,##0_-;-£* #,##0_-;_-£* "-"_-;_-@_-', { divisor: 1, suffix: null, pounds: true }],
  ])('%p', (format, unit) => {
    expect(unitFromFormat(format)).toEqual(unit);
  });

  it.each([null, '', 'General', '#,##0', '0.00', '0%', 'dd/mm/yyyy', 'mmm-yy', '#,##0;(#,##0)'])(
    '%p says nothing about money',
    (format) => {
      expect(unitFromFormat(format)).toBeNull();
    }
  );
});

test('describeUnit names the unit in words', () => {
  expect(describeUnit({ label: '£', scale: 1 })).toBe('pounds');
  expect(describeUnit({ label: "£'000", scale: 1e3 })).toBe("thousands of pounds (£'000)");
  expect(describeUnit({ label: '£m', scale: 1e6 })).toBe('millions of pounds (£m)');
});
