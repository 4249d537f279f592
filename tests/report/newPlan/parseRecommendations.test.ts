import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecommendations } from '../../../src/report/newPlan/parseRecommendations';
import { TEN_REFS } from './expected';

const seedExcerpt = readFileSync(
  join(__dirname, '../../fixtures/recommendations/peer-challenge-2022.txt'),
  'utf8'
);

const texts = (text: string) => parseRecommendations(text).recommendations.map((r) => r.text);
const refs = (text: string) => parseRecommendations(text).recommendations.map((r) => r.ref);

describe('the 2022 peer challenge key recommendations (the seed text, footer included)', () => {
  const parsed = parseRecommendations(seedExcerpt);

  it('reads ten recommendations numbered 1 to 10 from the "Recommendation N" headings', () => {
    expect(parsed.kind).toBe('heading');
    expect(parsed.recommendations.map((r) => r.ref)).toEqual(TEN_REFS);
  });

  it('carries no footer text, page number or intro into any recommendation', () => {
    for (const r of parsed.recommendations) {
      expect(r.text).not.toMatch(/Smith Square|company number|Telephone|www\./);
      expect(r.text).not.toMatch(/^4$/m);
      expect(r.text).not.toMatch(/Key recommendations|observations and suggestions/);
      expect(r.text).not.toMatch(/Summary of the peer challenge approach/);
    }
    // The page number "4" and the LGA's footer line sit between Recommendation 4's heading and its text.
    expect(parsed.leftOut).toHaveLength(2);
    expect(parsed.leftOut[0]).toBe('4');
    expect(parsed.leftOut[1]).toMatch(/^18 Smith Square/);
  });

  it('gives recommendation 4 its text from across the page break', () => {
    expect(parsed.recommendations[3].text).toBe(
      'Resolve the OneSource question, considering the budget implications and capacity, particularly in specialist and technical areas.'
    );
  });

  it('keeps recommendation 10 whole: its second paragraph is over the page, before section 3', () => {
    expect(parsed.recommendations[9].text).toBe(
      'Review how contracts are aligned with the Target Operating Model and ensure procurement and commissioning align with the council priorities and key outcomes. Strengthen contract performance and increase member oversight, with an updated and improved contract register.\n' +
        'Develop clear milestones, processes, and timescales for delivery of the Target Operating Model, ensuring staff and members are engaged in the process.'
    );
  });

  it('reads recommendation 1 word for word, with no theme (the report gives none)', () => {
    expect(parsed.recommendations[0]).toEqual({
      ref: '1',
      theme: null,
      text: "Savings needs to be a 'shared endeavour' with joint ownership across the directorates and portfolios. Strengthen financial reporting and ensure that the organisation and leadership is focussed on urgently gripping the delivery of savings to help balance the budget. This needs to be done at pace.",
    });
  });
});

describe('the ways reports number their recommendations', () => {
  it('numbered paragraphs 2.1, 2.2 under section 2, ending at section 3', () => {
    const text = [
      '2. Recommendations',
      '2.1 Agree a medium-term financial strategy.',
      '2.2 Publish the corporate plan.',
      '2.3. Review the capital programme.',
      '3. Next steps',
      'The council will respond within two months.',
    ].join('\n');
    expect(refs(text)).toEqual(['2.1', '2.2', '2.3']);
    expect(texts(text)[2]).toBe('Review the capital programme.');
  });

  it('numbers, with a numbered list inside one recommendation kept in it', () => {
    const text = [
      '1. Set up a savings board that meets monthly:',
      '   1. chaired by the Chief Executive;',
      '   2. with each director reporting.',
      '2. Refresh the workforce strategy.',
    ].join('\n');
    // The inner "1." and "2." are indented deeper than the list's "1.", so they stay in recommendation 1.
    expect(refs(text)).toEqual(['1', '2']);
    expect(texts(text)[0]).toBe(
      'Set up a savings board that meets monthly:\n1. chaired by the Chief Executive;\n2. with each director reporting.'
    );
  });

  it('numbers written 1), (2) and 3 - alike', () => {
    expect(refs('1) Do this.\n(2) Do that.\n3 - Do the other.')).toEqual(['1', '2', '3']);
  });

  it('letters a), (b), c.', () => {
    expect(refs('a) Improve ICT.\n(b) Review contracts.\nc. Train staff.')).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('bullets, with sub-bullets staying with their recommendation', () => {
    const text = [
      '• Improve customer services:',
      '   o answer calls within a minute;',
      '   o publish the results.',
      '• Engage backbench councillors.',
    ].join('\n');
    expect(refs(text)).toEqual(['1', '2']);
    expect(texts(text)[0]).toBe(
      'Improve customer services:\n• answer calls within a minute;\n• publish the results.'
    );
  });

  it('deeper bullets of the same sign are sub-bullets', () => {
    const text = '- Review the budget.\n    - monthly\n- Review the risks.';
    expect(texts(text)).toEqual(['Review the budget.\n• monthly', 'Review the risks.']);
  });

  it('a heading line over recommendations is their theme, until the next', () => {
    const text = [
      'Finance',
      '',
      '1. Close the budget gap.',
      '2. Strengthen financial reporting.',
      '',
      'Governance',
      '',
      '3. Establish member-led oversight.',
    ].join('\n');
    const parsed = parseRecommendations(text).recommendations;
    expect(parsed.map((r) => [r.ref, r.theme, r.text])).toEqual([
      ['1', 'Finance', 'Close the budget gap.'],
      ['2', 'Finance', 'Strengthen financial reporting.'],
      ['3', 'Governance', 'Establish member-led oversight.'],
    ]);
  });

  it('a title on the heading line ("Recommendation 3: Finance") is its theme', () => {
    const parsed = parseRecommendations(
      'Recommendation 1: Finance\nClose the budget gap.\nRecommendation 2 - Close the gap in the audit plan.'
    ).recommendations;
    expect(parsed).toEqual([
      { ref: '1', theme: 'Finance', text: 'Close the budget gap.' },
      { ref: '2', theme: null, text: 'Close the gap in the audit plan.' },
    ]);
  });

  it('"R3:" and "Rec 3" are headings too', () => {
    expect(refs('R1: Do this.\nR2: Do that.')).toEqual(['1', '2']);
    expect(refs('Rec 1 Do this.\nRec 2 Do that.')).toEqual(['1', '2']);
  });

  it('lines with no marker are one recommendation a paragraph', () => {
    const parsed = parseRecommendations('Close the budget gap.\n\nReview the capital\nprogramme.');
    expect(parsed.kind).toBe('paragraphs');
    expect(parsed.recommendations.map((r) => r.text)).toEqual([
      'Close the budget gap.',
      'Review the capital programme.',
    ]);
  });
});

describe('page furniture', () => {
  it('leaves out "Page 7 of 12", "- 4 -", "4 | Page", a protective marking and a running header', () => {
    const text = [
      'Council peer challenge 2026',
      '1. Close the budget gap',
      'Page 7 of 12',
      'OFFICIAL',
      '\f',
      'Council peer challenge 2026',
      'by March.',
      '- 4 -',
      '2. Review the risks.',
      '4 | Page',
    ].join('\n');
    const parsed = parseRecommendations(text);
    expect(parsed.recommendations.map((r) => r.text)).toEqual([
      'Close the budget gap by March.',
      'Review the risks.',
    ]);
    expect(parsed.leftOut).toEqual([
      'Council peer challenge 2026',
      'Page 7 of 12',
      'OFFICIAL',
      'Council peer challenge 2026',
      '- 4 -',
      '4 | Page',
    ]);
  });

  it("joins a word hyphenated across a page, keeping the hyphen (it may be the word's own)", () => {
    expect(texts('1. Establish member-\n\n12\n\nled oversight.')).toEqual([
      'Establish member-led oversight.',
    ]);
  });
});

describe('any text gives a result', () => {
  it('empty text: no recommendations, no list kind', () => {
    expect(parseRecommendations('')).toEqual({ recommendations: [], kind: null, leftOut: [] });
    expect(parseRecommendations('  \n\n\t')).toEqual({
      recommendations: [],
      kind: null,
      leftOut: [],
    });
  });

  it('only page furniture: nothing read, the furniture listed', () => {
    expect(parseRecommendations('Page 1 of 2\n3')).toEqual({
      recommendations: [],
      kind: null,
      leftOut: ['Page 1 of 2', '3'],
    });
  });
});
