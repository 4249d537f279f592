import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runRefresh } from '../../src/cli/refresh';
import { readDefinedNames, replaceOwnerNames } from '../../src/xlsx/parts/definedNames';

const EDGE = path.join(__dirname, '..', 'fixtures', 'edge-cases.xlsx');
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-names-'));
  process.env.RAG_PLAN_NOW = '2024-10-01T09:00:00Z';
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

async function workbookXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(await fs.readFile(file))).file('xl/workbook.xml')!.async('string');
}

/** Adds <definedName> elements to a file's workbook.xml, as Excel would have written them. */
async function addNames(file: string, names: (sheets: string[]) => string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  const extra = names(sheets);
  const next = xml.includes('</definedNames>')
    ? xml.replace('</definedNames>', `${extra}</definedNames>`)
    : xml.replace('</sheets>', `</sheets><definedNames>${extra}</definedNames>`);
  zip.file('xl/workbook.xml', next);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('readDefinedNames', () => {
  test('reads name, scope and formula, entities decoded, and keeps each element as written', () => {
    const xml =
      '<workbook><definedNames><definedName name="Budget" localSheetId="0">Plan!$B$2:$B$9</definedName>' +
      '<definedName name="Rolling" comment="a &amp; b">OFFSET(&apos;My plan&apos;!$A$1,0,0,COUNTA(&apos;My plan&apos;!$A:$A),1)</definedName>' +
      '<definedName name="Empty"/></definedNames></workbook>';
    expect(
      readDefinedNames(xml).map(({ name, localSheetId, formula }) => ({
        name,
        localSheetId,
        formula,
      }))
    ).toEqual([
      { name: 'Budget', localSheetId: 0, formula: 'Plan!$B$2:$B$9' },
      {
        name: 'Rolling',
        localSheetId: null,
        formula: "OFFSET('My plan'!$A$1,0,0,COUNTA('My plan'!$A:$A),1)",
      },
      { name: 'Empty', localSheetId: null, formula: '' },
    ]);
    expect(readDefinedNames(xml)[1].xml).toContain('comment="a &amp; b"');
  });

  test('replaceOwnerNames changes only our workbook-scoped names, and adds a block after </sheets> when there is none', () => {
    const xml =
      '<workbook><sheets><sheet/></sheets><definedNames><definedName name="Rate">0.05</definedName>' +
      '<definedName name="RagPlan_Summary">Old!$A$1</definedName><definedName name="RagPlan_Summary" localSheetId="0">Copy!$A$1</definedName></definedNames><calcPr/></workbook>';
    expect(
      replaceOwnerNames(xml, [{ name: 'RagPlan_Summary', formula: "'My summary'!$A$1" }])
    ).toBe(
      '<workbook><sheets><sheet/></sheets><definedNames><definedName name="Rate">0.05</definedName>' +
        '<definedName name="RagPlan_Summary" localSheetId="0">Copy!$A$1</definedName><definedName name="RagPlan_Summary">\'My summary\'!$A$1</definedName></definedNames><calcPr/></workbook>'
    );
    expect(
      replaceOwnerNames('<workbook><sheets><sheet/></sheets><calcPr/></workbook>', [
        { name: 'RagPlan_Overdue', formula: 'Overdue!$A$1' },
      ])
    ).toBe(
      '<workbook><sheets><sheet/></sheets><definedNames><definedName name="RagPlan_Overdue">Overdue!$A$1</definedName></definedNames><calcPr/></workbook>'
    );
  });
});

describe('refresh keeps the workbook’s defined names', () => {
  test("a user's names come out exactly as they were, and a copy of our Summary (with Excel's sheet-scoped name) is not ours", async () => {
    const file = path.join(dir, 'names.xlsx');
    await runRefresh(EDGE, { out: file, asOf: '2024-10-01' }, () => undefined);

    // The user copies our Summary sheet and adds a note to the copy (ExcelJS adds the sheet; the names go in as Excel writes them).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const copy = wb.addWorksheet('Summary (2)');
    copy.getCell('A1').value = 'RAG Plan summary';
    copy.getCell('A3').value = 'Cabinet 12 Nov: my notes';
    await wb.xlsx.writeFile(file);
    const userNames =
      '<definedName name="Budget" localSheetId="0">\'Savings tracker\'!$H$4:$H$10</definedName>' +
      "<definedName name=\"Rolling\">OFFSET('Savings tracker'!$A$4,0,0,COUNTA('Savings tracker'!$A:$A)-2,1)</definedName>" +
      '<definedName name="Rate" comment="discount rate">0.05</definedName>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="1">\'My notes\'!$A$1:$C$4</definedName>';
    await addNames(
      file,
      (sheets) =>
        `${userNames}<definedName name="RagPlan_Summary" localSheetId="${sheets.indexOf('Summary (2)')}">'Summary (2)'!$A$1</definedName>`
    );
    const before = readDefinedNames(await workbookXml(file));

    const lines: string[] = [];
    await runRefresh(file, { asOf: '2024-10-01' }, (t) => lines.push(t));
    // Our Summary is found through the workbook-scoped name and replaced in place: no "(RAG Plan)" sheet.
    expect(lines.join('')).toContain('Wrote "Summary", "Overdue", "Data quality", "Savings"');
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(file);
    expect(after.worksheets.map((w) => w.name)).toEqual([
      'Savings tracker',
      'My notes',
      'Summary',
      'Overdue',
      'Data quality',
      'Savings',
      'RAG Plan history',
      'Summary (2)',
    ]);
    expect(after.getWorksheet('Summary (2)')!.getCell('A3').value).toBe('Cabinet 12 Nov: my notes');

    const names = readDefinedNames(await workbookXml(file));
    // Every name other than our workbook-scoped RagPlan_* is back byte for byte, scope included.
    const theirs = (ns: typeof names) =>
      ns
        .filter((n) => !(n.localSheetId === null && n.name.startsWith('RagPlan_')))
        .map((n) => n.xml);
    expect(theirs(names)).toEqual(theirs(before));
    expect(theirs(names)).toHaveLength(5);
    const ours = names
      .filter((n) => n.localSheetId === null && n.name.startsWith('RagPlan_'))
      .map((n) => [n.name, n.formula.replace(/'/g, '')]);
    expect(ours.sort()).toEqual([
      ['RagPlan_DataQuality', 'Data quality!$A$1'],
      ['RagPlan_History', 'RAG Plan history!$A$1'],
      ['RagPlan_Overdue', 'Overdue!$A$1'],
      ['RagPlan_Savings', 'Savings!$A$1'],
      ['RagPlan_Summary', 'Summary!$A$1'],
    ]);

    // And again: the same names.
    await runRefresh(file, { asOf: '2024-10-01' }, () => undefined);
    expect(readDefinedNames(await workbookXml(file))).toEqual(names);
  });
});
