import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import schema from '../../docs/report.schema.json';

const root = join(__dirname, '..', '..');
const fixture = (name: string): string => join('tests', 'fixtures', `${name}.xlsx`);

/** Runs the built command as a user would (node bin/rag-plan.js ...). */
function ragPlan(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'rag-plan.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// Each test starts node several times; on a busy machine that can pass jest's 5-second default.
jest.setTimeout(30_000);

beforeAll(() => {
  // The command runs from build/, made by `npm run build:cli` (on npm ci through `prepare`).
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
    { cwd: root }
  );
}, 120_000);

describe('rag-plan check', () => {
  it('prints a readable report: columns, RAG as words, overdue items and findings by cell', () => {
    const r = ragPlan('check', fixture('havering-productivity-plan-2024'), '--as-of', '2024-10-01');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Plan 1: Productivity plan, rows 4–21 — 19 actions');
    expect(r.stdout).toMatch(/RAG: +Red 1 · Amber 4 · Green 14 · No RAG 0/);
    expect(r.stdout).toMatch(
      /Overdue \(1\):\n +C47 +Consider and agree options.*Paul Warner, due 31 Aug 2024, 31 days overdue \[Green\]/
    );
    expect(r.stdout).toMatch(/ERROR +F47 +Rated Green but overdue/);
    expect(r.stdout).toContain('Savings: £15,000,000 in all, £15,000,000 at risk');
  });

  it('tells apart actions stacked in one cell by their line, most overdue first', () => {
    const r = ragPlan('check', fixture('havering-2019-action-plan'), '--as-of', '2019-09-04');
    expect(r.code).toBe(0);
    // Recommendation 8 (row 14): "April 2019" on lines 2 and 4, "15 th May 2019 Cabinet" on line 1.
    expect(r.stdout).toMatch(
      /Overdue \(4\):\n +C14 line 2 +Establish the “Community Hubs Steering Group” — .*due 30 Apr 2019, 127 days overdue\n +C14 line 4 .*\n +C14 +Agree the Developing .*due 15 May 2019, 112 days overdue\n +C18 +Agree a provisional date.*due 31 Jul 2019, 35 days overdue\n/
    );
    expect(r.stdout).toMatch(
      /Due soon \(2\):\n +C14 line 3 +Co-design .*26 days to go\n +C16 +Review resources .*Director of Adults, due 30 Sep 2019, 26 days to go/
    );
    expect(r.stdout).toContain('RAG:     No RAG 33');
  });

  it('exits 1 with --strict when a finding is an error (green but overdue here)', () => {
    expect(
      ragPlan(
        'check',
        fixture('havering-productivity-plan-2024'),
        '--as-of',
        '2024-10-01',
        '--strict'
      ).code
    ).toBe(1);
    expect(
      ragPlan(
        'check',
        fixture('havering-productivity-plan-2024'),
        '--as-of',
        '2024-07-01',
        '--strict'
      ).code
    ).toBe(0);
  });

  it('prints JSON that follows the documented schema', () => {
    const r = ragPlan('check', fixture('edge-cases'), '--as-of', '2024-10-01', '--json');
    const report = JSON.parse(r.stdout);
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const valid = ajv.validate(schema, report);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(report.asOf).toBe('2024-10-01');
    expect(report.plans[0].columns).toMatchObject({
      ref: 'Ref',
      lead: 'Owner',
      timescale: 'Due date',
      rag: 'RAG',
      stage: 'Status',
    });
    expect(report.plans[0].actions[0]).toEqual({
      sheet: 'Savings tracker',
      row: 4,
      line: 1,
      area: 'Workforce',
      objective: null,
      action: 'Reduce agency spend in Starting Well',
      lead: 'Tara Gault',
      timescale: '30 Sep 2024',
      due: '2024-09-30',
      rag: 'red',
      ragFrom: 'text',
      state: 'overdue',
      savings: 250000,
    });
  });

  it("gives every savings line's money in pounds and the finance totals, saying how each was read", () => {
    const report = JSON.parse(
      ragPlan('check', fixture('edge-cases'), '--as-of', '2024-10-01', '--json').stdout
    );
    const p = report.plans[0];
    // "Savings £'000" 250 and "Forecast £'000" 100 on row 4: pounds, shortfall worked out.
    expect(p.savingsLines[0]).toEqual({
      sheet: 'Savings tracker',
      row: 4,
      line: 1,
      year: null,
      target: 250000,
      forecast: 100000,
      shortfall: 150000,
      shortfallFrom: 'worked-out',
      targetFrom: 'column',
      unit: "£'000",
      cells: {
        target: "'Savings tracker'!H4",
        forecast: "'Savings tracker'!I4",
        action: "'Savings tracker'!C4",
        rag: "'Savings tracker'!F4",
      },
    });
    // "(50)" in thousands is -£50,000; a blank forecast is unknown, not zero.
    expect(p.savingsLines.find((l: { row: number }) => l.row === 6)).toMatchObject({
      target: -50000,
    });
    expect(p.savingsLines.find((l: { row: number }) => l.row === 10)).toMatchObject({
      target: 40000,
      forecast: null,
      shortfall: null,
    });
    const f = p.summary.finance;
    // Targets 250+500-50+120+300+75+40 = 1,235k; shortfalls 150+50-50 = 150k.
    expect(f.totals).toEqual({
      target: 1235000,
      forecast: 1045000,
      shortfall: 150000,
      lines: 7,
      unknown: 0,
    });
    // At risk: the Red (250k, 100k) and Amber (500k, 450k) lines.
    expect(f.atRisk).toEqual({
      target: 750000,
      forecast: 550000,
      shortfall: 200000,
      lines: 2,
      unknown: 0,
    });
    expect(f.units.map((u: { text: string }) => u.text)).toEqual([
      "Savings £'000: thousands of pounds (£'000), multiplied by 1,000.",
      "Forecast £'000: thousands of pounds (£'000), multiplied by 1,000.",
    ]);
  });

  it('says in the text report how much is short of target and at risk', () => {
    const r = ragPlan('check', fixture('edge-cases'), '--as-of', '2024-10-01');
    expect(r.stdout).toContain(
      'Savings: £1,235,000 in all, £750,000 at risk (red or amber); forecast £1,045,000, shortfall £150,000 (£200,000 of it at risk)'
    );
  });

  it('validates every fixture’s JSON against the schema', () => {
    const ajv = new Ajv();
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const name of [
      'havering-2019-action-plan',
      'harrow-2023-risks',
      'havering-productivity-plan-2024',
    ]) {
      const report = JSON.parse(ragPlan('check', fixture(name), '--json').stdout);
      expect(validate(report) ? [] : validate.errors).toEqual([]);
    }
  });

  it('the schema is strict enough to catch a wrong report', () => {
    const report = JSON.parse(
      ragPlan('check', fixture('edge-cases'), '--as-of', '2024-10-01', '--json').stdout
    );
    const ajv = new Ajv();
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(report)).toBe(true);
    const broken = (change: (r: typeof report) => void): boolean => {
      const copy = structuredClone(report);
      change(copy);
      return validate(copy);
    };
    expect(broken((r) => (r.plans[0].actions[0].rag = 'Green'))).toBe(false); // a word, not the contract's value
    expect(broken((r) => (r.plans[0].actions[0].due = '30/09/2024'))).toBe(false);
    expect(broken((r) => delete r.plans[0].findings)).toBe(false);
    expect(broken((r) => (r.plans[0].actions[0].colour = 'red'))).toBe(false);
  });

  it('checks one sheet with --sheet, and names the sheets when it is not there', () => {
    expect(ragPlan('check', fixture('edge-cases'), '--sheet', 'My notes').stdout).toMatch(
      /No action plan found/
    );
    const r = ragPlan('check', fixture('edge-cases'), '--sheet', 'Nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'rag-plan: there is no sheet "Nope" in \'tests/fixtures/edge-cases.xlsx\'; its sheets are: Savings tracker, My notes\n'
    );
  });

  it.each([
    [['--as-of', '31/12/2024'], /--as-of must be a date written YYYY-MM-DD/],
    [['--as-of', '2024-02-30'], /--as-of must be a date/],
    [['--due-soon-days', '-3'], /--due-soon-days must be a whole number/],
    [['--blue-means', 'done'], /--blue-means must be one of complete, carried-over, not-started/],
    [['--savings-tolerance', 'five'], /--savings-tolerance must be a percentage from 0 to 100/],
    [['--savings-tolerance', '120'], /--savings-tolerance must be a percentage from 0 to 100/],
  ])('refuses %j with one clear line and exit 2', (args, message) => {
    const r = ragPlan('check', fixture('edge-cases'), ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('rag-plan itself', () => {
  it('prints its version, and help, with exit 0', () => {
    const v = ragPlan('--version');
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
    );
    const h = ragPlan('check', '--help');
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/--as-of <date>/);
  });

  it('refuses an unknown command or a missing file argument with one line and exit 2', () => {
    for (const args of [['frob'], ['check']]) {
      const r = ragPlan(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('rag-plan check on files it cannot read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rag-plan-'));
  const file = (name: string, bytes: Buffer | string): string => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };

  it.each([
    ['a missing file', () => join(dir, 'nothing-here.xlsx'), /there is no such file/],
    [
      'a text file',
      () => file('notes.xlsx', 'Area,Action\nHousing,Build\n'),
      /it is not an \.xlsx workbook/,
    ],
    [
      'a password-protected workbook',
      () =>
        file(
          'locked.xlsx',
          Buffer.concat([
            Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
            Buffer.alloc(504),
          ])
        ),
      /password-protected/,
    ],
    ['an empty file', () => file('empty.xlsx', ''), /the file is empty/],
    [
      'a broken workbook',
      () => file('broken.xlsx', Buffer.from('PK\u0003\u0004 xl/workbook.xml, then cut short')),
      /not a readable \.xlsx workbook/,
    ],
    [
      'a zip that holds no workbook',
      () => file('letter.xlsx', Buffer.from('PK\u0003\u0004 word/document.xml')),
      /it is a zip file but not an \.xlsx workbook/,
    ],
  ])('%s: one line on stderr, exit 2, no stack trace', (_what, path, message) => {
    const r = ragPlan('check', path());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^rag-plan: cannot read '.*': /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
