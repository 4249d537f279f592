/**
 * Ranges as Office.js documents them: values read with formulas evaluated (a reference to a
 * deleted sheet as #REF!), a string beginning with "=" written to a cell not formatted as text
 * becomes a formula, a merged area holds its value in its top-left cell, a cell without fill reads
 * back as #FFFFFF with pattern None and tintAndShade null, and getMergedAreasOrNullObject fails on
 * a range with more than 512 merged areas. Newer APIs need their requirement set.
 */
import { guard, model, within } from './access';
import { ConditionalFormats, DataValidation } from './formats';
import type { Context } from './context';
import { fail } from './errors';
import {
  cellAt,
  colLetters,
  ensureCell,
  intersects,
  parseAddress,
  rectAddress,
  sheetRef,
  type Cell,
  type FakeValue,
  type Rect,
  type SheetModel,
  type WorkbookModel,
} from './model';
import { Bag, bytes, ClientResult, Proxy } from './proxy';

/** Range.getMergedAreasOrNullObject fails above this many merged areas (Office.js reference). */
export const MERGED_AREAS_LIMIT = 512;
/** Excel refuses to read or write more cells than this in one range. */
const RANGE_CELL_LIMIT = 5_000_000;

/** The value of the formulas the tests write: a reference to one cell ("=Summary!B8"); #REF! once it has lost its sheet. */
function evaluate(m: WorkbookModel, formula: string): FakeValue {
  if (/#REF!/i.test(formula)) return '#REF!';
  const ref = /^=(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!\$?([A-Z]+)\$?(\d+)$/i.exec(formula);
  if (!ref) return formula;
  const name = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : ref[2];
  const sheet = m.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!sheet) return '#REF!';
  const cell = cellAt(sheet, Number(ref[4]), parseAddress(`${ref[3]}1`)?.left ?? 0);
  return cell?.formula ? evaluate(m, cell.formula) : (cell?.v ?? 0);
}

export class Range extends Proxy {
  readonly format: RangeFormat;
  readonly conditionalFormats: ConditionalFormats;
  readonly dataValidation: DataValidation;
  constructor(
    context: Context,
    readonly sheet: () => SheetModel,
    readonly rect: () => Rect
  ) {
    super(context);
    this.format = new RangeFormat(context, this);
    this.conditionalFormats = new ConditionalFormats(context, this);
    this.dataValidation = new DataValidation(context, this);
  }
  localAddress(): string {
    return rectAddress(this.rect());
  }
  protected override read(prop: string): unknown {
    const sheet = this.sheet();
    const r = this.rect();
    switch (prop) {
      case 'address':
        return `${sheetRef(sheet.name)}!${rectAddress(r)}`;
      case 'rowCount':
        return r.bottom - r.top + 1;
      case 'columnCount':
        return r.right - r.left + 1;
      case 'values':
        return this.matrix((c) =>
          c?.formula ? evaluate(model(this.context), c.formula) : (c?.v ?? '')
        );
      case 'numberFormat':
        return this.matrix((c) => c?.nf ?? 'General');
      case 'formulas':
        return this.matrix((c) => c?.formula ?? c?.v ?? '');
      default:
        return super.read(prop);
    }
  }
  matrix<T>(f: (cell: Cell | undefined) => T): T[][] {
    const sheet = this.sheet();
    const r = this.rect();
    if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > RANGE_CELL_LIMIT)
      fail('RangeExceedsLimit', 'The range is too large.');
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(f(cellAt(sheet, row, col)));
      out.push(line);
    }
    return out;
  }
  get address(): string {
    return this.val('address');
  }
  get values(): FakeValue[][] {
    return this.val('values');
  }
  set values(values: FakeValue[][]) {
    this.context.queue(bytes(values), () =>
      this.each(values, 'values', (cell, v) => {
        if (typeof v === 'string' && v.startsWith('=') && cell.nf !== '@') {
          cell.formula = v;
          cell.v = null;
        } else {
          delete cell.formula;
          cell.v = v === '' ? null : (v as FakeValue);
        }
      })
    );
  }
  get numberFormat(): string[][] {
    return this.val('numberFormat');
  }
  set numberFormat(formats: string[][]) {
    this.context.queue(bytes(formats), () =>
      this.each(formats, 'numberFormat', (cell, v) => {
        cell.nf = String(v);
      })
    );
  }
  set hyperlink(link: Cell['link']) {
    this.context.queue(bytes(link), () => {
      this.context.needs('Range.hyperlink');
      const r = this.rect();
      const cell = ensureCell(guard(this.sheet()), r.top, r.left);
      cell.link = { ...link };
      if (link?.textToDisplay !== undefined) {
        delete cell.formula;
        cell.v = link.textToDisplay;
      }
    });
  }
  private each(
    data: unknown[][] | unknown,
    what: string,
    set: (cell: Cell, v: unknown) => void
  ): void {
    const sheet = guard(this.sheet());
    const r = this.rect();
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    const grid = Array.isArray(data) ? (data as unknown[][]) : null;
    if (
      grid &&
      (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols))
    ) {
      fail(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`
      );
    }
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++)
        set(ensureCell(sheet, r.top + i, r.left + j), grid ? grid[i][j] : data);
  }
  getCell(row: number, col: number): Range {
    return new Range(this.context, this.sheet, () => {
      const r = this.rect();
      return { top: r.top + row, left: r.left + col, bottom: r.top + row, right: r.left + col };
    });
  }
  getCellProperties(options: {
    format?: { fill?: Record<string, boolean>; font?: Record<string, boolean> };
  }): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>(this.context);
    this.context.queueRead(bytes(options), () => {
      this.context.needs('Range.getCellProperties');
      const want = options.format?.fill ?? {};
      const value = this.matrix((c) => {
        // No fill reads as white, pattern None and no tint, as Excel reports it.
        const fill: Record<string, unknown> = {};
        if (want.color) fill.color = c?.fill ?? '#FFFFFF';
        if (want.pattern) fill.pattern = c?.fill ? 'Solid' : 'None';
        if (want.tintAndShade) fill.tintAndShade = c?.fill ? 0 : null;
        // The automatic font colour reads as black.
        if (options.format?.font?.color)
          return { format: { fill, font: { color: c?.font ?? '#000000' } } };
        return { format: { fill } };
      });
      result.set(value);
      return bytes(value);
    });
    return result;
  }
  getMergedAreasOrNullObject(): RangeAreas {
    const found = () => {
      const r = this.rect();
      const sheet = this.sheet();
      return sheet.merges
        .filter((m) => intersects(m, r))
        .map((m) => `${sheetRef(sheet.name)}!${rectAddress(m)}`);
    };
    return new RangeAreas(this.context, found).orNull(() => {
      this.context.needs('Range.getMergedAreasOrNullObject');
      if (found().length > MERGED_AREAS_LIMIT)
        fail('GeneralException', 'There are too many merged areas in the range.');
      return found().length === 0;
    });
  }
  /** Clears contents, formats or links, as Range.clear(applyTo) does (default: everything). */
  clear(applyTo: string = 'All'): void {
    this.context.queue(bytes(applyTo), () => {
      const sheet = guard(this.sheet());
      const r = this.rect();
      const all = applyTo === 'All';
      sheet.rows.forEach((row, ri) =>
        row?.forEach((cell, ci) => {
          if (!cell || !intersects(r, { top: ri + 1, bottom: ri + 1, left: ci + 1, right: ci + 1 }))
            return;
          if (all || applyTo === 'Contents') {
            cell.v = null;
            delete cell.formula;
          }
          if (all || applyTo === 'Formats') {
            cell.nf = 'General';
            cell.fill = null;
          }
          if (all || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') delete cell.link;
        })
      );
      if (all || applyTo === 'Formats') {
        sheet.styles = sheet.styles.filter((st) => !within(parseAddress(st.address), r));
        sheet.merges = sheet.merges.filter((m) => !intersects(m, r));
      }
    });
  }
  select(): void {
    this.context.queueRead(0, () => {
      const sheet = this.sheet();
      const m = model(this.context);
      if (m.active !== sheet.name)
        fail('InvalidSelection', 'The range is not on the active sheet.');
      m.selection = `${sheetRef(sheet.name)}!${rectAddress(this.rect())}`;
    });
  }
}

export class RangeAreas extends Proxy {
  constructor(
    context: Context,
    private readonly areas: () => string[]
  ) {
    super(context);
  }
  protected override read(prop: string): unknown {
    if (prop === 'address') return this.areas().join(',') || null;
    if (prop === 'areaCount') return this.areas().length;
    return super.read(prop);
  }
  get address(): string {
    return this.val('address');
  }
}

export class RangeFormat extends Proxy {
  readonly fill: Bag;
  readonly font: Bag;
  readonly borders: { getItem(edge: string): Bag };
  constructor(
    context: Context,
    private readonly range: Range
  ) {
    super(context);
    const style = (property: string, value: unknown) => {
      guard(range.sheet()).styles.push({ address: range.localAddress(), property, value });
    };
    const fillState: Record<string, unknown> = {};
    this.fill = new Bag(
      context,
      () => {
        const r = range.rect();
        fillState.color = cellAt(range.sheet(), r.top, r.left)?.fill ?? '#FFFFFF';
        return fillState;
      },
      ['color'],
      (_, value) => {
        const r = range.rect();
        const sheet = guard(range.sheet());
        if ((r.bottom - r.top + 1) * (r.right - r.left + 1) <= 100_000) {
          for (let row = r.top; row <= r.bottom; row++)
            for (let col = r.left; col <= r.right; col++)
              ensureCell(sheet, row, col).fill = String(value);
        }
        style('fill.color', value);
      }
    );
    this.font = new Bag(
      context,
      () => ({}),
      ['bold', 'italic', 'size', 'color', 'name'],
      (p, v) => style(`font.${p}`, v)
    );
    this.borders = {
      getItem: (edge: string) =>
        new Bag(
          context,
          () => ({}),
          ['style', 'weight', 'color'],
          (p, v) => style(`border.${edge}.${p}`, v)
        ),
    };
  }
  set horizontalAlignment(value: string) {
    this.context.queue(bytes(value), () =>
      guard(this.range.sheet()).styles.push({
        address: this.range.localAddress(),
        property: 'horizontalAlignment',
        value,
      })
    );
  }
  set wrapText(value: boolean) {
    this.context.queue(8, () =>
      guard(this.range.sheet()).styles.push({
        address: this.range.localAddress(),
        property: 'wrapText',
        value,
      })
    );
  }
  set columnWidth(points: number) {
    this.context.queue(8, () => {
      const r = this.range.rect();
      const sheet = guard(this.range.sheet());
      for (let c = r.left; c <= r.right; c++) sheet.columnWidths[colLetters(c)] = points;
    });
  }
}
