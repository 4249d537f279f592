import { isExactHeader, type HeaderHint } from './headers';
import type { Field } from '../core';
import type { Decision } from './decide';
import { mostly, type Evidence } from './evidence';

/** A header cell with what its words say and what was decided from its cells. */
export interface JudgedCell {
  col: number;
  text: string;
  match: HeaderHint | null;
  evidence: Evidence;
  decision: Decision;
}

const SUBJECT: ReadonlySet<Field> = new Set(['action', 'objective']);
const DETAIL: ReadonlySet<Field> = new Set([
  'lead',
  'timescale',
  'rag',
  'stage',
  'savings',
  'forecast',
  'shortfall',
]);
/** Hints that may name a plan's subject column (a savings header over prose is the saving itself). */
const SUBJECT_HINTS: ReadonlySet<HeaderHint> = new Set(['action', 'objective', 'savings', 'area']);
const DETAIL_HINTS: ReadonlySet<HeaderHint> = new Set([
  'lead',
  'timescale',
  'rag',
  'status',
  'stage',
  'savings',
  'forecast',
  'shortfall',
  'target',
  'revised',
  'period',
]);

/** A version-control table, a glossary or a form: labels that no plan has. */
const NOT_PLAN_HEADER = /^(version( no\.?| number)?|author|term|definition|glossary|field|value)$/i;

/**
 * Cheap first look, by header words only: could this row head a plan? It needs a word naming what
 * is to be done and, unless it stands alone, another naming a detail. Used on every candidate row,
 * so it reads no cells below.
 */
export function mayBeHeader(cells: { text: string; match: HeaderHint | null }[]): boolean {
  if (!cells.some((c) => c.match !== null && SUBJECT_HINTS.has(c.match))) return false;
  // A lone label heads a list only when it is the word itself ("Recommendations"), not a title.
  if (cells.length === 1)
    return cells[0].match !== 'area' && cells[0].text.length <= 30 && isExactHeader(cells[0].text);
  return (
    cells.some((c) => (c.match !== null && DETAIL_HINTS.has(c.match)) || SCORE.test(c.text)) ||
    cells.length <= 3
  );
}

/** A risk register's score: "Post-mitigated total risk score", "Residual score", "Risk rating". */
const SCORE =
  /\brisk\s+score\b|\btotal\s+(?:risk\s+)?score\b|\b(?:residual|inherent|mitigated|current|target)\s+(?:risk\s+)?score\b|\brisk rating\b/i;

/** A risk register's own columns: known, though the plan reads none of them. */
const RISK_COLUMN =
  /\b(?:impact|likelihood|probability|proximity|consequences?|causes?|effects?|severity)\b/i;

/** A score column over numbers or scored words ("3 - Medium"): how a risk register tracks its risks. */
function isScore(c: JudgedCell): boolean {
  const ev = c.evidence;
  return (
    SCORE.test(c.text) && (ev.sampled === 0 || mostly(ev.numbers + ev.codes + ev.ragFills, ev))
  );
}

/** Why a table that has a column saying what is to be done is still not a plan. */
export type NotPlanReason =
  | 'form'
  | 'key'
  | 'list-source'
  | 'period-grid'
  | 'change-log'
  | 'untracked'
  | 'no-subject';

/** What a table is: a plan, a table passed over (and why), or no table at all. */
export type Verdict = { plan: true } | { plan: false; reason: NotPlanReason } | null;

/** What a table's columns are checked against beyond their header cells. */
export interface TableFacts {
  /** True for a column whose data rows are mostly the values a drop-down offers (data validation). */
  isListColumn: (col: number) => boolean;
  /** How many of the subject column's sampled cells repeat a value above them. */
  subjectRepeats?: number;
}

const NO_FACTS: TableFacts = { isListColumn: () => false };

/**
 * The full test, once the cells below are known: a plan has a column saying what is to be done
 * (action, objective, recommendation, risk ...) and at least one column that tracks it: a lead, a
 * date, a rating, a status or progress (money alone is no tracking: a grid of amounts is none).
 * Not a plan, and said so: a form, a version-control table, a key, the lists the drop-downs take
 * their values from, a grid of numbers by period, a list nothing tracks.
 */
export function planVerdict(cells: JudgedCell[], facts: TableFacts = NO_FACTS): Verdict {
  if (cells.some((c) => NOT_PLAN_HEADER.test(c.text))) return { plan: false, reason: 'form' };
  if (cells.filter((c) => c.text.trim().endsWith(':')).length * 2 >= cells.length)
    return { plan: false, reason: 'form' };
  const fields = new Set(cells.map((c) => c.decision.field).filter((f): f is Field => f !== null));
  const details = [...fields].filter((f) => DETAIL.has(f));
  // A highlight report rates each workstream: with a lead and a rating, the area is what is reported on.
  const reported =
    details.length >= 2 && fields.has('rag')
      ? cells.find((c) => c.decision.field === 'area')
      : undefined;
  const subject =
    cells.find((c) => c.decision.field !== null && SUBJECT.has(c.decision.field)) ?? reported;
  if (!subject) return { plan: false, reason: 'no-subject' };
  const unknown = cells.filter((c) => c.match === null && c.decision.field === null).length;
  if (details.length > 0 && isKey(cells, details)) return { plan: false, reason: 'key' };
  const riskColumns = cells.filter(
    (c) =>
      c.decision.field === null &&
      (isScore(c) || RISK_COLUMN.test(c.text.replace(/([a-z])([A-Z])/g, '$1 $2')))
  ).length;
  if (details.length > 0 && unknown - riskColumns > fields.size + 2)
    return { plan: false, reason: 'untracked' };
  const savingsPlan = isSavingsTable(cells, subject);
  const tracks = (c: JudgedCell) =>
    isTracker(c) || isScore(c) || isOutturn(c, fields) || (savingsPlan && isSavings(c));
  const trackers = cells.filter((c) => tracks(c) && !facts.isListColumn(c.col));
  // Rows written under one tracking column left empty: nothing tracks them (a code list with a
  // Status heading). Two or more empty ones are a new plan waiting for its leads and dates.
  const idle =
    trackers.length === 1 && trackers[0].evidence.sampled === 0 && subject.evidence.sampled > 0;
  if (trackers.length === 0 || idle) {
    if (cells.some((c) => (c === subject || isTracker(c)) && facts.isListColumn(c.col)))
      return { plan: false, reason: 'list-source' };
    if (isPeriodGrid(cells, facts)) return { plan: false, reason: 'period-grid' };
    return { plan: false, reason: 'untracked' };
  }
  // A scorecard rates and names a lead beside its quarters; amounts by period with only dates are a grid.
  const dated = trackers.every((c) => c.decision.field === 'timescale');
  if (dated && isPeriodGrid(cells, facts)) return { plan: false, reason: 'period-grid' };
  if (dated && isChangeLog(cells, trackers)) return { plan: false, reason: 'change-log' };
  return { plan: true };
}

/** "Reason", "Reason for change": why a date was moved. */
const CHANGE_REASON = /\breasons?\b/i;

/**
 * A log of moved dates: each row's old and new date and the reason, and nothing else tracking it
 * (no lead, rating or status). It records changes agreed to a plan; it is not the plan.
 */
function isChangeLog(cells: JudgedCell[], trackers: JudgedCell[]): boolean {
  return (
    trackers.length >= 2 &&
    cells.some((c) => c.decision.field === null && CHANGE_REASON.test(c.text))
  );
}

/** The plan test as a yes or no. */
export function isPlanHeader(cells: JudgedCell[], facts?: TableFacts): boolean {
  return planVerdict(cells, facts)?.plan === true;
}

/** Fields that track what is done: a forecast or delivered amount tracks a saving against its target. */
const TRACKING: ReadonlySet<Field> = new Set(['lead', 'timescale', 'rag', 'stage', 'forecast']);

/**
 * A column that tracks the rows: a lead, date, rating or progress column whose cells bear it out
 * (or that is still empty, as in a new plan). A "Status" column where every row says "Active" is
 * no rating.
 */
function isTracker(c: JudgedCell): boolean {
  const field = c.decision.field;
  if (field === null || !TRACKING.has(field)) return false;
  const ev = c.evidence;
  if (ev.sampled === 0) return true;
  switch (field) {
    case 'rag':
      return ev.rag + ev.ragFills + ev.ragIcons + ev.stage > 0;
    case 'timescale':
      return ev.dates + ev.timescaleWords + ev.serials > 0;
    case 'stage':
      return ev.stage + ev.percents + ev.numbers + ev.rag > 0;
    case 'forecast':
      return ev.money + ev.numbers > 0;
    default:
      return true;
  }
}

/** Words that make a table of amounts a savings plan: what each line saves is what is tracked. */
const SAVINGS_WORDS = /\b(?:savings?|efficienc(?:y|ies)|proposals?|mtfs|mtfp|cuts?|reductions?)\b/i;

/** A savings column of amounts. */
function isSavings(c: JudgedCell): boolean {
  const ev = c.evidence;
  return c.decision.field === 'savings' && (ev.sampled === 0 || ev.money + ev.numbers > 0);
}

/**
 * Savings proposals, by year or in one column: the subject or a savings column says saving or
 * proposal ("Proposal", "Savings 2025/26 £'000"), unlike a project's value or a funding profile.
 */
function isSavingsTable(cells: JudgedCell[], subject: JudgedCell): boolean {
  const money = cells.filter(isSavings);
  if (money.length === 0) return false;
  return SAVINGS_WORDS.test(subject.text) || money.some((c) => SAVINGS_WORDS.test(c.text));
}

/** An outturn of amounts beside a savings column: the savings' forecast (mapColumns reads it so). */
function isOutturn(c: JudgedCell, fields: Set<Field>): boolean {
  const ev = c.evidence;
  return (
    fields.has('savings') &&
    c.decision.field === null &&
    /\boutturn\b/i.test(c.text) &&
    mostly(ev.money + ev.numbers, ev)
  );
}

/** A period column: a quarter, month, year or half-year label. */
const PERIOD_LABEL =
  /^(?:(?:q[1-4]|h[12]|quarter\s*[1-4]|half\s*[12]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b.*|.*\b(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?)$/i;
const START = /\bstart(?:_|\s)?date\b|^start$/i;
const END = /\bend(?:_|\s)?date\b|^end$/i;

/**
 * Numbers by period: three or more columns headed by a period or year over numbers ("Q1 | Q2 |
 * Q3", "2023/24 | 2024/25"), or the same rows repeated once a period between a start and an end
 * date (a long table of amounts a project and half-year).
 */
function isPeriodGrid(cells: JudgedCell[], facts: TableFacts): boolean {
  const numeric = cells.filter(
    (c) =>
      PERIOD_LABEL.test(c.text.trim()) &&
      c.decision.field !== 'rag' &&
      c.evidence.numbers + c.evidence.money + c.evidence.percents > 0 &&
      mostly(c.evidence.numbers + c.evidence.money + c.evidence.percents, c.evidence)
  );
  if (numeric.length >= 3) return true;
  const dated = cells.some((c) => START.test(c.text)) && cells.some((c) => END.test(c.text));
  return dated && (facts.subjectRepeats ?? 0) >= 2;
}

/**
 * A key or legend: each rating once with what it means (or what to do), and nothing about leads,
 * dates or money.
 */
function isKey(cells: JudgedCell[], details: Field[]): boolean {
  if (details.some((f) => f !== 'rag' && f !== 'stage')) return false;
  const rag = cells.find((c) => c.decision.field === 'rag')?.evidence;
  return rag !== undefined && rag.rag >= 2 && rag.sampled <= 6 && rag.distinctRag === rag.rag;
}
