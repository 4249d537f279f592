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
    ['Delayed', 'deferred'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['Withdrawn', 'cancelled'],
    ['Closed', 'cancelled'],
  ])('reads %s as %s', (text, stage) => {
    expect(readStage(text)).toEqual({ value: stage });
  });

  it.each([
    [' in progress. ', 'in-progress'],
    ['Delayed - awaiting funding', 'deferred'],
    ['Complete (May 2024)', 'complete'],
    ['On hold: restructure', 'paused'],
  ])('reads %p, with stray spaces or a comment after the word', (text, stage) => {
    expect(readStage(text).value).toBe(stage);
  });

  it.each([null, '', '  '])('treats %p as no stage, with no problem', (value) => {
    expect(readStage(value)).toEqual({ value: null });
  });

  it.each(['Red', 'Nearly there', 'Starting soon', 'Doneish', 'Not applicable'])('does not read %p', (text) => {
    expect(readStage(text)).toEqual({
      value: null,
      problem: {
        code: 'unreadable-stage',
        severity: 'warning',
        message: `Stage "${text}" is not a progress word. Use Not started, In progress, Complete, Paused (On hold), Deferred (Delayed) or Cancelled.`,
      },
    });
  });

  it.each([3, NaN, false, { error: '#VALUE!' }])('reports %p as unreadable', (value) => {
    expect(readStage(value)).toMatchObject({ value: null, problem: { code: 'unreadable-stage' } });
  });
});

describe('isStageText', () => {
  it('tells progress words from RAG words', () => {
    expect(['In progress', 'Not started', 'On hold', 'Completed'].every(isStageText)).toBe(true);
    expect(['Red', 'A', 'Amber/Green', '', 'Purple'].some(isStageText)).toBe(false);
  });
});
