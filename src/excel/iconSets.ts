/**
 * The icons a plan's icon-set conditional formats show, read through Office.js (ExcelApi 1.6) and
 * worked out by the engine's evaluator, the same one the file reader uses. The formats that touch
 * the plan are loaded with the plan's first sync; only when one is an icon set is there one more
 * sync, for the cells of its range (bounded by the used range: a rule over whole columns costs what
 * the cells do). A rule over several areas (no single range) is not read.
 */
import {
  iconGrid,
  isIconSetName,
  parseRange,
  rangeA1,
  type CellIcon,
  type CellRange,
  type CellValue,
  type Grid,
  type IconSetRule,
  type IconThreshold,
  type ThresholdType,
  maxOf,
} from '../plan';
import { localAddress, toCellValue } from './cells';

/** The formats queued for one plan source, loaded with the next sync. */
export interface IconSetQuery {
  formats: Excel.ConditionalFormatCollection;
  used: Excel.Range;
}

const ICON_SET_PROPS =
  'items/type,items/priority,items/iconSetOrNullObject/style,items/iconSetOrNullObject/reverseIconOrder,items/iconSetOrNullObject/showIconOnly,items/iconSetOrNullObject/criteria';

/** Queues the load of the conditional formats that touch a plan's range. */
export function queueIconSets(
  context: Excel.RequestContext,
  sheet: string,
  rect: CellRange
): IconSetQuery {
  const ws = context.workbook.worksheets.getItem(sheet);
  const formats = ws.getRange(rangeA1(rect)).conditionalFormats;
  formats.load(ICON_SET_PROPS);
  return { formats, used: ws.getUsedRangeOrNullObject(true).load('address') };
}

const THRESHOLD: Record<string, ThresholdType> = {
  Number: 'num',
  Percent: 'percent',
  Percentile: 'percentile',
  Formula: 'formula',
};

/** "ThreeTrafficLights1" -> "3TrafficLights1"; null for a style no file spells. */
function setName(style: unknown): IconSetRule['set'] | null {
  const name =
    typeof style === 'string'
      ? style
          .replace(/^Three/, '3')
          .replace(/^Four/, '4')
          .replace(/^Five/, '5')
      : null;
  return isIconSetName(name) ? name : null;
}

/** A criterion as a threshold; the first is never tested, so it may be left "Invalid". */
function threshold(c: Excel.ConditionalIconCriterion, first: boolean): IconThreshold | null {
  const type = THRESHOLD[c?.type];
  if (!type) return first ? { type: 'num', value: '0', gte: true } : null;
  return { type, value: String(c.formula ?? ''), gte: c.operator !== 'GreaterThan' };
}

function customIcons(
  set: IconSetRule['set'],
  criteria: Excel.ConditionalIconCriterion[]
): IconSetRule['custom'] {
  if (!criteria.some((c) => c?.customIcon)) return undefined;
  return criteria.map((c, index) => {
    const icon = c?.customIcon;
    if (!icon) return { set, index };
    const own = setName(icon.set);
    return own ? { set: own, index: icon.index } : null;
  });
}

/** The rule an icon-set format holds, over `ranges`; null when it cannot be read. */
function ruleOf(cf: Excel.ConditionalFormat, ranges: CellRange[]): IconSetRule | null {
  const icons = cf.iconSetOrNullObject;
  const set = setName(icons.style);
  const criteria = Array.isArray(icons.criteria) ? icons.criteria : [];
  if (!set) return null;
  const thresholds = criteria.map((c, i) => threshold(c, i === 0));
  if (thresholds.some((t) => t === null)) return null;
  return {
    set,
    thresholds: thresholds as IconThreshold[],
    reverse: icons.reverseIconOrder === true,
    showValue: icons.showIconOnly !== true,
    custom: customIcons(set, criteria),
    ranges,
    priority: typeof cf.priority === 'number' ? cf.priority : Infinity,
  };
}

/** The part of `a` inside `b`, or null. */
function intersect(a: CellRange, b: CellRange): CellRange | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

function within(a: CellRange, b: CellRange): boolean {
  return a.top >= b.top && a.left >= b.left && a.bottom <= b.bottom && a.right <= b.right;
}

function gridRect(grid: Grid): CellRange {
  const width = maxOf(
    grid.values.map((r) => r?.length ?? 0),
    1
  );
  return {
    top: grid.top,
    left: grid.left,
    bottom: grid.top + grid.values.length - 1,
    right: grid.left + width - 1,
  };
}

/** One grid's icon-set formats with their ranges queued for loading. */
interface Found {
  grid: Grid;
  sets: Excel.ConditionalFormat[];
  ranges: Excel.Range[];
  used: CellRange;
  rules: IconSetRule[];
}

function iconSetsOf(query: IconSetQuery, grid: Grid): Found | null {
  const sets = query.formats.items.filter(
    (cf) => cf.type === 'IconSet' && !cf.iconSetOrNullObject.isNullObject
  );
  if (sets.length === 0 || query.used.isNullObject) return null;
  const used = parseRange(localAddress(query.used.address));
  if (!used) return null;
  const ranges = sets.map((cf) => cf.getRangeOrNullObject().load('address'));
  return { grid, sets, ranges, used, rules: [] };
}

function rulesOf(found: Found): void {
  found.sets.forEach((cf, i) => {
    const range = found.ranges[i];
    const whole = range.isNullObject ? null : parseRange(localAddress(range.address));
    const rect = whole ? intersect(whole, found.used) : null;
    const rule = rect ? ruleOf(cf, [rect]) : null;
    if (rule) found.rules.push(rule);
  });
}

/**
 * Each grid's icons (null where none shows), from the formats loaded by queueIconSets. One more
 * sync when a format is an icon set (for the ranges of all of them), and one after it only when a
 * range reaches used cells outside its plan (for their values).
 */
export async function iconsOver(
  context: Excel.RequestContext,
  queries: IconSetQuery[],
  grids: Grid[]
): Promise<((CellIcon | null)[][] | null)[]> {
  const found = grids.map((g, i) => iconSetsOf(queries[i], g));
  if (found.every((f) => f === null)) return grids.map(() => null);
  await context.sync();
  for (const f of found) if (f) rulesOf(f);
  const outside = await valuesOutside(context, found);
  return found.map((f, i) => {
    if (!f || f.rules.length === 0) return null;
    const grid = f.grid;
    const extra = outside[i];
    const valueAt = (row: number, col: number): CellValue =>
      extra.get(row * 16_384 + col) ?? grid.values[row - grid.top]?.[col - grid.left] ?? null;
    return iconGrid(f.rules, valueAt, grid.top, grid.left);
  });
}

/** Values of the rules' cells that lie outside their grid (percentages are of the whole range). */
async function valuesOutside(
  context: Excel.RequestContext,
  found: (Found | null)[]
): Promise<Map<number, CellValue>[]> {
  const wanted = found.map((f) => {
    if (!f) return [];
    const inGrid = gridRect(f.grid);
    const sheet = context.workbook.worksheets.getItem(f.grid.sheet);
    return f.rules
      .flatMap((r) => r.ranges)
      .filter((r) => !within(r, inGrid))
      .map((rect) => ({ rect, range: sheet.getRange(rangeA1(rect)).load('values') }));
  });
  if (wanted.some((w) => w.length > 0)) await context.sync();
  return wanted.map((list) => {
    const out = new Map<number, CellValue>();
    for (const { rect, range } of list)
      (range.values as unknown[][]).forEach((row, r) =>
        row.forEach((v, c) => out.set((rect.top + r) * 16_384 + rect.left + c, toCellValue(v)))
      );
    return out;
  });
}
