/**
 * A small Excel built on office-addin-mock's OfficeMockObject, for what the adapter reads: a sheet
 * from 2-D arrays, ranges by address, getCellProperties, merged areas and tables. Every proxy it
 * hands out is registered, and context.sync() syncs them all (office-addin-mock only syncs the
 * object tree it was built from) and records the bytes each sync returned.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { parseRange, rangeA1 } from '../../src/plan';

export interface MockSheet {
  name: string;
  values: (string | number | boolean)[][];
  numberFormats?: string[][];
  /** "#RRGGBB" or null for no fill. */
  fills?: (string | null)[][];
  merges?: string[];
  tables?: { name: string; address: string }[];
}

export interface MockExcel {
  Excel: OfficeMockObject;
  Office: OfficeMockObject;
  context: OfficeMockObject;
  /** Bytes each sync returned (values, formats and cell properties loaded in it). */
  responses: number[];
}

type Loadable = OfficeMockObject & { [k: string]: unknown };

export function mockExcel(
  sheet: MockSheet,
  options: { apiVersion?: string; runError?: unknown } = {}
): MockExcel {
  const registry: Loadable[] = [];
  let pendingBytes: (() => number)[] = [];
  const responses: number[] = [];
  const track = <T extends Loadable>(o: T): T => {
    registry.push(o);
    return o;
  };
  const [maj, min] = (options.apiVersion ?? '1.13').split('.').map(Number);

  const cellRange = (address: string): Loadable => {
    const r = parseRange(address);
    if (!r) throw new Error(`bad address ${address}`);
    const slice = <T>(grid: T[][] | undefined, empty: T) =>
      Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
        Array.from(
          { length: r.right - r.left + 1 },
          (_, j) => grid?.[r.top - 1 + i]?.[r.left - 1 + j] ?? empty
        )
      );
    const values = slice(sheet.values, '' as string | number | boolean);
    const numberFormat = slice(sheet.numberFormats, 'General');
    const fills = slice(sheet.fills, null as string | null);
    const range = track(
      new OfficeMockObject({
        address: `${sheet.name}!${rangeA1(r)}`,
        values,
        numberFormat,
        getCellProperties: () => {
          const value = fills.map((row) =>
            row.map((f) => ({
              format: {
                fill: { color: f ?? '#FFFFFF', pattern: f ? 'Solid' : 'None', tintAndShade: 0 },
              },
            }))
          );
          const result = track(new OfficeMockObject({ value }) as Loadable);
          // A ClientResult needs no load: its value arrives with the next sync.
          result.load('value');
          pendingBytes.push(() => JSON.stringify(value).length);
          return result;
        },
        getMergedAreasOrNullObject: () => {
          const inside = (sheet.merges ?? []).filter((m) => {
            const a = parseRange(m);
            return (
              a && a.top <= r.bottom && a.bottom >= r.top && a.left <= r.right && a.right >= r.left
            );
          });
          const areas = track(
            new OfficeMockObject({
              address: inside.map((m) => `${sheet.name}!${m}`).join(','),
              isNullObject: inside.length === 0,
            }) as Loadable
          );
          areas.load('isNullObject');
          return areas;
        },
      }) as Loadable
    );
    // No conditional formats on a mock sheet.
    range.conditionalFormats = {
      items: [],
      load() {
        return this;
      },
    };
    const load = range.load.bind(range);
    range.load = (props: string) => {
      if (/values/.test(props))
        pendingBytes.push(
          () => JSON.stringify(values).length + JSON.stringify(numberFormat).length
        );
      return load(props);
    };
    return range;
  };

  const tables = new OfficeMockObject({
    load: function () {
      return this;
    },
  }) as Loadable;
  tables.items = (sheet.tables ?? []).map((t) => ({
    name: t.name,
    showHeaders: true,
    getRange: () => {
      const g = cellRange(t.address);
      return g;
    },
  }));

  const worksheet = new OfficeMockObject({
    name: sheet.name,
    getRange: (address: string) => cellRange(address),
    getUsedRangeOrNullObject: () => {
      const rows = sheet.values.length;
      const cols = Math.max(...sheet.values.map((row) => row.length));
      const used = cellRange(rangeA1({ top: 1, left: 1, bottom: rows, right: cols }));
      used.isNullObject = false;
      return used;
    },
  }) as Loadable;
  worksheet.tables = tables;

  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItem: () => worksheet,
        getActiveWorksheet: () => worksheet,
      },
    },
  }) as Loadable;
  // office-addin-mock only syncs the tree it was built from; the proxies handed out are synced too.
  context.sync = async () => {
    for (const o of [...registry, worksheet]) await o.sync();
    responses.push(pendingBytes.reduce((n, f) => n + f(), 0));
    pendingBytes = [];
  };

  const Excel = new OfficeMockObject({
    run: async (a: unknown, b?: (ctx: unknown) => Promise<unknown>) => {
      if (options.runError) throw options.runError;
      return (typeof a === 'function' ? a : b)?.(context);
    },
  });
  const Office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (_: string, version: string) => {
          const [a, b] = version.split('.').map(Number);
          return a < maj || (a === maj && b <= min);
        },
      },
    },
  });
  return { Excel, Office, context, responses };
}

export function install(mock: MockExcel): void {
  Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
}
