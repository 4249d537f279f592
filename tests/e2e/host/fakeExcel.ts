/**
 * An in-memory Excel host for browser tests and jest: exactly the Office.js surface the adapter
 * (src/excel) uses, with Office's batching rules. Commands are queued and run in order on
 * context.sync(); a property read before it was loaded and synced throws as Office does; a sync
 * whose request or response passes 5 MB fails as Excel on the web does; a string beginning with
 * "=" written to a cell not formatted as text becomes a formula. What Excel documents, not what is
 * convenient: a cell without fill reads back as #FFFFFF with pattern None and tintAndShade null; a
 * merged area holds its value in the top-left cell only; getMergedAreasOrNullObject fails on a
 * range with more than 512 merged areas; a formula to another sheet turns to #REF! when that sheet
 * is deleted. No Node APIs: bundles for the browser.
 */
import {
  cellAt,
  colLetters,
  emptySheet,
  ensureCell,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  modelFromJson,
  parseAddress,
  rectAddress,
  sheetRef,
  usedRect,
  type Cell,
  type ChartRecord,
  type ConditionalFormatRecord,
  type FakeValue,
  type Rect,
  type SheetModel,
  type WorkbookJson,
  type WorkbookModel,
} from './model';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Range.getMergedAreasOrNullObject fails above this many merged areas (Office.js reference). */
export const MERGED_AREAS_LIMIT = 512;

/** What Office.js throws: an Error with a string code. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

function fail(code: string, message: string): never {
  throw new FakeOfficeError(code, message);
}

function bytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

export interface HostOptions {
  /** Highest ExcelApi requirement set the host claims (default "1.17"). */
  apiVersion?: string;
  /** False: no Office.context.document.settings, so workbook.settings is used. */
  documentSettings?: boolean;
  /** How Excel.run({ mergeUndoGroup }) behaves: grouped, or UndoNotSupported thrown at the first sync. */
  undoGrouping?: 'supported' | 'unsupported';
}

interface Op {
  request: number;
  run: () => number;
}

class Context {
  private ops: Op[] = [];
  private undoCounted = false;
  readonly workbook: Workbook;
  readonly application: Application;
  constructor(
    readonly host: FakeExcelHost,
    readonly delayForCellEdit: boolean,
    readonly mergeUndoGroup: boolean = false
  ) {
    this.workbook = new Workbook(this);
    this.application = new Application(this);
  }
  queue(request: number, run: () => number | void): void {
    this.ops.push({ request: request + 150, run: () => run() ?? 0 });
  }
  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    await Promise.resolve();
    this.host.syncCount += 1;
    const request = ops.reduce((n, op) => n + op.request, 0);
    const injected = this.host.failures.shift();
    if (injected) fail(injected.code, injected.message);
    if (this.host.cellEditMode && !this.delayForCellEdit)
      fail('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    if (this.mergeUndoGroup && this.host.options.undoGrouping === 'unsupported')
      fail('UndoNotSupported', 'The operation cannot be grouped into one undo step.');
    if (request > PAYLOAD_LIMIT)
      fail('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    let response = 0;
    for (const op of ops) response += op.run();
    // One undo record per sync, or one for the whole Excel.run when grouped.
    if (ops.length > 0 && !(this.mergeUndoGroup && this.undoCounted)) this.host.undoSteps += 1;
    if (this.mergeUndoGroup && ops.length > 0) this.undoCounted = true;
    this.host.requests.push({ request, response });
    if (response > PAYLOAD_LIMIT)
      fail('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
  }
}

/** Base of every proxy: load() queues a read of the model; reading a property needs load + sync first. */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(readonly context: Context) {}

  protected val<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      fail(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
    return this.loaded.get(prop) as T;
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    const list = propList(props);
    this.context.queue(0, () => this.loadNow(list));
    return this;
  }

  /** Loads properties now (inside a sync); returns the response bytes. */
  loadNow(list: string[]): number {
    let total = 0;
    const nested = new Map<string, string[]>();
    for (const p of list) {
      const [head, ...rest] = p.split('/');
      if (rest.length > 0) nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
      else {
        const v = this.read(head);
        this.loaded.set(head, v);
        total += bytes(v);
      }
    }
    for (const [head, rest] of nested) total += this.loadNested(head, rest);
    return total;
  }

  protected loadNested(head: string, rest: string[]): number {
    const nav = (this as unknown as Record<string, unknown>)[head];
    if (!(nav instanceof Proxy))
      fail('InvalidArgument', `Cannot load '${head}/${rest.join(',')}'.`);
    return nav.loadNow(rest);
  }

  protected read(prop: string): unknown {
    fail('InvalidArgument', `The property '${prop}' cannot be loaded in this fake host.`);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function propList(props?: string | string[] | Record<string, unknown>): string[] {
  if (props === undefined) return [];
  if (typeof props === 'string')
    return props
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => propList(p));
  const out: string[] = [];
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (v === true) out.push(prefix + k);
      else if (typeof v === 'object' && v !== null)
        walk(v as Record<string, unknown>, `${prefix}${k}/`);
    }
  };
  walk(props, '');
  return out;
}

/** A proxy over a plain record: listed properties are readable after load and settable (queued). */
class Bag extends Proxy {
  constructor(
    context: Context,
    private readonly target: () => Record<string, unknown>,
    props: string[],
    private readonly onSet: (prop: string, value: unknown) => void = () => undefined
  ) {
    super(context);
    for (const prop of props) {
      Object.defineProperty(this, prop, {
        get: () => this.val(prop),
        set: (value: unknown) =>
          this.context.queue(bytes(value), () => {
            this.target()[prop] = value;
            this.onSet(prop, value);
          }),
      });
    }
  }
  protected override read(prop: string): unknown {
    return this.target()[prop] ?? null;
  }
}

class ClientResult<T> {
  private done = false;
  private v: T | undefined;
  set(value: T): void {
    this.v = value;
    this.done = true;
  }
  get value(): T {
    if (!this.done)
      fail(
        'PropertyNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    return this.v as T;
  }
}

class Application extends Proxy {
  suspendApiCalculationUntilNextSync(): void {
    this.context.queue(0, () => {
      this.context.host.suspended.calculation += 1;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.queue(0, () => {
      this.context.host.suspended.screen += 1;
    });
  }
  calculate(type: string): void {
    this.context.queue(bytes(type), () => {
      this.context.host.recalculations.push(type);
    });
  }
}

class Workbook extends Proxy {
  readonly worksheets: Worksheets;
  readonly names: Names;
  readonly settings: Settings;
  constructor(context: Context) {
    super(context);
    this.worksheets = new Worksheets(context);
    this.names = new Names(context);
    this.settings = new Settings(context);
  }
}

function model(context: Context): WorkbookModel {
  return context.host.model;
}

function findSheet(context: Context, name: string): SheetModel | undefined {
  return model(context).sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function guard(sheet: SheetModel): SheetModel {
  if (sheet.protected)
    fail('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
  return sheet;
}

class Worksheets extends Proxy {
  readonly onActivated = {
    add: (handler: (event: { worksheetId: string }) => Promise<unknown>) => {
      const registration = {
        context: this.context,
        remove: () =>
          this.context.queue(0, () => void this.context.host.activationHandlers.delete(handler)),
      };
      this.context.queue(0, () => void this.context.host.activationHandlers.add(handler));
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
    const ws = new Worksheet(
      this.context,
      () =>
        findSheet(this.context, name) ?? fail('ItemNotFound', `The sheet "${name}" does not exist.`)
    );
    this.context.queue(0, () => ws.setNull(!findSheet(this.context, name)));
    return ws;
  }
  add(name: string): Worksheet {
    let created: SheetModel | null = null;
    this.context.queue(bytes(name), () => {
      if (findSheet(this.context, name))
        fail('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
      if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name))
        fail('InvalidArgument', `"${name}" is not a valid sheet name.`);
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
    this.loaded.set('items', items);
    return items.reduce((n, w) => n + w.loadNow(itemProps.length ? itemProps : ['name']), 0);
  }
  get items(): Worksheet[] {
    return this.val('items');
  }
}

class Worksheet extends Proxy {
  readonly tables: Tables;
  readonly charts: Charts;
  readonly freezePanes: { freezeRows(n: number): void; unfreeze(): void };
  constructor(
    context: Context,
    readonly resolve: () => SheetModel
  ) {
    super(context);
    this.tables = new Tables(context, resolve);
    this.charts = new Charts(context, resolve);
    this.freezePanes = {
      freezeRows: (n: number) =>
        context.queue(0, () => {
          resolve().freezeRows = n;
        }),
      unfreeze: () =>
        context.queue(0, () => {
          resolve().freezeRows = 0;
        }),
    };
  }
  setNull(isNull: boolean): void {
    this.loaded.set('isNullObject', isNull);
  }
  get isNullObject(): boolean {
    return this.val('isNullObject');
  }
  protected override read(prop: string): unknown {
    const sheet = this.resolve();
    if (prop === 'name') return sheet.name;
    if (prop === 'position') return model(this.context).sheets.indexOf(sheet);
    if (prop === 'tabColor') return sheet.tabColor ?? '';
    if (prop === 'visibility') return sheet.visibility ?? 'Visible';
    return super.read(prop);
  }
  get visibility(): string {
    return this.val('visibility');
  }
  set visibility(value: string) {
    this.context.queue(bytes(value), () => {
      this.resolve().visibility = value as SheetModel['visibility'];
    });
  }
  get name(): string {
    return this.val('name');
  }
  /** Renaming a sheet, as Excel does: refused when another sheet has the name; names and formulas that point at it follow it. */
  set name(name: string) {
    this.context.queue(bytes(name), () => {
      const m = model(this.context);
      const sheet = this.resolve();
      if (m.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase()))
        fail('InvalidArgument', 'That name is already taken. Try a different one.');
      const ref = new RegExp(`${escapeRe(sheetRef(sheet.name))}!`, 'gi');
      const to = `${sheetRef(name)}!`;
      for (const n of m.names) n.formula = n.formula.replace(ref, to);
      for (const other of m.sheets)
        for (const row of other.rows)
          for (const cell of row ?? [])
            if (cell?.formula) cell.formula = cell.formula.replace(ref, to);
      if (m.active === sheet.name) m.active = name;
      sheet.name = name;
    });
  }
  get position(): number {
    return this.val('position');
  }
  set position(to: number) {
    this.context.queue(8, () => {
      const sheets = model(this.context).sheets;
      const sheet = this.resolve();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(to, sheets.length)), 0, sheet);
    });
  }
  set tabColor(color: string) {
    this.context.queue(bytes(color), () => {
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
    const range = new Range(
      this.context,
      this.resolve,
      () => usedRect(this.resolve(), !!valuesOnly) ?? fail('ItemNotFound', 'The sheet is empty.')
    );
    this.context.queue(0, () => range.setNull(!usedRect(this.resolve(), !!valuesOnly)));
    return range;
  }
  activate(): void {
    this.context.queue(0, () => {
      model(this.context).active = this.resolve().name;
    });
  }
  delete(): void {
    this.context.queue(0, () => {
      const m = model(this.context);
      const sheet = this.resolve();
      if (m.sheets.length <= 1)
        fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      m.sheets.splice(m.sheets.indexOf(sheet), 1);
      const ref = new RegExp(`^=${escapeRe(sheetRef(sheet.name))}!`, 'i');
      for (const n of m.names)
        if (ref.test(n.formula)) n.formula = n.formula.replace(ref, '=#REF!');
      // Formulas on other sheets that point at the deleted one lose their reference.
      const inFormula = new RegExp(`${escapeRe(sheetRef(sheet.name))}!\\$?[A-Z]+\\$?\\d+`, 'gi');
      for (const other of m.sheets)
        for (const row of other.rows)
          for (const cell of row ?? [])
            if (cell?.formula) cell.formula = cell.formula.replace(inFormula, '#REF!');
      if (m.active === sheet.name) m.active = m.sheets[0].name;
    });
  }
}

/** True when rectangle `inner` lies inside `outer`. */
function within(inner: Rect | null, outer: Rect | null): boolean {
  return (
    !!inner &&
    !!outer &&
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.bottom <= outer.bottom &&
    inner.right <= outer.right
  );
}

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

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

class Tables extends Proxy {
  constructor(
    context: Context,
    private readonly sheet: () => SheetModel
  ) {
    super(context);
  }
  override loadNow(list: string[]): number {
    const sheet = this.sheet();
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = sheet.tables.map((t) => new Table(this.context, sheet, t));
    this.loaded.set('items', items);
    return items.reduce((n, t) => n + t.loadNow(itemProps.length ? itemProps : ['name']), 0);
  }
  get items(): Table[] {
    return this.val('items');
  }
}

class Table extends Proxy {
  constructor(
    context: Context,
    private readonly sheet: SheetModel,
    private readonly table: SheetModel['tables'][number]
  ) {
    super(context);
  }
  protected override read(prop: string): unknown {
    if (prop === 'name') return this.table.name;
    if (prop === 'showHeaders') return this.table.showHeaders;
    return super.read(prop);
  }
  get name(): string {
    return this.val('name');
  }
  get showHeaders(): boolean {
    return this.val('showHeaders');
  }
  getRange(): Range {
    return new Range(
      this.context,
      () => this.sheet,
      () => this.table.rect
    );
  }
}

class Range extends Proxy {
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
  setNull(isNull: boolean): void {
    this.loaded.set('isNullObject', isNull);
  }
  get isNullObject(): boolean {
    return this.val('isNullObject');
  }
  /** A null object loads nothing (its properties other than isNullObject are not there). */
  override loadNow(list: string[]): number {
    return this.loaded.get('isNullObject') === true ? 0 : super.loadNow(list);
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
    if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 5_000_000)
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
    const result = new ClientResult<unknown[][]>();
    this.context.queue(bytes(options), () => {
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
    const areas = new RangeAreas(this.context, found);
    this.context.queue(0, () => {
      if (found().length > MERGED_AREAS_LIMIT)
        fail('GeneralException', 'There are too many merged areas in the range.');
      areas.refresh();
    });
    return areas;
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
    this.context.queue(0, () => {
      const sheet = this.sheet();
      const m = model(this.context);
      if (m.active !== sheet.name)
        fail('InvalidSelection', 'The range is not on the active sheet.');
      m.selection = `${sheetRef(sheet.name)}!${rectAddress(this.rect())}`;
    });
  }
}

class RangeAreas extends Proxy {
  constructor(
    context: Context,
    private readonly areas: () => string[]
  ) {
    super(context);
  }
  refresh(): void {
    this.loaded.set('isNullObject', this.areas().length === 0);
  }
  protected override read(prop: string): unknown {
    if (prop === 'address') return this.areas().join(',') || null;
    if (prop === 'areaCount') return this.areas().length;
    return super.read(prop);
  }
  get isNullObject(): boolean {
    return this.val('isNullObject');
  }
  get address(): string {
    return this.val('address');
  }
}

class RangeFormat extends Proxy {
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

class ConditionalFormats extends Proxy {
  constructor(
    context: Context,
    private readonly range: Range
  ) {
    super(context);
  }
  clearAll(): void {
    this.context.queue(0, () => {
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
    const sheet = this.range.sheet();
    const r = this.range.rect();
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = sheet.conditionalFormats
      .filter((cf) => intersects(parseAddress(cf.address) as Rect, r))
      .map((cf) => new ConditionalFormat(this.context, this.range.sheet, () => cf));
    this.loaded.set('items', items);
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
class IconSetFormat extends Bag {
  constructor(
    context: Context,
    private readonly record: () => ConditionalFormatRecord,
    private readonly orNull: boolean
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
    if (isNull && !this.orNull)
      fail('InvalidOperation', 'The conditional format is not an icon set.');
    this.loaded.set('isNullObject', isNull);
    return isNull ? 0 : super.loadNow(list);
  }
  protected override read(prop: string): unknown {
    const v = super.read(prop);
    return Array.isArray(v) ? v.map((c) => ({ ...c })) : v;
  }
  get isNullObject(): boolean {
    return this.val('isNullObject');
  }
}

class ConditionalFormat extends Proxy {
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
    const range = new Range(
      this.context,
      this.sheet,
      () => parseAddress(areas()[0] ?? '') ?? fail('ItemNotFound', 'No single range.')
    );
    this.context.queue(0, () => range.setNull(areas().length !== 1));
    return range;
  }
  delete(): void {
    this.context.queue(0, () => {
      const list = guard(this.sheet()).conditionalFormats;
      const i = list.indexOf(this.record());
      if (i >= 0) list.splice(i, 1);
    });
  }
}

class DataValidation extends Proxy {
  constructor(
    context: Context,
    private readonly range: Range
  ) {
    super(context);
  }
  private overlapping() {
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
      return found.length === 0
        ? 'None'
        : exact
          ? exact.rule.list
            ? 'List'
            : 'Custom'
          : 'Inconsistent';
    if (prop === 'rule') return exact ? exact.rule : {};
    if (prop === 'errorAlert') return exact?.errorAlert ?? {};
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

class Charts extends Proxy {
  constructor(
    context: Context,
    private readonly sheet: () => SheetModel
  ) {
    super(context);
  }
  add(type: string, source: Range, seriesBy?: string): Chart {
    let record: ChartRecord | null = null;
    this.context.queue(bytes(type) + 40, () => {
      record = {
        name: `Chart ${++this.context.host.nextId}`,
        type,
        source: source.localAddress(),
        seriesBy,
        title: null,
        from: null,
        to: null,
        seriesColors: [],
        pointColors: [],
      };
      guard(this.sheet()).charts.push(record);
    });
    return new Chart(
      this.context,
      () => record ?? fail('ItemNotFound', 'The chart was not added.')
    );
  }
  override loadNow(list: string[]): number {
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = this.sheet().charts.map((c) => new Chart(this.context, () => c, this.sheet));
    this.loaded.set('items', items);
    return items.reduce((n, c) => n + c.loadNow(itemProps.length ? itemProps : ['name']), 0);
  }
  get items(): Chart[] {
    return this.val('items');
  }
}

class Chart extends Proxy {
  readonly title: Bag;
  readonly axes: { valueAxis: { title: Bag; numberFormat: string } };
  readonly series: {
    getItemAt(i: number): {
      format: { fill: { setSolidColor(c: string): void } };
      points: { getItemAt(j: number): { format: { fill: { setSolidColor(c: string): void } } } };
    };
  };
  constructor(
    context: Context,
    private readonly record: () => ChartRecord,
    private readonly sheet?: () => SheetModel
  ) {
    super(context);
    this.title = new Bag(
      context,
      () => ({ text: this.record().title }),
      ['text'],
      (_, v) => {
        this.record().title = String(v);
      }
    );
    const colour = (list: () => (string | null)[], i: number) => ({
      format: {
        fill: { setSolidColor: (c: string) => context.queue(bytes(c), () => void (list()[i] = c)) },
      },
    });
    const axis = () => (this.record().valueAxis ??= { title: null, numberFormat: null });
    const chartRecord = this.record;
    this.axes = {
      valueAxis: {
        title: new Bag(
          context,
          () => ({ text: axis().title }),
          ['text'],
          (_, v) => void (axis().title = String(v))
        ),
        set numberFormat(format: string) {
          context.queue(bytes(format), () => void (axis().numberFormat = format));
        },
        get numberFormat(): string {
          return chartRecord().valueAxis?.numberFormat ?? 'General';
        },
      },
    };
    this.series = {
      getItemAt: (i: number) => ({
        ...colour(() => this.record().seriesColors, i),
        points: { getItemAt: (j: number) => colour(() => this.record().pointColors, j) },
      }),
    };
  }
  set name(name: string) {
    this.context.queue(bytes(name), () => {
      this.record().name = name;
    });
  }
  protected override read(prop: string): unknown {
    if (prop === 'name') return this.record().name;
    return super.read(prop);
  }
  delete(): void {
    this.context.queue(0, () => {
      const charts = guard(
        this.sheet?.() ?? fail('InvalidOperation', 'The chart has no sheet.')
      ).charts;
      charts.splice(charts.indexOf(this.record()), 1);
    });
  }
  setPosition(from: string, to?: string): void {
    this.context.queue(20, () => {
      this.record().from = from;
      this.record().to = to ?? null;
    });
  }
}

class Names extends Proxy {
  override loadNow(list: string[]): number {
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = model(this.context).names.map((n) => new NamedItem(this.context, () => n));
    this.loaded.set('items', items);
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
    let created: { name: string; formula: string } | null = null;
    this.context.queue(bytes([name, comment]), () => {
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

function absolute(r: Rect): string {
  const cell = (row: number, col: number) => `$${colLetters(col)}$${row}`;
  return r.top === r.bottom && r.left === r.right
    ? cell(r.top, r.left)
    : `${cell(r.top, r.left)}:${cell(r.bottom, r.right)}`;
}

class NamedItem extends Proxy {
  constructor(
    context: Context,
    private readonly item: () => { name: string; formula: string }
  ) {
    super(context);
  }
  protected override read(prop: string): unknown {
    const n = this.item();
    if (prop === 'name') return n.name;
    if (prop === 'formula') return n.formula;
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

class Settings extends Proxy {
  getItemOrNullObject(key: string): Bag & { isNullObject: boolean; value: unknown } {
    const store = () => model(this.context).workbookSettings;
    const item = new Bag(this.context, () => ({ value: store()[key] }), ['value']) as Bag & {
      isNullObject: boolean;
      value: unknown;
    };
    let isNull = true;
    this.context.queue(0, () => {
      isNull = !(key in store());
    });
    Object.defineProperty(item, 'isNullObject', { get: () => isNull });
    return item;
  }
  add(key: string, value: unknown): void {
    this.context.queue(bytes(value), () => {
      model(this.context).workbookSettings[key] = value;
    });
  }
}

/** The host: install() puts Excel and Office on globalThis; tests inspect it through this object. */
export class FakeExcelHost {
  model: WorkbookModel;
  syncCount = 0;
  /** Bytes of every sync's request and response, in order. */
  requests: { request: number; response: number }[] = [];
  suspended = { calculation: 0, screen: 0 };
  /** Failures the next syncs throw, in order (to test error handling). */
  failures: { code: string; message: string }[] = [];
  /** While true, a batch without delayForCellEdit fails as Excel does in cell-edit mode. */
  cellEditMode = false;
  nextId = 0;
  /** Entries the user's undo list would show: one per sync, or one per grouped Excel.run. */
  undoSteps = 0;
  /** Each application.calculate() call, by type. */
  recalculations: string[] = [];
  /** Handlers registered with worksheets.onActivated. */
  activationHandlers = new Set<(event: { worksheetId: string }) => Promise<unknown>>();
  readonly options: Required<HostOptions>;

  constructor(json: WorkbookJson, options: HostOptions = {}) {
    this.model = modelFromJson(json);
    // Ids go on from the conditional formats the workbook came with.
    for (const sheet of this.model.sheets)
      for (const cf of sheet.conditionalFormats) this.nextId = Math.max(this.nextId, cf.id);
    this.options = {
      apiVersion: options.apiVersion ?? '1.17',
      documentSettings: options.documentSettings ?? true,
      undoGrouping: options.undoGrouping ?? 'supported',
    };
  }

  /** The user clicks another sheet's tab: it becomes active and onActivated handlers run. */
  async activateSheet(name: string): Promise<void> {
    this.model.active = name;
    for (const handler of this.activationHandlers) await handler({ worksheetId: name });
  }

  get selection(): string | null {
    return this.model.selection;
  }

  get activeSheet(): string {
    return this.model.active;
  }

  resetCounts(): void {
    this.syncCount = 0;
    this.requests = [];
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== 'ExcelApi') return false;
    const [maj, min] = (version ?? '1.1').split('.').map(Number);
    const [hmaj, hmin] = this.options.apiVersion.split('.').map(Number);
    return maj < hmaj || (maj === hmaj && (min || 0) <= hmin);
  }

  /** Excel.run, with a fresh request context per batch. */
  async run<T>(optionsOrBatch: unknown, maybeBatch?: (context: Context) => Promise<T>): Promise<T> {
    const batch = (typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch) as (
      context: Context
    ) => Promise<T>;
    const options = (
      typeof optionsOrBatch === 'object' && optionsOrBatch !== null ? optionsOrBatch : {}
    ) as { delayForCellEdit?: boolean; mergeUndoGroup?: boolean };
    const delay = !!options.delayForCellEdit && this.isSetSupported('ExcelApi', '1.11');
    // Commands queued after the last sync are dropped, so an adapter that forgets to sync shows it.
    return batch(new Context(this, delay, !!options.mergeUndoGroup));
  }

  /** The globals an add-in sees. */
  globals(): { Excel: unknown; Office: unknown } {
    const model = () => this.model;
    const run = (a: unknown, b?: (context: Context) => Promise<unknown>) => this.run(a, b);
    const isSetSupported = (name: string, version?: string) => this.isSetSupported(name, version);
    const documentSettings = {
      get: (key: string) => model().settings[key] ?? null,
      set: (key: string, value: unknown) => {
        model().settings[key] = value;
      },
      remove: (key: string) => {
        delete model().settings[key];
      },
      // Another part of the add-in (or another user) may have saved since this copy was taken.
      refreshAsync: (cb?: (r: { status: string }) => void) => {
        setTimeout(() => {
          model().settings = JSON.parse(JSON.stringify(model().savedSettings));
          cb?.({ status: 'succeeded' });
        }, 0);
      },
      saveAsync: (cb?: (r: { status: string; error?: { message: string } }) => void) => {
        setTimeout(() => {
          model().savedSettings = JSON.parse(JSON.stringify(model().settings));
          cb?.({ status: 'succeeded' });
        }, 0);
      },
    };
    const Office = {
      context: {
        requirements: { isSetSupported },
        document: this.options.documentSettings ? { settings: documentSettings } : {},
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      HostType: { Excel: 'Excel' },
      onReady: (cb?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        cb?.(info);
        return Promise.resolve(info);
      },
    };
    const Excel = { run };
    return { Excel, Office };
  }

  /** Puts Excel and Office on globalThis (and window.__fakeExcel in a browser). */
  install(): this {
    const g = globalThis as unknown as Record<string, unknown>;
    Object.assign(g, this.globals());
    if (typeof window !== 'undefined')
      (window as unknown as Record<string, unknown>).__fakeExcel = this;
    return this;
  }

  /** A JSON view of the workbook for assertions. */
  snapshot(): Snapshot {
    return {
      active: this.model.active,
      selection: this.model.selection,
      names: this.model.names.map((n) => ({ ...n })),
      settings: JSON.parse(JSON.stringify(this.model.savedSettings)),
      sheets: this.model.sheets.map((s) => snapshotSheet(s)),
    };
  }
}

export interface SheetSnapshot {
  name: string;
  values: FakeValue[][];
  numberFormats: string[][];
  fills: (string | null)[][];
  formulas: { address: string; formula: string }[];
  links: { address: string; link: NonNullable<Cell['link']> }[];
  charts: ChartRecord[];
  conditionalFormats: ConditionalFormatRecord[];
  validations: SheetModel['validations'];
  styles: SheetModel['styles'];
  columnWidths: Record<string, number>;
  freezeRows: number;
  tabColor: string | null;
}

export interface Snapshot {
  active: string;
  selection: string | null;
  names: { name: string; formula: string }[];
  settings: Record<string, unknown>;
  sheets: SheetSnapshot[];
}

function snapshotSheet(s: SheetModel): SheetSnapshot {
  const used = usedRect(s, false);
  const values: FakeValue[][] = [];
  const numberFormats: string[][] = [];
  const fills: (string | null)[][] = [];
  const formulas: SheetSnapshot['formulas'] = [];
  const links: SheetSnapshot['links'] = [];
  for (let r = 1; used && r <= used.bottom; r++) {
    const v: FakeValue[] = [];
    const nf: string[] = [];
    const fl: (string | null)[] = [];
    for (let c = 1; c <= used.right; c++) {
      const cell = cellAt(s, r, c);
      v.push(cell?.v ?? null);
      nf.push(cell?.nf ?? 'General');
      fl.push(cell?.fill ?? null);
      if (cell?.formula) formulas.push({ address: `${colLetters(c)}${r}`, formula: cell.formula });
      if (cell?.link) links.push({ address: `${colLetters(c)}${r}`, link: { ...cell.link } });
    }
    values.push(v);
    numberFormats.push(nf);
    fills.push(fl);
  }
  return {
    name: s.name,
    values,
    numberFormats,
    fills,
    formulas,
    links,
    charts: s.charts.map((c) => ({ ...c })),
    conditionalFormats: s.conditionalFormats.map((c) => ({ ...c })),
    validations: s.validations.map((v) => ({ ...v })),
    styles: s.styles.map((x) => ({ ...x })),
    columnWidths: { ...s.columnWidths },
    freezeRows: s.freezeRows,
    tabColor: s.tabColor,
  };
}

/** Creates a host from workbook JSON and installs it. */
export function installFakeExcel(json: WorkbookJson, options?: HostOptions): FakeExcelHost {
  return new FakeExcelHost(json, options).install();
}

export type { WorkbookJson } from './model';
