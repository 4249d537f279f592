/**
 * Fixture -> fake-host JSON. The pure part turns Grids (what src/xlsx's reader produces from a
 * .xlsx file) into the WorkbookJson the fake host loads. Reading the .xlsx itself is left to the
 * e2e helper, through src/xlsx/readWorkbook.ts once it exists; this file stays free of Node APIs.
 */
import { rangeA1, type Grid } from '../../../src/plan';
import type { WorkbookJson } from './model';

/** One sheet per grid; cells are placed at the grid's own sheet position (A1-based in the JSON). */
export function gridsToWorkbookJson(grids: Grid[], active?: string): WorkbookJson {
  const sheets = grids.map((g) => {
    const pad = <T>(rows: T[][] | undefined, empty: T) => {
      if (!rows) return undefined;
      const out: T[][] = Array.from({ length: g.top - 1 }, () => []);
      // The streaming reader leaves rows without cells (and cells without values) as holes.
      for (let r = 0; r < rows.length; r++)
        out.push([
          ...new Array<T>(g.left - 1).fill(empty),
          ...Array.from(rows[r] ?? [], (v) => v ?? empty),
        ]);
      return out;
    };
    return {
      name: g.sheet,
      cells: pad(g.values, null) ?? [],
      fills: pad(g.fills, null),
      numberFormats: pad(g.numberFormats, null),
      merges: g.merges?.map(rangeA1),
      tables: g.tables?.map((t) => ({
        name: t.name,
        address: rangeA1(t.range),
        showHeaders: t.hasHeaders,
      })),
    };
  });
  return { sheets, active: active ?? sheets[0]?.name };
}
