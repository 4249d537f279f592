/**
 * Two versions of a seed-shaped plan (the 2024 productivity plan's columns and wording, RAG as
 * words, dated timescales) and the edits between them, for the history tests.
 */
import ExcelJS from 'exceljs';

/** [area, objective, action, lead, timescale, RAG] */
export type PlanRow = [string, string, string, string, string, string];

export const HEADER = ['Area', 'Objective', 'Actions', 'ELT Lead', 'Timescale', 'RAG rating'];

export const VERSION_1: PlanRow[] = [
  [
    'Workforce',
    'Reduce agency and consultancy cost',
    'Review of agency and consultancy costs across all services',
    'Director of Resources',
    'March 2025',
    'Amber',
  ],
  [
    'Workforce',
    'Review of staff resources',
    'Recruitment panel for all posts to see if the vacancy can be held',
    'Director of Resources',
    'December 2024',
    'Green',
  ],
  [
    'Workforce',
    'LGA commissioned independent review of our EDI arrangements',
    'Invest £250k in a programme of work to support the move to a self-service model',
    'Director of Resources',
    'October 2024',
    'Green',
  ],
  [
    'Housing',
    'Reduce tenancy arrears',
    'Focus on collecting former tenant arrears for Council and PSLs',
    'Director of Housing',
    '2024/25',
    'Amber',
  ],
  [
    'Housing',
    'Supported accommodation for care leavers',
    "Monthly review of each young person's plan",
    "Director of Children's Services",
    'Q3 2024/25',
    'Green',
  ],
  [
    'Health & Social Care',
    'Review agency expenditure in Starting Well',
    'Implementation of AYSE newly qualified social worker posts',
    "Director of Children's Services",
    'September 2024',
    'Amber',
  ],
  [
    'Savings',
    'MTFS and Star Chamber processes',
    'Identification of in-year savings proposals',
    'Director of Resources',
    '2024/25',
    'Red',
  ],
  [
    'Climate Change',
    'Reduce spend on energy across the Corporate Estate',
    'Consider and agree options for medium term flexible Procurement Framework',
    'Director of Housing',
    'August 2024',
    'Green',
  ],
];

/**
 * The edits: two actions re-rated (tenancy arrears Amber to Red, in-year savings Red to Amber), one
 * completed (the EDI review), one date moved (AYSE posts, September to December 2024), one deleted
 * (care leavers), a row inserted above the table, and the rows sorted by area.
 */
export function version2(): PlanRow[] {
  const rows = VERSION_1.map((r) => [...r] as PlanRow);
  rows[3][5] = 'Red';
  rows[6][5] = 'Amber';
  rows[2][4] = 'Complete';
  rows[5][4] = 'December 2024';
  rows.splice(4, 1);
  return rows.sort((a, b) => a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]));
}

export const SHEET = 'Productivity plan';

/** Writes the plan on its sheet: title rows, then the header and one row per action. Clears what was there. */
export function writePlan(ws: ExcelJS.Worksheet, rows: PlanRow[], titleRows: string[]): void {
  // Cleared cell by cell: ExcelJS's spliceRows leaves rows behind.
  for (let r = 1; r <= ws.rowCount; r++)
    for (let c = 1; c <= ws.columnCount; c++) ws.getCell(r, c).value = null;
  titleRows.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
  const header = titleRows.length + 2;
  HEADER.forEach((h, i) => (ws.getCell(header, i + 1).value = h));
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(header + 1 + i, c + 1).value = v)));
}

export async function planFile(file: string, rows: PlanRow[], titleRows: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  writePlan(wb.addWorksheet(SHEET), rows, titleRows);
  await wb.xlsx.writeFile(file);
}

/** Edits the plan sheet of a workbook in place, as a user would, keeping every other sheet. */
export async function editPlan(file: string, rows: PlanRow[], titleRows: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  writePlan(wb.getWorksheet(SHEET)!, rows, titleRows);
  await wb.xlsx.writeFile(file);
}

export const TITLE_1 = ['Havering productivity plan 2024'];
export const TITLE_2 = ['Havering productivity plan 2024', 'Updated for Cabinet, July 2024'];
