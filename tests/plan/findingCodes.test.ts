/**
 * Every finding code in the registry is raised here, by the engine, from a sheet a person could
 * type: a code added to src/plan/core/findingCodes.ts with no case below fails this test, and a
 * case whose sheet no longer raises its code fails too. Each expected cell is worked out by hand
 * from the sheet (columns A, B, C ... of the rows as written, the header in row 1).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FINDING_CODES,
  FINDING_RULES,
  meaningOf,
  readPlans,
  titleOf,
  severitiesOf,
  type CellValue,
  type Finding,
  type FindingCode,
  type Grid,
} from '../../src/plan';
import { cellAt } from '../cellText';
import { gridOf } from './gridOf';

const AS_OF = '2024-06-01';
const HEAD = ['Action', 'Lead', 'Timescale', 'RAG'];
const LEAD = 'Director of Place';

/** The findings of every plan on a sheet of the given rows (header row first). */
function findings(rows: CellValue[][], extras: Partial<Grid> = {}): Finding[] {
  return readPlans(gridOf(rows, extras), { asOf: AS_OF }).flatMap((p) => p.findings);
}

/** A plan of Action, Lead, Timescale, RAG with these rows under the header. */
const plan = (rows: CellValue[][], extras: Partial<Grid> = {}) => findings([HEAD, ...rows], extras);

/** Money columns: Action, Lead, Timescale, RAG, then the given headers (E, F, G). */
const money = (headers: string[], rows: CellValue[][]) =>
  findings([[...HEAD, ...headers], ...rows]);

const BLUE = '#0070C0';
const RED = '#FF0000';
/** Excel day numbers: 1 Mar 2025 (45658 is 1 Jan 2025, +31 +28) and 10 Dec 2026 (46023 is 1 Jan 2026, +343). */
const FIRST_OF_MARCH_2025 = 45717;
const TENTH_OF_DECEMBER_2026 = 46366;

/** Each code: the sheet that raises it, and the cell it is raised on (null: the whole table). */
const CASES: Record<FindingCode, () => { found: Finding[]; cell: string | null }> = {
  // Green, due 31 Mar 2024, and not done by 1 Jun 2024: the rating in D2 is wrong.
  'green-but-overdue': () => ({
    found: plan([['Fix the roof', LEAD, '31/03/2024', 'Green']]),
    cell: "'Plan'!D2",
  }),
  'error-value': () => ({
    found: plan([['Fix the roof', { error: '#N/A' }, '31/12/2024', 'Green']]),
    cell: "'Plan'!B2",
  }),
  'red-but-complete': () => ({
    found: plan([['Fix the roof', LEAD, 'Complete', 'Red']]),
    cell: "'Plan'!D2",
  }),
  // No lead column at all: said of the table, not a cell.
  'missing-column': () => ({
    found: findings([
      ['Action', 'Timescale', 'RAG'],
      ['Fix the roof', '31/12/2024', 'Green'],
    ]),
    cell: null,
  }),
  'missing-lead': () => ({
    found: plan([
      ['Fix the roof', '', '31/12/2024', 'Green'],
      ['Mend the gate', LEAD, '31/12/2024', 'Green'],
    ]),
    cell: "'Plan'!B2",
  }),
  'missing-timescale': () => ({
    found: plan([
      ['Fix the roof', LEAD, '', 'Green'],
      ['Mend the gate', LEAD, '31/12/2024', 'Green'],
    ]),
    cell: "'Plan'!C2",
  }),
  // The RAG column is there, the second action's cell is empty and has no fill.
  'missing-rag': () => ({
    found: plan([
      ['Fix the roof', LEAD, '31/12/2024', 'Green'],
      ['Mend the gate', LEAD, '31/12/2024', ''],
    ]),
    cell: "'Plan'!D3",
  }),
  'unreadable-timescale': () => ({
    found: plan([['Fix the roof', LEAD, 'when we can', 'Green']]),
    cell: "'Plan'!C2",
  }),
  'unreadable-rag': () => ({
    found: plan([
      ['Fix the roof', LEAD, '31/12/2024', 'Purple'],
      ['Mend the gate', LEAD, '31/12/2024', 'Green'],
    ]),
    cell: "'Plan'!D2",
  }),
  'unreadable-money': () => ({
    found: money(
      ['Savings £'],
      [
        ['Fix the roof', LEAD, '31/12/2024', 'Green', 'about half'],
        ['Mend the gate', LEAD, '31/12/2024', 'Green', 1000],
      ]
    ),
    cell: "'Plan'!E2",
  }),
  'unreadable-stage': () => ({
    found: money(
      ['Stage'],
      [
        ['Fix the roof', LEAD, '31/12/2024', 'Green', 'Wibble'],
        ['Mend the gate', LEAD, '31/12/2024', 'Green', 'In progress'],
        ['Paint the hall', LEAD, '31/12/2024', 'Green', 'Not started'],
      ]
    ),
    cell: "'Plan'!E2",
  }),
  'rag-is-direction': () => ({
    found: plan([
      ['Fix the roof', LEAD, '31/12/2024', '↑'],
      ['Mend the gate', LEAD, '31/12/2024', 'Green'],
    ]),
    cell: "'Plan'!D2",
  }),
  // A score of 16 on a blue fill: a band of risk, not complete.
  'blue-score': () => ({
    found: plan(
      [
        ['Fix the roof', LEAD, '31/12/2024', '16'],
        ['Mend the gate', LEAD, '31/12/2024', 'Green'],
      ],
      { fills: [[], [null, null, null, BLUE]] }
    ),
    cell: "'Plan'!D2",
  }),
  'rag-colour-mismatch': () => ({
    found: plan([['Fix the roof', LEAD, '31/12/2024', 'Green']], {
      fills: [[], [null, null, null, RED]],
    }),
    cell: "'Plan'!D2",
  }),
  // Two actions stacked in A2, three leads in B2.
  'stacked-mismatch': () => ({
    found: plan([
      [
        'Fix the roof\nMend the gate',
        'Head of Estates\nHead of HR\nHead of IT',
        '31/12/2024',
        'Green',
      ],
    ]),
    cell: "'Plan'!B2",
  }),
  'undated-timescale': () => ({
    found: plan([['Fix the roof', LEAD, 'TBC', 'Green']]),
    cell: "'Plan'!C2",
  }),
  'timescale-range': () => ({
    found: plan([['Fix the roof', LEAD, 'March 2025 to June 2025', 'Green']]),
    cell: "'Plan'!C2",
  }),
  // 1 Mar 2025 shown "Mar-25": due at the end of March.
  'period-end-due': () => ({
    found: plan([['Fix the roof', LEAD, FIRST_OF_MARCH_2025, 'Green']], {
      numberFormats: [[], [null, null, 'mmm-yy']],
    }),
    cell: "'Plan'!C2",
  }),
  // 10 Dec 2026 shown "Dec-26": the day held is the deadline.
  'hidden-day': () => ({
    found: plan([['Fix the roof', LEAD, TENTH_OF_DECEMBER_2026, 'Green']], {
      numberFormats: [[], [null, null, 'mmm-yy']],
    }),
    cell: "'Plan'!C2",
  }),
  'undated-term': () => ({
    found: plan([['Fix the roof', LEAD, 'Medium term', 'Green']]),
    cell: "'Plan'!C2",
  }),
  // No savings column: the £250k in the action text (A2) is read, and said.
  'savings-from-text': () => ({
    found: plan([['Deliver savings of £250k by merging the teams', LEAD, '31/12/2024', 'Green']]),
    cell: "'Plan'!A2",
  }),
  // 100 + 200 is 300, but the Total row says 400 (E4).
  'totals-mismatch': () => ({
    found: money(
      ['Savings £'],
      [
        ['Libraries', LEAD, '31/03/2025', 'Green', 100],
        ['Parking', LEAD, '31/03/2025', 'Green', 200],
        ['Total', null, null, null, 400],
      ]
    ),
    cell: "'Plan'!E4",
  }),
  // Target 1,000 less forecast 800 is 200, not the 500 written in G2.
  'shortfall-mismatch': () => ({
    found: money(
      ['Target £', 'Forecast £', 'Shortfall £'],
      [
        ['Libraries', LEAD, '31/03/2025', 'Amber', 1000, 800, 500],
        ['Parking', LEAD, '31/03/2025', 'Amber', 1000, 900, 100],
      ]
    ),
    cell: "'Plan'!G2",
  }),
  // Green, but 500 of 1,000 forecast: 50% short, far past 5%.
  'green-but-short': () => ({
    found: money(
      ['Target £', 'Forecast £'],
      [
        ['Libraries', LEAD, '31/03/2025', 'Green', 1000, 500],
        ['Parking', LEAD, '31/03/2025', 'Amber', 1000, 900],
      ]
    ),
    cell: "'Plan'!D2",
  }),
  'red-but-on-target': () => ({
    found: money(
      ['Target £', 'Forecast £'],
      [
        ['Libraries', LEAD, '31/03/2025', 'Red', 1000, 1000],
        ['Parking', LEAD, '31/03/2025', 'Amber', 1000, 900],
      ]
    ),
    cell: "'Plan'!D2",
  }),
  // A column of £'000 with one figure written in £m (E4).
  'money-unit-change': () => ({
    found: money(
      ["Savings £'000"],
      [
        ['Libraries', LEAD, '31/03/2025', 'Green', 100],
        ['Parking', LEAD, '31/03/2025', 'Green', 200],
        ['Leisure', LEAD, '31/03/2025', 'Green', '£1.2m'],
      ]
    ),
    cell: "'Plan'!E4",
  }),
  // 120,000 among figures of about 100: pounds typed into a £'000 column (E5).
  'money-unit-slip': () => ({
    found: money(
      ["Savings £'000"],
      [
        ['Libraries', LEAD, '31/03/2025', 'Green', 100],
        ['Parking', LEAD, '31/03/2025', 'Green', 110],
        ['Leisure', LEAD, '31/03/2025', 'Green', 90],
        ['Markets', LEAD, '31/03/2025', 'Green', 120_000],
        ['Museums', LEAD, '31/03/2025', 'Green', 105],
      ]
    ),
    cell: "'Plan'!E5",
  }),
  // The tracker has a savings column, but this line's says only "TBC" while its text names £50k.
  'savings-in-prose': () => ({
    found: money(
      ['Savings £'],
      [
        ['Deliver savings of £50k from the libraries', LEAD, '31/03/2025', 'Green', 'TBC'],
        ['Parking charges', LEAD, '31/03/2025', 'Green', 200],
      ]
    ),
    cell: "'Plan'!A2",
  }),
  'no-actions': () => ({ found: findings([HEAD]), cell: null }),
  // Recommendation 1 in B2 has its own reference and no action in C2, and row 3 starts its own.
  'no-action-yet': () => ({
    found: findings([
      ['Ref', 'Recommendation', 'Action', 'Lead', 'Timescale', 'RAG'],
      ['1', 'Close the budget gap.'],
      ['2', 'Review the capital programme.', 'Asset review', LEAD, '31/12/2024', 'Green'],
    ]),
    cell: "'Plan'!C2",
  }),
  // The update in E2 opens with "Implemented".
  'stage-from-notes': () => ({
    found: money(
      ['Latest update'],
      [['Fix the roof', LEAD, '31/03/2024', '', 'Implemented in May']]
    ),
    cell: "'Plan'!E2",
  }),
  // Target date 31 Mar 2024 (D), revised to 30 Jun 2024 (E): said on the revised date, E2.
  'date-moved': () => ({
    found: findings(
      [
        ['Action', 'Lead', 'RAG', 'Target date', 'Revised date'],
        ['Fix the roof', LEAD, 'Amber', 45382, 45473],
        ['Mend the gate', LEAD, 'Amber', 45382, null],
      ],
      { numberFormats: [[], [null, null, null, 'dd/mm/yyyy', 'dd/mm/yyyy']] }
    ),
    cell: "'Plan'!E2",
  }),
  // Time, Cost and Overall ratings: Overall (F) is the RAG, said at its header F1.
  'rag-dimensions': () => ({
    found: findings([
      ['Action', 'Lead', 'Timescale', 'Time RAG', 'Cost RAG', 'Overall RAG'],
      ['Fix the roof', LEAD, '31/12/2024', 'Red', 'Green', 'Amber'],
    ]),
    cell: "'Plan'!F1",
  }),
  // The only date is the meeting's (C): not the deadline, said at its header C1.
  'date-not-deadline': () => ({
    found: findings(
      [
        ['Action', 'Lead', 'Meeting date', 'RAG'],
        ['Fix the roof', LEAD, 45382, 'Green'],
        ['Mend the gate', LEAD, 45473, 'Amber'],
      ],
      { numberFormats: [[], [null, null, 'dd/mm/yyyy'], [null, null, 'dd/mm/yyyy']] }
    ),
    cell: "'Plan'!C1",
  }),
  'hidden-sheet': () => ({
    found: plan([['Fix the roof', LEAD, '31/12/2024', 'Green']], { hidden: true }),
    cell: null,
  }),
  // Rows 2-3 are the plan; rows 4-5 are blank, so the plan ends at row 3; the note is said at the
  // second blank row (A5), since "A list of phone numbers" in row 6 is filled but carries on in
  // one column only (the header has four).
  'plan-stopped': () => ({
    found: plan([
      ['Fix the roof', LEAD, '31/12/2024', 'Green'],
      ['Paint the hall', LEAD, '31/12/2024', 'Green'],
      [null, null, null, null],
      [null, null, null, null],
      ['A list of phone numbers'],
    ]),
    cell: "'Plan'!A5",
  }),
  // Row 2 shows how to fill the plan in; its first cell, A2, carries the note.
  'example-row': () => ({
    found: plan([
      ['Example of how to complete >', 'Head of Service', '31/12/2024', 'Green'],
      ['Fix the roof', LEAD, '31/12/2024', 'Green'],
    ]),
    cell: "'Plan'!A2",
  }),
};

describe('every finding code is raised by the engine', () => {
  test.each(FINDING_CODES.map((c) => [c]))('%s', (code) => {
    const made = CASES[code];
    expect(made).toBeDefined();
    const { found, cell } = made();
    const raised = found.filter((f) => f.code === code);
    expect(raised).toContainEqual(
      expect.objectContaining({ cell: cell === null ? null : cellAt(cell) })
    );
    for (const f of raised) expect(severitiesOf(code)).toContain(f.severity);
  });

  test('no case for a code the registry does not have', () => {
    expect(Object.keys(CASES).sort()).toEqual([...FINDING_CODES].sort());
  });
});

describe('the registry is what the docs and the JSON schema say', () => {
  const root = join(__dirname, '..', '..');

  test("docs/report-format.md's table of codes is the registry, row for row", () => {
    const doc = readFileSync(join(root, 'docs', 'report-format.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Finding codes'));
    const rows = section
      .split('\n')
      .filter((l) => /^\| `[a-z-]+` \|/.test(l))
      .map((l) => l.trim());
    const expected = FINDING_CODES.map(
      (c) => `| \`${c}\` | ${severitiesOf(c).join(' / ')} | ${meaningOf(c)} |`
    );
    // On a difference, the expected rows are the table to paste into the docs.
    expect(rows.join('\n')).toBe(expected.join('\n'));
  });

  test("docs/report.schema.json's enum of codes is the registry", () => {
    const schema = JSON.parse(readFileSync(join(root, 'docs', 'report.schema.json'), 'utf8'));
    expect(schema.definitions.finding.properties.code.enum).toEqual(FINDING_CODES);
  });

  test('each code has a meaning and a severity', () => {
    for (const c of FINDING_CODES) {
      expect(FINDING_RULES[c].meaning.length).toBeGreaterThan(10);
      expect(severitiesOf(c).length).toBeGreaterThan(0);
    }
  });

  test("each code has a short title of its own, the pane's name for its group", () => {
    const titles = FINDING_CODES.map(titleOf);
    for (const t of titles) expect(t).toMatch(/^[A-Z][^.:]{4,45}$/);
    expect(new Set(titles).size).toBe(titles.length);
  });

  test('examples in messages are posts, never a person', () => {
    const lead = FINDING_RULES['missing-lead'].message({ kind: 'empty', error: null });
    expect(lead).toBe(
      'No lead is named. Write the officer or role responsible, such as "Director of Place".'
    );
  });
});
