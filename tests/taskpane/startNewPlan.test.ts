/**
 * The add-in's "Start a new plan", with the Office.js adapter faked at its edge: the sheets are
 * named after the workbook's own (a second plan is "Action plan 2" with "Key 2", and its lead
 * drop-down reads "Key 2"), the layouts hold the recommendations read, and the outcome says what
 * was read, written and left out.
 */
import { startNewPlan, type NewPlanPort } from '../../src/addin';
import type { SheetLayout, SourceValidation } from '../../src/report/sheetSpec';

function fakePort(taken: string[], leftOut: ('validation' | 'print' | 'table-style')[] = []) {
  const written: SheetLayout[][] = [];
  const port: NewPlanPort = {
    async writeNewSheets(build) {
      const layouts = build(taken);
      written.push(layouts);
      return { names: layouts.map((l) => l.name), leftOut, oneUndoStep: true, syncs: 2 };
    },
  };
  return { port, written };
}

const TEXT =
  'Recommendation 1\nClose the budget gap.\n\n7\n\nRecommendation 2\nReview the capital programme.';

describe('startNewPlan', () => {
  it('names the sheets after those the workbook has, and points the lead drop-down at its own Key', async () => {
    const { port, written } = fakePort(['Action plan', 'key', 'Summary']);
    const outcome = await startNewPlan(port, {
      text: TEXT,
      brag: false,
      leads: ['Director of Place', ' '],
    });
    const [plan, key] = written[0];
    expect([plan.name, key.name]).toEqual(['Action plan 2', 'Key 2']);
    const lead = plan.validations.find((v) => v.kind === 'source') as SourceValidation;
    expect(lead.source.sheet).toBe('Key 2');
    // Title, guidance, header, then the two recommendations in rows 4 and 5: Ref, Theme, Recommendation.
    expect(plan.values.slice(3).map((r) => r.slice(0, 3))).toEqual([
      ['1', null, 'Close the budget gap.'],
      ['2', null, 'Review the capital programme.'],
    ]);
    // The one lead given is the Key's list (the blank one is left out).
    expect(key.values.flat()).toContain('Director of Place');
    expect(outcome).toEqual({
      ok: true,
      read: 'Read 2 recommendations headed "Recommendation 1", "Recommendation 2", ...; left out 1 line of page numbers, headers and footers (“7”).',
      wrote:
        'Wrote “Action plan 2” (an Excel table of 2 rows, a RAG drop-down of Red, Amber, Green) and “Key 2” (what each rating means and the list of leads).',
      leftOut: null,
      planSheet: 'Action plan 2',
    });
  });

  it('says what an older Excel could not be given', async () => {
    const { port } = fakePort([], ['validation', 'print']);
    const outcome = await startNewPlan(port, { text: TEXT, brag: true, leads: [] });
    expect(outcome.ok && outcome.leftOut).toBe(
      'This version of Excel could not add the drop-downs and date checks or the print set-up; the plan was written without them and reads the same.'
    );
  });

  it('writes nothing when no recommendation is found, and says how they are recognised', async () => {
    const { port, written } = fakePort([]);
    const outcome = await startNewPlan(port, {
      text: '\n  \nPage 1 of 3\n',
      brag: false,
      leads: [],
    });
    expect(written).toEqual([]);
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringContaining('No recommendations were found in the text'),
    });
  });
});
