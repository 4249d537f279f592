/**
 * Custom XML parts (ExcelApi 1.5), as Office.js describes them: a part is added from XML text and
 * gets an id of Excel's making ("{GUID}"); its namespace is the root element's; parts are found by
 * id or by namespace; getXml() gives the text back with the next sync; setXml() replaces it;
 * delete() removes it. XML that is not well formed is refused.
 */
import { model } from './access';
import type { Context } from './context';
import { fail } from './errors';
import { partId } from './model';
import { ClientResult, Proxy, bytes } from './proxy';

interface PartRecord {
  id: string;
  xml: string;
}

/** The namespace of the document element, or "" when it has none; fails when there is no element. */
export function rootNamespace(xml: string): string {
  const body = xml
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  const start =
    /^<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(
      body
    );
  if (!start) fail('InvalidArgument', 'The custom XML part is not well-formed XML.');
  const [whole, prefix, local, attributes, selfClosing] = start;
  const qualified = prefix ? `${prefix}:${local}` : local;
  const rest = body.slice(whole.length).trim();
  if (selfClosing ? rest !== '' : !rest.endsWith(`</${qualified}>`))
    fail('InvalidArgument', 'The custom XML part is not well-formed XML.');
  const want = prefix ? `xmlns:${prefix}` : 'xmlns';
  for (const attr of attributes.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    if (attr[1] === want) return attr[2] ?? attr[3] ?? '';
  return '';
}

function parts(context: Context): PartRecord[] {
  return model(context).customXmlParts;
}

export class CustomXmlPart extends Proxy {
  constructor(
    context: Context,
    private readonly record: () => PartRecord
  ) {
    super(context);
  }
  protected override read(prop: string): unknown {
    const part = this.record();
    if (prop === 'id') return part.id;
    if (prop === 'namespaceUri') return rootNamespace(part.xml);
    return super.read(prop);
  }
  get id(): string {
    return this.val('id');
  }
  get namespaceUri(): string {
    return this.val('namespaceUri');
  }
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>(this.context);
    this.context.queueRead(0, () => {
      this.context.needs('Workbook.customXmlParts');
      result.set(this.record().xml);
      return bytes(this.record().xml);
    });
    return result;
  }
  setXml(xml: string): void {
    this.context.queue(bytes(xml), () => {
      this.context.needs('Workbook.customXmlParts');
      rootNamespace(xml);
      this.record().xml = xml;
    });
  }
  delete(): void {
    this.context.queue(0, () => {
      this.context.needs('Workbook.customXmlParts');
      const list = parts(this.context);
      const i = list.indexOf(this.record());
      if (i >= 0) list.splice(i, 1);
    });
  }
}

/** Parts a collection holds: all of them, or those of one namespace. */
class PartList extends Proxy {
  constructor(
    context: Context,
    private readonly members: () => PartRecord[]
  ) {
    super(context);
  }
  override loadNow(list: string[]): number {
    this.context.needs('Workbook.customXmlParts');
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = this.members().map((p) => new CustomXmlPart(this.context, () => p));
    this.deliver('items', items);
    return items.reduce((n, p) => n + p.loadNow(itemProps.length ? itemProps : ['id']), 0);
  }
  get items(): CustomXmlPart[] {
    return this.val('items');
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this.context);
    this.context.queueRead(0, () => {
      this.context.needs('Workbook.customXmlParts');
      result.set(this.members().length);
    });
    return result;
  }
  getItem(id: string): CustomXmlPart {
    return new CustomXmlPart(
      this.context,
      () => this.byId(id) ?? fail('ItemNotFound', `There is no custom XML part with the id ${id}.`)
    );
  }
  getItemOrNullObject(id: string): CustomXmlPart {
    return this.getItem(id).orNull(() => {
      this.context.needs('Workbook.customXmlParts');
      return !this.byId(id);
    });
  }
  private byId(id: string): PartRecord | undefined {
    return this.members().find((p) => p.id.toLowerCase() === id.toLowerCase());
  }
}

export class CustomXmlPartScopedCollection extends PartList {
  constructor(
    context: Context,
    private readonly only: () => PartRecord[]
  ) {
    super(context, only);
  }
  /** The one part of the namespace; fails when there are none or several. */
  getOnlyItem(): CustomXmlPart {
    return new CustomXmlPart(this.context, () => {
      const found = this.only();
      if (found.length !== 1)
        fail('InvalidOperation', `The namespace has ${found.length} custom XML parts, not one.`);
      return found[0];
    });
  }
  getOnlyItemOrNullObject(): CustomXmlPart {
    return this.getOnlyItem().orNull(() => {
      this.context.needs('Workbook.customXmlParts');
      return this.only().length !== 1;
    });
  }
}

export class CustomXmlPartCollection extends PartList {
  constructor(context: Context) {
    super(context, () => parts(context));
  }
  add(xml: string): CustomXmlPart {
    let created: PartRecord | null = null;
    this.context.queue(bytes(xml), () => {
      this.context.needs('Workbook.customXmlParts');
      rootNamespace(xml);
      const host = this.context.host;
      created = { id: partId(++host.nextId), xml };
      parts(this.context).push(created);
    });
    return new CustomXmlPart(
      this.context,
      () => created ?? fail('ItemNotFound', 'The custom XML part was not added.')
    );
  }
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(this.context, () =>
      parts(this.context).filter((p) => rootNamespace(p.xml) === namespaceUri)
    );
  }
}
