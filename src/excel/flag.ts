/**
 * Flag in place: on the plan's own sheet, a conditional format that shades the rows of overdue
 * actions, and a RAG drop-down on the RAG column. No cell value changes, and `on: false` removes
 * exactly what was added: our conditional formats carry a marker formula that is always TRUE and
 * no user would write, and the validation's address and list are remembered in the settings
 * (it is only cleared if it is still ours; a validation the user already had is never replaced).
 */
import { columnLetters, planKey, rangeA1, parseRange, type Plan } from '../plan';
import { problem } from './problem';
import { runExcel } from './run';
import { readStored, writeStored } from './settings';
import { supportInfo } from './support';
import type { PlanSource } from './types';

export const FLAGS_KEY = 'RagPlan.flags';
/** Always TRUE; identifies the conditional formats RAG Plan added. */
export const FLAG_MARKER_FORMULA = '=ISTEXT("RAG Plan: overdue")';
export const FLAG_FILL = '#F4CCCC';
export const RAG_LIST = 'Red,Amber,Green,Blue,Red/Amber,Amber/Green';

export interface FlagRecord {
  sheet: string;
  /** The plan's range the conditional formats were added in. */
  area: string;
  /** Rows shaded, as addresses. */
  rows: string[];
  /** Where the RAG list was added, or null when none was (no RAG column, or the user had a validation there). */
  validation: string | null;
}

type FlagStore = Record<string, FlagRecord>;

/** Row addresses to shade: runs of consecutive overdue rows across the plan's columns. */
export function overdueRowAreas(plan: Plan): string[] {
  const area = parseRange(plan.range);
  if (!area) return [];
  const rows = [...new Set(plan.actions.filter((a) => a.state === 'overdue').map((a) => a.row))].sort((a, b) => a - b);
  const out: string[] = [];
  let start = -1;
  let prev = -1;
  for (const row of [...rows, Number.NaN]) {
    if (row === prev + 1) {
      prev = row;
      continue;
    }
    if (start > 0) out.push(rangeA1({ top: start, left: area.left, bottom: prev, right: area.right }));
    start = row;
    prev = row;
  }
  return out;
}

/** The RAG column below the header row, or null when the plan has no RAG column. */
export function ragColumnArea(plan: Plan): string | null {
  const area = parseRange(plan.range);
  const rag = plan.columns.find((c) => c.field === 'rag');
  if (!area || !rag || area.bottom <= plan.headerRow) return null;
  const col = columnLetters(rag.col);
  return `${col}${plan.headerRow + 1}:${col}${area.bottom}`;
}

export async function setFlagInPlace(source: PlanSource, plan: Plan, on: boolean): Promise<void> {
  void source; // The plan carries its sheet and range; the source is part of the port for symmetry.
  const key = planKey(plan);
  const stored = await readStored(FLAGS_KEY);
  const store: FlagStore = typeof stored === 'object' && stored !== null ? { ...(stored as FlagStore) } : {};
  const previous = store[key];
  const validationSupported = supportInfo().validation;

  const record = await runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(plan.sheet);
    // Ours may sit where the plan was last time, or where it is now.
    const areas = [...new Set([previous?.area, plan.range].filter((a): a is string => !!a))];
    const collections = areas.map((a) => {
      const cfs = sheet.getRange(a).conditionalFormats;
      cfs.load('items/type');
      return cfs;
    });
    const oldValidation = previous?.validation && validationSupported ? sheet.getRange(previous.validation).dataValidation : null;
    oldValidation?.load('type,rule');
    const ragArea = on && validationSupported ? ragColumnArea(plan) : null;
    const newValidation = ragArea ? sheet.getRange(ragArea).dataValidation : null;
    newValidation?.load('type');
    await context.sync();

    const customs = collections.flatMap((c) => c.items.filter((cf) => cf.type === 'Custom'));
    const rules = customs.map((cf) => cf.custom.rule.load('formula'));
    if (customs.length > 0) await context.sync();
    customs.forEach((cf, i) => {
      if (rules[i].formula === FLAG_MARKER_FORMULA) cf.delete();
    });
    const ourList = oldValidation && !oldValidation.isNullObject && oldValidation.rule?.list?.source === RAG_LIST;
    if (ourList) oldValidation.clear();

    if (!on) {
      await context.sync();
      return null;
    }
    const rows = overdueRowAreas(plan);
    for (const address of rows) {
      const cf = sheet.getRange(address).conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      cf.custom.rule.formula = FLAG_MARKER_FORMULA;
      cf.custom.format.fill.color = FLAG_FILL;
    }
    // The drop-down goes only where there is no validation, or where the one there is our own old one.
    const free = newValidation && (newValidation.type === 'None' || (ourList && previous?.validation === ragArea));
    if (free && ragArea) {
      const dv = sheet.getRange(ragArea).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: RAG_LIST } };
      dv.errorAlert = {
        showAlert: true,
        style: 'Warning',
        title: 'RAG rating',
        message: 'RAG Plan reads Red, Amber, Green or Blue (or R, A, G, B). Keep this value anyway?',
      };
    }
    await context.sync();
    return { sheet: plan.sheet, area: plan.range, rows, validation: free ? ragArea : null } satisfies FlagRecord;
  });

  if (record) store[key] = record;
  else delete store[key];
  if (record || previous) await writeStored(FLAGS_KEY, store);
  if (on && !record) throw problem('other', 'the flags could not be added');
}
