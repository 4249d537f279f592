/**
 * A workbook's plans as a roll-up holds them: every sheet they name becomes that sheet of that
 * workbook ("[plans/Adults.xlsx]Action plan"), so their actions are told apart from another
 * workbook's, matched only within their own workbook by the history, and linked to in their file.
 */
import { sheetInWorkbook, type Plan } from '../../plan';

/** A copy of the plans with every `sheet` they hold (plan, actions, findings' cells, savings lines) in the workbook. */
export function plansInWorkbook(plans: Plan[], workbook: string): Plan[] {
  const copies = new Map<object, unknown>();
  return plans.map((p) => copyIn(p, workbook, copies) as Plan);
}

/** Plain data copied, each object once (one copy for an object met twice), with sheets renamed. */
function copyIn(value: unknown, workbook: string, copies: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const item of value) out.push(copyIn(item, workbook, copies));
    return out;
  }
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      key === 'sheet' && typeof v === 'string'
        ? sheetInWorkbook(workbook, v)
        : copyIn(v, workbook, copies);
  }
  return out;
}
