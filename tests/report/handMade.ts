import type { Action, Finding, Plan, Rag, State } from '../../src/plan';

/** An action as a test writes it: only what matters to the case. */
export function action(
  row: number,
  o: Partial<Action> & { rag?: Rag | null; state?: State; due?: string | null } = {}
): Action {
  const due = o.due ?? null;
  return {
    sheet: 'Action plan',
    row,
    line: 1,
    ref: null,
    area: null,
    objective: null,
    action: `Action on row ${row}`,
    lead: null,
    leads: [],
    timescale: { text: due ?? '', kind: due ? 'date' : 'empty', due },
    rag: null,
    ragFrom: null,
    stage: null,
    savings: null,
    forecast: null,
    state: due ? 'on-track' : 'undated',
    // Action text in C, timescale in E.
    cols: { action: 3, timescale: 5 },
    ...o,
  };
}

export function plan(actions: Action[], findings: Finding[] = []): Plan {
  return {
    sheet: 'Action plan',
    range: { top: 4, left: 1, bottom: 4 + actions.length, right: 6 },
    headerRow: 4,
    table: null,
    columns: [],
    unmapped: [],
    actions,
    findings,
  };
}
