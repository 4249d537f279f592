import { isStageText, readStage } from '../../../src/plan/read/stage';

describe('readStage', () => {
  it.each([
    ['Complete', 'complete'],
    ['Completed', 'complete'],
    ['Done', 'complete'],
    ['In progress', 'in-progress'],
    ['In-Progress', 'in-progress'],
    ['Underway', 'in-progress'],
    ['Under way', 'in-progress'],
    ['On track', 'in-progress'],
    ['Started', 'in-progress'],
    ['Not started', 'not-started'],
    ['Not yet started', 'not-started'],
    ['NOT STARTED', 'not-started'],
    ['Planned', 'not-started'],
    ['Paused', 'paused'],
    ['On hold', 'paused'],
    ['On-hold', 'paused'],
    ['Deferred', 'deferred'],
    ['Postponed', 'deferred'],
    // Late is not stopped: a delayed action can still be overdue.
    ['Delayed', 'in-progress'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['Withdrawn', 'cancelled'],
    ['Superseded', 'cancelled'],
    ['No longer required', 'cancelled'],
    ['Scheme removed from the programme', 'cancelled'],
    ['Removed', 'cancelled'],
    ['Closed', 'complete'],
    ['Implemented', 'complete'],
    ['Partially implemented', 'in-progress'],
    ['Not implemented', 'not-started'],
    ['Not complete', 'in-progress'],
    ['Delivered', 'complete'],
    ['Achieved', 'complete'],
    ['✔ Complete', 'complete'],
    ['✔', 'complete'],
    ['✅', 'complete'],
    ['C', 'complete'],
    ['100%', 'complete'],
    ['🟢 On track', 'in-progress'],
    ['🔵 Complete', 'complete'],
    ['● On hold', 'paused'],
    ['100 %', 'complete'],
    ['75%', 'in-progress'],
    ['0%', 'not-started'],
  ])('reads %s as %s', (text, stage) => {
    expect(readStage(text)).toEqual({ value: stage });
  });

  it.each([
    [' in progress. ', 'in-progress'],
    ['Delayed - awaiting funding', 'in-progress'],
    ['Implemented (see audit report)', 'complete'],
    ['Complete (May 2024)', 'complete'],
    ['On hold: restructure', 'paused'],
  ])('reads %p, with stray spaces or a comment after the word', (text, stage) => {
    expect(readStage(text).value).toBe(stage);
  });

  it.each([null, '', '  '])('treats %p as no stage, with no problem', (value) => {
    expect(readStage(value)).toEqual({ value: null });
  });

  it.each(['Red', 'Nearly there', 'Starting soon', 'Doneish', '150%', 'Cat', '✔ maybe'])(
    'does not read %p',
    (text) => {
      expect(readStage(text)).toEqual({
        value: null,
        problem: {
          code: 'unreadable-stage',
          severity: 'warning',
          message: `Stage "${text}" is not a progress word. Use Not started, In progress, Complete (or Closed, 100%), Paused (On hold), Deferred or Cancelled (Withdrawn).`,
        },
      });
    }
  );

  it.each([
    [1, 'complete'],
    [0.4, 'in-progress'],
    [0, 'not-started'],
  ])('reads the share done %p (as Excel holds a percentage) as %s', (value, stage) => {
    expect(readStage(value)).toEqual({ value: stage });
  });

  it.each([3, 1.5, -0.2, NaN, false, { error: '#VALUE!' }])('reports %p as unreadable', (value) => {
    expect(readStage(value)).toMatchObject({ value: null, problem: { code: 'unreadable-stage' } });
  });
});

describe('a line taken out of the programme, said in a phrase', () => {
  it.each([
    'Scheme removed from the programme',
    'Removed from the savings programme',
    'Project has been dropped from the plan',
    'No longer being pursued',
    'Not proceeding: lease extended',
    'Will not proceed',
  ])('reads %p as cancelled', (text) => {
    expect(readStage(text).value).toBe('cancelled');
  });

  it.each([
    'Risk that the scheme is removed from the programme',
    'Not progressed due to staff absence',
    'Proposal to remove the scheme',
  ])('does not read %p as cancelled', (text) => {
    expect(readStage(text).value).not.toBe('cancelled');
  });
});

describe('isStageText', () => {
  it('tells progress words from RAG words', () => {
    expect(['In progress', 'Not started', 'On hold', 'Completed'].every(isStageText)).toBe(true);
    expect(['Red', 'A', 'Amber/Green', '', 'Purple'].some(isStageText)).toBe(false);
  });
});
