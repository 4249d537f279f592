/**
 * Part names in a package are compared without regard to case, so a refresh must never add a part
 * whose name differs from one already there only in case, and never write a relationship part that
 * is not its own. Apache POI's 123233_charts.xlsx (tests/fixtures/corpus/README.md) names its sheets
 * xl/worksheets/Sheet1.xml … Sheet5.xml and keeps the first sheet's relationships, which reach its
 * drawing of four charts, in xl/worksheets/_rels/sheet1.xml.rels. A plan sheet is added to it here
 * (Sheet6.xml, as Excel would name a sixth), so a refresh has summaries and charts to write.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { runRefresh } from '../../src/cli/refresh';
import { readWorkbook } from '../../src/xlsx';

const FILE = path.join(__dirname, '..', 'fixtures', 'corpus', '123233_charts.xlsx');
const WS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const CT_WS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const PLAN_ROWS = [
  ['Ref', 'Action', 'Lead', 'Timescale', 'RAG'],
  ['1', 'Review the allocations policy', 'Director of Place', '31/03/2024', 'Red'],
  ['2', 'Publish the housing strategy', 'Head of Housing', '31/12/2024', 'Green'],
  ['3', 'Agree the budget for repairs', 'Director of Finance', '30/06/2024', 'Amber'],
];

/** The POI workbook with a plan on a sixth sheet, "Action plan", in xl/worksheets/Sheet6.xml. */
async function withPlan(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await fs.readFile(FILE));
  const rows = PLAN_ROWS.map(
    (cells, r) =>
      `<row r="${r + 1}">${cells.map((t, c) => inline(`${'ABCDE'[c]}${r + 1}`, t)).join('')}</row>`
  ).join('');
  zip.file(
    'xl/worksheets/Sheet6.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`
  );
  const edit = async (name: string, from: string, to: string) =>
    zip.file(name, (await zip.file(name)!.async('string')).replace(from, to));
  await edit(
    'xl/workbook.xml',
    '</sheets>',
    '<sheet name="Action plan" sheetId="6" r:id="rId8"/></sheets>'
  );
  await edit(
    'xl/_rels/workbook.xml.rels',
    '</Relationships>',
    `<Relationship Id="rId8" Type="${WS}" Target="worksheets/Sheet6.xml"/></Relationships>`
  );
  await edit(
    '[Content_Types].xml',
    '</Types>',
    `<Override PartName="/xl/worksheets/Sheet6.xml" ContentType="${CT_WS}"/></Types>`
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function parts(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async('nodebuffer'));
  return out;
}

/** Parts a refresh may edit: the workbook, its relationships, content types and styles. */
const EDITED = [
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  '[Content_Types].xml',
  'xl/styles.xml',
];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-case-'));
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

describe('a package whose part names differ from ours only in case', () => {
  test('refreshed twice: every part not ours byte for byte under its own name, no two names equal ignoring case', async () => {
    const file = path.join(dir, 'charts.xlsx');
    const original = await withPlan();
    await fs.writeFile(file, original);
    const before = await parts(original);
    for (const [n, now] of [
      [1, '2024-06-01T09:00:00'],
      [2, '2024-07-01T09:00:00'],
    ] as const) {
      process.env.RAG_PLAN_NOW = now;
      const out: string[] = [];
      await runRefresh(file, { asOf: now.slice(0, 10) }, (t) => out.push(t));
      expect(out.join('')).toContain('Wrote "Summary", "Overdue", "Data quality"');
      const after = await parts(await fs.readFile(file));
      // Every part of the user's, by its exact name, as it was (the first sheet's lower-case
      // relationships part among them: it still reaches the user's drawing and four charts).
      const changed = [...before]
        .filter(([name, bytes]) => !EDITED.includes(name) && !after.get(name)?.equals(bytes))
        .map(([name]) => name);
      expect({ refresh: n, changed }).toEqual({ refresh: n, changed: [] });
      // Excel sees parts whose names differ only in case as one part twice: there must be none.
      const lower = [...after.keys()].map((k) => k.toLowerCase());
      const twice = lower.filter((k, i) => lower.indexOf(k) !== i);
      expect({ refresh: n, twice }).toEqual({ refresh: n, twice: [] });
    }
    // The user's sheets read as before.
    const sheets = (await readWorkbook(await fs.readFile(file))).map((g) => g.sheet);
    expect(sheets.slice(0, 6)).toEqual([
      'Page1_1',
      'data_Page1_1_1',
      'data_Page1_1_2',
      'data_Page1_1_3',
      'data_Page1_1_4',
      'Action plan',
    ]);
  });
});
