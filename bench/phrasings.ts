/**
 * The phrasings a generated plan uses, each with the reading a person would give it. They follow
 * the published plans in the seed documents (Havering's 2019 action plan, its 2024 productivity
 * plan, Harrow's risk table), so the engine is timed on the text it will really meet.
 */
import type { Random } from './random';

export type Rag = 'red' | 'amber' | 'green' | 'blue' | 'red-amber' | 'amber-green';

/** A timescale as written, with what it means. */
export interface TimescalePhrase {
  /** A string, or an Excel serial date number (then format is a date format). */
  value: string | number;
  format: string;
  kind: 'date' | 'month' | 'quarter' | 'financial-year' | 'season' | 'ongoing' | 'complete' | 'tbc';
  /** ISO due date, when the phrase names one. */
  due: string | null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SEASONS: { name: string; lastMonth: number }[] = [
  { name: 'Spring', lastMonth: 5 },
  { name: 'Summer', lastMonth: 8 },
  { name: 'Autumn', lastMonth: 11 },
];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** "st", "nd", "rd" or "th" for a day of the month. */
function suffix(d: number): string {
  if (d % 100 >= 11 && d % 100 <= 13) return 'th';
  return d % 10 === 1 ? 'st' : d % 10 === 2 ? 'nd' : d % 10 === 3 ? 'rd' : 'th';
}

/** Days from 1899-12-30 (Excel's serial day 0) to an ISO date. */
export function excelSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * A timescale in one of the ways plans write them. `textOnly` is for a line of a stacked cell,
 * which is always text (a cell holds one number at most).
 */
export function timescalePhrase(rnd: Random, textOnly: boolean): TimescalePhrase {
  const y = rnd.int(2019, 2027);
  const m = rnd.int(1, 12);
  const d = rnd.int(1, lastDay(y, m));
  const month = MONTHS[m - 1];
  const text = (
    value: string,
    kind: TimescalePhrase['kind'],
    due: string | null
  ): TimescalePhrase => ({
    value,
    format: 'General',
    kind,
    due,
  });
  const style = rnd.int(0, textOnly ? 14 : 16);
  switch (style) {
    case 0:
      return text('On-going', 'ongoing', null);
    case 1:
      return text(rnd.pick(['Ongoing', 'BAU']), 'ongoing', null);
    case 2:
      return text(rnd.pick(['Complete', 'Completed']), 'complete', null);
    case 3:
      return text(`${d} ${month} ${y}`, 'date', iso(y, m, d));
    case 4:
      return text(`${d}${suffix(d)} ${month.slice(0, 3)} ${y}`, 'date', iso(y, m, d));
    case 5:
      return text(`${d} ${suffix(d)} ${month} ${y} Cabinet`, 'date', iso(y, m, d));
    case 6:
      return text(`${pad(d)}/${pad(m)}/${y}`, 'date', iso(y, m, d));
    case 7:
      return text(`${month} ${y}`, 'month', iso(y, m, lastDay(y, m)));
    case 8:
      return text(`${month.slice(0, 3)}-${String(y).slice(2)}`, 'month', iso(y, m, lastDay(y, m)));
    case 9:
    case 10: {
      // Financial quarters: Q1 Apr-Jun ... Q4 Jan-Mar of the year after the one the FY starts in.
      const q = rnd.int(1, 4);
      const endMonth = [6, 9, 12, 3][q - 1];
      const endYear = q === 4 ? y + 1 : y;
      return text(
        `Q${q} ${y}/${pad((y + 1) % 100)}`,
        'quarter',
        iso(endYear, endMonth, lastDay(endYear, endMonth))
      );
    }
    case 11:
      return text(`${y}/${pad((y + 1) % 100)}`, 'financial-year', iso(y + 1, 3, 31));
    case 12: {
      const s = rnd.pick(SEASONS);
      return text(`${s.name} ${y}`, 'season', iso(y, s.lastMonth, lastDay(y, s.lastMonth)));
    }
    case 13:
      return text(`End of ${month} ${y}`, 'month', iso(y, m, lastDay(y, m)));
    case 14:
      return text('TBC', 'tbc', null);
    default:
      // A real Excel date: a serial number shown with a UK date format.
      return {
        value: excelSerial(iso(y, m, d)),
        format: 'dd/mm/yyyy',
        kind: 'date',
        due: iso(y, m, d),
      };
  }
}

/** RAG as written in a RAG column, with its reading: words, letters, shouting, stray spaces, two-tone. */
export const RAG_WORDS: readonly (readonly [string, Rag])[] = [
  ['Red', 'red'],
  ['RED', 'red'],
  ['R', 'red'],
  ['Amber', 'amber'],
  ['AMBER', 'amber'],
  ['A', 'amber'],
  ['Green', 'green'],
  ['GREEN ', 'green'],
  ['G', 'green'],
  ['Amber/Green', 'amber-green'],
  ['Red/Amber', 'red-amber'],
  ['Blue', 'blue'],
];

/** The fills Excel's standard palette gives a RAG cell. */
export const RAG_FILLS: Readonly<Record<'red' | 'amber' | 'green' | 'blue', string>> = {
  red: '#FF0000',
  amber: '#FFC000',
  green: '#00B050',
  blue: '#0070C0',
};

export const LEADS: readonly string[] = [
  'COO/Director of HR/AD Transformation',
  'AD Communications and AD Policy',
  'Director of Regeneration',
  'CE/Leader',
  'Chief Executive',
  'Director of Adults',
  'Kathy Fenwick',
  'Andrew Bowen- Hartley',
  'Mark Dale',
  'Tara Gault',
  'SLT/All Thematic Steering Groups',
  'COO/AD Policy and AD Transformation',
  'Director of Place and Director of Regeneration',
  'CE/Monitoring Officer',
  'Patrick Orwell- Shaw',
  'AD Policy, Performance & Communities',
];

/** Theme words some plans put at the top of the lead cell (Havering 2019). */
export const THEMES: readonly string[] = ['OPPORTUNITIES', 'CONNECTIONS', 'PLACE', 'COMMUNITIES'];

export const AREAS: readonly string[] = [
  'Target Operating Model',
  'Health and Social Care',
  'oneSource Shared Service',
  'ICT',
  'Commissioning',
  'Customer Relationship Management (CRM)',
  'Complaints',
  'Debt',
  'Housing',
  'Climate Change',
  'Workforce',
  'Education',
  'Savings',
  'Procurement',
  'Communications',
  'Governance',
  'Regeneration',
  'Adult Social Care',
];

export const OBJECTIVES: readonly string[] = [
  'Redesign the organisation to include clear design principles that support collaboration and promote efficiency and productivity. Success Criteria: Organisation structure in place and culture change taking place',
  'Bring together key elements of health and care and the budgets that support those services. Success Criteria: Integrated teams set up and joined up working arrangements established',
  'Reduce agency and consultancy cost Success Criteria: Agency and consultancy costs are reduced.',
  'Continue to be in the top quartile for income collection in London for Council Tax, business rates and rent.',
  "Build on the momentum to communicate the council's new priorities to staff, partners and residents",
  'Sharpen decision making and delivery through better forward planning',
  'Develop a strategic approach to the workforce, linked to the corporate plan, to better release capacity to deliver',
  'Reduce spend on Home to school transport by promoting the use of a personal transport budget.',
  'Explore further ways of supporting community engagement and maximising community capacity',
  'Reduce tenancy arrears Success Criteria: Arrears reduced',
];

const VERBS = [
  'Review',
  'Develop',
  'Agree',
  'Establish',
  'Implement',
  'Deliver',
  'Co-design',
  'Consider and agree',
  'Monitor',
  'Expand',
];
const OBJECTS = [
  "the Communication Strategy promoting the Council's new priorities to employees, local people and key stakeholders",
  'the future OD Strategy and Talent Management Approach to underpin the Target Operating Model',
  'a debt recovery board to focus on high volume / high amount debts',
  'the Climate Change Action Plan through annual report to Cabinet',
  'our complaints policy and move to a simplified two stage process',
  'the "Community Hubs Steering Group"',
  'a suite of Power BI management reports for officers and decision makers',
  'options for a medium term flexible Procurement Framework for the supply of electricity and gas',
  'future scrutiny arrangements as part of new Governance Arrangements',
  'all high-cost social care placements',
];

/** Action text for a line of a plan: starts with a capital, one line, no savings figure. */
export function actionText(rnd: Random): string {
  const base = `${rnd.pick(VERBS)} ${rnd.pick(OBJECTS)}`;
  // £ amounts in text that are not savings (the engine must not count them).
  if (rnd.chance(0.08))
    return `Invest £250k in a programme of work to support the move to a self-service model`;
  if (rnd.chance(0.05))
    return `Focus on collecting former tenant arrears (currently about £2m each)`;
  return base;
}

/** Action text that names a savings figure in prose, and the figure in pounds. */
export const SAVINGS_IN_TEXT: readonly (readonly [string, number])[] = [
  ['Undertake Star Chambers to ensure we are delivering the £15m of savings', 15_000_000],
  ['Deliver £1.23m of savings from agency spend in Starting Well', 1_230_000],
  ['Identify £250k of in-year savings proposals and stop all non-essential spend', 250_000],
];

/** A Savings (£) column entry: a number in pounds, or text with a £ amount; and its pounds. */
export function savingsCell(rnd: Random): {
  value: string | number;
  format: string;
  pounds: number;
} {
  const choice = rnd.int(0, 5);
  switch (choice) {
    case 0:
      return { value: 250_000, format: '£#,##0', pounds: 250_000 };
    case 1:
      return { value: '£250k', format: 'General', pounds: 250_000 };
    case 2:
      return { value: '£1.23m', format: 'General', pounds: 1_230_000 };
    case 3:
      return { value: '£2,000,000', format: 'General', pounds: 2_000_000 };
    case 4:
      return { value: '£15m', format: 'General', pounds: 15_000_000 };
    default:
      return { value: 45_000, format: '£#,##0', pounds: 45_000 };
  }
}
