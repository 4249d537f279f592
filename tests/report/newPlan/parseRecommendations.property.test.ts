/**
 * Properties of reading recommendations from pasted text: any text gives a result; page furniture
 * put anywhere between lines never reaches a recommendation; a page break inside a sentence gives
 * the same words as none.
 */
import fc from 'fast-check';
import { parseRecommendations } from '../../../src/report/newPlan/parseRecommendations';

const RUNS = { numRuns: 300 };

/** Plain lower-case words: none of them a marker, a page number or a footer mark. */
const word = fc.constantFrom(
  'review',
  'the',
  'capital',
  'programme',
  'and',
  'savings',
  'board',
  'staff',
  'members',
  'engagement',
  'with',
  'residents',
  'budget',
  'council',
  'delivery',
  'risks',
  'strategy',
  'of'
);
/** A sentence: a capital, three to twelve words, a full stop. */
const sentence = fc.array(word, { minLength: 3, maxLength: 12 }).map((ws) => {
  const s = ws.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' '));
const recommendations = fc.array(paragraph, { minLength: 1, maxLength: 8 });

type Style = (n: number) => string;
const STYLES: Record<string, Style> = {
  heading: (n) => `Recommendation ${n}\n`,
  decimal: (n) => `2.${n}. `,
  number: (n) => `${n}. `,
  letter: (n) => `(${String.fromCharCode(96 + n)}) `,
  bullet: () => '• ',
};
const style = fc.constantFrom(...Object.keys(STYLES));

const FURNITURE = [
  '7',
  'Page 3 of 12',
  '- 4 -',
  '12 | Page',
  'OFFICIAL',
  '18 Any Street, London, SW1P 3HZ www.example.org.uk Telephone 020 0000 0000',
];
const furniture = fc.array(fc.constantFrom(...FURNITURE), { minLength: 1, maxLength: 3 });

function written(items: string[], kind: string): string[] {
  return items.flatMap((text, i) => [`${STYLES[kind](i + 1)}${text}`, '']);
}

const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('reading recommendations: properties', () => {
  it('any text gives a result: recommendations with text, and a kind when there are any', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const parsed = parseRecommendations(text);
        expect(Array.isArray(parsed.recommendations)).toBe(true);
        expect(parsed.kind === null).toBe(parsed.recommendations.length === 0);
        for (const r of parsed.recommendations) expect(typeof r.text).toBe('string');
      }),
      RUNS
    );
  });

  it('furniture between any two lines never reaches a recommendation, and the words stay the same', () => {
    fc.assert(
      fc.property(recommendations, style, furniture, fc.nat(), (items, kind, extra, at) => {
        const lines = written(items, kind);
        const where = at % (lines.length + 1);
        const paged = [...lines.slice(0, where), '', ...extra, '\f', ...lines.slice(where)];
        const parsed = parseRecommendations(paged.join('\n'));
        expect(parsed.recommendations.map((r) => words(r.text))).toEqual(items);
        for (const r of parsed.recommendations)
          for (const f of FURNITURE) expect(r.text.split('\n')).not.toContain(f);
      }),
      RUNS
    );
  });

  it('a sentence split by a page break reads as the same words as the sentence whole', () => {
    fc.assert(
      fc.property(
        recommendations,
        style,
        furniture,
        fc.nat(),
        fc.nat(),
        (items, kind, extra, i, cut) => {
          const n = i % items.length;
          const spaces = [...items[n].matchAll(/ /g)].map((m) => m.index as number);
          if (spaces.length === 0) return;
          const at = spaces[cut % spaces.length];
          const split = [...items];
          split[n] =
            `${items[n].slice(0, at)}\n\n${extra.join('\n')}\n\f\n${items[n].slice(at + 1)}`;
          const whole = parseRecommendations(written(items, kind).join('\n'));
          const broken = parseRecommendations(written(split, kind).join('\n'));
          expect(broken.recommendations.map((r) => words(r.text))).toEqual(
            whole.recommendations.map((r) => words(r.text))
          );
          expect(broken.recommendations.map((r) => r.ref)).toEqual(
            whole.recommendations.map((r) => r.ref)
          );
        }
      ),
      RUNS
    );
  });
});
