import { type Finding, formatPounds, sameAmount, type SavingsLine, savingsCell } from '../core';

/**
 * A shortfall column that disagrees with target − forecast. Trackers write it either way round
 * (a shortfall, or a variance of forecast − target), so a figure matching either is accepted.
 */
export function checkShortfalls(lines: SavingsLine[]): Finding[] {
  const out: Finding[] = [];
  for (const l of lines) {
    const cell = savingsCell(l, 'shortfall');
    if (l.givenShortfall === null || l.target === null || l.forecast === null || !cell) continue;
    const worked = l.target - l.forecast;
    if (sameAmount(l.givenShortfall, worked) || sameAmount(l.givenShortfall, -worked)) continue;
    out.push({
      severity: 'warning',
      code: 'shortfall-mismatch',
      message:
        `${year(l)}The shortfall is given as ${formatPounds(l.givenShortfall)}, but target ${formatPounds(l.target)} less ` +
        `forecast ${formatPounds(l.forecast)} is ${formatPounds(worked)}. Correct the shortfall, the target or the forecast.`,
      cell,
    });
  }
  return out;
}

export const year = (l: SavingsLine): string => (l.year ? `${l.year}: ` : '');
