import fc from 'fast-check';
import { cellRef, parseCellRef } from '../../src/plan/core/address';
import type { CellValue, Grid } from '../../src/plan/core/grid';
import { readPlans } from '../../src/plan/judge/readPlans';
import { summarise } from '../../src/plan/summary/summarise';

/** Cell values as real sheets hold them, biased towards plan-like words so headers get found. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(
    'Area',
    'Action',
    'Lead',
    'Timescale',
    'RAG',
    'Status',
    'Savings £000',
    'Objective',
    'Total',
    'Note: x'
  ),
  fc.constantFrom(
    'Red',
    'amber/green',
    'G',
    'Complete',
    'On-going',
    'Q3 2024/25',
    'TBC',
    '£1.2m',
    '(£250k)',
    'OPPORTUNITIES'
  ),
  fc.string(),
  fc.string().map((s) => `${s}\n${s}\n${s}`),
  fc.double(),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' })
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    values: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
    fills: fc.array(
      fc.array(
        fc.oneof(
          fc.constant(null),
          fc.constantFrom('#FF0000', '#FFC000', '#00B050', '#FFFFFF', 'junk')
        ),
        { maxLength: 8 }
      ),
      { maxLength: 14 }
    ),
    merges: fc.array(
      fc
        .record({
          top: fc.integer({ min: 1, max: 14 }),
          left: fc.integer({ min: 1, max: 8 }),
          h: fc.nat(3),
          w: fc.nat(2),
        })
        .map((m) => ({
          top: m.top,
          left: m.left,
          bottom: m.top + m.h,
          right: m.left + m.w,
        })),
      { maxLength: 3 }
    ),
  })
  .map((g) => ({ sheet: "Bob's plan", top: 1, left: 1, ...g }));

describe('readPlans is total', () => {
  it('reads any grid without throwing, and every finding and action points into the sheet', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const plans = readPlans(g, { asOf: '2024-06-01' });
        for (const p of plans) {
          for (const f of p.findings) {
            if (f.cell === null) continue;
            expect(f.cell.sheet).toBe("Bob's plan");
            expect(Number.isInteger(f.cell.row) && f.cell.row >= 1).toBe(true);
            expect(Number.isInteger(f.cell.col) && f.cell.col >= 1).toBe(true);
            // The JSON report's text names the same cell.
            expect(parseCellRef(cellRef(f.cell))).toEqual(f.cell);
          }
          for (const a of p.actions) {
            expect(a.row).toBeGreaterThan(p.headerRow);
            expect(a.timescale.due === null || /^\d{4}-\d{2}-\d{2}$/.test(a.timescale.due)).toBe(
              true
            );
          }
        }
        const s = summarise(plans, { asOf: '2024-06-01' });
        expect(s.rag.total).toBe(s.actions);
        expect(s.states.total).toBe(s.actions);
      }),
      { numRuns: 300 }
    );
  });
});
