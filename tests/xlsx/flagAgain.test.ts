/**
 * Flag in place, again and off, through the command (issue 18, item 8): flagging a second time on
 * the same as-of date writes the plan's sheet exactly as the first time (its rules are not
 * renumbered), and after --unflag the plan's sheet and styles.xml are exactly what a refresh that
 * never flagged writes (the shading's style is one of ours on every refresh, so none is left over).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { runRefresh } from '../../src/cli/refresh';
import { partOf, planWorkbook } from '../cli/workbookFiles';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rag-plan-flag-'));
  process.env.RAG_PLAN_NOW = '2024-10-01T09:00:00';
});
afterAll(async () => {
  delete process.env.RAG_PLAN_NOW;
  await fs.rm(dir, { recursive: true, force: true });
});

async function parts(file: string): Promise<{ plan: string; styles: string }> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return {
    plan: await zip.file(await partOf(zip, 'Action plan'))!.async('string'),
    styles: await zip.file('xl/styles.xml')!.async('string'),
  };
}

const refresh = (file: string, flags: Parameters<typeof runRefresh>[1]) =>
  runRefresh(file, { asOf: '2024-10-01', ...flags }, () => undefined);

test('flagged twice: the same sheet as once; unflagged: the same sheet and styles as never flagged', async () => {
  // The plan (workbookFiles.ts) has one overdue action on 1 October 2024, on row 2.
  const never = path.join(dir, 'never.xlsx');
  await planWorkbook(never);
  const original = (await parts(never)).plan;
  await refresh(never, {});
  const plain = await parts(never);

  const flagged = path.join(dir, 'flagged.xlsx');
  await planWorkbook(flagged);
  await refresh(flagged, { flagInPlace: true });
  const once = await parts(flagged);
  expect(once.plan).toContain('priority="1"');
  await refresh(flagged, { flagInPlace: true });
  const twice = await parts(flagged);
  expect(twice.plan).toBe(once.plan);

  await refresh(flagged, { unflag: true });
  const off = await parts(flagged);
  expect(off.plan).toBe(original);
  expect(off.styles).toBe(plain.styles);
});
