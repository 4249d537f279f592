import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { readWorkbook, cellValue } from '../../src/xlsx/readWorkbook';
import { applyTint, resolveColour, themePalette } from '../../src/xlsx/readColours';
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
    expect(grid.fills?.[4][0]).toBeNull(); // no fill
  });

  it('reads every RAG fill the fixture README lists for the productivity plan', async () => {
    const [grid] = await readWorkbook(fixture('havering-productivity-plan-2024'));
    const listed: Record<string, string> = {};
    const put = (hex: string, cells: string): void => cells.split(' ').forEach((c) => (listed[c] = hex));
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
      }),
    );
    expect(read).toEqual(listed);
  });

  it('reads Excel dates as serial numbers with their format, and tables with their ranges', async () => {
    const grids = await readWorkbook(fixture('edge-cases'));
    const tracker = grids[0];
    expect(tracker.values[3][4]).toBe(45565); // 30/09/2024
    expect(tracker.numberFormats?.[3][4]).toBe('dd/mm/yyyy');
    expect(tracker.tables).toEqual([{ name: 'Tracker', range: { top: 3, left: 1, bottom: 11, right: 9 }, hasHeaders: true }]);
    expect(tracker.values[9][3]).toEqual({ error: '#N/A' });
    expect(tracker.values[6][2]).toBe('=HYPERLINK("http://example.com","click me")');
    expect(grids.map((g) => g.sheet)).toEqual(['Savings tracker', 'My notes']);
  });
});

describe('cellValue', () => {
  it('turns every ExcelJS value into a plain cell value', () => {
    expect(cellValue(new Date(Date.UTC(2019, 11, 31)))).toBe(43830);
    expect(cellValue({ richText: [{ text: 'Kathy ' }, { text: 'Freeman' }] })).toBe('Kathy Freeman');
    expect(cellValue({ formula: 'SUM(A1:A2)', result: 7 } as ExcelJS.CellFormulaValue)).toBe(7);
    expect(cellValue({ formula: 'NOW()' } as ExcelJS.CellFormulaValue)).toBeNull();
    expect(cellValue({ text: 'Plan', hyperlink: 'https://example.org' })).toBe('Plan');
    expect(cellValue({ error: '#REF!' } as ExcelJS.CellErrorValue)).toEqual({ error: '#REF!' });
    expect(cellValue(new Date(NaN))).toBeNull();
  });
});

describe('cellValue on anything ExcelJS might hand over', () => {
  it('never throws, and gives text, a number, a boolean, an error or null', () => {
    const kinds = fc.oneof(
      fc.anything(),
      fc.record({ richText: fc.array(fc.record({ text: fc.string() })) }),
      fc.record({ formula: fc.string(), result: fc.oneof(fc.double(), fc.string(), fc.constant(undefined), fc.record({ error: fc.string() })) }),
      fc.record({ text: fc.anything(), hyperlink: fc.string() }),
      fc.date(),
    );
    fc.assert(
      fc.property(kinds, (v) => {
        const out = cellValue(v as ExcelJS.CellValue);
        const ok = out === null || ['string', 'number', 'boolean'].includes(typeof out) || (typeof out === 'object' && typeof out.error === 'string');
        expect(ok).toBe(true);
      }),
    );
  });
});

describe('colours', () => {
  it('applies Excel tints: lighter towards white, darker towards black', () => {
    expect(applyTint('FF0000', 0)).toBe('FF0000');
    expect(applyTint('000000', 0.5)).toBe('808080');
    expect(applyTint('FFFFFF', -0.5)).toBe('808080');
    // Excel's palette for the Office 2007 accent3 (#9BBB59): lighter 80%, 60%, 40%, darker 50%
    expect([0.7999816888943144, 0.5999938962981048, 0.3999755851924192, -0.499984740745262].map((t) => applyTint('9BBB59', t))).toEqual([
      'EBF1DE',
      'D7E4BD',
      'C3D69B',
      '4F6228',
    ]);
  });

  it('resolves ARGB, indexed and theme colours, and gives null for what it cannot', () => {
    const palette = themePalette('<a:clrScheme><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:accent1><a:srgbClr val="4472C4"/></a:accent1></a:clrScheme>');
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
    await expect(readWorkbook(await zip.generateAsync({ type: 'nodebuffer' }))).rejects.toThrow(/it is a zip file but not an \.xlsx workbook/);
    const empty = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    await expect(readWorkbook(empty)).rejects.toThrow(/the workbook has no sheets/);
  });
});
