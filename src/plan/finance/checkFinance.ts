/** Every finance check over a plan's money, in order; each check in its own file, one finding code each. */
import {
  type Finding,
  type FindingCode,
  DEFAULT_SAVINGS_TOLERANCE,
  type PlanFinance,
} from '../core';
import { checkProseSavings } from './proseSavings';
import { checkRagAgainstMoney } from './ragAgainstMoney';
import { checkShortfalls } from './shortfallColumn';
import { checkTotals } from './totalsRow';
import { checkUnitChanges } from './unitChange';
import { checkUnitSlips } from './unitSlip';

export function checkFinance(
  finance: PlanFinance,
  tolerance = DEFAULT_SAVINGS_TOLERANCE
): Finding[] {
  return [
    ...checkTotals(finance),
    ...checkShortfalls(finance.lines),
    ...checkRagAgainstMoney(finance.lines, tolerance),
    ...checkUnitChanges(finance.columns),
    ...checkUnitSlips(finance.columns),
    ...checkProseSavings(finance),
  ];
}

/** The finding codes about money: the finance checks', and money text that cannot be read. */
export const FINANCE_CODES: readonly FindingCode[] = [
  'totals-mismatch',
  'shortfall-mismatch',
  'green-but-short',
  'red-but-on-target',
  'money-unit-change',
  'money-unit-slip',
  'savings-in-prose',
  'unreadable-money',
  'savings-from-text',
];
