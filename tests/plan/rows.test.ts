import { readPlans } from '../../src/plan/judge/readPlans';
import { gridOf, merge } from './gridOf';

describe('rows that are not actions', () => {
  const grid = gridOf(
    [
      ['Ref', 'Action', 'Lead', 'Deadline', 'RAG'],
      [null, null, null, null, 'Red / Amber / Green / Blue'],
      ['Section 1: Housing'],
      [1, 'Build 200 homes', 'Head of Housing', '31/03/2025', 'Green'],
      [2, '< Select >', '< Select >', null, '< Select >'],
      ['Customer services', null, null, null, null],
      [3, 'Open a contact centre', 'Head of Customer Services', '31/12/2024', 'Amber'],
      [4, null, null, null, null],
      [5],
    ],
    { merges: [merge(6, 1, 6, 5)] }
  );
  const [plan] = readPlans(grid, { asOf: '2024-06-01' });

  it('skips the drop-down values row, placeholder rows and empty numbered rows', () => {
    expect(plan.actions.map((a) => a.action)).toEqual(['Build 200 homes', 'Open a contact centre']);
  });

  it('gives a section row (worded, or merged across the table) to the rows below as their area', () => {
    expect(plan.actions.map((a) => a.area)).toEqual(['Section 1: Housing', 'Customer services']);
  });

  it('raises no finding about the skipped rows', () => {
    // Columns A to E (1 to 5) of the skipped rows.
    const skipped = [2, 5, 6, 8, 9];
    expect(
      plan.findings.filter((f) => f.cell && f.cell.col <= 5 && skipped.includes(f.cell.row))
    ).toEqual([]);
  });
});

describe('a section row in a plan with an area column', () => {
  const grid = gridOf([
    ['Area', 'Action', 'Lead', 'Timescale', 'RAG'],
    ['Theme 1 - Place'],
    [null, 'Plant 1,000 trees', 'Head of Parks', 'March 2025', 'G'],
    ['Waste', 'Weekly food waste collection', 'Head of Waste', 'April 2025', 'A'],
    ['Theme 2 - People'],
    [null, 'Open two family hubs', 'Director of Children', 'June 2025', 'R'],
  ]);
  const [plan] = readPlans(grid, { asOf: '2024-06-01' });

  it('starts a new group: the area above it does not carry past it', () => {
    expect(plan.actions.map((a) => a.area)).toEqual([
      'Theme 1 - Place',
      'Waste',
      'Theme 2 - People',
    ]);
  });
});

describe('a label row shaded across the table', () => {
  const band = '#DDEBF7';
  const grid = gridOf(
    [
      ['Ref', 'Action', 'Lead', 'Due', 'RAG'],
      ['Priority: Safe, secure and affordable homes', null, null, null, null],
      ['P1', 'Finish the fire safety works', 'Housing Management', '31/12/2026', 'Amber'],
      ['P2', 'Adopt the allocations policy', 'Housing Needs', '31/03/2027', null],
    ],
    {
      fills: [
        [],
        [band, band, band, band, band],
        [null, null, null, null, '#FFC000'],
        [null, null, null, null, '#00B050'],
      ],
    }
  );
  const [plan] = readPlans(grid, { asOf: '2026-06-01' });

  it('is a section row, not an action rated by its band of colour', () => {
    expect(plan.actions.map((a) => a.row)).toEqual([3, 4]);
  });

  it('gives its label to the rows below as their area', () => {
    expect(plan.actions.map((a) => a.area)).toEqual([
      'Priority: Safe, secure and affordable homes',
      'Priority: Safe, secure and affordable homes',
    ]);
  });

  it('still reads the rows below by their own RAG cells', () => {
    expect(plan.actions.map((a) => a.rag)).toEqual(['amber', 'green']);
  });
});
