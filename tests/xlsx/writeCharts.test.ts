import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { summarise } from '../../src/plan';
import { buildSheets } from '../../src/report/buildSheets';
import type { ChartSpec, SpecValue } from '../../src/report/sheetSpec';
import type { SheetSpec } from '../../src/report/sheetSpec';
import { loadWorkbook, refreshPackage } from '../../src/xlsx';
import { chartXml, labelColor } from '../../src/xlsx/parts/chartXml';
import { action, plan } from '../report/handMade';
import { a1At, rangeAt } from '../cellText';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) =>
    ['c:ser', 'c:pt', 'Override', 'Relationship', 'xdr:twoCellAnchor'].includes(name),
});
const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true });

/** A small RAG table anyone can check by eye: Blue is all zero, so it gets no series. */
const SHEET = "Bob's summary";
const values: SpecValue[][] = [
  ['RAG Plan summary'],
  [],
  ['Area', 'Red', 'Amber', 'Green', 'Blue'],
  ['Housing & <Care>', 2, 1, 0, 0],
  ['Adults', 0, 3, 1, 0],
];
const chart: ChartSpec = {
  name: 'RAG by area',
  type: 'bar-stacked',
  title: 'RAG by area',
  dataRange: rangeAt('A3:E5'),
  seriesBy: 'columns',
  seriesColors: ['#C00000', '#FFC000', '#00B050', '#0070C0'],
  from: a1At('G3'),
  to: a1At('N18'),
};

/** A workbook with a plan sheet, and our summary sheet (the table above, a data-bar format and the chart) to write into it. */
async function workbookBuffer(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('Action plan');
  plan.getCell('A1').value = 'Action';
  plan.getCell('A2').value = '=HYPERLINK("x")';
  return bytes(wb);
}

const summarySpec: SheetSpec = {
  key: 'summary',
  name: SHEET,
  values,
  numberFormats: [],
  styles: [],
  columnWidths: [],
  freezeRows: 0,
  conditionalFormats: [
    {
      range: rangeAt('B4:B5'),
      kind: 'number',
      operator: 'greaterThan',
      value: 0,
      style: { fill: '#C00000' },
    },
  ],
  validations: [],
  charts: [chart],
  links: [],
  print: { landscape: true, fitToWidth: true },
};

async function refreshed(
  input: Buffer,
  specs: SheetSpec[]
): Promise<ReturnType<typeof refreshPackage>> {
  const { pkg, grids } = await loadWorkbook(input);
  return refreshPackage(pkg, grids, specs);
}

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function parts(buffer: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(buffer);
}
async function xml(zip: JSZip, path: string): Promise<Node> {
  const f = zip.file(path);
  if (!f) throw new Error(`missing part ${path}`);
  return parser.parse(await f.async('string')) as Node;
}
const at = (n: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((o, k) => (o as Node | undefined)?.[k], n);

describe('real Excel charts on our sheet', () => {
  let zip: JSZip;
  let input: Buffer;
  let result: Awaited<ReturnType<typeof refreshed>>;
  beforeAll(async () => {
    input = await workbookBuffer();
    result = await refreshed(input, [summarySpec]);
    zip = await parts(result.buffer);
  });

  test('adds a chart part and a drawing, declared in [Content_Types].xml', async () => {
    expect(result.charts).toEqual([{ sheet: SHEET, charts: ['RAG by area'] }]);
    const types = (at(await xml(zip, '[Content_Types].xml'), 'Types', 'Override') as Node[]).map(
      (o) => [o['@PartName'], o['@ContentType']]
    );
    expect(types).toContainEqual([
      '/xl/charts/chart1.xml',
      'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
    ]);
    expect(types).toContainEqual([
      '/xl/drawings/drawing1.xml',
      'application/vnd.openxmlformats-officedocument.drawing+xml',
    ]);
  });

  test('the sheet links to the drawing, the drawing to the chart, and the anchor covers G3:N18', async () => {
    const sheetXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    const drawingId = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)?.[1];
    expect(drawingId).toBeDefined();
    const sheetRels = at(
      await xml(zip, 'xl/worksheets/_rels/sheet2.xml.rels'),
      'Relationships',
      'Relationship'
    ) as Node[];
    const toDrawing = sheetRels.find((r) => r['@Id'] === drawingId);
    expect(toDrawing?.['@Target']).toBe('../drawings/drawing1.xml');

    const anchor = (
      at(await xml(zip, 'xl/drawings/drawing1.xml'), 'xdr:wsDr', 'xdr:twoCellAnchor') as Node[]
    )[0];
    // Zero-based: G3 is column 6, row 2; the chart ends where O19 (column 14, row 18) begins.
    expect([at(anchor, 'xdr:from', 'xdr:col'), at(anchor, 'xdr:from', 'xdr:row')]).toEqual([6, 2]);
    expect([at(anchor, 'xdr:to', 'xdr:col'), at(anchor, 'xdr:to', 'xdr:row')]).toEqual([14, 18]);
    expect(at(anchor, 'xdr:graphicFrame', 'xdr:nvGraphicFramePr', 'xdr:cNvPr', '@descr')).toMatch(
      /RAG by area.*A3:E5/
    );
    const chartRelId = at(
      anchor,
      'xdr:graphicFrame',
      'a:graphic',
      'a:graphicData',
      'c:chart',
      '@r:id'
    );
    const drawingRels = at(
      await xml(zip, 'xl/drawings/_rels/drawing1.xml.rels'),
      'Relationships',
      'Relationship'
    ) as Node[];
    expect(drawingRels.find((r) => r['@Id'] === chartRelId)?.['@Target']).toBe(
      '../charts/chart1.xml'
    );
  });

  test('the worksheet children are in schema order: cells, conditional formats, margins, page setup, drawing', async () => {
    const tree = ordered.parse(
      await zip.file('xl/worksheets/sheet2.xml')!.async('string')
    ) as Node[];
    const worksheet = tree.find((n) => 'worksheet' in n) as Node;
    const children = (worksheet.worksheet as Node[]).map((n) =>
      Object.keys(n).find((k) => k !== ':@')
    );
    expect(children).toEqual([
      'sheetPr',
      'dimension',
      'sheetViews',
      'sheetFormatPr',
      'sheetData',
      'conditionalFormatting',
      'pageMargins',
      'pageSetup',
      'drawing',
    ]);
  });

  test('a stacked bar chart: one series per rating that occurs, named and coloured, reading the table cells', async () => {
    const c = await xml(zip, 'xl/charts/chart1.xml');
    const bar = at(c, 'c:chartSpace', 'c:chart', 'c:plotArea', 'c:barChart') as Node;
    expect(at(bar, 'c:barDir', '@val')).toBe('bar');
    expect(at(bar, 'c:grouping', '@val')).toBe('stacked');
    expect(at(bar, 'c:overlap', '@val')).toBe('100');
    const series = bar['c:ser'] as Node[];
    const q = "'Bob''s summary'!";
    expect(
      series
        .map((s) => ({
          name: at(s, 'c:tx', 'c:strRef', 'c:strCache', 'c:pt') as Node[],
          nameRef: at(s, 'c:tx', 'c:strRef', 'c:f'),
          color: at(s, 'c:spPr', 'a:solidFill', 'a:srgbClr', '@val'),
          valRef: at(s, 'c:val', 'c:numRef', 'c:f'),
          values: (at(s, 'c:val', 'c:numRef', 'c:numCache', 'c:pt') as Node[]).map((p) => p['c:v']),
        }))
        .map((s) => ({ ...s, name: s.name[0]['c:v'] }))
    ).toEqual([
      {
        name: 'Red',
        nameRef: `${q}$B$3`,
        color: 'C00000',
        valRef: `${q}$B$4:$B$5`,
        values: [2, 0],
      },
      {
        name: 'Amber',
        nameRef: `${q}$C$3`,
        color: 'FFC000',
        valRef: `${q}$C$4:$C$5`,
        values: [1, 3],
      },
      {
        name: 'Green',
        nameRef: `${q}$D$3`,
        color: '00B050',
        valRef: `${q}$D$4:$D$5`,
        values: [0, 1],
      },
    ]);
    const categories = at(series[0], 'c:cat', 'c:strRef') as Node;
    expect(categories['c:f']).toBe(`${q}$A$4:$A$5`);
    // Markup in plan text is escaped, and reads back as written.
    expect((at(categories, 'c:strCache', 'c:pt') as Node[]).map((p) => p['c:v'])).toEqual([
      'Housing & <Care>',
      'Adults',
    ]);
    expect(at(c, 'c:chartSpace', 'c:chart', 'c:title', 'c:tx', 'c:rich', 'a:p', 'a:r', 'a:t')).toBe(
      'RAG by area'
    );
  });

  test('the workbook still opens in ExcelJS with every cell as it was', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(result.buffer as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Action plan', SHEET]);
    expect(wb.getWorksheet('Action plan')!.getCell('A2').value).toBe('=HYPERLINK("x")');
    expect(wb.getWorksheet(SHEET)!.getCell('A4').value).toBe('Housing & <Care>');
    expect(wb.getWorksheet(SHEET)!.getCell('C5').value).toBe(3);
  });

  test('every part of the original other than the workbook, its relationships, styles and content types is byte for byte the same', async () => {
    const before = await parts(input);
    const changed: string[] = [];
    for (const name of Object.keys(before.files)) {
      if (before.files[name].dir) continue;
      const a = await before.file(name)!.async('string');
      const b = await zip.file(name)?.async('string');
      if (a !== b) changed.push(name);
    }
    expect(changed.sort()).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
    ]);
  });
});

describe('chart colours', () => {
  test('data labels are black or white, whichever passes contrast on the series colour', () => {
    // White on dark red and blue; black on amber, green and the grey of No RAG (see palette contrast ratios).
    expect(['#C00000', '#0070C0', '#FFC000', '#00B050', '#D9D9D9'].map(labelColor)).toEqual([
      'FFFFFF',
      'FFFFFF',
      '000000',
      '000000',
      '000000',
    ]);
  });
});

describe('the summary sheets with their charts', () => {
  test('the Summary sheet gets a chart per RAG table, reading the sheet it was written to', async () => {
    const plans = [
      plan([
        action(5, {
          area: 'Housing',
          lead: 'Ann',
          rag: 'red',
          state: 'overdue',
          due: '2024-03-31',
        }),
        action(6, {
          area: 'Housing',
          lead: 'Bob',
          rag: 'green',
          state: 'on-track',
          due: '2024-12-31',
        }),
        action(7, {
          area: 'Adults',
          lead: 'Ann',
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
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Summary').getCell('A1').value = 'my own summary';
    const result = await refreshed(await bytes(wb), specs);
    expect(result.charts.map((s) => [s.sheet, s.charts.length])).toEqual([
      ['Summary (RAG Plan)', 2],
    ]);
    const zip = await parts(result.buffer);
    const byArea = await xml(zip, 'xl/charts/chart1.xml');
    const series = at(
      byArea,
      'c:chartSpace',
      'c:chart',
      'c:plotArea',
      'c:barChart',
      'c:ser'
    ) as Node[];
    // Housing: 1 Red, 1 Green; Adults: 1 Green. Only Red and Green occur.
    const read = series.map((s) => [
      (at(s, 'c:tx', 'c:strRef', 'c:strCache', 'c:pt') as Node[])[0]['c:v'],
      (at(s, 'c:val', 'c:numRef', 'c:numCache', 'c:pt') as Node[]).map((p) => p['c:v']),
    ]);
    const areas = (at(series[0], 'c:cat', 'c:strRef', 'c:strCache', 'c:pt') as Node[]).map(
      (p) => p['c:v']
    );
    const housing = areas.indexOf('Housing');
    const adults = areas.indexOf('Adults');
    expect(read.map((r) => r[0])).toEqual(['Red', 'Green']);
    expect([(read[0][1] as number[])[housing], (read[0][1] as number[])[adults]]).toEqual([1, 0]);
    expect([(read[1][1] as number[])[housing], (read[1][1] as number[])[adults]]).toEqual([1, 1]);
    expect(String(at(series[0], 'c:val', 'c:numRef', 'c:f'))).toMatch(
      /^'Summary \(RAG Plan\)'!\$B\$\d+:\$B\$\d+$/
    );
    // The user's own Summary has no drawing.
    const userSheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(userSheet).not.toContain('<drawing');
  });
});

describe('chartXml is total', () => {
  test('any title, sheet name and plan text gives well-formed XML that reads back as written, less control characters', () => {
    const exact = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      trimValues: false,
      isArray: (name) => ['c:ser', 'c:pt'].includes(name),
    });
    const clean = (s: string) =>
      [...s].filter((ch) => ch.charCodeAt(0) >= 0x20 || ['\t', '\n', '\r'].includes(ch)).join('');
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 1 }),
        fc.string(),
        fc.integer({ min: 1, max: 1000 }),
        (title, sheet, area, count) => {
          const text = chartXml({ ...chart, title, dataRange: rangeAt('A1:B2') }, sheet, [
            ['Area', 'Red'],
            [area, count],
          ]);
          expect(XMLValidator.validate(text)).toBe(true);
          const ser = (
            at(
              exact.parse(text),
              'c:chartSpace',
              'c:chart',
              'c:plotArea',
              'c:barChart',
              'c:ser'
            ) as Node[]
          )[0];
          expect((at(ser, 'c:cat', 'c:strRef', 'c:strCache', 'c:pt') as Node[])[0]['c:v']).toBe(
            clean(area)
          );
          expect(at(ser, 'c:val', 'c:numRef', 'c:f')).toBe(
            `'${clean(sheet).replace(/'/g, "''")}'!$B$2`
          );
          expect((at(ser, 'c:val', 'c:numRef', 'c:numCache', 'c:pt') as Node[])[0]['c:v']).toBe(
            String(count)
          );
        }
      )
    );
  });
});
