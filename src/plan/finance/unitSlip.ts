import { type Finding, findingOf, formatPounds, type MoneyColumn } from '../core';

/** Fewer figures than this give no sense of what is usual in a column. */
const MIN_FIGURES = 4;
/** "About 1,000 times": a slip between pounds and thousands, not a large line. */
const LOW = 400;
const HIGH = 2500;

/**
 * A figure about 1,000 times (or a thousandth of) the column's typical figure: most likely pounds
 * typed into a £'000 column, or thousands into a £ column.
 */
export function checkUnitSlips(columns: MoneyColumn[]): Finding[] {
  const out: Finding[] = [];
  for (const column of columns) {
    if (column.kind === 'other') continue; // a budget column's spread is not ours to judge
    const figures = column.figures.filter((f) => f.pounds !== 0);
    if (figures.length < MIN_FIGURES) continue;
    const typical = median(figures.map((f) => Math.abs(f.pounds)));
    for (const f of figures) {
      const ratio = Math.abs(f.pounds) / typical;
      const big = ratio >= LOW && ratio <= HIGH;
      const small = ratio <= 1 / LOW && ratio >= 1 / HIGH;
      if (!big && !small) continue;
      out.push(
        findingOf(f.cell, 'money-unit-slip', {
          figure: formatPounds(f.pounds),
          big,
          column: column.header,
          typical: formatPounds(typical),
        })
      );
    }
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
