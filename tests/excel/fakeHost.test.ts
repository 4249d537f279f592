/**
 * The adapter against the in-memory fake host (tests/e2e/host): reads come back as the Grid the
 * engine expects, writes land in the workbook as a person would see them, and the ownership rule
 * keeps a user's sheets untouched. The fake enforces Office's load/sync rule, so a property read
 * before its sync would fail these tests.
 */
import { installFakeExcel, type FakeExcelHost } from '../e2e/host/fakeExcel';
import type { WorkbookJson } from '../e2e/host/model';
import {
  ExcelProblem,
  findPlanSources,
  loadSettings,
  readGrid,
  saveSettings,
  selectCell,
  readFlagState,
  setFlagInPlace,
  supportInfo,
  writeSummarySheets,
} from '../../src/excel';
import { readPlans, type Plan } from '../../src/plan';
import { overdueSpec, summarySpec } from './specs';

/** The engine's reading of the fixture's plan, on an as-of date after the first deadline. */
function planOn(json: WorkbookJson): Plan {
  const s = json.sheets[0];
  const plans = readPlans(
    {
      sheet: s.name,
      top: 1,
      left: 1,
      values: s.cells.map((r) => r.map((v) => (v === undefined ? null : v))) as never,
    },
    { asOf: '2025-06-30' }
  );
  return plans[0];
}

const PLAN: WorkbookJson = {
  sheets: [
    {
      name: 'Action plan',
      cells: [
        ['Council action plan 2024/25'],
        [],
        ['Ref', 'Area', 'Action', 'Lead', 'Deadline', 'RAG'],
        [1, 'Housing', 'Build homes', 'Head of Housing', 45657, 'Red'],
        [2, null, 'Repair roofs', 'Head of Housing', 'Q3 2024/25', null],
        [3, 'Finance', '=SUM(1,2)', 'S151 Officer', 'Ongoing', 'Green'],
      ],
      numberFormats: [[], [], [], [null, null, null, null, 'dd/mm/yyyy']],
      fills: [
        [],
        [],
        [],
        [null, null, null, null, null, '#FF0000'],
        [null, null, null, null, null, '#FFC000'],
        [null, null, null, null, null, '#FFFFFF'],
      ],
      merges: ['B4:B5'],
    },
  ],
};

function host(json: WorkbookJson = PLAN, apiVersion?: string): FakeExcelHost {
  return installFakeExcel(JSON.parse(JSON.stringify(json)), { apiVersion });
}

describe('reading through the fake host', () => {
  it('finds the used range of a sheet without tables and reads values, formats, fills and merges', async () => {
    const h = host();
    const sources = await findPlanSources();
    expect(sources).toEqual([
      { kind: 'range', sheet: 'Action plan', name: null, address: 'A1:F6', active: true },
    ]);
    h.resetCounts();
    const grid = await readGrid(sources[0]);
    expect(h.syncCount).toBe(1);
    expect(grid.sheet).toBe('Action plan');
    expect([grid.top, grid.left]).toEqual([1, 1]);
    expect(grid.values[3]).toEqual([1, 'Housing', 'Build homes', 'Head of Housing', 45657, 'Red']);
    // Empty cells are null, not "".
    expect(grid.values[4][1]).toBeNull();
    expect(grid.numberFormats?.[3][4]).toBe('dd/mm/yyyy');
    // Red and amber fills read; white is a fill (not "No Fill"); no fill is null.
    expect(grid.fills?.[3][5]).toBe('#FF0000');
    expect(grid.fills?.[4][5]).toBe('#FFC000');
    expect(grid.fills?.[5][5]).toBe('#FFFFFF');
    expect(grid.fills?.[3][0]).toBeNull();
    expect(grid.merges).toEqual([{ top: 4, left: 2, bottom: 5, right: 2 }]);
  });

  it('lists the tables first and reuses their ranges when reading', async () => {
    const json: WorkbookJson = JSON.parse(JSON.stringify(PLAN));
    json.sheets[0].tables = [{ name: 'ActionPlan', address: 'A3:F6' }];
    const h = host(json);
    const sources = await findPlanSources();
    expect(sources.map((s) => [s.kind, s.name, s.address])).toEqual([
      ['table', 'ActionPlan', 'A3:F6'],
      // The title row above the table makes the used range bigger than the table.
      ['range', null, 'A1:F6'],
    ]);
    h.resetCounts();
    const grid = await readGrid(sources[1]);
    expect(grid.tables).toEqual([
      { name: 'ActionPlan', range: { top: 3, left: 1, bottom: 6, right: 6 }, hasHeaders: true },
    ]);
    expect(h.syncCount).toBe(1);
  });

  it('without ExcelApi 1.9 reads fills cell by cell, taking white for no fill; without 1.13 reports no merges', async () => {
    host(PLAN, '1.8');
    const grid = await readGrid({
      kind: 'range',
      sheet: 'Action plan',
      name: null,
      address: 'A1:F6',
    });
    expect(grid.fills?.[3][5]).toBe('#FF0000');
    expect(grid.fills?.[5][5]).toBeNull();
    expect(grid.merges).toBeUndefined();
    expect(supportInfo()).toMatchObject({ grid: false, merges: false, validation: true });
  });
});

describe('writing through the fake host', () => {
  it("links a roll-up's cell of another workbook by its file and the cell in it", async () => {
    const h = host();
    const spec = overdueSpec();
    spec.links = [
      {
        cell: { row: 3, col: 5 },
        target: { sheet: '[plans/Adults.xlsx]Action plan', row: 7, col: 5 },
        text: "[plans/Adults.xlsx]'Action plan'!E7",
      },
    ];
    await writeSummarySheets([spec]);
    const overdue = h.snapshot().sheets.find((s) => s.name === 'Overdue');
    expect(overdue?.links).toEqual([
      {
        address: 'E3',
        link: {
          address: 'plans/Adults.xlsx',
          documentReference: "'Action plan'!E7",
          textToDisplay: "[plans/Adults.xlsx]'Action plan'!E7",
        },
      },
    ]);
  });

  it('writes values, text as text, formats, links, charts and the ownership name', async () => {
    const h = host();
    const progress: string[] = [];
    const result = await writeSummarySheets([summarySpec(), overdueSpec()], {
      onProgress: (p) => progress.push(`${p.index}:${p.phase}:${p.sheet}`),
    });
    expect(result).toMatchObject({
      written: [
        { key: 'summary', name: 'Summary' },
        { key: 'overdue', name: 'Overdue' },
      ],
      renamed: [],
      undo: 'one-step',
    });
    // The writer counts its own syncs: one to look at the workbook, one to write.
    expect(result.syncs).toBe(h.syncCount);
    expect(result.syncs).toBe(2);
    const snap = h.snapshot();
    const summary = snap.sheets.find((s) => s.name === 'Summary');
    const overdue = snap.sheets.find((s) => s.name === 'Overdue');
    if (!summary || !overdue) throw new Error('sheets missing');
    expect(summary.values[0][0]).toBe('RAG Plan summary');
    expect(summary.values[4]).toEqual(['Housing', 2, 1, 4]);
    expect(summary.numberFormats[1][1]).toBe('dd mmm yyyy');
    expect(summary.freezeRows).toBe(4);
    expect(summary.tabColor).toBe('#1F4E79');
    expect(summary.columnWidths.A).toBeCloseTo((20 * 7 + 5) * 0.75);
    expect(summary.charts).toEqual([
      expect.objectContaining({
        name: 'RagByArea',
        type: 'BarStacked',
        source: 'A4:D6',
        seriesBy: 'Columns',
        title: 'RAG by area',
        from: 'F2',
        to: 'M16',
        seriesColors: ['#C00000', '#FFC000', '#00B050'],
      }),
    ]);
    // The formula-looking action is text: no formula anywhere, the characters kept.
    expect(overdue.formulas).toEqual([]);
    expect(overdue.values[2][1]).toBe('=HYPERLINK("http://example.invalid","click")');
    expect(overdue.numberFormats[2][1]).toBe('@');
    // Dates stay numbers with their format.
    expect(overdue.values[2][2]).toBe(45000);
    expect(overdue.numberFormats[2][2]).toBe('dd/mm/yyyy');
    expect(overdue.links[0]).toEqual({
      address: 'A3',
      link: {
        documentReference: "'Action plan'!E7",
        textToDisplay: 'E7',
        screenTip: 'Go to the plan',
      },
    });
    expect(overdue.conditionalFormats[0]).toMatchObject({
      address: 'D3:D4',
      type: 'CellValue',
      rule: { formula1: '="Red"', operator: 'EqualTo' },
    });
    expect(overdue.validations).toEqual([
      {
        address: 'D3:D4',
        rule: { list: { inCellDropDown: true, source: 'Red,Amber,Green,Blue' } },
      },
    ]);
    expect(snap.names).toEqual([
      { name: 'RagPlan_Summary', formula: '=Summary!$A$1' },
      { name: 'RagPlan_Overdue', formula: '=Overdue!$A$1' },
    ]);
    expect(progress).toEqual([
      '0:writing:Summary',
      '0:formatting:Summary',
      '0:charts:Summary',
      '1:writing:Overdue',
      '1:formatting:Overdue',
      '1:charts:Overdue',
    ]);
    // The plan sheet is unchanged.
    expect(snap.sheets[0].values[3]).toEqual([
      1,
      'Housing',
      'Build homes',
      'Head of Housing',
      45657,
      'Red',
    ]);
  });

  it("never touches a user's sheet called Summary, uses a free name, and replaces its own sheet on refresh", async () => {
    const json: WorkbookJson = JSON.parse(JSON.stringify(PLAN));
    json.sheets.push({ name: 'Summary', cells: [['My own notes'], ['keep me']] });
    const h = host(json);
    const first = await writeSummarySheets([summarySpec()]);
    expect(first.renamed).toEqual([
      { key: 'summary', wanted: 'Summary', used: 'Summary (RAG Plan)' },
    ]);
    let snap = h.snapshot();
    expect(snap.sheets.find((s) => s.name === 'Summary')?.values).toEqual([
      ['My own notes'],
      ['keep me'],
    ]);
    expect(snap.names).toEqual([
      { name: 'RagPlan_Summary', formula: "='Summary (RAG Plan)'!$A$1" },
    ]);

    // Refresh: our sheet is replaced in place, the user's again untouched, no third sheet appears.
    const changed = summarySpec();
    changed.values[4] = ['Housing', 9, 9, 9];
    const second = await writeSummarySheets([changed]);
    expect(second.written).toEqual([{ key: 'summary', name: 'Summary (RAG Plan)' }]);
    snap = h.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual([
      'Action plan',
      'Summary',
      'Summary (RAG Plan)',
    ]);
    expect(snap.sheets[2].values[4]).toEqual(['Housing', 9, 9, 9]);
    expect(snap.sheets[1].values).toEqual([['My own notes'], ['keep me']]);
    expect(snap.names).toEqual([
      { name: 'RagPlan_Summary', formula: "='Summary (RAG Plan)'!$A$1" },
    ]);
  });

  it('does not take a sheet as its own when the name points at it but A1 is not the title', async () => {
    const json: WorkbookJson = JSON.parse(JSON.stringify(PLAN));
    json.sheets.push({ name: 'Summary', cells: [['Renamed by the user'], ['data']] });
    json.names = [{ name: 'RagPlan_Summary', formula: '=Summary!$A$1' }];
    const h = host(json);
    const result = await writeSummarySheets([summarySpec()]);
    expect(result.renamed).toEqual([
      { key: 'summary', wanted: 'Summary', used: 'Summary (RAG Plan)' },
    ]);
    const snap = h.snapshot();
    expect(snap.sheets.find((s) => s.name === 'Summary')?.values).toEqual([
      ['Renamed by the user'],
      ['data'],
    ]);
    expect(snap.names).toEqual([
      { name: 'RagPlan_Summary', formula: "='Summary (RAG Plan)'!$A$1" },
    ]);
  });

  it('a cancel before writing changes nothing', async () => {
    const h = host();
    const before = JSON.stringify(h.snapshot());
    const controller = new AbortController();
    controller.abort();
    await expect(
      writeSummarySheets([summarySpec()], { signal: controller.signal })
    ).rejects.toMatchObject({ kind: 'cancelled' });
    expect(JSON.stringify(h.snapshot())).toBe(before);
  });

  it('maps a protected sheet, cell-edit mode and a payload failure to ExcelProblem kinds', async () => {
    const json: WorkbookJson = JSON.parse(JSON.stringify(PLAN));
    json.sheets[0].protected = true;
    host(json);
    const plan = planOn(json);
    const err = await setFlagInPlace(plan, true).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelProblem);
    expect(err).toMatchObject({ kind: 'protected', code: 'AccessDenied' });

    // Cell-edit mode: a 1.11 host waits (the batch goes through); an older one fails with 'cell-edit'.
    const waiting = host();
    waiting.cellEditMode = true;
    await expect(
      readGrid({ kind: 'range', sheet: 'Action plan', name: null, address: 'A1:F6' })
    ).resolves.toBeDefined();
    const old = host(PLAN, '1.10');
    old.cellEditMode = true;
    await expect(
      readGrid({ kind: 'range', sheet: 'Action plan', name: null, address: 'A1:F6' })
    ).rejects.toMatchObject({ kind: 'cell-edit' });

    const big = host();
    big.failures.push({ code: 'RequestPayloadSizeLimitExceeded', message: 'too big' });
    await expect(writeSummarySheets([summarySpec()])).rejects.toMatchObject({ kind: 'too-large' });
  });
});

describe('selection and settings through the fake host', () => {
  it('selects a cell on another sheet, activating it', async () => {
    const json: WorkbookJson = JSON.parse(JSON.stringify(PLAN));
    json.sheets.unshift({ name: 'Cover', cells: [['Cover']] });
    const h = host(json);
    await selectCell({ sheet: 'Action plan', row: 7, col: 5 });
    expect(h.activeSheet).toBe('Action plan');
    expect(h.selection).toBe("'Action plan'!E7");
    await expect(selectCell({ sheet: 'Gone', row: 1, col: 1 })).rejects.toMatchObject({
      kind: 'other',
      message: expect.stringContaining('Gone'),
    });
  });

  it('round-trips settings through document settings (saved) and through workbook.settings when there are none', async () => {
    const h = host();
    expect(await loadSettings()).toEqual({
      asOf: null,
      dueSoonDays: 30,
      blueMeans: 'complete',
      overrides: {},
      picked: null,
    });
    const wanted = {
      asOf: '2024-12-31',
      dueSoonDays: 14,
      blueMeans: 'carried-over' as const,
      overrides: { ActionPlan: { lead: 'D', rag: null } },
      picked: ['ActionPlan'],
      pointed: [{ sheet: 'Action plan', top: 3, left: 1, bottom: 6, right: 6, headerRow: 3 }],
    };
    await saveSettings(wanted);
    expect(await loadSettings()).toEqual(wanted);
    // saveAsync ran: the value is in what the document saved.
    expect(Object.keys(h.snapshot().settings)).toContain('RagPlan.settings');

    const { FakeExcelHost } = await import('../e2e/host/fakeExcel');
    new FakeExcelHost(JSON.parse(JSON.stringify(PLAN)), { documentSettings: false }).install();
    await saveSettings(wanted);
    expect(await loadSettings()).toEqual(wanted);
  });
});

describe('flag in place through the fake host', () => {
  it('shades overdue rows and adds a RAG list, then removes exactly those, changing no value', async () => {
    const json: WorkbookJson = JSON.parse(JSON.stringify(PLAN));
    // The user's own conditional format and a validation elsewhere must survive.
    const h = host(json);
    const plan = planOn(json);
    const overdueRows = plan.actions.filter((a) => a.state === 'overdue').map((a) => a.row);
    // 31 Dec 2024 and Q3 2024/25 (31 Dec 2024) are past on 30 June 2025; "Ongoing" is not.
    expect(overdueRows).toEqual([4, 5]);
    const before = h.snapshot().sheets[0];

    const outcome = await setFlagInPlace(plan, true);
    expect(outcome).toMatchObject({ rows: 2, dropDowns: 3, kept: 0, undo: 'one-step' });
    let sheet = h.snapshot().sheets[0];
    expect(sheet.values).toEqual(before.values);
    // The RAG column (F) is left unshaded, so a RAG shown by its fill stays visible.
    expect(sheet.conditionalFormats).toEqual([
      expect.objectContaining({
        address: 'A4:E5',
        type: 'Custom',
        rule: { formula: '=ISTEXT("RAG Plan: overdue")' },
      }),
    ]);
    const list = {
      list: { inCellDropDown: true, source: 'Red,Amber,Green,Blue,Red/Amber,Amber/Green' },
    };
    expect(sheet.validations.map((v) => [v.address, v.rule])).toEqual([
      ['F4', list],
      ['F5', list],
      ['F6', list],
    ]);
    expect(await readFlagState(plan)).toBe(true);

    // Turning it on again does not pile up a second copy.
    await setFlagInPlace(plan, true);
    sheet = h.snapshot().sheets[0];
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.validations).toHaveLength(3);

    expect(await setFlagInPlace(plan, false)).toMatchObject({
      removed: { formats: 1, dropDowns: 3 },
    });
    expect(await readFlagState(plan)).toBe(false);
    sheet = h.snapshot().sheets[0];
    expect(sheet.values).toEqual(before.values);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.validations).toEqual([]);
  });

  it("leaves the user's own conditional formats and validation alone", async () => {
    const h = host();
    // The user has a validation on the RAG column and a rule of their own on the plan.
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Action plan');
      sheet.getRange('F4:F6').dataValidation.rule = {
        list: { inCellDropDown: true, source: 'R,A,G' },
      };
      const cf = sheet
        .getRange('A4:F6')
        .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      cf.custom.rule.formula = '=$F4="Red"';
      await context.sync();
    });
    const plan = planOn(PLAN);
    expect(await setFlagInPlace(plan, true)).toMatchObject({ dropDowns: 0, kept: 3 });
    let sheet = h.snapshot().sheets[0];
    expect(sheet.validations).toEqual([
      expect.objectContaining({
        address: 'F4:F6',
        rule: { list: { inCellDropDown: true, source: 'R,A,G' } },
      }),
    ]);
    expect(sheet.conditionalFormats.map((c) => c.rule)).toEqual([
      { formula: '=$F4="Red"' },
      { formula: '=ISTEXT("RAG Plan: overdue")' },
    ]);
    await setFlagInPlace(plan, false);
    sheet = h.snapshot().sheets[0];
    expect(sheet.validations).toHaveLength(1);
    expect(sheet.conditionalFormats.map((c) => c.rule)).toEqual([{ formula: '=$F4="Red"' }]);
  });
});

describe('fixture to fake-host JSON', () => {
  it('a Grid read back through the fake host is the Grid that went in', async () => {
    const { gridsToWorkbookJson } = await import('../e2e/host/fixtureToJson');
    const original = {
      sheet: 'Plan',
      top: 2,
      left: 2,
      values: [
        ['Action', 'RAG'],
        ['Build homes', 'Red'],
      ],
      numberFormats: [
        ['General', 'General'],
        ['@', 'General'],
      ],
      fills: [
        [null, null],
        [null, '#FF0000'],
      ],
      merges: [],
      tables: [{ name: 'T1', range: { top: 2, left: 2, bottom: 3, right: 3 }, hasHeaders: true }],
    };
    installFakeExcel(gridsToWorkbookJson([original]));
    const sources = await findPlanSources();
    expect(sources).toEqual([
      { kind: 'table', sheet: 'Plan', name: 'T1', address: 'B2:C3', active: true },
    ]);
    const grid = await readGrid(sources[0]);
    expect({ ...grid, merges: grid.merges ?? [] }).toEqual(original);
  });
});
