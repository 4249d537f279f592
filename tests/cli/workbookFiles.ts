/**
 * Small workbooks for the command line's history tests, and ways to edit the parts a refresh
 * wrote as a person (or another program) would: a plan of posts and dated timescales, the part a
 * sheet is stored in, and its XML edited in place.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runRefresh, type RefreshFlags } from '../../src/cli/refresh';

/** [ref, area, action, lead, timescale, RAG] */
export type Row = [string, string, string, string, string, string];

export const HEADER: Row = ['Ref', 'Area', 'Action', 'Lead', 'Timescale', 'RAG'];

/** Four actions: one Red and overdue on 1 October 2024 (due 31 July), the rest not yet due. */
export const PLAN: Row[] = [
  ['1', 'Housing', 'Review the allocations policy', 'Director of Place', '31/07/2024', 'Red'],
  ['2', 'Housing', 'Publish the housing strategy', 'Head of Housing', '31/12/2024', 'Amber'],
  ['3', 'Finance', 'Agree the repairs budget', 'Director of Finance', '31/03/2025', 'Green'],
  ['4', 'Adults', 'Recommission home care', 'Director of Adult Services', '30/06/2025', 'Green'],
];

/** A workbook with the plan on "Action plan", header on row 1; `extra` more generated actions. */
export async function planWorkbook(file: string, rows: Row[] = PLAN, extra = 0): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  for (let i = 0; i < extra; i++)
    ws.addRow([
      `G${i + 1}`,
      ['Housing', 'Finance', 'Adults', 'Children'][i % 4],
      `Generated action number ${i + 1} for the service plan`,
      'Head of Service',
      `${1 + (i % 28)}/0${1 + (i % 9)}/2025`,
      ['Red', 'Amber', 'Green'][i % 3],
    ]);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

/** The part a sheet is stored in, through the workbook's relationships. */
export async function partOf(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${sheet}"`));
  const id = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => r.includes(`Id="${id}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith('/') ? target.slice(1) : path.posix.join('xl', target);
}

/** Edits one sheet's XML in the file, in place; every other part is stored again unchanged. */
export async function editSheetXml(
  file: string,
  sheet: string,
  edit: (xml: string) => string
): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const part = await partOf(zip, sheet);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** A cell of text as our writer stores it (an inline string). */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** The <row> elements of a sheet's XML, by row number. */
export function rowsOf(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of xml.matchAll(
    /<row\b[^>]*\br="(\d+)"[^>]*>[\s\S]*?<\/row>|<row\b[^>]*\br="(\d+)"[^>]*\/>/g
  ))
    out.set(Number(m[1] ?? m[2]), m[0]);
  return out;
}

/** One cell of a sheet's XML replaced by a cell of text, as if retyped. */
export const retype = (ref: string, text: string) => (xml: string) =>
  xml.replace(new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`), textCell(ref, text));

/**
 * `rag-plan refresh FILE` at a fixed time (RAG_PLAN_NOW, an ISO time), as of that day unless the
 * flags say otherwise; gives what it printed.
 */
export async function refreshAt(
  file: string,
  now: string,
  flags: RefreshFlags = {}
): Promise<string> {
  process.env.RAG_PLAN_NOW = now;
  const said: string[] = [];
  await runRefresh(file, { asOf: now.slice(0, 10), ...flags }, (t) => void said.push(t));
  return said.join('');
}
