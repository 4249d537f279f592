import fc from 'fast-check';
import {
  daysBetween,
  displayDate,
  displayDateTime,
  isIsoDate,
  isoToSerial,
  serialToIso,
} from '../../src/plan/core/dates';

describe('dates', () => {
  it('converts Excel serials and ISO dates both ways, across the whole range Excel uses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const iso = serialToIso(serial);
        expect(iso !== null && isIsoDate(iso)).toBe(true);
        expect(isoToSerial(iso as string)).toBe(serial);
      })
    );
    expect(serialToIso(43830)).toBe('2019-12-31');
    expect(isoToSerial('2024-03-31')).toBe(45382);
    expect(serialToIso(0)).toBeNull();
    expect(serialToIso(Number.NaN)).toBeNull();
  });

  it('reads January and February 1900 as Excel shows them, around its phantom 29 February 1900', () => {
    // Excel shows serial 1 as 01/01/1900, 59 as 28/02/1900, 60 as 29/02/1900 (no such day), 61 as 01/03/1900.
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(isoToSerial('1900-01-01')).toBe(1);
    expect(isoToSerial('1900-02-28')).toBe(59);
    expect(isoToSerial('1900-03-01')).toBe(61);
    for (let serial = 1; serial < 60; serial++)
      expect(isoToSerial(serialToIso(serial) as string)).toBe(serial);
  });

  it('counts whole calendar days, across month ends, leap days and clock changes', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2); // UK clocks go forward on 31 March 2024
    expect(daysBetween('2024-10-01', '2024-08-31')).toBe(-31);
  });

  it('shows dates and times as a UK reader writes them', () => {
    expect(displayDate('2019-12-01')).toBe('1 Dec 2019');
    expect(displayDate('2024-03-31')).toBe('31 Mar 2024');
    expect(displayDateTime('2024-10-01T09:05:00')).toBe('1 Oct 2024, 09:05');
    expect(displayDateTime('not a time')).toBe('not a time');
  });
});
