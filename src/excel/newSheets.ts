/**
 * New sheets written into the open workbook (the pane's "Start a new plan"): one sync reads the
 * sheet names, so the layouts can take names the workbook does not use; then each sheet is added
 * and its content queued as the summary writer queues it (values, formats, styles, widths, frozen
 * rows, conditional formats, validations, links), its Excel table made over the values, and its
 * print set-up. Every requirement set beyond the add-in's minimum is detected: without one, that
 * part is left out and said (the plan still reads). One undo step where Excel supports it.
 */
import { rangeA1 } from '../plan';
import type { SheetLayout, TableSpec } from '../report/sheetSpec';
import { COMMAND_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES, RequestBudget } from './budget';
import { runAsOneUndoStep } from './run';
import { queueSheetContent } from './sheetContent';
import { supportInfo } from './support';

/** What a host without a requirement set could not be given. */
export type LeftOut = 'validation' | 'print' | 'table-style';

export interface NewSheetsResult {
  /** The sheets written, in order. */
  names: string[];
  leftOut: LeftOut[];
  oneUndoStep: boolean;
  syncs: number;
}

function isSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

function addTable(sheet: Excel.Worksheet, spec: TableSpec, bandsOff: boolean): void {
  const table = sheet.tables.add(rangeA1(spec.range), true);
  table.name = spec.name;
  table.style = spec.style;
  // Banded rows (ExcelApi 1.3): off, so no band is taken for a rating.
  if (bandsOff) table.showBandedRows = false;
}

/** Landscape, one page wide, the header rows on every page (PageLayout is ExcelApi 1.9). */
function setPrint(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const print = layout.print;
  if (!print) return;
  const page = sheet.pageLayout;
  page.orientation = print.landscape ? 'Landscape' : 'Portrait';
  if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.repeatRows)
    page.setPrintTitleRows(`$${print.repeatRows.top}:$${print.repeatRows.bottom}`);
}

/**
 * Adds the sheets `build` lays out, given the names the workbook already has; the first becomes
 * the active sheet.
 */
export async function writeNewSheets(
  build: (taken: string[]) => SheetLayout[]
): Promise<NewSheetsResult> {
  const support = supportInfo();
  const print = isSupported('1.9');
  const bands = isSupported('1.3');
  const { value, grouped } = await runAsOneUndoStep(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const layouts = build(sheets.items.map((s) => s.name));
    const budget = new RequestBudget(context, REQUEST_BUDGET_BYTES, () => undefined);
    const added: Excel.Worksheet[] = [];
    for (const layout of layouts) {
      await budget.reserve(COMMAND_OVERHEAD_BYTES * 8);
      const sheet = sheets.add(layout.name);
      added.push(sheet);
      await queueSheetContent(sheet, layout, budget, {
        validation: support.validation,
        phase: () => undefined,
      });
      if (layout.table) addTable(sheet, layout.table, bands);
      if (print) setPrint(sheet, layout);
    }
    added[0]?.activate();
    await budget.flush();
    return { names: layouts.map((l) => l.name), syncs: 1 + budget.syncs };
  });
  const leftOut: LeftOut[] = [];
  if (!support.validation) leftOut.push('validation');
  if (!print) leftOut.push('print');
  if (!bands) leftOut.push('table-style');
  return { ...value, leftOut, oneUndoStep: grouped };
}
