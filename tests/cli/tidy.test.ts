/**
 * rag-plan tidy, as a user runs it: a tidy copy of the bundled sample reads with the same counts by
 * RAG, state and lead as the original (worked out by hand from the sample below); stacked cells
 * become rows, dates written in words become dates, each row links to the cell it came from; every
 * part of the original file comes through byte for byte; LibreOffice opens the copy.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildCli, ragPlan, root } from './runCli';
import { hasLibreOffice, saveThroughLibreOffice } from './libreOffice';
import { findEntry, openZip, rawData } from '../../src/xlsx/zip/zip';

const sample = join(root, 'samples', 'havering-productivity-plan-2024.xlsx');
const plan2019 = join(root, 'tests', 'fixtures', 'havering-2019-action-plan.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'rag-plan-tidy-'));

interface JsonAction {
  row: number;
  lead: string | null;
  rag: string | null;
  state: string;
  action: string | null;
  due: string | null;
}

function actionsOf(file: string, asOf: string, sheet?: string): JsonAction[] {
  const r = ragPlan('check', file, '--json', '--as-of', asOf, ...(sheet ? ['--sheet', sheet] : []));
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as { plans: { actions: JsonAction[] }[] };
  return report.plans.flatMap((p) => p.actions);
}

function countBy(
  actions: JsonAction[],
  key: (a: JsonAction) => string | null
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of actions) {
    const k = key(a) ?? '(none)';
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

jest.setTimeout(60_000);

beforeAll(buildCli, 120_000);

const tidied = join(dir, 'sample-tidy.xlsx');

describe('a tidy copy of the bundled sample', () => {
  beforeAll(() => {
    const r = ragPlan('tidy', sample, '--out', tidied);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Read 4 plans with 43 actions; wrote “Tidy plan”');
  });

  /*
   * By hand, from the sample (tests/fixtures/README.md gives its fills): four tables on one sheet.
   * Actions: rows 5-21 (17 rows, row 12 stacks 3 actions) = 19; rows 28-33 = 6; rows 38-47 (10 rows,
   * row 39 stacks 4, row 42 stacks 2) = 14; the barriers table rows 52-55 = 4; 43 in all.
   * RAG: table 1 green F5-F9, F17, F19 (7), light green (read Green) F10, F12 (x3), F16, F18, F21 (7),
   * amber F11, F13-F15 (4), red F20 (1); table 2 green 5 (E29-E33), amber E28; table 3 green F39
   * (x4), F40, F47, light green F42 (x2) = 8, amber F38, F41, F43, F45 (4), red F44, F46 (2); the
   * barriers table has no RAG column (4). Red 3, Amber 9, Green 27, none 4.
   * States on 1 Oct 2024: "Complete" in rows 5-9 and 17 (6) and rows 39 (x4) and 40 (5) = 11;
   * "August 2024" (row 47) is overdue; the barriers table has no timescale: undated 4; the other 27
   * say "Ongoing".
   * Leads: Kathy Fenwick rows 7-10, 19, 21, 38, 39 (x4), 40, 45, 46, 55 = 15; Mark Dale 11, 16, 28,
   * 29, 31 = 5; Tara Gault 42 (x2), 43, 44 = 4; Luke Barker 12 (x3); Annette Kirkland 13-15;
   * Barbara Norcross 30, 53, 54 (3 each); Andrew Bowen-Hartley 5, 6; Paul Foster 17, 18; Mark
   * Ashton 32, 33; Paul Warner 41, 47 (2 each); Patrick Orwell-Shaw 20; Neil Stockwell 52 (1 each).
   */
  const BY_RAG = { red: 3, amber: 9, green: 27, '(none)': 4 };
  const BY_STATE = { complete: 11, overdue: 1, undated: 4, ongoing: 27 };
  const BY_LEAD = {
    'Kathy Fenwick': 15,
    'Mark Dale': 5,
    'Tara Gault': 4,
    'Luke Barker': 3,
    'Annette Kirkland': 3,
    'Barbara Norcross': 3,
    'Andrew Bowen-Hartley': 2,
    'Paul Foster': 2,
    'Mark Ashton': 2,
    'Paul Warner': 2,
    'Patrick Orwell-Shaw': 1,
    'Neil Stockwell': 1,
  };

  it('reads with the same counts by RAG, state and lead as the original', () => {
    const original = actionsOf(sample, '2024-10-01');
    const tidy = actionsOf(tidied, '2024-10-01', 'Tidy plan');
    expect(tidy).toHaveLength(43);
    for (const actions of [original, tidy]) {
      expect(countBy(actions, (a) => a.rag)).toEqual(BY_RAG);
      expect(countBy(actions, (a) => a.state)).toEqual(BY_STATE);
      expect(countBy(actions, (a) => a.lead)).toEqual(BY_LEAD);
    }
  });

  it("has each stacked line as a row of its own: row 12's three commissioning actions", () => {
    const tidy = actionsOf(tidied, '2024-10-01', 'Tidy plan');
    const commissioning = tidy.filter((a) => a.lead === 'Luke Barker');
    // Rows 1-3 are title, guidance and header; row 12 is the original's 8th data row (5-11 before it), so tidy rows 11-13.
    expect(commissioning.map((a) => a.row)).toEqual([11, 12, 13]);
    expect(commissioning[1].action).toBe(
      'Commissioning of service for Mawneys Close and Mowbrays Close site development'
    );
  });

  it('links each row to the cell it came from', async () => {
    const zip = await JSZip.loadAsync(readFileSync(tidied));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect([...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Productivity plan',
      'Tidy plan',
      'Key',
    ]);
    const sheet = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    const links = [...sheet.matchAll(/<hyperlink ref="J(\d+)" location="([^"]+)"/g)];
    expect(links).toHaveLength(43);
    // The overdue energy procurement action: the original's C47, the tidy copy's last row of table 3 (row 42).
    expect(links.find((m) => m[1] === '42')?.[2]).toBe("'Productivity plan'!C47");
  });

  it("copies every part of the original byte for byte, changing only the workbook's lists", () => {
    const before = openZip(readFileSync(sample));
    const after = openZip(readFileSync(tidied));
    const changed = [
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
      'xl/styles.xml',
    ];
    for (const entry of before.entries) {
      const copy = findEntry(after, entry.name);
      expect(copy).toBeDefined();
      if (changed.includes(entry.name)) continue;
      expect(rawData(after, copy!).equals(rawData(before, entry))).toBe(true);
    }
  });
});

describe('a tidy copy of the 2019 action plan', () => {
  const out = join(dir, '2019-tidy.xlsx');
  beforeAll(() => {
    expect(ragPlan('tidy', plan2019, '--out', out).code).toBe(0);
  });

  it('writes a date read from words as a date: "31 December 2019" is 43830, "15 th May 2019 Cabinet" 43600', async () => {
    // Excel serials: 1 January 2020 is 43831, so 31 December 2019 is 43830 and 15 May 2019 (231 days earlier) 43600.
    const sheet = await (await JSZip.loadAsync(readFileSync(out)))
      .file('xl/worksheets/sheet2.xml')!
      .async('string');
    const dates = [...sheet.matchAll(/<c r="F\d+" s="\d+"><v>(\d+)<\/v>/g)].map((m) =>
      Number(m[1])
    );
    expect(dates).toContain(43830);
    expect(dates).toContain(43600);
  });

  it('reads with the same counts by state and lead as the original', () => {
    const original = actionsOf(plan2019, '2019-09-04');
    const tidy = actionsOf(out, '2019-09-04', 'Tidy plan');
    expect(tidy).toHaveLength(original.length);
    expect(countBy(tidy, (a) => a.state)).toEqual(countBy(original, (a) => a.state));
    expect(countBy(tidy, (a) => a.lead)).toEqual(countBy(original, (a) => a.lead));
    expect(tidy.map((a) => a.due)).toEqual(original.map((a) => a.due));
  });
});

describe('rag-plan tidy refuses, in one line', () => {
  it('to write over the original', () => {
    const r = ragPlan('tidy', sample, '--out', sample);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidy never changes the original');
  });

  it('to overwrite a file', () => {
    const taken = join(dir, 'taken.xlsx');
    writeFileSync(taken, 'mine');
    const r = ragPlan('tidy', sample, '--out', taken);
    expect(r.code).toBe(2);
    expect(readFileSync(taken, 'utf8')).toBe('mine');
  });
});

(hasLibreOffice ? describe : describe.skip)('LibreOffice', () => {
  it('opens the tidy copy and saves it, and check reads the tidy plan the same', () => {
    const saved = join(dir, 'libreoffice');
    saveThroughLibreOffice(tidied, saved, join(dir, 'lo-profile'));
    const tidy = actionsOf(join(saved, 'sample-tidy.xlsx'), '2024-10-01', 'Tidy plan');
    expect(countBy(tidy, (a) => a.rag)).toEqual({ red: 3, amber: 9, green: 27, '(none)': 4 });
    expect(countBy(tidy, (a) => a.state)).toEqual({
      complete: 11,
      overdue: 1,
      undated: 4,
      ongoing: 27,
    });
  });
});
