/** The adapter against office-addin-mock: reading into a Grid, sync counts, and error mapping. */
import { readGrid, ExcelProblem } from '../../src/excel';
import { REQUEST_LIMIT_BYTES } from '../../src/excel/budget';
import { kindOf, toExcelProblem } from '../../src/excel/problem';
import { install, mockExcel } from './officeMock';

const SOURCE = { kind: 'range' as const, sheet: 'Plan', name: null, address: 'A1:D4' };

describe('readGrid with office-addin-mock', () => {
  it('turns values, number formats, fills (No Fill apart from white) and merges into a Grid in one sync', async () => {
    const mock = mockExcel({
      name: 'Plan',
      values: [
        ['Area', 'Action', 'Due', 'RAG'],
        ['Housing', 'Build homes', 45657, ''],
        ['', 'Repair roofs', 45700, 'Amber'],
        ['Finance', '#N/A', '', 'Green'],
      ],
      numberFormats: [[], ['General', 'General', 'dd/mm/yyyy', 'General']],
      fills: [[], [null, null, null, '#FF0000'], [null, null, null, '#FFFFFF']],
      merges: ['A2:A3'],
    });
    install(mock);
    const sync = jest.spyOn(mock.context, 'sync');
    const grid = await readGrid(SOURCE);
    expect(sync).toHaveBeenCalledTimes(1);
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

  it.each([
    [100, 1],
    [10_000, 3],
    [100_000, 20],
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
      const mock = mockExcel({ name: 'Plan', values, fills });
      install(mock);
      const sync = jest.spyOn(mock.context, 'sync');
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
      expect(sync.mock.calls.length).toBeLessThanOrEqual(most);
      if (rows === 100) expect(sync).toHaveBeenCalledTimes(1);
      for (const bytes of mock.responses) expect(bytes).toBeLessThan(REQUEST_LIMIT_BYTES);
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
    install(
      mockExcel(
        { name: 'Plan', values: [['x']] },
        { runError: Object.assign(new Error('Excel said no'), { code }) }
      )
    );
    const err = await readGrid(SOURCE).catch((e: unknown) => e);
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
