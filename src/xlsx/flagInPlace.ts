/**
 * Flag in place on an ExcelJS workbook (the rule is in report/flagRule.ts): shade the overdue rows
 * of a plan and put a RAG drop-down on its RAG column, or take both away again. No cell value,
 * number format, fill or font changes; only conditional formats and validations RAG Plan added
 * are ever removed.
 */
import type ExcelJS from 'exceljs';
import { a1, parseRange, type CellRange, type Plan } from '../plan';
import { FLAG_FILL, FLAG_MARKER, overdueRowAreas, RAG_LIST, RAG_LIST_MESSAGE, RAG_LIST_TITLE, ragColumnArea } from '../report/flagRule';

export interface FlagResult {
  sheet: string;
  /** Areas shaded as overdue (empty when turning off). */
  shaded: string[];
  /** Cells given the RAG drop-down. */
  dropDowns: number;
  /** RAG cells left alone because the user has a validation of their own there. */
  keptUserValidations: number;
  /** What was taken away first: RAG Plan's old formats and drop-downs on this sheet. */
  removed: { formats: number; dropDowns: number };
}

const LIST_FORMULA = `"${RAG_LIST}"`;

export function setFlagInPlace(workbook: ExcelJS.Workbook, plan: Plan, on: boolean): FlagResult {
  const ws = workbook.getWorksheet(plan.sheet);
  const result: FlagResult = { sheet: plan.sheet, shaded: [], dropDowns: 0, keptUserValidations: 0, removed: { formats: 0, dropDowns: 0 } };
  if (!ws) return result;

  // Always start clean within the plan, so the shading matches this as-of date and nothing
  // doubles up; another plan on the same sheet keeps its flags.
  const area = parseRange(plan.range);
  if (!area) return result;
  result.removed.formats = removeOurFormats(ws, area);
  result.removed.dropDowns = removeOurDropDowns(ws, area);
  if (!on) return result;
  const ragArea = ragColumnArea(plan);

  result.shaded = overdueRowAreas(plan);
  for (const ref of result.shaded) {
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [FLAG_MARKER],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${FLAG_FILL.slice(1)}` } } },
        },
      ],
    });
  }
  if (ragArea) {
    for (const address of cellsOf(ragArea)) {
      if (validations(ws)[address]) {
        result.keptUserValidations += 1;
        continue;
      }
      ws.getCell(address).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [LIST_FORMULA],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: RAG_LIST_TITLE,
        error: RAG_LIST_MESSAGE,
      };
      result.dropDowns += 1;
    }
  }
  return result;
}

/** ExcelJS keeps conditional formats in a public but untyped array. */
function formatsOf(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
}

function isOurs(cf: ExcelJS.ConditionalFormattingOptions): boolean {
  return cf.rules.length > 0 && cf.rules.every((r) => r.type === 'expression' && (r.formulae ?? []).map(String).map(stripEquals).includes(FLAG_MARKER));
}

function stripEquals(formula: string): string {
  return formula.replace(/^=/, '').trim();
}

/** True when every area of a reference ("A5:F6 H5:J6") lies inside the plan. */
function inside(ref: string, area: CellRange): boolean {
  const parts = ref.trim().split(/\s+/).map(parseRange);
  return parts.length > 0 && parts.every((r) => !!r && r.top >= area.top && r.bottom <= area.bottom && r.left >= area.left && r.right <= area.right);
}

function removeOurFormats(ws: ExcelJS.Worksheet, area: CellRange): number {
  const before = formatsOf(ws).length;
  ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !(isOurs(cf) && inside(cf.ref, area)));
  return before - formatsOf(ws).length;
}

/** ExcelJS's per-cell validation map (public, missing from its typings). */
function validations(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
}

/** Our drop-down: the RAG list with our error title. A user's own list, even of the same words, has another title. */
function isOurDropDown(dv: ExcelJS.DataValidation | undefined): boolean {
  return !!dv && dv.type === 'list' && dv.errorTitle === RAG_LIST_TITLE && (dv.formulae ?? []).map(String).includes(LIST_FORMULA);
}

/** Removes our drop-downs anywhere in the plan (its RAG column may have moved since). */
function removeOurDropDowns(ws: ExcelJS.Worksheet, area: CellRange): number {
  const model = validations(ws);
  let n = 0;
  for (const address of Object.keys(model)) {
    if (!isOurDropDown(model[address]) || !inside(address, area)) continue;
    delete model[address];
    n += 1;
  }
  return n;
}

function cellsOf(range: string): string[] {
  const r = parseRange(range);
  if (!r) return [];
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(a1(row, col));
  return out;
}
