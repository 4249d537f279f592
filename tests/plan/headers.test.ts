import { matchHeader } from '../../src/plan/detect/headers';

describe('matchHeader', () => {
  it.each([
    // Havering 2019 action plan (seed 001)
    ['No.', 'ref'],
    ['LGA Draft Peer Challenge Review Recommendation', 'objective'],
    ['Comment/Action', 'action'],
    ['Timescale', 'timescale'],
    ['Lead Thematic Steering Group/SLT Officer', 'lead'],
    // Havering productivity plan 2024 (seed 004)
    ['Area', 'area'],
    ['Transformation Objective', 'objective'],
    ['Objectives', 'objective'],
    ['Actions', 'action'],
    ['ELT Lead', 'lead'],
    ['ELT lead', 'lead'],
    ['RAG Rating', 'rag'],
    ['RAG rating', 'rag'],
    ['Barrier', 'objective'],
    ['Request', 'action'],
    // Harrow 2023 risks (seed 003)
    ['Risk Description ', 'objective'],
    ['Mitigations', 'action'],
    ['RAG Status ', 'rag'],
    // Other common phrasings from docs/design.md
    ['Workstream', 'area'],
    ['Responsible Officer', 'lead'],
    ['SLT Officer', 'lead'],
    ['Owner', 'lead'],
    // Performance system action report (West Dunbartonshire, Pentana)
    ['Code', 'ref'],
    ['Managed By', 'lead'],
    ['Deadline', 'timescale'],
    ['Due date', 'timescale'],
    ['Target date', 'timescale'],
    ['By when', 'timescale'],
    ['Savings £000', 'savings'],
    ["Savings (£'000)", 'savings'],
    ['Forecast savings', 'forecast'],
    ['Progress update', 'notes'],
    ['Stage', 'stage'],
  ])('reads %j as %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it('leaves "Status" to be decided by what the column holds', () => {
    expect(matchHeader('Status')).toBe('status');
  });

  it('does not take a sentence for a header', () => {
    expect(
      matchHeader(
        'The Council has undertaken several all staff events to discuss the corporate plan with staff'
      )
    ).toBeNull();
    expect(matchHeader('Andrew Bowen- Hartley')).toBeNull();
    expect(matchHeader('')).toBeNull();
  });
});
