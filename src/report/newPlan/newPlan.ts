/**
 * A new plan from a review's recommendations: the plan sheet (a row per recommendation, its Ref,
 * Theme and text filled, the rest for the officer) and its Key sheet. Pure: the writers (the file
 * writer and the pane's Office.js writer) write the two layouts as they are.
 */
import type { SheetLayout } from '../sheetSpec';
import { keyLayout } from './keyLayout';
import type { Recommendation } from './parseRecommendations';
import { PLAN_COLUMNS, ratingsOffered } from './planColumns';
import { planLayout } from './planLayout';

export interface NewPlanOptions {
  title: string;
  /** Offer Blue (complete) as well as Red, Amber and Green. */
  brag: boolean;
  /** Posts for the Key sheet's list of leads; more can be added there. */
  leads: readonly string[];
  /** The sheets' names, free in the workbook they go into. */
  planSheet: string;
  keySheet: string;
}

export const NEW_PLAN_SHEET = 'Action plan';
export const KEY_SHEET = 'Key';
export const NEW_PLAN_TITLE = 'Action plan';
export const NEW_PLAN_TABLE = 'ActionPlan';

const GUIDANCE =
  'One row per recommendation: write its action, lead, timescale and RAG. For another action on the same recommendation, insert a row below it and leave Ref and Recommendation blank.';

export function newPlanLayouts(
  recs: readonly Recommendation[],
  options: NewPlanOptions
): SheetLayout[] {
  const ratings = ratingsOffered(options.brag);
  const key = keyLayout(options.keySheet, ratings, options.leads);
  const empty = PLAN_COLUMNS.slice(3).map(() => null);
  const plan = planLayout({
    name: options.planSheet,
    title: options.title,
    guidance: GUIDANCE,
    rows: recs.map((r) => [r.ref, r.theme, r.text, ...empty]),
    ratings,
    leads: key.leads,
    tableName: NEW_PLAN_TABLE,
  });
  return [plan, key.layout];
}
