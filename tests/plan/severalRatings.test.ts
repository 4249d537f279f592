/**
 * A plan that rates each action several ways: the Overall rating (else Delivery) is the action's
 * RAG, the others are kept as its dimensions, and the plan says which it chose. Every expected
 * value is read off the rows below by hand.
 */
import { readPlans } from '../../src/plan/judge/readPlans';
import { summarise } from '../../src/plan/summary';
import type { CellValue, Grid } from '../../src/plan/core/grid';
import { gridOf, merge } from './gridOf';

const AS_OF = '2026-12-07';

function planOf(rows: CellValue[][], extras: Partial<Grid> = {}, overrides = {}) {
  const plans = readPlans(gridOf(rows, extras), { asOf: AS_OF, overrides });
  expect(plans).toHaveLength(1);
  return plans[0];
}

describe('four rating columns: Time, Cost, Quality, Overall', () => {
  const rows: CellValue[][] = [
    ['Project', 'Project manager', 'Completion', 'Time', 'Cost', 'Quality', 'Overall'],
    ['Leisure centre', 'Leisure Projects Manager', '31/03/2027', 'Red', 'Amber', 'Green', 'Amber'],
    ['First homes', 'Housing Development Manager', '30/09/2027', 'Amber', 'Red', 'Green', 'Red'],
    [
      'Contact centre',
      'Customer Services Manager',
      '31/01/2027',
      'Green',
      'Green',
      'Green',
      'Green',
    ],
  ];

  it('reads Overall (G) as the RAG and keeps Time, Cost and Quality per action', () => {
    const plan = planOf(rows);
    expect(plan.actions.map((a) => a.rag)).toEqual(['amber', 'red', 'green']);
    expect(plan.actions.map((a) => a.cols.rag)).toEqual([7, 7, 7]);
    expect(plan.actions[0].dimensions).toEqual([
      { dimension: 'Time', rag: 'red' },
      { dimension: 'Cost', rag: 'amber' },
      { dimension: 'Quality', rag: 'green' },
    ]);
    expect(plan.actions[1].dimensions).toEqual([
      { dimension: 'Time', rag: 'amber' },
      { dimension: 'Cost', rag: 'red' },
      { dimension: 'Quality', rag: 'green' },
    ]);
    expect(plan.columns.filter((c) => c.dimension).map((c) => [c.col, c.dimension])).toEqual([
      [4, 'Time'],
      [5, 'Cost'],
      [6, 'Quality'],
    ]);
  });

  it('says which it chose, at the Overall header, and how to choose another', () => {
    const plan = planOf(rows);
    const note = plan.findings.find((f) => f.code === 'rag-dimensions');
    expect(note?.cell).toEqual({ sheet: 'Plan', row: 1, col: 7 });
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain('"Overall" is read as the RAG');
    expect(note?.message).toContain('"Time", "Cost", "Quality"');
    expect(note?.message).toContain('--column rag=HEADER');
  });

  it('counts each dimension for the Summary: Time Red 1, Amber 1, Green 1; Cost Red 1, Amber 1, Green 1; Quality Green 3', () => {
    const summary = summarise([planOf(rows)], { asOf: AS_OF });
    expect(summary.rag).toMatchObject({ red: 1, amber: 1, green: 1, total: 3 });
    const counts = summary.byDimension.map((d) => [
      d.dimension,
      d.rag.red,
      d.rag.amber,
      d.rag.green,
      d.rag.total,
    ]);
    expect(counts).toEqual([
      ['Time', 1, 1, 1, 3],
      ['Cost', 1, 1, 1, 3],
      ['Quality', 0, 0, 3, 3],
    ]);
  });

  it('rates by the column the user chooses (Time, D), keeping the others, Overall too, as dimensions', () => {
    const plan = planOf(rows, {}, { 'Plan!1': { rag: 'D' } });
    expect(plan.actions.map((a) => a.rag)).toEqual(['red', 'amber', 'green']);
    expect(plan.actions[0].dimensions).toEqual([
      { dimension: 'Cost', rag: 'amber' },
      { dimension: 'Quality', rag: 'green' },
      { dimension: 'Overall', rag: 'amber' },
    ]);
  });
});

it('under a merged "RAG status" band over Time, Cost, Quality, Overall, Overall wins', () => {
  const plan = planOf(
    [
      ['Project', 'Sponsor', 'Planned completion', 'RAG status', null, null, null],
      [null, null, null, 'Time', 'Cost', 'Quality', 'Overall'],
      [
        'Leisure centre',
        'Executive Director, Place',
        '31/03/2027',
        'Red',
        'Amber',
        'Green',
        'Amber',
      ],
      ['School places', 'Executive Director, People', '30/06/2026', 'Red', 'Green', 'Amber', 'Red'],
    ],
    { merges: [merge(1, 4, 1, 7)] }
  );
  expect(plan.actions.map((a) => a.rag)).toEqual(['amber', 'red']);
  expect(plan.actions[1].dimensions).toEqual([
    { dimension: 'Time', rag: 'red' },
    { dimension: 'Cost', rag: 'green' },
    { dimension: 'Quality', rag: 'amber' },
  ]);
});

it('with Spend and Delivery ratings, Delivery is the RAG and Spend is kept', () => {
  const plan = planOf([
    ['Project name', 'Spend RAG rating', 'Delivery RAG rating', 'Lead'],
    ['Innovation hub', 'Amber', 'Green', 'Head of Regeneration'],
    ['Market upgrades', 'Green', 'Amber/Red', 'Head of Regeneration'],
  ]);
  expect(plan.actions.map((a) => a.rag)).toEqual(['green', 'red-amber']);
  expect(plan.actions.map((a) => a.dimensions)).toEqual([
    [{ dimension: 'Spend', rag: 'amber' }],
    [{ dimension: 'Spend', rag: 'green' }],
  ]);
});

it('ratings a year ("... 2024", "... 2025") are read like periods: the latest filled is the RAG', () => {
  const plan = planOf([
    ['Project name', 'Lead', 'Delivery confidence 2024', 'Delivery confidence 2025'],
    ['New hospital', 'Senior Responsible Owner', 'Amber', 'Red'],
    ['Prison places', 'Senior Responsible Owner', 'Green', null],
    ['Rail link', 'Senior Responsible Owner', 'Green', 'Amber'],
  ]);
  expect(plan.actions.map((a) => a.rag)).toEqual(['red', 'green', 'amber']);
  expect(plan.actions[0].ragHistory).toEqual([{ period: '2024', rag: 'amber' }]);
  expect(plan.actions[0].dimensions).toBeUndefined();
});

it('a RAG column beside a Status holding ratings names no dimensions: no dimension is kept', () => {
  const plan = planOf([
    ['Action', 'Lead', 'Timescale', 'RAG', 'Status'],
    ['Fix the roof', 'Director of Place', '31/12/2026', 'Green', 'Amber'],
  ]);
  expect(plan.actions[0].rag).toBe('green');
  expect(plan.actions[0].dimensions).toBeUndefined();
  expect(plan.findings.some((f) => f.code === 'rag-dimensions')).toBe(false);
});

it("milestones under projects: the milestone's own status is its RAG, the project's kept beside it", () => {
  const plan = planOf([
    ['Project', 'Project lead', 'Project status', 'Milestone', 'Target', 'Milestone status'],
    ['Local Plan review', 'Service Director', 'At risk', 'Consultation', '31/03/2027', 'Complete'],
    [null, null, null, 'Submission', '30/09/2027', 'Off track'],
    ['Customer services', 'Service Director', 'Off track', 'Telephony', '31/01/2027', 'On track'],
    [
      'Waste contract',
      'Service Director',
      'On track',
      'Options appraisal',
      '31/01/2027',
      'On hold',
    ],
  ]);
  // F: Complete reads Blue (and complete), Off track Red, On track Green, On hold no rating (paused).
  expect(plan.actions.map((a) => [a.action, a.rag, a.state])).toEqual([
    ['Consultation', 'blue', 'complete'],
    ['Submission', 'red', 'on-track'],
    ['Telephony', 'green', 'on-track'],
    ['Options appraisal', null, 'paused'],
  ]);
  // C rates the project, on its own row only.
  expect(plan.actions.map((a) => a.dimensions?.[0])).toEqual([
    { dimension: 'Project status', rag: 'amber' },
    { dimension: 'Project status', rag: null },
    { dimension: 'Project status', rag: 'red' },
    { dimension: 'Project status', rag: 'green' },
  ]);
});
