/**
 * The add-in's refresh against the fake host, as Excel really is: one refresh at a time across
 * the pane and the ribbon (they share one page), and what Undo can do afterwards. Excel on Windows
 * and Mac cannot undo hiding a sheet, so the first refresh (which makes the very hidden history
 * sheet) cannot be undone there and says so; later ones leave the sheet's visibility alone and
 * are one undo step where Excel can group (ExcelApi 1.20), a part at a time where it cannot.
 */
import * as excel from '../../src/excel';
import {
  refreshSummaries,
  ribbonLine,
  takeRibbonOutcome,
  undoProblem,
  type ExcelPort,
} from '../../src/addin';
import { runRefresh } from '../../src/commands/refresh';
import { PROBLEMS, SAY } from '../../src/report/messages';
import { installFakeExcel, type HostOptions } from '../e2e/host/fakeExcel';
import { planWorkbook } from '../e2e/support/workbooks';

function host(options: HostOptions = {}) {
  return installFakeExcel(planWorkbook(), options);
}

const refresh = async () => refreshSummaries(excel, await excel.loadSettings());

describe('one refresh at a time', () => {
  it("refuses the ribbon's refresh while the pane's is writing, in one line, and writes once", async () => {
    const h = host();
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The pane's refresh, held just before it writes.
    const port: ExcelPort = {
      ...excel,
      writeSummarySheets: async (specs, options) => {
        await held;
        return excel.writeSummarySheets(specs, options);
      },
    };
    const pane = refreshSummaries(port, await excel.loadSettings());
    const showPane = jest.fn(async () => undefined);
    expect(await runRefresh(excel, showPane)).toBe(false);
    const note = takeRibbonOutcome();
    expect(note?.text).toBe(`${PROBLEMS.busy.title}. ${SAY.busy('pane')} ${PROBLEMS.busy.advice}`);
    expect(note?.text.split('\n')).toHaveLength(1);
    release();
    const outcome = await pane;
    expect(outcome.written.map((w) => w.name)).toEqual([
      'Summary',
      'Overdue',
      'Data quality',
      'RAG Plan history',
    ]);
    // One refresh wrote: one history snapshot, not two.
    const history = h.snapshot().sheets.find((s) => s.name === 'RAG Plan history');
    // (Rows from the fourth are one action of one refresh each; column B is when it was taken.)
    expect(new Set(history?.values.slice(3).map((r) => r[1])).size).toBe(1);
    // The lock is free again: the ribbon can refresh now.
    expect(await runRefresh(excel, showPane)).toBe(true);
  });

  it('the pane is told the same when the ribbon holds the refresh, and the lock is let go after a failure', async () => {
    host();
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: ExcelPort = {
      ...excel,
      readGrids: async () => {
        await held;
        throw new excel.ExcelProblem('protected', 'The workbook is protected.');
      },
    };
    const ribbon = runRefresh(slow, async () => undefined);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const err = await refresh().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'busy', message: SAY.busy('ribbon') });
    release();
    expect(await ribbon).toBe(false);
    await expect(refresh()).resolves.toMatchObject({ plans: 1 });
  });
});

describe('what Undo can do after a refresh', () => {
  it('on Windows the first refresh cannot be undone and says so; the second hides nothing and is one step', async () => {
    const h = host({ platform: 'PC' });
    const first = await refresh();
    expect(first.undo).toBe('none');
    expect(h.undoCleared).toBe(1);
    expect(undoProblem(first.undo)).toEqual({ kind: 'no-undo' });
    expect(ribbonLine(first).text).toMatch(
      new RegExp(`from 1 plan\\. ${PROBLEMS['no-undo'].title}\\. Excel on Windows and Mac`)
    );
    h.undoSteps = 0;
    const second = await refresh();
    expect(second.undo).toBe('one-step');
    expect([h.undoSteps, h.undoCleared]).toEqual([1, 1]);
    expect(undoProblem(second.undo)).toBeNull();
    expect(ribbonLine(second).text).not.toMatch(/undo/i);
  });

  it('on the Mac too; on Excel on the web hiding the sheet is undoable, so both are one step', async () => {
    expect((await (host({ platform: 'Mac' }), refresh())).undo).toBe('none');
    const h = host({ platform: 'OfficeOnline' });
    expect((await refresh()).undo).toBe('one-step');
    expect(h.undoSteps).toBe(1);
    expect((await refresh()).undo).toBe('one-step');
    expect([h.undoSteps, h.undoCleared]).toEqual([2, 0]);
  });

  it('without ExcelApi 1.20 nothing is grouped and nothing promises one step', async () => {
    const h = host({ apiVersion: '1.19' });
    const run = jest.spyOn(h, 'run');
    const first = await refresh();
    expect(first.undo).toBe('in-parts');
    // mergeUndoGroup is never asked of a host that does not have it.
    expect(
      run.mock.calls.some(([options]) => (options as { mergeUndoGroup?: boolean }).mergeUndoGroup)
    ).toBe(false);
    expect(undoProblem(first.undo)).toEqual({ kind: 'undo' });
    expect(ribbonLine(first).text).toContain(PROBLEMS.undo.advice);
  });

  it('the very hidden history sheet is made very hidden once, and then left alone', async () => {
    const h = host({ platform: 'PC' });
    await refresh();
    expect(h.snapshot().sheets.map((s) => [s.name, s.visibility])).toContainEqual([
      'RAG Plan history',
      'VeryHidden',
    ]);
    const before = h.undoCleared;
    await refresh();
    await refresh();
    // Setting visibility would have emptied the undo list again.
    expect(h.undoCleared).toBe(before);
  });
});
