/**
 * Every finding code in one table: its severity, what it means (the docs table in
 * docs/report-format.md and the JSON schema's enum are tested against it) and its message, made
 * from what the raising code knows. Like an ESLint rule's meta: a reader or check says which code
 * and with what, never the words. A code with several messages takes a `kind` saying which.
 */
import { displayDate } from './dates';
import { quote } from './findings';
import type { SheetCell } from './location';
import type { Finding, Severity } from './types';

/** One code: its severity (or how the case decides it), its meaning and its message. */
type FindingRule<P> =
  | { title: string; severity: Severity; meaning: string; message: (params: P) => string }
  | {
      /** A few words naming the kind, for a group of findings ("Timescale is TBC: 42 actions"). */
      title: string;
      /** Where the case decides the severity; `severities` lists them for the docs. */
      severity: (params: P) => Severity;
      severities: readonly Severity[];
      meaning: string;
      message: (params: P) => string;
    };

const rule = <P = void>(r: FindingRule<P>): FindingRule<P> => r;

/** "Use …" with a lower-case first letter, after "or". */
const orLower = (sentence: string): string =>
  `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;

const RAG_ACCEPTED =
  'Use Red, Amber, Green or Blue (or R, A, G, B), a two-tone rating such as Amber/Green, On track / At risk / Off track, or "Complete".';
const TIMESCALE_ACCEPTED =
  'Use a date (31/12/2024), a month (December 2024), a quarter (Q3 2024/25), a financial year (2024/25), "Ongoing" or "TBC".';

/** A key column a plan lacks, and what is lost without it. */
const MISSING_COLUMN_WHY = {
  lead: 'no action can be traced to an officer. Add a column headed "Lead" (or "ELT Lead", "Responsible Officer", "Owner")',
  timescale:
    'no action can be checked for being overdue. Add a column headed "Timescale" (or "Deadline", "Due date", "Target date")',
  rag: 'progress cannot be summarised by RAG. Add a column headed "RAG" (or "RAG Rating", "RAG Status")',
} as const;

/** "2024/25: " before a savings line's message when the tracker has a column a year. */
const inYear = (year: string | null): string => (year ? `${year}: ` : '');

export const FINDING_RULES = {
  'green-but-overdue': rule<{ rating: string; due: string }>({
    title: 'Green but overdue',
    severity: 'error',
    meaning: 'rated Green (or Amber/Green) but past its date and not complete',
    message: (p) =>
      `Rated ${p.rating} but overdue: due ${displayDate(p.due)} and not complete. Re-rate it, or record a new date.`,
  }),
  'error-value': rule<{ field: string; error: string }>({
    title: 'Excel error in a cell',
    severity: 'error',
    meaning: 'a mapped cell holds an Excel error such as `#N/A`',
    message: (p) =>
      `The ${p.field} cell holds the error ${p.error}; fix the formula or type the value.`,
  }),
  'red-but-complete': rule<{ rating: string }>({
    title: 'Red but complete',
    severity: 'warning',
    meaning: 'rated Red (or Red/Amber) but complete',
    message: (p) =>
      `Rated ${p.rating} but marked complete; a completed action is usually Blue or Green.`,
  }),
  'missing-column': rule<
    | { field: keyof typeof MISSING_COLUMN_WHY; range: string }
    | { field: 'action'; range: string; eachRow: 'objective' | 'row' }
  >({
    title: 'Column missing',
    severity: (p) => (p.field === 'action' ? 'info' : 'warning'),
    severities: ['warning', 'info'],
    meaning: 'the table has no lead, timescale or RAG column (warning), or no action column (info)',
    message: (p) =>
      p.field === 'action'
        ? `No action column in the table at ${p.range}: each ${p.eachRow} is read as one action.`
        : `No ${p.field === 'rag' ? 'RAG' : p.field} column in the table at ${p.range}: ${MISSING_COLUMN_WHY[p.field]}, or choose one in the task pane (Check, How the columns were read).`,
  }),
  'missing-lead': rule<{ kind: 'empty'; error: string | null } | { kind: 'no-one'; text: string }>({
    title: 'No lead named',
    severity: 'warning',
    meaning: 'the lead cell is empty, or names no one',
    message: (p) =>
      p.kind === 'empty'
        ? `No lead is named.${p.error ? ` The cell holds the error ${p.error}.` : ''} Write the officer or role responsible, such as "Director of Place".`
        : `Lead ${quote(p.text)} names no one. Write the officer or role responsible, such as "Director of Place".`,
  }),
  'missing-timescale': rule({
    title: 'No timescale',
    severity: 'warning',
    meaning: 'the timescale cell is empty',
    message: () =>
      'No timescale. Add a date (31/12/2024), a month (December 2024), a quarter (Q3 2024/25), "Ongoing" or "TBC".',
  }),
  'missing-rag': rule({
    title: 'No RAG rating',
    severity: 'warning',
    meaning: 'the RAG cell is empty and carries no RAG fill colour',
    message: () =>
      'No RAG rating: the cell has neither a word (Red, Amber, Green, Blue) nor a RAG fill colour.',
  }),
  'unreadable-timescale': rule<
    | { kind: 'not-a-date' | 'no-such-day'; text: string }
    | { kind: 'not-a-date-as-shown'; shown: string }
    | { kind: 'error'; error: string }
    | { kind: 'number'; shown: string }
    | { kind: 'phantom-leap-day' }
  >({
    title: 'Timescale not read as a date',
    severity: 'warning',
    meaning:
      'the timescale could not be read; the message quotes it and says what would be accepted',
    message: (p) => {
      switch (p.kind) {
        case 'not-a-date':
          return `Timescale ${quote(p.text)} is not a date. ${TIMESCALE_ACCEPTED}`;
        case 'not-a-date-as-shown':
          return `Timescale ${p.shown} is not a date. ${TIMESCALE_ACCEPTED}`;
        case 'no-such-day':
          return `Timescale ${quote(p.text)} names a date that does not exist. ${TIMESCALE_ACCEPTED}`;
        case 'error':
          return `Timescale holds the error ${p.error}. ${TIMESCALE_ACCEPTED}`;
        case 'number':
          return `Timescale ${p.shown} is a number, not a date. Format the cell as a date, or ${orLower(TIMESCALE_ACCEPTED)}`;
        case 'phantom-leap-day':
          return `Timescale shows 29/02/1900, a day that never was (Excel counts 1900 as a leap year). ${TIMESCALE_ACCEPTED}`;
      }
    },
  }),
  'unreadable-rag': rule<
    | { kind: 'not-a-rating'; text: string }
    | { kind: 'score'; score: string }
    | { kind: 'dot'; text: string; colour: string | null }
  >({
    title: 'RAG not read as a rating',
    severity: 'warning',
    meaning: 'the RAG could not be read; the message quotes it and says what would be accepted',
    message: (p) => {
      switch (p.kind) {
        case 'not-a-rating':
          return `RAG ${quote(p.text)} is not a rating. ${RAG_ACCEPTED}`;
        case 'score':
          return `RAG ${p.score} is a score, and no RAG key says what it means. Add a key (a sheet named "Key" pairing each score with Red, Amber, Green or Blue), or ${orLower(RAG_ACCEPTED)}`;
        case 'dot':
          return `RAG ${quote(p.text)} is a dot whose colour was not read as a rating${p.colour ? ` (${p.colour})` : ''}. Colour it red, amber, green or blue, or write the word.`;
      }
    },
  }),
  'unreadable-money': rule<{ written: string }>({
    title: 'Amount not read',
    severity: 'warning',
    meaning: 'a money cell could not be read as an amount; the message quotes it',
    message: (p) =>
      `Amount ${p.written} is not a sum of money. Use pounds such as £250,000, £250k, £1.5m or (£250k) for a negative amount.`,
  }),
  'unreadable-stage': rule<{ text: string }>({
    title: 'Status not read',
    severity: 'warning',
    meaning: 'a stage or status cell holds no progress word; the message quotes it',
    message: (p) =>
      `Stage ${quote(p.text)} is not a progress word. Use Not started, In progress, Complete (or Closed, 100%), Paused (On hold), Deferred or Cancelled (Withdrawn).`,
  }),
  'rag-is-direction': rule<{ icon: string } | { text: string; direction: string }>({
    title: 'RAG is a direction of travel',
    severity: 'warning',
    meaning:
      'the RAG cell holds only a direction of travel (an arrow, "improving", or an arrow icon set\'s icon), not a rating',
    message: (p) =>
      'icon' in p
        ? `The RAG cell shows ${p.icon}: a direction of travel, not a rating. Use a traffic-light icon set, or write Red, Amber, Green or Blue.`
        : `RAG ${quote(p.text)} is a direction of travel (${p.direction}), not a rating. Keep arrows in their own column, or ${orLower(RAG_ACCEPTED)}`,
  }),
  'blue-score': rule<{ score: string }>({
    title: 'Blue score not read as complete',
    severity: 'warning',
    meaning:
      'a score (a number) read as the rating is filled blue: on a risk matrix that is a band of risk, not "complete", so the action gets no rating rather than being called complete',
    message: (p) =>
      `The score ${p.score} is filled blue: a score's colour is the risk's level, not a sign the action is done, so it is not read as Blue (complete). Add a key saying what blue means, or rate the action in a RAG column.`,
  }),
  'rag-colour-mismatch': rule<{ words: string; colour: string; fill: string }>({
    title: 'RAG word and colour disagree',
    severity: 'warning',
    meaning: "the RAG word and the cell's fill colour disagree (the word is used)",
    message: (p) =>
      `The RAG cell says ${quote(p.words)} but is filled ${p.colour} (${p.fill}); the word is used. Make the colour match the word.`,
  }),
  'stacked-mismatch': rule<{ actions: number; actionCell: string; lines: number; field: string }>({
    title: 'Stacked lines do not match',
    severity: 'warning',
    meaning: 'a stacked cell has a different number of lines from the action cell',
    message: (p) =>
      `${p.actions} actions are stacked in ${p.actionCell} but this cell has ${p.lines} ${p.field} lines; each line is matched to the action on the same line. Put one ${p.field} per action line, or one for all.`,
  }),
  'undated-timescale': rule<{ text: string }>({
    title: 'Timescale is TBC',
    severity: 'info',
    meaning: '"TBC" and the like: no date yet',
    message: (p) => `Timescale "${p.text}": set a date when it is known.`,
  }),
  'timescale-range': rule<{ text: string; due: string }>({
    title: 'Two dates in a timescale',
    severity: 'info',
    meaning: 'two dates in one timescale: the later is used',
    message: (p) =>
      `Timescale ${quote(p.text)} names more than one date; the later one, ${displayDate(p.due)}, is used as the due date.`,
  }),
  'period-end-due': rule<{ shown: string; period: 'month' | 'year'; due: string }>({
    title: 'Due at the end of the month or year shown',
    severity: 'info',
    meaning:
      'an Excel date whose number format shows no day ("mmm-yy": "Mar-27") is a deadline at the end of the month shown, 31 March 2027 (a format with only the year: 31 December); the message names the date used',
    message: (p) =>
      `Timescale shows ${p.shown} with no day (the cell's number format), so the end of that ${p.period}, ${displayDate(p.due)}, is used as the due date.`,
  }),
  'hidden-day': rule<{ shown: string; day: string }>({
    title: 'Day hidden by the date format',
    severity: 'info',
    meaning:
      'a date cell whose number format shows only the month or year holds a day other than the 1st ("Dec-26" holding 10 Dec 2026): the day held is the due date, so the action is overdue from the day after it',
    message: (p) =>
      `Timescale shows ${p.shown} but the cell holds ${p.day} (its number format hides the day); ${p.day} is used as the due date.`,
  }),
  'undated-term': rule<{ text: string }>({
    title: 'Term with no dates',
    severity: 'info',
    meaning: '"Short term", "Medium term", "Long term" with no years: undated, so never overdue',
    message: (p) =>
      `Timescale ${quote(p.text)} names a term but no date, so it cannot be overdue. Add the years it runs to, e.g. "Medium term (2025-2027)", or a date.`,
  }),
  'savings-from-text': rule<{ pounds: number }>({
    title: 'Savings read from the action text',
    severity: 'info',
    meaning: "a savings figure was read from the action's text",
    message: (p) =>
      `Read savings of £${p.pounds.toLocaleString('en-GB')} from the action text; add a Savings column to make the figure explicit.`,
  }),
  'totals-mismatch': rule<{
    label: string;
    given: string;
    column: string;
    lines: number;
    rows: string;
    added: string;
    difference: string;
    more: boolean;
  }>({
    title: 'Total does not add up',
    severity: 'error',
    meaning:
      'a totals row does not equal the sum of its lines (the message gives both and the difference); a subtotal counts the lines since the previous totals row, a grand total may count every line; a total less than £1 from the sum is taken as equal (pennies of rounding), £1 or more is not',
    message: (p) =>
      `The "${p.label}" row gives ${p.given} for ${p.column}, but the ${p.lines} ` +
      `line${p.lines === 1 ? '' : 's'} above it (${p.rows}) add up to ${p.added}: the total is ` +
      `${p.difference} ${p.more ? 'more' : 'less'}. Correct the total or the lines.`,
  }),
  'shortfall-mismatch': rule<{
    year: string | null;
    given: string;
    target: string;
    forecast: string;
    worked: string;
  }>({
    title: 'Shortfall does not add up',
    severity: 'warning',
    meaning: "the tracker's shortfall is neither target − forecast nor forecast − target",
    message: (p) =>
      `${inYear(p.year)}The shortfall is given as ${p.given}, but target ${p.target} less ` +
      `forecast ${p.forecast} is ${p.worked}. Correct the shortfall, the target or the forecast.`,
  }),
  'green-but-short': rule<{
    year: string | null;
    rating: string;
    forecast: string;
    short: string;
    percent: number;
    target: string;
    allowed: number;
  }>({
    title: 'Green but short of target',
    severity: 'warning',
    meaning:
      'rated Green or Blue with a forecast more than the savings tolerance below target (default 5%, `--savings-tolerance`)',
    message: (p) =>
      `${inYear(p.year)}Rated ${p.rating} but the forecast ${p.forecast} is ${p.short} (${p.percent}%) ` +
      `below the target ${p.target}, more than the ${p.allowed}% allowed. Re-rate it, or correct the figures.`,
  }),
  'red-but-on-target': rule<{ year: string | null; forecast: string; target: string }>({
    title: 'Red but on target',
    severity: 'warning',
    meaning: 'rated Red with a forecast at or above target',
    message: (p) =>
      `${inYear(p.year)}Rated Red but the forecast ${p.forecast} meets the target ${p.target}. Re-rate it, or correct the forecast.`,
  }),
  'money-unit-change': rule<{
    column: string;
    unit: string;
    how: 'format' | 'written';
    written: string;
    read: string;
  }>({
    title: 'Figure in another unit',
    severity: 'warning',
    meaning: "a figure written in another unit than its column's (£m in a £'000 column)",
    message: (p) =>
      `The column "${p.column}" is in ${p.unit} but ${p.how === 'format' ? 'its number format shows' : 'it is written in'} ${p.written}; ` +
      `it was read as ${p.read}. Write every figure of the column in one unit.`,
  }),
  'money-unit-slip': rule<{ figure: string; big: boolean; column: string; typical: string }>({
    title: 'Figure likely in the wrong unit',
    severity: 'warning',
    meaning:
      "a figure about 1,000 times (or a thousandth of) the column's typical figure: likely the wrong unit",
    message: (p) =>
      `${p.figure} is about ${p.big ? '1,000 times' : 'a thousandth of'} the typical figure of the column ` +
      `"${p.column}" (${p.typical}): likely written in the wrong unit. Check the figure.`,
  }),
  'savings-in-prose': rule<{ pounds: string }>({
    title: 'Savings in the text, not counted',
    severity: 'warning',
    meaning: "the action text speaks of £ savings but the plan's savings cell for it is empty",
    message: (p) =>
      `The action text speaks of savings of ${p.pounds} but the savings cell is empty, so they are not counted. Put the figure in the savings column.`,
  }),
  'no-actions': rule<{ range: string }>({
    title: 'Headers with no actions',
    severity: 'warning',
    meaning: 'a header row with nothing under it',
    message: (p) => `The table at ${p.range} has headers but no actions below them.`,
  }),
  'no-action-yet': rule({
    title: 'No action written yet',
    severity: 'info',
    meaning:
      "a numbered recommendation on a row of its own has no action written yet (a new plan's rows until the actions are written); it is counted as an action",
    message: () => 'No action written yet: write what will be done to answer this recommendation.',
  }),
  'stage-from-notes': rule<{ stage: 'complete' | 'paused' | 'cancelled'; text: string }>({
    title: 'Status read from the notes',
    severity: 'info',
    meaning:
      'the action is read as complete, paused or cancelled from an update or notes cell that opens with such a word ("Implemented in October", "Deferred until …"); the message quotes it',
    message: (p) =>
      `Read as ${p.stage} from the update ${quote(p.text)}; add a Status column saying so to make it explicit.`,
  }),
  'date-moved': rule<{ from: string; to: string }>({
    title: 'Date moved',
    severity: 'info',
    meaning:
      'a revised or forecast date differs from the original date beside it; the revised one is the due date',
    message: (p) =>
      `The date moved from ${displayDate(p.from)} to ${displayDate(p.to)}; the revised date is the one checked for being overdue.`,
  }),
  'rag-dimensions': rule<{ chosen: string; others: string[] }>({
    title: 'Several ratings, one read as the RAG',
    severity: 'info',
    meaning:
      "the plan rates each action several ways (Overall, Delivery, Time, Cost, Quality, Spend ..., or a project's status beside its milestone's): the overall rating, else delivery, else the action's own, is read as the RAG and the others are kept as its dimensions; the message says how to choose another",
    message: (p) =>
      `Several ratings: "${p.chosen}" is read as the RAG (the overall rating, else delivery, else the action's own); ${p.others.map((o) => `"${o}"`).join(', ')} kept beside it. To rate by another, choose the RAG column in the pane or run check with --column rag=HEADER.`,
  }),
  'date-not-deadline': rule<{ header: string }>({
    title: 'A meeting date, not a deadline',
    severity: 'info',
    meaning:
      'the only date column is a meeting, review or report date, not a deadline: it is not read as the timescale (a past meeting would make every action overdue), and said so',
    message: (p) =>
      `"${p.header}" is a meeting or review date, not a deadline, so it is not read as the timescale. If it is the deadline, choose it as the timescale column (--column timescale=HEADER); otherwise add a deadline column ("Target date", "By when").`,
  }),
  'plan-stopped': rule<{ last: number; row: number; why: string; lastFilled: number }>({
    title: 'Plan read to a row above its last',
    severity: 'info',
    meaning:
      'the plan is read to a row above the last filled row in its columns: blank rows, a note or a paragraph ended it and the rows below do not carry on in its columns',
    message: (p) =>
      `The plan is read to row ${p.last}: row ${p.row} ${p.why}, and the rows below it (to row ${p.lastFilled}) are not read as part of the plan. If they are, remove what ends it, or point at the plan's whole range (in the task pane, or check --plan RANGE).`,
  }),
  'example-row': rule<{ row: number }>({
    title: 'Example or guidance row left out',
    severity: 'info',
    meaning:
      'a row that shows how to fill the plan in (an "Example of how to complete" row, or guidance under the header), left out of the actions',
    message: (p) =>
      `Row ${p.row} shows how to fill the plan in (an example or guidance), not an action; it is left out. Delete the row, or reword it, if it is a real action.`,
  }),
  'hidden-sheet': rule<{ range: string }>({
    title: 'Plan on a hidden sheet',
    severity: 'info',
    meaning: 'the plan is on a hidden sheet',
    message: (p) =>
      `The table at ${p.range} is on a hidden sheet; it is read like any other. Unhide the sheet to see it, or move the plan.`,
  }),
};

/** Every finding code, kebab-case and stable: the JSON report's `code`. */
export type FindingCode = keyof typeof FINDING_RULES;

export const FINDING_CODES = Object.keys(FINDING_RULES) as FindingCode[];

/** What the message of a code is made from. */
export type FindingParams<C extends FindingCode> =
  (typeof FINDING_RULES)[C] extends FindingRule<infer P> ? P : never;

/** What a code's message is made from, as arguments: none when it needs nothing. */
export type FindingArgs<C extends FindingCode> =
  FindingParams<C> extends void ? [] : [FindingParams<C>];

/** A reader's problem (a finding without its cell yet), by its code. */
export function problemOf<C extends FindingCode>(
  code: C,
  ...params: FindingArgs<C>
): { code: C; severity: Severity; message: string } {
  const r = FINDING_RULES[code] as FindingRule<FindingParams<C>>;
  const p = params[0] as FindingParams<C>;
  return {
    code,
    severity: typeof r.severity === 'function' ? r.severity(p) : r.severity,
    message: r.message(p),
  };
}

/** A finding by its code, about one cell (or the whole table when `cell` is null). */
export function findingOf<C extends FindingCode>(
  cell: SheetCell | null,
  code: C,
  ...params: FindingArgs<C>
): Finding {
  const { severity, message } = problemOf(code, ...params);
  return { severity, code, message, cell };
}

/** The severities a code is raised with, for the docs table ("warning / info"). */
export function severitiesOf(code: FindingCode): readonly Severity[] {
  const r = FINDING_RULES[code] as FindingRule<unknown>;
  return typeof r.severity === 'function' && 'severities' in r
    ? r.severities
    : [r.severity as Severity];
}

/** What a code means, as the docs table says it. */
export const meaningOf = (code: FindingCode): string => FINDING_RULES[code].meaning;

/** A few words naming a kind of finding: the title of its group in the pane. */
export const titleOf = (code: FindingCode): string => FINDING_RULES[code].title;
