/**
 * Package surgery on real workbooks: files saved by Excel (public test data of Apache POI, see
 * tests/fixtures/corpus/README.md), the fixtures saved through LibreOffice, and a plan with
 * everything a council workbook may hold added to it (pivot table, macros, slicer, threaded
 * comments, custom XML and a sensitivity label, a web extension, workbook and sheet protection,
 * hidden and very hidden sheets). Each is refreshed twice; after each refresh every part that is
 * not ours must be byte for byte what it was; styles.xml must not grow on the second refresh of
 * the same summary, and never holds one of our styles twice.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { summarise } from '../../src/plan';
import { runRefresh } from '../../src/cli/refresh';
import { buildSheets } from '../../src/report/buildSheets';
import { loadWorkbook, readWorkbook, refreshPackage } from '../../src/xlsx';
import { action, plan } from '../report/handMade';

const CORPUS = path.join(__dirname, '..', 'fixtures', 'corpus');
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const EXCEL_SAVED = [
  'ExcelPivotTableSample.xlsx',
  'SimpleMacro.xlsm',
  '64759.xlsx',
  '54399.xlsx',
  '55923.xlsx',
  '64750.xlsx',
  'WithChartSheet.xlsx',
  'WithThreeCharts.xlsx',
  'TwoSheetsOneHidden.xlsx',
  'commentTest.xlsx',
  'DataValidations-49244.xlsx',
  '55406_Conditional_formatting_sample.xlsx',
  'sample.strict.xlsx',
  '63934.xlsx',
];

const plans = [
  plan([
    action(5, {
      area: 'Housing',
      lead: 'Housing lead',
      rag: 'red',
      state: 'overdue',
      due: '2024-03-31',
    }),
    action(6, {
      area: 'Adults',
      lead: 'Adults lead',
      rag: 'green',
      state: 'on-track',
      due: '2024-12-31',
    }),
  ]),
];
const specs = buildSheets(summarise(plans, { asOf: '2024-06-01' }), plans, {
  refreshedAt: '2024-06-01T09:00:00Z',
  source: 'test',
});

/** Every entry of a zip, by name, as bytes. */
async function entries(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async('nodebuffer'));
  return out;
}

/** Parts refresh may change: the workbook, its relationships, styles, content types; and the parts of our own sheets. */
function mayChange(name: string, ourParts: Set<string>): boolean {
  return (
    [
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
    ].includes(name) || ourParts.has(name)
  );
}

/** The parts of our sheets in a refreshed package: each sheet part, its rels, drawing, drawing rels and charts. */
async function partsOfOurSheets(bytes: Buffer, names: string[]): Promise<Set<string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file(/workbook\.xml$/)[0].async('string');
  const relsFile = zip.file(/^xl\/_rels\/workbook\.xml\.rels$/)[0];
  const rels = await relsFile.async('string');
  const out = new Set<string>();
  const follow = async (part: string): Promise<void> => {
    out.add(part);
    const relsPart = part.replace(/([^/]+)$/, '_rels/$1.rels');
    const file = zip.file(relsPart);
    if (!file) return;
    out.add(relsPart);
    for (const m of (await file.async('string')).matchAll(/Target="([^"]+)"/g))
      await follow(path.posix.normalize(path.posix.join(path.posix.dirname(part), m[1])));
  };
  for (const name of names) {
    const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
      .map((m) => m[0])
      .find((t) => t.includes(`name="${name}"`));
    const id = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
    const target =
      id &&
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
    if (target)
      await follow(path.posix.normalize(`xl/${target[1] ?? target[2]}`.replace('xl//', '')));
  }
  return out;
}

/** What a refresh changed that it must not: parts that are not ours, and the original <sheet> elements. */
async function damage(before: Buffer, after: Buffer, ours: string[]): Promise<string[]> {
  const a = await entries(before);
  const b = await entries(after);
  const ourParts = await partsOfOurSheets(after, ours);
  const problems: string[] = [];
  for (const [name, bytes] of a) {
    if (mayChange(name, ourParts)) continue;
    const now = b.get(name);
    if (!now) problems.push(`lost ${name}`);
    else if (!now.equals(bytes)) problems.push(`changed ${name}`);
  }
  // In workbook.xml, everything outside <sheets> and <definedNames> is as it was.
  const outside = (xml: string) =>
    xml
      .replace(/<sheets>[\s\S]*<\/sheets>/, '')
      .replace(/<definedNames>[\s\S]*<\/definedNames>/, '');
  const wb = [...a.keys()].find((n) => /^xl\/workbook\.xml$/.test(n));
  if (wb && outside(a.get(wb)!.toString('utf8')) !== outside(b.get(wb)!.toString('utf8')))
    problems.push('workbook.xml changed outside sheets and names');
  // In styles.xml, every section's original entries come first, unchanged.
  const styles = (m: Map<string, Buffer>) => m.get('xl/styles.xml')?.toString('utf8') ?? '';
  for (const section of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs']) {
    const inner = (xml: string) =>
      new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1] ?? '';
    if (!inner(styles(b)).startsWith(inner(styles(a))))
      problems.push(`styles.xml ${section} changed`);
  }
  return problems;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-corpus-'));
  process.env.RAG_PLAN_NOW = '2024-10-01T09:00:00Z';
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

const outputs: string[] = [];

describe('workbooks saved by Excel, refreshed twice', () => {
  test.each(EXCEL_SAVED)(
    '%s: every part that is not ours is byte for byte the same; styles.xml does not grow',
    async (name) => {
      const original = await fs.readFile(path.join(CORPUS, name));
      const first = await (async () => {
        const { pkg, grids } = await loadWorkbook(original, name);
        return refreshPackage(pkg, grids, specs);
      })();
      const ours = first.written.map((w) => w.name);
      expect(await damage(original, first.buffer, ours)).toEqual([]);
      const { pkg, grids } = await loadWorkbook(first.buffer, name);
      const second = refreshPackage(pkg, grids, specs);
      // The second refresh finds our sheets and replaces them under the same names.
      expect(second.written.map((w) => w.name)).toEqual(ours);
      expect(await damage(original, second.buffer, ours)).toEqual([]);
      const styles = async (b: Buffer) => (await entries(b)).get('xl/styles.xml')?.length;
      expect(await styles(second.buffer)).toBe(await styles(first.buffer));
      // The user's sheets read the same as before.
      const sheetsBefore = await readWorkbook(original);
      const sheetsAfter = (await readWorkbook(second.buffer)).filter(
        (g) => !ours.includes(g.sheet)
      );
      expect(sheetsAfter).toEqual(sheetsBefore);
      const out = path.join(dir, `twice-${name}`);
      await fs.writeFile(out, second.buffer);
      outputs.push(out);
    }
  );
});

describe('what cannot be opened is refused with one line', () => {
  test.each([
    ['SampleSS.xls', /old \.xls file/],
    ['protected_passtika.xlsx', /password-protected/],
    ['SampleSS.ods', /OpenDocument \(\.ods\)/],
  ])('%s', async (name, reason) => {
    await expect(readWorkbook(await fs.readFile(path.join(CORPUS, name)))).rejects.toThrow(reason);
  });
});

/** The edge-case plan with, added to its package as Excel stores them, what council workbooks hold. */
async function everythingWorkbook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await fs.readFile(path.join(FIXTURES, 'edge-cases.xlsx')));
  const pivot = await JSZip.loadAsync(
    await fs.readFile(path.join(CORPUS, 'ExcelPivotTableSample.xlsx'))
  );
  for (const name of Object.keys(pivot.files).filter((n) => /^xl\/pivot(Tables|Cache)\//.test(n)))
    zip.file(name, await pivot.file(name)!.async('nodebuffer'));
  const macro = await JSZip.loadAsync(await fs.readFile(path.join(CORPUS, 'SimpleMacro.xlsm')));
  zip.file('xl/vbaProject.bin', await macro.file('xl/vbaProject.bin')!.async('nodebuffer'));
  const threaded = await JSZip.loadAsync(await fs.readFile(path.join(CORPUS, '64759.xlsx')));
  for (const name of ['xl/persons/person.xml', 'xl/threadedComments/threadedComment1.xml'])
    zip.file(name, await threaded.file(name)!.async('nodebuffer'));
  zip.file(
    'xl/slicers/slicer1.xml',
    '<slicers xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><slicer name="Area" cache="Slicer_Area" caption="Area" rowHeight="241300"/></slicers>'
  );
  zip.file(
    'xl/slicerCaches/slicerCache1.xml',
    '<slicerCacheDefinition xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" name="Slicer_Area" sourceName="Area"/>'
  );
  zip.file('customXml/item1.xml', '<?xml version="1.0"?><labels><label id="general"/></labels>');
  zip.file(
    'docProps/custom.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_0000_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>'
  );
  zip.file(
    'docMetadata/LabelInfo.xml',
    '<?xml version="1.0"?><clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="{00000000-0000-0000-0000-000000000000}" enabled="1" method="Standard" siteId="{00000000-0000-0000-0000-000000000000}" removed="0"/></clbl:labelList>'
  );
  zip.file(
    'xl/webextensions/webextension1.xml',
    '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}"><we:properties><we:property name="ragPlanSettings" value="&quot;{}&quot;"/></we:properties></we:webextension>'
  );
  // Workbook structure lock, and a hidden and a very hidden sheet (copies of My notes).
  let workbook = await zip.file('xl/workbook.xml')!.async('string');
  workbook = workbook.replace(
    '<sheets>',
    '<workbookProtection workbookPassword="CC3D" lockStructure="1"/><sheets>'
  );
  const notes = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
  // A protected sheet with a legacy password (sheetProtection follows sheetData).
  zip.file(
    'xl/worksheets/sheet10.xml',
    notes.replace(
      '</sheetData>',
      '</sheetData><sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>'
    )
  );
  zip.file('xl/worksheets/sheet11.xml', notes);
  workbook = workbook.replace(
    '</sheets>',
    '<sheet name="Lists" sheetId="10" state="hidden" r:id="rId910"/><sheet name="Store" sheetId="11" state="veryHidden" r:id="rId911"/></sheets>'
  );
  zip.file('xl/workbook.xml', workbook);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const ws = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rId910" Type="${ws}" Target="worksheets/sheet10.xml"/><Relationship Id="rId911" Type="${ws}" Target="worksheets/sheet11.xml"/></Relationships>`
    )
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/xl/worksheets/sheet10.xml" ContentType="${sheetType}"/><Override PartName="/xl/worksheets/sheet11.xml" ContentType="${sheetType}"/></Types>`
    )
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('a plan holding what council workbooks hold, refreshed in place twice through the command', () => {
  test('pivot table, macros, slicer, threaded comments, custom XML, sensitivity label, web extension, protection and hidden sheets all come through byte for byte', async () => {
    const file = path.join(dir, 'everything.xlsm');
    const original = await everythingWorkbook();
    await fs.writeFile(file, original);
    const lines: string[] = [];
    await runRefresh(file, { asOf: '2024-10-01' }, (t) => lines.push(t));
    expect(lines.join('')).toContain('Wrote "Summary", "Overdue", "Data quality", "Savings"');
    const ours = ['Summary', 'Overdue', 'Data quality', 'Savings'];
    const once = await fs.readFile(file);
    expect(await damage(original, once, ours)).toEqual([]);
    // An hour later: the same moment would replace the first snapshot rather than compare with it.
    const secondLines: string[] = [];
    process.env.RAG_PLAN_NOW = '2024-10-01T10:00:00Z';
    await runRefresh(file, { asOf: '2024-10-01' }, (t) => secondLines.push(t));
    process.env.RAG_PLAN_NOW = '2024-10-01T09:00:00Z';
    // The second refresh compares with the first (its history), so its Summary has the changes block.
    expect(secondLines.join('')).not.toContain('No earlier refresh to compare with');
    const twice = await fs.readFile(file);
    expect(await damage(original, twice, ours)).toEqual([]);
    // The second refresh shows the comparison with the first (the history case), yet styles.xml
    // is exactly as the first refresh left it: every look our sheets can have was added then.
    const stylesXml = (await entries(twice)).get('xl/styles.xml')!.toString('utf8');
    expect(stylesXml).toBe((await entries(once)).get('xl/styles.xml')!.toString('utf8'));
    // And nothing was appended twice: every entry added after the original ones is new.
    const originalStyles = (await entries(original)).get('xl/styles.xml')!.toString('utf8');
    for (const [section, child] of [
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['borders', 'border'],
      ['cellXfs', 'xf'],
      ['dxfs', 'dxf'],
    ]) {
      const items = (xml: string): string[] =>
        (new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1] ?? '').match(
          new RegExp(`<${child}\\b(?:[^>]*/>|[\\s\\S]*?</${child}>)`, 'g')
        ) ?? [];
      const before = items(originalStyles);
      const added = items(stylesXml).slice(before.length);
      expect(added.filter((x, i) => before.includes(x) || added.indexOf(x) !== i)).toEqual([]);
    }
    // The workbook's structure lock and the hidden sheets' states are still there.
    const workbook = (await entries(twice)).get('xl/workbook.xml')!.toString('utf8');
    expect(workbook).toContain('<workbookProtection workbookPassword="CC3D" lockStructure="1"/>');
    expect(workbook).toContain('<sheet name="Lists" sheetId="10" state="hidden" r:id="rId910"/>');
    expect(workbook).toContain(
      '<sheet name="Store" sheetId="11" state="veryHidden" r:id="rId911"/>'
    );
    outputs.push(file);
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (soffice) {
  describe('LibreOffice', () => {
    test('the fixtures saved by LibreOffice refresh twice with their own parts untouched, and LibreOffice opens every refreshed file', async () => {
      const saved = path.join(dir, 'libreoffice');
      await fs.mkdir(saved);
      const seeds = [
        'havering-2019-action-plan.xlsx',
        'havering-productivity-plan-2024.xlsx',
        'edge-cases.xlsx',
      ].map((f) => path.join(FIXTURES, f));
      const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
      execFileSync(
        'soffice',
        [
          profile,
          '--headless',
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          saved,
          ...seeds,
        ],
        { stdio: 'ignore', timeout: 120_000 }
      );
      for (const seed of seeds) {
        const file = path.join(saved, path.basename(seed));
        const original = await fs.readFile(file);
        await runRefresh(file, { asOf: '2024-10-01' }, () => undefined);
        await runRefresh(file, { asOf: '2024-10-01' }, () => undefined);
        const ours = ['Summary', 'Overdue', 'Data quality', 'Savings'];
        expect(await damage(original, await fs.readFile(file), ours)).toEqual([]);
        outputs.push(file);
      }
      // One LibreOffice run opens every refreshed file and saves it as PDF: each must come out.
      const pdfs = path.join(dir, 'pdf');
      execFileSync(
        'soffice',
        [profile, '--headless', '--convert-to', 'pdf', '--outdir', pdfs, ...outputs],
        { stdio: 'ignore', timeout: 240_000 }
      );
      const made = await fs.readdir(pdfs);
      expect(
        outputs.map((o) => `${path.parse(o).name}.pdf`).filter((p) => !made.includes(p))
      ).toEqual([]);
    }, 300_000);
  });
}
