/**
 * An .xlsx (or .xlsm) package opened for reading: the zip, the workbook part found through the
 * package relationships, and its sheets found through the workbook's relationships, whatever
 * their part names. Nothing here builds a workbook model; parts are read as text when needed.
 */
import { RagPlanFileError } from './fileError';
import { findEntry, openZip, readText, ZipProblem, type ZipArchive } from './zip/zip';
import { attr, parseRels, relsPathOf, unescapeXml, type Relationship } from './xml/xml';

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

export interface XlsxPackage {
  file: string;
  zip: ZipArchive;
  workbookPart: string;
  workbookXml: string;
  workbookRels: Relationship[];
  sheets: PackageSheet[];
}

const NOT_XLSX =
  'it is a zip file but not an .xlsx workbook; open it in Excel and save it as .xlsx';
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);

/** Opens the bytes of a workbook file, with one line naming the file for each way it can fail. */
export function openPackage(data: Buffer, file: string): XlsxPackage {
  if (data.length === 0) throw new RagPlanFileError(file, 'the file is empty');
  if (data.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new RagPlanFileError(
      file,
      'it is password-protected or an old .xls file; remove the password in Excel (File > Info > Protect Workbook) or save it as .xlsx, and try again'
    );
  }
  if (!data.subarray(0, 2).equals(ZIP_MAGIC))
    throw new RagPlanFileError(file, 'it is not an .xlsx workbook');
  try {
    return readPackage(data, file);
  } catch (e) {
    // A zip whose directory cannot be read and that names no workbook part: another kind of zip.
    if (e instanceof ZipProblem && !data.includes('xl/'))
      throw new RagPlanFileError(file, NOT_XLSX);
    if (e instanceof ZipProblem) throw new RagPlanFileError(file, e.message);
    throw e;
  }
}

function readPackage(data: Buffer, file: string): XlsxPackage {
  const zip = openZip(data);
  if (findEntry(zip, 'mimetype') && /opendocument/.test(readText(zip, 'mimetype') ?? '')) {
    throw new RagPlanFileError(
      file,
      'it is an OpenDocument (.ods) spreadsheet; open it and save it as .xlsx, and try again'
    );
  }
  const root = parseRels('', readText(zip, '_rels/.rels'));
  const workbookPart =
    root.find((r) => r.type === REL_OFFICE_DOCUMENT || r.type.endsWith('/officeDocument'))
      ?.target ?? 'xl/workbook.xml';
  const other = otherOfficeFile(zip, workbookPart);
  if (other) throw new RagPlanFileError(file, other);
  const workbookXml = readText(zip, workbookPart);
  if (workbookXml === null) throw new RagPlanFileError(file, NOT_XLSX);
  const workbookRels = parseRels(workbookPart, readText(zip, relsPathOf(workbookPart)));
  const sheets = sheetsOf(workbookXml, workbookRels);
  if (sheets.length === 0) throw new RagPlanFileError(file, 'the workbook has no sheets');
  return { file, zip, workbookPart, workbookXml, workbookRels, sheets };
}

/** Office files of other kinds share the package format: by their main part's content type (or folder). */
const OTHER_OFFICE: { type: RegExp; folder: string; what: string }[] = [
  { type: /wordprocessingml/, folder: 'word/', what: 'a Word document' },
  { type: /presentationml/, folder: 'ppt/', what: 'a PowerPoint presentation' },
];

/** Why a package is another Office file and not a workbook, or null. */
function otherOfficeFile(zip: ZipArchive, mainPart: string): string | null {
  const types = readText(zip, '[Content_Types].xml') ?? '';
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
export function workbookPartOf(pkg: XlsxPackage, type: string): string | null {
  return (
    pkg.workbookRels.find((r) => !r.external && r.type.replace(/^.*\//, '') === type)?.target ??
    null
  );
}

export function partText(pkg: XlsxPackage, part: string | null): string | null {
  if (!part) return null;
  try {
    return readText(pkg.zip, part);
  } catch (e) {
    if (e instanceof ZipProblem) throw new RagPlanFileError(pkg.file, e.message);
    throw e;
  }
}

/**
 * The title the workbook's document properties give it (File > Info > Title), or null when it has
 * none: a roll-up names a directorate's workbook by it. A damaged properties part is no title.
 */
export function workbookTitle(pkg: XlsxPackage): string | null {
  try {
    const root = parseRels('', readText(pkg.zip, '_rels/.rels'));
    const core = root.find((r) => !r.external && /\/core-properties$/.test(r.type));
    const xml = core ? readText(pkg.zip, core.target) : null;
    const m = xml && /<dc:title\b[^>]*>([^<]*)<\/dc:title>/.exec(xml);
    const title = m ? unescapeXml(m[1]).replace(/\s+/g, ' ').trim() : '';
    return title || null;
  } catch {
    return null;
  }
}
