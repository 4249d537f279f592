import {
  type Finding,
  findingOf,
  formatPounds,
  sameAmount,
  type SavingsLine,
  savingsCell,
} from '../core';

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
    out.push(
      findingOf(cell, 'shortfall-mismatch', {
        year: l.year,
        given: formatPounds(l.givenShortfall),
        target: formatPounds(l.target),
        forecast: formatPounds(l.forecast),
        worked: formatPounds(worked),
      })
    );
  }
  return out;
}
