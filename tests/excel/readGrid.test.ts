/** The adapter against the fake host: reading into a Grid, sync counts, and error mapping. */
import { findPlanSources, readGrid, ExcelProblem } from '../../src/excel';
import { REQUEST_LIMIT_BYTES } from '../../src/excel/budget';
import { kindOf, toExcelProblem } from '../../src/excel/problem';
import { installFakeExcel } from '../e2e/host/fakeExcel';

const SOURCE = { kind: 'range' as const, sheet: 'Plan', name: null, address: 'A1:D4' };

describe('readGrid', () => {
  it('turns values, number formats, fills (No Fill apart from white) and merges into a Grid in one sync', async () => {
    const h = installFakeExcel({
      sheets: [
        {
          name: 'Plan',
          cells: [
            ['Area', 'Action', 'Due', 'RAG'],
            ['Housing', 'Build homes', 45657, ''],
            ['', 'Repair roofs', 45700, 'Amber'],
            ['Finance', { error: '#N/A' }, '', 'Green'],
          ],
          numberFormats: [[], ['General', 'General', 'dd/mm/yyyy', 'General']],
          fills: [[], [null, null, null, '#FF0000'], [null, null, null, '#FFFFFF']],
          merges: ['A2:A3'],
        },
      ],
    });
    const grid = await readGrid(SOURCE);
    expect(h.syncCount).toBe(1);
    expect(grid.values).toEqual([
      ['Area', 'Action', 'Due', 'RAG'],
      ['Housing', 'Build homes', 45657, null],
      [null, 'Repair roofs', 45700, 'Amber'],
      ['Finance', { error: '#N/A' }, null, 'Green'],
    ]);
    expect(grid.numberFormats?.[1][2]).toBe('dd/mm/yyyy');
    expect(grid.fills?.[1][3]).toBe('#FF0000');
    expect(grid.fills?.[2][3]).toBe('#FFFFFF');
    expect(grid.fills?.[3][3]).toBeNull();
    expect(grid.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
  });

  // A row comes back as about 660 bytes: values 93, number formats 51, and 519 of cell
  // properties (fill and font colour for each of 5 cells, which the adapter asks for). The first
  // sync guesses 400 bytes a cell (2,000 a row) and takes 2,097 rows of the 4 MB budget; later ones
  // size rows at what they cost x 1.25 (about 830 bytes): 5,059 rows a sync. 10,000 rows: 1 + 2
  // syncs; 100,000 rows: 1 + 20 (97,903 / 5,059 = 19.4).
  it.each([
    [100, 1],
    [10_000, 3],
    [100_000, 21],
  ])(
    'reads %i rows in blocks, at most %i syncs, each response under 5 MB',
    async (rows, most) => {
      const values: (string | number)[][] = [['Ref', 'Action', 'Lead', 'Due', 'RAG']];
      const fills: (string | null)[][] = [[]];
      for (let i = 1; i <= rows; i++) {
        values.push([
          i,
          `Action ${i}: deliver the plan's commitment on time`,
          'Head of Service',
          45000 + (i % 400),
          'Amber',
        ]);
        fills.push([null, null, null, null, '#FFC000']);
      }
      const h = installFakeExcel({ sheets: [{ name: 'Plan', cells: values, fills }] });
      const grid = await readGrid({
        kind: 'range',
        sheet: 'Plan',
        name: null,
        address: `A1:E${rows + 1}`,
      });
      expect(grid.values).toHaveLength(rows + 1);
      expect(grid.values[rows]).toEqual([
        rows,
        `Action ${rows}: deliver the plan's commitment on time`,
        'Head of Service',
        45000 + (rows % 400),
        'Amber',
      ]);
      expect(grid.fills?.[rows][4]).toBe('#FFC000');
      expect(h.syncCount).toBeLessThanOrEqual(most);
      if (rows === 100) expect(h.syncCount).toBe(1);
      for (const { response } of h.requests) expect(response).toBeLessThan(REQUEST_LIMIT_BYTES);
    },
    60_000
  );
});

describe('error mapping', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit'],
    ['AccessDenied', 'protected'],
    ['RequestPayloadSizeLimitExceeded', 'too-large'],
    ['ResponsePayloadSizeLimitExceeded', 'too-large'],
    ['ApiNotFound', 'unsupported'],
    ['GeneralException', 'other'],
  ])('an Office error with code %s is a %s problem', async (code, kind) => {
    const h = installFakeExcel({ sheets: [{ name: 'Plan', cells: [['x']] }] });
    h.failures.push({ code, message: 'Excel said no' });
    // findPlanSources lets every failure out; readGrid recovers from some (tested above).
    const err = await findPlanSources().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelProblem);
    expect(err).toMatchObject({ kind, code });
    // Plain words, never just the code.
    expect((err as Error).message).not.toMatch(new RegExp(`^${code}`));
  });

  it('reads protection from the message when the host gives a generic code', () => {
    expect(
      kindOf(
        'GeneralException',
        'The cell or chart you are trying to change is on a protected sheet.'
      )
    ).toBe('protected');
    expect(toExcelProblem('boom')).toMatchObject({ kind: 'other', message: 'Excel said: boom' });
  });

  it('says Excel is not available when there is no Excel global', async () => {
    Object.assign(globalThis, { Excel: undefined });
    await expect(readGrid(SOURCE)).rejects.toMatchObject({ kind: 'unsupported' });
  });
});
