/** Workbooks the e2e tests open, as the fake host's JSON. */
import type { WorkbookJson } from '../host/model';
import { SETTINGS_KEY } from '../../../src/excel/settings';

export const PLAN_SHEET = 'Productivity plan';
export const AS_OF = '2024-11-15';

const GREEN = '#00B050';
const BLUE = '#0070C0';

/**
 * Rows of Havering's 2024 productivity plan (seed 004): its headers, areas, objectives, actions and
 * ELT leads as published, the oneSource area merged over three rows as in the PDF, and RAG shown
 * only as a fill colour on the first two rows, as the council did. The published timescales are
 * all "Complete" or "Ongoing"; rows 6 to 10 are given dated (and one unreadable) timescales and
 * RAG words so that the check has overdue, due-soon and problem rows to show. Hand-worked
 * expectations on the as-of date 15 Nov 2024 with a 60-day window:
 *   F6  Green, due 31 Mar 2024: overdue by 229 days, so "Green but overdue" (error)
 *   D7  no lead named (warning); due 31 Dec 2024: due soon, in 46 days
 *   E8  "Q3 2024/25" ends 31 Dec 2024: due soon, in 46 days
 *   E9  "Spring 2024" ends 31 May 2024: overdue by 168 days
 *   E10 "after the election" is not a date (warning, quoted)
 */
export function planWorkbook(): WorkbookJson {
  const hrText =
    'Human Resources & Organisational Development to move back into Resources Directorate';
  return {
    sheets: [
      {
        name: PLAN_SHEET,
        cells: [
          ['Havering Productivity Plan 2024'],
          [],
          ['Area', 'Transformation Objective', 'Action', 'ELT Lead', 'Timescale', 'RAG Rating'],
          [
            'Target Operating Model',
            'Redesign the organisation to include clear design principles that support collaboration and promote efficiency and productivity.',
            "Redesigned the organisation into three areas of 'People', 'Place' and 'Resources'",
            'Andrew Bowen- Hartley',
            'Complete',
            null,
          ],
          [
            'Health and Social Care',
            'Bring together key elements of health and care and the budgets that support those services.',
            'Create an integrated team between Havering and NHS North-East London (NEL)',
            'Andrew Bowen- Hartley',
            'Complete',
            null,
          ],
          [
            'oneSource Shared Service',
            'On 28 April 2023, the oneSource Joint Committee made the decision to return several services to each borough.',
            hrText,
            'Kathy Fenwick',
            '31/03/2024',
            'Green',
          ],
          [
            null,
            null,
            'Financial Business Partners to move back to the Resources Directorate.',
            null,
            'December 2024',
            'Amber',
          ],
          [
            null,
            null,
            'Legal & Governance and Transactional Services are currently remaining as a shared service in OneSource.',
            'Kathy Fenwick',
            'Q3 2024/25',
            'Amber',
          ],
          [
            'Complaints',
            'Improve customer satisfaction levels',
            'Review our complaints policy and move to a simplified two stage process.',
            'Paul Foster',
            'Spring 2024',
            'Red',
          ],
          [
            'Climate Change',
            'To implement the Havering Climate Change Action Plan',
            'Continue to monitor the Climate Change Action Plan through annual report to Cabinet',
            'Kathy Fenwick',
            'after the election',
            'Amber',
          ],
        ],
        fills: [
          [],
          [],
          [],
          [null, null, null, null, null, GREEN],
          [null, null, null, null, null, BLUE],
        ],
        merges: ['A6:A8', 'B6:B8'],
      },
    ],
    // Settings as the adapter saves them: a fixed as-of date keeps overdue and due-soon stable.
    settings: {
      [SETTINGS_KEY]: JSON.stringify({
        asOf: AS_OF,
        dueSoonDays: 60,
        blueMeans: 'complete',
        overrides: {},
      }),
    },
  };
}

/**
 * The same plan with a Savings column (£ amounts as councils write them), so a refresh also
 * writes a Savings sheet, and a Board pack sheet of the user's own.
 */
export function savingsWorkbook(): WorkbookJson {
  const wb = planWorkbook();
  const sheet = wb.sheets[0];
  const savings = [null, null, 'Savings', '£250k', '£1.2m', '£40,000', 'TBC', '£15k', null, '£75k'];
  sheet.cells = sheet.cells.map((row, r) => {
    const out = [...row];
    while (out.length < 6) out.push(null);
    return r < 2 ? out : [...out, savings[r]];
  });
  wb.sheets.push({
    name: 'Board pack',
    cells: [['Board pack, December'], [], ['Actions in the plan']],
  });
  return wb;
}

/**
 * A plan of `rows` actions whose objective, action and notes are long paragraphs: about 6 MB of
 * values for 600 rows, more than Excel on the web sends in one response.
 */
export function longTextWorkbook(rows: number): WorkbookJson {
  const paragraph = (i: number, what: string) =>
    `${what} ${i}: ${'Work with partners across the borough to deliver the commitments in the corporate plan, report progress to the board each quarter and publish the results. '.repeat(22)}`;
  const cells: (string | number | null)[][] = [
    ['Area', 'Objective', 'Action', 'Lead', 'Timescale', 'RAG', 'Notes'],
  ];
  for (let i = 1; i <= rows; i++) {
    cells.push([
      `Area ${i % 9}`,
      paragraph(i, 'Objective'),
      paragraph(i, 'Action'),
      'Head of Service',
      'March 2026',
      ['Red', 'Amber', 'Green'][i % 3],
      paragraph(i, 'Note'),
    ]);
  }
  return { sheets: [{ name: 'Long plan', cells }], settings: planWorkbook().settings };
}

/** A plan of `rows` actions where each row's Area and Objective cells are merged: `rows` merged areas. */
export function mergedWorkbook(rows: number): WorkbookJson {
  const cells: (string | null)[][] = [['Area', '', 'Action', 'Lead', 'Timescale', 'RAG']];
  const merges: string[] = [];
  for (let i = 1; i <= rows; i++) {
    cells.push([
      `Area ${i % 12}: objective ${i}`,
      null,
      `Action ${i}`,
      'Head of Service',
      'March 2026',
      ['Red', 'Amber', 'Green'][i % 3],
    ]);
    merges.push(`A${i + 1}:B${i + 1}`);
  }
  return {
    sheets: [{ name: 'Merged plan', cells, merges: ['A1:B1', ...merges] }],
    settings: planWorkbook().settings,
  };
}

/**
 * A plan of `count` actions (900 in the layout tests) whose findings and savings can be counted
 * by hand. Action i (0-based) is on row 4 + i:
 *   lead        empty when i is a multiple of 25 (0, 25, … 875): 36 "No lead named" for 900
 *   timescale   "TBC" when i is a multiple of 10: 90 "Timescale is TBC"; else 31/03/2026, which
 *               is neither overdue nor due soon on 15 Nov 2024
 *   RAG         Green, Amber, Red in turn (i % 3 = 0, 1, 2)
 *   savings     £10,000 when i is a multiple of 4: 225 lines, £2,250,000; at risk are those also
 *               Amber (i % 12 = 4) or Red (i % 12 = 8): 75 + 75 lines, £1,500,000
 */
export function bigPlanWorkbook(count = 900): WorkbookJson {
  const rows: (string | null)[][] = [];
  for (let i = 0; i < count; i++)
    rows.push([
      `Area ${(i % 6) + 1}`,
      `Deliver improvement ${i + 1} to the service`,
      i % 25 === 0 ? null : 'Director of Place',
      i % 10 === 0 ? 'TBC' : '31/03/2026',
      ['Green', 'Amber', 'Red'][i % 3],
      i % 4 === 0 ? '£10,000' : null,
    ]);
  const wb = planWorkbook();
  wb.sheets = [
    {
      name: PLAN_SHEET,
      cells: [
        ['Productivity plan 2024/25'],
        [],
        ['Area', 'Action', 'Lead', 'Timescale', 'RAG', 'Savings'],
        ...rows,
      ],
    },
  ];
  return wb;
}
