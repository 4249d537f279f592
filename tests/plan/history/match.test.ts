import {
  matchActions,
  normaliseText,
  similarity,
  snapAction,
  type SnapAction,
} from '../../../src/plan/history';
import { action } from '../../report/handMade';

const snap = (row: number, o: Parameters<typeof action>[1] = {}): SnapAction =>
  snapAction(action(row, o));

describe('the same action', () => {
  test('texts compare without case, accents, punctuation or spacing', () => {
    expect(normaliseText('  Agree the  Plan’s scope (DRAFT).')).toBe('agree the plans scope draft');
    expect(normaliseText('Café  review')).toBe('cafe review');
    expect(snap(5, { action: 'Agree the scope.' }).fp).toBe(
      snap(9, { action: 'agree  the SCOPE' }).fp
    );
    expect(snap(5, { action: 'Agree the scope' }).fp).not.toBe(
      snap(5, { action: 'Agree the scope', area: 'Housing' }).fp
    );
  });

  test('similarity is the Dice coefficient of letter pairs', () => {
    // night: ni ig gh ht; nacht: na ac ch ht; one pair shared of 4 + 4.
    expect(similarity('night', 'nacht')).toBeCloseTo(0.25, 10);
    expect(similarity('Plan', 'plan.')).toBe(1);
    expect(similarity('a', 'b')).toBe(0);
  });

  test('inserted, deleted and sorted rows match by text, whatever their row', () => {
    const older = [
      snap(5, { action: 'Write the strategy' }),
      snap(6, { action: 'Hire a lead' }),
      snap(7, { action: 'Open the hub' }),
    ];
    const newer = [
      snap(9, { action: 'Open the hub' }),
      snap(10, { action: 'Write the strategy' }),
      snap(12, { action: 'A new thing to do' }),
    ];
    const m = matchActions(older, newer);
    expect(m.pairs.map(([o, n]) => [o.action, n.action])).toEqual([
      ['Write the strategy', 'Write the strategy'],
      ['Open the hub', 'Open the hub'],
    ]);
    expect(m.added.map((a) => a.action)).toEqual(['A new thing to do']);
    expect(m.removed.map((a) => a.action)).toEqual(['Hire a lead']);
  });

  test('a reworded action keeps its reference; without one, a close rewording still matches', () => {
    const byRef = matchActions(
      [snap(5, { ref: '2.1', action: 'Write it' })],
      [snap(5, { ref: '2.1', action: 'Draft and publish the whole strategy' })]
    );
    expect(byRef.pairs).toHaveLength(1);
    const reworded = matchActions(
      [snap(5, { area: 'Housing', action: 'Agree the homelessness strategy with partners' })],
      [snap(8, { area: 'Housing', action: 'Agree the homelessness strategy with all partners' })]
    );
    expect(reworded.pairs).toHaveLength(1);
    const unlike = matchActions(
      [snap(5, { action: 'Agree the homelessness strategy' })],
      [snap(5, { action: 'Open two community hubs' })]
    );
    expect(unlike.pairs).toHaveLength(0);
    expect([unlike.removed.length, unlike.added.length]).toEqual([1, 1]);
  });

  test('a tie is not guessed: one removed and both added', () => {
    const m = matchActions(
      [snap(5, { action: 'Review the fees and charges policy' })],
      [
        snap(5, { action: 'Review the fees and charges policy A' }),
        snap(6, { action: 'Review the fees and charges policy B' }),
      ]
    );
    expect(m.pairs).toEqual([]);
    expect(m.removed).toHaveLength(1);
    expect(m.added).toHaveLength(2);
  });

  test('actions with the same text pair by equal RAG, so sorting them is no change', () => {
    const older = [
      snap(5, { action: 'Quarterly review', rag: 'red' }),
      snap(6, { action: 'Quarterly review', rag: 'green' }),
    ];
    const newer = [
      snap(5, { action: 'Quarterly review', rag: 'green' }),
      snap(6, { action: 'Quarterly review', rag: 'red' }),
    ];
    const m = matchActions(older, newer);
    expect(m.pairs.map(([o, n]) => [o.rag, n.rag])).toEqual([
      ['red', 'red'],
      ['green', 'green'],
    ]);
  });

  test('the same reference twice on a side is not used to match', () => {
    const m = matchActions(
      [snap(5, { ref: '1', action: 'Alpha work' }), snap(6, { ref: '1', action: 'Beta work' })],
      [snap(5, { ref: '1', action: 'Gamma job' })]
    );
    expect(m.pairs).toEqual([]);
  });
});

describe("a roll-up's actions, each in its own workbook", () => {
  const inBook = (book: string, row: number, o: Parameters<typeof action>[1] = {}): SnapAction =>
    snapAction(action(row, { ...o, sheet: `[${book}]Action plan` }));

  test('the same text and reference in two workbooks never pair', () => {
    // Adults' action 1.1 went; Children's has an action 1.1 of the same words, there before and after.
    const older = [
      inBook('Adults.xlsx', 5, { ref: '1.1', action: 'Review the policy' }),
      inBook('Children.xlsx', 5, { ref: '1.1', action: 'Review the policy' }),
    ];
    const newer = [inBook('Children.xlsx', 5, { ref: '1.1', action: 'Review the policy' })];
    const m = matchActions(older, newer);
    expect(m.pairs).toEqual([[older[1], newer[0]]]);
    expect(m.removed).toEqual([older[0]]);
    expect(m.added).toEqual([]);
  });

  test('an action moved to another workbook is removed from one and added to the other', () => {
    const older = [inBook('Adults.xlsx', 5, { ref: '2', action: 'Hire a lead' })];
    const newer = [inBook('Place.xlsx', 5, { ref: '2', action: 'Hire a lead' })];
    const m = matchActions(older, newer);
    expect(m.pairs).toEqual([]);
    expect(m.removed).toEqual(older);
    expect(m.added).toEqual(newer);
  });
});
