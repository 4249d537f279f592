/**
 * Worksheets as Office.js documents them: added, renamed, moved, hidden and deleted; a workbook
 * keeps at least one visible sheet; a very hidden sheet is listed but never shown; renaming or
 * deleting a sheet rewrites the names and formulas that point at it, as Excel does. Hiding,
 * renaming and moving a sheet cannot be undone on Windows and Mac, and deleting one nowhere
 * (Microsoft's undo support page).
 */
import { escapeRe, findSheet, guard, model, visibleSheets } from './access';
import { Charts } from './charts';
import type { Context } from './context';
import { fail } from './errors';
import {
  cellAt,
  emptySheet,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  sheetRef,
  usedRect,
  type Rect,
  type SheetModel,
  type TableRecord,
} from './model';
import { PageLayout } from './pageLayout';
import { bytes, Proxy } from './proxy';
import { Range } from './range';

type Visibility = NonNullable<SheetModel['visibility']>;
const VISIBILITIES: Visibility[] = ['Visible', 'Hidden', 'VeryHidden'];

export class Worksheets extends Proxy {
  readonly onActivated = {
    add: (handler: (event: { worksheetId: string }) => Promise<unknown>) => {
      const registration = {
        context: this.context,
        remove: () =>
          this.context.queueRead(
            0,
            () => void this.context.host.activationHandlers.delete(handler)
          ),
      };
      this.context.queueRead(0, () => {
        this.context.needs('Worksheet.onActivated');
        this.context.host.activationHandlers.add(handler);
      });
      return registration;
    },
  };
  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this.context,
      () =>
        findSheet(this.context, model(this.context).active) ??
        fail('ItemNotFound', 'No active sheet.')
    );
  }
  getItem(name: string): Worksheet {
    return new Worksheet(
      this.context,
      () =>
        findSheet(this.context, name) ?? fail('ItemNotFound', `The sheet "${name}" does not exist.`)
    );
  }
  getItemOrNullObject(name: string): Worksheet {
    return this.getItem(name).orNull(() => {
      this.context.needs('WorksheetCollection.getItemOrNullObject');
      return !findSheet(this.context, name);
    });
  }
  add(name: string): Worksheet {
    let created: SheetModel | null = null;
    this.context.queue(bytes(name), () => {
      if (findSheet(this.context, name))
        fail('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
      validName(name);
      created = emptySheet(name);
      model(this.context).sheets.push(created);
    });
    return new Worksheet(
      this.context,
      () => created ?? fail('ItemNotFound', 'The sheet was not added.')
    );
  }
  override loadNow(list: string[]): number {
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = model(this.context).sheets.map((s) => new Worksheet(this.context, () => s));
    this.deliver('items', items);
    return items.reduce((n, w) => n + w.loadNow(itemProps.length ? itemProps : ['name']), 0);
  }
  get items(): Worksheet[] {
    return this.val('items');
  }
}

function validName(name: string): void {
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name))
    fail('InvalidArgument', `"${name}" is not a valid sheet name.`);
}

export class Worksheet extends Proxy {
  readonly tables: Tables;
  readonly charts: Charts;
  readonly freezePanes: { freezeRows(n: number): void; unfreeze(): void };
  readonly pageLayout: PageLayout;
  constructor(
    context: Context,
    readonly resolve: () => SheetModel
  ) {
    super(context);
    this.tables = new Tables(context, resolve);
    this.pageLayout = new PageLayout(context, resolve);
    this.charts = new Charts(context, resolve);
    const freeze = (rows: number) =>
      context.queue(0, () => {
        context.needs('Worksheet.freezePanes');
        resolve().freezeRows = rows;
      });
    this.freezePanes = { freezeRows: freeze, unfreeze: () => freeze(0) };
  }
  protected override read(prop: string): unknown {
    const sheet = this.resolve();
    if (prop === 'name' || prop === 'id') return sheet.name;
    if (prop === 'position') return model(this.context).sheets.indexOf(sheet);
    if (prop === 'tabColor') return sheet.tabColor ?? '';
    if (prop === 'visibility') return sheet.visibility ?? 'Visible';
    return super.read(prop);
  }
  get visibility(): string {
    return this.val('visibility');
  }
  set visibility(value: string) {
    this.context.queue(
      bytes(value),
      () => {
        const sheet = this.resolve();
        if (!VISIBILITIES.includes(value as Visibility))
          fail('InvalidArgument', `"${value}" is not a sheet visibility.`);
        const others = visibleSheets(model(this.context)).filter((s) => s !== sheet);
        if (value !== 'Visible' && others.length === 0)
          fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        sheet.visibility = value as Visibility;
      },
      'not-on-desktop'
    );
  }
  get name(): string {
    return this.val('name');
  }
  set name(name: string) {
    this.context.queue(bytes(name), () => this.rename(name), 'not-on-desktop');
  }
  get position(): number {
    return this.val('position');
  }
  set position(to: number) {
    this.context.queue(
      8,
      () => {
        const sheets = model(this.context).sheets;
        const sheet = this.resolve();
        sheets.splice(sheets.indexOf(sheet), 1);
        sheets.splice(Math.max(0, Math.min(to, sheets.length)), 0, sheet);
      },
      'not-on-desktop'
    );
  }
  set tabColor(color: string) {
    this.context.queue(bytes(color), () => {
      this.context.needs('Worksheet.tabColor');
      guard(this.resolve()).tabColor = color;
    });
  }
  getRange(address?: string): Range {
    // No address: the whole sheet, as Office.js documents.
    const rect =
      address === undefined
        ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS }
        : parseAddress(address);
    if (!rect) fail('InvalidArgument', `"${address}" is not a valid address.`);
    return new Range(this.context, this.resolve, () => rect);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return new Range(
      this.context,
      this.resolve,
      () => usedRect(this.resolve(), !!valuesOnly) ?? fail('ItemNotFound', 'The sheet is empty.')
    ).orNull(() => {
      this.context.needs('Worksheet.getUsedRangeOrNullObject');
      return !usedRect(this.resolve(), !!valuesOnly);
    });
  }
  activate(): void {
    this.context.queueRead(0, () => {
      model(this.context).active = this.resolve().name;
    });
  }
  delete(): void {
    this.context.queue(
      0,
      () => {
        const m = model(this.context);
        const sheet = this.resolve();
        if (visibleSheets(m).every((s) => s === sheet))
          fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        m.sheets.splice(m.sheets.indexOf(sheet), 1);
        repointReferences(m, sheet.name, null);
        if (m.active === sheet.name) m.active = visibleSheets(m)[0].name;
      },
      'no'
    );
  }
  private rename(name: string): void {
    const m = model(this.context);
    const sheet = this.resolve();
    const clash = findSheet(this.context, name);
    if (clash && clash !== sheet)
      fail('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    validName(name);
    const old = sheet.name;
    sheet.name = name;
    repointReferences(m, old, name);
    if (m.active === old) m.active = name;
  }
}

/**
 * Names and formulas that point at a sheet follow it when it is renamed, and lose their reference
 * (#REF!) when it is deleted.
 */
function repointReferences(m: ReturnType<typeof model>, from: string, to: string | null): void {
  const prefix = `${escapeRe(sheetRef(from))}!`;
  const replacement = to === null ? '#REF!' : `${sheetRef(to)}!`;
  const inName = new RegExp(`^=${prefix}`, 'i');
  for (const n of m.names)
    if (inName.test(n.formula))
      n.formula =
        to === null
          ? n.formula.replace(inName, '=#REF!')
          : n.formula.replace(inName, `=${replacement}`);
  const inFormula =
    to === null ? new RegExp(`${prefix}\\$?[A-Z]+\\$?\\d+`, 'gi') : new RegExp(prefix, 'gi');
  for (const other of m.sheets)
    for (const row of other.rows)
      for (const cell of row ?? [])
        if (cell?.formula) cell.formula = cell.formula.replace(inFormula, replacement);
}

/**
 * Tables as Office.js documents them (TableCollection.add, ExcelApi 1.1): made over a range of the
 * sheet, never overlapping another table; with headers, the first row's text names the columns
 * (a blank one is ColumnN, a repeat gets 2, 3, ...); named Table1, Table2, ... until renamed.
 * A name must be unique in the workbook (tables and defined names, any case), start with a letter,
 * "_" or "\\", hold no spaces, and not look like a cell reference.
 */
export class Tables extends Proxy {
  constructor(
    context: Context,
    private readonly sheet: () => SheetModel
  ) {
    super(context);
  }
  add(address: string, hasHeaders: boolean): Table {
    let made: { sheet: SheetModel; table: TableRecord } | null = null;
    this.context.queue(bytes(address), () => {
      const sheet = guard(this.sheet());
      const rect = parseAddress(address.replace(/^.*!/, ''));
      if (!rect) fail('InvalidArgument', `"${address}" is not a valid address.`);
      if (sheet.tables.some((t) => intersects(t.rect, rect)))
        fail('InvalidOperation', 'A table cannot overlap another table.');
      const table: TableRecord = {
        name: freeTableName(model(this.context)),
        rect,
        showHeaders: hasHeaders,
        columns: columnNames(sheet, rect, hasHeaders),
      };
      sheet.tables.push(table);
      made = { sheet, table };
    });
    return new Table(
      this.context,
      () => made?.sheet ?? fail('ItemNotFound', 'The table was not added.'),
      () => made?.table ?? fail('ItemNotFound', 'The table was not added.')
    );
  }
  override loadNow(list: string[]): number {
    const sheet = this.sheet();
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = sheet.tables.map(
      (t) =>
        new Table(
          this.context,
          () => sheet,
          () => t
        )
    );
    this.deliver('items', items);
    return items.reduce((n, t) => n + t.loadNow(itemProps.length ? itemProps : ['name']), 0);
  }
  get items(): Table[] {
    return this.val('items');
  }
}

function allTableNames(m: ReturnType<typeof model>): Set<string> {
  const names = new Set(m.names.map((n) => n.name.toLowerCase()));
  for (const sheet of m.sheets) for (const t of sheet.tables) names.add(t.name.toLowerCase());
  return names;
}

function freeTableName(m: ReturnType<typeof model>): string {
  const taken = allTableNames(m);
  let n = 1;
  while (taken.has(`table${n}`)) n++;
  return `Table${n}`;
}

function columnNames(sheet: SheetModel, rect: Rect, hasHeaders: boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let c = rect.left; c <= rect.right; c++) {
    const i = c - rect.left + 1;
    const v = hasHeaders ? cellAt(sheet, rect.top, c)?.v : null;
    const base = v === null || v === undefined || v === '' ? `Column${i}` : String(v);
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

function validTableName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^R\d*C\d*$/i.test(name)
  );
}

export class Table extends Proxy {
  constructor(
    context: Context,
    private readonly sheet: () => SheetModel,
    private readonly table: () => TableRecord
  ) {
    super(context);
  }
  protected override read(prop: string): unknown {
    const t = this.table();
    if (prop === 'name') return t.name;
    if (prop === 'showHeaders') return t.showHeaders;
    if (prop === 'style') return t.style ?? 'TableStyleMedium2';
    if (prop === 'showBandedRows') {
      this.context.needs('Table.showBandedRows');
      return t.showBandedRows ?? true;
    }
    return super.read(prop);
  }
  get name(): string {
    return this.val('name');
  }
  set name(name: string) {
    this.context.queue(bytes(name), () => {
      const t = this.table();
      guard(this.sheet());
      if (!validTableName(name)) fail('InvalidArgument', `"${name}" is not a valid table name.`);
      const others = allTableNames(model(this.context));
      others.delete(t.name.toLowerCase());
      if (others.has(name.toLowerCase()))
        fail('InvalidArgument', `A table or name called "${name}" already exists.`);
      t.name = name;
    });
  }
  get showHeaders(): boolean {
    return this.val('showHeaders');
  }
  set style(style: string) {
    this.context.queue(bytes(style), () => {
      guard(this.sheet());
      this.table().style = style;
    });
  }
  set showBandedRows(on: boolean) {
    this.context.queue(1, () => {
      this.context.needs('Table.showBandedRows');
      guard(this.sheet());
      this.table().showBandedRows = on;
    });
  }
  getRange(): Range {
    return new Range(this.context, this.sheet, () => this.table().rect);
  }
}
