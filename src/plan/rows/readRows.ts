import {
  isCellError,
  findingOf,
  type GridReader,
  type PlanFinance,
  type Action,
  type Finding,
  type RagKey,
} from '../core';
import { isNoteRow, type ColumnMap, type Region } from '../detect';
import { ragFromFill, savingsInText } from '../read';
import {
  carryGroups,
  bandedSection,
  mergedSection,
  newCarry,
  sectionLabel,
  startSection,
  type Carry,
} from './carry';
import { addFinding, cellTextAt, fieldText, rowContext, type RowContext } from './context';
import {
  leadsAt,
  moneyAt,
  ongoingInStatus,
  originalDueAt,
  ragAt,
  ratingInStatus,
  timescaleAt,
  type LineAt,
  type RagReading,
} from './fields';
import { awaitingAction } from './awaitingAction';
import { dimensionsAt, noteChoices, spendAt } from './dimensions';
import { periodRags } from './ragPeriods';
import { stageOfLine } from './stopped';
import {
  filledCells,
  hasMergedCell,
  isChoicesRow,
  isEmptyNumberedRow,
  exampleCell,
  isGapRow,
  isTotalRow,
} from './skip';
import { PER_LINE, splitStack } from './stacked';

export interface RowsResult {
  actions: Action[];
  findings: Finding[];
  finance: PlanFinance;
}

/**
 * Reads every action of a region, row by row: rows that are not actions skipped (blank, totals,
 * drop-down values, placeholders), section rows and groups carried down, stacked cells split line
 * by line, and each line's fields read.
 */
export function readRows(
  reader: GridReader,
  region: Region,
  map: ColumnMap,
  ragKey?: RagKey
): RowsResult {
  const ctx = rowContext(reader, region, map, ragKey);
  noteChoices(ctx, region.headerRow);
  const actions: Action[] = [];
  const carry = newCarry();
  for (let row = region.dataRow; row <= region.bottom; row++) readRow(ctx, row, carry, actions);
  return {
    actions,
    findings: [...ctx.findings, ...ctx.finance.findings],
    finance: ctx.finance.result(),
  };
}

function readRow(ctx: RowContext, row: number, carry: Carry, actions: Action[]): void {
  const filled = filledCells(ctx, row);
  const ragCol = ctx.col.get('rag');
  const ragFill = ragCol !== undefined ? ragFromFill(ctx.reader.fill(row, ragCol)) : null;
  if (filled.length === 0 && !hasMergedCell(ctx, row) && !ragFill) return;
  if (isTotalRow(filled)) return ctx.finance.addTotals(row, filled[0].text);
  if (isChoicesRow(ctx, row, filled)) return;
  if (isGapRow(ctx, row, filled)) return;
  if (isEmptyNumberedRow(ctx, filled)) return;
  // A note inside the table ("Note: ...", a merged paragraph): the rows below carry on.
  if (isNoteRow(filled, ctx.region.left)) return;
  const example = exampleCell(ctx, row, filled);
  if (example) return addFinding(ctx, row, example.col, 'example-row', { row });
  const merged = mergedSection(ctx, row, filled);
  if (merged !== null) return startSection(carry, merged);
  const banded = bandedSection(ctx, row, filled);
  if (banded !== null) return startSection(carry, banded);
  reportErrors(ctx, row);
  carryGroups(ctx, row, carry);

  const actionText = fieldText(ctx, row, 'action');
  const detail =
    ragFill !== null ||
    PER_LINE.some((f) => fieldText(ctx, row, f) !== '') ||
    ctx.ragPeriods.some((c) => cellTextAt(ctx, row, c.col) !== '');
  const awaiting = !actionText && !detail && awaitingAction(ctx, row);
  if (!actionText && !detail && !ownObjective(ctx, row) && !awaiting) {
    // A label on its own: a group heading, not an action.
    const label = sectionLabel(ctx, row, filled);
    if (label !== null) startSection(carry, label);
    return;
  }
  carry.noActionSinceSection = false;
  if (awaiting) noActionYet(ctx, row);
  const stack = splitStack(ctx, row, actionText, carry);
  const rowCols = Object.fromEntries(ctx.colEntries) as Action['cols'];
  for (let i = 0; i < stack.n; i++) {
    const action = readLine(
      ctx,
      { row, stack, i, where: stack.n > 1 ? `Line ${i + 1} of the cell: ` : '' },
      carry,
      // Stacked lines share the row's columns; each gets its own record (a line may name its own RAG cell).
      stack.n > 1 ? { ...rowCols } : rowCols
    );
    actions.push(action);
    ctx.finance.addAction(action, i, stack.n);
  }
}

/** A plan with no action column: an objective written on this row (not carried from above) is an action by itself. */
function ownObjective(ctx: RowContext, row: number): boolean {
  const c = ctx.col.get('objective');
  if (c === undefined || ctx.col.has('action') || ctx.reader.isMergedFromAbove(row, c))
    return false;
  return cellTextAt(ctx, row, c) !== '';
}

/** A recommendation with its action cell still empty (a new plan's rows): said once, at that cell. */
function noActionYet(ctx: RowContext, row: number): void {
  addFinding(ctx, row, ctx.col.get('action') as number, 'no-action-yet');
}

/** Errors in any mapped cell are reported once, whatever the field. */
function reportErrors(ctx: RowContext, row: number): void {
  for (const [f, c] of ctx.colEntries) {
    const v = ctx.reader.rawValue(row, c);
    if (isCellError(v)) addFinding(ctx, row, c, 'error-value', { field: f, error: v.error });
  }
}

/** One action: line i of a row. */
function readLine(ctx: RowContext, at: LineAt, carry: Carry, cols: Action['cols']): Action {
  const { row, stack, i } = at;
  // Read in this order so findings keep the sheet's left-to-right reading of a row.
  const { timescale: dated, col: timescaleCol } = timescaleAt(ctx, at);
  if (timescaleCol !== undefined) cols.timescale = timescaleCol;
  const rag = ragOfLine(ctx, at, cols);
  const leads = leadsAt(ctx, at);
  const stage = stageOfLine(ctx, at);
  const timescale = ongoingInStatus(ctx, at, dated);
  const action = stack.actionLines[i] ?? null;
  const savings = ctx.col.has('savings')
    ? moneyAt(ctx, at, 'savings')
    : savingsFromAction(ctx, at, action);
  const forecast = moneyAt(ctx, at, 'forecast');
  const out: Action = {
    sheet: ctx.sheet,
    row,
    line: i + 1,
    ref: carry.ref,
    area: carry.area ?? carry.theme ?? carry.section,
    objective: carry.objective,
    action,
    lead: leads.length ? leads.join(' / ') : null,
    leads,
    timescale,
    rag: rag.rag,
    ragFrom: rag.ragFrom,
    stage,
    savings,
    forecast,
    state: 'undated',
    cols,
  };
  if (ctx.originalCol !== undefined) noteMovedDate(ctx, at, out);
  if (rag.history?.length) out.ragHistory = rag.history;
  const dimensions = dimensionsAt(ctx, at);
  if (dimensions) out.dimensions = dimensions;
  const spend = spendAt(ctx, at);
  if (spend) out.spend = spend;
  return out;
}

/** The RAG of a line; with one RAG column per period, the latest rated period's, with the earlier ones kept. */
function ragOfLine(
  ctx: RowContext,
  at: LineAt,
  cols: Action['cols']
): RagReading & { history?: Action['ragHistory'] } {
  if (ctx.ragPeriods.length < 2) {
    const fromStatus = ratingInStatus(ctx, at);
    if (fromStatus === null) return ragAt(ctx, at);
    cols.rag = cols.stage;
    return { rag: fromStatus, ragFrom: 'text' };
  }
  const { current, history } = periodRags(ctx, at.row);
  if (current === undefined) return { rag: null, ragFrom: null };
  cols.rag = current;
  return { ...ragAt(ctx, at, current, cellTextAt(ctx, at.row, current)), history };
}

/** Keeps the original date beside a revised one, and says that the date moved. */
function noteMovedDate(ctx: RowContext, at: LineAt, action: Action): void {
  const original = originalDueAt(ctx, at.row);
  action.originalDue = original;
  const due = action.timescale.due;
  const c = ctx.col.get('timescale');
  if (!original || !due || original === due || c === undefined || at.i > 0) return;
  addFinding(ctx, at.row, c, 'date-moved', { from: original, to: due });
}

/** Where the plan has no savings column: a savings figure written in the action's prose. */
function savingsFromAction(ctx: RowContext, at: LineAt, action: string | null): number | null {
  const found = savingsInText(action ?? '');
  if (found === null) return null;
  const cell = { sheet: ctx.sheet, row: at.row, col: ctx.col.get('action') as number };
  const f = findingOf(cell, 'savings-from-text', { pounds: found });
  ctx.findings.push({ ...f, message: at.where + f.message });
  return found;
}
