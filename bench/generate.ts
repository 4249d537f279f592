/**
 * Generates a realistic action plan as a Grid, together with the reading a person would give each
 * action (the "intended" plan), so a test can check the engine reads the generated text as meant.
 *
 * The sheet has title rows, then a main table (Ref / Area / Objective / Action / Lead / Timescale /
 * RAG / Savings (£) / Notes) with merged or blank-below groups, stacked multi-line cells, RAG as
 * words (often also coloured) and £ amounts in the savings column; then a note, then a second table
 * shaped like Havering's productivity plan (Area / Transformation Objective / Action / ELT Lead /
 * Timescale / RAG Rating) where RAG is only a fill colour and savings sit inside the action text.
 */
import type { CellRange, CellValue, Grid } from '../src/plan/core/grid';
import {
  actionText,
  AREAS,
  LEADS,
  OBJECTIVES,
  RAG_FILLS,
  RAG_WORDS,
  SAVINGS_IN_TEXT,
  savingsCell,
  THEMES,
  timescalePhrase,
  type Rag,
  type TimescalePhrase,
} from './phrasings';
import { randomFrom, type Random } from './random';

/** One action as the generator meant it. */
export interface IntendedAction {
  /** 0 for the main table, 1 for the productivity-plan table. */
  plan: number;
  row: number;
  line: number;
  area: string;
  objective: string;
  action: string;
  timescale: { kind: TimescalePhrase['kind']; due: string | null };
  rag: Rag | null;
  ragFrom: 'text' | 'fill' | null;
  savings: number | null;
}

export interface GeneratedPlan {
  grid: Grid;
  intended: IntendedAction[];
  /** Sheet rows of each table's header. */
  headerRows: [number, number];
  /** Rows holding more than one action. */
  stackedRows: number;
}

export interface GenerateOptions {
  /** Actions to generate (the stop rule when rows is not given). */
  actions?: number;
  /** Grid rows to fill instead (for the 20,000-row workbook). */
  rows?: number;
  seed?: number;
  sheet?: string;
}

/** Share of actions (or rows) in the second, fill-only table. */
const SECOND_TABLE_SHARE = 0.1;
const MAIN_WIDTH = 9;
const MAIN_HEADERS = [
  'Ref',
  'Area',
  'Objective',
  'Action',
  'Lead',
  'Timescale',
  'RAG',
  'Savings (£)',
  'Notes',
];
const SECOND_HEADERS = [
  'Area',
  'Transformation Objective',
  'Action',
  'ELT Lead',
  'Timescale',
  'RAG Rating',
];
const NOTES = [
  'Reported to Cabinet quarterly',
  'See Corporate Plan PIs',
  'Are there other live examples we can add?',
];

class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: string[][] = [];
  readonly fills: (string | null)[][] = [];
  readonly merges: CellRange[] = [];

  /** Appends a row of `width` empty cells and returns its sheet row number. */
  addRow(width: number): number {
    this.values.push(new Array<CellValue>(width).fill(null));
    this.formats.push(new Array<string>(width).fill('General'));
    this.fills.push(new Array<string | null>(width).fill(null));
    return this.values.length;
  }

  set(row: number, col: number, value: CellValue, format = 'General'): void {
    this.values[row - 1][col - 1] = value;
    this.formats[row - 1][col - 1] = format;
  }

  fill(row: number, col: number, colour: string | null): void {
    this.fills[row - 1][col - 1] = colour;
  }

  /** Merges rows top..bottom of a column when they span more than one row. */
  mergeDown(col: number, top: number, bottom: number): void {
    if (bottom > top) this.merges.push({ top, left: col, bottom, right: col });
  }
}

type Budget = { left: number; byRows: boolean };
const spend = (b: Budget, actions: number): void => {
  b.left -= b.byRows ? 1 : actions;
};

/** Generates a plan; the same options always give the same plan. */
export function generatePlan(options: GenerateOptions): GeneratedPlan {
  const rnd = randomFrom(options.seed ?? 20240401);
  const byRows = options.rows !== undefined;
  const total = options.rows ?? options.actions ?? 1000;
  const secondShare = Math.max(1, Math.round(total * SECOND_TABLE_SHARE));
  const sheet = new SheetBuilder();
  const intended: IntendedAction[] = [];

  sheet.set(sheet.addRow(MAIN_WIDTH), 1, 'Productivity Plan 2024/25: Action Plan');
  sheet.set(
    sheet.addRow(MAIN_WIDTH),
    1,
    'Progress at 1 October 2024 (RAG: Red, Amber, Green; Blue = complete)'
  );
  sheet.addRow(MAIN_WIDTH);
  const mainHeader = sheet.addRow(MAIN_WIDTH);
  MAIN_HEADERS.forEach((h, i) => sheet.set(mainHeader, i + 1, h));
  const main: Budget = { left: total - secondShare, byRows };
  const stackedRows = mainTable(rnd, sheet, main, intended);

  // The second table follows a gap, a paragraph of prose, and another gap, as in the seed.
  sheet.addRow(MAIN_WIDTH);
  sheet.addRow(MAIN_WIDTH);
  sheet.set(
    sheet.addRow(MAIN_WIDTH),
    1,
    'We are focused on maximising our financial sustainability by reducing demand and increasing productivity. The table below sets out our plans to reduce wasteful spend.'
  );
  sheet.addRow(MAIN_WIDTH);
  const secondHeader = sheet.addRow(MAIN_WIDTH);
  SECOND_HEADERS.forEach((h, i) => sheet.set(secondHeader, i + 1, h));
  secondTable(rnd, sheet, { left: secondShare, byRows }, intended);

  const grid: Grid = {
    sheet: options.sheet ?? 'Action plan',
    top: 1,
    left: 1,
    values: sheet.values,
    numberFormats: sheet.formats,
    fills: sheet.fills,
    merges: sheet.merges,
  };
  return { grid, intended, headerRows: [mainHeader, secondHeader], stackedRows };
}

function mainTable(
  rnd: Random,
  sheet: SheetBuilder,
  budget: Budget,
  intended: IntendedAction[]
): number {
  let stackedRows = 0;
  let ref = 0;
  while (budget.left > 0) {
    const area = rnd.pick(AREAS);
    const mergeGroups = rnd.chance(0.7); // else written once and left blank below
    const areaTop = sheet.values.length + 1;
    const objectives = rnd.int(1, 3);
    for (let o = 0; o < objectives && budget.left > 0; o++) {
      const objective = rnd.pick(OBJECTIVES);
      ref++;
      const objectiveTop = sheet.values.length + 1;
      const rows = rnd.int(1, 4);
      for (let r = 0; r < rows && budget.left > 0; r++) {
        const row = sheet.addRow(MAIN_WIDTH);
        if (row === areaTop) sheet.set(row, 2, area);
        if (row === objectiveTop) {
          sheet.set(row, 1, String(ref));
          sheet.set(row, 3, objective);
        }
        const wanted = rnd.chance(0.3) ? rnd.int(2, 5) : 1;
        const lines = budget.byRows ? wanted : Math.min(wanted, budget.left);
        if (lines > 1) stackedRows++;
        mainRow(rnd, sheet, row, lines, { area, objective }, intended);
        spend(budget, lines);
      }
      if (mergeGroups) {
        sheet.mergeDown(1, objectiveTop, sheet.values.length);
        sheet.mergeDown(3, objectiveTop, sheet.values.length);
      }
    }
    if (mergeGroups) sheet.mergeDown(2, areaTop, sheet.values.length);
  }
  return stackedRows;
}

function mainRow(
  rnd: Random,
  sheet: SheetBuilder,
  row: number,
  lines: number,
  group: { area: string; objective: string },
  intended: IntendedAction[]
): void {
  const stacked = lines > 1;
  const bullets = stacked && rnd.chance(0.3);
  const actions = Array.from({ length: lines }, () => actionText(rnd));
  sheet.set(row, 4, actions.map((a) => (bullets ? `• ${a}` : a)).join('\n'));

  // Lead: one for the row, or one per line; sometimes under a theme word (Havering 2019).
  const leads = rnd.chance(0.5)
    ? [rnd.pick(LEADS)]
    : Array.from({ length: lines }, () => rnd.pick(LEADS));
  const theme = rnd.chance(0.1) ? [rnd.pick(THEMES)] : [];
  sheet.set(row, 5, [...theme, ...leads].join('\n'));

  // Timescale: one for the row, or one per line.
  const oneTimescale = !stacked || rnd.chance(0.3);
  const timescales = oneTimescale
    ? [timescalePhrase(rnd, stacked)]
    : Array.from({ length: lines }, () => timescalePhrase(rnd, true));
  if (timescales.length === 1) sheet.set(row, 6, timescales[0].value, timescales[0].format);
  else sheet.set(row, 6, timescales.map((t) => t.value).join('\n'));

  // RAG: a word (often also coloured), a word per line, or not rated yet.
  let rags: (Rag | null)[];
  const ragStyle = rnd.next();
  if (ragStyle < 0.1) {
    rags = [null];
  } else if (stacked && ragStyle < 0.4) {
    const words = Array.from({ length: lines }, () => rnd.pick(RAG_WORDS));
    sheet.set(row, 7, words.map((w) => w[0]).join('\n'));
    rags = words.map((w) => w[1]);
  } else {
    const [word, rag] = rnd.pick(RAG_WORDS);
    sheet.set(row, 7, word);
    if (rnd.chance(0.6) && rag in RAG_FILLS)
      sheet.fill(row, 7, RAG_FILLS[rag as keyof typeof RAG_FILLS]);
    rags = [rag];
  }

  // Savings: only on single-action rows (a single figure on a stacked row would apply to every line).
  let savings: number | null = null;
  if (!stacked && rnd.chance(0.4)) {
    const s = savingsCell(rnd);
    sheet.set(row, 8, s.value, s.format);
    savings = s.pounds;
  }
  if (rnd.chance(0.05)) sheet.set(row, 9, rnd.pick(NOTES));

  for (let i = 0; i < lines; i++) {
    const t = timescales.length === 1 ? timescales[0] : timescales[i];
    const rag = rags.length === 1 ? rags[0] : rags[i];
    intended.push({
      plan: 0,
      row,
      line: i + 1,
      area: group.area,
      objective: group.objective,
      action: actions[i],
      timescale: { kind: t.kind, due: t.due },
      rag,
      ragFrom: rag ? 'text' : null,
      savings,
    });
  }
}

function secondTable(
  rnd: Random,
  sheet: SheetBuilder,
  budget: Budget,
  intended: IntendedAction[]
): void {
  while (budget.left > 0) {
    const area = rnd.pick(AREAS);
    const objective = rnd.pick(OBJECTIVES);
    const top = sheet.values.length + 1;
    const rows = rnd.int(1, 5);
    for (let r = 0; r < rows && budget.left > 0; r++) {
      const row = sheet.addRow(MAIN_WIDTH);
      if (r === 0) {
        sheet.set(row, 1, area);
        sheet.set(row, 2, objective);
      }
      let action = actionText(rnd);
      let savings: number | null = null;
      if (rnd.chance(0.3)) [action, savings] = rnd.pick(SAVINGS_IN_TEXT);
      sheet.set(row, 3, action);
      sheet.set(row, 4, rnd.pick(LEADS));
      const t = timescalePhrase(rnd, false);
      sheet.set(row, 5, t.value, t.format);
      // RAG Rating shown only as a colour, as in the published productivity plan.
      const rag = rnd.chance(0.9) ? rnd.pick(['red', 'amber', 'green', 'blue'] as const) : null;
      if (rag) sheet.fill(row, 6, RAG_FILLS[rag]);
      intended.push({
        plan: 1,
        row,
        line: 1,
        area,
        objective,
        action,
        timescale: { kind: t.kind, due: t.due },
        rag,
        ragFrom: rag ? 'fill' : null,
        savings,
      });
      spend(budget, 1);
    }
    sheet.mergeDown(1, top, sheet.values.length);
    sheet.mergeDown(2, top, sheet.values.length);
  }
}
