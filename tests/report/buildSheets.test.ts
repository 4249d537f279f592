import { rangeA1, summarise, type Finding } from '../../src/plan';
import { buildSheets } from '../../src/report/buildSheets';
import type { SheetSpec, SpecValue } from '../../src/report/sheetSpec';
import { action, plan } from './handMade';
import { a1At, cellAt, rangeAt } from '../cellText';

const meta = {
  refreshedAt:
    '2024-06-01T09:00:00' /* local time: the sheet shows it as the reader's clock would */,
  source: "'Action plan'!A4:F9",
};
const asOf = '2024-06-01';

/** Five actions a reader can count by hand. */
const actions = [
  action(5, {
    area: 'Housing',
    lead: 'Ann',
    rag: 'red',
    state: 'overdue',
    due: '2024-03-31',
    savings: 1000,
    action: '=HYPERLINK("x")',
  }),
  action(6, {
    area: 'Housing',
    lead: 'Bob',
    rag: 'amber',
    state: 'overdue',
    due: '2024-05-31',
    savings: 500,
  }),
  action(7, {
    area: 'Adults',
    lead: 'Ann',
    rag: 'green',
    state: 'due-soon',
    due: '2024-06-10',
    savings: 250,
  }),
  action(8, { area: 'Adults', lead: null, rag: 'blue', state: 'complete', due: '2024-01-31' }),
  action(9, { area: null, lead: 'Bob', rag: null, state: 'undated' }),
];
const findings: Finding[] = [
  {
    severity: 'info' as const,
    code: 'hidden-sheet',
    message: 'The table is on a hidden sheet.',
    cell: null,
  },
  {
    severity: 'error' as const,
    code: 'unreadable-timescale',
    message: 'Timescale "soon" cannot be read.',
    cell: cellAt("'Action plan'!E9"),
  },
  {
    severity: 'warning' as const,
    code: 'missing-lead',
    message: 'No lead.',
    cell: cellAt("'Action plan'!D8"),
  },
];
const plans = [plan(actions, findings)];
const summary = summarise(plans, { asOf, dueSoonDays: 30 });
const specs = buildSheets(summary, plans, meta);
const sheet = (key: SheetSpec['key']) => specs.find((s) => s.key === key) as SheetSpec;

/** The row whose first cell is `label`, searching from `from` (1-based). */
function rowOf(spec: SheetSpec, label: string, from = 1): SpecValue[] {
  const i = spec.values.findIndex((r, idx) => idx >= from - 1 && r[0] === label);
  if (i < 0) throw new Error(`no row "${label}" on ${spec.name}`);
  return spec.values[i];
}
const rowNumber = (spec: SheetSpec, label: string, from = 1) =>
  spec.values.findIndex((r, i) => i >= from - 1 && r[0] === label) + 1;

describe('buildSheets', () => {
  test('writes Summary, Overdue and Data quality, and Savings only when the plan carries money', () => {
    expect(specs.map((s) => [s.key, s.name])).toEqual([
      ['summary', 'Summary'],
      ['overdue', 'Overdue'],
      ['quality', 'Data quality'],
      ['savings', 'Savings'],
    ]);
    const noMoney = plan(actions.map((a) => ({ ...a, savings: null })));
    const keys = buildSheets(summarise([noMoney], { asOf }), [noMoney], meta).map((s) => s.key);
    expect(keys).toEqual(['summary', 'overdue', 'quality']);
  });

  test('every sheet starts with its fixed title, the as-of date, the source and the time of refresh', () => {
    const titles = specs.map((s) => s.values[0][0]);
    expect(titles).toEqual([
      'RAG Plan summary',
      'RAG Plan: overdue and due soon',
      'RAG Plan: data quality',
      'RAG Plan: savings',
    ]);
    for (const s of specs) {
      // 1 June 2024 is Excel day 45444.
      expect(s.values.slice(1, 4)).toEqual([
        ['As of', 45444],
        ['Source', meta.source],
        ['Refreshed', '1 Jun 2024, 09:00'],
      ]);
      expect(s.numberFormats).toContainEqual({ range: rangeAt('B2'), format: 'dd mmm yyyy' });
    }
  });

  test('headline counts match the five actions', () => {
    const s = sheet('summary');
    expect(rowOf(s, 'Actions')).toEqual(['Actions', 5]);
    expect(rowOf(s, 'Red')).toEqual(['Red', 1]);
    expect(rowOf(s, 'Amber')).toEqual(['Amber', 1]);
    expect(rowOf(s, 'Green')).toEqual(['Green', 1]);
    expect(rowOf(s, 'Blue')).toEqual(['Blue', 1]);
    expect(rowOf(s, 'No RAG')).toEqual(['No RAG', 1]);
    expect(rowOf(s, 'Overdue')).toEqual(['Overdue', 2]);
    expect(rowOf(s, 'Due soon (within 30 days)')).toEqual(['Due soon (within 30 days)', 1]);
    const complete = rowNumber(s, 'Complete (cancelled actions left out)');
    expect(s.values[complete - 1][1]).toBeCloseTo(0.2);
    expect(s.numberFormats).toContainEqual({ range: rangeAt(`B${complete}`), format: '0.0%' });
    expect(rowOf(s, 'Undated')).toEqual(['Undated', 1]);
    expect(rowOf(s, 'Paused (on hold, deferred)')).toEqual(['Paused (on hold, deferred)', 0]);
    expect(rowOf(s, 'Cancelled (withdrawn, superseded)')).toEqual([
      'Cancelled (withdrawn, superseded)',
      0,
    ]);
  });

  test('counts paused and cancelled actions on the Summary sheet', () => {
    const stopped = plan([
      ...actions,
      action(10, { area: 'Adults', lead: 'Ann', rag: null, state: 'paused' }),
      action(11, { area: 'Adults', lead: 'Ann', rag: null, state: 'cancelled' }),
    ]);
    const s = buildSheets(summarise([stopped], { asOf }), [stopped], meta).find(
      (x) => x.key === 'summary'
    ) as SheetSpec;
    expect(rowOf(s, 'Paused (on hold, deferred)')).toEqual(['Paused (on hold, deferred)', 1]);
    expect(rowOf(s, 'Cancelled (withdrawn, superseded)')).toEqual([
      'Cancelled (withdrawn, superseded)',
      1,
    ]);
  });

  test('RAG by area and by lead: RAG words head the columns and the totals add up', () => {
    const s = sheet('summary');
    const area = rowNumber(s, 'RAG by area');
    expect(s.values[area]).toEqual([
      'Area',
      'Red',
      'Red/Amber',
      'Amber',
      'Amber/Green',
      'Green',
      'Blue',
      'No RAG',
      'Total',
    ]);
    expect(rowOf(s, 'Housing', area)).toEqual(['Housing', 1, 0, 1, 0, 0, 0, 0, 2]);
    expect(rowOf(s, 'Adults', area)).toEqual(['Adults', 0, 0, 0, 0, 1, 1, 0, 2]);
    expect(rowOf(s, '(none)', area)).toEqual(['(none)', 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(rowOf(s, 'Total', area)).toEqual(['Total', 1, 0, 1, 0, 1, 1, 1, 5]);
    const lead = rowNumber(s, 'RAG by lead');
    expect(rowOf(s, 'Ann', lead)).toEqual(['Ann', 1, 0, 0, 0, 1, 0, 0, 2]);
    expect(rowOf(s, 'Bob', lead)).toEqual(['Bob', 0, 0, 1, 0, 0, 0, 1, 2]);
    expect(rowOf(s, 'Total', lead)).toEqual(['Total', 1, 0, 1, 0, 1, 1, 1, 5]);
  });

  test('one stacked bar chart per RAG table, series by columns in RAG colours, not overlapping', () => {
    const s = sheet('summary');
    const area = rowNumber(s, 'RAG by area');
    expect(s.charts).toHaveLength(2);
    const [byArea, byLead] = s.charts;
    // Header row to the last group row (not the total), category column to No RAG.
    expect(byArea).toMatchObject({
      type: 'bar-stacked',
      seriesBy: 'columns',
      dataRange: rangeAt(`A${area + 1}:H${area + 4}`),
    });
    expect(byArea.seriesColors).toEqual([
      '#C00000',
      '#ED7D31',
      '#FFC000',
      '#92D050',
      '#00B050',
      '#0070C0',
      '#D9D9D9',
    ]);
    const bottom = byArea.to.row;
    const top = byLead.from.row;
    expect(top).toBeGreaterThan(bottom);
    expect(byArea.name).not.toBe(byLead.name);
  });

  test('overdue list: most overdue first, then due soon, with due date serial, days, RAG word and a link', () => {
    const s = sheet('overdue');
    const header = rowNumber(s, 'Status');
    expect(s.freezeRows).toBe(header);
    const rows = s.values.slice(header, header + 3);
    // 31 Mar 2024 is 62 days before 1 Jun; 31 May is 1 day before; 10 Jun is 9 days after.
    expect(rows).toEqual([
      ['Overdue', 'Housing', '=HYPERLINK("x")', 'Ann', 45382, 62, null, 'Red', "'Action plan'!C5"],
      ['Overdue', 'Housing', 'Action on row 6', 'Bob', 45443, 1, null, 'Amber', "'Action plan'!C6"],
      ['Due soon', 'Adults', 'Action on row 7', 'Ann', 45453, null, 9, 'Green', "'Action plan'!C7"],
    ]);
    expect(s.links.map((l) => [l.cell, l.target])).toEqual([
      [a1At(`I${header + 1}`), cellAt(`'Action plan'!C5`)],
      [a1At(`I${header + 2}`), cellAt(`'Action plan'!C6`)],
      [a1At(`I${header + 3}`), cellAt(`'Action plan'!C7`)],
    ]);
    expect(s.numberFormats).toContainEqual({
      range: rangeAt(`E${header + 1}:E${header + 3}`),
      format: 'dd mmm yyyy',
    });
  });

  test('plan text that looks like a formula stays a string value', () => {
    const cells = specs.flatMap((s) => s.values.flat());
    expect(cells).toContain('=HYPERLINK("x")');
  });

  test('every RAG cell carries its word and a fill with a readable text colour', () => {
    const s = sheet('overdue');
    const header = rowNumber(s, 'Status');
    const red = s.styles.find((st) => rangeA1(st.range) === `H${header + 1}`);
    expect(s.values[header][7]).toBe('Red');
    expect(red?.style).toMatchObject({ fill: '#C00000', fontColor: '#FFFFFF' });
    const amber = s.styles.find((st) => rangeA1(st.range) === `H${header + 2}`);
    expect(amber?.style).toMatchObject({ fill: '#FFC000', fontColor: '#000000' });
    // An action with no rating still says so in words.
    const sum = sheet('summary');
    expect(sum.values.flat()).toContain('No RAG');
  });

  test('data quality: counts by severity and code, then findings most severe first, plan-level ones without a link', () => {
    const s = sheet('quality');
    const sev = rowNumber(s, 'By severity');
    expect(s.values.slice(sev + 1, sev + 5)).toEqual([
      ['Error', 1],
      ['Warning', 1],
      ['Info', 1],
      ['Total', 3],
    ]);
    const every = rowNumber(s, 'Every finding');
    const list = s.values.slice(every + 1, every + 4).map((r) => [r[0], r[1], r[3]]);
    expect(list).toEqual([
      ['Error', 'unreadable-timescale', "'Action plan'!E9"],
      ['Warning', 'missing-lead', "'Action plan'!D8"],
      ['Info', 'hidden-sheet', '(whole plan)'],
    ]);
    expect(s.links.map((l) => l.target)).toEqual([
      cellAt(`'Action plan'!E9`),
      cellAt(`'Action plan'!D8`),
    ]);
  });

  test('an empty plan still gives sheets that say so', () => {
    const empty = plan([]);
    const out = buildSheets(summarise([empty], { asOf }), [empty], meta);
    expect(out.find((s) => s.key === 'overdue')?.values.flat()).toContain(
      'Nothing is overdue or due soon.'
    );
    expect(out.find((s) => s.key === 'summary')?.charts).toEqual([]);
  });
});
