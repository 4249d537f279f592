/**
 * The "Data quality" sheet: findings by severity and by code, then every finding, most severe
 * first, each with a link to its cell (plan-level findings have none).
 */
import { sortFindings, type Finding, type Plan, type Severity, type Summary } from '../plan';
import { block, SheetDraft, type SheetMeta } from './draft';
import type { HistoryProblem } from './historyRead';
import { planTitle } from './planTitle';
import { HISTORY_PROBLEMS_TITLE, historyPlace, SAY } from './messages';
import { SECTION_STYLE, TOTAL_STYLE } from './palette';
import { QUALITY_TITLE } from './sheetTitles';
import type { CellStyle } from './sheetSpec';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_WORD: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
};
/** Severity words carry the meaning; the fills only echo them. */
export const SEVERITY_STYLE: Record<Severity, CellStyle> = {
  error: { fill: '#C00000', fontColor: '#FFFFFF', bold: true },
  warning: { fill: '#FFC000', fontColor: '#000000', bold: true },
  info: { fill: '#DDEBF7', fontColor: '#000000' },
};

export function qualitySheet(
  summary: Summary,
  plans: Plan[],
  meta: SheetMeta,
  historyProblems: HistoryProblem[] = [],
  extra?: (d: SheetDraft) => void
): SheetDraft {
  const d = new SheetDraft('quality', 'Data quality', [12, 28, 80, 24, 24]);
  d.titleBlock(QUALITY_TITLE, summary.asOf, meta);
  d.spec.freezeRows = 1;
  d.blank();
  extra?.(d);

  d.row(['By severity'], SECTION_STYLE);
  d.header(['Severity', 'Findings']);
  const bySeverity = summary.quality.bySeverity;
  for (const s of SEVERITIES) {
    const r = d.row([SEVERITY_WORD[s], bySeverity[s]]);
    d.style(block(r, 1), SEVERITY_STYLE[s]);
  }
  d.row(['Total', SEVERITIES.reduce((n, s) => n + bySeverity[s], 0)], TOTAL_STYLE);
  d.row([
    `${summary.quality.actionsWithFindings} of ${summary.actions} actions have at least one finding.`,
  ]);
  d.blank();

  d.row(['By code'], SECTION_STYLE);
  d.header(['Severity', 'Code', 'Findings']);
  for (const c of summary.quality.byCode) {
    const r = d.row([SEVERITY_WORD[c.severity], c.code, c.count]);
    d.style(block(r, 1), SEVERITY_STYLE[c.severity]);
  }
  d.blank();

  d.row(['Every finding'], SECTION_STYLE);
  d.header(['Severity', 'Code', 'What was found', 'Cell', 'Plan']);
  const findings = sortFindings(
    plans.flatMap((p) => p.findings.map((f) => ({ ...f, plan: planTitle(p) })))
  );
  const first = d.nextRow;
  for (const f of findings as (Finding & { plan: string })[]) {
    const r = d.row([
      SEVERITY_WORD[f.severity],
      f.code,
      f.message,
      f.cell ? null : '(whole plan)',
      f.plan,
    ]);
    d.style(block(r, 1), SEVERITY_STYLE[f.severity]);
    if (f.cell) d.link(r, 4, f.cell, 'Go to this cell in the plan');
  }
  if (findings.length === 0) d.row(['No findings: the plan reads cleanly.']);
  else d.style(block(first, 3, d.nextRow - 1, 3), { wrap: true });
  if (historyProblems.length > 0) historyRows(d, historyProblems);
  return d;
}

/** The rows of RAG Plan's history sheet that were not read as written: where, and why. */
function historyRows(d: SheetDraft, problems: HistoryProblem[]): void {
  d.blank();
  d.row([HISTORY_PROBLEMS_TITLE], SECTION_STYLE);
  d.row([SAY.historyProblemsNote]);
  d.header(['Severity', 'Where', 'What was found']);
  const first = d.nextRow;
  for (const p of problems) {
    const r = d.row([SEVERITY_WORD.warning, historyPlace(p), p.text]);
    d.style(block(r, 1), SEVERITY_STYLE.warning);
  }
  d.style(block(first, 3, d.nextRow - 1, 3), { wrap: true });
}
