/** Workbooks the e2e tests open, as the fake host's JSON. */
import type { WorkbookJson } from '../host/model';
import { SETTINGS_KEY } from '../../../src/excel/settings';

export const AS_OF = '2024-11-15';

/** Until the seed fixture converter lands: rows shaped like Havering's 2024 productivity plan. */
export const PLAN_SHEET = 'Productivity plan';

export function planWorkbook(): WorkbookJson {
  return {
    sheets: [
      {
        name: 'Productivity plan',
        cells: [
          ['London Borough of Havering: Productivity Plan 2024'],
          [],
          ['Area', 'Transformation Objective', 'Action', 'ELT Lead', 'Timescale', 'RAG Rating'],
          ['Digital', 'Automate customer contact, saving £250k', 'Launch online forms for council tax', 'Director of Resources', '31/03/2024', 'Green'],
          [null, null, 'Chatbot pilot for housing repairs', 'Director of Housing', 'Q3 2024/25', 'Amber'],
          [null, null, 'Retire the old CRM', '', 'Spring 2025', 'Red'],
          ['Workforce', 'Reduce agency spend by £1.23m', 'Convert agency posts to permanent', 'Chief Executive', 'December 2024', 'Green'],
          [null, null, 'Review of senior management', 'Chief Executive', 'sometime soon', 'Amber'],
        ],
      },
    ],
    // Settings as the adapter saves them: a fixed as-of date keeps overdue and due-soon stable.
    settings: { [SETTINGS_KEY]: JSON.stringify({ asOf: AS_OF, dueSoonDays: 60, blueMeans: 'complete', overrides: {} }) },
  };
}
