/**
 * The workbook: its sheets, its names (workbook-scoped, ExcelApi 1.4; a name's formula 1.7), its
 * settings collection (ExcelApi 1.4), its custom XML parts (ExcelApi 1.5), the range the user has
 * selected (getSelectedRange, ExcelApi 1.1: the active cell's sheet, A1 when nothing was
 * selected; several areas selected make it fail), and the application's calculation and screen
 * updating (suspended until the next sync: 1.6 and 1.9).
 */
import { absolute, model } from './access';
import type { Context } from './context';
import { CustomXmlPartCollection } from './customXml';
import { fail } from './errors';
import { parseAddress, sheetRef, splitSheetAddress, type Rect, type SheetModel } from './model';
import { Bag, bytes, Proxy } from './proxy';
import { Range } from './range';
import { Worksheets } from './worksheet';

export class Application extends Proxy {
  suspendApiCalculationUntilNextSync(): void {
    this.context.queueRead(0, () => {
      this.context.needs('Application.suspendApiCalculationUntilNextSync');
      this.context.host.suspended.calculation += 1;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.queueRead(0, () => {
      this.context.needs('Application.suspendScreenUpdatingUntilNextSync');
      this.context.host.suspended.screen += 1;
    });
  }
  calculate(type: string): void {
    this.context.queueRead(bytes(type), () => {
      this.context.host.recalculations.push(type);
    });
  }
}

export class Workbook extends Proxy {
  readonly worksheets: Worksheets;
  readonly names: Names;
  readonly settings: Settings;
  readonly customXmlParts: CustomXmlPartCollection;
  constructor(context: Context) {
    super(context);
    this.worksheets = new Worksheets(context);
    this.names = new Names(context);
    this.settings = new Settings(context);
    this.customXmlParts = new CustomXmlPartCollection(context);
  }
  /** The selection as it is when the request runs (read at sync, like every proxy). */
  getSelectedRange(): Range {
    const where = (): { sheet: SheetModel; rect: Rect } => {
      const m = model(this.context);
      const selection = m.selection ?? `${sheetRef(m.active)}!A1`;
      const { sheet, address } = splitSheetAddress(selection);
      if (address.includes(','))
        fail('InvalidSelection', 'The current selection is not valid for this operation.');
      const found = m.sheets.find((s) => s.name === (sheet ?? m.active));
      const rect = parseAddress(address);
      if (!found || !rect) fail('InvalidSelection', 'The current selection is not valid.');
      return { sheet: found, rect };
    };
    return new Range(
      this.context,
      () => where().sheet,
      () => where().rect
    );
  }
}

type NameRecord = { name: string; formula: string };

export class Names extends Proxy {
  override loadNow(list: string[]): number {
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = model(this.context).names.map((n) => new NamedItem(this.context, () => n));
    this.deliver('items', items);
    return items.reduce((sum, n) => sum + n.loadNow(itemProps.length ? itemProps : ['name']), 0);
  }
  get items(): NamedItem[] {
    return this.val('items');
  }
  getItem(name: string): NamedItem {
    return new NamedItem(
      this.context,
      () =>
        model(this.context).names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ??
        fail('ItemNotFound', `The name "${name}" does not exist.`)
    );
  }
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    let created: NameRecord | null = null;
    this.context.queue(bytes([name, comment]), () => {
      this.context.needs('NamedItemCollection.add');
      const m = model(this.context);
      if (m.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        fail('ItemAlreadyExists', `The name "${name}" already exists.`);
      const formula =
        typeof reference === 'string'
          ? reference
          : `=${sheetRef(reference.sheet().name)}!${absolute(reference.rect())}`;
      created = { name, formula };
      m.names.push(created);
    });
    return new NamedItem(
      this.context,
      () => created ?? fail('ItemNotFound', 'The name was not added.')
    );
  }
}

export class NamedItem extends Proxy {
  constructor(
    context: Context,
    private readonly item: () => NameRecord
  ) {
    super(context);
  }
  protected override read(prop: string): unknown {
    const n = this.item();
    if (prop === 'name') return n.name;
    if (prop === 'formula') {
      this.context.needs('NamedItem.formula');
      return n.formula;
    }
    if (prop === 'type') return 'Range';
    return super.read(prop);
  }
  get name(): string {
    return this.val('name');
  }
  get formula(): string {
    return this.val('formula');
  }
  delete(): void {
    this.context.queue(0, () => {
      const names = model(this.context).names;
      names.splice(names.indexOf(this.item()), 1);
    });
  }
}

/** workbook.settings: values kept in the workbook by key (what Office.js stores is JSON). */
export class Settings extends Proxy {
  getItemOrNullObject(key: string): Bag & { isNullObject: boolean; value: unknown } {
    const store = () => model(this.context).workbookSettings;
    const item = new Bag(
      this.context,
      () => ({ value: store()[key] }),
      ['value'],
      undefined,
      'Workbook.settings'
    ) as Bag & { isNullObject: boolean; value: unknown };
    return item.orNull(() => {
      this.context.needs('Workbook.settings');
      return !(key in store());
    });
  }
  add(key: string, value: unknown): void {
    this.context.queue(bytes(value), () => {
      this.context.needs('Workbook.settings');
      model(this.context).workbookSettings[key] = JSON.parse(JSON.stringify(value ?? null));
    });
  }
}
