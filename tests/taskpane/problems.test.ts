import { ExcelProblem } from '../../src/excel/problem';
import { describeProblem, PROBLEMS, SAY } from '../../src/report/messages';
import { NoPlanFound, RefreshCancelled } from '../../src/addin/workflow';
import { isDark } from '../../src/taskpane/theme';

describe('describeProblem', () => {
  test.each([
    ['cell-edit', 'A cell is being edited', /Enter or Esc/],
    ['protected', 'The sheet is protected', /Unprotect/],
    ['too-large', 'The plan is too large', /smaller tables/],
    ['unsupported', 'This version of Excel is not supported', /Update Excel/],
  ] as const)('an adapter %s problem becomes "%s" with what to do', (kind, title, advice) => {
    const p = describeProblem(new ExcelProblem(kind, 'Excel said no.'));
    expect(p.title).toBe(title);
    expect(p.body).toMatch(advice);
    expect(p.body).toContain('Excel said no.');
  });

  test('each piece of advice is said once, even when the detail is the title itself', () => {
    const p = describeProblem(new ExcelProblem('protected', 'The sheet is protected'));
    expect(p.body).toBe(PROBLEMS.protected.advice);
    const q = describeProblem(new ExcelProblem('cell-edit', 'Excel is busy.'));
    expect(q.body.split(PROBLEMS['cell-edit'].advice)).toHaveLength(2);
  });

  test('a cancel is information, not an error', () => {
    expect(describeProblem(new RefreshCancelled())).toMatchObject({
      intent: 'info',
      title: 'Cancelled',
    });
    expect(describeProblem(new DOMException('aborted', 'AbortError')).intent).toBe('info');
  });

  test('a part of the add-in that could not be fetched says nothing changed, without its URL', () => {
    // As webpack rejects a failed chunk: its name, and a message naming the chunk and its URL.
    const failed = Object.assign(
      new Error('Loading chunk 836 failed.\n(missing: https://addin.example/write.1a2b3c4d.js)'),
      { name: 'ChunkLoadError', type: 'missing' }
    );
    const p = describeProblem(failed);
    expect(p.intent).toBe('error');
    expect(p.title).toBe('Part of RAG Plan could not be loaded');
    expect(p.body).toMatch(/^Nothing was changed\. .*try again/);
    expect(p.body).not.toMatch(/https:|chunk/);
  });

  test('no plan in the workbook says what a plan looks like', () => {
    const p = describeProblem(new NoPlanFound());
    expect(p.intent).toBe('warning');
    expect(p.title).toBe('No action plan found');
    expect(p.body).toMatch(/Action, Lead, Timescale and RAG/);
    // Said once: the title is not repeated in the body.
    expect(p.body).not.toMatch(/no action plan/i);
  });

  test('every surface says "no action plan found" in the same words, and what a plan is', () => {
    for (const said of [
      PROBLEMS['no-plan'].title,
      SAY.noPlan,
      SAY.noPlanInWorkbook,
      SAY.noPlanInReport,
      SAY.noPlanInFile,
    ])
      expect(said).toMatch(/^no action plan found\b/i);
    for (const said of [SAY.noPlanInWorkbook, SAY.noPlanInReport, SAY.noPlanInFile])
      expect(said).toMatch(
        /a plan is a table with headers such as Action, Lead, Timescale and RAG/i
      );
  });

  test('anything else keeps its own words, and a bare throw still gets a message', () => {
    expect(describeProblem(new Error('GeneralException: boom')).body).toContain(
      'GeneralException: boom'
    );
    expect(describeProblem('oops').body).toContain('oops');
    expect(describeProblem(undefined).body.length).toBeGreaterThan(20);
  });
});

describe("isDark (the pane follows Office's theme)", () => {
  test.each([
    [{ isDarkTheme: true }, true],
    [{ isDarkTheme: false, bodyBackgroundColor: '#000000' }, false],
    [{ bodyBackgroundColor: '#292929' }, true],
    [{ bodyBackgroundColor: '#FFFFFF' }, false],
    [{ bodyBackgroundColor: 'not a colour' }, false],
    [null, false],
  ])('%j -> %s', (theme, dark) => {
    expect(isDark(theme)).toBe(dark);
  });
});
