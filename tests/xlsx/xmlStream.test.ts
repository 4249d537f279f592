/**
 * The streaming XML reader (src/xlsx/xml/xmlStream.ts) gives the same tokens, and the sheet and
 * shared-strings readers the same result, however the text is cut into chunks: at every position
 * of hand-written parts (inside tags, attributes, entities, CDATA, comments, declarations and
 * characters outside the Basic Multilingual Plane), at random cuts of generated parts, and where
 * the unzipped bytes of a part break inside a multi-byte UTF-8 character.
 */
import fc from 'fast-check';
import { SharedStringsReader } from '../../src/xlsx/parts/readSharedStrings';
import { SheetReader } from '../../src/xlsx/parts/readSheet';
import { XmlStream, type XmlHandler } from '../../src/xlsx/xml/xmlStream';
import { openZip, streamText, writeZip } from '../../src/xlsx/zip/zip';

type Token = (string | boolean)[];

/** Every call the reader makes, with a start tag's attribute text cut out. */
class Recorder implements XmlHandler {
  readonly tokens: Token[] = [];
  open(name: string, source: string, start: number, end: number, selfClosing: boolean): void {
    this.tokens.push(['open', name, source.slice(start, end), selfClosing]);
  }
  close(name: string): void {
    this.tokens.push(['close', name]);
  }
  text(text: string, raw: boolean): void {
    this.tokens.push(['text', text, raw]);
  }
}

/** The text fed in the pieces between the cuts (positions in UTF-16 units, any order). */
function fed<H extends XmlHandler>(
  handler: H,
  text: string,
  cuts: number[]
): H & { pending: boolean } {
  const stream = new XmlStream(handler);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    stream.feed(text.slice(from, cut));
    from = cut;
  }
  stream.feed(text.slice(from));
  return Object.assign(handler, { pending: stream.pending });
}

const tokensOf = (text: string, cuts: number[]) => {
  const r = fed(new Recorder(), text, cuts);
  return { tokens: r.tokens, pending: r.pending };
};

const SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<!-- saved by hand: a > in a comment -->' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">' +
  '<si><t>Housing &amp; Care</t></si>' +
  '<si><t xml:space="preserve">  £1,250 &#8364;5 &#x1F600; </t></si>' +
  '<si><r><rPr><b/></rPr><t>Rich </t></r><r><t>text 😀 名前</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>' +
  '<si><t><![CDATA[a <b> & ]] c]]></t></si>' +
  '<si/>' +
  '</sst>';

const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?>\r\n' +
  '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<x:sheetData>' +
  '<x:row r="1" spans="1:4"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t=\'s\'><x:v>1</x:v></x:c>' +
  '<x:c r="C1" t="inlineStr"><x:is><x:t>Director of Place &lt;interim&gt; 🏠</x:t></x:is></x:c>' +
  '<x:c r="D1" t="str"><x:f>A1&amp;"x"</x:f><x:v>Housing &amp; Carex</x:v></x:c></x:row>' +
  '<x:row r="3"><x:c r="A3"><x:v>45565</x:v></x:c><x:c r="B3" t="b"><x:v>1</x:v></x:c>' +
  '<x:c r="C3" t="e"><x:v>#N/A</x:v></x:c><x:c r="D3" t="s"><x:v>3</x:v></x:c><x:c r="E3" s="0"/></x:row>' +
  '</x:sheetData></x:worksheet>';

const positions = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => i);

describe('split at every position', () => {
  test.each([
    ['shared strings', SHARED_STRINGS],
    ['a worksheet with prefixes', SHEET],
  ])('%s: the same tokens whatever the cut', (_what, text) => {
    const whole = tokensOf(text, []);
    expect(whole.tokens.length).toBeGreaterThan(20);
    expect(whole.pending).toBe(false);
    const differ = positions(text).filter(
      (i) => JSON.stringify(tokensOf(text, [i])) !== JSON.stringify(whole)
    );
    expect(differ).toEqual([]);
  });

  test('the shared strings read the same whatever the cut, worked out by hand', () => {
    const expected = ['Housing & Care', '  £1,250 €5 😀 ', 'Rich text 😀 名前', 'a <b> & ]] c', ''];
    for (const i of positions(SHARED_STRINGS))
      expect({ i, strings: fed(new SharedStringsReader(), SHARED_STRINGS, [i]).strings }).toEqual({
        i,
        strings: expected,
      });
  });

  test('the worksheet reads the same whatever the cut, worked out by hand', () => {
    const strings = ['Housing & Care', 'Adults', 'x', 'Blue'];
    const expected = [
      ['Housing & Care', 'Adults', 'Director of Place <interim> 🏠', 'Housing & Carex'],
      undefined, // no row 2
      [45565, true, { error: '#N/A' }, 'Blue'],
    ];
    for (const i of positions(SHEET)) {
      const reader = fed(new SheetReader(strings, []), SHEET, [i]);
      reader.finish();
      expect({ i, values: reader.out.values }).toEqual({ i, values: expected });
    }
  });

  test('a part cut short inside a tag is pending, whatever the cut before it', () => {
    const cut = SHEET.slice(0, SHEET.indexOf('<x:c r="C3"') + 5);
    for (const i of positions(cut))
      expect({ i, pending: tokensOf(cut, [i]).pending }).toEqual({ i, pending: true });
  });
});

/** Text as a spreadsheet part may hold it: markup characters, entities, and any Unicode. */
const textArb = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => s.replace(/[<&]/g, '')),
      fc.constantFrom(
        '&amp;',
        '&lt;',
        '&gt;',
        '&quot;',
        '&#163;',
        '&#x1F600;',
        '£',
        '😀',
        '名',
        '>',
        ']]'
      )
    ),
    { maxLength: 6 }
  )
  .map((parts) => parts.join(''));

const nameArb = fc.constantFrom('c', 'v', 't', 'si', 'row', 'x:c', 'x:row', 'rPh', 'sheetData');
const attrArb = fc
  .tuple(fc.constantFrom('r', 's', 't', 'xml:space', 'spans'), textArb, fc.boolean())
  .map(([n, v, single]) =>
    single ? ` ${n}='${v.replace(/['>]/g, '')}'` : ` ${n}="${v.replace(/[">]/g, '')}"`
  );

const nodeArb: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    textArb.map((t) => `<![CDATA[${t.replace(/]]>/g, '')}<>&]]>`),
    textArb.map((t) => `<!--${t.replace(/-/g, '')}-->`),
    fc
      .tuple(nameArb, fc.array(attrArb, { maxLength: 3 }))
      .map(([n, attrs]) => `<${n}${attrs.join('')}/>`),
    fc
      .tuple(nameArb, fc.array(attrArb, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }))
      .map(([n, attrs, kids]) => `<${n}${attrs.join('')}>${kids.join('')}</${n}>`)
  ),
})).node;

test('generated parts give the same tokens however they are cut (property)', () => {
  fc.assert(
    fc.property(
      nodeArb.chain((body) => {
        const doc = `<?xml version="1.0"?><root>${body}</root>`;
        return fc.tuple(
          fc.constant(doc),
          fc.array(fc.integer({ min: 0, max: doc.length }), { maxLength: 8 })
        );
      }),
      ([doc, cuts]) => {
        expect(tokensOf(doc, cuts)).toEqual(tokensOf(doc, []));
      }
    ),
    { numRuns: 500 }
  );
});

test('a part whose unzipped bytes break inside a 4-byte character reads whole', async () => {
  // The inflater hands on 256 KB at a time: put an emoji's bytes across the first boundary.
  const BOUNDARY = 256 * 1024;
  const head = '<sst><si><t>';
  const text =
    `${head}${'a'.repeat(BOUNDARY - 2 - head.length)}😀</t></si>` +
    `<si><t>${'£名'.repeat(100_000)}</t></si></sst>`;
  const bytes = Buffer.from(text, 'utf8');
  expect(bytes.subarray(BOUNDARY - 2, BOUNDARY + 2).toString('utf8')).toBe('😀');
  const empty = Buffer.alloc(22);
  empty.writeUInt32LE(0x06054b50, 0);
  const zip = openZip(writeZip(openZip(empty), [{ name: 'xl/sharedStrings.xml', content: bytes }]));
  const chunks: string[] = [];
  const reader = new SharedStringsReader();
  const stream = new XmlStream(reader);
  for await (const chunk of streamText(zip, zip.entries[0])) {
    chunks.push(chunk);
    stream.feed(chunk);
  }
  // The bytes did come in more than one piece, the first ending before the emoji.
  expect(chunks.length).toBeGreaterThan(1);
  expect(chunks[0].length).toBe(BOUNDARY - 2);
  expect(reader.strings).toEqual([
    `${'a'.repeat(BOUNDARY - 2 - head.length)}😀`,
    '£名'.repeat(100_000),
  ]);
});
