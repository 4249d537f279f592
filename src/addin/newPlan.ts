/**
 * "Start a new plan" in the open workbook: the pasted recommendations read by the one reader the
 * command line uses (report/newPlan), laid out as the plan and Key sheets under names the workbook
 * does not use yet, and written through the Office.js adapter (newPlanWork.ts). The outcome is the
 * lines the pane shows, from the one table of messages. The reader and the layouts are a chunk of
 * their own, fetched when a plan is started: the pane's first load stays small.
 */
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
  const { startNewPlanNow } = await import(/* webpackChunkName: "newplan" */ './newPlanWork');
  return startNewPlanNow(port, request);
}

export type { LeftOut };
