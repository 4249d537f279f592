/**
 * What real Excel does that a convenient fake would hide, and how the adapter copes: summary
 * sheets cleared in place (users' formulas survive), one undo step or a clear note, a recalculation
 * after held calculation, settings refreshed before they are read, fills and merged cells as Excel
 * reports them, responses over 5 MB and more than 512 merged areas.
 */
import { installFakeExcel, type FakeExcelHost, type HostOptions } from '../e2e/host/fakeExcel';
import type { WorkbookJson } from '../e2e/host/model';
import {
  findPlanSources,
  loadSettings,
  readGrid,
  readGrids,
  writeSummarySheets,
} from '../../src/excel';
import { fillColour } from '../../src/excel/cells';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { overdueSpec, spec, summarySpec } from './specs';

const PLAN: WorkbookJson = {
  sheets: [
    {
      name: 'Action plan',
      cells: [
        ['Area', 'Action', 'Lead', 'Deadline', 'RAG'],
        ['Housing', 'Build homes', 'Head of Housing', '31/03/2024', 'Red'],
        ['Housing', 'Repair roofs', 'Head of Housing', 'Q3 2024/25', 'Amber'],
      ],
      fills: [[], [null, null, null, null, '#FF0000'], [null, null, null, null, null]],
    },
    { name: 'Board pack', cells: [['Board pack']] },
  ],
};

function host(json: WorkbookJson = PLAN, options: HostOptions = {}): FakeExcelHost {
  return installFakeExcel(JSON.parse(JSON.stringify(json)), options);
}

const value = async (sheet: string, address: string) =>
  Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem(sheet).getRange(address);
    r.load('values');
    await context.sync();
    return r.values[0][0];
  });

describe('summary sheets rewritten in place', () => {
  it("keeps a user's formula to Summary!B2 valid after two refreshes, where delete-and-add would give #REF!", async () => {
    const h = host();
    await writeSummarySheets([summarySpec()]);
    h.model.sheets[1].rows[1] = [
      undefined as never,
      { v: null, formula: '=Summary!B2', nf: 'General', fill: null },
    ];
    expect(await value('Board pack', 'B2')).toBe(45657);
    await writeSummarySheets([summarySpec()]);
    const next = summarySpec();
    next.values[1] = ['As of', 45700];
    await writeSummarySheets([next]);
    expect(await value('Board pack', 'B2')).toBe(45700);
    expect(h.snapshot().sheets.map((s) => s.name)).toEqual([
      'Action plan',
      'Board pack',
      'Summary',
    ]);

    // What the fake does when a sheet is deleted, as Excel does: the formula loses its sheet.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Summary').delete();
      await context.sync();
    });
    expect(await value('Board pack', 'B2')).toBe('#REF!');
  });

  it('leaves nothing of the last refresh behind: rows, links, rules, charts and frozen panes', async () => {
    const h = host();
    await writeSummarySheets([summarySpec(), overdueSpec(30)]);
    const before = h.snapshot().sheets.find((s) => s.name === 'Overdue');
    expect(before?.links.length).toBe(30);
    await writeSummarySheets([summarySpec(), overdueSpec(2)]);
    const after = h.snapshot().sheets.find((s) => s.name === 'Overdue');
    const filled = (after?.values ?? []).filter((r) => r.some((v) => v !== null));
    expect(filled).toHaveLength(4);
    expect(after?.links).toHaveLength(2);
    const summary = h.snapshot().sheets.find((s) => s.name === 'Summary');
    expect(summary?.charts).toHaveLength(summarySpec().charts.length);
    expect(summary?.conditionalFormats).toHaveLength(summarySpec().conditionalFormats.length);
  });

  it('keeps the name of a summary sheet the user renamed', async () => {
    const h = host();
    await writeSummarySheets([summarySpec()]);
    // Renamed in Excel: the name that marks the sheet as ours follows it, as Excel's names do.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Summary').name = 'Board summary';
      await context.sync();
    });
    expect(h.model.names[0].formula).toBe("='Board summary'!$A$1");
    const result = await writeSummarySheets([summarySpec()]);
    expect(result.written).toEqual([{ key: 'summary', name: 'Board summary' }]);
    expect(h.snapshot().sheets.map((s) => s.name)).toEqual([
      'Action plan',
      'Board pack',
      'Board summary',
    ]);
  });

  it('writes a sheet a spec asks to be very hidden as very hidden', async () => {
    const h = host();
    const hidden = {
      ...spec('quality', 'Data quality', [['RAG Plan data quality']]),
      visibility: 'veryHidden' as const,
    };
    await writeSummarySheets([summarySpec(), hidden]);
    expect(h.model.sheets.find((s) => s.name === 'Data quality')?.visibility).toBe('VeryHidden');
    expect(h.model.sheets.find((s) => s.name === 'Summary')?.visibility).toBeUndefined();
  });
});

describe('one undo step', () => {
  it('a whole refresh is one entry in the undo list where Excel groups it', async () => {
    const h = host();
    await writeSummarySheets([summarySpec(), overdueSpec(5)]);
    h.undoSteps = 0;
    const result = await writeSummarySheets([summarySpec(), overdueSpec(5)]);
    expect(result.syncs).toBeGreaterThan(1);
    expect(h.undoSteps).toBe(1);
    expect(result.undo).toBe('one-step');
  });

  it('where Excel answers UndoNotSupported, the refresh is still made and says it is not one step', async () => {
    const h = host();
    // Excel refuses the group at the first request (an API in it has no undo support).
    h.failures.push({ code: 'UndoNotSupported', message: 'The operation cannot be undone.' });
    const result = await writeSummarySheets([summarySpec()]);
    expect(result.undo).toBe('in-parts');
    expect(h.snapshot().sheets.map((s) => s.name)).toEqual([
      'Action plan',
      'Board pack',
      'Summary',
    ]);
  });
});

it('recalculates once after a write whose calculation was held between syncs, and not after one that fits one request', async () => {
  const h = host();
  await writeSummarySheets([summarySpec(), overdueSpec(5)]);
  expect(h.recalculations).toEqual([]);
  await writeSummarySheets([summarySpec(), overdueSpec(40_000)]);
  expect(h.recalculations).toEqual(['Recalculate']);
}, 60_000);

it('reads the settings as last saved, not the copy the page took when it loaded', async () => {
  const h = host({ ...PLAN, settings: { [SETTINGS_KEY]: JSON.stringify({ asOf: '2024-11-15' }) } });
  // Someone saved a later date since this page's copy was taken.
  h.model.savedSettings = { [SETTINGS_KEY]: JSON.stringify({ asOf: '2025-01-10' }) };
  expect((await loadSettings()).asOf).toBe('2025-01-10');
});

describe('reading what Excel reports', () => {
  it('no fill comes back as white with pattern None and tintAndShade null, and is read as no fill', async () => {
    host();
    const grid = await readGrid((await findPlanSources())[0]);
    expect(grid.fills?.[1][4]).toBe('#FF0000');
    expect(grid.fills?.[2][4]).toBeNull();
    // Each signal alone means no fill.
    expect(fillColour({ color: '#FFFFFF', pattern: 'Solid', tintAndShade: null })).toBeNull();
    expect(fillColour({ color: '#FFFFFF', pattern: 'None', tintAndShade: 0 })).toBeNull();
    expect(fillColour({ color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0 })).toBe('#FFFFFF');
  });

  it('reads font colours for plans that rate with a coloured dot, the automatic black as none', async () => {
    const json: WorkbookJson = JSON.parse(JSON.stringify(PLAN));
    json.sheets[0].cells[1][4] = '●';
    json.sheets[0].fontColours = [[], [null, null, null, null, '#C00000']];
    host(json);
    const grid = await readGrid((await findPlanSources())[0]);
    expect(grid.fontColours?.[1][4]).toBe('#C00000');
    expect(grid.fontColours?.[2][4]).toBeNull();
  });

  it('a merged area has its value in the top-left cell only', async () => {
    const json: WorkbookJson = JSON.parse(JSON.stringify(PLAN));
    json.sheets[0].cells[2][0] = 'Housing';
    json.sheets[0].merges = ['A2:A3'];
    host(json);
    const grid = await readGrid((await findPlanSources())[0]);
    expect(grid.values.map((r) => r[0])).toEqual(['Area', 'Housing', null]);
    expect(grid.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
  });

  it('a hidden sheet is read and its grid says so; a very hidden one (the history) is not read at all', async () => {
    const json: WorkbookJson = JSON.parse(JSON.stringify(PLAN));
    json.sheets[0].visibility = 'Hidden';
    json.sheets.push({ ...json.sheets[0], name: 'History', visibility: 'VeryHidden' });
    host(json);
    const sources = await findPlanSources();
    expect(sources.map((s) => [s.sheet, !!s.hidden])).toEqual([
      ['Action plan', true],
      ['Board pack', false],
    ]);
    expect((await readGrids(sources))[0].hidden).toBe(true);
  });

  it('a response over 5 MB is refused, and the read goes on in blocks half the size', async () => {
    const long = 'Deliver the programme with partners and report each quarter. '.repeat(40);
    const cells = [['Area', 'Objective', 'Action', 'Lead', 'Deadline', 'RAG', 'Notes']];
    for (let i = 1; i <= 800; i++)
      cells.push(['Housing', long, long, 'Head of Housing', 'March 2026', 'Red', long]);
    const h = host({ sheets: [{ name: 'Long', cells }] });
    const sources = await findPlanSources();
    h.resetCounts();
    const grid = await readGrid(sources[0]);
    expect(grid.values).toHaveLength(801);
    expect(grid.values[800][2]).toBe(long);
    const limit = 5 * 1024 * 1024;
    expect(h.requests[0].response).toBeGreaterThan(limit);
    expect(h.requests.slice(1).every((r) => r.response < limit)).toBe(true);
  });

  it('more than 512 merged areas: Excel refuses them and the read carries on without', async () => {
    const cells = [['Area', '', 'Action', 'Lead', 'Deadline', 'RAG']];
    const merges: string[] = [];
    for (let i = 2; i <= 601; i++) {
      cells.push([
        `Area ${i}`,
        null as never,
        `Action ${i}`,
        'Head of Service',
        'March 2026',
        'Amber',
      ]);
      merges.push(`A${i}:B${i}`);
    }
    host({ sheets: [{ name: 'Merged', cells, merges }] });
    const grid = await readGrid((await findPlanSources())[0]);
    expect(grid.values).toHaveLength(601);
    expect(grid.merges).toBeUndefined();
  });
});
