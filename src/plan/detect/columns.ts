import {
  columnLetters,
  columnNumber,
  type Column,
  type ColumnChoice,
  type ColumnOverrides,
  type Field,
  FIELDS,
} from '../core';
import type { JudgedCell } from './judge';
import { periodOf } from './headers';
import type { Region } from './regions';

export interface ColumnMap {
  columns: Column[];
  unmapped: { header: string; col: number; reason?: string }[];
  /** Fields several columns could give, where the engine chose one and the user did not. */
  chosen: ColumnChoice[];
}

const MONEY: ReadonlySet<Field> = new Set(['savings', 'forecast', 'shortfall']);

/** The column of each field, from the decisions made on the header cells; others unmapped with why. */
function choose(headers: JudgedCell[]): {
  columns: Column[];
  unused: Map<number, string>;
  chosen: ColumnChoice[];
} {
  const byField = new Map<Field, JudgedCell[]>();
  for (const h of headers) {
    const f = h.decision.field;
    if (f) byField.set(f, [...(byField.get(f) ?? []), h]);
  }
  const columns: Column[] = [];
  const unused = new Map<number, string>();
  const chosenAmong: ColumnChoice[] = [];
  const column = (h: JudgedCell, extra: Partial<Column> = {}): Column => ({
    field: h.decision.field as Field,
    header: h.text,
    col: h.col,
    overridden: false,
    reason: h.decision.reason,
    ...extra,
  });
  for (const [field, cands] of byField) {
    const chosen = chooseField(field, cands);
    for (const c of chosen) columns.push(column(c.cell, c.extra));
    const taken = new Set(chosen.map((c) => c.cell.col));
    const first = chosen[0].cell;
    const others = cands.filter((h) => !taken.has(h.col));
    for (const h of others)
      unused.set(h.col, `${h.text}: another column ("${first.text}") gives the ${field}`);
    // Recorded so every surface can say what was chosen and how to choose another (check's flags).
    if (others.length > 0)
      chosenAmong.push({ field, col: first.col, others: others.map((h) => h.col) });
  }
  for (const h of headers) if (!h.decision.field) unused.set(h.col, h.decision.reason);
  statusAsStage(columns, headers, unused);
  promoteSubject(columns, headers, unused);
  outturnAsForecast(columns, headers, unused);
  // A column promoted to another field (the objective that is the only action) is chosen as that.
  for (const c of chosenAmong) c.field = columns.find((k) => k.col === c.col)?.field ?? c.field;
  const doubt = plainDate(columns);
  if (doubt && !chosenAmong.some((c) => c.field === 'timescale')) chosenAmong.push(doubt);
  return { columns, unused, chosen: chosenAmong };
}

/** "Date", "Exec Date": a date column that says nothing of a deadline may be a meeting's. */
const PLAIN_DATE = /^\s*(?:[a-z.]+\s+)?dates?\s*$/i;
const DEADLINE_WORD = /\b(due|target|deadline|completion|complete|revised|forecast|by|end)\b/i;

/** The timescale read from a plain "Date" column: a choice the user is told of, with no other column. */
function plainDate(columns: Column[]): ColumnChoice | null {
  const due = columns.find((c) => c.field === 'timescale' && !c.original);
  if (!due || !PLAIN_DATE.test(due.header) || DEADLINE_WORD.test(due.header)) return null;
  return { field: 'timescale', col: due.col, others: [], doubt: "a date that may be a meeting's" };
}

/**
 * An outturn is spend beside a budget, but beside a savings target with no forecast column it is
 * the saving's forecast ("Forecast Outturn £k" in a cost improvement programme).
 */
function outturnAsForecast(
  columns: Column[],
  headers: JudgedCell[],
  unused: Map<number, string>
): void {
  const savings = columns.find((c) => c.field === 'savings');
  if (!savings || columns.some((c) => c.field === 'forecast')) return;
  const outturn = headers.find(
    (h) => /\boutturn\b/i.test(h.text) && unused.has(h.col) && !h.decision.field && mostlyAmounts(h)
  );
  if (!outturn) return;
  unused.delete(outturn.col);
  columns.push({
    field: 'forecast',
    header: outturn.text,
    col: outturn.col,
    overridden: false,
    reason: `${outturn.text}: the outturn of the savings ("${savings.header}"), read as the forecast`,
  });
}

function mostlyAmounts(h: JudgedCell): boolean {
  const amounts = h.evidence.money + h.evidence.numbers;
  return amounts > 0 && amounts * 2 >= h.evidence.sampled;
}

/** A Status column that lost the RAG to a column headed RAG is the plan's progress words, when it has none. */
function statusAsStage(
  columns: Column[],
  headers: JudgedCell[],
  unused: Map<number, string>
): void {
  if (columns.some((c) => c.field === 'stage')) return;
  const status = headers.find(
    (h) =>
      (h.match === 'status' || h.match === 'stage') &&
      h.decision.field === 'rag' &&
      unused.has(h.col)
  );
  if (!status) return;
  unused.delete(status.col);
  const rag = columns.find((c) => c.field === 'rag');
  columns.push({
    field: 'stage',
    header: status.text,
    col: status.col,
    overridden: false,
    reason: `${status.text}: a status beside the RAG column ("${rag?.header}"), read as progress`,
  });
}

/**
 * A plan's subject: with no action column, the recommendation (objective) is what is to be done;
 * with two action columns and no objective, the project is the objective of its milestones.
 */
function promoteSubject(
  columns: Column[],
  headers: JudgedCell[],
  unused: Map<number, string>
): void {
  const has = (f: Field): boolean => columns.some((c) => c.field === f);
  if (!has('action')) {
    const objective =
      columns.find((c) => c.field === 'objective') ?? columns.find((c) => c.field === 'area');
    if (objective) {
      objective.field = 'action';
      objective.reason = `${objective.reason}; the only column saying what is done or reported on`;
    }
    return;
  }
  if (has('objective')) return;
  const spare = headers.find((h) => h.decision.field === 'action' && unused.has(h.col));
  if (!spare) return;
  unused.delete(spare.col);
  columns.push({
    field: 'objective',
    header: spare.text,
    col: spare.col,
    overridden: false,
    reason: `${spare.decision.reason}; what the actions ("${columns.find((c) => c.field === 'action')?.header}") belong to`,
  });
}

interface Chosen {
  cell: JudgedCell;
  extra?: Partial<Column>;
}

/** A column headed by a period whose cells are all empty so far. */
function notYetRated(c: JudgedCell): boolean {
  return !c.decision.period && c.evidence.sampled === 0 && periodOf(c.text) !== null;
}

function asPeriod(c: JudgedCell): JudgedCell {
  const period = periodOf(c.text) as string;
  return { ...c, decision: { ...c.decision, period, reason: `${c.text}: not rated yet` } };
}

/** The column(s) a field is read from: the best ranked, or several where the table has a column per period or year. */
function chooseField(field: Field, cands: JudgedCell[]): Chosen[] {
  if (field === 'timescale') {
    const revised = cands.find((c) => c.decision.revised);
    const original = cands.find((c) => !c.decision.revised);
    if (revised && original) {
      return [
        {
          cell: revised,
          extra: {
            reason: `${revised.decision.reason}, beside the original ("${original.text}"): the due date`,
          },
        },
        {
          cell: original,
          extra: {
            original: true,
            reason: `${original.text}: the original date, kept beside "${revised.text}"`,
          },
        },
      ];
    }
  }
  if (field === 'rag') {
    const rated = cands.filter((c) => c.decision.period);
    // A later period not yet rated ("Q4 status", empty) joins the periods; it is not an overall RAG.
    const unrated = rated.length >= 2 ? cands.filter((c) => notYetRated(c)) : [];
    const periods = [...rated, ...unrated.map(asPeriod)].sort((a, b) => a.col - b.col);
    const whole = cands.filter((c) => !c.decision.period && !unrated.includes(c));
    const overall = whole.length
      ? whole.reduce((a, b) => (b.decision.rank > a.decision.rank ? b : a))
      : undefined;
    if (!overall && periods.length >= 2) {
      return periods.map((c, i) => ({
        cell: c,
        extra: {
          period: c.decision.period,
          reason: `${c.decision.reason}; one of ${periods.length} RAG columns by period, the latest filled is the current RAG${i < periods.length - 1 ? ', earlier ones its history' : ''}`,
        },
      }));
    }
    if (overall) return [{ cell: overall }];
  }
  if (MONEY.has(field)) {
    const years = cands.filter((c) => c.decision.year);
    if (years.length >= 2 && new Set(years.map((c) => c.decision.year)).size === years.length) {
      // A total beside the columns a year is the field's own column; the years are kept beside it.
      const whole = cands.filter((c) => !c.decision.year);
      const total = whole.length
        ? [{ cell: whole.reduce((a, b) => (b.decision.rank > a.decision.rank ? b : a)) }]
        : [];
      return [...total, ...years.map((c) => ({ cell: c, extra: { year: c.decision.year } }))];
    }
  }
  const best = cands.reduce((a, b) => (b.decision.rank > a.decision.rank ? b : a));
  return [{ cell: best, extra: best.decision.year ? { year: best.decision.year } : undefined }];
}

/**
 * Maps a region's headers to fields, from the decisions made on its header cells (their words and
 * what their cells hold); then the user's overrides (a column letter, or null to ignore the field) win.
 */
export function mapColumns(region: Region, overrides: ColumnOverrides = {}): ColumnMap {
  const { columns: guessed, unused, chosen } = choose(region.headers);
  let columns = guessed;
  for (const field of FIELDS) {
    if (!(field in overrides)) continue;
    const choice = overrides[field];
    if (choice === null || choice === undefined || choice === '') {
      columns = columns.filter((c) => c.field !== field);
      continue;
    }
    const col = columnNumber(choice);
    if (col < region.left || col > region.right) continue; // a stale override: keep the guess
    const header =
      region.headers.find((h) => h.col === col)?.text ?? `Column ${columnLetters(col)}`;
    columns = columns.filter((c) => c.col !== col && c.field !== field);
    columns.push({
      field,
      header,
      col,
      overridden: true,
      reason: `${header}: chosen by you for the ${field}`,
    });
  }
  columns.sort((a, b) => a.col - b.col);
  const used = new Set(columns.map((c) => c.col));
  const unmapped = region.headers
    .filter((h) => !used.has(h.col))
    .map((h) => ({ header: h.text, col: h.col, reason: unused.get(h.col) }));
  // A field the user chose is no longer the engine's choice.
  return { columns, unmapped, chosen: chosen.filter((c) => !(c.field in overrides)) };
}
