/**
 * The Office.js reader carries the workbook's defined names into each sheet's Grid, and a named
 * one-column list on a hidden sheet as a drop-down's source (Office.js cannot list a sheet's data
 * validations). The hidden sheet "Lists" holds Status in A1 and its three values in A2:A4, named
 * StatusList; "Plan" names its action column B2:B3 Actions (a visible sheet: no list source).
 */
import { findPlanSources, readGrids } from '../../src/excel';
import { installFakeExcel } from '../e2e/host/fakeExcel';

describe('defined names and named lists, read through Office.js', () => {
  it('gives each grid its names, and the hidden sheet its named list as a list source', async () => {
    installFakeExcel({
      sheets: [
        {
          name: 'Plan',
          cells: [
            ['Ref', 'Action', 'Status'],
            [1, 'Fix the roof', 'Not started'],
            [2, 'Paint the hall', 'Complete'],
          ],
        },
        {
          name: 'Lists',
          visibility: 'Hidden',
          cells: [['Status'], ['Not started'], ['In progress'], ['Complete']],
        },
      ],
      names: [
        { name: 'StatusList', formula: '=Lists!$A$2:$A$4' },
        { name: 'Actions', formula: '=Plan!$B$2:$B$3' },
      ],
    });
    const sources = (await findPlanSources()).filter((s) => s.kind === 'range');
    const grids = await readGrids(sources);
    const lists = grids.find((g) => g.sheet === 'Lists');
    const plan = grids.find((g) => g.sheet === 'Plan');
    expect(lists?.names).toEqual([
      { name: 'StatusList', range: { top: 2, left: 1, bottom: 4, right: 1 } },
    ]);
    expect(lists?.listSources).toEqual([{ top: 2, left: 1, bottom: 4, right: 1 }]);
    expect(plan?.names).toEqual([
      { name: 'Actions', range: { top: 2, left: 2, bottom: 3, right: 2 } },
    ]);
    expect(plan?.listSources).toBeUndefined();
  });
});
