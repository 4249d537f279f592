import {
  rangeA1,
  sortFindings,
  type SheetCell,
  type Grid,
  GridReader,
  defaultOptions,
  planKey,
  columnsFor,
  type CheckOptions,
  type Finding,
  type FindingCode,
  findingOf,
  type Plan,
  pushAll,
} from '../core';
import {
  mapColumns,
  sheetRegions,
  withPointed,
  type PassedOver,
  type Region,
  type Stop,
  type StopWhy,
} from '../detect';
import { checkAction } from './consistency';
import { checkFinance } from '../finance';
import { readRows } from '../rows';
import { readSheetKey } from '../read';
import { stateOf } from './state';

/** The columns a plan is reported missing, in the order findings name them. */
const KEY_COLUMNS = ['lead', 'timescale', 'rag'] as const;

/**
 * Every plan on a grid, read, checked and dated: the header row found below any title rows,
 * each table on the sheet read as its own plan, grouped and stacked cells resolved, each field
 * read, findings made, and each action's state worked out on the as-of date.
 */
export function readPlans(grid: Grid, partial: Partial<CheckOptions> = {}): Plan[] {
  return readSheet(grid, partial).plans;
}

/** A sheet read: its plans, and the tables on it that were looked at and are not plans. */
export interface SheetReading {
  plans: Plan[];
  passedOver: PassedOver[];
}

/** Every plan on a grid, as readPlans, with the tables passed over and why (check lists them). */
export function readSheet(grid: Grid, partial: Partial<CheckOptions> = {}): SheetReading {
  const options = defaultOptions(partial);
  const reader = new GridReader(grid);
  // A key block on the plan's own sheet serves when no workbook key was given.
  const own = options.ragKey && options.completeRags ? null : readSheetKey(grid);
  const ragKey = options.ragKey ?? own?.ragKey ?? undefined;
  const completeRags = options.completeRags ?? own?.completeRags;
  const found = sheetRegions(reader, grid);
  const regions = withPointed(reader, found.regions, options.pointed);
  // A table passed over that the user pointed at is a plan now, not one passed over.
  const added = regions.filter((r) => !found.regions.includes(r));
  const passedOver = found.passedOver.filter(
    ({ range }) =>
      !added.some(
        (r) =>
          r.topRow <= range.bottom &&
          range.top <= r.bottom &&
          r.left <= range.right &&
          range.left <= r.right
      )
  );
  const plans = regions.map((region) =>
    readPlan(reader, region, { ...options, ragKey, completeRags })
  );
  return { plans, passedOver };
}

function readPlan(reader: GridReader, region: Region, options: CheckOptions): Plan {
  const sheet = reader.sheet;
  const key = planKey({ sheet, headerRow: region.headerRow, table: region.table });
  const map = mapColumns(region, columnsFor(options.overrides, key));
  const { actions, findings: rowFindings, finance } = readRows(reader, region, map, options.ragKey);
  const has = new Set(map.columns.map((c) => c.field));
  const findings: Finding[] = [];
  const area = {
    top: region.topRow,
    left: region.left,
    bottom: region.bottom,
    right: region.right,
  };
  // Messages name the table by its A1 range.
  const range = rangeA1(area);

  for (const field of KEY_COLUMNS) {
    if (has.has(field)) continue;
    // Ratings written in a Status column ("At risk", "On track") are the RAG: no column is missing.
    if (field === 'rag' && actions.some((a) => a.rag !== null)) continue;
    findings.push(findingOf(null, 'missing-column', { field, range }));
  }
  if (!has.has('action')) {
    const eachRow = has.has('objective') ? 'objective' : 'row';
    findings.push(findingOf(null, 'missing-column', { field: 'action', range, eachRow }));
  }
  if (reader.hidden) findings.push(findingOf(null, 'hidden-sheet', { range }));
  if (actions.length === 0) findings.push(findingOf(null, 'no-actions', { range }));
  if (region.stop) findings.push(stoppedEarly(sheet, region));
  pushAll(findings, rowFindings);

  const hasColumn = { timescale: has.has('timescale'), rag: has.has('rag') };
  const stackedRows = new Set<number>();
  for (const a of actions) if (a.line > 1) stackedRows.add(a.row);
  for (const action of actions) {
    action.state = stateOf(action, options);
    // "Line 2 of the cell" only where the cell the finding is on (the RAG cell) holds several lines.
    const line =
      stackedRows.has(action.row) && severalLines(reader, action.row, action.cols.rag)
        ? `Line ${action.line} of the cell: `
        : '';
    for (const f of checkAction(action, hasColumn, line)) findings.push(f);
  }

  const plan: Plan = {
    sheet,
    range: area,
    headerRow: region.headerRow,
    table: region.table,
    ...(reader.hidden ? { hidden: true } : {}),
    columns: map.columns,
    unmapped: map.unmapped,
    ...(map.spend.length ? { spend: map.spend } : {}),
    actions,
    findings,
    ...(map.chosen.length > 0 ? { chosen: map.chosen } : {}),
  };
  plan.finance = finance;
  pushAll(findings, checkFinance(plan.finance, options.savingsTolerance));
  plan.findings = sortFindings(dedupe(findings));
  return plan;
}

/** What ended a plan early, after "row 14 ". */
const STOP_WHY: Record<StopWhy, string> = {
  'blank-rows': 'is the second of two blank rows',
  note: 'is a note',
  prose: 'is a paragraph of text',
};

/** The note that a plan stopped before its last filled row: at the row that ended it. */
function stoppedEarly(sheet: string, region: Region): Finding {
  const stop = region.stop as Stop;
  return findingOf({ sheet, row: stop.row, col: region.left }, 'plan-stopped', {
    last: region.bottom,
    row: stop.row,
    why: STOP_WHY[stop.why],
    lastFilled: stop.lastFilled,
  });
}

const MISSING = new Set<FindingCode>(['missing-rag', 'missing-timescale', 'missing-lead']);

/**
 * One finding per problem: a single-line cell shared by stacked actions yields one finding, not
 * one per line, and "missing" is not said of a cell that already has a more telling finding
 * (an unreadable word, an error value).
 */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const explained = new Set(
    findings.filter((f) => f.cell && !MISSING.has(f.code)).map((f) => cellKey(f.cell))
  );
  return findings.filter((f) => {
    if (MISSING.has(f.code) && explained.has(cellKey(f.cell))) return false;
    const k = `${f.code}\u0000${cellKey(f.cell)}\u0000${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One cell as a key; a plan-level finding's is empty. Findings of one plan share its sheet. */
function cellKey(cell: SheetCell | null): string {
  return cell ? `${cell.row},${cell.col}` : '';
}

/** True when the cell holds two or more lines of text (a stacked cell), not one value shared by them. */
function severalLines(reader: GridReader, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  const v = reader.value(row, col);
  return typeof v === 'string' && v.split(/\r?\n/).filter((l) => l.trim() !== '').length > 1;
}
