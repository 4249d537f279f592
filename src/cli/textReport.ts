import {
  a1,
  actionCell,
  columnLetters,
  displayDate,
  ragLabel,
  shorten,
  type PassedOver,
  type Plan,
  type Rag,
  type Severity,
  type SheetCell,
  type State,
  type Summary,
  COMPLETE_SHARE_NOTE,
  RAGS,
  STATES,
} from '../plan';
import { PASSED_OVER_TITLE, passedOverLine, SAY } from '../report/messages';
import { planTitle } from '../report/planTitle';
import { choiceLines } from './reproduce';

const STATE_LABEL: Record<State, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'on-track': 'On track',
  ongoing: 'Ongoing',
  undated: 'Undated',
  paused: 'Paused',
  cancelled: 'Cancelled',
  complete: 'Complete',
};
const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'ERROR  ',
  warning: 'WARNING',
  info: 'NOTE   ',
};

const short = (text: string | null, max = 60): string => shorten(text ?? '', max);
const cellOf = (cell: SheetCell | null): string => (cell ? a1(cell.row, cell.col) : '(plan)');
const pounds = (n: number): string => `£${Math.round(n).toLocaleString('en-GB')}`;

function ragLine(s: Summary): string {
  const parts = (RAGS as readonly Rag[])
    .filter((r) => s.rag[r] > 0)
    .map((r) => `${ragLabel(r)} ${s.rag[r]}`);
  parts.push(`${ragLabel(null)} ${s.rag.none}`);
  return parts.join(' · ');
}

/** Forecast and shortfall, where the plan has forecasts. */
function shortfall(s: Summary): string {
  const f = s.finance;
  return f.hasForecast
    ? `; forecast ${pounds(f.totals.forecast)}, shortfall ${pounds(f.totals.shortfall)} (${pounds(f.atRisk.shortfall)} of it at risk)`
    : '';
}

/** What each column was taken for and why, so a user can trust the reading or override it. */
function* columnLines(plan: Plan): Generator<string> {
  yield '  Columns:';
  for (const c of plan.columns) {
    const field = `${c.field}${c.year ? ` ${c.year}` : ''}${c.period ? ` (${c.period})` : ''}${c.original ? ' (original)' : ''}${c.dimension ? ` (${c.dimension})` : ''}`;
    yield `    ${columnLetters(c.col).padEnd(3)} ${field.padEnd(18)} ${c.reason ?? `"${short(c.header, 40)}"`}`;
  }
  if (plan.unmapped.length) {
    yield '  Not used:';
    for (const u of plan.unmapped)
      yield `    ${columnLetters(u.col).padEnd(3)} ${u.reason ?? `"${short(u.header, 40)}"`}`;
  }
}

/** An overdue or due-soon list: a title, then a line an action. */
function* datedLines(title: string, items: Summary['overdue'], word: string): Generator<string> {
  if (!items.length) return;
  yield `  ${title} (${items.length}):`;
  for (const d of items) {
    const a = d.action;
    // Several actions stacked in one cell share its address: the line tells them apart.
    const at = cellOf(actionCell(a));
    const cell = a.line > 1 ? `${at} line ${a.line}` : at;
    yield `    ${cell.padEnd(10)} ${short(a.action ?? a.objective)} — ${a.lead ?? 'no lead'}, due ${displayDate(a.timescale.due as string)}, ${d.days} ${d.days === 1 ? 'day' : 'days'} ${word}${a.rag ? ` [${ragLabel(a.rag)}]` : ''}`;
  }
}

/** A plan's report as a person reads it in a terminal, line by line; RAG is always a word. */
/** "budget £4,550,000 · actual £2,080,000": each kind of spend the plan gives. */
function spendLine(spend: NonNullable<Summary['spend']>): string {
  const kinds = ['budget', 'actual', 'forecast', 'variance'] as const;
  return kinds
    .filter((k) => spend[k] !== null)
    .map((k) => `${k} ${pounds(spend[k] as number)}`)
    .join(' · ');
}

export function* planLines(plan: Plan, s: Summary, index: number): Generator<string> {
  yield `Plan ${index}: ${planTitle(plan)} — ${plan.actions.length} actions`;
  if (plan.hidden) yield '  On a hidden sheet.';
  yield* columnLines(plan);
  yield* choiceLines(plan);
  yield `  RAG:     ${ragLine(s)}`;
  yield `  State:   ${STATES.map((st) => `${STATE_LABEL[st]} ${s.states[st]}`).join(' · ')}  (${s.completePercent}% complete, ${COMPLETE_SHARE_NOTE})`;
  if (s.hasMoney)
    yield `  Savings: ${pounds(s.money.target)} in all, ${pounds(s.money.atRisk)} at risk (red or amber)${shortfall(s)}`;
  if (s.spend) yield `  Spend:   ${spendLine(s.spend)} (not savings)`;
  yield* datedLines('Overdue', s.overdue, 'overdue');
  yield* datedLines('Due soon', s.dueSoon, 'to go');
  const q = s.quality.bySeverity;
  yield `  Findings: ${q.error} ${q.error === 1 ? 'error' : 'errors'}, ${q.warning} ${q.warning === 1 ? 'warning' : 'warnings'}, ${q.info} ${q.info === 1 ? 'note' : 'notes'}`;
  for (const f of plan.findings)
    yield `    ${SEVERITY_LABEL[f.severity]} ${cellOf(f.cell).padEnd(6)} ${f.message}`;
}

export function planText(plan: Plan, s: Summary, index: number): string {
  return [...planLines(plan, s, index)].join('\n');
}

/**
 * The whole report, line by line (no line breaks in them), so a report of a million actions is
 * written in pieces rather than built as one string: a heading, then each plan after a blank line.
 */
export function* reportLines(
  file: string,
  asOf: string,
  dueSoonDays: number,
  parts: { plan: Plan; summary: Summary }[],
  passedOver: PassedOver[] = []
): Generator<string> {
  yield `${file} — as of ${displayDate(asOf)} (due soon: within ${dueSoonDays} days)`;
  if (!parts.length) {
    yield '';
    yield SAY.noPlanInReport;
  }
  for (let i = 0; i < parts.length; i++) {
    yield '';
    yield* planLines(parts[i].plan, parts[i].summary, i + 1);
  }
  yield* passedOverLines(passedOver);
}

/** The tables looked at and passed over, one line each with why, so a user who disagrees can pick one. */
function* passedOverLines(passedOver: PassedOver[]): Generator<string> {
  if (passedOver.length === 0) return;
  yield '';
  yield PASSED_OVER_TITLE;
  for (const p of passedOver) yield `  ${passedOverLine(p)}`;
}

/** The report as one string, without the final line break (for small reports and tests). */
export function reportText(
  file: string,
  asOf: string,
  dueSoonDays: number,
  parts: { plan: Plan; summary: Summary }[],
  passedOver: PassedOver[] = []
): string {
  return [...reportLines(file, asOf, dueSoonDays, parts, passedOver)].join('\n');
}
