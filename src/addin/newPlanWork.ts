/** The work of starting a new plan (see newPlan.ts), loaded only when a plan is started. */
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
import type { NewPlanOutcome, NewPlanPort, NewPlanRequest } from './newPlan';

export async function startNewPlanNow(
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
