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
  return cells.some((c) => c.match !== null && DETAIL_HINTS.has(c.match)) || cells.length <= 3;
}

/**
 * The full test, once the cells below are known: a plan has a column saying what is to be done
 * (action, objective, recommendation, risk ...) and at least one of lead, timescale, RAG or status,
 * money or progress, and more labels it understands than not. A list of recommendations and nothing
 * else is a plan too (its findings say what is missing), but not a grid of numbers, a form, a
 * version-control table or a key.
 */
export function isPlanHeader(cells: JudgedCell[]): boolean {
  if (cells.some((c) => NOT_PLAN_HEADER.test(c.text))) return false;
  if (cells.filter((c) => c.text.trim().endsWith(':')).length * 2 >= cells.length) return false; // a form
  const fields = new Set(cells.map((c) => c.decision.field).filter((f): f is Field => f !== null));
  const details = [...fields].filter((f) => DETAIL.has(f));
  // A highlight report rates each workstream: with a lead and a rating, the area is what is reported on.
  const reported =
    details.length >= 2 && fields.has('rag')
      ? cells.find((c) => c.decision.field === 'area')
      : undefined;
  const subject =
    cells.find((c) => c.decision.field !== null && SUBJECT.has(c.decision.field)) ?? reported;
  if (!subject) return false;
  const unknown = cells.filter((c) => c.match === null && c.decision.field === null).length;
  if (details.length > 0) return unknown <= fields.size + 2 && !isKey(cells, details);
  return isListOfSubjects(cells, subject);
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

/** Recommendations (or actions) written out, and no other column that is mostly numbers. */
function isListOfSubjects(cells: JudgedCell[], subject: JudgedCell): boolean {
  if (!mostly(subject.evidence.prose, subject.evidence) || subject.evidence.prose < 2) return false;
  const numeric = cells.filter(
    (c) =>
      c !== subject &&
      c.decision.field !== 'ref' &&
      mostly(c.evidence.numbers + c.evidence.percents + c.evidence.serials, c.evidence)
  );
  return numeric.length === 0;
}
