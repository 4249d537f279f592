import { readTimescale } from '../../../src/plan/read/timescale';

/** The kind and due date a timescale reads as. */
function read(value: Parameters<typeof readTimescale>[0], format?: string | null) {
  const r = readTimescale(value, format);
  return { kind: r.value.kind, due: r.value.due };
}

describe('readTimescale: phrasings from the published Havering plans (seeds 001 and 004)', () => {
  it.each([
    ['31 December 2019', 'date', '2019-12-31'],
    ['15 th May 2019 Cabinet', 'date', '2019-05-15'],
    ['July 2020', 'month', '2020-07-31'],
    ['December 2019', 'month', '2019-12-31'],
    ['April 2019', 'month', '2019-04-30'],
    ['September 2019', 'month', '2019-09-30'],
    ['August 2024', 'month', '2024-08-31'],
  ])('%s is due %s %s', (text, kind, due) => {
    expect(read(text)).toEqual({ kind, due });
  });

  it.each(['Completed', 'Complete'])('%s is complete, with no due date', (text) => {
    expect(readTimescale(text)).toEqual({ value: { text, kind: 'complete', due: null } });
  });

  it.each(['On-going', 'Ongoing'])('%s is ongoing, with no due date', (text) => {
    expect(readTimescale(text)).toEqual({ value: { text, kind: 'ongoing', due: null } });
  });

  it('keeps the text as written, trimmed', () => {
    expect(readTimescale('  15 th May 2019 Cabinet ').value.text).toBe('15 th May 2019 Cabinet');
  });
});

describe('readTimescale: days, always day first', () => {
  it.each([
    ['31st Dec 2019', '2019-12-31'],
    ['31/12/2019', '2019-12-31'],
    ['31.12.19', '2019-12-31'],
    ['31-12-2019', '2019-12-31'],
    ['01/02/2024', '2024-02-01'],
    ['1/2/24', '2024-02-01'],
    ['2019-12-31', '2019-12-31'],
    ['31-Dec-19', '2019-12-31'],
    ['December 31st, 2019', '2019-12-31'],
    ['29/02/2024', '2024-02-29'],
    ['1st of March 2024', '2024-03-01'],
  ])('%s is the day %s', (text, due) => {
    expect(read(text)).toEqual({ kind: 'date', due });
  });

  it.each([
    ['by 31 March 2025', '2025-03-31'],
    ['No later than 30 June 2024', '2024-06-30'],
    ['Due 30/06/2024', '2024-06-30'],
    ['End of March 2025', '2025-03-31'],
    ['Before Sept 2024', '2024-09-30'],
    // Week commencing Monday 5 Feb 2024 is due by its Friday.
    ['w/c 5 Feb 2024', '2024-02-09'],
    ['31/12/2019 00:00:00', '2019-12-31'],
  ])('reads %s, ignoring the words around the date', (text, due) => {
    expect(read(text).due).toBe(due);
  });
});

describe('readTimescale: months, quarters, financial years, seasons and years end on their last day', () => {
  it.each([
    ['Dec-19', '2019-12-31'],
    ['Dec 2019', '2019-12-31'],
    ["Dec '19", '2019-12-31'],
    ['12/2019', '2019-12-31'],
    ['Feb 2024', '2024-02-29'],
    ['February 2023', '2023-02-28'],
    ['Sept. 2019', '2019-09-30'],
  ])('the month %s ends %s', (text, due) => {
    expect(read(text)).toEqual({ kind: 'month', due });
  });

  it.each([
    '2024/25',
    '2024-25',
    'FY24/25',
    'FY 2024/25',
    '2024/2025',
    '24/25',
    'Financial year 2024/25',
  ])('the financial year %s ends 31 March 2025', (text) => {
    expect(read(text)).toEqual({ kind: 'financial-year', due: '2025-03-31' });
  });

  it('reads a financial year across the century', () => {
    expect(read('1999/00')).toEqual({ kind: 'financial-year', due: '2000-03-31' });
  });

  it.each([
    ['Q1 2024/25', '2024-06-30'],
    ['Q2 2024/25', '2024-09-30'],
    ['Q3 2024/25', '2024-12-31'],
    ['Q4 2024/25', '2025-03-31'],
    ['Q4 2023/24', '2024-03-31'],
    ['q3 24/25', '2024-12-31'],
    ['Q1 2024-25', '2024-06-30'],
    ['Quarter 2 FY24/25', '2024-09-30'],
    ['2024/25 Q3', '2024-12-31'],
  ])('the financial quarter %s ends %s', (text, due) => {
    expect(read(text)).toEqual({ kind: 'quarter', due });
  });

  it.each([
    ['Q1 2024', '2024-03-31'],
    ['Q3 2024', '2024-09-30'],
    ['Q4 2024', '2024-12-31'],
  ])('with no financial year written, %s is a calendar quarter ending %s', (text, due) => {
    expect(read(text)).toEqual({ kind: 'quarter', due });
  });

  it.each([
    ['Spring 2024', '2024-05-31'],
    ['Summer 2024', '2024-08-31'],
    ['Autumn 2024', '2024-11-30'],
    ['Winter 2024', '2025-02-28'],
    ['Winter 2023', '2024-02-29'],
    ['Winter 2024/25', '2025-02-28'],
    ['Spring 2024/25', '2025-05-31'],
    ['Autumn 2024/25', '2024-11-30'],
  ])('the season %s ends %s', (text, due) => {
    expect(read(text)).toEqual({ kind: 'season', due });
  });

  it.each(['2024', 'end of 2024', 'By end 2024'])('the year %s ends 31 December', (text) => {
    expect(read(text)).toEqual({ kind: 'year', due: '2024-12-31' });
  });
});

describe('readTimescale: words with no date', () => {
  it.each(['Done', 'Achieved', 'COMPLETED', 'Completed March 2020'])('%s is complete', (text) => {
    expect(read(text)).toEqual({ kind: 'complete', due: null });
  });

  it.each(['On going', 'BAU', 'Business as usual', 'Continuous', 'ongoing - reviewed quarterly'])(
    '%s is ongoing',
    (text) => {
      expect(read(text)).toEqual({ kind: 'ongoing', due: null });
    }
  );

  it.each(['TBC', 'TBA', 'To be confirmed', 'tbd'])(
    '%s is to be confirmed, without a problem',
    (text) => {
      const r = readTimescale(text);
      expect(r.value).toEqual({ text, kind: 'tbc', due: null });
      expect(r.problem).toBeUndefined();
    }
  );

  it.each([null, '', '   ', '\u00a0'])('%p is empty, without a problem', (value) => {
    expect(readTimescale(value)).toEqual({ value: { text: '', kind: 'empty', due: null } });
  });
});

describe('readTimescale: what it cannot read is kept, with a problem that quotes it', () => {
  it('says what would be accepted', () => {
    expect(readTimescale('next spring-ish')).toEqual({
      value: { text: 'next spring-ish', kind: 'unreadable', due: null },
      problem: {
        code: 'unreadable-timescale',
        severity: 'warning',
        message:
          'Timescale "next spring-ish" is not a date. Use a date (31/12/2024), a month (December 2024), a quarter (Q3 2024/25), a financial year (2024/25), "Ongoing" or "TBC".',
      },
    });
  });

  // Excel's calendar ends on 31 December 9999 (its day 2,958,465), a date some plans write for "no
  // end"; it exists, typed or stored, and so do the years between.
  it.each([
    ['31/12/9999', '9999-12-31'],
    ['December 9999', '9999-12-31'],
    ['30/06/2250', '2250-06-30'],
  ])('%s is a date Excel has: due %s, no finding', (text, due) => {
    const r = readTimescale(text);
    expect(r.value.due).toBe(due);
    expect(r.problem).toBeUndefined();
  });
  it('the day number of 31 December 9999 is that date', () => {
    expect(read(2_958_465, 'dd/mm/yyyy')).toEqual({ kind: 'date', due: '9999-12-31' });
  });

  it.each(['31/02/2024', '32 Dec 2019', '29/02/2023', '12/31/2019', '13/2024', '2019-13-01'])(
    '%s is a date that does not exist, not a year or month',
    (text) => {
      const r = readTimescale(text);
      expect(r.value).toEqual({ text, kind: 'unreadable', due: null });
      expect(r.problem?.code).toBe('unreadable-timescale');
      expect(r.problem?.message).toContain(`"${text}" names a date that does not exist`);
    }
  );

  it.each([
    'End of March',
    'Q3',
    'May 15',
    'Dec 19',
    'Within 6 months of approval',
    'n/a',
    'Phase 2',
  ])('%s names no year, so no date', (text) => {
    expect(readTimescale(text).problem?.code).toBe('unreadable-timescale');
  });

  it.each([true, false])('the boolean %p is unreadable', (value) => {
    expect(readTimescale(value)).toMatchObject({
      value: { kind: 'unreadable', due: null },
      problem: { code: 'unreadable-timescale' },
    });
  });

  it('names an error value', () => {
    const r = readTimescale({ error: '#N/A' });
    expect(r.value).toEqual({ text: '#N/A', kind: 'unreadable', due: null });
    expect(r.problem?.message).toMatch(/^Timescale holds the error #N\/A\. Use a date/);
  });
});

describe('readTimescale: two dates', () => {
  it('uses the later one and says so', () => {
    const r = readTimescale('March 2024 - June 2024');
    expect(r.value).toEqual({ text: 'March 2024 - June 2024', kind: 'month', due: '2024-06-30' });
    expect(r.problem).toEqual({
      code: 'timescale-range',
      severity: 'info',
      message:
        'Timescale "March 2024 - June 2024" names more than one date; the later one, 30 Jun 2024, is used as the due date.',
    });
  });

  it('says nothing when the same date is written twice', () => {
    expect(readTimescale('31 December 2019 31 December 2019')).toEqual({
      value: { text: '31 December 2019 31 December 2019', kind: 'date', due: '2019-12-31' },
    });
  });

  it('compares dates of different kinds', () => {
    expect(read('Q1 2024/25 to 31/03/2025')).toEqual({ kind: 'date', due: '2025-03-31' });
    expect(read('2024/25 – 2025/26')).toEqual({ kind: 'financial-year', due: '2026-03-31' });
  });
});

describe('readTimescale: Excel dates (serial numbers)', () => {
  it('reads a serial with a date format, shown as the report shows dates', () => {
    expect(readTimescale(43830, 'dd/mm/yyyy')).toEqual({
      value: { text: '31 Dec 2019', kind: 'date', due: '2019-12-31' },
    });
    expect(readTimescale(45565, 'd mmmm yyyy').value.due).toBe('2024-09-30');
    expect(readTimescale(45565, '[$-809]dd mmmm yyyy;@').value.due).toBe('2024-09-30');
  });

  it('a date whose format shows no day is a deadline at the end of the month (or year) shown', () => {
    // 1 Mar 2027 stored, shown "Mar-27": a reader takes "by March 2027" to mean by 31 March.
    expect(readTimescale(46447, 'mmm-yy')).toEqual({
      value: { text: 'Mar 2027', kind: 'month', due: '2027-03-31' },
      problem: {
        code: 'period-end-due',
        severity: 'info',
        message:
          "Timescale shows Mar 2027 with no day (the cell's number format), so the end of that month, 31 Mar 2027, is used as the due date.",
      },
    });
    // A leap February, a long month name, a locale prefix: still the month's last day.
    expect(readTimescale(45323, 'mmmm yyyy').value.due).toBe('2024-02-29');
    expect(readTimescale(46204, '[$-809]mmm yyyy;@').value.due).toBe('2026-07-31');
    expect(readTimescale(46023, 'yyyy').value).toEqual({
      text: '2026',
      kind: 'year',
      due: '2026-12-31',
    });
    // A day shown, or a time beside "mm" (minutes): the day itself, no note.
    expect(readTimescale(46218, 'dd-mmm-yy')).toEqual({
      value: { text: '15 Jul 2026', kind: 'date', due: '2026-07-15' },
    });
    expect(readTimescale(46218, 'h:mm').value.due).toBe('2026-07-15');
  });

  it('a day typed into a cell that shows only the month is the deadline, with a note', () => {
    // 15 Jul 2026 stored (Excel keeps the 1st when only a month is typed), shown "Jul-26".
    expect(readTimescale(46218, 'mmm-yy')).toEqual({
      value: { text: '15 Jul 2026', kind: 'date', due: '2026-07-15' },
      problem: {
        code: 'hidden-day',
        severity: 'info',
        message:
          'Timescale shows Jul 2026 but the cell holds 15 Jul 2026 (its number format hides the day); 15 Jul 2026 is used as the due date.',
      },
    });
    // Shown as a year only, stored on a day other than 1 January: the day stored.
    expect(readTimescale(46218, 'yyyy').value.due).toBe('2026-07-15');
  });

  it('drops the time of a date-time', () => {
    expect(readTimescale(45565.75, 'dd/mm/yyyy hh:mm').value.due).toBe('2024-09-30');
  });

  it('reads a plausible serial as a date when the format is General or unknown', () => {
    expect(readTimescale(43830).value).toEqual({
      text: '31 Dec 2019',
      kind: 'date',
      due: '2019-12-31',
    });
    expect(readTimescale(43830, 'General').value.due).toBe('2019-12-31');
    expect(readTimescale(43830, null).value.due).toBe('2019-12-31');
  });

  it('reads a year typed as a number', () => {
    expect(readTimescale(2024, 'General')).toEqual({
      value: { text: '2024', kind: 'year', due: '2024-12-31' },
    });
  });

  it('does not read other numbers as dates', () => {
    for (const [n, format] of [
      [100, 'General'],
      [45565, '#,##0'],
      [45565, '"Day "0'],
      [0.5, 'h:mm'],
      [-3, 'dd/mm/yyyy'],
      [3e9, 'dd/mm/yyyy'],
      [NaN, null],
      [Infinity, 'dd/mm/yyyy'],
      [-Infinity, null],
    ] as const) {
      const r = readTimescale(n, format);
      expect(r.value.kind).toBe('unreadable');
      expect(r.value.due).toBeNull();
      expect(r.problem?.code).toBe('unreadable-timescale');
    }
  });
});

// Speed is measured by `npm run bench`, not asserted here.
describe('readTimescale: its cache', () => {
  it('reads Excel dates right however many pass through', () => {
    for (let i = 0; i < 10_000; i++) readTimescale(43466 + (i % 2000), 'dd/mm/yyyy');
    expect(readTimescale(43466 + 364, 'dd/mm/yyyy').value.due).toBe('2019-12-31');
    expect(readTimescale(43466, 'dd/mm/yyyy').value.due).toBe('2019-01-01');
  });

  it('still reads correctly after many distinct texts have passed through the cache', () => {
    expect(readTimescale('30 April 2021 first').value.due).toBe('2021-04-30');
    for (let i = 0; i < 30_000; i++)
      readTimescale(`Q${(i % 4) + 1} 20${10 + (i % 20)}/${11 + (i % 20)} #${i}`);
    expect(readTimescale('30 April 2021 first').value.due).toBe('2021-04-30');
    expect(readTimescale('Q3 2024/25 #29999').value.due).toBe('2024-12-31');
  });

  it('hands out copies, so a caller cannot change a cached reading', () => {
    const first = readTimescale('December 2019');
    first.value.due = '1999-01-01';
    expect(readTimescale('December 2019').value.due).toBe('2019-12-31');
  });
});

describe('readTimescale: more of what councils write', () => {
  it.each([
    // A calendar quarter when no financial year is written: Q2 is April to June.
    ['Q2 2024', 'quarter', '2024-06-30'],
    // A financial-year quarter with a short year: Q3 of 2017/18 is October to December 2017.
    ['Q3 17/18', 'quarter', '2017-12-31'],
    ['2017/18', 'financial-year', '2018-03-31'],
    ['31.08.17', 'date', '2017-08-31'],
    // Week commencing Monday 3 June 2024: due by its Friday, 7 June.
    ['w/c 3 June 2024', 'week', '2024-06-07'],
    ['W/C 03/06/2024', 'week', '2024-06-07'],
    ['Week commencing 3rd June 2024', 'week', '2024-06-07'],
    // Ranges of years: due by the end of the last.
    ['Medium term (2025-2027)', 'range', '2027-12-31'],
    ['2024-2026', 'range', '2026-12-31'],
    ['2025 to 2027', 'range', '2027-12-31'],
    ['Long term 2026 – 2030', 'range', '2030-12-31'],
    // Consecutive years with a dash stay a financial year.
    ['2024-2025', 'financial-year', '2025-03-31'],
    ['by 2025', 'year', '2025-12-31'],
    // A revised date stands, earlier or later than the one it replaced.
    ['Revised: Mar 2025', 'month', '2025-03-31'],
    ['Revised date 31/01/2025 (was 31/03/2025)', 'date', '2025-01-31'],
    ['Original 31/03/2024, revised 30/09/2024', 'date', '2024-09-30'],
    ['Delayed - now June 2025', 'month', '2025-06-30'],
    ['Extended to 30/09/2025 (originally 31/03/2025)', 'date', '2025-09-30'],
  ])('%s is due %s %s', (text, kind, due) => {
    const r = readTimescale(text);
    expect({ kind: r.value.kind, due: r.value.due }).toEqual({ kind, due });
    expect(r.problem).toBeUndefined();
  });

  it('takes no date for a revision by a word that only contains a marker', () => {
    // "snow" holds "now": the later date stands, as for any two dates.
    expect(readTimescale('Snow clearance 31/01/2025 and 28/02/2025').value.due).toBe('2025-02-28');
  });

  it.each([
    ['Annual', 'ongoing'],
    ['Monthly', 'ongoing'],
    ['Quarterly review', 'ongoing'],
    ['Every year', 'ongoing'],
    ['Implemented', 'complete'],
    ['Closed', 'complete'],
    ['✔ Complete', 'complete'],
    ['On hold', 'paused'],
    ['Deferred to next year', 'paused'],
    ['Cancelled', 'cancelled'],
    ['Withdrawn', 'cancelled'],
    ['Superseded by new strategy', 'cancelled'],
  ])('%s is %s, with no due date and no problem', (text, kind) => {
    expect(readTimescale(text)).toEqual({ value: { text, kind, due: null } });
  });

  it.each(['Short term', 'Medium-term', 'Long term (5 years +)'])(
    '%s is an undated term, with a note saying so',
    (text) => {
      expect(readTimescale(text)).toEqual({
        value: { text, kind: 'term', due: null },
        problem: {
          code: 'undated-term',
          severity: 'info',
          message: expect.stringContaining(`"${text}" names a term but no date`),
        },
      });
    }
  );

  it('reads the 29/02/1900 Excel shows for serial 60 as a day that never was', () => {
    expect(readTimescale(60, 'dd/mm/yyyy')).toMatchObject({
      value: { kind: 'unreadable', due: null },
      problem: {
        code: 'unreadable-timescale',
        message: expect.stringContaining('29/02/1900, a day that never was'),
      },
    });
    expect(readTimescale(59, 'dd/mm/yyyy').value).toEqual({
      text: '28 Feb 1900',
      kind: 'date',
      due: '1900-02-28',
    });
  });
});
