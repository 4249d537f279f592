/**
 * --plan and --column, and the choices the pane keeps in the workbook (a custom XML part), on a
 * small risk register the engine does not take for a plan: its headers (No., Item, Person, Date,
 * Time, Overall) name no action or lead. Expected readings worked out by hand, as of 1 May 2025:
 *   row 4: "Reduce agency spend in adult care", Director of Adult Services, due 31 Mar 2025
 *          (31 days overdue), Time Green, Overall Red
 *   row 5: "Close the old depot", Head of Fleet, due 30 Jun 2025 (on track), Amber, Amber
 *   row 6: "Retender the waste contract", Director of Place, due 31 Dec 2025, Time Red, Overall Green
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import schema from '../../docs/report.schema.json';
import { CHOICES_NAMESPACE } from '../../src/report/choicesStore';
import { withCustomXmlParts } from './customXmlPart';
import { buildCli, ragPlan } from './runCli';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'rag-plan-choices-'));
const AS_OF = ['--as-of', '2025-05-01'];
const RANGE = "'Risk register'!A3:F6";
const MAPPED = ['--column', 'action=Item', '--column', 'lead=Person', '--column', 'timescale=D'];

async function registerBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Risk register');
  ws.addRow(['Council risk register 2025']);
  ws.addRow([]);
  ws.addRow(['No.', 'Item', 'Person', 'Date', 'Time', 'Overall']);
  ws.addRow([
    '1',
    'Reduce agency spend in adult care',
    'Director of Adult Services',
    '31/03/2025',
    'Green',
    'Red',
  ]);
  ws.addRow(['2', 'Close the old depot', 'Head of Fleet', '30/06/2025', 'Amber', 'Amber']);
  ws.addRow([
    '3',
    'Retender the waste contract',
    'Director of Place',
    '31/12/2025',
    'Red',
    'Green',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const store = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<choices xmlns="${CHOICES_NAMESPACE}">${body}</choices>`;

/** The register saved with these custom XML parts; its path. */
async function register(name: string, parts: string[] = []): Promise<string> {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, await withCustomXmlParts(await registerBytes(), parts));
  return file;
}

interface JsonAction {
  row: number;
  action: string | null;
  lead: string | null;
  rag: string | null;
  state: string;
}
function actionsOf(stdout: string): JsonAction[][] {
  const report = JSON.parse(stdout) as { plans: { actions: JsonAction[] }[] };
  return report.plans.map((p) =>
    p.actions.map(({ row, action, lead, rag, state }) => ({ row, action, lead, rag, state }))
  );
}

const BY_HAND_OVERALL: JsonAction[] = [
  {
    row: 4,
    action: 'Reduce agency spend in adult care',
    lead: 'Director of Adult Services',
    rag: 'red',
    state: 'overdue',
  },
  { row: 5, action: 'Close the old depot', lead: 'Head of Fleet', rag: 'amber', state: 'on-track' },
  {
    row: 6,
    action: 'Retender the waste contract',
    lead: 'Director of Place',
    rag: 'green',
    state: 'on-track',
  },
];

beforeAll(() => buildCli(), 120_000);

describe('--plan and --column', () => {
  it('reads a range detection missed as a plan, with the columns the user names', async () => {
    const file = await register('flags');
    expect(ragPlan('check', file, ...AS_OF).stdout).toContain('No action plan found');
    const r = ragPlan(
      'check',
      file,
      ...AS_OF,
      '--json',
      '--plan',
      RANGE,
      ...MAPPED,
      '--column',
      'rag=Overall'
    );
    expect(r.stderr).toBe('');
    expect(actionsOf(r.stdout)).toEqual([BY_HAND_OVERALL]);
  });

  it('prints the flags that reproduce the rating column it chose, and a flag chooses the other', async () => {
    const file = await register('chosen');
    const r = ragPlan('check', file, ...AS_OF, '--plan', RANGE, ...MAPPED);
    // Time (E) and Overall (F) both hold ratings: the engine took one and says how to choose.
    const chose = /rag read from ([EF]) \("(Time|Overall)"\); also could be ([EF])/.exec(r.stdout);
    expect(chose).not.toBeNull();
    const line = /or to choose otherwise: (.*)$/m.exec(r.stdout)?.[1] ?? '';
    // No ref: its one other column, Item, is the user's action, so the engine had no choice there.
    expect(line).toBe(
      `--plan "'Risk register'!A3:F6" --column action=Item --column lead=Person --column timescale=Date --column rag=${chose![2]}`
    );
    // The printed flags, given back (as a shell splits them), read the plan the same way.
    const words = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
    const same = ragPlan('check', file, ...AS_OF, '--json', ...words);
    const first = ragPlan('check', file, ...AS_OF, '--json', '--plan', RANGE, ...MAPPED);
    expect(actionsOf(same.stdout)).toEqual(actionsOf(first.stdout));
    const other = chose![2] === 'Time' ? 'F' : 'E';
    const json = ragPlan(
      'check',
      file,
      ...AS_OF,
      '--json',
      '--plan',
      RANGE,
      ...MAPPED,
      '--column',
      `rag=${other}`
    );
    const rags = actionsOf(json.stdout)[0].map((a) => a.rag);
    expect(rags).toEqual(other === 'F' ? ['red', 'amber', 'green'] : ['green', 'amber', 'red']);
  });

  it('says in --json what it chose and the same flags the text prints', async () => {
    const file = await register('chosen-json');
    const text = ragPlan('check', file, ...AS_OF, '--plan', RANGE, ...MAPPED);
    const json = ragPlan('check', file, ...AS_OF, '--json', '--plan', RANGE, ...MAPPED);
    const report = JSON.parse(json.stdout);
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    ajv.validate(schema, report);
    expect(ajv.errors ?? []).toEqual([]);
    // Two columns hold ratings, Time (E) and Overall (F): the overall rating is read as the RAG
    // (docs/design.md, several ratings), and Time could have been.
    const chosen = report.plans[0].chosen as { field: string }[];
    expect(chosen.find((c) => c.field === 'rag')).toEqual({
      field: 'rag',
      column: 'F',
      header: 'Overall',
      others: [{ column: 'E', header: 'Time' }],
    });
    // One entry for each choice the text report lists.
    expect(chosen.map((c) => c.field)).toEqual(
      [...text.stdout.matchAll(/^ {4}(\w+) read from /gm)].map((m) => m[1])
    );
    expect(report.plans[0].reproduce).toBe(/or to choose otherwise: (.*)$/m.exec(text.stdout)?.[1]);
    // The flags given back leave nothing to choose, and JSON says so by leaving both out.
    const words = [...report.plans[0].reproduce.matchAll(/"([^"]*)"|(\S+)/g)].map(
      (m: RegExpMatchArray) => m[1] ?? m[2]
    );
    const fixed = JSON.parse(ragPlan('check', file, ...AS_OF, '--json', ...words).stdout);
    expect(fixed.plans[0]).not.toHaveProperty('chosen');
    expect(fixed.plans[0]).not.toHaveProperty('reproduce');
  });

  it.each([
    [
      ['--plan', 'Risk!A1:B2'],
      "--plan Risk!A1:B2: there is no sheet 'Risk'; the sheets are 'Risk register'",
    ],
    [['--plan', `${RANGE}@9`], `--plan ${RANGE}@9: the header row 9 is not in A3:F6`],
    [
      ['--plan', "'Risk register'!Z300:ZZ400"],
      "the range is off the sheet's cells (they are in A1:F6)",
    ],
    [['--plan', "'Risk register'!A3:XFE9"], 'the range is off the sheet'],
    [['--plan', RANGE, '--column', 'colour=F'], '--column colour=F: there is no field "colour"'],
    [
      ['--plan', RANGE, '--column', 'rag=Overal'],
      '--column rag=Overal: the plan has no column headed "Overal" (\'Risk register\'!A3:F6: No., Item, Person, Date, Time, Overall)',
    ],
    [
      ['--plan', RANGE, '--column', 'rag=Q'],
      '--column rag=Q: the plan has no header or column "Q"',
    ],
  ])('%j is refused in one line naming what was wrong', async (flags, said) => {
    const r = ragPlan(
      'check',
      await register(`bad-${flags.join('').replace(/\W/g, '')}`),
      ...flags
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(said);
  });
});

describe('choices kept in the workbook', () => {
  const kept = store(
    `<plan sheet="Risk register" range="A3:F6" header="3"/>` +
      `<columns plan="Risk register!3"><column field="action" col="B"/><column field="lead" col="C"/>` +
      `<column field="timescale" col="D"/><column field="rag" col="F"/></columns>`
  );

  it('check, refresh and diff read the plan the pane pointed at, with its columns', async () => {
    const file = await register('kept', [kept]);
    expect(actionsOf(ragPlan('check', file, ...AS_OF, '--json').stdout)).toEqual([BY_HAND_OVERALL]);
    const out = join(dir, 'kept-refreshed.xlsx');
    const r = ragPlan('refresh', file, ...AS_OF, '--out', out);
    expect(r.stderr).toBe('');
    // Refresh copies the part byte for byte, so the refreshed file reads the same way.
    const part = async (f: string) =>
      (await JSZip.loadAsync(readFileSync(f))).file('customXml/item1.xml')!.async('nodebuffer');
    expect((await part(out)).equals(await part(file))).toBe(true);
    expect(actionsOf(ragPlan('check', out, ...AS_OF, '--json').stdout)).toEqual([BY_HAND_OVERALL]);
    const d = ragPlan('diff', file, out, ...AS_OF);
    expect(d.stderr).toBe('');
  });

  it('flags win over the kept choices', async () => {
    const file = await register('kept-flag', [kept]);
    const r = ragPlan('check', file, ...AS_OF, '--json', '--column', 'rag=Time');
    expect(actionsOf(r.stdout)[0].map((a) => a.rag)).toEqual(['green', 'amber', 'red']);
  });

  it('a damaged entry is named in one line and the rest are used', async () => {
    const damaged = kept.replace(
      '<column field="lead" col="C"/>',
      '<column field="boss" col="C"/>'
    );
    const file = await register('damaged', [damaged]);
    const r = ragPlan('check', file, ...AS_OF);
    expect(r.stdout).toContain(
      'The choices kept in this workbook could not all be read (no field called "boss"); the rest are used, and the part is left as it was.'
    );
    expect(r.stdout).toContain('Plan 1: Risk register, rows 3–6 — 3 actions');
    expect(r.stdout).toMatch(/F +rag +Overall: chosen by you/);
    // Never silent: --json says it on stderr, refresh and diff say it too.
    const said = 'could not all be read (no field called "boss")';
    const json = ragPlan('check', file, ...AS_OF, '--json');
    expect(json.stderr).toContain(said);
    expect(actionsOf(json.stdout)[0].map((a) => a.rag)).toEqual(['red', 'amber', 'green']);
    const out = join(dir, 'damaged-refreshed.xlsx');
    expect(ragPlan('refresh', file, ...AS_OF, '--out', out).stdout).toContain(said);
    expect(ragPlan('diff', file, out, ...AS_OF).stderr).toContain(said);
  });

  it('a part of another namespace is left alone', async () => {
    const file = await register('other', [
      '<?xml version="1.0"?><labels xmlns="urn:example:labels"><label id="general"/></labels>',
    ]);
    expect(ragPlan('check', file, ...AS_OF).stdout).toContain('No action plan found');
  });
});
