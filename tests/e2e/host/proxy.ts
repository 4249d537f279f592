/**
 * The proxy objects' common rules: load() queues a read, and a loaded property can be read only
 * after the sync that carried it (else PropertyNotLoaded, as Office.js throws); toJSON() gives what
 * was loaded; a ClientResult's value arrives with the next sync.
 */
import type { Context } from './context';
import { fail } from './errors';
import type { Api } from './requirements';

export function bytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

export abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  /** For an object got by an ...OrNullObject method: true (from the model) when there is nothing there. */
  private absent: (() => boolean) | null = null;
  constructor(readonly context: Context) {}

  /** Makes this a null-object proxy: isNullObject arrives with the next sync, and a null object loads nothing. */
  orNull(absent: () => boolean): this {
    this.absent = absent;
    this.context.queueRead(0, () => this.deliver('isNullObject', absent()));
    return this;
  }

  get isNullObject(): boolean {
    return this.val('isNullObject');
  }

  /** A loaded value, handed over with the response of the sync that loaded it. */
  protected deliver(prop: string, value: unknown): void {
    this.context.deliver(() => this.loaded.set(prop, value));
  }

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
    this.context.queueRead(bytes(list), () => this.loadNow(list));
    return this;
  }

  /** Loads properties now (inside a sync); returns the response bytes. */
  loadNow(list: string[]): number {
    if (this.absent?.()) return 0;
    let total = 0;
    const nested = new Map<string, string[]>();
    for (const p of list) {
      const [head, ...rest] = p.split('/');
      if (rest.length > 0) nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
      else {
        const v = this.read(head);
        this.deliver(head, v);
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

export function propList(props?: string | string[] | Record<string, unknown>): string[] {
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
export class Bag extends Proxy {
  constructor(
    context: Context,
    private readonly target: () => Record<string, unknown>,
    props: string[],
    private readonly onSet: (prop: string, value: unknown) => void = () => undefined,
    /** The requirement set the properties came in, when newer than the fake's floor. */
    private readonly api?: Api
  ) {
    super(context);
    for (const prop of props) {
      Object.defineProperty(this, prop, {
        get: () => this.val(prop),
        set: (value: unknown) =>
          this.context.queue(bytes(value), () => {
            if (this.api) this.context.needs(this.api);
            this.target()[prop] = value;
            this.onSet(prop, value);
          }),
      });
    }
  }
  protected override read(prop: string): unknown {
    if (this.api) this.context.needs(this.api);
    return this.target()[prop] ?? null;
  }
}

export class ClientResult<T> {
  private done = false;
  private v: T | undefined;
  constructor(private readonly context: Context) {}
  /** The value, handed over with the response of the sync that computed it. */
  set(value: T): void {
    this.context.deliver(() => {
      this.v = value;
      this.done = true;
    });
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
