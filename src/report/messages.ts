/**
 * Every message a user reads about a problem or an outcome, in one table, so the pane, the
 * ribbon and both writers say the same thing once. Pure: no Office, DOM or Node.
 */
import { displayDate, rangeRef, type Changes, type NotPlanReason, type PassedOver } from '../plan';
import { CHANGES_TITLE } from './changesText';

/** The one line `refresh` and the pane show when no Savings sheet is written. */
export const NO_SAVINGS_SHEET =
  'No Savings sheet: the plan has no savings target, forecast or shortfall figures (no money column, and no £ savings in the action text).';

export type ProblemKind =
  | 'cell-edit'
  | 'protected'
  | 'too-large'
  | 'unsupported'
  | 'undo'
  | 'no-undo'
  | 'busy'
  | 'cancelled'
  | 'no-plan'
  | 'not-loaded'
  | 'other';

/**
 * Where RAG Plan runs: the Excel versions Microsoft lists for the SharedRuntime 1.1 requirement
 * set the manifest asks for (every one of them has the ExcelApi 1.7 it needs too). README,
 * manifest.xml, support.html and webview-check.js say it in these words
 * (tests/requirementWording.test.ts).
 */
export const RUNS_IN =
  'Excel in Microsoft 365 (Version 2002 or later), Excel 2021 or later, Excel for Mac 16.35 or later, or Excel on the web';

export type ProblemIntent = 'error' | 'warning' | 'info';

/** Said wherever a workbook holds no plan: the pane, the ribbon and the command line. */
const NO_PLAN = 'No action plan found';
const WHAT_A_PLAN_IS = 'A plan is a table with headers such as Action, Lead, Timescale and RAG';
const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

export interface ProblemText {
  intent: ProblemIntent;
  title: string;
  /** What the user can do about it. */
  advice: string;
}

export const PROBLEMS: Record<ProblemKind, ProblemText> = {
  'cell-edit': {
    intent: 'warning',
    title: 'A cell is being edited',
    advice: 'Press Enter or Esc to finish editing the cell, then try again.',
  },
  protected: {
    intent: 'error',
    title: 'The sheet is protected',
    advice:
      'Unprotect the sheet or workbook (Review > Unprotect Sheet), or ask its owner to, then try again.',
  },
  'too-large': {
    intent: 'error',
    title: 'The plan is too large',
    advice:
      'Excel refused a request this big even in small parts. Split the plan into smaller tables, or use desktop Excel.',
  },
  unsupported: {
    intent: 'error',
    title: 'This version of Excel is not supported',
    advice: `RAG Plan needs ${RUNS_IN}. Update Excel and try again.`,
  },
  undo: {
    intent: 'warning',
    title: 'Done, but not as one undo step',
    advice:
      'Excel could not group this change into one undo step, so Undo takes it back a part at a time.',
  },
  'no-undo': {
    intent: 'warning',
    title: 'This refresh cannot be undone',
    advice:
      'Excel on Windows and Mac empties its undo list when a sheet is hidden, and this refresh hid its history sheet, as the first refresh of a workbook does; later refreshes can be undone.',
  },
  busy: {
    intent: 'warning',
    title: 'A refresh is already running',
    advice: 'Wait for it to finish; it rebuilds the same summary sheets.',
  },
  cancelled: { intent: 'info', title: 'Cancelled', advice: 'Nothing was changed.' },
  'no-plan': {
    intent: 'warning',
    title: NO_PLAN,
    advice: `${WHAT_A_PLAN_IS}. Open the workbook that holds it.`,
  },
  'not-loaded': {
    intent: 'error',
    title: 'Part of RAG Plan could not be loaded',
    advice:
      'Nothing was changed. Check the network connection and try again; if it happens again, close and reopen the RAG Plan pane.',
  },
  other: {
    intent: 'error',
    title: 'Something went wrong',
    advice: 'Try again; if it happens again, close and reopen the RAG Plan pane.',
  },
};

export interface ProblemMessage {
  intent: ProblemIntent;
  title: string;
  /** The detail (when there is one that adds something) and then the advice, once each. */
  body: string;
}

/**
 * Anything thrown, in plain words. Duck-typed on `kind` so an error from any layer, or a bare
 * string, still becomes a message and is never swallowed.
 */
export function describeProblem(error: unknown): ProblemMessage {
  const kind = kindOf(error);
  const text = PROBLEMS[kind];
  // A chunk's own message is its URL: nothing a user can act on.
  const detail = kind === 'cancelled' || kind === 'not-loaded' ? '' : detailOf(error);
  const fallback = kind === 'other' && !detail ? 'Excel reported an error without a message.' : '';
  const body = [detail || fallback, text.advice].filter(Boolean).join(' ');
  return { intent: text.intent, title: text.title, body };
}

function kindOf(error: unknown): ProblemKind {
  if (
    error &&
    typeof error === 'object' &&
    'kind' in error &&
    typeof error.kind === 'string' &&
    error.kind in PROBLEMS
  ) {
    return error.kind as ProblemKind;
  }
  const name = error && typeof error === 'object' && 'name' in error ? error.name : null;
  if (name === 'AbortError') return 'cancelled';
  // webpack's error when a chunk fetched on first use (the writer, the roll-up) fails to arrive.
  if (name === 'ChunkLoadError') return 'not-loaded';
  return 'other';
}

/** The error's own words, unless they only repeat the title or advice. */
function detailOf(error: unknown): string {
  const raw = typeof error === 'string' ? error : error instanceof Error ? error.message : '';
  const text = raw.trim();
  if (!text) return '';
  const known = Object.values(PROBLEMS).flatMap((p) => [p.title, p.advice]);
  return known.some((k) => k === text || k.startsWith(text))
    ? ''
    : /[.!?)]$/.test(text)
      ? text
      : `${text}.`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The same with thousands separated: counts that can be large (history rows, kept cells). */
const many = (n: number, word: string) =>
  `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
const onSheet = (sheet: string | undefined) => (sheet ? ` "${sheet}"` : '');

/** The heading over the history rows a refresh could not read as written (Data quality sheet). */
export const HISTORY_PROBLEMS_TITLE = 'RAG Plan history: rows not read as written';

/** Where a history problem is: "RAG Plan history, row 12". */
export function historyPlace(p: { row: number | null }): string {
  return p.row === null ? 'RAG Plan history' : `RAG Plan history, row ${p.row}`;
}

/** History problems listed in a terminal or the pane before "… and N more". */
export const HISTORY_PROBLEMS_SHOWN = 20;

/**
 * The summary sheets a refresh wrote: the very hidden history sheet is kept, not shown, so never
 * named; a "Kept from …" sheet is said in its own line (SAY.kept).
 */
export function shownSheets<T extends { key: string }>(written: T[]): T[] {
  return written.filter((w) => w.key !== 'history' && w.key !== 'kept');
}

/** Why a table that was looked at is not a plan, in a user's words. */
const NOT_A_PLAN: Record<NotPlanReason, string> = {
  'list-source': 'the list the drop-downs use',
  'period-grid': 'a grid of numbers by period, not actions',
  'change-log': 'a log of moved dates (old date, new date, reason), not the plan',
  untracked: 'nothing tracks its rows (no rating, due date, lead, status or progress column)',
  'no-subject': 'no column says what is to be done',
  form: 'a form, or a version and document-control table',
  key: 'a key to the ratings, not actions',
};

/** A table passed over, in one line: "'Backend Data'!B2:H20: the list the drop-downs use". */
export function passedOverLine(p: PassedOver): string {
  const table = p.table ? ` (table ${p.table})` : '';
  return `${rangeRef({ sheet: p.sheet, ...p.range })}${table}: ${NOT_A_PLAN[p.reason]}`;
}

/** The heading over the tables passed over (the command line's check report). */
export const PASSED_OVER_TITLE =
  'Passed over, not plans (if one is a plan, point at it in the task pane or with check --plan RANGE):';

/** Outcome lines, shared by the pane, the ribbon and the command line. */
export const SAY = {
  refreshed: (written: { key: string; name: string }[], plans: number) => {
    const sheets = shownSheets(written).map((w) => w.name);
    return `Refreshed ${plural(sheets.length, 'summary sheet')} (${sheets.join(', ')}) from ${plural(plans, 'plan')}.`;
  },
  renamed: (wanted: string, used: string) =>
    `A sheet of yours is already called “${wanted}”, so it was left alone and the summary went to “${used}”.`,
  /** Flag in place done: on the named sheet (the command line), or the plan the pane shows. */
  flagged: (f: { sheet?: string; rows: number; dropDowns: number; kept: number }) =>
    `Flagged${onSheet(f.sheet)}: ${plural(f.rows, 'overdue row')} shaded, RAG drop-down on ${plural(f.dropDowns, 'cell')}` +
    (f.kept > 0 ? ` (${plural(f.kept, 'cell')} kept your own validation)` : '') +
    '; no cell was changed.',
  unflagged: (f: { sheet?: string; formats: number; dropDowns: number }) =>
    `Took RAG Plan's flags off${onSheet(f.sheet)}: ${plural(f.formats, 'overdue shading')} and ${plural(f.dropDowns, 'RAG drop-down')} removed; no cell was changed.`,
  /** The pane, when the workbook holds no plan. */
  noPlanInWorkbook: `${NO_PLAN} in this workbook. ${WHAT_A_PLAN_IS}; open the workbook that holds it and choose Look again.`,
  /** The pane's plan picker, empty. */
  noPlan: NO_PLAN,
  /** The command line's check report, when the file holds no plan. */
  noPlanInReport: `${NO_PLAN}: ${lowerFirst(WHAT_A_PLAN_IS)}.`,
  /** Why the command line cannot refresh or compare a file (after "cannot read 'FILE': "). */
  noPlanInFile: `${lowerFirst(NO_PLAN)} in it: ${lowerFirst(WHAT_A_PLAN_IS)}`,
  builtFrom: (plans: string[]) => plans.join('; '),
  /** The pane's heading over the changes: "Changes since 1 Jul 2024", since a named snapshot, or since a period ("since Q2"). */
  changesSince: (c: Changes | null) =>
    c ? `Changes since ${c.from.name ?? c.from.label ?? displayDate(c.from.asOf)}` : CHANGES_TITLE,
  historyProblemsNote:
    'The very hidden sheet where refreshes keep their snapshots had rows that were edited or damaged. A field that could not be read was read as unknown; a row or a snapshot that could not be read was left out, so nothing is compared with it.',
  /** The history rows not read as written, for a terminal: a line, then one per row (at most `shown`). */
  historyProblems: (
    problems: { row: number | null; text: string }[],
    shown = HISTORY_PROBLEMS_SHOWN
  ): string[] =>
    problems.length === 0
      ? []
      : [
          `The history sheet has ${many(problems.length, 'row')} not read as written:`,
          ...problems
            .slice(0, shown)
            .map((p) => `  ${p.row === null ? 'the sheet' : `row ${p.row}`}: ${p.text}.`),
          ...(problems.length > shown
            ? [`  … and ${(problems.length - shown).toLocaleString('en-GB')} more.`]
            : []),
        ],
  /** The history sheet could not be read at all: kept visible under a new name, a new one started. */
  setAside: (to: string, why: string) =>
    `The history sheet could not be read (${why}); it is kept, visible, as “${to}” for you to look at or delete, and a new history starts with this refresh.`,
  /** The snapshot a refresh kept was given a name, to compare with later. */
  named: (name: string, seq: number) =>
    `This refresh's snapshot (number ${seq}) is named “${name}”: the changes since it can be shown at any later refresh.`,
  /** Cells a user typed on our sheets, kept on new sheets before the refresh rewrote ours. */
  kept: (kept: { from: string; to: string; cells: number }[]) =>
    kept.length === 0
      ? null
      : `Kept what you typed on RAG Plan's sheets before rewriting them: ${kept
          .map((k) => `${many(k.cells, 'cell')} from “${k.from}” in the new sheet “${k.to}”`)
          .join(', ')}.`,
  noSavingsSheet: NO_SAVINGS_SHEET,
  /** The pane's Changes tab before any refresh. */
  changesAfterRefresh:
    'Refresh to see what changed: since the last refresh, or since a snapshot you pick above.',
  /** A snapshot named from the pane. */
  snapshotNamed: (s: { seq: number; name: string | null }) =>
    s.name
      ? `Snapshot ${s.seq} is named “${s.name}”: pick it above to compare with it.`
      : `Snapshot ${s.seq} has no name now.`,
  /** The plan shown has no money while another plan in the workbook has: the Savings sheet is theirs. */
  noSavingsInPlan:
    'This plan has no savings figures; the Savings sheet is built from the other plans in the summary.',
  ribbonPrefix: 'Ribbon',
  /** Which refresh holds the workbook when another is asked for. */
  busy: (by: 'pane' | 'ribbon') =>
    by === 'ribbon'
      ? 'The Refresh summaries button on the ribbon is still writing the summary sheets.'
      : 'The refresh started in the RAG Plan pane is still writing the summary sheets.',
  oldWebviewTitle: 'This version of Office cannot run RAG Plan',
  oldWebview: `RAG Plan needs ${RUNS_IN}. Update Office, or open the workbook in Excel on the web. Your workbook has not been changed.`,
  /** The plain page when Office's own script did not load (no network to its server, or blocked). */
  noOfficeTitle: 'RAG Plan could not start',
  noOffice:
    'Office’s script (office.js, from appsforoffice.microsoft.com) did not load, so RAG Plan cannot reach your workbook. Check that this computer can reach that address (a proxy or firewall may block it), then close this pane and open RAG Plan again. Your workbook has not been changed.',
  /** The plain page when the pane is opened in a browser rather than in Excel. */
  outsideOfficeTitle: 'Open RAG Plan from Excel',
  outsideOffice: `This page is RAG Plan’s task pane: it works only inside Excel. Open your workbook in ${RUNS_IN}, then choose Open RAG Plan on the Home tab.`,
} as const;

/** How a list was written, as the outcome line says it. */
const LIST_KINDS: Record<string, string> = {
  heading: 'headed "Recommendation 1", "Recommendation 2", ...',
  decimal: 'numbered as paragraphs (2.1, 2.2, ...)',
  number: 'numbered 1, 2, 3, ...',
  letter: 'lettered a, b, c, ...',
  bullet: 'bulleted',
  paragraphs: 'one to a paragraph (no numbers or bullets were found)',
};

const LEFT_OUT = {
  validation: 'the drop-downs and date checks',
  print: 'the print set-up',
  'table-style': "the table's plain style",
} as const;

/** Outcome lines of starting a plan, shared by the pane and the command line. */
export const NEW_PLAN_SAY = {
  none: 'No recommendations were found in the text. Paste the report\'s recommendations, each starting "Recommendation 1", a number (1. or 2.1), a letter (a)) or a bullet (•).',
  read: (count: number, kind: string, leftOut: readonly string[]) =>
    `Read ${plural(count, 'recommendation')} ${LIST_KINDS[kind] ?? ''}`.trimEnd() +
    (leftOut.length
      ? `; left out ${plural(leftOut.length, 'line')} of page numbers, headers and footers (${leftOut
          .slice(0, 3)
          .map((l) => `“${l.length > 40 ? `${l.slice(0, 39)}…` : l}”`)
          .join(', ')}${leftOut.length > 3 ? ', …' : ''}).`
      : '.'),
  wrote: (plan: string, key: string, rows: number, ratings: readonly string[]) =>
    `Wrote “${plan}” (an Excel table of ${plural(rows, 'row')}, a RAG drop-down of ${ratings.join(', ')}) and “${key}” (what each rating means and the list of leads).`,
  next: 'Next: write each action, its lead, timescale and RAG; then Check reads the plan.',
  /** The pane's words above the box the recommendations are pasted into. */
  intro:
    "Paste the recommendations from the review's report. Each becomes a row of a new plan sheet, with drop-downs and a Key sheet, so every check reads it.",
  /** What this Excel could not add (each needs a newer requirement set); the plan reads all the same. */
  leftOut: (parts: readonly ('validation' | 'print' | 'table-style')[]) =>
    `This version of Excel could not add ${parts
      .map((p) => LEFT_OUT[p])
      .join(
        ' or '
      )}; the plan was written without ${parts.length === 1 ? 'it' : 'them'} and reads the same.`,
} as const;

/** Outcome lines of a tidy copy. */
export const TIDY_SAY = {
  wrote: (plans: number, actions: number, sheet: string, key: string) =>
    `Read ${plural(plans, 'plan')} with ${plural(actions, 'action')}; wrote “${sheet}” (a row per action, each linked to the cell it came from) and “${key}” (what each rating means and the leads as written).`,
  unchanged:
    'Every sheet that was there is unchanged. Check or refresh with --sheet to read one plan: the copy and the original are both plans.',
} as const;

/** What is said about the user's choices kept in the workbook (choicesStore.ts) and given as flags. */
export const CHOICES_SAY = {
  damaged: (what: string) =>
    `The choices kept in this workbook could not all be read (${what}); the rest are used, and the part is left as it was.`,
  unreadable: (what: string) =>
    `The choices kept in this workbook could not be read (${what}); the plans are read as found.`,
  /** check's hint, under a plan where the engine chose among columns. */
  reproduce: (flags: string) =>
    `To read it this way whatever is found, or to choose otherwise: ${flags}`,
  chose: (field: string, chosen: string, others: string[], doubt?: string) =>
    `${field} read from ${chosen}${others.length ? `; also could be ${others.join(', ')}` : ''}${doubt ? `; ${doubt}: if it is not the ${field}, --column ${field}=none` : ''}`,
};

/** The pane's roll-up ("Add plans from other workbooks"). */
export const ROLLUP_SAY = {
  intro:
    "Pick the directorates' workbooks (.xlsx or .xlsm) to roll up into one summary. They are read here, on this computer; nothing is sent anywhere. The roll-up's summary sheets are written into this workbook.",
  /** The files the last roll-up read, asked for again by name (a pane cannot open a file itself). */
  pickAgain: (names: readonly string[]) => `Pick these again: ${names.join(', ')}.`,
  read: (plans: number, actions: number, read: number, total: number, asOf: string) =>
    `Read ${plural(plans, 'plan')} with ${plural(actions, 'action')} from ${read} of ${plural(total, 'workbook')} as of ${displayDate(asOf)}.`,
  wrote: (written: { key: string; name: string }[]) =>
    `Wrote ${shownSheets(written)
      .map((w) => `“${w.name}”`)
      .join(', ')} into this workbook.`,
  noneRead: (total: number) =>
    `No plan could be read from ${total === 1 ? 'the workbook' : `any of the ${total} workbooks`}, so nothing was written.`,
};
