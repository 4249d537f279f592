import { summarise } from '../../src/plan/summary/summarise';
import type { Action, Plan, Rag, State } from '../../src/plan/core/types';
import { cellAt } from '../cellText';

function action(
  row: number,
  area: string | null,
  lead: string | null,
  rag: Rag | null,
  state: State,
  due: string | null,
  savings: number | null = null
): Action {
  return {
    sheet: 'Plan',
    row,
    line: 1,
    ref: null,
    area,
    objective: null,
    action: `Action ${row}`,
    lead,
    leads: lead ? [lead] : [],
    timescale: { text: due ?? '', kind: due ? 'date' : 'empty', due },
    rag,
    ragFrom: rag ? 'text' : null,
    stage: null,
    savings,
    forecast: null,
    state,
    cols: { action: 3, rag: 6 }, // C and F
  };
}

const plan: Plan = {
  sheet: 'Plan',
  range: { top: 1, left: 1, bottom: 7, right: 6 }, // A1:F7
  headerRow: 1,
  table: null,
  columns: [],
  unmapped: [],
  actions: [
    action(2, 'Workforce', 'Kathy Fenwick', 'red', 'overdue', '2024-03-31', 250_000),
    action(3, 'Workforce', 'Kathy Fenwick', 'green', 'complete', null, 100_000),
    action(4, 'Housing', 'Paul Warner', 'amber', 'overdue', '2024-05-01', 2_000_000),
    action(5, 'Housing', 'Tara Gault', null, 'due-soon', '2024-06-20'),
    action(6, null, null, 'amber-green', 'on-track', '2025-01-01'),
    action(7, 'Savings', 'Kathy Fenwick', 'amber', 'due-soon', '2024-06-05', 15_000_000),
  ],
  findings: [
    { severity: 'error', code: 'green-but-overdue', message: '', cell: cellAt("'Plan'!F2") },
    { severity: 'warning', code: 'missing-rag', message: '', cell: cellAt("'Plan'!F5") },
    { severity: 'warning', code: 'missing-column', message: '', cell: null },
  ],
};

describe('summarise', () => {
  const s = summarise([plan], { asOf: '2024-06-01' });

  it('counts actions by RAG and by state', () => {
    expect(s.actions).toBe(6);
    expect(s.rag).toMatchObject({
      red: 1,
      amber: 2,
      green: 1,
      'amber-green': 1,
      none: 1,
      total: 6,
    });
    expect(s.states).toMatchObject({
      overdue: 2,
      'due-soon': 2,
      complete: 1,
      'on-track': 1,
      total: 6,
    });
    expect(s.completePercent).toBe(16.7);
  });

  it('groups by area and by lead in plan order, with actions lacking one last', () => {
    expect(s.byArea.map((g) => [g.key, g.rag.total])).toEqual([
      ['Workforce', 2],
      ['Housing', 2],
      ['Savings', 1],
      ['(none)', 1],
    ]);
    expect(s.byLead.map((g) => g.key)).toEqual([
      'Kathy Fenwick',
      'Paul Warner',
      'Tara Gault',
      '(none)',
    ]);
    expect(s.byLead[0].rag).toMatchObject({ red: 1, green: 1, amber: 1, total: 3 });
  });

  it('lists overdue most overdue first and due soon soonest first, with days', () => {
    expect(s.overdue.map((d) => [d.action.row, d.days])).toEqual([
      [2, 62],
      [4, 31],
    ]);
    expect(s.dueSoon.map((d) => [d.action.row, d.days])).toEqual([
      [7, 4],
      [5, 19],
    ]);
  });

  it('totals savings and savings at risk (red and amber), adding up across groups', () => {
    expect(s.hasMoney).toBe(true);
    expect(s.money.target).toBe(17_350_000);
    expect(s.money.atRisk).toBe(250_000 + 2_000_000 + 15_000_000);
    expect(s.byArea.reduce((t, g) => t + g.money.target, 0)).toBe(s.money.target);
    expect(s.byLead.find((g) => g.key === 'Kathy Fenwick')?.money.atRisk).toBe(15_250_000);
  });

  it('counts data quality by severity and code, and the actions touched', () => {
    expect(s.quality.bySeverity).toEqual({ error: 1, warning: 2, info: 0 });
    expect(s.quality.byCode[0]).toEqual({ code: 'green-but-overdue', severity: 'error', count: 1 });
    expect(s.quality.actionsWithFindings).toBe(2);
    expect(s.sources).toEqual([{ sheet: 'Plan', top: 1, left: 1, bottom: 7, right: 6 }]);
  });
});
