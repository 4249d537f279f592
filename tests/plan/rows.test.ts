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

describe('a sentence under a section row describes the section', () => {
  // A risk register's actions: each risk a row merged across the table, then its context, also
  // merged across, ending in a full stop; a sub-heading with no full stop is a group of its own.
  const grid = gridOf(
    [
      ['Specific action', 'Action owner', 'Target date', 'Status'],
      ['Risk 1: Cyber attack (Red)'],
      ['Background context: three intrusions this quarter, all blocked.'],
      ['Phishing simulation for all staff', 'Head of IT', '30/09/2026', 'Complete'],
      ['Replace unsupported servers', 'Head of IT', '31/12/2026', 'At risk'],
      ['Risk 2: SEND placements (Red)'],
      ['Special schools'],
      ['Open the new resource base', 'Assistant Director: Education', '01/09/2026', 'Off track'],
      ['A new risk from the next quarter.'],
      ['Commission more places', 'Head of Commissioning', '30/04/2027', 'On track'],
    ],
    { merges: [2, 3, 6, 7, 9].map((r) => merge(r, 1, r, 4)) }
  );
  const [plan] = readPlans(grid, { asOf: '2026-10-01' });

  it('keeps the section as the group of the rows below, and reads no action from the sentence', () => {
    expect(plan.actions.map((a) => [a.row, a.area])).toEqual([
      [4, 'Risk 1: Cyber attack (Red)'],
      [5, 'Risk 1: Cyber attack (Red)'],
      // A heading under a heading is the nearer group, as before.
      [8, 'Special schools'],
      // After an action, a row across the table starts a group, sentence or not.
      [10, 'A new risk from the next quarter.'],
    ]);
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
