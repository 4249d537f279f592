import { ragLabel } from '../read';
import { type Finding, findingOf, formatPounds, type SavingsLine, savingsCell } from '../core';

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
      out.push(
        findingOf(cell, 'green-but-short', {
          year: l.year,
          rating: ragLabel(l.rag),
          forecast: formatPounds(l.forecast),
          short: formatPounds(short),
          percent,
          target: formatPounds(l.target),
          allowed: Math.round(tolerance * 1000) / 10,
        })
      );
    }
    if (l.rag === 'red' && l.forecast >= l.target) {
      out.push(
        findingOf(cell, 'red-but-on-target', {
          year: l.year,
          forecast: formatPounds(l.forecast),
          target: formatPounds(l.target),
        })
      );
    }
  }
  return out;
}
