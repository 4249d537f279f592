/**
 * The savings headline: the figures the Savings sheet's "Headline" table writes, in its words.
 * The pane shows the same list, so what it says can never differ from the sheet a refresh writes.
 */
import type { FinanceSummary } from '../plan';

export interface SavingsFigure {
  label: string;
  /** Pounds. */
  amount: number;
}

/** Target, forecast and shortfall (when the plan has a forecast), and what is at risk. */
export function savingsHeadline(finance: FinanceSummary): SavingsFigure[] {
  const t = finance.totals;
  const figures: SavingsFigure[] = [{ label: 'Savings target', amount: t.target }];
  if (finance.hasForecast)
    figures.push(
      { label: 'Forecast (or delivered)', amount: t.forecast },
      { label: 'Shortfall (target − forecast)', amount: t.shortfall }
    );
  figures.push({
    label: 'At risk (target on Red, Red/Amber, Amber lines)',
    amount: finance.atRisk.target,
  });
  if (finance.hasForecast)
    figures.push({ label: 'Shortfall on those lines', amount: finance.atRisk.shortfall });
  return figures;
}
