/**
 * The words councils, schools and the NHS write: headers, school terms, recommendation statuses
 * and a rating column that says an action was withdrawn. Expected values worked out by hand.
 */
import { matchHeader } from '../../../src/plan/detect/headers';
import { readPlans } from '../../../src/plan/judge/readPlans';
import { readLeads } from '../../../src/plan/read/leads';
import { readStage } from '../../../src/plan/read/stage';
import { readTimescale } from '../../../src/plan/read/timescale';
import { gridOf } from '../gridOf';

describe('headers', () => {
  it.each([
    ['By whom', 'lead'],
    ['BY WHOM', 'lead'],
    ['Responsible officer(s)', 'lead'],
    ['Responsible Officers', 'lead'],
    ['By when', 'timescale'],
    ['Revised timetable', 'revised'],
    ['Exec Date', 'not-deadline'],
    ['Cabinet date', 'not-deadline'],
    ['Date of meeting', 'not-deadline'],
    // How to fill it in is no part of the label.
    ['Completion Date - mmm/yy (e.g. Dec-22)', 'timescale'],
    ['Target date (dd/mm/yyyy)', 'timescale'],
  ])('%p names the %s', (header, hint) => {
    expect(matchHeader(header)).toBe(hint);
  });
});

describe('school terms', () => {
  it.each([
    // The autumn term ends at Christmas, the spring term by Easter (31 March), the summer term with the school year.
    ['Autumn term 2025', '2025-12-31'],
    ['Spring term 2026', '2026-03-31'],
    ['Summer term 2026', '2026-08-31'],
    // A school year written as two: autumn in the first, spring and summer in the second.
    ['Autumn term 2025/26', '2025-12-31'],
    ['Spring term 2025/26', '2026-03-31'],
    // A season with no "term" is the season: autumn ends in November.
    ['Autumn 2025', '2025-11-30'],
  ])('%p is due %s', (text, due) => {
    expect(readTimescale(text).value).toMatchObject({ kind: 'season', due });
  });

  it.each(['Termly', 'Half-termly', 'Each term', 'Every half term'])('%p is ongoing', (text) => {
    expect(readTimescale(text)).toEqual({ value: { text, kind: 'ongoing', due: null } });
  });
});

describe('recommendation statuses', () => {
  it.each([
    ['Partially implemented', 'in-progress'],
    ['Not implemented', 'not-started'],
    ['Not applicable', 'cancelled'],
    ['Rejected', 'cancelled'],
    ['Not accepted', 'cancelled'],
    // A drop-down's option number, or the thing the word is about, before the word.
    ['1. Not yet started', 'not-started'],
    ['Project complete', 'complete'],
    ['Project cancelled', 'cancelled'],
    ['Scheme on hold', 'paused'],
  ])('%p is %s', (text, stage) => {
    expect(readStage(text)).toEqual({ value: stage });
  });
});

it('"Withdrawn" in a rating column cancels the action: no rating, never overdue', () => {
  const [plan] = readPlans(
    gridOf([
      ['Action', 'By whom', 'By when', 'RAG'],
      ['Close the depot', 'Head of Waste', '31/03/2026', 'Withdrawn'],
      ['Open the new depot', 'Head of Waste', '31/03/2026', 'Red'],
    ]),
    { asOf: '2026-12-07' }
  );
  expect(plan.actions.map((a) => [a.lead, a.rag, a.state])).toEqual([
    ['Head of Waste', null, 'cancelled'],
    ['Head of Waste', 'red', 'overdue'],
  ]);
});

it.each(['5. Other', 'Project board', 'Work'])('%p is no progress word', (text) => {
  expect(readStage(text).value).toBeNull();
});

describe('lead titles that are one post', () => {
  it.each([
    'Chief Nurse and Director of Quality',
    'Head of Service, Multi-Agency Safeguarding Hub',
    'Service Manager, Community Mental Health Teams',
    'Head of Service, Children in Need and Child Protection',
  ])('%p is one lead', (text) => {
    expect(readLeads(text)).toEqual({ value: [text] });
  });

  it.each([
    ['Director of Place, Director of Resources', ['Director of Place', 'Director of Resources']],
    ['Head of Housing, Planning Manager', ['Head of Housing', 'Planning Manager']],
    ['Chief Executive and Leader', ['Chief Executive', 'Leader']],
  ])('%p is still several', (text, leads) => {
    expect(readLeads(text).value).toEqual(leads);
  });
});
