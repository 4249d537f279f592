/**
 * Which icon a conditional-format icon set shows in each cell, by Excel's rules, shared by both
 * adapters (the file reader and Office.js read the rule; this says what it shows):
 *
 * - a rule has one threshold per icon, lowest icon first; the first threshold is not tested (every
 *   number below the second gets the first icon);
 * - a number gets the highest icon whose threshold it reaches: at or above it (`gte`, the default),
 *   or above it when `gte` is false;
 * - a percent threshold is that share of the way from the smallest to the largest number in the
 *   rule's whole range; a percentile is Excel's PERCENTILE.INC of those numbers; a number is itself;
 *   a formula is read when it is a number or one cell of the same sheet ("=$H$2");
 * - only numbers show an icon (text, booleans, errors and empty cells show none);
 * - `reverse` turns the order round (the lowest values get the last icon);
 * - a custom icon set (Excel 2010's) names each position's icon; "no icon" leaves the cell bare.
 */
import { parseA1, type CellIcon, type CellRange, type CellValue, type IconSetName } from '../core';

export type ThresholdType = 'percent' | 'percentile' | 'num' | 'formula' | 'min' | 'max';

export interface IconThreshold {
  type: ThresholdType;
  /** As written: "67", "=67", "$H$2". */
  value: string;
  /** True (the default): a number at the threshold reaches it. */
  gte: boolean;
}

export interface IconSetRule {
  set: IconSetName;
  /** One per icon, the lowest icon's first. */
  thresholds: IconThreshold[];
  reverse: boolean;
  /** False when the rule shows the icon only ("Show Icon Only"). */
  showValue: boolean;
  /** A custom set's icon per position (null: no icon); absent for a plain set. */
  custom?: (Omit<CellIcon, 'iconOnly'> | null)[];
  /** Where the rule applies, already bounded by the used part of the sheet. */
  ranges: CellRange[];
  /** Lower is stronger: where rules overlap, the strongest one's icon shows. */
  priority: number;
}

/** A cell's value by its sheet row and column. */
export type ValueAt = (row: number, col: number) => CellValue;

export interface PlacedIcon {
  row: number;
  col: number;
  icon: CellIcon;
}

/** Every icon set's name, as the file format spells it. */
export const ICON_SET_NAMES: readonly IconSetName[] = [
  '3Arrows',
  '3ArrowsGray',
  '3Flags',
  '3TrafficLights1',
  '3TrafficLights2',
  '3Signs',
  '3Symbols',
  '3Symbols2',
  '3Stars',
  '3Triangles',
  '4Arrows',
  '4ArrowsGray',
  '4RedToBlack',
  '4Rating',
  '4TrafficLights',
  '5Arrows',
  '5ArrowsGray',
  '5Rating',
  '5Quarters',
  '5Boxes',
];
const NAMES: ReadonlySet<string> = new Set(ICON_SET_NAMES);

/** True when the text names an icon set ("3TrafficLights1"). */
export function isIconSetName(text: unknown): text is IconSetName {
  return typeof text === 'string' && NAMES.has(text);
}

/** Icons per set, so a rule whose thresholds are fewer or more than its icons is not read. */
export function iconCount(set: IconSetName): number {
  return Number(set.charAt(0));
}

function numbersIn(ranges: CellRange[], valueAt: ValueAt): number[] {
  const out: number[] = [];
  for (const r of ranges)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const v = valueAt(row, col);
        if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
      }
  return out;
}

/** Excel's PERCENTILE.INC: p (0..100) of sorted numbers, interpolated between ranks. */
export function percentileInc(sorted: number[], p: number): number {
  const k = (Math.max(0, Math.min(100, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(k);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (k - lo) * (sorted[hi] - sorted[lo]);
}

/** A threshold's number written as "67", "=67" or a same-sheet cell ("$H$2"); null otherwise. */
function writtenNumber(value: string, valueAt: ValueAt): number | null {
  const text = value.trim().replace(/^=/, '').trim();
  if (text === '') return null;
  const n = Number(text);
  if (Number.isFinite(n)) return n;
  const cell = parseA1(text);
  const v = cell ? valueAt(cell.row, cell.col) : null;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The threshold as a number on the range's scale; null when it cannot be read. */
function thresholdValue(t: IconThreshold, sorted: number[], valueAt: ValueAt): number | null {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (t.type === 'min') return min;
  if (t.type === 'max') return max;
  const n = writtenNumber(t.value, valueAt);
  if (n === null) return null;
  if (t.type === 'percent') return min + ((max - min) * n) / 100;
  if (t.type === 'percentile') return percentileInc(sorted, n);
  return n;
}

/** Position (0 = the lowest values' icon) of a number among the cut points. */
function positionOf(v: number, cuts: { at: number; gte: boolean }[]): number {
  for (let i = cuts.length - 1; i >= 1; i--) {
    const { at, gte } = cuts[i];
    if (gte ? v >= at : v > at) return i;
  }
  return 0;
}

function iconAt(rule: IconSetRule, position: number): CellIcon | null {
  const n = rule.thresholds.length;
  const p = rule.reverse ? n - 1 - position : position;
  const chosen = rule.custom ? rule.custom[p] : { set: rule.set, index: p };
  if (!chosen) return null;
  return rule.showValue ? { ...chosen } : { ...chosen, iconOnly: true };
}

/**
 * The icons one rule shows, cell by cell. A rule that cannot be read (a threshold that is a
 * formula of other sheets, thresholds that do not match the set) shows none. Total.
 */
export function iconsOfRule(rule: IconSetRule, valueAt: ValueAt): PlacedIcon[] {
  const n = rule.thresholds.length;
  if (n < 2 || n !== iconCount(rule.set) || (rule.custom && rule.custom.length !== n)) return [];
  const sorted = numbersIn(rule.ranges, valueAt).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  // The first icon takes every number below the second threshold: its own is never read.
  const cuts: { at: number; gte: boolean }[] = [{ at: -Infinity, gte: true }];
  for (const t of rule.thresholds.slice(1)) {
    const at = thresholdValue(t, sorted, valueAt);
    if (at === null) return [];
    cuts.push({ at, gte: t.gte });
  }
  const out: PlacedIcon[] = [];
  for (const r of rule.ranges)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const v = valueAt(row, col);
        if (typeof v !== 'number' || !Number.isFinite(v)) continue;
        const icon = iconAt(rule, positionOf(v, cuts));
        if (icon) out.push({ row, col, icon });
      }
  return out;
}

/**
 * The icons of all a sheet's icon-set rules as a sparse grid from (top, left): where rules
 * overlap, the one of lowest priority number shows. Null when no cell shows an icon.
 */
export function iconGrid(
  rules: IconSetRule[],
  valueAt: ValueAt,
  top = 1,
  left = 1
): (CellIcon | null)[][] | null {
  const out: (CellIcon | null)[][] = [];
  let any = false;
  for (const rule of [...rules].sort((a, b) => a.priority - b.priority))
    for (const { row, col, icon } of iconsOfRule(rule, valueAt)) {
      const r = row - top;
      const c = col - left;
      if (r < 0 || c < 0) continue;
      const cells = (out[r] ??= []);
      if (cells[c]) continue;
      cells[c] = icon;
      any = true;
    }
  return any ? out : null;
}
