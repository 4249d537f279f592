import {
  columnLetters,
  columnNumber,
  type Column,
  type ColumnChoice,
  type ColumnOverrides,
  type Field,
  FIELDS,
  type SpendColumn,
} from '../core';
import type { JudgedCell } from './judge';
import { periodOf } from './headers';
import { chooseRating, dimensionOf, ownRating, ratingsByYear } from './ratingDimensions';
import type { Region } from './regions';
import { passedOverDate, spendColumns } from './spendAndDates';

export interface ColumnMap {
  columns: Column[];
  unmapped: { header: string; col: number; reason?: string }[];
  /** Spend columns (budget, actual, forecast outturn, variance): never savings. */
  spend: SpendColumn[];
  /** A meeting or review date passed over as the timescale when the plan has no deadline column. */
  notDeadline?: { header: string; col: number } | null;
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
    // Ratings kept beside the RAG as its dimensions could have been the RAG: a choice all the same.
    const besides = chosen.filter((c) => c.extra?.dimension).map((c) => c.cell.col);
    const could = [...others.map((h) => h.col), ...besides];
    // Recorded so every surface can say what was chosen and how to choose another (check's flags).
    if (could.length > 0) chosenAmong.push({ field, col: first.col, others: could });
  }
  for (const h of headers) if (!h.decision.field) unused.set(h.col, h.decision.reason);
  statusAsStage(columns, headers, unused);
  promoteSubject(columns, headers, unused);
  outturnAsForecast(columns, headers, unused);
  if (ownRating(columns, headers)) for (const c of columns) unused.delete(c.col);
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
    const original = deadlineFirst(cands.filter((c) => !c.decision.revised))[0];
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
  if (field === 'timescale') {
    const [deadline] = deadlineFirst(cands);
    if (deadline && deadline !== best(cands))
      return [{ cell: deadline, extra: deadlineReason(deadline, cands) }];
  }
  if (field === 'rag') {
    const several = severalRatings(cands);
    if (several) return several;
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
  const top = best(cands);
  return [{ cell: top, extra: top.decision.year ? { year: top.decision.year } : undefined }];
}

const best = (cands: JudgedCell[]): JudgedCell =>
  cands.reduce((a, b) => (b.decision.rank > a.decision.rank ? b : a));

/** A header that names a deadline ("Target completion", "By when", "Due"), not just a date. */
const DEADLINE =
  /\b(target|due|by when|deadline|completion|complete by|timescales?|timetable|end|finish|implementation|implemented by)\b/i;

/** Timescale columns with those that name a deadline first ("Target completion" before "Date"), else as ranked. */
function deadlineFirst(cands: JudgedCell[]): JudgedCell[] {
  const named = cands.filter((c) => DEADLINE.test(c.text));
  const rest = cands.filter((c) => !DEADLINE.test(c.text));
  const byRank = (a: JudgedCell, b: JudgedCell) => b.decision.rank - a.decision.rank;
  return [...named.sort(byRank), ...rest.sort(byRank)];
}

function deadlineReason(deadline: JudgedCell, cands: JudgedCell[]): Partial<Column> {
  const plain = cands.filter((c) => c !== deadline).map((c) => `"${c.text}"`);
  return {
    reason: `${deadline.decision.reason}; it names the deadline, so it is the timescale, not ${plain.join(' or ')}`,
  };
}

/**
 * Several whole-plan ratings: one a year ("... 2024", "... 2025") read like ratings by period; or
 * ratings by dimension, the Overall (else Delivery) the action's RAG and the others kept.
 */
function severalRatings(cands: JudgedCell[]): Chosen[] | null {
  const whole = cands.filter((c) => !c.decision.period);
  if (whole.length < 2 || whole.length !== cands.length) return null;
  const byYear = ratingsByYear(whole);
  if (byYear)
    return byYear.map(({ cell, period }, i) => ({
      cell,
      extra: {
        period,
        reason: `${cell.decision.reason}; one of ${byYear.length} ratings by year, the latest filled is the current RAG${i < byYear.length - 1 ? ', earlier ones its history' : ''}`,
      },
    }));
  const choice = chooseRating(whole);
  if (!choice) return null;
  const names = choice.others.map((o) => o.dimension).join(', ');
  return [
    {
      cell: choice.chosen,
      extra: {
        reason: `${choice.chosen.decision.reason}; ${choice.why}, read as the RAG (${names} kept beside it)`,
      },
    },
    ...choice.others.map(({ cell, dimension }) => ({
      cell,
      extra: {
        dimension,
        reason: `${cell.text}: the ${dimension} rating, kept beside the RAG ("${choice.chosen.text}")`,
      },
    })),
  ];
}

/** With several ratings, the guessed RAG column becomes a dimension when the user rates by another. */
function keepAsDimension(columns: Column[], chosen: number): Column[] {
  if (!columns.some((c) => c.dimension && c.col !== chosen)) return columns;
  return columns.map((c) =>
    c.field === 'rag' && !c.dimension && !c.period && c.col !== chosen
      ? {
          ...c,
          dimension: dimensionOf(c.header) ?? c.header,
          reason: `${c.header}: kept beside the RAG you chose`,
        }
      : c
  );
}

/**
 * Maps a region's headers to fields, from the decisions made on its header cells (their words and
 * what their cells hold); then the user's overrides (a column letter, or null to ignore the field) win.
 */
export function mapColumns(region: Region, overrides: ColumnOverrides = {}): ColumnMap {
  const { columns: guessed, unused, chosen } = choose(region.headers);
  // A savings tracker's budget, actual and variance columns are its savings' own figures: spend
  // is read only where the plan carries no savings (a capital programme).
  const spend = guessed.some((c) => c.field === 'savings')
    ? []
    : spendColumns(region.headers, guessed, unused);
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
    // The user's RAG column replaces the guessed one; the other ratings, and the guessed one where
    // the plan has several, stay as dimensions.
    if (field === 'rag') columns = keepAsDimension(columns, col);
    columns = columns.filter((c) => c.col !== col && (c.field !== field || c.dimension));
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
  return {
    columns,
    unmapped,
    spend,
    notDeadline: passedOverDate(columns, region.headers),
    chosen: stillChosen(chosen, columns, overrides),
  };
}

/**
 * The engine's choices that still stand once the user has picked: a field the user chose is no
 * longer the engine's choice, nor one whose column the user gave another field; and a column the
 * user gave another field is no longer an alternative (a choice left without one is no choice).
 */
function stillChosen(
  chosen: ColumnChoice[],
  columns: Column[],
  overrides: ColumnOverrides
): ColumnChoice[] {
  // Only the user's picks end a choice: a column the engine read as something else could still be
  // what the user means (a project's name as its action, a status as its RAG).
  const picked = new Map(columns.filter((c) => c.overridden).map((c) => [c.col, c.field]));
  const free = (field: Field) => (col: number) => (picked.get(col) ?? field) === field;
  return chosen
    .filter((c) => !(c.field in overrides) && free(c.field)(c.col))
    .map((c) => ({ ...c, others: c.others.filter(free(c.field)) }))
    .filter((c) => c.others.length > 0 || c.doubt);
}
