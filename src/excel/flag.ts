/**
 * Flag in place through Office.js, following the one rule in report/flagRule.ts (the file writer
 * follows it too): overdue rows shaded by a conditional format carrying our marker formula, the
 * RAG column left unshaded, a RAG drop-down on the RAG cells of the actions that have no
 * validation of their own. No cell value changes; `on: false` removes exactly what was added.
 * The whole change is one undo step where Excel can group it (ExcelApi 1.20).
 */
import { a1, columnLetters, rangeA1, type CellRange, type Plan } from '../plan';
import {
  FLAG_FILL,
  FLAG_MARKER_FORMULA,
  overdueRowAreas,
  RAG_LIST,
  RAG_LIST_MESSAGE,
  RAG_LIST_TITLE,
  ragColumnArea,
  rowsIn,
} from '../report/flagRule';
import { runAsOneUndoStep, runExcel, type UndoOutcome } from './run';
import { supportInfo } from './support';

export interface FlagOutcome {
  on: boolean;
  /** Areas shaded (empty when switched off). */
  shaded: CellRange[];
  /** Distinct sheet rows shaded. */
  rows: number;
  /** RAG cells given the drop-down. */
  dropDowns: number;
  /** RAG cells left alone because they have a validation of their own. */
  kept: number;
  removed: { formats: number; dropDowns: number };
  /** What Undo does to the change: all of it at once, or a part at a time. */
  undo: UndoOutcome;
}

export async function setFlagInPlace(plan: Plan, on: boolean): Promise<FlagOutcome> {
  const validation = supportInfo().validation;
  const { value, grouped } = await runAsOneUndoStep(async (context) => {
    const sheet = context.workbook.worksheets.getItem(plan.sheet);
    const removedFormats = await removeOurFormats(context, sheet, plan);
    const ragArea = validation ? ragColumnArea(plan) : null;
    const cells = ragArea ? await ragCells(context, sheet, ragArea) : [];
    const ours = cells.filter((c) => c.ours);
    for (const c of ours) c.range.dataValidation.clear();
    if (!on) {
      await context.sync();
      return {
        on,
        shaded: [],
        rows: 0,
        dropDowns: 0,
        kept: 0,
        removed: { formats: removedFormats, dropDowns: ours.length },
      };
    }
    const shaded = overdueRowAreas(plan);
    for (const area of shaded) {
      const cf = sheet
        .getRange(rangeA1(area))
        .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      cf.custom.rule.formula = FLAG_MARKER_FORMULA;
      cf.custom.format.fill.color = FLAG_FILL;
    }
    const free = cells.filter((c) => c.ours || c.free);
    for (const c of free) addDropDown(c.range);
    await context.sync();
    return {
      on,
      shaded,
      rows: rowsIn(shaded),
      dropDowns: free.length,
      kept: cells.length - free.length,
      removed: { formats: removedFormats, dropDowns: ours.length },
    };
  });
  return { ...value, undo: grouped ? 'one-step' : 'in-parts' };
}

/** True when the plan carries our shading now (read from the sheet, not remembered). */
export async function readFlagState(plan: Plan): Promise<boolean> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(plan.sheet);
    const formats = await ourFormats(context, sheet, plan);
    return formats.length > 0;
  });
}

/** Our conditional formats within the plan's columns (by their marker formula). Two syncs. */
async function ourFormats(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: Plan
): Promise<Excel.ConditionalFormat[]> {
  const area = plan.range;
  // Whole columns: the plan may have grown or shrunk since the shading was added.
  const cfs = sheet.getRange(
    `${columnLetters(area.left)}:${columnLetters(area.right)}`
  ).conditionalFormats;
  cfs.load('items/type');
  await context.sync();
  const customs = cfs.items.filter((cf) => cf.type === 'Custom');
  const rules = customs.map((cf) => cf.custom.rule.load('formula'));
  if (customs.length > 0) await context.sync();
  return customs.filter((_, i) => rules[i].formula === FLAG_MARKER_FORMULA);
}

async function removeOurFormats(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: Plan
): Promise<number> {
  const ours = await ourFormats(context, sheet, plan);
  for (const cf of ours) cf.delete();
  return ours.length;
}

interface RagCell {
  range: Excel.Range;
  /** Our own drop-down from an earlier flag. */
  ours: boolean;
  /** No validation at all. */
  free: boolean;
}

/** The RAG cells with what validation each has: the whole area at once when it is uniform, else cell by cell. */
async function ragCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: CellRange
): Promise<RagCell[]> {
  const cells: { range: Excel.Range; dv: Excel.DataValidation }[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const range = sheet.getRange(a1(row, area.left));
    const dv = range.dataValidation;
    dv.load('type,rule,errorAlert');
    cells.push({ range, dv });
  }
  await context.sync();
  return cells.map(({ range, dv }) => ({
    range,
    ours:
      dv.type === 'List' &&
      dv.rule?.list?.source === RAG_LIST &&
      dv.errorAlert?.title === RAG_LIST_TITLE,
    free: dv.type === 'None',
  }));
}

function addDropDown(range: Excel.Range): void {
  const dv = range.dataValidation;
  dv.rule = { list: { inCellDropDown: true, source: RAG_LIST } };
  dv.errorAlert = {
    showAlert: true,
    style: 'Warning',
    title: RAG_LIST_TITLE,
    message: RAG_LIST_MESSAGE,
  };
}
