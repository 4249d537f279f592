/**
 * "Start a new plan" in the open workbook: the pasted recommendations read by the one reader the
 * command line uses (report/newPlan), laid out as the plan and Key sheets under names the workbook
 * does not use yet, and written through the Office.js adapter. The outcome is the lines the pane
 * shows, from the one table of messages.
 */
import { ragLabel } from '../plan';
import { NEW_PLAN_SAY } from '../report/messages';
import {
  KEY_SHEET,
  NEW_PLAN_SHEET,
  NEW_PLAN_TITLE,
  newPlanLayouts,
} from '../report/newPlan/newPlan';
import { parseRecommendations } from '../report/newPlan/parseRecommendations';
import { ratingsOffered } from '../report/newPlan/planColumns';
import { freeSheetName } from '../report/newPlan/sheetNames';
import type { SheetLayout } from '../report/sheetSpec';
import type { LeftOut, NewSheetsResult } from '../excel';

/** The part of the Office.js adapter starting a plan uses; injected so tests can pass a fake. */
export interface NewPlanPort {
  writeNewSheets(build: (taken: string[]) => SheetLayout[]): Promise<NewSheetsResult>;
}

export interface NewPlanRequest {
  text: string;
  title?: string;
  brag: boolean;
  /** Posts for the Key sheet's list of leads, one per line as typed. */
  leads: readonly string[];
}

export type NewPlanOutcome =
  | { ok: false; message: string }
  | {
      ok: true;
      /** What was read from the text, and what was left out. */
      read: string;
      /** What was written, and where. */
      wrote: string;
      /** What this Excel could not be given, or null. */
      leftOut: string | null;
      /** The plan sheet's name (the sheet now active). */
      planSheet: string;
    };

export async function startNewPlan(
  port: NewPlanPort,
  request: NewPlanRequest
): Promise<NewPlanOutcome> {
  const parsed = parseRecommendations(request.text);
  if (parsed.kind === null || parsed.recommendations.length === 0)
    return { ok: false, message: NEW_PLAN_SAY.none };
  const leads = request.leads.map((l) => l.trim()).filter(Boolean);
  const result = await port.writeNewSheets((taken) => {
    const planSheet = freeSheetName(NEW_PLAN_SHEET, taken);
    return newPlanLayouts(parsed.recommendations, {
      title: request.title?.trim() || NEW_PLAN_TITLE,
      brag: request.brag,
      leads,
      planSheet,
      keySheet: freeSheetName(KEY_SHEET, [...taken, planSheet]),
    });
  });
  const [planSheet, keySheet] = result.names;
  const count = parsed.recommendations.length;
  return {
    ok: true,
    read: NEW_PLAN_SAY.read(count, parsed.kind, parsed.leftOut),
    wrote: NEW_PLAN_SAY.wrote(
      planSheet,
      keySheet,
      count,
      ratingsOffered(request.brag).map(ragLabel)
    ),
    leftOut: result.leftOut.length ? NEW_PLAN_SAY.leftOut(result.leftOut) : null,
    planSheet,
  };
}

export type { LeftOut };
