/**
 * Conditional formats (ExcelApi 1.6) and data validation (ExcelApi 1.8) on a range, as Office.js
 * describes them: a new icon set is Excel's 3 traffic lights, criteria listed lowest icon first;
 * a format's priority is its place in the sheet's list; a range that already has validation must
 * be cleared before a new rule is set.
 */
import { guard, within } from './access';
import type { Context } from './context';
import { fail } from './errors';
import {
  intersects,
  parseAddress,
  type ConditionalFormatRecord,
  type Rect,
  type SheetModel,
} from './model';
import { Bag, bytes, Proxy } from './proxy';
import { Range } from './range';

export class ConditionalFormats extends Proxy {
  constructor(
    context: Context,
    private readonly range: Range
  ) {
    super(context);
  }
  clearAll(): void {
    this.context.queue(0, () => {
      this.context.needs('Range.conditionalFormats');
      const sheet = guard(this.range.sheet());
      const r = this.range.rect();
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) => !intersects(parseAddress(cf.address) as Rect, r)
      );
    });
  }
  add(type: string): ConditionalFormat {
    let record: ConditionalFormatRecord | null = null;
    this.context.queue(bytes(type), () => {
      this.context.needs('Range.conditionalFormats');
      const sheet = guard(this.range.sheet());
      record = {
        id: ++this.context.host.nextId,
        address: this.range.localAddress(),
        type,
        rule: type === 'IconSet' ? defaultIconSet() : null,
        format: {},
      };
      sheet.conditionalFormats.push(record);
    });
    return new ConditionalFormat(
      this.context,
      this.range.sheet,
      () => record ?? fail('ItemNotFound', 'The conditional format was not added.')
    );
  }
  override loadNow(list: string[]): number {
    this.context.needs('Range.conditionalFormats');
    const sheet = this.range.sheet();
    const r = this.range.rect();
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = sheet.conditionalFormats
      .filter((cf) => intersects(parseAddress(cf.address) as Rect, r))
      .map((cf) => new ConditionalFormat(this.context, this.range.sheet, () => cf));
    this.deliver('items', items);
    return items.reduce((n, cf) => n + cf.loadNow(itemProps.length ? itemProps : ['type']), 0);
  }
  get items(): ConditionalFormat[] {
    return this.val('items');
  }
}

/**
 * A new icon-set format as Excel makes it: 3 traffic lights at 33 and 67 percent. Office.js lists
 * the criteria lowest icon first and ignores the first one's type, formula and operator.
 */
function defaultIconSet(): Record<string, unknown> {
  const percent = (formula: string) => ({
    type: 'Percent',
    operator: 'GreaterThanOrEqual',
    formula,
  });
  return {
    style: 'ThreeTrafficLights1',
    reverseIconOrder: false,
    showIconOnly: false,
    criteria: [{}, percent('=33'), percent('=67')],
  };
}

/** A format's iconSet (or iconSetOrNullObject): a null object when the format is not an icon set. */
export class IconSetFormat extends Bag {
  constructor(
    context: Context,
    private readonly record: () => ConditionalFormatRecord,
    private readonly allowNull: boolean
  ) {
    super(context, () => (record().rule ??= {}), [
      'style',
      'reverseIconOrder',
      'showIconOnly',
      'criteria',
    ]);
  }
  override loadNow(list: string[]): number {
    const isNull = this.record().type !== 'IconSet';
    if (isNull && !this.allowNull)
      fail('InvalidOperation', 'The conditional format is not an icon set.');
    this.deliver('isNullObject', isNull);
    return isNull ? 0 : super.loadNow(list);
  }
  protected override read(prop: string): unknown {
    const v = super.read(prop);
    return Array.isArray(v) ? v.map((c) => ({ ...c })) : v;
  }
}

export class ConditionalFormat extends Proxy {
  readonly iconSet: IconSetFormat;
  readonly iconSetOrNullObject: IconSetFormat;
  readonly custom: { rule: Bag; format: { fill: Bag; font: Bag } };
  readonly cellValue: { format: { fill: Bag; font: Bag } } & { rule: Record<string, unknown> };
  constructor(
    context: Context,
    private readonly sheet: () => SheetModel,
    private readonly record: () => ConditionalFormatRecord
  ) {
    super(context);
    this.iconSet = new IconSetFormat(context, record, false);
    this.iconSetOrNullObject = new IconSetFormat(context, record, true);
    const rule = () => (this.record().rule ??= {});
    const fmt = (part: string) => () =>
      (this.record().format[part] ??= {}) as Record<string, unknown>;
    this.custom = {
      rule: new Bag(context, rule, ['formula']),
      format: {
        fill: new Bag(context, fmt('fill'), ['color']),
        font: new Bag(context, fmt('font'), ['color', 'bold']),
      },
    };
    const cellValue = {
      format: {
        fill: new Bag(context, fmt('fill'), ['color']),
        font: new Bag(context, fmt('font'), ['color', 'bold']),
      },
    };
    Object.defineProperty(cellValue, 'rule', {
      set: (value: Record<string, unknown>) =>
        context.queue(bytes(value), () => {
          this.record().rule = { ...value };
        }),
    });
    this.cellValue = cellValue as ConditionalFormat['cellValue'];
  }
  protected override read(prop: string): unknown {
    if (prop === 'type') return this.record().type;
    if (prop === 'id') return String(this.record().id);
    // Its place in the sheet's list: 0 is the highest priority.
    if (prop === 'priority') return guard(this.sheet()).conditionalFormats.indexOf(this.record());
    return super.read(prop);
  }
  get type(): string {
    return this.val('type');
  }
  get priority(): number {
    return this.val('priority');
  }
  /** The range the format applies to; a null object when it applies to several areas. */
  getRangeOrNullObject(): Range {
    const areas = () =>
      this.record()
        .address.split(/[,\s]+/)
        .filter(Boolean);
    return new Range(
      this.context,
      this.sheet,
      () => parseAddress(areas()[0] ?? '') ?? fail('ItemNotFound', 'No single range.')
    ).orNull(() => areas().length !== 1);
  }
  delete(): void {
    this.context.queue(0, () => {
      const list = guard(this.sheet()).conditionalFormats;
      const i = list.indexOf(this.record());
      if (i >= 0) list.splice(i, 1);
    });
  }
}

/** DataValidationType for a rule, as Office.js names the kinds: the rule's one key says which. */
const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

function typeOf(rule: Record<string, unknown>): string {
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
  return kinds.length === 1 ? (RULE_TYPES[kinds[0]] ?? 'Custom') : 'MixedCriteria';
}

export class DataValidation extends Proxy {
  constructor(
    context: Context,
    private readonly range: Range
  ) {
    super(context);
  }
  private overlapping() {
    this.context.needs('Range.dataValidation');
    const r = this.range.rect();
    return this.range
      .sheet()
      .validations.filter((v) => intersects(parseAddress(v.address) as Rect, r));
  }
  protected override read(prop: string): unknown {
    const found = this.overlapping();
    const r = this.range.rect();
    // One validation covering the whole range is that range's validation; anything else is mixed.
    const exact = found.length === 1 && within(r, parseAddress(found[0].address)) ? found[0] : null;
    if (prop === 'type')
      return found.length === 0 ? 'None' : exact ? typeOf(exact.rule) : 'Inconsistent';
    if (prop === 'rule') return exact ? exact.rule : {};
    if (prop === 'errorAlert') return exact?.errorAlert ?? {};
    if (prop === 'prompt') return exact?.prompt ?? {};
    return super.read(prop);
  }
  get errorAlert(): Record<string, unknown> {
    return this.val('errorAlert');
  }
  get type(): string {
    return this.val('type');
  }
  get rule(): Record<string, { source?: string }> {
    return this.val('rule');
  }
  set rule(rule: Record<string, unknown>) {
    this.context.queue(bytes(rule), () => {
      const sheet = guard(this.range.sheet());
      if (this.overlapping().length > 0)
        fail('InvalidOperation', 'The range already has data validation; clear it first.');
      sheet.validations.push({ address: this.range.localAddress(), rule: { ...rule } });
    });
  }
  get prompt(): Record<string, unknown> {
    return this.val('prompt');
  }
  /** The input message (DataValidationPrompt): shown as a cell of the range is selected. */
  set prompt(prompt: Record<string, unknown>) {
    this.context.queue(bytes(prompt), () => {
      for (const v of this.overlapping()) v.prompt = { ...prompt };
    });
  }
  set errorAlert(alert: Record<string, unknown>) {
    this.context.queue(bytes(alert), () => {
      for (const v of this.overlapping()) v.errorAlert = { ...alert };
    });
  }
  clear(): void {
    this.context.queue(0, () => {
      const sheet = guard(this.range.sheet());
      const drop = new Set(this.overlapping());
      sheet.validations = sheet.validations.filter((v) => !drop.has(v));
    });
  }
}
