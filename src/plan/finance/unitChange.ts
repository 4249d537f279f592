import { describeUnit } from '../read';
import { type MoneyUnit, type Finding, findingOf, formatPounds, type MoneyColumn } from '../core';

/**
 * A unit that changes within a column: a figure written in £m ("£1.2m", or a "0.0,,\"m\"" format)
 * in a column of £'000. Each is read correctly, but a reader adding the column by eye is misled.
 * The column's unit is its header's, else the unit most of its figures are written in.
 */
export function checkUnitChanges(columns: MoneyColumn[]): Finding[] {
  const out: Finding[] = [];
  for (const column of columns) {
    if (column.kind === 'other') continue; // a budget column's spread is not ours to judge
    if (column.figures.length < 2) continue;
    const unit = column.unit ?? commonest(column.figures.map((f) => f.unit));
    for (const f of column.figures) {
      if (f.unit.scale === unit.scale) continue;
      out.push(
        findingOf(f.cell, 'money-unit-change', {
          column: column.header,
          unit: describeUnit(unit),
          how: f.unitFrom === 'format' ? 'format' : 'written',
          written: describeUnit(f.unit),
          read: formatPounds(f.pounds),
        })
      );
    }
  }
  return out;
}

function commonest(units: MoneyUnit[]): MoneyUnit {
  const counts = new Map<number, { unit: MoneyUnit; n: number }>();
  for (const u of units) {
    const c = counts.get(u.scale) ?? { unit: u, n: 0 };
    c.n++;
    counts.set(u.scale, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0].unit;
}
