/**
 * A roll-up through the one refresh pipeline (pipeline.ts, refreshFromPlans): every workbook's
 * plans, each in its own workbook (inWorkbook.ts), summarised together, with the history of the
 * roll-up itself and the sheets' parts by workbook (rollupSheets.ts).
 */
import { summarise, type CheckOptions, type Plan } from '../../plan';
import { SAY } from '../messages';
import { refreshFromPlans, type RefreshBuild, type RefreshContext } from '../pipeline';
import { plansInWorkbook } from './inWorkbook';
import { rollupExtras, type WorkbookSummary } from './rollupSheets';
import type { RollupWorkbook } from './rollupTypes';

export interface RollupInput extends RefreshContext {
  /** In the order given; each read, or with its reason. */
  workbooks: RollupWorkbook[];
  options: CheckOptions;
  /** ISO time shown as "Refreshed". */
  refreshedAt: string;
  /** Shown as the sheets' Source; default: how many plans from how many workbooks. */
  title?: string;
}

export interface RollupBuild extends RefreshBuild {
  /** Each workbook read, with the summary of its own plans, in the order given. */
  byWorkbook: WorkbookSummary[];
  /** The workbooks that could not be read, with their reasons. */
  unread: RollupWorkbook[];
}

/** "12 plans from 4 workbooks". */
export function rollupSource(plans: number, workbooks: number): string {
  return `${plans} plan${plans === 1 ? '' : 's'} from ${workbooks} workbook${workbooks === 1 ? '' : 's'}`;
}

/** The roll-up's sheets; null when no plan was read from any workbook. */
export function buildRollup(input: RollupInput): RollupBuild | null {
  const { options } = input;
  const byWorkbook: WorkbookSummary[] = [];
  const unread: RollupWorkbook[] = [];
  const plans: Plan[] = [];
  for (const workbook of input.workbooks) {
    if (workbook.plans === null || workbook.plans.length === 0) {
      unread.push({ ...workbook, plans: null, reason: workbook.reason ?? SAY.noPlanInFile });
      continue;
    }
    const own = plansInWorkbook(workbook.plans, workbook.link);
    byWorkbook.push({ workbook, summary: summarise(own, options) });
    for (const p of own) plans.push(p);
  }
  if (plans.length === 0) return null;
  const built = refreshFromPlans(plans, options, input.refreshedAt, {
    ...input,
    source: input.title ?? rollupSource(plans.length, byWorkbook.length),
    extras: (history, summary) =>
      rollupExtras(byWorkbook, unread, history, summary.finance.hasForecast),
  });
  return { ...built, byWorkbook, unread };
}
