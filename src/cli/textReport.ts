import { columnLetters, displayDate, NO_RAG_LABEL, ragLabel, shorten, splitRef } from '../plan';
import type { Plan, Rag, Severity, State, Summary } from '../plan';
import { COMPLETE_SHARE_NOTE, RAGS, STATES } from '../plan';

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
const cellOf = (ref: string | null): string => (ref ? (splitRef(ref)?.address ?? ref) : '(plan)');
const pounds = (n: number): string => `£${Math.round(n).toLocaleString('en-GB')}`;

function ragLine(s: Summary): string {
  const parts = (RAGS as readonly Rag[])
    .filter((r) => s.rag[r] > 0)
    .map((r) => `${ragLabel(r)} ${s.rag[r]}`);
  parts.push(`${NO_RAG_LABEL} ${s.rag.none}`);
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
function columnLines(plan: Plan): string[] {
  const out = ['  Columns:'];
  for (const c of plan.columns) {
    const field = `${c.field}${c.year ? ` ${c.year}` : ''}${c.period ? ` (${c.period})` : ''}${c.original ? ' (original)' : ''}`;
    out.push(
      `    ${columnLetters(c.col).padEnd(3)} ${field.padEnd(18)} ${c.reason ?? `"${short(c.header, 40)}"`}`
    );
  }
  if (plan.unmapped.length) {
    out.push('  Not used:');
    for (const u of plan.unmapped)
      out.push(`    ${columnLetters(u.col).padEnd(3)} ${u.reason ?? `"${short(u.header, 40)}"`}`);
  }
  return out;
}

/** A plan's report as a person reads it in a terminal; RAG is always a word. */
export function planText(plan: Plan, s: Summary, index: number): string {
  const out: string[] = [];
  out.push(
    `Plan ${index}: '${plan.sheet}'!${plan.range}${plan.table ? ` (table ${plan.table})` : ''} — ${plan.actions.length} actions`
  );
  if (plan.hidden) out.push('  On a hidden sheet.');
  out.push(...columnLines(plan));
  out.push(`  RAG:     ${ragLine(s)}`);
  out.push(
    `  State:   ${STATES.map((st) => `${STATE_LABEL[st]} ${s.states[st]}`).join(' · ')}  (${s.completePercent}% complete, ${COMPLETE_SHARE_NOTE})`
  );
  if (s.hasMoney)
    out.push(
      `  Savings: ${pounds(s.money.target)} in all, ${pounds(s.money.atRisk)} at risk (red or amber)${shortfall(s)}`
    );
  const list = (title: string, items: Summary['overdue'], word: string): void => {
    if (!items.length) return;
    out.push(`  ${title} (${items.length}):`);
    for (const d of items) {
      const a = d.action;
      // Several actions stacked in one cell share its address: the line tells them apart.
      const ref = a.cells.action ?? a.cells.objective;
      const at = ref ? cellOf(ref) : `row ${a.row}`;
      const cell = a.line > 1 ? `${at} line ${a.line}` : at;
      out.push(
        `    ${cell.padEnd(10)} ${short(a.action ?? a.objective)} — ${a.lead ?? 'no lead'}, due ${displayDate(a.timescale.due as string)}, ${d.days} ${d.days === 1 ? 'day' : 'days'} ${word}${a.rag ? ` [${ragLabel(a.rag)}]` : ''}`
      );
    }
  };
  list('Overdue', s.overdue, 'overdue');
  list('Due soon', s.dueSoon, 'to go');
  const q = s.quality.bySeverity;
  out.push(
    `  Findings: ${q.error} ${q.error === 1 ? 'error' : 'errors'}, ${q.warning} ${q.warning === 1 ? 'warning' : 'warnings'}, ${q.info} ${q.info === 1 ? 'note' : 'notes'}`
  );
  for (const f of plan.findings)
    out.push(`    ${SEVERITY_LABEL[f.severity]} ${cellOf(f.cell).padEnd(6)} ${f.message}`);
  return out.join('\n');
}

export function reportText(
  file: string,
  asOf: string,
  dueSoonDays: number,
  parts: { plan: Plan; summary: Summary }[]
): string {
  const head = `${file} — as of ${displayDate(asOf)} (due soon: within ${dueSoonDays} days)`;
  if (!parts.length)
    return `${head}\n\nNo plan found: no sheet has a header row naming an action or objective column and a lead, timescale or RAG column.`;
  return [head, ...parts.map((p, i) => planText(p.plan, p.summary, i + 1))].join('\n\n');
}
