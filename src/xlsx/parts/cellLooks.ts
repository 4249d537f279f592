/**
 * How each cell of a SheetSpec looks, as a small number per cell: the spec's number formats, styles
 * and links applied in order, as the Office writer applies them. A summary sheet has tens of
 * thousands of styled cells but only a few dozen distinct looks, so each cell holds the id of its
 * look and each look is built once; a cell passes from look to look through a memo of
 * (look, rule) steps instead of building and comparing a format object per cell.
 */
import { cellRange, type CellRange } from '../../plan';
import type { CellStyle, SheetLayout } from '../../report/sheetSpec';
import type { CellFormat } from './writeStyles';

export const LINK_COLOUR = '0563C1';

export function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

/** One step a range applies to its cells; `bottom` steps differ on a range's bottom row. */
interface Rule {
  apply: (f: CellFormat, bottomRow: boolean) => void;
  bottomMatters: boolean;
}

export interface CellLooks {
  /** Per sheet row (1-based), the look id of each column (1-based); 0 or absent: no look. */
  rows: (Int32Array | undefined)[];
  /** Look id -> format; id 0 is unused. */
  formats: CellFormat[];
}

export function applyStyle(f: CellFormat, style: CellStyle, bottomRow: boolean): void {
  if (style.bold !== undefined) f.bold = style.bold;
  if (style.italic !== undefined) f.italic = style.italic;
  if (style.fontSize !== undefined) f.fontSize = style.fontSize;
  if (style.fontColor) f.fontColor = hex(style.fontColor);
  if (style.fill) f.fill = hex(style.fill);
  if (style.horizontal !== undefined || style.wrap !== undefined) {
    f.vertical = 'top';
    if (style.horizontal) f.horizontal = style.horizontal;
    if (style.wrap !== undefined) f.wrap = style.wrap;
  }
  if (style.border === 'all') f.border = { top: true, bottom: true, left: true, right: true };
  else if (style.border === 'bottom' && bottomRow) f.border = { ...f.border, bottom: true };
}

/** The spec's ranges in the order they apply, each with the id of its rule (same look, same id). */
function rangesOf(spec: SheetLayout): { range: CellRange; ruleKey: string; rule: Rule }[] {
  return [
    ...spec.numberFormats.map((nf) => ({
      range: nf.range,
      ruleKey: `n${nf.format}`,
      rule: { apply: (f: CellFormat) => (f.numberFormat = nf.format), bottomMatters: false },
    })),
    ...spec.styles.map((s) => ({
      range: s.range,
      ruleKey: `s${JSON.stringify(s.style)}`,
      rule: {
        apply: (f: CellFormat, bottom: boolean) => applyStyle(f, s.style, bottom),
        bottomMatters: s.style.border === 'bottom',
      },
    })),
    ...spec.links.map((l) => ({
      range: cellRange(l.cell),
      ruleKey: 'link',
      rule: {
        apply: (f: CellFormat) => Object.assign(f, { fontColor: LINK_COLOUR, underline: true }),
        bottomMatters: false,
      },
    })),
  ];
}

/** Every cell's look id. */
export function cellLooks(spec: SheetLayout): CellLooks {
  const ranges = rangesOf(spec);
  const ruleIds = new Map<string, number>();
  for (const r of ranges) if (!ruleIds.has(r.ruleKey)) ruleIds.set(r.ruleKey, ruleIds.size);
  // A loop, not a spread into Math.max: a sheet of a million findings has a million styled ranges.
  let right = 0;
  for (const r of ranges) if (r.range.right > right) right = r.range.right;
  const width = right + 1;
  const rows: (Int32Array | undefined)[] = [];
  const formats: CellFormat[] = [{}];
  // (look, rule, bottom) -> the look it gives, as one number.
  const steps = new Map<number, number>();
  const step = (look: number, ruleId: number, rule: Rule, bottom: boolean): number => {
    const k = (look * ruleIds.size + ruleId) * 2 + (bottom ? 1 : 0);
    let next = steps.get(k);
    if (next === undefined) {
      const f: CellFormat = { ...formats[look] };
      if (f.border) f.border = { ...f.border };
      rule.apply(f, bottom);
      steps.set(k, (next = formats.push(f) - 1));
    }
    return next;
  };
  ranges.forEach(({ range: box, ruleKey, rule }) => {
    const ruleId = ruleIds.get(ruleKey) as number;
    for (let row = box.top; row <= box.bottom; row++) {
      const looks = (rows[row] ??= new Int32Array(width));
      const bottom = rule.bottomMatters && row === box.bottom;
      for (let col = box.left; col <= box.right; col++)
        looks[col] = step(looks[col], ruleId, rule, bottom);
    }
  });
  return { rows, formats };
}
