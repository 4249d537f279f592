/**
 * Both corpora (tests/fixtures/real-layouts, rebuilt; tests/fixtures/real-excel, as Excel wrote
 * them) must not be read worse than they were: facts read right may only rise; phantom actions,
 * plans missed and silent errors may only fall (tests/fixtures/floors.json). And the scorer itself
 * counts as docs/fidelity.md says (worked by hand below).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import floorsJson from './fixtures/floors.json';
import { CORPORA, CORPUS_NAMES, readTruths, scoreAll } from '../scripts/fidelity/corpus';
import {
  corpusMark,
  markOf,
  raisedFloors,
  shortfalls,
  type Floors,
} from '../scripts/fidelity/floors';
import { missesByCause, rowRanges } from '../scripts/fidelity/misses';
import {
  scoreLayout,
  totals,
  totalsByKind,
  type EnginePlan,
  type LayoutScore,
} from '../scripts/fidelity/score';
import { LAYOUT_KINDS, type Truth } from '../scripts/fidelity/truth';
import { cellAt } from './cellText';

const floors = floorsJson as Floors;

const RAISE =
  'The floors are a ratchet: a workbook read worse than before means the engine is to be fixed; never loosen a ' +
  'floor (nor the truth) to make this pass. When the engine reads the corpora better, `npm run fidelity -- ' +
  '--raise-floors` moves tests/fixtures/floors.json to the new figures (it never makes one worse).';

const TRUTH: Truth = {
  name: 'tiny',
  source: {
    organisation: 'Test',
    title: 'Tiny plan',
    year: 2026,
    kind: 'action plan',
    found: 'made for this test',
  },
  asOf: '2026-11-30',
  notPlans: [{ sheet: 'Key', why: 'key sheet' }],
  plans: [
    {
      sheet: 'Plan',
      headerRow: 3,
      columns: { action: 'B', lead: 'C', timescale: 'D' },
      actions: [
        { row: 4, line: 1, lead: 'Head of Finance', due: '2026-10-31', state: 'overdue' },
        { row: 5, line: 1, lead: 'Head of HR', due: '2026-12-15', rag: 'green', state: 'complete' },
        { row: 6, line: 1, lead: 'ICT Manager', savings: 50000, state: 'paused' },
      ],
    },
  ],
};

const ENGINE: EnginePlan[] = [
  {
    sheet: 'Plan',
    headerRow: 3,
    columns: [
      { field: 'action', col: 2 },
      { field: 'lead', col: 3 },
      { field: 'timescale', col: 5 },
    ],
    actions: [
      {
        sheet: 'Plan',
        row: 4,
        line: 1,
        lead: 'head of  finance',
        timescale: { due: '2026-10-31' },
        state: 'on-track',
      },
      {
        sheet: 'Plan',
        row: 5,
        line: 1,
        lead: 'Head of HR',
        timescale: { due: '2026-12-15' },
        rag: 'green',
        state: 'overdue',
      },
      { sheet: 'Plan', row: 7, line: 1, lead: 'Nobody', timescale: null, state: 'undated' },
    ],
  },
  {
    sheet: 'Plan',
    headerRow: 7,
    columns: [{ field: 'action', col: 1 }],
    actions: [{ sheet: 'Plan', row: 7, line: 1 }],
  },
  {
    sheet: 'Key',
    headerRow: 1,
    columns: [],
    actions: [
      { sheet: 'Key', row: 2, line: 1 },
      { sheet: 'Key', row: 3, line: 1 },
    ],
  },
];

describe('the fidelity scorer', () => {
  // By hand: facts = plan 1 + columns 3 + row 4 (1 + 3 keys) + row 5 (1 + 4) + row 6 (1 + 3: an
  // action not read loses its keys too) = 17. Right = plan 1 + action and lead columns 2 (the
  // timescale is read from E, not D) + row 4 present, lead (case and spaces folded), due 3 + row 5
  // present, lead, due, rag 4 = 10; facts right 10 / 17 = 58.8%.
  // Phantoms: row 7 (read by two of the engine's tables, still one action) + the Key sheet's rows
  // 2 and 3 = 3. Plans missed: 0 (rows 4 and 5 were read).
  // Silent errors: row 4's state (overdue read as on track) and row 5's (complete read as overdue),
  // no finding anywhere = 2; row 6 is not read and carries £50,000, so the totals are silently short
  // of it = 3.
  const score = scoreLayout(TRUTH, ENGINE);

  it('counts facts, right answers, phantoms and plans missed as worked by hand', () => {
    expect([score.facts, score.right, score.score]).toEqual([17, 10, 58.8]);
    expect([score.plans, score.plansMissed, score.phantomActions]).toEqual([1, 0, 3]);
  });

  it('counts a wrong state with no finding as a silent error, and says where', () => {
    expect(score.silentErrors).toBe(3);
    expect(score.misses.filter((m) => m.silent).map((m) => m.text)).toEqual([
      'Plan!4 state: want "overdue", got "on-track"',
      'Plan!5 state: want "complete", got "overdue"',
      'Plan!6: action not found (carries money)',
    ]);
  });

  it('lets a finding at the cell the value is in make an error seen, but not a judgement drawn from it', () => {
    // Row 4: an unreadable-timescale warning at D4, the labelled timescale cell: the wrong state is
    // seen. Row 5: "Green but overdue" at D5 only concludes from the wrong reading: still silent
    // (and row 6, not read, still carries money nobody is told about).
    const flagged: EnginePlan[] = [
      {
        ...ENGINE[0],
        findings: [
          { severity: 'warning', code: 'unreadable-timescale', cell: cellAt("'Plan'!D4") },
          { severity: 'error', code: 'green-but-overdue', cell: cellAt("'Plan'!D5") },
        ],
      },
      ...ENGINE.slice(1),
    ];
    const s = scoreLayout(TRUTH, flagged);
    expect(s.misses.filter((m) => m.silent).map((m) => m.text)).toEqual([
      'Plan!5 state: want "complete", got "overdue"',
      'Plan!6: action not found (carries money)',
    ]);
  });

  it('lets a plan-level "No lead column" warning cover the leads only', () => {
    const wrongLead: EnginePlan[] = [
      {
        ...ENGINE[0],
        actions: ENGINE[0].actions.map((a) => (a.row === 5 ? { ...a, lead: 'Head of IT' } : a)),
        findings: [
          {
            severity: 'warning',
            code: 'missing-column',
            cell: null,
            message: 'No lead column in the table at A3:E7: ...',
          },
        ],
      },
    ];
    const silent = scoreLayout(TRUTH, wrongLead).misses.filter((m) => m.silent);
    // Row 5's wrong lead is covered by the warning; the two wrong states are not; row 6 (money,
    // not read) is covered too, as the plan carries a warning.
    expect(silent.map((m) => m.field ?? m.kind)).toEqual(['state', 'state']);
  });

  it('counts a plan missed when none of its actions is read, and an overdue action not read as silent', () => {
    const s = scoreLayout(TRUTH, [ENGINE[2]]);
    // Facts 17 as above; right 0. Plans missed 1; phantoms: the Key sheet's 2 rows. Silent: row 4,
    // overdue, and row 6, carrying money, not read = 2 (row 5 is complete, with no money).
    expect([s.facts, s.right, s.plansMissed, s.phantomActions, s.silentErrors]).toEqual([
      17, 0, 1, 2, 2,
    ]);
  });

  it('scores a workbook with no plan 100% of nothing, its phantoms counted', () => {
    const none: Truth = { ...TRUTH, plans: [], source: { ...TRUTH.source, kind: 'no plan' } };
    expect(scoreLayout(none, [])).toMatchObject({ facts: 0, score: 100, phantomActions: 0 });
    // Plan rows 4, 5 and 7 (once) and the Key sheet's rows 2 and 3: 5 phantoms.
    expect(scoreLayout(none, ENGINE)).toMatchObject({ facts: 0, score: 100, phantomActions: 5 });
  });

  it('gives every point when the engine reads what the officer reads, money to the pound', () => {
    const perfect: EnginePlan[] = [
      {
        sheet: 'Plan',
        headerRow: 3,
        columns: [
          { field: 'action', col: 2 },
          { field: 'lead', col: 3 },
          { field: 'timescale', col: 4 },
        ],
        actions: [
          {
            sheet: 'Plan',
            row: 4,
            line: 1,
            lead: 'Head of Finance',
            timescale: { due: '2026-10-31' },
            state: 'overdue',
          },
          {
            sheet: 'Plan',
            row: 5,
            line: 1,
            lead: 'Head of HR',
            timescale: { due: '2026-12-15' },
            rag: 'green',
            state: 'complete',
          },
          {
            sheet: 'Plan',
            row: 6,
            line: 1,
            lead: 'ICT Manager',
            savings: 50000.2,
            state: 'paused',
          },
        ],
      },
    ];
    expect(scoreLayout(TRUTH, perfect)).toMatchObject({
      facts: 17,
      right: 17,
      score: 100,
      phantomActions: 0,
      plansMissed: 0,
      silentErrors: 0,
    });
  });

  it('adds the figures up over workbooks, facts right over all facts', () => {
    const a = scoreLayout(TRUTH, ENGINE); // 17 facts, 10 right, 3 phantoms, 3 silent
    const b = scoreLayout(TRUTH, [ENGINE[2]]); // 17 facts, 0 right, 1 missed, 2 phantoms, 2 silent
    // By hand: 34 facts, 10 right = 29.4%; plans 2, missed 1; phantoms 5; silent 5.
    expect(totals([a, b])).toEqual({
      layouts: 2,
      facts: 34,
      right: 10,
      score: 29.4,
      plans: 2,
      plansMissed: 1,
      phantomActions: 5,
      silentErrors: 5,
    });
    expect(totalsByKind([a, b])['action plan'].facts).toBe(34);
  });

  it('groups the misses by cause, phantoms by sheet with their rows', () => {
    expect(rowRanges([9, 3, 4, 5, 12, 11])).toBe('3-5, 9, 11-12');
    const text = missesByCause([score]);
    expect(text).toContain(
      'Phantom actions on sheets that hold no plan: 2\n  tiny / Key (key sheet): 2, rows 2-3'
    );
    expect(text).toContain('Phantom actions on plan sheets, at rows that hold no action: 1');
    expect(text).toContain('  timescale: 1\n    tiny: Plan column timescale: want D, got E');
    expect(text).toContain('    SILENT tiny: Plan!4 state: want "overdue", got "on-track"');
  });
});

describe('the ratchet', () => {
  const layout = (name: string, score: number, phantoms: number): LayoutScore => ({
    name,
    kind: 'action plan',
    corpus: 'rebuilt',
    facts: 10,
    right: 0,
    score,
    plans: 1,
    plansMissed: 0,
    phantomActions: phantoms,
    silentErrors: 0,
    misses: [],
  });
  const mark = (factsRight: number, phantomActions: number) => ({
    factsRight,
    phantomActions,
    plansMissed: 0,
    silentErrors: 0,
  });

  it('moves each figure to the better of floor and today, never the worse', () => {
    const old: Floors = { corpora: {}, layouts: { a: mark(40, 5), b: mark(70, 0) } };
    const raised = raisedFloors(old, [
      layout('a', 55.5, 7),
      layout('b', 60, 0),
      layout('c', 12.3, 9),
    ]);
    expect(raised.layouts).toEqual({ a: mark(55.5, 5), b: mark(70, 0), c: mark(12.3, 9) });
  });

  it('says in words how a figure falls short of its floor', () => {
    expect(shortfalls(mark(50, 4), mark(60, 3))).toEqual([
      'facts right 50% < 60%',
      'phantom actions 4 > 3',
    ]);
    expect(shortfalls(mark(60, 3), mark(60, 3))).toEqual([]);
  });
});

/** The sheet names of a workbook, in order, from its xl/workbook.xml. */
async function sheetNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<sheet\b[^]*?\bname="([^"]*)"/g)].map((m) => unescape(m[1]));
}

describe('the corpora', () => {
  let scores: LayoutScore[];
  beforeAll(async () => {
    scores = await scoreAll();
  }, 240_000);

  it('has a workbook and a truth of a known kind for every fixture, and a builder for every rebuilt one', async () => {
    for (const corpus of CORPUS_NAMES) {
      const truths = await readTruths(corpus);
      const files = await fs.readdir(CORPORA[corpus]);
      expect(files.filter((f) => f.endsWith('.xlsx')).sort()).toEqual(
        truths.map((t) => `${t.name}.xlsx`).sort()
      );
      for (const t of truths) expect(LAYOUT_KINDS).toContain(t.source.kind);
      if (corpus === 'rebuilt') {
        const builders = await fs.readdir(path.join(CORPORA[corpus], 'build'));
        expect(truths.filter((t) => !builders.includes(`${t.name}.js`)).map((t) => t.name)).toEqual(
          []
        );
      }
    }
  });

  it('labels every sheet of every workbook Excel wrote, and records the Excel that wrote it truly', async () => {
    for (const t of await readTruths('real-excel')) {
      const file = path.join(CORPORA['real-excel'], `${t.name}.xlsx`);
      const labelled = [...t.plans.map((p) => p.sheet), ...t.notPlans.map((n) => n.sheet)];
      expect(`${t.name}: ${[...new Set(labelled)].sort().join(' | ')}`).toBe(
        `${t.name}: ${(await sheetNames(file)).sort().join(' | ')}`
      );
      const zip = await JSZip.loadAsync(await fs.readFile(file));
      const app = (await zip.file('docProps/app.xml')?.async('string')) ?? '';
      const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
      expect(app).toContain(`<Application>${t.written?.by}</Application>`);
      expect(book).toContain(`rupBuild="${t.written?.build}"`);
      // ExcelJS writes "Microsoft Excel" and build 9303 too: a file it wrote is not Excel's.
      expect([t.name, t.written?.build]).not.toEqual([t.name, 9303]);
    }
  });

  it('reads every workbook no worse than its floor', () => {
    const worse: string[] = [];
    for (const [name, floor] of Object.entries(floors.layouts)) {
      const s = scores.find((x) => x.name === name);
      if (!s)
        worse.push(
          `floors.json names ${name}, which has no truth file; remove it from floors.json`
        );
      else for (const w of shortfalls(markOf(s), floor)) worse.push(`${name}: ${w}. ${RAISE}`);
    }
    expect(worse).toEqual([]);
  });

  it('reads each corpus no worse than its floor', () => {
    const worse: string[] = [];
    for (const corpus of CORPUS_NAMES) {
      const floor = floors.corpora[corpus];
      if (!floor) continue;
      for (const w of shortfalls(corpusMark(scores, corpus, floors), floor))
        worse.push(`${corpus}: ${w}. ${RAISE}`);
    }
    expect(worse).toEqual([]);
  });
});
