/**
 * The pane's reader (readBytes.ts: the bytes a user picked, unpacked by the browser's
 * DecompressionStream, which Node has too) against the CLI's (readWorkbook.ts: Node's zip and
 * zlib): the same workbook gives the same Grids, title and plans, and a damaged one the same line.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readPlans, type Grid } from '../../src/plan';
import { loadWorkbook, ownedSheetNames, RagPlanFileError, workbookTitle } from '../../src/xlsx';
import { readWorkbookBytes } from '../../src/xlsx/inBrowser';

const root = path.join(__dirname, '..', '..');
const WORKBOOKS = [
  'tests/fixtures/harrow-2023-risks.xlsx',
  'tests/fixtures/havering-2019-action-plan.xlsx',
  'tests/fixtures/havering-productivity-plan-2024.xlsx',
  'tests/fixtures/savings/havering-savings-delivery-2024.xlsx',
  'tests/fixtures/edge-cases.xlsx',
  'tests/fixtures/corpus/55406_Conditional_formatting_sample.xlsx',
];

/** The bytes as a browser's File gives them: a plain Uint8Array, not a Node Buffer. */
async function picked(file: string): Promise<Uint8Array> {
  const buf = await fs.readFile(path.join(root, file));
  return new Uint8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
}

function actionsOf(grids: Grid[]): number {
  return grids.reduce((n, g) => n + readPlans(g).reduce((m, p) => m + p.actions.length, 0), 0);
}

describe('a workbook read from its bytes in the pane', () => {
  test.each(WORKBOOKS)('%s reads as the CLI reads it', async (file) => {
    const node = await loadWorkbook(path.join(root, file));
    const pane = await readWorkbookBytes(await picked(file), path.basename(file));
    expect(pane.grids).toEqual(node.grids);
    expect(pane.title).toBe(workbookTitle(node.pkg));
    expect([...pane.owned]).toEqual([...ownedSheetNames(node.pkg, node.grids)]);
  });

  test('the plans read are those the fixtures hold, counted by hand', async () => {
    // tests/cli/rollup.test.ts counts them: 8 mitigations in Harrow's risk register, 43 actions in
    // Havering's productivity plan.
    const harrow = await readWorkbookBytes(
      await picked('tests/fixtures/harrow-2023-risks.xlsx'),
      'harrow-2023-risks.xlsx'
    );
    expect(actionsOf(harrow.grids)).toBe(8);
    const productivity = await readWorkbookBytes(
      await picked('tests/fixtures/havering-productivity-plan-2024.xlsx'),
      'havering-productivity-plan-2024.xlsx'
    );
    expect(actionsOf(productivity.grids)).toBe(43);
  });

  test.each([
    ['cut short', (b: Uint8Array) => b.subarray(0, 3000)],
    ['empty', () => new Uint8Array(0)],
    ['not a zip', () => new TextEncoder().encode('Action,Owner\n')],
    [
      'a damaged sheet',
      (b: Uint8Array) => {
        const copy = b.slice();
        // Flip bytes in the middle of the file: inside some part's deflated data.
        for (let i = 0; i < 40; i++) copy[Math.floor(copy.length / 2) + i] ^= 0xff;
        return copy;
      },
    ],
  ])('a workbook %s gets the line the CLI gives', async (_what, spoil) => {
    const bytes = spoil(await picked('tests/fixtures/harrow-2023-risks.xlsx'));
    const node = await loadWorkbook(Buffer.from(bytes), 'x.xlsx').catch((e: unknown) => e);
    const pane = await readWorkbookBytes(bytes, 'x.xlsx').catch((e: unknown) => e);
    expect(node).toBeInstanceOf(RagPlanFileError);
    expect(pane).toBeInstanceOf(RagPlanFileError);
    expect((pane as Error).message).toBe((node as Error).message);
  });
});
