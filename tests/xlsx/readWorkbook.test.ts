import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { loadWorkbook, readWorkbook } from '../../src/xlsx/readWorkbook';
import { applyTint, resolveColour, themePalette } from '../../src/xlsx/parts/readColours';
import { RagPlanFileError } from '../../src/xlsx/fileError';

const fixture = (name: string): string => `${__dirname}/../fixtures/${name}.xlsx`;

describe('readWorkbook on the fixtures', () => {
  it('reads merged areas, and the cells under a merge as empty, as Excel has them', async () => {
    const [grid] = await readWorkbook(fixture('havering-productivity-plan-2024'));
    expect(grid.sheet).toBe('Productivity plan');
    expect(grid.merges).toContainEqual({ top: 7, left: 1, bottom: 10, right: 1 });
    expect(grid.values[6][0]).toBe('oneSource Shared Service');
    expect(grid.values[7][0]).toBeNull();
  });

  it('reads solid fills as #RRGGBB, and a theme colour through the workbook theme and its tint', async () => {
    const [grid] = await readWorkbook(fixture('havering-productivity-plan-2024'));
    expect(grid.fills?.[4][5]).toBe('#00B050'); // F5: Complete, green
    expect(grid.fills?.[19][5]).toBe('#FF0000'); // F20: Housing, red
    // F19: theme 6 (accent3 #9BBB59) lightened by 40%: Excel's palette shows "Accent 3, Lighter 40%" as #C3D69B
    expect(grid.fills?.[18][5]).toBe('#C3D69B');
    expect(grid.fills?.[4]?.[0] ?? null).toBeNull(); // no fill: no entry
  });

  it('reads every RAG fill the fixture README lists for the productivity plan', async () => {
    const [grid] = await readWorkbook(fixture('havering-productivity-plan-2024'));
    const listed: Record<string, string> = {};
    const put = (hex: string, cells: string): void =>
      cells.split(' ').forEach((c) => (listed[c] = hex));
    put('#00B050', 'F5 F6 F7 F8 F9 F17 E32 E33 F39 F40 F47');
    put('#92D050', 'F10 F12 F16 F18 F21 E29 E30 E31 F42');
    put('#FFC000', 'F11 F13 F14 F15 E28 F38 F41 F43 F45');
    put('#FF0000', 'F20 F44 F46');
    put('#C3D69B', 'F19');
    const read: Record<string, string> = {};
    grid.values.forEach((row, r) =>
      row.forEach((_v, c) => {
        const fill = grid.fills?.[r]?.[c];
        // Header cells carry the header fill; the RAG cells are the only other filled cells.
        if (fill && fill !== '#D9E1F2') read[`${String.fromCharCode(65 + c)}${r + 1}`] = fill;
      })
    );
    expect(read).toEqual(listed);
  });

  it('reads Excel dates as serial numbers with their format, and tables with their ranges', async () => {
    const grids = await readWorkbook(fixture('edge-cases'));
    const tracker = grids[0];
    expect(tracker.values[3][4]).toBe(45565); // 30/09/2024
    expect(tracker.numberFormats?.[3][4]).toBe('dd/mm/yyyy');
    expect(tracker.tables).toEqual([
      { name: 'Tracker', range: { top: 3, left: 1, bottom: 11, right: 9 }, hasHeaders: true },
    ]);
    expect(tracker.values[9][3]).toEqual({ error: '#N/A' });
    expect(tracker.values[6][2]).toBe('=HYPERLINK("http://example.com","click me")');
    expect(grids.map((g) => g.sheet)).toEqual(['Savings tracker', 'My notes']);
  });
});

/** A minimal package: the sheets' XML under odd part names, found only through the workbook's relationships. */
async function tinyWorkbook(
  sheets: { name: string; xml: string; state?: string }[],
  extra: Record<string, string> = {}
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
  );
  zip.file(
    '_rels/.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="book/main.xml"/></Relationships>'
  );
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  zip.file(
    'book/_rels/main.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((s, i) => rel(`s${i}`, 'worksheet', `/data/part${i}.xml`)).join('')}${rel('ss', 'sharedStrings', 'strings.xml')}${rel('st', 'styles', '../styles.xml')}</Relationships>`
  );
  zip.file(
    'book/main.xml',
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${s.name}" sheetId="${i + 1}" r:id="s${i}"${s.state ? ` state="${s.state}"` : ''}/>`
      )
      .join('')}</sheets></workbook>`
  );
  sheets.forEach((s, i) =>
    zip.file(
      `data/part${i}.xml`,
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${s.xml}</sheetData>${extra[s.name] ?? ''}</worksheet>`
    )
  );
  zip.file(
    'book/strings.xml',
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Plain</t></si><si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>ignored</t></rPh></si><si><t>A &amp; B</t></si></sst>'
  );
  zip.file(
    'styles.xml',
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><color rgb="FFC00000"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/></patternFill></fill></fills><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0"/><xf numFmtId="164" fontId="0" fillId="0"/><xf numFmtId="0" fontId="1" fillId="2"/><xf numFmtId="9" fontId="0" fillId="0"/></cellXfs></styleSheet>'
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('the streaming reader on hand-made parts', () => {
  it('reads every kind of cell value as Excel shows it', async () => {
    const row =
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="inlineStr"><is><t>In</t></is></c>' +
      '<c r="E2" t="str"><f>A2&amp;"!"</f><v>Plain!</v></c><c r="F2" t="b"><v>1</v></c><c r="G2" t="e"><v>#REF!</v></c><c r="H2" s="1"><v>43830</v></c>' +
      '<c r="I2" t="d"><v>2019-12-31T00:00:00Z</v></c><c r="J2"><f>NOW()</f></c><c r="K2" s="3"><v>0.25</v></c></row>';
    const [grid] = await readWorkbook(await tinyWorkbook([{ name: 'Plan', xml: row }]));
    expect(grid.values[1]).toEqual([
      'Plain',
      'Rich text',
      'A & B',
      'In',
      'Plain!',
      true,
      { error: '#REF!' },
      43830,
      43830,
      null,
      0.25,
    ]);
    expect(grid.numberFormats?.[1]?.[7]).toBe('dd/mm/yyyy');
    expect(grid.numberFormats?.[1]?.[10]).toBe('0%');
    expect(grid.values[0]).toEqual([]);
  });

  it('keeps a filled empty cell (a RAG shown only as colour) with its fill, and the font colour of a value', async () => {
    const xml =
      '<row r="1"><c r="A1" s="2"/><c r="B1" s="2" t="inlineStr"><is><t>●</t></is></c><c r="C1" s="1"/></row>';
    const [grid] = await readWorkbook(await tinyWorkbook([{ name: 'Plan', xml }]));
    expect(grid.values[0]).toEqual([null, '●']); // C1 has only a number format: not kept
    expect(grid.fills?.[0]?.[0]).toBe('#00B050');
    expect(grid.fontColours?.[0]?.[1]).toBe('#C00000');
  });

  it('gives each row its own cells up to its last kept one, gaps empty; a row written twice is one row', async () => {
    const xml =
      '<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="D2"><v>4</v></c></row>' +
      '<row r="2"><c r="B2" t="inlineStr"><is><t>b</t></is></c><c r="D2"><v>5</v></c></row>' +
      '<row r="5"><c r="C5" s="2"/><c r="E5" s="1"/></row>' +
      '<row r="6"><c r="B6" s="1"><v>45000</v></c></row>';
    const [grid] = await readWorkbook(await tinyWorkbook([{ name: 'Plan', xml }]));
    expect(grid.values).toEqual([
      [],
      ['a', 'b', null, 5],
      [],
      [],
      [null, null, null],
      [null, 45000],
    ]);
    expect(grid.fills?.[4]).toEqual([null, null, '#00B050']);
    expect(grid.numberFormats?.[4]?.[4] ?? null).toBeNull(); // E5: a format but no value, not kept
    expect(grid.numberFormats?.[5]).toEqual([null, 'dd/mm/yyyy']);
  });

  it('reads any sheet of inline strings and numbers cell for cell', async () => {
    const texts = [
      'Red',
      'Amber',
      'Head of Housing',
      'Deliver improvement 12 of the plan',
      'A & B',
    ];
    const cell = fc.record({
      row: fc.integer({ min: 1, max: 12 }),
      col: fc.integer({ min: 1, max: 6 }),
      value: fc.oneof(fc.constantFrom(...texts), fc.integer({ min: -5, max: 99999 })),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(cell, { selector: (c) => `${c.row},${c.col}` }),
        async (cells) => {
          const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
          const rows = new Map<number, string[]>();
          for (const c of sorted) {
            const ref = `${String.fromCharCode(64 + c.col)}${c.row}`;
            const body =
              typeof c.value === 'number'
                ? `<c r="${ref}"><v>${c.value}</v></c>`
                : `<c r="${ref}" t="inlineStr"><is><t>${c.value.replace('&', '&amp;')}</t></is></c>`;
            rows.set(c.row, [...(rows.get(c.row) ?? []), body]);
          }
          const xml = [...rows].map(([r, body]) => `<row r="${r}">${body.join('')}</row>`).join('');
          // By hand: a row per sheet row down to the last one written, each as long as its last cell.
          const last = Math.max(0, ...cells.map((c) => c.row));
          const expected: (string | number | null)[][] = Array.from({ length: last }, () => []);
          for (const c of sorted) {
            const row = expected[c.row - 1];
            while (row.length < c.col) row.push(null);
            row[c.col - 1] = c.value;
          }
          const [grid] = await readWorkbook(await tinyWorkbook([{ name: 'Plan', xml }]));
          expect(grid.values).toEqual(expected);
        }
      ),
      { numRuns: 40 }
    );
  });

  it('finds sheets through the relationships whatever their part names, with their hidden state', async () => {
    const grids = await readWorkbook(
      await tinyWorkbook([
        { name: 'Shown', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>' },
        { name: 'Lists', xml: '', state: 'hidden' },
        { name: 'Store', xml: '', state: 'veryHidden' },
      ])
    );
    expect(grids.map((g) => [g.sheet, g.hidden])).toEqual([
      ['Shown', false],
      ['Lists', true],
      ['Store', true],
    ]);
  });

  it('reads a merge that spans whole columns as its used part', async () => {
    const xml =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1"><v>1</v></c></row><row r="3"><c r="B3"><v>2</v></c></row>';
    const [grid] = await readWorkbook(
      await tinyWorkbook([{ name: 'Plan', xml }], {
        Plan: '<mergeCells count="1"><mergeCell ref="A1:A1048576"/></mergeCells>',
      })
    );
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 3, right: 1 }]);
  });
});

describe('unreadable packages', () => {
  it('stops with one line past the limit of filled cells, counted over all the sheets', async () => {
    const cells = (n: number): string =>
      Array.from(
        { length: n },
        (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`
      ).join('');
    const book = await tinyWorkbook([
      { name: 'First', xml: cells(6) },
      { name: 'Second', xml: cells(6) },
    ]);
    // 12 cells in all: within a limit of 12, past a limit of 11 on the second sheet.
    expect((await loadWorkbook(book, 'plan.xlsx', { maxCells: 12 })).grids).toHaveLength(2);
    const past = loadWorkbook(book, 'plan.xlsx', { maxCells: 11 });
    await expect(past).rejects.toThrow(RagPlanFileError);
    await expect(past).rejects.toThrow(
      `cannot read 'plan.xlsx': it has more than 11 filled cells (reached on the sheet "Second"), more than RAG Plan reads at once; split the plan into smaller workbooks`
    );
  });

  it('says a cut-short file is cut short', async () => {
    const whole = await readFile(fixture('edge-cases'));
    await expect(readWorkbook(whole.subarray(0, Math.floor(whole.length * 0.6)))).rejects.toThrow(
      /the file is cut short or damaged/
    );
  });

  it('stops at a part that would unpack past the limit, calling it what it may be: a zip bomb', async () => {
    const big = await tinyWorkbook([{ name: 'Plan', xml: '' }]);
    // Claim a size past the limit in the sheet's central directory record.
    const bytes = Buffer.from(big);
    const at = bytes.indexOf(
      Buffer.from('data/part0.xml'),
      bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), bytes.length)
    );
    const record = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at);
    bytes.writeUInt32LE(2 ** 31, record + 24);
    await expect(readWorkbook(bytes)).rejects.toThrow(/zip bomb/);
  });

  it('gives a RagPlanFileError, never another exception, for any damage to a real workbook', async () => {
    const whole = await readFile(fixture('havering-2019-action-plan'));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: whole.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        async (at, byte) => {
          const damaged = Buffer.from(whole);
          damaged[at] = byte;
          try {
            await readWorkbook(damaged);
          } catch (e) {
            expect(e).toBeInstanceOf(RagPlanFileError);
          }
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe('colours', () => {
  it('applies Excel tints: lighter towards white, darker towards black', () => {
    expect(applyTint('FF0000', 0)).toBe('FF0000');
    expect(applyTint('000000', 0.5)).toBe('808080');
    expect(applyTint('FFFFFF', -0.5)).toBe('808080');
    // Excel's palette for the Office 2007 accent3 (#9BBB59): lighter 80%, 60%, 40%, darker 50%
    expect(
      [0.7999816888943144, 0.5999938962981048, 0.3999755851924192, -0.499984740745262].map((t) =>
        applyTint('9BBB59', t)
      )
    ).toEqual(['EBF1DE', 'D7E4BD', 'C3D69B', '4F6228']);
  });

  it('resolves ARGB, indexed and theme colours, and gives null for what it cannot', () => {
    const palette = themePalette(
      '<a:clrScheme><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:accent1><a:srgbClr val="4472C4"/></a:accent1></a:clrScheme>'
    );
    expect(palette.slice(0, 2)).toEqual(['FFFFFF', '000000']); // theme 0 is lt1, 1 is dk1
    expect(resolveColour({ argb: 'FFC00000' }, palette)).toBe('#C00000');
    expect(resolveColour({ indexed: 10 }, palette)).toBe('#FF0000');
    expect(resolveColour({ theme: 4 }, palette)).toBe('#4472C4');
    expect(resolveColour({ theme: 8 }, palette)).toBeNull();
    expect(resolveColour(undefined, palette)).toBeNull();
  });
});

describe('unreadable input', () => {
  it('rejects a buffer that is not a workbook with a RagPlanFileError', async () => {
    await expect(readWorkbook(Buffer.from('hello'))).rejects.toBeInstanceOf(RagPlanFileError);
  });

  it('tells a zip that is not a workbook from a workbook with no sheets', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    await expect(readWorkbook(await zip.generateAsync({ type: 'nodebuffer' }))).rejects.toThrow(
      /it is a zip file but not an \.xlsx workbook/
    );
    const empty = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    await expect(readWorkbook(empty)).rejects.toThrow(/the workbook has no sheets/);
  });
});
