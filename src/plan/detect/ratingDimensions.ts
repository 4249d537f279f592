/**
 * Several ratings of one action (Time, Cost, Quality and Overall under a "RAG status" band; Spend
 * and Delivery on a funding return): which one is the action's RAG, and what the others rate.
 */
import type { Column } from '../core';
import type { JudgedCell } from './judge';

/** Dimension words, in the order a header is tested: "Overall delivery confidence" is Overall. */
const DIMENSIONS: [RegExp, string][] = [
  [/\boverall\b/i, 'Overall'],
  [/\bdelivery\b/i, 'Delivery'],
  [/\b(spend|expenditure)\b/i, 'Spend'],
  [/\b(cost|costs|budget|financ(e|ial))\b/i, 'Cost'],
  [/\b(time|timescales?|schedule)\b/i, 'Time'],
  [/\bquality\b/i, 'Quality'],
  [/\bscope\b/i, 'Scope'],
  [/\brisks?\b/i, 'Risk'],
  [/\bbenefits?\b/i, 'Benefits'],
  [/\bresources?\b/i, 'Resources'],
];

/** The dimension a rating column's header names ("Spend RAG rating" -> "Spend"), or null. */
export function dimensionOf(header: string): string | null {
  for (const [re, name] of DIMENSIONS) if (re.test(header)) return name;
  return null;
}

/** The rating read as the action's RAG, by rule: Overall, else Delivery. */
const PREFERRED = ['Overall', 'Delivery'];

export interface RatingChoice {
  /** The column read as the action's RAG. */
  chosen: JudgedCell;
  /** The others, each with the dimension it rates, left to right. */
  others: { cell: JudgedCell; dimension: string }[];
  /** Why the chosen one, in plain words. */
  why: string;
}

/**
 * With two or more whole-plan rating columns of which at least two name a dimension: the Overall
 * rating (else Delivery) is the action's RAG, the others its dimensions. Null when the columns do
 * not name dimensions (a RAG column beside a Status that holds ratings is decided elsewhere).
 */
export function chooseRating(cands: JudgedCell[]): RatingChoice | null {
  const named = cands.map((cell) => ({ cell, dimension: dimensionOf(cell.text) }));
  if (named.filter((n) => n.dimension !== null).length < 2) return null;
  const dimensions = named.map((n) => n.dimension);
  if (new Set(dimensions).size !== dimensions.length) return null;
  const preferred = PREFERRED.map((p) => named.find((n) => n.dimension === p)).find(Boolean);
  const plain = named.filter((n) => n.dimension === null).map((n) => n.cell);
  const chosen = preferred?.cell ?? best(plain.length ? plain : cands);
  const others = named
    .filter((n) => n.cell !== chosen)
    .map((n) => ({ cell: n.cell, dimension: n.dimension ?? n.cell.text }))
    .sort((a, b) => a.cell.col - b.cell.col);
  const why = preferred
    ? `the ${preferred.dimension?.toLowerCase()} rating`
    : plain.length
      ? 'the rating column that names no dimension'
      : 'no Overall or Delivery rating: the first of the best-named';
  return { chosen, others, why };
}

const best = (cells: JudgedCell[]): JudgedCell =>
  cells.reduce((a, b) => (b.decision.rank > a.decision.rank ? b : a));

/** "IPA delivery confidence assessment 2024" -> "2024": a rating column a year, by its four-digit year. */
function calendarYear(header: string): string | null {
  const m = /\b(20\d{2})\b/.exec(header);
  return m ? m[1] : null;
}

/**
 * Rating columns that differ only by the year they name ("... assessment 2024", "... assessment
 * 2025"): ratings by period, the latest filled the current one. Null unless every one names a year.
 */
export function ratingsByYear(cands: JudgedCell[]): { cell: JudgedCell; period: string }[] | null {
  if (cands.length < 2) return null;
  const years = cands.map((c) => calendarYear(c.text));
  if (years.some((y) => y === null)) return null;
  const stems = new Set(cands.map((c, i) => c.text.replace(years[i] as string, '').trim()));
  if (stems.size !== 1 || new Set(years).size !== years.length) return null;
  return cands
    .map((cell, i) => ({ cell, period: years[i] as string }))
    .sort((a, b) => Number(a.period) - Number(b.period));
}

const firstWord = (text: string): string => text.trim().split(/\s+/)[0].toLowerCase();

/**
 * A plan of milestones under projects: "Project status" rates the project (carried down its rows),
 * "Milestone status" the milestone, which is the action. The action's own rating is its RAG; the
 * project's is kept beside it as a dimension. Changes `columns` in place; true when it did.
 */
export function ownRating(columns: Column[], headers: JudgedCell[]): boolean {
  const action = columns.find((c) => c.field === 'action');
  const objective = columns.find((c) => c.field === 'objective');
  const rag = columns.find((c) => c.field === 'rag' && !c.dimension && !c.period);
  if (!action || !objective || !rag) return false;
  if (firstWord(rag.header) !== firstWord(objective.header)) return false;
  const own = headers.find(
    (h) =>
      h.col !== rag.col &&
      firstWord(h.text) === firstWord(action.header) &&
      /\b(status|rag|rating)\b/i.test(h.text) &&
      h.evidence.rag + h.evidence.stage > 0 &&
      (h.evidence.rag + h.evidence.stage) * 2 >= h.evidence.sampled
  );
  if (!own) return false;
  const taken = columns.findIndex((c) => c.col === own.col);
  if (taken >= 0) columns.splice(taken, 1);
  rag.dimension = rag.header;
  rag.reason = `${rag.header}: rates the ${objective.header.toLowerCase()}, kept beside the RAG of each ${action.header.toLowerCase()} ("${own.text}")`;
  columns.push({
    field: 'rag',
    header: own.text,
    col: own.col,
    overridden: false,
    reason: `${own.text}: the ${action.header.toLowerCase()}'s own rating, read as the RAG ("${rag.header}" rates the ${objective.header.toLowerCase()})`,
  });
  return true;
}
