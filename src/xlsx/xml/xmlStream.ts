/**
 * A small streaming XML tokenizer for the big parts (worksheets, shared strings): text arrives in
 * chunks and is handed on as start tags, end tags and text, so no part is ever held whole. Only
 * what spreadsheet parts use: elements, attributes, text, CDATA; comments and declarations skipped.
 */

export interface XmlHandler {
  /**
   * A start tag: local name (prefix dropped), and where its attributes are: `source` from `start`
   * to `end` (cut out only by a handler that needs them, to spare the garbage collector).
   */
  open(name: string, source: string, start: number, end: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text between tags (entities not yet decoded; CDATA passes `raw` true). */
  text(text: string, raw: boolean): void;
}

/**
 * The names a worksheet or shared strings part repeats for every cell, as constants by length:
 * cutting each out of the text would make a new small string a tag for the garbage collector.
 */
const COMMON_NAMES: readonly (readonly string[])[] = [
  [],
  ['c', 'v', 't', 'f', 'r'],
  ['is', 'si'],
  ['row', 'rPh', 'rPr'],
];

function isNameEnd(ch: number): boolean {
  // space, tab, CR, LF, '/', '>', or past the end (NaN)
  return ch === 32 || ch === 9 || ch === 13 || ch === 10 || ch === 47 || ch === 62 || ch !== ch;
}

function commonName(body: string, from: number, end: number): string | null {
  const names = COMMON_NAMES[end - from];
  if (names === undefined) return null;
  const first = body.charCodeAt(from);
  for (const name of names)
    if (name.charCodeAt(0) === first && body.startsWith(name, from)) return name;
  return null;
}

function localName(body: string, from: number): [string, number] {
  let end = from;
  while (!isNameEnd(body.charCodeAt(end))) end++;
  const common = commonName(body, from, end);
  if (common !== null) return [common, end];
  const full = body.slice(from, end);
  const colon = full.indexOf(':');
  return [colon < 0 ? full : full.slice(colon + 1), end];
}

export class XmlStream {
  private buf = '';

  constructor(private readonly handler: XmlHandler) {}

  feed(chunk: string): void {
    const b = this.buf ? this.buf + chunk : chunk;
    const h = this.handler;
    let pos = 0;
    for (;;) {
      const lt = b.indexOf('<', pos);
      if (lt < 0) break;
      if (lt > pos) h.text(b.slice(pos, lt), false);
      pos = lt;
      const c1 = b.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        if (b.startsWith('<![CDATA[', lt)) {
          const e = b.indexOf(']]>', lt);
          if (e < 0) break;
          h.text(b.slice(lt + 9, e), true);
          pos = e + 3;
          continue;
        }
        const endMark = b.startsWith('<!--', lt) ? '-->' : '>';
        const e = b.indexOf(endMark, lt + 2);
        if (e < 0) break;
        pos = e + endMark.length;
        continue;
      }
      const gt = b.indexOf('>', lt);
      if (gt < 0) break;
      pos = gt + 1;
      if (c1 === 63 /* ? */) continue;
      if (c1 === 47 /* / */) {
        h.close(localName(b, lt + 2)[0]);
        continue;
      }
      const selfClosing = b.charCodeAt(gt - 1) === 47;
      const [name, after] = localName(b, lt + 1);
      h.open(name, b, after, selfClosing ? gt - 1 : gt, selfClosing);
    }
    this.buf = pos < b.length ? b.slice(pos) : '';
  }

  /** Whether the part ended inside a tag (a cut-short part). */
  get pending(): boolean {
    return this.buf.includes('<');
  }
}

/** Runs a handler over a stream of text chunks. */
export async function scanXml(chunks: AsyncIterable<string>, handler: XmlHandler): Promise<void> {
  const stream = new XmlStream(handler);
  for await (const chunk of chunks) stream.feed(chunk);
}
