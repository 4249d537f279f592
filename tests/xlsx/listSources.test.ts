/**
 * The xlsx reader carries into each Grid the ranges the workbook's drop-downs take their values
 * from, and its defined names. Expected ranges are read off the files' XML by hand: the Towns Fund
 * return's drop-downs name 'Data validation'!$B$4:$B$6 (x14 extension, <xm:f>), and its workbook
 * names FundName as 'Data validation'!$D$4:$D$6; the Pathfinders return's drop-downs on the outputs
 * sheets use the name OutputRange, which is 'Bespoke Outputs'!$A$5:$A$155.
 */
import { join } from 'node:path';
import { namesIn, rangeRefsIn, tableRefsIn, type Grid } from '../../src/plan';
import { loadWorkbook } from '../../src/xlsx/readWorkbook';

const realExcel = (name: string) => join(__dirname, '..', 'fixtures', 'real-excel', `${name}.xlsx`);
const sheetOf = (grids: Grid[], name: string) => grids.find((g) => g.sheet === name) as Grid;

describe('drop-down list sources and defined names, read from real Excel files', () => {
  it('a list named directly in the x14 extension, and a defined name, on the Towns Fund return', async () => {
    const { grids } = await loadWorkbook(realExcel('towns-fund-return-round-4'));
    const lists = sheetOf(grids, 'Data validation');
    expect(lists.listSources).toContainEqual({ top: 4, left: 2, bottom: 6, right: 2 });
    expect(lists.names).toContainEqual({
      name: 'FundName',
      range: { top: 4, left: 4, bottom: 6, right: 4 },
    });
  });

  it('a list reached through a defined name, on the Pathfinders return', async () => {
    const { grids } = await loadWorkbook(realExcel('pathfinders-return-round-2'));
    expect(sheetOf(grids, 'Bespoke Outputs').listSources).toContainEqual({
      top: 5,
      left: 1,
      bottom: 155,
      right: 1,
    });
  });

  it('a sheet no drop-down uses carries no list sources', async () => {
    const { grids } = await loadWorkbook(realExcel('towns-fund-return-round-4'));
    expect(sheetOf(grids, '3 - Programme Progress').listSources).toBeUndefined();
  });
});

describe('the references in a list formula', () => {
  it('reads ranges with and without a sheet, quoted or not, and whole columns', () => {
    expect(rangeRefsIn("'Data validation'!$B$4:$B$6")).toEqual([
      { sheet: 'Data validation', range: { top: 4, left: 2, bottom: 6, right: 2 } },
    ]);
    expect(rangeRefsIn('Lists!A2:A9')).toEqual([
      { sheet: 'Lists', range: { top: 2, left: 1, bottom: 9, right: 1 } },
    ]);
    expect(rangeRefsIn('$C$182:$C$212')).toEqual([
      { sheet: null, range: { top: 182, left: 3, bottom: 212, right: 3 } },
    ]);
    expect(rangeRefsIn("'It''s'!$A:$A")).toEqual([
      { sheet: "It's", range: { top: 1, left: 1, bottom: 1_048_576, right: 1 } },
    ]);
  });

  it('reads table columns, and the names a formula may mean, never a quoted string', () => {
    expect(tableRefsIn('FILTER(tbl_Bespoke_Outputs[[Output]:[UoM]], x)')).toEqual([
      { table: 'tbl_Bespoke_Outputs', columns: ['Output', 'UoM'] },
    ]);
    expect(tableRefsIn('Table_ExternalData_1[County]')).toEqual([
      { table: 'Table_ExternalData_1', columns: ['County'] },
    ]);
    expect(namesIn('IF(Choice="Alpha",Alpha_List,Beta_List)')).toEqual([
      'Choice',
      'Alpha_List',
      'Beta_List',
    ]);
  });
});
