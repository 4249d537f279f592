import type { Grid } from '../../src/plan/core/grid';
import { cellRef } from '../../src/plan';
import type { SheetSpec } from '../../src/report/sheetSpec';
import type { ExcelPort, PlanSource, StoredSettings, WriteOptions } from '../../src/addin/workflow';

/** A plan shaped like Havering's 2024 productivity plan (seed 004): a title row, then the table. */
export const productivityGrid: Grid = {
  sheet: 'Productivity plan',
  top: 1,
  left: 1,
  values: [
    ['Havering Productivity Plan 2024'],
    [],
    [
      'Area',
      'Transformation Objective',
      'Action',
      'ELT Lead',
      'Timescale',
      'RAG Rating',
      'Comments',
    ],
    [
      'Digital',
      'Automate customer contact',
      'Launch online forms for council tax',
      'Director of Resources',
      '31/03/2024',
      'Green',
      'Done early',
    ],
    [
      null,
      null,
      'Chatbot pilot for housing repairs',
      'Director of Housing',
      'Q3 2024/25',
      'Amber',
      '31/12/2024',
    ],
    [
      'Workforce',
      'Reduce agency spend by £1.23m',
      'Convert agency posts to permanent',
      'Chief Executive',
      'December 2024',
      'Red',
      '',
    ],
  ],
};

export const tableSource: PlanSource = {
  kind: 'table',
  sheet: 'Productivity plan',
  name: null,
  address: 'A1:G6',
};

/** An in-memory ExcelPort: records what the workflow asked of it. */
export function fakePort(grids: Map<PlanSource, Grid>, saved?: Partial<StoredSettings>) {
  const calls = {
    readGrid: 0,
    written: [] as SheetSpec[][],
    selected: [] as string[],
    saved: [] as StoredSettings[],
  };
  let settings: StoredSettings = {
    asOf: '2024-10-01',
    dueSoonDays: 30,
    blueMeans: 'complete',
    overrides: {},
    ...saved,
  };
  const port: ExcelPort & { calls: typeof calls; failWith?: unknown } = {
    calls,
    async findPlanSources() {
      return [...grids.keys()];
    },
    async readGrids(sources) {
      return sources.map((source) => {
        calls.readGrid++;
        const g = grids.get(source);
        if (!g) throw new Error('no such source');
        return g;
      });
    },
    async selectCell(cell) {
      // Kept as the text a user reads, "'Plan'!E7".
      calls.selected.push(cellRef(cell));
    },
    async writeSummarySheets(specs, options: WriteOptions) {
      if (port.failWith) throw port.failWith;
      if (options.signal?.aborted) throw Object.assign(new Error(''), { kind: 'cancelled' });
      options.onCommitted?.();
      specs.forEach((s, index) =>
        options.onProgress?.({ phase: 'writing', sheet: s.name, index, count: specs.length })
      );
      calls.written.push(specs);
      return {
        written: specs.map((s) => ({ key: s.key, name: s.name })),
        renamed: [],
        syncs: 2,
        requestBytes: [1000],
        undo: 'one-step' as const,
      };
    },
    async setFlagInPlace(_plan, on) {
      return {
        on,
        shaded: [],
        rows: 0,
        dropDowns: 0,
        kept: 0,
        removed: { formats: 0, dropDowns: 0 },
        undo: 'one-step' as const,
      };
    },
    async readFlagState() {
      return false;
    },
    async loadSettings() {
      return settings;
    },
    async saveSettings(s) {
      settings = s;
      calls.saved.push(s);
    },
  };
  return port;
}
