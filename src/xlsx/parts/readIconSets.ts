/**
 * A worksheet's icon-set conditional formats, read as the sheet part streams past (they follow the
 * cells), and the icon each cell shows worked out by the engine's evaluator once the cells are in.
 * Both spellings are read: the 2007 `<conditionalFormatting sqref><cfRule type="iconSet"><iconSet>
 * <cfvo type val gte/>` and Excel 2010's extension (`<x14:conditionalFormatting>` with its
 * `<x14:cfvo><xm:f>` values, `<x14:cfIcon>` custom icons and `<xm:sqref>` after the rules).
 */
import {
  type CellIcon,
  type CellRange,
  type CellValue,
  iconCount,
  iconGrid,
  isIconSetName,
  type IconSetRule,
  type IconThreshold,
  type ThresholdType,
} from '../../plan';
import { attr } from '../xml/xml';

const THRESHOLD_TYPES: ReadonlySet<string> = new Set<ThresholdType>([
  'percent',
  'percentile',
  'num',
  'formula',
  'min',
  'max',
]);

const isOn = (v: string | null, byDefault: boolean): boolean =>
  v === null ? byDefault : v === '1' || v === 'true';

/** An icon-set rule being read: its sheet ranges come with its block (before or after it). */
interface Draft {
  set: string;
  thresholds: IconThreshold[];
  reverse: boolean;
  showValue: boolean;
  custom: (Omit<CellIcon, 'iconOnly'> | null)[];
  priority: number;
}

/** "A1:A10 C2:C5" as ranges; parts that are not ranges are left out. */
function rangesOf(sqref: string, parse: (ref: string) => CellRange | null): CellRange[] {
  return sqref
    .split(/\s+/)
    .map((ref) => (ref ? parse(ref) : null))
    .filter((r): r is CellRange => r !== null);
}

/** Collects the icon-set rules of one sheet part; the sheet reader hands on the tags inside a block. */
export class IconSetReader {
  readonly rules: IconSetRule[] = [];
  /** True inside a `conditionalFormatting` block. */
  active = false;
  private sqref = '';
  private drafts: Draft[] = [];
  private draft: Draft | null = null;
  /** Text of `<xm:f>` (a threshold's value) or `<xm:sqref>` being read. */
  private capturing: 'f' | 'sqref' | null = null;
  private captured = '';

  constructor(private readonly parse: (ref: string) => CellRange | null) {}

  open(name: string, source: string, start: number, end: number, selfClosing: boolean): void {
    const tag = () => source.slice(start, end);
    switch (name) {
      case 'conditionalFormatting':
        this.active = !selfClosing;
        this.sqref = attr(tag(), 'sqref') ?? '';
        this.drafts = [];
        break;
      case 'cfRule':
        this.draft = null;
        if (attr(tag(), 'type') === 'iconSet')
          this.draft = {
            set: '3TrafficLights1',
            thresholds: [],
            reverse: false,
            showValue: true,
            custom: [],
            priority: Number(attr(tag(), 'priority') ?? Infinity),
          };
        break;
      case 'iconSet':
        if (this.draft) this.iconSet(tag());
        break;
      case 'cfvo':
        if (this.draft) this.threshold(tag());
        break;
      case 'cfIcon':
        if (this.draft) this.customIcon(tag());
        break;
      case 'f':
      case 'sqref':
        if (!selfClosing) {
          this.capturing = name;
          this.captured = '';
        }
        break;
    }
  }

  private iconSet(tag: string): void {
    const d = this.draft as Draft;
    d.set = attr(tag, 'iconSet') ?? '3TrafficLights1';
    d.reverse = isOn(attr(tag, 'reverse'), false);
    d.showValue = isOn(attr(tag, 'showValue'), true);
  }

  private threshold(tag: string): void {
    (this.draft as Draft).thresholds.push({
      type: (attr(tag, 'type') ?? '') as ThresholdType,
      value: attr(tag, 'val') ?? '',
      gte: isOn(attr(tag, 'gte'), true),
    });
  }

  private customIcon(tag: string): void {
    const set = attr(tag, 'iconSet') ?? '';
    const index = Number(attr(tag, 'iconId'));
    const ok = isIconSetName(set) && Number.isInteger(index) && index >= 0;
    (this.draft as Draft).custom.push(ok ? { set, index } : null);
  }

  close(name: string): void {
    switch (name) {
      case 'f': {
        const t = this.draft?.thresholds;
        if (this.capturing === 'f' && t?.length) t[t.length - 1].value = this.captured.trim();
        this.capturing = null;
        break;
      }
      case 'sqref':
        if (this.capturing === 'sqref') this.sqref = this.captured.trim();
        this.capturing = null;
        break;
      case 'cfRule':
        if (this.draft) this.drafts.push(this.draft);
        this.draft = null;
        break;
      case 'conditionalFormatting':
        this.finish();
        break;
    }
  }

  text(text: string): void {
    if (this.capturing) this.captured += text;
  }

  private finish(): void {
    this.active = false;
    const ranges = rangesOf(this.sqref, this.parse);
    for (const d of this.drafts) {
      const rule = ruleOf(d, ranges);
      if (rule) this.rules.push(rule);
    }
    this.drafts = [];
  }
}

/** A rule the evaluator can use, or null for an unknown set or threshold type. */
function ruleOf(d: Draft, ranges: CellRange[]): IconSetRule | null {
  if (!isIconSetName(d.set) || ranges.length === 0) return null;
  if (d.thresholds.some((t) => !THRESHOLD_TYPES.has(t.type))) return null;
  const set = d.set;
  const custom = d.custom.length === iconCount(set) ? d.custom : undefined;
  const { thresholds, reverse, showValue, priority } = d;
  return { set, thresholds, reverse, showValue, custom, ranges, priority };
}

/**
 * The icons a sheet's rules show over its cells (values[0][0] is A1), with each rule bounded by
 * the used part (a rule over whole columns costs what the cells do). Null when none shows.
 */
export function sheetIcons(
  rules: IconSetRule[],
  values: CellValue[][],
  bound: (range: CellRange) => CellRange | null
): (CellIcon | null)[][] | null {
  if (rules.length === 0) return null;
  const bounded = rules
    .map((r) => ({
      ...r,
      ranges: r.ranges.map(bound).filter((x): x is CellRange => x !== null),
    }))
    .filter((r) => r.ranges.length > 0);
  return iconGrid(bounded, (row, col) => values[row - 1]?.[col - 1] ?? null);
}
