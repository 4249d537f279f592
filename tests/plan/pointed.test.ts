/**
 * Plans the user pointed at: read as plans where detection finds none, in place of a plan it
 * found overlapping them, and the engine's choices among columns recorded. Expected values by hand.
 */
import { readPlans, type Grid } from '../../src/plan';

/** A register detection does not take for a plan (no action or lead header), under a title. */
const REGISTER: Grid = {
  sheet: 'Risk register',
  top: 1,
  left: 1,
  values: [
    ['Council risk register 2025'],
    [],
    ['No.', 'Item', 'Person', 'Date', 'Time', 'Overall'],
    ['1', 'Reduce agency spend', 'Director of Adult Services', '31/03/2025', 'Green', 'Red'],
    ['2', 'Close the old depot', 'Head of Fleet', '30/06/2025', 'Amber', 'Amber'],
    ['3', 'Retender the waste contract', 'Director of Place', '31/12/2025', 'Red', 'Green'],
  ],
};
const AS_OF = '2025-05-01';
/** The register's table, its header on row 3, as the user points at it. */
const pointed = [{ sheet: 'Risk register', top: 3, left: 1, bottom: 6, right: 6, headerRow: 3 }];

describe('a range the user pointed at', () => {
  it('is read as a plan, its first row the header, where detection finds none', () => {
    expect(readPlans(REGISTER, { asOf: AS_OF })).toEqual([]);
    const overrides = { 'Risk register!3': { action: 'B', lead: 'C', rag: 'F' } };
    const [plan] = readPlans(REGISTER, { asOf: AS_OF, pointed, overrides });
    expect(plan.range).toEqual({ top: 3, left: 1, bottom: 6, right: 6 });
    expect(plan.headerRow).toBe(3);
    expect(plan.actions.map((a) => [a.row, a.action, a.lead, a.rag, a.state])).toEqual([
      [4, 'Reduce agency spend', 'Director of Adult Services', 'red', 'overdue'],
      [5, 'Close the old depot', 'Head of Fleet', 'amber', 'on-track'],
      [6, 'Retender the waste contract', 'Director of Place', 'green', 'on-track'],
    ]);
    // The user chose the RAG: it is no longer the engine's choice.
    expect(plan.chosen?.some((c) => c.field === 'rag')).toBeFalsy();
  });

  it('records where the engine chose among rating columns', () => {
    const [plan] = readPlans(REGISTER, { asOf: AS_OF, pointed });
    const rag = plan.chosen?.find((c) => c.field === 'rag');
    // Time (E, 5) and Overall (F, 6) both hold ratings: one is read, the other could be.
    expect(rag && [rag.col, ...rag.others].sort()).toEqual([5, 6]);
  });

  it('says a plain "Date" column read as the timescale may be a meeting\'s, until the user chooses', () => {
    const [plan] = readPlans(REGISTER, { asOf: AS_OF, pointed });
    expect(plan.chosen?.find((c) => c.field === 'timescale')).toEqual({
      field: 'timescale',
      col: 4,
      others: [],
      doubt: "a date that may be a meeting's",
    });
    const overrides = { 'Risk register!3': { timescale: 'D' } };
    const [chosen] = readPlans(REGISTER, { asOf: AS_OF, pointed, overrides });
    expect(chosen.chosen?.some((c) => c.field === 'timescale')).toBeFalsy();
  });

  it('never offers a column the user gave another field as an alternative', () => {
    // No. (A) is read as the reference, and Item (B) could have been; the user makes Item the action.
    const [guessed] = readPlans(REGISTER, { asOf: AS_OF, pointed });
    expect(guessed.chosen?.find((c) => c.field === 'ref')).toEqual({
      field: 'ref',
      col: 1,
      others: [2],
    });
    const overrides = { 'Risk register!3': { action: 'B', lead: 'C' } };
    const [plan] = readPlans(REGISTER, { asOf: AS_OF, pointed, overrides });
    // Item is the action now: the reference had no other column, so there was no choice to tell.
    expect(plan.chosen?.find((c) => c.field === 'ref')).toBeUndefined();
    // The ratings are still the engine's choice, Overall (F) read and Time (E) the other.
    expect(plan.chosen?.find((c) => c.field === 'rag')).toEqual({
      field: 'rag',
      col: 6,
      others: [5],
    });
    // A user who makes the chosen column something else ends that choice too.
    const moved = { 'Risk register!3': { action: 'A', lead: 'C' } };
    const [other] = readPlans(REGISTER, { asOf: AS_OF, pointed, overrides: moved });
    expect(other.chosen?.find((c) => c.field === 'ref')).toBeUndefined();
  });

  it('with its header row given, reads the rows below that row only', () => {
    const pointed = [
      { sheet: 'Risk register', top: 1, left: 1, bottom: 6, right: 6, headerRow: 3 },
    ];
    const [plan] = readPlans(REGISTER, { asOf: AS_OF, pointed });
    expect(plan.headerRow).toBe(3);
    expect(plan.actions.map((a) => a.row)).toEqual([4, 5, 6]);
  });

  it('takes the place of a plan detection found overlapping it, and leaves other sheets alone', () => {
    const plan: Grid = {
      sheet: 'Plan',
      top: 1,
      left: 1,
      values: [
        ['Action', 'Lead', 'Timescale', 'RAG'],
        ['Build homes', 'Head of Housing', '31/03/2025', 'Red'],
        ['Repair roofs', 'Head of Housing', '31/03/2026', 'Green'],
      ],
    };
    expect(readPlans(plan, { asOf: AS_OF }).map((p) => p.actions.length)).toEqual([2]);
    // Pointed at the first row of actions only: one plan, one action.
    const one = [{ sheet: 'Plan', top: 1, left: 1, bottom: 2, right: 4, headerRow: 1 }];
    const read = readPlans(plan, { asOf: AS_OF, pointed: one });
    expect(read.map((p) => p.actions.map((a) => a.action))).toEqual([['Build homes']]);
    const elsewhere = [{ ...one[0], sheet: 'Other' }];
    expect(readPlans(plan, { asOf: AS_OF, pointed: elsewhere })[0].actions).toHaveLength(2);
  });

  it('reaching far below the cells (a whole-column selection) ends at the last row', () => {
    const pointed = [
      { sheet: 'Risk register', top: 3, left: 1, bottom: 1_048_576, right: 6, headerRow: 3 },
    ];
    const [plan] = readPlans(REGISTER, { asOf: AS_OF, pointed });
    expect(plan.range.bottom).toBe(6);
    expect(plan.actions).toHaveLength(3);
  });
});
