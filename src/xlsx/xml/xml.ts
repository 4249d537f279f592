/** Small XML helpers for the package parts: attributes, entities, relationships, part paths. */

/** An attribute of one start tag's text, entities decoded; null when absent. */
export function attr(tag: string, name: string): string | null {
  const m = new RegExp(
    `(?:^|\\s)${name.replace(/[.]/g, '\\.')}\\s*=\\s*("([^"]*)"|'([^']*)')`
  ).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? '') : null;
}

/** Every attribute of a start tag's text, by name (prefix kept). */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** Text of an XML attribute or element with its entities decoded. */
export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => safeChar(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => safeChar(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

function safeChar(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Text safe in an element or a double-quoted attribute; characters XML 1.0 cannot carry are dropped. */
export function escapeXml(text: string): string {
  // Most text needs nothing; one test spares two replaces over every cell of a big sheet.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return (
    text
      .replace(/[&<>"]/g, (c) =>
        c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'
      )
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

export interface Relationship {
  id: string;
  type: string;
  /** Part path inside the package ("xl/worksheets/sheet1.xml"), or the raw target when external. */
  target: string;
  external: boolean;
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels"; "" -> "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  const raw = target.startsWith('/')
    ? target.slice(1)
    : `${fromPart.slice(0, fromPart.lastIndexOf('/') + 1)}${target}`;
  const out: string[] = [];
  for (const seg of decodeURIComponentSafe(raw).split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The relationships of a part, from its rels part's text (none when there is no such part). */
export function parseRels(fromPart: string, relsXml: string | null): Relationship[] {
  if (!relsXml) return [];
  const out: Relationship[] = [];
  for (const tag of relsXml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const type = attr(tag, 'Type') ?? '';
    const target = attr(tag, 'Target');
    if (!id || target === null) continue;
    const external = attr(tag, 'TargetMode') === 'External';
    out.push({ id, type, target: external ? target : resolveTarget(fromPart, target), external });
  }
  return out;
}

/** The part path as a relative target from another part's folder ("../drawings/drawing1.xml"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export function relsXml(
  rels: { id: string; type: string; target: string; external?: boolean }[]
): string {
  const items = rels.map(
    (r) =>
      `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** The element's children at depth 1 and where each starts and ends (a start tag's index; end after its close). */
export function topLevelElements(xml: string): { name: string; index: number; end: number }[] {
  const out: { name: string; index: number; end: number }[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let depth = 0;
  let open: { name: string; index: number } | null = null;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      depth -= 1;
      if (depth === 1 && open) {
        out.push({ ...open, end: m.index + m[0].length });
        open = null;
      }
      continue;
    }
    if (depth === 1) {
      if (selfClosing)
        out.push({ name: name.replace(/^.*:/, ''), index: m.index, end: m.index + m[0].length });
      else open = { name: name.replace(/^.*:/, ''), index: m.index };
    }
    if (!selfClosing) depth += 1;
  }
  return out;
}
