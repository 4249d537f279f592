/**
 * OUR_LOOKS holds every look our sheets' cells can have, so registering it first keeps styles.xml
 * one size from the first refresh on. Here the sheets built for plans that use every RAG, every
 * state and every change a second refresh can report (every RAG to every other, due dates moved,
 * actions added, removed, completed and newly overdue), and for the seed-shaped fixtures, must not
 * add one entry to a styles.xml that already holds OUR_LOOKS.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { defaultOptions, RAGS, type Action, type Plan, type Rag } from '../../src/plan';
import { buildRefresh, refreshFromPlans } from '../../src/report/pipeline';
import type { SheetSpec } from '../../src/report/sheetSpec';
import { readWorkbook } from '../../src/xlsx';
import { cellLooks } from '../../src/xlsx/parts/cellLooks';
import { OUR_LOOKS } from '../../src/xlsx/parts/ourLooks';
import { EMPTY_STYLES, StylesWriter, type CellFormat } from '../../src/xlsx/parts/writeStyles';
import { action, plan } from '../report/handMade';

const OPTIONS = defaultOptions({ asOf: '2024-10-01' });
const RATINGS: (Rag | null)[] = [...RAGS, null];
const AREAS = ['Housing', 'Adults', 'Children'];

/** The looks of a spec's cells that a styles.xml holding OUR_LOOKS does not have yet. */
function missingLooks(specs: SheetSpec[]): CellFormat[] {
  const styles = new StylesWriter(EMPTY_STYLES);
  for (const look of OUR_LOOKS) styles.cellStyle(look);
  const missing: CellFormat[] = [];
  for (const spec of specs) {
    const { rows, formats } = cellLooks(spec);
    for (const row of rows)
      for (const look of row ?? []) {
        if (look === 0) continue;
        const before = styles.xml();
        styles.cellStyle(formats[look]);
        if (styles.xml() !== before) missing.push(formats[look]);
      }
  }
  return missing;
}

/** One action per pair of ratings, each in its own row; before and after a refresh. */
function ratingPairs(): { before: Action[]; after: Action[] } {
  const before: Action[] = [];
  const after: Action[] = [];
  let row = 5;
  for (const from of RATINGS)
    for (const to of RATINGS) {
      const common = {
        area: AREAS[row % AREAS.length],
        lead: `Lead ${row % 4}`,
        action: `Move ${from ?? 'none'} to ${to ?? 'none'} on row ${row}`,
        savings: row % 2 === 0 ? 1000 * row : null,
        forecast: row % 3 === 0 ? 500 * row : null,
      };
      before.push(action(row, { ...common, rag: from, due: '2024-12-31', state: 'on-track' }));
      after.push(action(row, { ...common, rag: to, due: '2024-12-31', state: 'on-track' }));
      row++;
    }
  return { before, after };
}

/** Every other kind of change: due moved, completed, newly overdue, removed and added. */
function otherChanges(): { before: Action[]; after: Action[] } {
  const moved = { area: 'Housing', action: 'Due date moved' };
  const done = { area: 'Adults', action: 'Completed since', rag: 'amber' as Rag };
  const late = { area: 'Children', action: 'Now overdue', rag: 'red' as Rag };
  return {
    before: [
      action(100, { ...moved, due: '2024-11-30', state: 'on-track' }),
      action(101, { ...done, due: '2024-11-30', state: 'on-track' }),
      action(102, { ...late, due: '2024-10-15', state: 'due-soon' }),
      action(103, { area: 'Adults', action: 'Taken out of the plan', due: null }),
    ],
    after: [
      action(100, { ...moved, due: '2025-03-31', state: 'on-track' }),
      action(101, { ...done, rag: 'blue', due: '2024-11-30', state: 'complete' }),
      action(102, { ...late, due: '2024-09-15', state: 'overdue' }),
      action(104, { area: 'Children', action: 'New in the plan', due: '2025-01-31' }),
    ],
  };
}

test('a second refresh reporting every kind of change needs no look beyond OUR_LOOKS', () => {
  const pairs = ratingPairs();
  const others = otherChanges();
  const plansBefore: Plan[] = [plan([...pairs.before, ...others.before])];
  const plansAfter: Plan[] = [plan([...pairs.after, ...others.after])];
  const first = refreshFromPlans(
    plansBefore,
    defaultOptions({ asOf: '2024-09-01' }),
    '2024-09-01T09:00:00Z'
  );
  const second = refreshFromPlans(plansAfter, OPTIONS, '2024-10-01T09:00:00Z', {
    history: { state: 'read', snapshots: first.history.store, prints: [], problems: [] },
  });
  // The second refresh does report the changes (else this test would prove nothing).
  expect(second.history.changes).not.toBeNull();
  expect(missingLooks([...first.specs, ...second.specs])).toEqual([]);
});

test('the sheets built for the seed-shaped fixtures need no look beyond OUR_LOOKS', async () => {
  const fixtures = path.join(__dirname, '..', 'fixtures');
  const files = (await fs.readdir(fixtures)).filter((f) => f.endsWith('.xlsx'));
  expect(files.length).toBeGreaterThanOrEqual(4);
  const specs: SheetSpec[] = [];
  for (const file of files) {
    const grids = await readWorkbook(await fs.readFile(path.join(fixtures, file)));
    const built = buildRefresh({
      grids,
      options: OPTIONS,
      refreshedAt: '2024-10-01T09:00:00Z',
    });
    if (built) specs.push(...built.specs);
  }
  expect(specs.length).toBeGreaterThan(0);
  expect(missingLooks(specs)).toEqual([]);
});
