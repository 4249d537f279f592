import { ragLabel } from '../read';
import { type Finding, formatPounds, type SavingsLine, savingsCell } from '../core';
import { year } from './shortfallColumn';

/**
 * A rating its numbers do not bear out: Green or Blue with a forecast more than `tolerance` (a
 * share, 0.05 for 5%) below target, or Red with a forecast at or above target.
 */
export function checkRagAgainstMoney(lines: SavingsLine[], tolerance: number): Finding[] {
  const out: Finding[] = [];
  for (const l of lines) {
    if (l.target === null || l.forecast === null || l.target <= 0) continue;
    const cell = savingsCell(l, 'rag') ?? savingsCell(l, 'forecast');
    const short = l.target - l.forecast;
    if ((l.rag === 'green' || l.rag === 'blue') && short > l.target * tolerance) {
      const percent = Math.round((short / l.target) * 1000) / 10;
      out.push({
        severity: 'warning',
        code: 'green-but-short',
        message:
          `${year(l)}Rated ${ragLabel(l.rag)} but the forecast ${formatPounds(l.forecast)} is ${formatPounds(short)} (${percent}%) ` +
          `below the target ${formatPounds(l.target)}, more than the ${Math.round(tolerance * 1000) / 10}% allowed. Re-rate it, or correct the figures.`,
        cell,
      });
    }
    if (l.rag === 'red' && l.forecast >= l.target) {
      out.push({
        severity: 'warning',
        code: 'red-but-on-target',
        message: `${year(l)}Rated Red but the forecast ${formatPounds(l.forecast)} meets the target ${formatPounds(l.target)}. Re-rate it, or correct the forecast.`,
        cell,
      });
    }
  }
  return out;
}
