/**
 * Workbooks with sheets added: a new workbook made from nothing (rag-plan new), or a copy of a
 * user's workbook with new sheets after its own (rag-plan tidy), every part of theirs copied as
 * stored. The sheets' names must be free (report/newPlan/sheetNames.ts gives one).
 */
import type { SheetLayout, SheetSpec } from '../report/sheetSpec';
import { zipParts, type XlsxPackage } from './package';
import { PackageWriter } from './packageWriter';
import { refreshPackage, type RefreshedBytes } from './refreshWorkbook';
import { addSheets } from './parts/addSheets';
import { EMPTY_STYLES } from './parts/writeStyles';
import { openStyles, saveStyles } from './stylesPart';
import { parseRels } from './xml/xml';
import { openZip, writeZip, type ZipArchive } from './zip/zip';

const NO_ZIP: ZipArchive = { data: Buffer.alloc(0), entries: [], byName: new Map() };

const BLANK_PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  'xl/styles.xml': EMPTY_STYLES,
};

/** A workbook with no sheets yet, as a package to add sheets to. */
function blankPackage(file: string): XlsxPackage {
  const bytes = writeZip(
    NO_ZIP,
    Object.entries(BLANK_PARTS).map(([name, content]) => ({ name, content }))
  );
  const workbookXml = BLANK_PARTS['xl/workbook.xml'];
  const zip = openZip(bytes);
  return {
    file,
    zip,
    parts: zipParts(zip),
    workbookPart: 'xl/workbook.xml',
    workbookXml,
    workbookRels: parseRels('xl/workbook.xml', BLANK_PARTS['xl/_rels/workbook.xml.rels']),
    sheets: [],
  };
}

/** The package with the sheets added after its own; gives the new file's bytes. */
export function withSheetsAdded(pkg: XlsxPackage, layouts: SheetLayout[]): Buffer {
  const writer = new PackageWriter(pkg);
  const styles = openStyles(writer);
  addSheets(writer, styles.styles, layouts);
  saveStyles(writer, styles);
  return writer.bytes();
}

/** A new workbook holding just these sheets, in order. */
export function newWorkbook(layouts: SheetLayout[], file = 'new workbook'): Buffer {
  return withSheetsAdded(blankPackage(file), layouts);
}

/**
 * A new workbook holding our summary sheets (a roll-up's first), written and owned exactly as a
 * refresh writes them, so the next roll-up finds them, and their history, in place.
 */
export function newSummaryWorkbook(specs: SheetSpec[], file = 'new workbook'): RefreshedBytes {
  return refreshPackage(blankPackage(file), [], specs);
}
