/**
 * rag-plan new, as a user runs it: the 2022 peer challenge's key recommendations (the seed text
 * with its page footer) give one plan of ten actions that check reads with action, lead,
 * timescale and RAG columns; the workbook's parts say it is built to be read (an Excel table, the
 * drop-downs and date validation, the fills by RAG word, frozen header, print set-up, Key sheet);
 * LibreOffice opens it and saves it, and check reads its save the same.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildCli, ragPlan, root } from './runCli';
import { hasLibreOffice, saveThroughLibreOffice } from './libreOffice';
import { NEW_PLAN_HEADER } from '../report/newPlan/expected';

const seed = join(root, 'tests', 'fixtures', 'recommendations', 'peer-challenge-2022.txt');
const dir = mkdtempSync(join(tmpdir(), 'rag-plan-new-'));

interface JsonPlan {
  sheet: string;
  /** Field -> the header of the column it is read from. */
  columns: Record<string, string>;
  actions: { row: number; objective: string | null; action: string | null }[];
  findings: { code: string }[];
}

function checkJson(file: string): JsonPlan[] {
  const r = ragPlan('check', file, '--json', '--as-of', '2026-06-01');
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { plans: JsonPlan[] }).plans;
}

async function part(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const entry = zip.file(name);
  if (!entry) throw new Error(`${name} is not in ${file}`);
  return entry.async('string');
}

jest.setTimeout(60_000);

beforeAll(buildCli, 120_000);

const plan = join(dir, 'peer-challenge-plan.xlsx');

describe('rag-plan new from the 2022 peer challenge', () => {
  beforeAll(() => {
    const r = ragPlan(
      'new',
      '--from',
      seed,
      '--out',
      plan,
      '--title',
      'Peer challenge 2022',
      '--lead',
      'Chief Executive',
      '--lead',
      'Director of Finance'
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The page number "4" and the footer on the page break inside Recommendation 4 are named as left out.
    expect(r.stdout).toContain('Read 10 recommendations headed "Recommendation 1"');
    expect(r.stdout).toContain(
      'left out 2 lines of page numbers, headers and footers (“4”, “18 Smith Square'
    );
  });

  it('is one plan of ten actions, none carrying footer text, read with action, lead, timescale and RAG columns', () => {
    const plans = checkJson(plan);
    expect(plans).toHaveLength(1);
    const [p] = plans;
    expect(p.sheet).toBe('Action plan');
    // Title, guidance and header take rows 1 to 3: the recommendations are rows 4 to 13.
    expect(p.actions.map((a) => a.row)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    for (const a of p.actions) {
      expect(a.objective).not.toMatch(/Smith Square|company number|Telephone/);
      expect(a.action).toBeNull();
    }
    expect(p.actions[3].objective).toMatch(/^Resolve the OneSource question/);
    expect(p.columns).toMatchObject({
      objective: 'Recommendation',
      action: 'Action',
      lead: 'Lead',
      timescale: 'Timescale',
      rag: 'RAG',
    });
  });

  it('has no finding but the empty fields a new plan is expected to have: one of each per row', () => {
    const [p] = checkJson(plan);
    const codes = new Map<string, number>();
    for (const f of p.findings) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
    expect(Object.fromEntries(codes)).toEqual({
      'missing-lead': 10,
      'missing-timescale': 10,
      'missing-rag': 10,
      'no-action-yet': 10,
    });
  });

  it('has an Excel table over the header and the ten rows, its columns named as the header', async () => {
    const table = await part(plan, 'xl/tables/table1.xml');
    expect(table).toMatch(/name="ActionPlan"[^>]*ref="A3:I13"/);
    const names = [...table.matchAll(/<tableColumn id="\d+" name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(NEW_PLAN_HEADER);
    const rels = await part(plan, 'xl/worksheets/_rels/sheet1.xml.rels');
    expect(rels).toContain('Target="../tables/table1.xml"');
  });

  it('has a RAG drop-down of the words, a lead drop-down from the Key sheet and date validation with its message', async () => {
    const sheet = await part(plan, 'xl/worksheets/sheet1.xml');
    const rag = /<dataValidation type="list"[^>]*sqref="G4:G13"><formula1>([^<]*)<\/formula1>/.exec(
      sheet
    );
    expect(rag?.[1]).toBe('&quot;Red,Amber,Green&quot;');
    // The Key sheet: title, blank, header (3), Red/Amber/Green (4-6), blank, header (8), six ways of
    // writing a timescale (9-14), blank, the Leads header (16), then 30 rows for leads (17-46).
    const lead =
      /<dataValidation type="list"[^>]*sqref="E4:E13"><formula1>([^<]*)<\/formula1>/.exec(sheet);
    expect(lead?.[1]).toBe("'Key'!$A$17:$A$46");
    const date =
      /<dataValidation type="date" operator="greaterThanOrEqual"[^>]*sqref="F4:F13"/.exec(sheet);
    expect(date?.[0]).toContain('prompt="A date, a month, or a quarter such as Q3 2026/27."');
    expect(date?.[0]).toContain('errorStyle="warning"');
  });

  it('fills each RAG word in its colour by a conditional format, the word staying in the cell', async () => {
    const sheet = await part(plan, 'xl/worksheets/sheet1.xml');
    const rules = [
      ...sheet.matchAll(
        /<conditionalFormatting sqref="G4:G13"><cfRule type="cellIs" dxfId="(\d+)"[^>]*operator="equal"><formula>&quot;(\w+)&quot;<\/formula>/g
      ),
    ];
    expect(rules.map((m) => m[2])).toEqual(['Red', 'Amber', 'Green']);
    const styles = await part(plan, 'xl/styles.xml');
    const dxfs = [
      ...(/<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? '').matchAll(
        /<dxf>([\s\S]*?)<\/dxf>/g
      ),
    ].map((m) => m[1]);
    // RAG_FILL: Red C00000, Amber FFC000, Green 00B050.
    expect(dxfs[Number(rules[0][1])]).toContain('FFC00000');
    expect(dxfs[Number(rules[1][1])]).toContain('FFFFC000');
    expect(dxfs[Number(rules[2][1])]).toContain('FF00B050');
  });

  it('freezes the header, prints landscape one page wide with the header repeated', async () => {
    const sheet = await part(plan, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain(
      '<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>'
    );
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape" fitToWidth="1" fitToHeight="0"/);
    const workbook = await part(plan, 'xl/workbook.xml');
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Action plan\'!$3:$3</definedName>'
    );
  });

  it('has a Key sheet with what each rating means and the leads given', async () => {
    const workbook = await part(plan, 'xl/workbook.xml');
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Action plan',
      'Key',
    ]);
    const key = await part(plan, 'xl/worksheets/sheet2.xml');
    for (const text of [
      'Off track',
      'At risk',
      'On track',
      'Chief Executive',
      'Director of Finance',
    ])
      expect(key).toContain(`<t>${text}</t>`);
    expect(key).not.toContain('<t>Complete</t>');
  });

  it('with --brag offers Blue (complete) too, and the Key says so', async () => {
    const out = join(dir, 'brag.xlsx');
    expect(ragPlan('new', '--from', seed, '--out', out, '--brag').code).toBe(0);
    const sheet = await part(out, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<formula1>&quot;Red,Amber,Green,Blue&quot;</formula1>');
    expect(await part(out, 'xl/worksheets/sheet2.xml')).toContain('<t>Complete</t>');
  });
});

describe('rag-plan new refuses, in one line', () => {
  it('to overwrite a file', () => {
    const out = join(dir, 'taken.xlsx');
    writeFileSync(out, 'mine');
    const r = ragPlan('new', '--from', seed, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists and is never overwritten');
    expect(readFileSync(out, 'utf8')).toBe('mine');
  });

  it('text with nothing to read, saying how recommendations are recognised', () => {
    const from = join(dir, 'empty.txt');
    writeFileSync(from, '\n\n  \n');
    const r = ragPlan('new', '--from', from, '--out', join(dir, 'none.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No recommendations were found in the text');
  });

  it('a missing --from file', () => {
    const r = ragPlan('new', '--from', join(dir, 'nope.txt'), '--out', join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no such file');
  });
});

(hasLibreOffice ? describe : describe.skip)('LibreOffice', () => {
  it('opens the new plan and saves it, and check reads the save the same, table and drop-downs kept', async () => {
    const saved = join(dir, 'libreoffice');
    saveThroughLibreOffice(plan, saved, join(dir, 'lo-profile'));
    const copy = join(saved, 'peer-challenge-plan.xlsx');
    const [p] = checkJson(copy);
    expect(p.actions).toHaveLength(10);
    expect(
      p.findings.filter(
        (f) =>
          !['missing-lead', 'missing-timescale', 'missing-rag', 'no-action-yet'].includes(f.code)
      )
    ).toEqual([]);
    const zip = await JSZip.loadAsync(readFileSync(copy));
    expect(Object.keys(zip.files).some((n) => /^xl\/tables\/table\d+\.xml$/.test(n))).toBe(true);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<dataValidation [^>]*sqref="G4:G13"[^>]*type="list"/);
  });
});
