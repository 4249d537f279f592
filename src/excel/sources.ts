/**
 * Where the plans may be: every visible sheet's tables, and its used range where the tables do
 * not cover it; a hidden sheet is read (its grid says so). The add-in's own sheets (A1 holds one of
 * our titles) and very hidden sheets (the history) are left out, so a summary is never read as a plan, whichever sheet is active.
 * Two syncs (three when there are tables, whose ranges need the table list first).
 */
import { parseRange, type CellRange, type GridTable } from '../plan';
import { SHEET_TITLES } from '../report/sheetTitles';
import type { OwnedKey } from '../report/sheetSpec';
import { localAddress } from './cells';
import { rememberNames } from './namedLists';
import { OWNER_NAMES, ownerTarget, ownsSheet } from './ownership';
import { runExcel } from './run';
import type { PlanSource } from './types';

const TITLES = new Set(Object.values(SHEET_TITLES));

/** Tables seen by the last findPlanSources, per sheet: readGrid reuses their ranges when their names still match. */
export const tableCache = new Map<string, { names: string; tables: GridTable[] }>();

export function tableNames(items: { name: string }[]): string {
  return items
    .map((t) => t.name)
    .sort()
    .join('\u0000');
}

interface SheetScan {
  sheet: Excel.Worksheet;
  tables: Excel.TableCollection;
  used: Excel.Range;
  a1: Excel.Range;
}

export async function findPlanSources(): Promise<PlanSource[]> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    const names = context.workbook.names;
    names.load('items/name,items/formula');
    await context.sync();

    // Very hidden sheets are scanned for our history sheet only; a plan is never read from one.
    const scans: SheetScan[] = sheets.items.map((sheet) => {
      const tables = sheet.tables;
      tables.load('items/name,items/showHeaders');
      // Values only: a sheet formatted far beyond its data would otherwise read thousands of empty rows.
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address');
      const a1 = sheet.getRange('A1');
      a1.load('values');
      return { sheet, tables, used, a1 };
    });
    await context.sync();

    const plansheets = scans.filter(
      (s) => s.sheet.visibility !== 'VeryHidden' && !isOurs(s.a1.values?.[0]?.[0])
    );
    const ours = ourSources(scans, names.items);
    rememberNames(names.items);
    const ranges = plansheets.map((s) => s.tables.items.map((t) => t.getRange().load('address')));
    if (ranges.some((r) => r.length > 0)) await context.sync();

    const hidden = new Set(
      plansheets.filter((s) => s.sheet.visibility === 'Hidden').map((s) => s.sheet.name)
    );
    const sources = plansheets.flatMap((s, i) => sourcesOf(s, ranges[i]));
    const marked = sources.map((src) => ({
      ...src,
      ...(src.sheet === active.name ? { active: true } : {}),
      ...(hidden.has(src.sheet) ? { hidden: true } : {}),
    }));
    return [...marked, ...ours];
  });
}

/**
 * Our sheets, by the rule both writers share (our RagPlan_* name points at the sheet's A1, and A1
 * holds its title; the history by its name alone): the history, where refreshes keep their
 * snapshots, and each summary sheet as it is now. Empty sheets give nothing to read.
 */
function ourSources(scans: SheetScan[], names: Excel.NamedItem[]): PlanSource[] {
  const out: PlanSource[] = [];
  for (const key of Object.keys(OWNER_NAMES) as OwnedKey[]) {
    const item = names.find((n) => n.name.toLowerCase() === OWNER_NAMES[key].toLowerCase());
    const target = ownerTarget(item?.formula)?.toLowerCase();
    const scan = scans.find((s) => s.sheet.name.toLowerCase() === target);
    if (!scan || scan.used.isNullObject) continue;
    if (!ownsSheet(scan.a1.values?.[0]?.[0], { key, values: [[SHEET_TITLES[key]]] })) continue;
    const address = localAddress(scan.used.address);
    out.push({
      kind: key === 'history' ? 'history' : 'ours',
      ...(key === 'history' ? {} : { key }),
      sheet: scan.sheet.name,
      name: null,
      address,
    });
  }
  return out;
}

function isOurs(a1: unknown): boolean {
  return typeof a1 === 'string' && TITLES.has(a1.trim());
}

function sourcesOf(scan: SheetScan, ranges: Excel.Range[]): PlanSource[] {
  const name = scan.sheet.name;
  const found: GridTable[] = [];
  const sources: PlanSource[] = [];
  scan.tables.items.forEach((t, i) => {
    const address = localAddress(ranges[i].address);
    const range = parseRange(address);
    if (range) found.push({ name: t.name, range, hasHeaders: t.showHeaders !== false });
    sources.push({ kind: 'table', sheet: name, name: t.name, address });
  });
  tableCache.set(name, { names: tableNames(scan.tables.items), tables: found });
  if (!scan.used.isNullObject) {
    const address = localAddress(scan.used.address);
    const rect = parseRange(address);
    const inside = rect && found.some((t) => contains(t.range, rect));
    if (rect && !inside) sources.push({ kind: 'range', sheet: name, name: null, address });
  }
  return sources;
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}
