/**
 * What a roll-up adds to the summary sheets: RAG by workbook (the directorates), the workbooks that
 * could not be read with their reasons, direction of travel by workbook, data quality per workbook
 * and savings by workbook. Each workbook's figures are its own summary's, so they add up to the
 * roll-up's totals.
 */
import {
  workbookDirections,
  type Group,
  type HistoryView,
  type Summary,
  type WorkbookDirection,
} from '../../plan';
import type { SheetExtras } from '../buildSheets';
import { directionTable } from '../changesBlock';
import { block, type SheetDraft } from '../draft';
import { SECTION_STYLE, TOTAL_STYLE } from '../palette';
import { SEVERITIES, SEVERITY_STYLE, SEVERITY_WORD } from '../qualitySheet';
import { totalsTable } from '../savingsTotals';
import { ragTable } from '../summarySheet';
import type { RollupWorkbook } from './rollupTypes';

/** A workbook read, with the summary of its own plans. */
export interface WorkbookSummary {
  workbook: RollupWorkbook;
  summary: Summary;
}

export const NOT_READ_TITLE = 'Workbooks not read';

/** The extras for a roll-up's sheets: `read` in the order given, `unread` with their reasons. */
export function rollupExtras(
  read: WorkbookSummary[],
  unread: RollupWorkbook[],
  history: HistoryView,
  hasForecast: boolean
): SheetExtras {
  const names = new Map(read.map((w) => [w.workbook.link, w.workbook.name]));
  const nameOf = (link: string): string => names.get(link) ?? link;
  return {
    workbookName: nameOf,
    summary: (d) => {
      ragTable(d, 'RAG by workbook', 'Workbook', read.map(groupOf), 'workbook');
      d.blank();
      notRead(d, unread);
      const changes = history.changes;
      if (changes && history.kept) {
        const rows = workbookDirections(changes, history.kept.actions);
        directionTable(
          d,
          inOrderGiven(rows, read).map((r) => asArea(r, nameOf)),
          'Workbook'
        );
        d.blank();
      }
    },
    quality: (d) => {
      qualityByWorkbook(d, read);
      notRead(d, unread);
    },
    savings: (d) => {
      const rows = read
        .filter((w) => w.summary.finance.lines.length > 0)
        .map((w) => ({ label: w.workbook.name, totals: w.summary.finance.totals }));
      totalsTable(d, 'Totals by workbook', 'Workbook', hasForecast, rows, 'workbook');
      d.blank();
    },
  };
}

function groupOf(w: WorkbookSummary): Group {
  const s = w.summary;
  return { key: w.workbook.name, rag: s.rag, states: s.states, money: s.money };
}

function asArea(r: WorkbookDirection, nameOf: (link: string) => string) {
  const { workbook, ...rest } = r;
  return { area: nameOf(workbook), ...rest };
}

/** In the order the workbooks were given (as RAG by workbook lists them); any other after them. */
function inOrderGiven(rows: WorkbookDirection[], read: WorkbookSummary[]): WorkbookDirection[] {
  const at = new Map(read.map((w, i) => [w.workbook.link, i]));
  const place = (r: WorkbookDirection) => at.get(r.workbook) ?? read.length;
  return [...rows].sort((a, b) => place(a) - place(b));
}

/** Every workbook that could not be read, with the one line saying why; "Every workbook was read." otherwise. */
function notRead(d: SheetDraft, unread: RollupWorkbook[]): void {
  d.row([NOT_READ_TITLE], SECTION_STYLE);
  if (unread.length === 0) {
    d.row(['Every workbook was read.']);
    d.blank();
    return;
  }
  d.header(['Workbook', 'Why it was not read']);
  const first = d.nextRow;
  for (const w of unread) d.row([w.name, w.reason]);
  // The reason runs on across the empty cells to its right: one line, as the command says it.
  d.style(block(first, 1, d.nextRow - 1, 1), { wrap: true });
  d.blank();
}

/** Plans, actions and findings by severity, a row per workbook read. */
function qualityByWorkbook(d: SheetDraft, read: WorkbookSummary[]): void {
  d.row(['By workbook'], SECTION_STYLE);
  const header = d.header([
    'Workbook',
    'Plans',
    'Actions',
    ...SEVERITIES.map((s) => SEVERITY_WORD[s]),
    'Actions with a finding',
  ]);
  SEVERITIES.forEach((s, i) => d.style(block(header, i + 4), SEVERITY_STYLE[s]));
  const totals = [0, 0, 0, 0, 0, 0];
  const first = d.nextRow;
  for (const { workbook, summary } of read) {
    const figures = [
      workbook.plans?.length ?? 0,
      summary.actions,
      ...SEVERITIES.map((s) => summary.quality.bySeverity[s]),
      summary.quality.actionsWithFindings,
    ];
    figures.forEach((n, i) => (totals[i] += n));
    d.row([workbook.name, ...figures]);
  }
  // The first column is narrow on this sheet (severities): names wrap rather than being cut off.
  if (d.nextRow > first) d.style(block(first, 1, d.nextRow - 1, 1), { wrap: true });
  d.row(['Total', ...totals], TOTAL_STYLE);
  d.blank();
}
