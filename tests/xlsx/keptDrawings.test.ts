import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runRefresh } from '../../src/cli/refresh';
import type { ChartSpec, SpecValue } from '../../src/report/sheetSpec';
import {
  CT_CHART,
  CT_DRAWING,
  chartXml,
  drawingXml,
  REL_CHART,
  REL_DRAWING,
  relsXml,
} from '../../src/xlsx/parts/chartXml';
import { a1At, rangeAt } from '../cellText';

const EDGE = path.join(__dirname, '..', 'fixtures', 'edge-cases.xlsx');
// A 1x1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-drawings-'));
  process.env.RAG_PLAN_NOW = '2024-10-01T09:00:00Z';
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

/** The user's workbook: the edge-case plan, a picture on "My notes", and their own chart on a "Dashboard" sheet. */
async function usersWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EDGE);
  const notes = wb.getWorksheet('My notes') as ExcelJS.Worksheet;
  notes.addImage(
    wb.addImage({ buffer: PNG, extension: 'png' } as unknown as ExcelJS.Image),
    'E2:F4'
  );
  const dash = wb.addWorksheet('Dashboard');
  dash.getCell('A1').value = 'Savings by workstream';
  const cells = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const chart: ChartSpec = {
    name: 'My savings chart',
    type: 'column-clustered',
    title: 'Savings',
    dataRange: rangeAt('G3:H10'),
    seriesBy: 'columns',
    from: a1At('A3'),
    to: a1At('H20'),
  };
  // A chart of the savings column (H4:H10 by status, G), placed on the Dashboard as if drawn in Excel.
  const savings = [250, 500, -50, 120, 300, 75, 40];
  const values: SpecValue[][] = [
    [],
    [],
    ['', '', '', '', '', '', 'Status', "Savings £'000"],
    ...savings.map((n) => ['', '', '', '', '', '', 'x', n]),
  ];
  const zip = await JSZip.loadAsync(cells);
  // The parts Excel writes for a chart: chart, drawing, their relationships and content types, and the sheet's <drawing>.
  zip.file('xl/charts/chart1.xml', chartXml(chart, 'Savings tracker', values));
  // ExcelJS put the picture's drawing in drawing1.xml.
  zip.file('xl/drawings/drawing2.xml', drawingXml([{ chart, relId: 'rId1' }]));
  zip.file(
    'xl/drawings/_rels/drawing2.xml.rels',
    relsXml([{ id: 'rId1', type: REL_CHART, target: '../charts/chart1.xml' }])
  );
  const sheetPart = 'xl/worksheets/sheet3.xml';
  zip.file(
    'xl/worksheets/_rels/sheet3.xml.rels',
    relsXml([{ id: 'rId1', type: REL_DRAWING, target: '../drawings/drawing2.xml' }])
  );
  const sheet = await zip.file(sheetPart)!.async('string');
  zip.file(
    sheetPart,
    sheet
      .replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>')
      .replace(/<worksheet\b([^>]*)>/, (m, a: string) =>
        a.includes('xmlns:r=')
          ? m
          : `<worksheet${a} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`
      )
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT_CHART}"/><Override PartName="/xl/drawings/drawing2.xml" ContentType="${CT_DRAWING}"/></Types>`
    )
  );
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

/** Every internal relationship points at a part that exists, and every part has a content type. */
async function packageProblems(zip: JSZip): Promise<string[]> {
  const problems: string[] = [];
  const types = await zip.file('[Content_Types].xml')!.async('string');
  const overrides = new Set([...types.matchAll(/PartName="([^"]+)"/g)].map((m) => m[1]));
  const defaults = new Set(
    [...types.matchAll(/Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase())
  );
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir || name === '[Content_Types].xml') continue;
    if (
      !overrides.has(`/${name}`) &&
      !defaults.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase())
    )
      problems.push(`no content type: ${name}`);
    if (!name.endsWith('.rels')) continue;
    const base = name.replace(/_rels\/[^/]*\.rels$/, '');
    const xml = await zip.file(name)!.async('string');
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/i.test(m[0])) continue;
      const target = /Target="([^"]+)"/.exec(m[0])![1];
      const resolved = target.startsWith('/')
        ? target.slice(1)
        : path.posix.normalize(base + target);
      if (!zip.file(resolved)) problems.push(`${name} -> missing ${resolved}`);
    }
  }
  return problems;
}

/** The chart parts a sheet's drawing refers to, as text, in order. */
async function chartsOnSheet(zip: JSZip, sheet: string): Promise<string[]> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rid = new RegExp(`<sheet\\b[^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheetPath = 'xl/' + new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(wbRels)![1];
  const follow = async (from: string, type: string): Promise<string[]> => {
    const rels = await zip.file(from.replace(/([^/]+)$/, '_rels/$1.rels'))?.async('string');
    return [...(rels ?? '').matchAll(/<Relationship\b[^>]*>/g)]
      .filter((m) => m[0].includes(`/relationships/${type}"`))
      .map((m) =>
        path.posix.normalize(path.posix.dirname(from) + '/' + /Target="([^"]+)"/.exec(m[0])![1])
      );
  };
  const drawings = await follow(sheetPath, 'drawing');
  const charts = (await Promise.all(drawings.map((d) => follow(d, 'chart')))).flat();
  return Promise.all(charts.map((c) => zip.file(c)!.async('string')));
}

describe("refresh keeps the user's charts and pictures", () => {
  test('a chart on the Dashboard and a picture on My notes survive two refreshes unchanged, beside our own charts', async () => {
    const file = path.join(dir, 'with-charts.xlsx');
    await usersWorkbook(file);
    const before = await JSZip.loadAsync(await fs.readFile(file));
    const dashboardChart = await chartsOnSheet(before, 'Dashboard');
    expect(dashboardChart).toHaveLength(1);
    expect(dashboardChart[0]).toContain("'Savings tracker'!$H$4:$H$10");
    const picture = Object.keys(before.files).filter((f) => /^xl\/media\/.+/.test(f));
    expect(picture).toHaveLength(1);

    const lines: string[] = [];
    await runRefresh(file, { asOf: '2024-10-01' }, (t) => lines.push(t));
    expect(lines.join('')).toContain('Added 2 charts to "Summary"');
    // An hour later, so the second refresh is kept beside the first (the same moment replaces it).
    process.env.RAG_PLAN_NOW = '2024-10-01T10:00:00Z';
    await runRefresh(file, { asOf: '2024-10-01' }, () => undefined);
    process.env.RAG_PLAN_NOW = '2024-10-01T09:00:00Z';

    const after = await JSZip.loadAsync(await fs.readFile(file));
    expect(await packageProblems(after)).toEqual([]);
    expect(await chartsOnSheet(after, 'Dashboard')).toEqual(dashboardChart);
    // RAG by area, RAG by lead, and the trend once two refreshes are kept.
    expect(await chartsOnSheet(after, 'Summary')).toHaveLength(3);
    // The picture is still there, with its bytes.
    const media = Object.keys(after.files).filter((f) => /^xl\/media\/.+/.test(f));
    const bytes = await Promise.all(media.map((m) => after.file(m)!.async('nodebuffer')));
    expect(bytes.some((b) => b.equals(PNG))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(file)) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('My notes')!.getImages()).toHaveLength(1);
    expect(wb.getWorksheet('Dashboard')!.getCell('A1').value).toBe('Savings by workstream');
  });
});
