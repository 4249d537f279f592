import { readPlans } from '../../../src/plan/judge/readPlans';
import {
  findRagKey,
  isKeySheetName,
  readSheetKey,
  workbookKey,
  workbookRagKey,
} from '../../../src/plan/read/ragKey';
import { gridOf } from '../gridOf';

describe('isKeySheetName', () => {
  it.each([
    ['Key', true],
    ['RAG key', true],
    ['Legend', true],
    ['BRAG Key', true],
    ['Status legend', true],
    ['Action plan', false],
    ['Keyworkers', false],
  ])('%p is a key sheet: %p', (name, yes) => {
    expect(isKeySheetName(name)).toBe(yes);
  });
});

describe('findRagKey', () => {
  it('reads scores, letters and meanings from a key sheet', () => {
    const key = findRagKey(
      gridOf(
        [
          ['RAG rating key'],
          ['Score', 'Meaning'],
          [1, 'Red - significant issues, off track'],
          [2, 'Amber - some slippage'],
          [3, 'Green - on track'],
          [4, 'Complete'],
          ['Blue', 'Carried forward'],
        ],
        { sheet: 'Key' }
      )
    );
    expect(key).toEqual({
      '1': 'red',
      '2': 'amber',
      '3': 'green',
      '4': 'blue',
      'carried forward': 'blue',
    });
  });

  it('reads a key whose meaning is only in the colour of its swatch', () => {
    const key = findRagKey(
      gridOf(
        [
          [null, 'Off track'],
          [null, 'Minor issues'],
          [null, 'On track'],
        ],
        { sheet: 'Legend', fills: [['#FF0000'], ['#FFC000'], ['#00B050']] }
      )
    );
    // "Off track" and "On track" already read as red and green; only the plan's own words are added.
    expect(key).toEqual({ 'minor issues': 'amber' });
  });

  it('finds a key block beside a plan on its own sheet, but not two labelled cells of a form', () => {
    const plan = gridOf([
      ['Key:'],
      ['5', 'Complete'],
      ['4', 'Green: on track'],
      ['3', 'Amber: at risk'],
      ['2', 'Red: off track'],
      [],
      ['Action', 'Lead', 'Timescale', 'RAG'],
      ['Open the hub', 'Head of Housing', 'March 2030', 4],
      ['Review fees', 'Head of Finance', 'March 2030', 2],
    ]);
    expect(findRagKey(plan)).toEqual({ '5': 'blue', '4': 'green', '3': 'amber', '2': 'red' });
    const [read] = readPlans(plan, { asOf: '2024-06-01' });
    expect(read.actions.map((a) => a.rag)).toEqual(['green', 'red']);
    expect(read.findings.filter((f) => f.code === 'unreadable-rag')).toEqual([]);

    expect(
      findRagKey(
        gridOf([
          ['Council', 'Anytown'],
          ['Status', 'Green'],
          ['Owner', 'Chief Executive'],
        ])
      )
    ).toBeNull();
  });

  it('is total: empty, ragged and odd grids give null', () => {
    expect(findRagKey(gridOf([]))).toBeNull();
    expect(findRagKey(gridOf([[null], [], [{ error: '#N/A' }, true]]))).toBeNull();
    expect(findRagKey({ sheet: 'Key', top: 1, left: 1, values: undefined as never })).toBeNull();
  });
});

describe('workbookRagKey', () => {
  it('puts a key sheet first and gives null when no sheet has a key', () => {
    const keySheet = gridOf(
      [
        [1, 'Red'],
        [2, 'Amber'],
        [3, 'Green'],
      ],
      { sheet: 'RAG Key' }
    );
    const other = gridOf(
      [
        [1, 'Green'],
        [2, 'Amber'],
        [3, 'Red'],
      ],
      { sheet: 'Notes' }
    );
    expect(workbookRagKey([other, keySheet])).toEqual({ '1': 'red', '2': 'amber', '3': 'green' });
    expect(workbookRagKey([gridOf([['Action', 'Lead']])])).toBeNull();
  });

  it('reads scores in a plan through the key a workbook gives', () => {
    const key =
      workbookRagKey([
        gridOf(
          [
            [1, 'Red'],
            [2, 'Amber'],
            [3, 'Green'],
          ],
          { sheet: 'Key' }
        ),
      ]) ?? undefined;
    const [plan] = readPlans(
      gridOf([
        ['Action', 'Lead', 'Timescale', 'RAG'],
        ['Open the hub', 'Head of Housing', 'March 2030', 3],
        ['Review fees', 'Head of Finance', 'March 2030', 1],
      ]),
      { asOf: '2024-06-01', ragKey: key }
    );
    expect(plan.actions.map((a) => a.rag)).toEqual(['green', 'red']);
  });
});

describe('findRagKey on the keys councils publish', () => {
  it('reads a score, its meaning and its rating in three columns', () => {
    const key = findRagKey(
      gridOf(
        [
          ['Progress score', 'Meaning', 'RAG'],
          [1, 'Not started or stalled', 'Red'],
          [2, 'Started, significant risks', 'Red/Amber'],
          [5, 'Complete', 'Blue'],
        ],
        { sheet: 'Key', fills: [['#D9E1F2', '#D9E1F2', '#D9E1F2']] }
      )
    );
    expect(key).toEqual({
      '1': 'red',
      '2': 'red-amber',
      '5': 'blue',
      'not started or stalled': 'red',
      'started, significant risks': 'red-amber',
    });
  });

  it("takes the rating a meaning opens with, not a completion word in the plan's own label", () => {
    const key = findRagKey(
      gridOf(
        [
          ['Delivery status', 'Rating'],
          ['Not started / in progress', 'Red: not yet delivered'],
          ['Delivered, not yet evidenced', 'Amber: delivered, evidence not yet assured'],
        ],
        { sheet: 'Key' }
      )
    );
    expect(key).toEqual({
      'not started / in progress': 'red',
      'delivered, not yet evidenced': 'amber',
    });
  });

  it('gives every score of a band, and never reads a pale header fill as blue', () => {
    const key = findRagKey(
      gridOf(
        [
          ['Score', 'RAG'],
          ['1 to 3', 'Green'],
          ['4-5', 'Amber'],
          ['6 to 6', 'Red'],
        ],
        { sheet: 'Scoring', fills: [['#D9E1F2', '#D9E1F2']] }
      )
    );
    expect(key).toEqual({
      '1': 'green',
      '2': 'green',
      '3': 'green',
      '4': 'amber',
      '5': 'amber',
      '6': 'red',
    });
  });

  it('is never taken from side-by-side drop-down lists, nor from counts in a summary', () => {
    const lists = [
      ['Status', 'RAG'],
      ['1. Not yet started', 'Red'],
      ['2. Ongoing - on track', 'Amber'],
      ['3. Ongoing - delayed', 'Green'],
    ];
    expect(findRagKey(gridOf(lists, { sheet: 'Dropdowns' }))).toBeNull();
    expect(findRagKey(gridOf(lists, { sheet: 'Plan' }))).toBeNull();
    expect(
      findRagKey(
        gridOf(
          [
            ['Rating', 'Projects'],
            ['Green', 1],
            ['Amber/Green', 2],
            ['Amber', 4],
            ['Red', 0],
          ],
          { sheet: 'Summary' }
        )
      )
    ).toBeNull();
  });
});

describe('a key that says a rating means complete', () => {
  const RED = 'FFFF0000';
  const AMBER = 'FFFFC000';
  const GREEN = 'FF00B050';
  const BLUE = 'FF0070C0';
  // The key as a CQC action plan writes it: each colour swatch beside a sentence.
  const key = gridOf(
    [
      ['Red', 'Off track: the action will not be delivered by the target date'],
      ['Amber', 'On track: work under way and expected by the target date'],
      ['Green', 'Complete: the lead reports the action done'],
      ['Blue', 'Complete and checked by a peer inspection; signed off'],
    ],
    { sheet: 'Key', fills: [[RED], [AMBER], [GREEN], [BLUE]] }
  );

  it('reads the ratings whose meaning says the work is done', () => {
    expect(readSheetKey(key).completeRags.sort()).toEqual(['blue', 'green']);
  });

  it('does not take a rating that also covers work under way, or "no issues", for complete', () => {
    const loose = gridOf(
      [
        ['Red', 'Off track'],
        ['Amber', 'At risk'],
        ['Green', 'Complete or on track'],
        ['Blue', 'Achieved / on target'],
      ],
      { sheet: 'Key' }
    );
    expect(readSheetKey(loose).completeRags).toEqual([]);
    const wellingborough = gridOf(
      [
        ['Green', 'No issues'],
        ['Amber', 'The board can handle any issues'],
        ['Red', 'Needs a decision from the committee'],
      ],
      { sheet: 'Key' }
    );
    expect(readSheetKey(wellingborough).completeRags).toEqual([]);
  });

  it('makes a Green action past its date complete, not overdue, and leaves Amber overdue', () => {
    const { ragKey, completeRags } = workbookKey([key]);
    const [plan] = readPlans(
      gridOf([
        ['Action', 'Lead', 'Target date', 'RAG'],
        ['Audit seclusion records', 'Clinical Director', '31/08/2017', 'Green'],
        ['Raise training compliance', 'Director of Workforce', '31/08/2017', 'Amber'],
      ]),
      { asOf: '2024-06-01', ragKey: ragKey ?? undefined, completeRags }
    );
    expect(plan.actions.map((a) => a.state)).toEqual(['complete', 'overdue']);
    expect(plan.findings.filter((f) => f.code === 'green-but-overdue')).toEqual([]);
  });
});
