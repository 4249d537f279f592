/**
 * rag-plan rollup over four plans of different kinds and one damaged file, run as a user runs it
 * (the built command, so the workbooks are read by worker threads). Every expected number is worked
 * out by hand from the fixtures, as the comments say; none comes from the roll-up itself.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import schema from '../../docs/report.schema.json';
import type { CellValue, Grid } from '../../src/plan';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { buildCli, ragPlan, root } from './runCli';
import { editSheetXml, retype } from './workbookFiles';

jest.setTimeout(120_000);

const FIXTURES = {
  'harrow-2023-risks.xlsx': 'tests/fixtures/harrow-2023-risks.xlsx',
  'havering-2019-action-plan.xlsx': 'tests/fixtures/havering-2019-action-plan.xlsx',
  'havering-productivity-plan-2024.xlsx': 'tests/fixtures/havering-productivity-plan-2024.xlsx',
  'havering-savings-delivery-2024.xlsx':
    'tests/fixtures/savings/havering-savings-delivery-2024.xlsx',
};

/**
 * Actions by hand:
 * - Harrow's risk register: five risks, each mitigation bullet ("·") its own action: one bullet on
 *   rows 4, 6 and 8, three on row 5, two on row 7 (its third line goes on the second bullet): 8.
 *   Ratings: row 5's three bullets Amber, the other five Green.
 * - Havering's 2019 action plan: 33 (tests/fixtures.test.ts counts them from the seed); no RAG column.
 * - Havering's productivity plan: four tables of 19, 6, 14 and 4 actions (fixtures.test.ts): 43.
 *   From the fills in tests/fixtures/README.md: Red F20, F44, F46 (3); Amber F11, F13–F15, E28, F38,
 *   F41, F43, F45 (9); the barriers table has no RAG (4); every other row is green or light green: 27.
 * - Havering's savings delivery tracker: one line a row, P01 to H01 on rows 5–16: 12. Green P01,
 *   PL01–PL03, R02–R04 (7); Red P02, P03 (2); Amber P04, R01, H01 (3).
 */
const SAVINGS_TITLE = 'Resources: savings delivery 2024/25';
const BY_WORKBOOK: [string, number[]][] = [
  // Workbook, Red, Red/Amber, Amber, Amber/Green, Green, Blue, No RAG, Total
  ['harrow-2023-risks', [0, 0, 3, 0, 5, 0, 0, 8]],
  ['havering-2019-action-plan', [0, 0, 0, 0, 0, 0, 33, 33]],
  ['havering-productivity-plan-2024', [3, 0, 9, 0, 27, 0, 4, 43]],
  // Named by its title (File > Info > Title), set below.
  [SAVINGS_TITLE, [2, 0, 3, 0, 7, 0, 0, 12]],
];
const TOTAL = [5, 0, 15, 0, 39, 0, 37, 96];
const DAMAGED_REASON =
  'it is not a readable .xlsx workbook: the file is cut short or damaged (was it fully copied or downloaded?)';

let dir: string;
let plans: string;
let summary: string;

beforeAll(async () => {
  buildCli();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-rollup-'));
  plans = path.join(dir, 'plans');
  summary = path.join(dir, 'summary.xlsx');
  await fs.mkdir(plans);
  for (const [name, from] of Object.entries(FIXTURES))
    await fs.copyFile(path.join(root, from), path.join(plans, name));
  await editPart(
    path.join(plans, 'havering-savings-delivery-2024.xlsx'),
    'docProps/core.xml',
    (xml) => xml.replace(/<dc:title>[^<]*<\/dc:title>/, `<dc:title>${SAVINGS_TITLE}</dc:title>`)
  );
  // A copy cut short after 3,000 bytes, as a download that stopped.
  const whole = await fs.readFile(path.join(root, FIXTURES['harrow-2023-risks.xlsx']));
  await fs.writeFile(path.join(plans, 'damaged.xlsx'), whole.subarray(0, 3000));
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

interface JsonRollup {
  file: string;
  workbooks: { file: string; name: string; plans?: number; actions?: number; reason?: string }[];
  plans: { workbook: string; actions: { workbook: string; sheet: string }[] }[];
  changes: null | Record<string, { action: string | null; at: string | null }[]>;
}

function rollup(...flags: string[]): { code: number; json: JsonRollup | null; stdout: string } {
  const r = ragPlan('rollup', plans, '--out', summary, '--as-of', '2024-10-01', ...flags);
  if (r.code === 2) throw new Error(r.stderr);
  return {
    code: r.code,
    stdout: r.stdout,
    json: flags.includes('--json') ? (JSON.parse(r.stdout) as JsonRollup) : null,
  };
}

/** One part of a workbook edited in place, as another program would. */
async function editPart(file: string, part: string, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file(part)!.async('string');
  expect(edit(xml)).not.toBe(xml);
  zip.file(part, edit(xml));
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

/** The rows under a section title on a sheet, up to the first blank row. */
function section(grid: Grid, title: string): CellValue[][] {
  const at = grid.values.findIndex((r) => text(r[0]) === title);
  if (at < 0) throw new Error(`no "${title}" on ${grid.sheet}`);
  const rows: CellValue[][] = [];
  for (const r of grid.values.slice(at + 1)) {
    if (r.every((v) => text(v) === '')) break;
    rows.push(r);
  }
  return rows;
}

async function sheetOf(name: string): Promise<Grid> {
  const grid = (await readWorkbook(summary)).find((g) => g.sheet === name);
  if (!grid) throw new Error(`no sheet ${name}`);
  return grid;
}

describe('a first roll-up of four plans and a damaged file', () => {
  let first: ReturnType<typeof rollup>;
  beforeAll(() => {
    process.env.RAG_PLAN_NOW = '2024-10-01T09:00:00Z';
    first = rollup('--json', '--jobs', '2');
  });

  test('reads the actions check reads in each workbook, each naming its workbook', () => {
    const json = first.json!;
    expect(json.workbooks.map((w) => [w.name, w.plans ?? null, w.actions ?? null])).toEqual([
      ['damaged', null, null],
      ['harrow-2023-risks', 1, 8],
      ['havering-2019-action-plan', 1, 33],
      ['havering-productivity-plan-2024', 4, 43],
      [SAVINGS_TITLE, 1, 12],
    ]);
    const actions = json.plans.flatMap((p) => p.actions);
    expect(actions).toHaveLength(8 + 33 + 43 + 12);
    for (const p of json.plans) {
      expect(p.workbook).toMatch(/\.xlsx$/);
      for (const a of p.actions) expect(a.workbook).toBe(p.workbook);
    }
    // And check, run on each workbook by itself, reads the same number.
    for (const w of json.workbooks.filter((x) => x.plans !== undefined)) {
      const checked = JSON.parse(
        ragPlan('check', w.file, '--as-of', '2024-10-01', '--json').stdout
      ) as { plans: { actions: unknown[] }[] };
      expect(checked.plans.reduce((n, p) => n + p.actions.length, 0)).toBe(w.actions);
    }
  });

  test("follows check --json's documented schema, workbooks and all", () => {
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const valid = ajv.validate(schema, first.json);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('lists the damaged file with the reason check gives for it', () => {
    const damaged = first.json!.workbooks[0];
    expect(damaged.reason).toBe(DAMAGED_REASON);
    const checked = ragPlan('check', damaged.file);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toBe(`rag-plan: cannot read '${damaged.file}': ${DAMAGED_REASON}\n`);
  });

  test("the Summary's RAG by workbook, read back from the written cells, adds up by hand", async () => {
    const grid = await sheetOf('Summary');
    const rows = section(grid, 'RAG by workbook');
    expect(rows[0].slice(0, 9).map(text)).toEqual([
      'Workbook',
      'Red',
      'Red/Amber',
      'Amber',
      'Amber/Green',
      'Green',
      'Blue',
      'No RAG',
      'Total',
    ]);
    expect(rows.slice(1).map((r) => [text(r[0]), r.slice(1, 9)])).toEqual([
      ...BY_WORKBOOK,
      ['Total', TOTAL],
    ]);
    expect(section(grid, 'Workbooks not read').map((r) => r.slice(0, 2).map(text))).toEqual([
      ['Workbook', 'Why it was not read'],
      ['damaged', DAMAGED_REASON],
    ]);
  });

  test('each overdue row names its workbook and sheet and opens the action in its file', async () => {
    const grid = await sheetOf('Overdue');
    const header = grid.values.findIndex((r) => text(r[0]) === 'Status');
    expect(grid.values[header].slice(0, 3).map(text)).toEqual(['Status', 'Workbook', 'Sheet']);
    const rows = grid.values.slice(header + 1).filter((r) => text(r[0]) !== '');
    expect(rows.length).toBeGreaterThan(0);
    const links = new Map(first.json!.workbooks.map((w) => [w.name, path.basename(w.file)]));
    for (const r of rows) {
      const goTo = text(r[10]);
      expect(goTo.startsWith(`[plans/${links.get(text(r[1]))}]'${text(r[2])}'!`)).toBe(true);
    }
    // Havering 2019's row 14 is overdue on 1 October 2024 (tests/fixtures.test.ts); its action is in C.
    const zip = await JSZip.loadAsync(await fs.readFile(summary));
    const xml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(xml).toContain(
      `<f>HYPERLINK(&quot;[plans/havering-2019-action-plan.xlsx]'Action plan'!C14&quot;,`
    );
  });

  test('one job (no worker) and two (worker threads) write the same summary, byte for byte', async () => {
    const one = path.join(dir, 'one-job.xlsx');
    const two = path.join(dir, 'two-jobs.xlsx');
    for (const [out, jobs] of [
      [one, '1'],
      [two, '2'],
    ])
      expect(
        ragPlan('rollup', plans, '--out', out, '--as-of', '2024-10-01', '--jobs', jobs).code
      ).toBe(0);
    expect((await fs.readFile(one)).equals(await fs.readFile(two))).toBe(true);
  });

  test('a --jobs that is not a whole number of 1 or more is refused in one line', () => {
    const r = ragPlan('rollup', plans, '--out', path.join(dir, 'x.xlsx'), '--jobs', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rag-plan: --jobs must be a whole number from 1 to 256 (got "0")\n');
  });

  test('exits 1 with --strict when a workbook could not be read, 0 without', () => {
    expect(rollup('--strict', '--jobs', '1').code).toBe(1);
    expect(rollup('--jobs', '1').code).toBe(0);
  });
});

describe('a second roll-up after edits in two workbooks', () => {
  let json: JsonRollup;
  beforeAll(async () => {
    process.env.RAG_PLAN_NOW = '2024-10-01T09:00:00Z';
    rollup('--jobs', '2');
    // Harrow's risk on row 6 (one bullet) from GREEN to RED; the savings line P03 from Red to Amber.
    await editSheetXml(path.join(plans, 'harrow-2023-risks.xlsx'), 'Risks', retype('C6', 'RED'));
    await editSheetXml(
      path.join(plans, 'havering-savings-delivery-2024.xlsx'),
      'Savings 2024-25',
      retype('H7', 'Amber')
    );
    process.env.RAG_PLAN_NOW = '2024-11-01T09:00:00Z';
    json = rollup('--json', '--jobs', '2').json!;
  });

  test('lists exactly those two changes, each in its workbook', () => {
    const c = json.changes!;
    const listed = (kind: string) => c[kind].map((a) => a.at?.split('!')[0] ?? null);
    expect(listed('ragDown')).toEqual(["'[plans/harrow-2023-risks.xlsx]Risks'"]);
    expect(listed('ragUp')).toEqual([
      "'[plans/havering-savings-delivery-2024.xlsx]Savings 2024-25'",
    ]);
    expect(c.ragUp[0].action).toBe('Early help service redesign');
    for (const kind of ['newlyOverdue', 'completed', 'dueMoved', 'added', 'removed'])
      expect(c[kind]).toEqual([]);
  });

  test("the Summary's list of changes names each change's workbook", async () => {
    const grid = await sheetOf('Summary');
    const header = grid.values.findIndex((r) => text(r[0]) === 'Action' && text(r[1]) === 'Change');
    expect(grid.values[header].slice(0, 7).map(text)).toEqual([
      'Action',
      'Change',
      'From',
      'To',
      'Workbook',
      'Area',
      'Where',
    ]);
    const rows = grid.values.slice(header + 1, header + 3);
    expect(rows.map((r) => [text(r[0]), ...r.slice(2, 5).map(text)])).toEqual([
      ['P03 Early help service redesign', 'Red', 'Amber', SAVINGS_TITLE],
      [expect.stringContaining('SMART'), 'Green', 'Red', 'harrow-2023-risks'],
    ]);
    expect(text(grid.values[header + 3]?.[0])).toBe('');
  });

  test("the Summary's direction of travel by workbook: Harrow worse, the savings tracker better", async () => {
    const rows = section(await sheetOf('Summary'), 'Direction of travel by workbook');
    expect(rows.slice(1).map((r) => [text(r[0]), r[1], r[2], r[3], text(r[8])])).toEqual([
      // Workbook, actions, up, down, direction
      ['harrow-2023-risks', 8, 0, 1, '↓ Worse'],
      ['havering-2019-action-plan', 33, 0, 0, '→ No change'],
      ['havering-productivity-plan-2024', 43, 0, 0, '→ No change'],
      [SAVINGS_TITLE, 12, 1, 0, '↑ Better'],
    ]);
  });
});
