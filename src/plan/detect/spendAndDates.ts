/**
 * Columns that look like a plan's money or dates but are neither savings nor deadlines: a capital
 * programme's budget, actual, forecast outturn and variance (spend), and a meeting or review date
 * that is the only date a plan has.
 */
import type { Column, SpendColumn, SpendKind } from '../core';
import { moneyUnitFromHeader } from '../read';
import { mostly } from './evidence';
import type { JudgedCell } from './judge';

/** Savings words: a money column with one of these is savings, whatever else its header says. */
const SAVINGS_WORDS = /\b(savings?|efficienc(y|ies)|reductions?|mtfs)\b/i;

/** Spend kinds by header words, tested in this order: "Over or (under) spend" is a variance, not spend. */
const SPEND: [RegExp, SpendKind][] = [
  [/\bvariance\b|\bover\b.*\bspend\b|\b(under|over)spend\b|\bunder\b.*\bspend\b/i, 'variance'],
  [/\b(forecast|outturn|projected)\b/i, 'forecast'],
  [/\b(actuals?|spent|spend|to date|expenditure)\b/i, 'actual'],
  [/\b(budget|allocation|approved|cost|costs|funding)\b/i, 'budget'],
];

function spendKind(header: string): SpendKind | null {
  if (SAVINGS_WORDS.test(header)) return null;
  for (const [re, kind] of SPEND) if (re.test(header)) return kind;
  return null;
}

function mostlyAmounts(h: JudgedCell): boolean {
  const amounts = h.evidence.money + h.evidence.numbers;
  return amounts > 0 && amounts * 2 >= h.evidence.sampled;
}

/**
 * The spend columns of a table: unmapped money columns whose header names a budget, an actual, a
 * forecast outturn or a variance, the first of each kind (a second budget column, another year's,
 * is left out so nothing is counted twice). Each is said so in its unmapped reason.
 */
export function spendColumns(
  headers: JudgedCell[],
  columns: readonly Column[],
  unused: Map<number, string>
): SpendColumn[] {
  const taken = new Set(columns.map((c) => c.col));
  const out: SpendColumn[] = [];
  for (const h of headers) {
    if (taken.has(h.col) || h.decision.field !== null || !mostlyAmounts(h)) continue;
    const kind = spendKind(h.text);
    if (!kind) continue;
    if (out.some((s) => s.kind === kind)) {
      unused.set(h.col, `${h.text}: spend, but another column gives the ${kind}`);
      continue;
    }
    out.push({ kind, header: h.text, col: h.col, unit: moneyUnitFromHeader(h.text) });
    unused.set(
      h.col,
      `${h.text}: spend (${kind}), kept per action and totalled as spend, never as savings`
    );
  }
  return out;
}

/** Dates a reader may take for a deadline (a meeting, review or report date); raised, issued, started, updated never. */
const MEETING_DATE =
  /\b(meeting|committee|exec|executive|cabinet|board|panel|review|reviewed|report|reporting)\b/i;

/**
 * With no timescale column, a meeting, review or report date column: not read as the timescale
 * (every past meeting would make its actions overdue) but named, so the plan can say so and the
 * user can choose it. Null when the plan has a timescale or no such date.
 */
export function passedOverDate(
  columns: readonly Column[],
  headers: JudgedCell[]
): { header: string; col: number } | null {
  if (columns.some((c) => c.field === 'timescale')) return null;
  const date = headers.find(
    (h) =>
      h.match === 'not-deadline' &&
      MEETING_DATE.test(h.text) &&
      h.evidence.dates > 0 &&
      mostly(h.evidence.dates, h.evidence)
  );
  return date ? { header: date.text, col: date.col } : null;
}
