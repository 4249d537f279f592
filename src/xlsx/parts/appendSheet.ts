/**
 * A new worksheet appended to the workbook being written: a free part name, a relationship with
 * the next free id, and a <sheet> element with the next sheet id at the end of <sheets>. Shared by
 * the summary writer (a summary sheet not yet in the file) and the new-plan and tidy writers.
 */
import type { PackageWriter } from '../packageWriter';
import { escapeXml, relativeTarget } from '../xml/xml';

export const CT_WORKSHEET =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const REL_WORKSHEET =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** xl/workbook.xml and its relationships as they are being edited. */
export interface BookXml {
  workbookXml: string;
  workbookRels: string;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export function sheetTag(
  name: string,
  sheetId: number,
  relId: string,
  visibility: SheetVisibility | undefined
): string {
  const state = visibility && visibility !== 'visible' ? ` state="${visibility}"` : '';
  return `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${state} r:id="${escapeXml(relId)}"/>`;
}

/** A sheet's r:id needs the workbook to declare xmlns:r; Excel always does, some writers do not. */
export function withRelationshipsNamespace(workbookXml: string): string {
  if (/\sxmlns:r=/.test(workbookXml)) return workbookXml;
  return workbookXml.replace(/<((?:\w+:)?workbook)\b/, `<$1 xmlns:r="${NS_R}"`);
}

/** How many sheets the workbook lists: the index (localSheetId) the next one appended will have. */
export function sheetCount(workbookXml: string): number {
  return (workbookXml.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []).length;
}

/** The highest number in the matches of `re` (group 1), or 0; a loop, never a spread. */
function highest(text: string, re: RegExp): number {
  let top = 0;
  for (const m of text.matchAll(re)) if (Number(m[1]) > top) top = Number(m[1]);
  return top;
}

/** Appends a sheet called `name`; gives the part its XML goes in. */
export function appendSheet(
  writer: PackageWriter,
  book: BookXml,
  name: string,
  visibility?: SheetVisibility
): string {
  const part = writer.freeName((n) => `xl/worksheets/sheet${n}.xml`);
  const relId = `rId${highest(book.workbookRels, /\sId="rId(\d+)"/g) + 1}`;
  book.workbookRels = book.workbookRels.replace(
    /<\/(\w+:)?Relationships>\s*$/,
    (close) =>
      `<Relationship Id="${relId}" Type="${REL_WORKSHEET}" Target="${escapeXml(relativeTarget(writer.pkg.workbookPart, part))}"/>${close}`
  );
  const sheetId = highest(book.workbookXml, /<(?:\w+:)?sheet\b[^>]*?\ssheetId\s*=\s*"(\d+)"/g) + 1;
  const tag = sheetTag(name, sheetId, relId, visibility);
  book.workbookXml = book.workbookXml.replace(/<\/((?:\w+:)?)sheets>/, (close) => `${tag}${close}`);
  return part;
}
