import fc from 'fast-check';
import { CHOICES_NAMESPACE, parseChoices, serialiseChoices } from '../../src/report/choicesStore';
import { emptyChoices, mergeChoices, type Choices } from '../../src/plan';

const NS = CHOICES_NAMESPACE;
const doc = (body: string, root = `<choices xmlns="${NS}">`): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root}${body}</choices>`;

const FULL: Choices = {
  pointed: [
    { sheet: "Risk & 'issues' <2025>", top: 4, left: 1, bottom: 60, right: 11, headerRow: 5 },
  ],
  columns: {
    "Risk & 'issues' <2025>!5": { rag: 'H', lead: null },
    Table1: { timescale: 'AA' },
  },
  picked: ['Table1', 'Action plan!3'],
};

describe('the choices part', () => {
  it('gives back what it was given, whatever the sheet name holds', () => {
    const xml = serialiseChoices(FULL);
    expect(xml).toContain(`<choices xmlns="${NS}">`);
    expect(xml).toContain(
      'sheet="Risk &amp; &apos;issues&apos; &lt;2025&gt;" range="A4:K60" header="5"'
    );
    expect(parseChoices(xml)).toEqual({ choices: FULL, problem: null });
  });

  it('reads nothing chosen as no choices', () => {
    expect(parseChoices(serialiseChoices(emptyChoices()))).toEqual({
      choices: emptyChoices(),
      problem: null,
    });
  });

  it.each([
    ['', 'no element'],
    ['not xml at all', 'text where only elements belong'],
    [doc('<plan sheet="A" range="A1:B2"'), 'unreadable markup at character'],
    [doc('<columns plan="x">'), '</choices> closes nothing'],
    [`<choices xmlns="${NS}"><plan sheet="A" range="A1:B2"/>`, '<choices> is never closed'],
    [doc('', '<choices xmlns="urn:someone-else">'), 'not a RAG Plan part'],
    [
      doc('', '<labels xmlns="urn:rag-plan:choices:1">').replace('</choices>', '</labels>'),
      'not a RAG Plan part',
    ],
    [doc('<plan sheet="A &bogus; B" range="A1:B2"/>'), 'an unreadable value in <plan>'],
    [doc('') + '<choices/>', 'more than one root element'],
  ])('a part that cannot be read (%j) is named in one line and ignored', (xml, why) => {
    const r = parseChoices(xml);
    expect(r.choices).toEqual(emptyChoices());
    expect(r.problem).toContain(why);
    expect(r.problem).toContain('could not be read');
    expect(r.problem).not.toContain('\n');
  });

  it('leaves out a damaged entry, names it, and keeps the rest', () => {
    const xml = doc(
      '<plan sheet="Plan" range="A3:F40"/>' +
        '<plan range="A3:F40"/>' +
        '<plan sheet="Plan" range="A3:XFE40"/>' +
        '<plan sheet="Plan" range="B2:C9" header="12"/>' +
        '<columns plan="Plan!3"><column field="rag" col="G"/><column field="colour" col="H"/>' +
        '<column field="lead" col="XFE"/><column field="notes" use="no"/></columns>' +
        '<columns><column field="rag" col="A"/></columns>' +
        '<picked plan="Plan!3"/><picked/>' +
        '<later-version thing="1"/>'
    );
    const r = parseChoices(xml);
    expect(r.choices).toEqual({
      pointed: [{ sheet: 'Plan', top: 3, left: 1, bottom: 40, right: 6, headerRow: 3 }],
      columns: { 'Plan!3': { rag: 'G', notes: null } },
      picked: ['Plan!3'],
    });
    expect(r.problem).toBe(
      "The choices kept in this workbook could not all be read (a plan with no sheet; a plan on 'Plan' with no readable range; " +
        'a plan on \'Plan\' whose header row is not in B2:C9; no field called "colour"; no column "XFE" for the lead; columns for no plan); ' +
        'the rest are used, and the part is left as it was.'
    );
  });

  it('reads a part written with single quotes, character references and a prefix-free comment', () => {
    const xml = `<!-- kept by RAG Plan --><choices xmlns='${NS}'><plan sheet='Caf&#xE9; &#38; bar' range='$A$1:$C$9'/></choices>`;
    expect(parseChoices(xml).choices.pointed).toEqual([
      { sheet: 'Café & bar', top: 1, left: 1, bottom: 9, right: 3, headerRow: 1 },
    ]);
  });
});

describe('plan keys that are names of object properties', () => {
  it('keeps a table called "constructor" or "__proto__" as any other', () => {
    const columns = Object.fromEntries([
      ['constructor', { rag: 'B' }],
      ['__proto__', { lead: 'C' }],
    ]);
    const c: Choices = { pointed: [], columns, picked: null };
    const read = parseChoices(serialiseChoices(c)).choices;
    expect(Object.entries(read.columns)).toEqual([
      ['constructor', { rag: 'B' }],
      ['__proto__', { lead: 'C' }],
    ]);
    expect(Object.entries(mergeChoices(emptyChoices(), read).columns)).toHaveLength(2);
    expect(parseChoices(doc('')).choices.columns).toEqual({});
  });
});

describe('choices over choices', () => {
  it('takes the later column for a field, the later pick, and a range pointed at again once', () => {
    const earlier: Choices = {
      pointed: [{ sheet: 'P', top: 1, left: 1, bottom: 9, right: 4, headerRow: 1 }],
      columns: { 'P!1': { rag: 'D', lead: 'C' } },
      picked: ['P!1'],
    };
    const later: Choices = {
      pointed: [{ sheet: 'P', top: 1, left: 1, bottom: 9, right: 4, headerRow: 2 }],
      columns: { 'P!1': { rag: 'B' } },
      picked: null,
    };
    expect(mergeChoices(earlier, later)).toEqual({
      pointed: [{ sheet: 'P', top: 1, left: 1, bottom: 9, right: 4, headerRow: 2 }],
      columns: { 'P!1': { rag: 'B', lead: 'C' } },
      picked: ['P!1'],
    });
  });
});

describe('the parser is total', () => {
  it('never throws, and always gives choices, on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = parseChoices(`<choices xmlns="${NS}">${text}</choices>`);
        expect(Array.isArray(r.choices.pointed)).toBe(true);
        expect(parseChoices(text).choices).toBeDefined();
      })
    );
  });

  it('gives back any choices it wrote', () => {
    const letters = fc.constantFrom('A', 'H', 'AA', 'XFD');
    const range = fc
      .record({ top: fc.integer({ min: 1, max: 1000 }), rows: fc.integer({ min: 0, max: 50 }) })
      .map(({ top, rows }) => ({ top, bottom: top + rows, left: 1, right: 5, headerRow: top }));
    const choices = fc.record({
      pointed: fc.array(
        fc
          .record({ sheet: fc.string({ minLength: 1, maxLength: 31 }), r: range })
          .map(({ sheet, r }) => ({ sheet, ...r })),
        { maxLength: 3 }
      ),
      columns: fc.dictionary(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.record({ rag: letters, lead: fc.constant(null) }),
        { maxKeys: 3 }
      ),
      picked: fc.option(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 3 })),
    });
    fc.assert(
      fc.property(choices, (c) => {
        // XML cannot carry control characters other than tab and line breaks; sheet names never hold them.
        const texts = [
          ...c.pointed.map((p) => p.sheet),
          ...Object.keys(c.columns),
          ...(c.picked ?? []),
        ].join('');
        fc.pre([...texts].every((ch) => ch >= ' ' && ch !== '\ufffe' && ch !== '\uffff'));
        expect(parseChoices(serialiseChoices(c as Choices))).toEqual({ choices: c, problem: null });
      })
    );
  });
});
