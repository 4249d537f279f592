/**
 * The pane's roll-up workflow (addin/rollup.ts) on the fake host: picked files read from their
 * bytes, those that cannot be read named with the line `rag-plan rollup` gives, the roll-up's
 * sheets written into the open workbook, and the file names kept for next time. Counts by hand
 * (tests/cli/rollup.test.ts says how): Harrow's risk register, 1 plan of 8 mitigations.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as excel from '../../src/excel';
import { rememberedRollup, rollUpFiles, type PickedFile } from '../../src/addin';
import { installFakeExcel } from '../e2e/host/fakeExcel';
import { planWorkbook } from '../e2e/support/workbooks';

const HARROW = path.join(__dirname, '..', 'fixtures', 'harrow-2023-risks.xlsx');
const DAMAGED_REASON =
  'it is not a readable .xlsx workbook: the file is cut short or damaged (was it fully copied or downloaded?)';

function picked(name: string, bytes: Uint8Array): PickedFile {
  return {
    name,
    arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
  };
}

async function files(): Promise<PickedFile[]> {
  const harrow = new Uint8Array(await fs.readFile(HARROW));
  return [
    picked('harrow-2023-risks.xlsx', harrow),
    picked('damaged.xlsx', harrow.subarray(0, 3000)),
    picked('notes.xlsx', new TextEncoder().encode('Action,Lead\n')),
  ];
}

function section(values: unknown[][], title: string): unknown[][] {
  const at = values.findIndex((r) => r[0] === title);
  if (at < 0) return [];
  const rows: unknown[][] = [];
  for (const row of values.slice(at + 1)) {
    if (row.every((v) => v === null || v === '' || v === undefined)) break;
    rows.push(row);
  }
  return rows;
}

describe('the roll-up in the pane', () => {
  it('writes the roll-up into this workbook, names the files it could not read, and keeps the names', async () => {
    const host = installFakeExcel(planWorkbook());
    expect(await rememberedRollup(excel)).toEqual([]);
    const outcome = await rollUpFiles(excel, await files());
    expect(outcome.ok).toBe(true);
    expect(outcome.lines[0]).toMatch(/^Read 1 plan with 8 actions from 1 of 3 workbooks as of /);
    expect(outcome.lines.slice(1, 3)).toEqual([
      `cannot read 'damaged.xlsx': ${DAMAGED_REASON}`,
      "cannot read 'notes.xlsx': it is not an .xlsx workbook",
    ]);
    expect(outcome.lines[3]).toMatch(/^Wrote “Summary”, “Overdue”/);
    expect(outcome.workbooks.map((w) => [w.name, w.plans, w.actions])).toEqual([
      ['harrow-2023-risks', 1, 8],
      ['damaged', 0, 0],
      ['notes', 0, 0],
    ]);

    const summary = host.snapshot().sheets.find((s) => s.name === 'Summary');
    const rows = section(summary?.values ?? [], 'RAG by workbook');
    // Amber 3 (row 5's three bullets), Green 5: Red, Red/Amber, Amber, Amber/Green, Green, Blue, No RAG, Total.
    expect(rows.slice(1).map((r) => r.slice(0, 9))).toEqual([
      ['harrow-2023-risks', 0, 0, 3, 0, 5, 0, 0, 8],
      ['Total', 0, 0, 3, 0, 5, 0, 0, 8],
    ]);
    expect(section(summary?.values ?? [], 'Workbooks not read').map((r) => r.slice(0, 2))).toEqual([
      ['Workbook', 'Why it was not read'],
      ['damaged', DAMAGED_REASON],
      ['notes', 'it is not an .xlsx workbook'],
    ]);
    expect(await rememberedRollup(excel)).toEqual([
      'harrow-2023-risks.xlsx',
      'damaged.xlsx',
      'notes.xlsx',
    ]);
  });

  it('writes nothing, and keeps no names, when no plan can be read from any file', async () => {
    const host = installFakeExcel(planWorkbook());
    const before = host.snapshot().sheets.map((s) => s.name);
    const outcome = await rollUpFiles(excel, (await files()).slice(1));
    expect(outcome.ok).toBe(false);
    expect(outcome.lines[0]).toBe(
      'No plan could be read from any of the 2 workbooks, so nothing was written.'
    );
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(before);
    expect(await rememberedRollup(excel)).toEqual([]);
  });
});
