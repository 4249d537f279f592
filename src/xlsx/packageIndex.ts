/**
 * A package's index, whoever unpacks it (Node's zip reader for the CLI, the browser's for the
 * pane): the workbook part found through the package relationships, and its sheets found through
 * the workbook's relationships, whatever their part names. Nothing here builds a workbook model;
 * parts are read as text when needed. Pure: no Node, no browser.
 */
import { RagPlanFileError } from './fileError';
import type { PartStore } from './partStore';
import { attr, parseRels, relsPathOf, unescapeXml, type Relationship } from './xml/xml';
import { ZipProblem } from './zip/zipProblem';

export const REL_OFFICE_DOCUMENT =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface PackageSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** The part holding it, e.g. "xl/worksheets/sheet1.xml"; null when the relationship is missing. */
  part: string | null;
  /** Worksheet, chartsheet, dialog or macro sheet, from the relationship type's last word. */
  kind: string;
  state: SheetState;
}

/** A package's workbook part and sheets, found through its relationships, and its parts. */
export interface PackageIndex {
  file: string;
  parts: PartStore;
  workbookPart: string;
  workbookXml: string;
  workbookRels: Relationship[];
  sheets: PackageSheet[];
}

const NOT_XLSX =
  'it is a zip file but not an .xlsx workbook; open it in Excel and save it as .xlsx';
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}

/** Whether the bytes hold "xl/" anywhere: a zip that names a workbook part. */
function namesWorkbookPart(data: Uint8Array): boolean {
  for (let i = 0; i + 2 < data.length; i++)
    if (data[i] === 0x78 && data[i + 1] === 0x6c && data[i + 2] === 0x2f) return true;
  return false;
}

/** Why the bytes cannot be a workbook before they are unpacked (empty, .xls, not a zip), or null. */
export function notAPackage(data: Uint8Array): string | null {
  if (data.length === 0) return 'the file is empty';
  if (startsWith(data, OLE_MAGIC))
    return 'it is password-protected or an old .xls file; remove the password in Excel (File > Info > Protect Workbook) or save it as .xlsx, and try again';
  if (!startsWith(data, ZIP_MAGIC)) return 'it is not an .xlsx workbook';
  return null;
}

/** The one line for a zip that cannot be read: another kind of zip when it names no workbook part. */
export function zipFileError(e: ZipProblem, data: Uint8Array, file: string): RagPlanFileError {
  return new RagPlanFileError(file, namesWorkbookPart(data) ? e.message : NOT_XLSX);
}

/** The package's workbook and sheets, read from its parts; one line naming the file for each failure. */
export function indexPackage(parts: PartStore, file: string): PackageIndex {
  if (/opendocument/.test(parts.text('mimetype') ?? '')) {
    throw new RagPlanFileError(
      file,
      'it is an OpenDocument (.ods) spreadsheet; open it and save it as .xlsx, and try again'
    );
  }
  const root = parseRels('', parts.text('_rels/.rels'));
  const workbookPart =
    root.find((r) => r.type === REL_OFFICE_DOCUMENT || r.type.endsWith('/officeDocument'))
      ?.target ?? 'xl/workbook.xml';
  const other = otherOfficeFile(parts, workbookPart);
  if (other) throw new RagPlanFileError(file, other);
  const workbookXml = parts.text(workbookPart);
  if (workbookXml === null) throw new RagPlanFileError(file, NOT_XLSX);
  const workbookRels = parseRels(workbookPart, parts.text(relsPathOf(workbookPart)));
  const sheets = sheetsOf(workbookXml, workbookRels);
  if (sheets.length === 0) throw new RagPlanFileError(file, 'the workbook has no sheets');
  return { file, parts, workbookPart, workbookXml, workbookRels, sheets };
}

/** Office files of other kinds share the package format: by their main part's content type (or folder). */
const OTHER_OFFICE: { type: RegExp; folder: string; what: string }[] = [
  { type: /wordprocessingml/, folder: 'word/', what: 'a Word document' },
  { type: /presentationml/, folder: 'ppt/', what: 'a PowerPoint presentation' },
];

/** Why a package is another Office file and not a workbook, or null. */
function otherOfficeFile(parts: PartStore, mainPart: string): string | null {
  const types = parts.text('[Content_Types].xml') ?? '';
  const name = `/${mainPart}`.toLowerCase();
  const override =
    (types.match(/<(?:\w+:)?Override\b[^>]*>/g) ?? []).find(
      (t) => attr(t, 'PartName')?.toLowerCase() === name
    ) ?? '';
  const other = OTHER_OFFICE.find((o) => o.type.test(override) || mainPart.startsWith(o.folder));
  return other
    ? `it is ${other.what}, not an Excel workbook; RAG Plan reads Excel workbooks (.xlsx or .xlsm)`
    : null;
}

function sheetsOf(workbookXml: string, rels: Relationship[]): PackageSheet[] {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const out: PackageSheet[] = [];
  for (const tag of workbookXml.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const relId = attr(tag, 'r:id') ?? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '';
    if (name === null) continue;
    const rel = byId.get(relId);
    const state = attr(tag, 'state');
    out.push({
      name,
      sheetId: Number(attr(tag, 'sheetId') ?? 0),
      relId,
      part: rel && !rel.external ? rel.target : null,
      kind: rel ? rel.type.replace(REL_BASE, '').replace(/^.*\//, '') : 'worksheet',
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    });
  }
  return out;
}

/** The part a workbook relationship of this type points at ("styles", "sharedStrings", "theme"). */
export function workbookPartOf(pkg: PackageIndex, type: string): string | null {
  return (
    pkg.workbookRels.find((r) => !r.external && r.type.replace(/^.*\//, '') === type)?.target ??
    null
  );
}

export function partText(pkg: PackageIndex, part: string | null): string | null {
  if (!part) return null;
  try {
    return pkg.parts.text(part);
  } catch (e) {
    if (e instanceof ZipProblem) throw new RagPlanFileError(pkg.file, e.message);
    throw e;
  }
}

/**
 * The title the workbook's document properties give it (File > Info > Title), or null when it has
 * none: a roll-up names a directorate's workbook by it. A damaged properties part is no title.
 */
export function workbookTitle(pkg: PackageIndex): string | null {
  try {
    const root = parseRels('', pkg.parts.text('_rels/.rels'));
    const core = root.find((r) => !r.external && /\/core-properties$/.test(r.type));
    const xml = core ? pkg.parts.text(core.target) : null;
    const m = xml && /<dc:title\b[^>]*>([^<]*)<\/dc:title>/.exec(xml);
    const title = m ? unescapeXml(m[1]).replace(/\s+/g, ' ').trim() : '';
    return title || null;
  } catch {
    return null;
  }
}
