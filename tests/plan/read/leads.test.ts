import { isThemeWord, readLeads, THEME_WORDS } from '../../../src/plan/read/leads';

function leads(text: string): string[] {
  return readLeads(text).value;
}

describe('readLeads: tidying', () => {
  it('mends a name broken across lines in the PDF (seed 004)', () => {
    expect(readLeads('Andrew Bowen- Hartley')).toEqual({ value: ['Andrew Bowen-Hartley'] });
    expect(leads('Patrick Orwell- Shaw')).toEqual(['Patrick Orwell-Shaw']);
    expect(leads('Andrew Bowen-\nHartley')).toEqual(['Andrew Bowen-Hartley']);
  });

  it('trims and collapses spaces', () => {
    expect(leads('  Kathy   Fenwick \t')).toEqual(['Kathy Fenwick']);
  });

  it('reads one lead per line, once each', () => {
    expect(leads('AD Communications\nCLT\r\nCLT')).toEqual(['AD Communications', 'CLT']);
  });
});

describe('readLeads: lists of people or roles (seed 001)', () => {
  it.each([
    ['COO/Director of HR/AD Transformation', ['COO', 'Director of HR', 'AD Transformation']],
    ['Director of HR/AD Transformation', ['Director of HR', 'AD Transformation']],
    ['CE/Leader', ['CE', 'Leader']],
    ['CE/DoHR', ['CE', 'DoHR']],
    ['CE/Monitoring Officer', ['CE', 'Monitoring Officer']],
    ['AD Communications and AD Policy', ['AD Communications', 'AD Policy']],
    ["COO and Leader's Office", ['COO', "Leader's Office"]],
    ['COO/AD Policy and AD Transformation', ['COO', 'AD Policy', 'AD Transformation']],
    ['SLT/All Thematic Steering Groups', ['SLT', 'All Thematic Steering Groups']],
    [
      'Director of Regeneration and Member Portfolio Holder',
      ['Director of Regeneration', 'Member Portfolio Holder'],
    ],
    [
      'Director of Place and Director of Regeneration',
      ['Director of Place', 'Director of Regeneration'],
    ],
    ['Kathy Fenwick & Tara Gault', ['Kathy Fenwick', 'Tara Gault']],
    ['Kathy Fenwick; Tara Gault', ['Kathy Fenwick', 'Tara Gault']],
    // Cut off at a page break in the PDF.
    ['COO/AD Policy and Performance and', ['COO', 'AD Policy and Performance']],
  ])('splits %p', (text, expected) => {
    expect(leads(text)).toEqual(expected);
  });

  it.each([
    'AD Policy, Performance & Communities',
    'AD Customer, Communications and Culture',
    'AD Customer, Communication and Culture',
    'Director of Partnership, Impact and Delivery',
    'Health and Social Care',
    'SLT Four Theme Steering Group Leads',
    'Head of Planning and Building Control',
    'Director of Legal & Governance',
    'Director of HR/OD',
    'Kathy Fenwick',
  ])('keeps %p whole', (text) => {
    expect(leads(text)).toEqual([text]);
  });

  it('splits on "/" while keeping a title that holds a list', () => {
    expect(leads('SLT/AD Policy, Performance & Communities')).toEqual([
      'SLT',
      'AD Policy, Performance & Communities',
    ]);
  });
});

describe('readLeads: slips of the pen (seed 001, recommendation 8)', () => {
  it('reads "COO/AD, Policy and Performance and Community" as the same two posts as without the comma', () => {
    expect(readLeads('COO/AD, Policy and Performance and Community').value).toEqual([
      'COO',
      'AD Policy and Performance and Community',
    ]);
    expect(readLeads('COO/AD Policy and Performance and Community').value).toEqual([
      'COO',
      'AD Policy and Performance and Community',
    ]);
  });

  it('keeps a comma that separates two posts', () => {
    expect(readLeads('COO, CFO').value).toEqual(['COO', 'CFO']);
  });
});

describe('readLeads: no lead', () => {
  it.each([null, '', '   ', ' ; / '])('reports %p as a missing lead', (value) => {
    const r = readLeads(value);
    expect(r.value).toEqual([]);
    expect(r.problem).toMatchObject({ code: 'missing-lead', severity: 'warning' });
    expect(r.problem?.message).toContain('Write the officer or role responsible');
  });

  it('names an error value', () => {
    const r = readLeads({ error: '#REF!' });
    expect(r.value).toEqual([]);
    expect(r.problem?.message).toContain('#REF!');
  });
});

describe('isThemeWord', () => {
  it('recognises the theme words Havering puts in its lead cells (seed 001)', () => {
    expect(['OPPORTUNITIES', 'CONNECTIONS', 'PLACE', ' PLACE '].every(isThemeWord)).toBe(true);
    expect(THEME_WORDS.every(isThemeWord)).toBe(true);
  });

  it('does not take acronyms, names or ordinary words for themes', () => {
    expect(
      ['CLT', 'SLT', 'COO', 'DASS', 'Place', 'Kathy Fenwick', 'OUR PLACE', 'HR', '', 'P1ACE'].some(
        isThemeWord
      )
    ).toBe(false);
  });
});

describe('readLeads: a person and their post are one lead', () => {
  it.each([
    // An anonymised return's officer and post (the Towns Fund data store's risk register).
    ['Officer A, Head of Property Services', ['Officer A, Head of Property Services']],
    ['Sam Jones, Director of Place', ['Sam Jones, Director of Place']],
    ['Sam Jones, Assistant Director of Finance', ['Sam Jones, Assistant Director of Finance']],
  ])('%s', (text, want) => expect(leads(text)).toEqual(want));

  it.each([
    // Two posts, or a post then a name, stay a list.
    ['Head of Finance, Head of HR', ['Head of Finance', 'Head of HR']],
    ['Sam Jones, Alex Brown', ['Sam Jones', 'Alex Brown']],
  ])('%s is two leads', (text, want) => expect(leads(text)).toEqual(want));
});
