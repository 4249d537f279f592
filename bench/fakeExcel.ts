/**
 * A recording stand-in for Excel's JavaScript API, just wide enough for the adapter in src/excel.
 * It keeps a workbook in memory (the plan sheet from a Grid; summary sheets as they are written),
 * queues every command the adapter issues, and at each context.sync() measures the request (the
 * queued commands as JSON, the way Office.js sends them) and the response (the loaded data as JSON).
 * Loaded properties are only readable after a sync, as in Excel, so a missing sync shows up as an error.
 */
import { parseRange, quoteSheet, rangeA1, type CellRange, type Grid } from '../src/plan';
import { officeFill } from './officePayload';

export interface SyncRecord {
  commands: number;
  requestBytes: number;
  responseBytes: number;
}

type Cell = string | number | boolean;

class Sheet {
  readonly written = new Map<number, Cell>();
  constructor(
    public name: string,
    public position: number,
    readonly grid: Grid | null
  ) {}

  private key(r: number, c: number): number {
    return r * 16_384 + c;
  }

  value(r: number, c: number): Cell {
    const w = this.written.get(this.key(r, c));
    if (w !== undefined) return w;
    const v = this.grid?.values[r - this.grid.top]?.[c - this.grid.left];
    if (v === null || v === undefined) return '';
    return typeof v === 'object' ? v.error : v;
  }

  format(r: number, c: number): string {
    return this.grid?.numberFormats?.[r - this.grid.top]?.[c - this.grid.left] ?? 'General';
  }

  fill(r: number, c: number): string | null {
    return this.grid?.fills?.[r - this.grid.top]?.[c - this.grid.left] ?? null;
  }

  write(rect: CellRange, values: Cell[][]): void {
    values.forEach((row, i) =>
      row.forEach((v, j) => this.written.set(this.key(rect.top + i, rect.left + j), v))
    );
  }

  usedRect(): CellRange | null {
    if (!this.grid || this.grid.values.length === 0) return null;
    const width = Math.max(...this.grid.values.map((r) => r.length));
    return {
      top: this.grid.top,
      left: this.grid.left,
      bottom: this.grid.top + this.grid.values.length - 1,
      right: this.grid.left + width - 1,
    };
  }
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function matrix<T>(rect: CellRange, cell: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

export class FakeExcel {
  readonly syncs: SyncRecord[] = [];
  private pending: unknown[] = [];
  private loads: (() => number)[] = [];
  private nextId = 1;
  readonly sheets: Sheet[];
  readonly names = new Map<string, string>();

  constructor(plan: Grid) {
    this.sheets = [new Sheet(plan.sheet, 0, plan)];
  }

  /** Queues a command; its JSON is what the request carries. */
  queue(object: number, name: string, args: unknown[]): void {
    this.pending.push({ Id: this.nextId++, ObjectPathId: object, Name: name, Args: args });
  }

  /** Registers data to fetch at the next sync; the thunk fills the object and returns the response's bytes. */
  onSync(thunk: () => number): void {
    this.loads.push(thunk);
  }

  id(): number {
    return this.nextId++;
  }

  async sync(): Promise<void> {
    // A proxy object passed as an argument (a range for a chart or a name) travels as a reference.
    const requestBytes = Buffer.byteLength(
      JSON.stringify(this.pending, (_k, v: unknown) =>
        v !== null && typeof v === 'object' && typeof (v as { load?: unknown }).load === 'function'
          ? { ObjectPathId: 0 }
          : v
      )
    );
    const commands = this.pending.length;
    const loads = this.loads;
    this.pending = [];
    this.loads = [];
    let responseBytes = 0;
    for (const load of loads) responseBytes += load();
    this.syncs.push({ commands, requestBytes, responseBytes });
  }

  get hasPending(): boolean {
    return this.pending.length > 0 || this.loads.length > 0;
  }

  sheet(name: string): Sheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`ItemNotFound: no sheet named ${name}`);
    return s;
  }

  /** Installs Excel and Office globals; returns a function that removes them. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office };
    g.Office = { context: { requirements: { isSetSupported: () => true }, document: {} } };
    g.Excel = {
      run: async (a: unknown, b?: unknown) => {
        const batch = (typeof a === 'function' ? a : b) as (ctx: unknown) => Promise<unknown>;
        const context = this.context();
        const result = await batch(context);
        if (this.hasPending) await this.sync();
        return result;
      },
    };
    return () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    };
  }

  private context(): unknown {
    return {
      sync: () => this.sync(),
      application: recorder(this, this.id()),
      workbook: { worksheets: worksheets(this), names: namesCollection(this) },
    };
  }
}

function worksheets(fx: FakeExcel): unknown {
  const id = fx.id();
  let items: unknown[] | null = null;
  return {
    load(props: unknown) {
      fx.queue(id, 'load', [props]);
      fx.onSync(() => {
        items = fx.sheets.map((s) => worksheet(fx, s));
        return Buffer.byteLength(
          JSON.stringify(fx.sheets.map((s) => ({ name: s.name, position: s.position })))
        );
      });
      return this;
    },
    get items() {
      if (!items) throw new Error('PropertyNotLoaded: worksheets.items');
      return items;
    },
    getActiveWorksheet: () => {
      fx.queue(id, 'getActiveWorksheet', []);
      return worksheet(fx, fx.sheets[0]);
    },
    getItem: (name: string) => {
      fx.queue(id, 'getItem', [name]);
      return worksheet(fx, fx.sheet(name));
    },
    add: (name: string) => {
      fx.queue(id, 'add', [name]);
      const s = new Sheet(name, fx.sheets.length, null);
      fx.sheets.push(s);
      return worksheet(fx, s);
    },
  };
}

function worksheet(fx: FakeExcel, s: Sheet): unknown {
  const id = fx.id();
  return {
    get name() {
      return s.name;
    },
    get position() {
      return s.position;
    },
    set position(p: number) {
      fx.queue(id, 'set position', [p]);
      s.position = p;
    },
    set tabColor(c: string) {
      fx.queue(id, 'set tabColor', [c]);
    },
    load(props: unknown) {
      fx.queue(id, 'load', [props]);
      fx.onSync(() => Buffer.byteLength(JSON.stringify({ name: s.name })));
      return this;
    },
    delete() {
      fx.queue(id, 'delete', []);
      fx.sheets.splice(fx.sheets.indexOf(s), 1);
    },
    tables: {
      load(props: unknown) {
        fx.queue(id, 'tables.load', [props]);
        fx.onSync(() => 2);
        return this;
      },
      items: [],
    },
    getUsedRangeOrNullObject(valuesOnly?: boolean) {
      fx.queue(id, 'getUsedRangeOrNullObject', [valuesOnly]);
      const rect = s.usedRect();
      return range(fx, s, rect ? rangeA1(rect) : 'A1', rect === null);
    },
    getRange(address?: string) {
      fx.queue(id, 'getRange', [address]);
      // No address: the whole sheet, as Office.js has it (the adapter clears its own sheets so).
      return range(fx, s, address ?? 'A1:XFD1048576', false);
    },
    freezePanes: recorder(fx, fx.id()),
    charts: charts(fx, fx.id()),
  };
}

/** A sheet's charts: adding records commands; loading lists none (the fake keeps no charts). */
function charts(fx: FakeExcel, id: number): unknown {
  let items: unknown[] | null = null;
  return {
    load(props: unknown) {
      fx.queue(id, 'load', [props]);
      fx.onSync(() => {
        items = [];
        return 2;
      });
      return this;
    },
    get items() {
      if (!items) throw new Error('PropertyNotLoaded: charts.items');
      return items;
    },
    add(...args: unknown[]) {
      fx.queue(
        id,
        'add',
        args.map((a) => (typeof a === 'object' ? '(range)' : a))
      );
      return recorder(fx, fx.id());
    },
  };
}

function range(fx: FakeExcel, s: Sheet, address: string, isNull: boolean): unknown {
  const id = fx.id();
  const rect = parseRange(address);
  const loaded: { values?: Cell[][]; numberFormat?: string[][]; address?: string } = {};
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined)
      throw new Error(`PropertyNotLoaded: range.${what} read before context.sync()`);
    return v;
  };
  const fullAddress = `${quoteSheet(s.name)}!${address}`;
  return {
    get isNullObject() {
      return isNull;
    },
    load(props: string | string[]) {
      fx.queue(id, 'load', [props]);
      const wanted = (Array.isArray(props) ? props.join(',') : props)
        .split(',')
        .map((p) => p.trim());
      fx.onSync(() => {
        const out: Record<string, unknown> = {};
        if (wanted.includes('address')) out.address = loaded.address = fullAddress;
        if (rect && wanted.includes('values'))
          out.values = loaded.values = matrix(rect, (r, c) => s.value(r, c));
        if (rect && wanted.includes('numberFormat'))
          out.numberFormat = loaded.numberFormat = matrix(rect, (r, c) => s.format(r, c));
        return Buffer.byteLength(JSON.stringify(out));
      });
      return this;
    },
    get address() {
      return need(loaded.address, 'address');
    },
    get values() {
      return need(loaded.values, 'values');
    },
    set values(v: Cell[][]) {
      fx.queue(id, 'set values', [v]);
      if (rect) s.write(rect, v);
    },
    get numberFormat() {
      return need(loaded.numberFormat, 'numberFormat');
    },
    set numberFormat(v: string[][]) {
      fx.queue(id, 'set numberFormat', [v]);
    },
    set hyperlink(v: unknown) {
      fx.queue(id, 'set hyperlink', [v]);
    },
    getCellProperties(options: unknown) {
      fx.queue(id, 'getCellProperties', [options]);
      const result: { value?: unknown } = {};
      fx.onSync(() => {
        result.value = rect
          ? matrix(rect, (r, c) => ({ format: { fill: officeFill(s.fill(r, c)) } }))
          : [];
        return Buffer.byteLength(JSON.stringify(result.value));
      });
      return {
        get value() {
          return need(result.value, 'getCellProperties().value');
        },
      };
    },
    getMergedAreasOrNullObject() {
      fx.queue(id, 'getMergedAreasOrNullObject', []);
      const merges = (rect ? (s.grid?.merges ?? []).filter((m) => overlaps(m, rect)) : []).map(
        (m) => `${quoteSheet(s.name)}!${rangeA1(m)}`
      );
      let loadedAddress: string | undefined;
      return {
        isNullObject: merges.length === 0,
        load(props: unknown) {
          fx.queue(id, 'mergedAreas.load', [props]);
          fx.onSync(() => {
            loadedAddress = merges.join(', ');
            return Buffer.byteLength(JSON.stringify({ address: loadedAddress }));
          });
          return this;
        },
        get address() {
          return need(loadedAddress, 'mergedAreas.address');
        },
      };
    },
    clear(applyTo?: string) {
      fx.queue(id, 'clear', [applyTo]);
    },
    getCell(r: number, c: number) {
      fx.queue(id, 'getCell', [r, c]);
      const top = rect
        ? { top: rect.top + r, left: rect.left + c, bottom: rect.top + r, right: rect.left + c }
        : null;
      return range(fx, s, top ? rangeA1(top) : address, false);
    },
    format: recorder(fx, fx.id()),
    conditionalFormats: recorder(fx, fx.id()),
    dataValidation: recorder(fx, fx.id()),
  };
}

function namesCollection(fx: FakeExcel): unknown {
  const id = fx.id();
  let items: { name: string; formula: string }[] | null = null;
  return {
    load(props: unknown) {
      fx.queue(id, 'load', [props]);
      fx.onSync(() => {
        items = [...fx.names].map(([name, formula]) => ({ name, formula }));
        return Buffer.byteLength(JSON.stringify(items));
      });
      return this;
    },
    get items() {
      if (!items) throw new Error('PropertyNotLoaded: names.items');
      return items;
    },
    add(name: string, reference: { address?: unknown }, comment?: string) {
      fx.queue(id, 'add', [name, '(range)', comment]);
      void reference;
      // The adapter names each new sheet's A1; the sheet is the one most recently added.
      const sheet = fx.sheets[fx.sheets.length - 1];
      fx.names.set(name, `=${quoteSheet(sheet.name)}!$A$1`);
    },
    getItem(name: string) {
      fx.queue(id, 'getItem', [name]);
      return {
        delete() {
          fx.queue(id, 'delete', [name]);
          fx.names.delete(name);
        },
      };
    },
  };
}

/**
 * An object whose every property set and method call is queued as a command: formats, charts,
 * freeze panes, validation. Nothing on it is read back by the adapter.
 */
function recorder(fx: FakeExcel, id: number): unknown {
  const target = function () {
    /* callable target for the proxy */
  };
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      const child = fx.id();
      return new Proxy(target, {
        get: (_u, p) =>
          typeof p === 'symbol' || p === 'then'
            ? undefined
            : (recorder(fx, child) as Record<string, unknown>)[p],
        set: (_u, p, value) => {
          fx.queue(child, `set ${String(p)}`, [value]);
          return true;
        },
        apply: (_u, _this, args) => {
          fx.queue(id, String(prop), args);
          return recorder(fx, fx.id());
        },
      });
    },
    set(_t, prop, value) {
      fx.queue(id, `set ${String(prop)}`, [value]);
      return true;
    },
    apply(_t, _this, args) {
      fx.queue(id, 'call', args);
      return recorder(fx, fx.id());
    },
  });
}
