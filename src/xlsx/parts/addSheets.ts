/**
 * New sheets written into the package being written, after the ones it has: each sheet's part,
 * its Excel table (a part of its own, with an id and name no other table in the workbook has),
 * and its print titles (a _xlnm.Print_Titles name scoped to it). The caller gives each sheet a
 * name the workbook does not use yet. Nothing already in the package is changed but
 * xl/workbook.xml (the new <sheet> elements and names) and its relationships.
 */
import { rowsRef } from '../../plan';
import type { SheetLayout } from '../../report/sheetSpec';
import type { PackageWriter } from '../packageWriter';
import { attr, relativeTarget, relsPathOf, relsXml } from '../xml/xml';
import {
  appendSheet,
  CT_WORKSHEET,
  sheetCount,
  withRelationshipsNamespace,
  type BookXml,
} from './appendSheet';
import { addDefinedNames, readDefinedNames, type NewName } from './definedNames';
import { sheetXml } from './sheetXml';
import { CT_TABLE, REL_TABLE, tableXml } from './tableXml';
import type { StylesWriter } from './writeStyles';

/** The ids and names (lower case) of the tables already in the package, and the workbook's names. */
function takenByTables(
  writer: PackageWriter,
  workbookXml: string
): { ids: Set<number>; names: Set<string> } {
  const ids = new Set<number>();
  const names = new Set(readDefinedNames(workbookXml).map((n) => n.name.toLowerCase()));
  for (const entry of writer.pkg.zip.entries) {
    if (!/(^|\/)tables\/[^/]+\.xml$/i.test(entry.name)) continue;
    const head = /<(?:\w+:)?table\b[^>]*>/.exec(writer.text(entry.name) ?? '')?.[0] ?? '';
    const id = Number(attr(head, 'id'));
    if (Number.isFinite(id)) ids.add(id);
    for (const a of ['name', 'displayName']) {
      const name = attr(head, a);
      if (name) names.add(name.toLowerCase());
    }
  }
  return { ids, names };
}

function freeTableName(wanted: string, names: Set<string>): string {
  let name = wanted;
  for (let n = 2; names.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
  names.add(name.toLowerCase());
  return name;
}

function freeTableId(ids: Set<number>): number {
  let id = 1;
  while (ids.has(id)) id++;
  ids.add(id);
  return id;
}

/** The table's part and the sheet's relationship to it; gives the relationship id. */
function writeTable(
  writer: PackageWriter,
  sheetPart: string,
  layout: SheetLayout,
  taken: { ids: Set<number>; names: Set<string> }
): string | null {
  if (!layout.table) return null;
  const table = { ...layout.table, name: freeTableName(layout.table.name, taken.names) };
  const part = writer.freeName((n) => `xl/tables/table${n}.xml`);
  writer.put(part, tableXml(table, layout.values, freeTableId(taken.ids)), CT_TABLE);
  writer.put(
    relsPathOf(sheetPart),
    relsXml([{ id: 'rId1', type: REL_TABLE, target: relativeTarget(sheetPart, part) }])
  );
  return 'rId1';
}

export function addSheets(
  writer: PackageWriter,
  styles: StylesWriter,
  layouts: SheetLayout[]
): void {
  const pkg = writer.pkg;
  const relsPart = relsPathOf(pkg.workbookPart);
  const book: BookXml = {
    workbookXml: withRelationshipsNamespace(writer.text(pkg.workbookPart) ?? ''),
    workbookRels: writer.text(relsPart) ?? relsXml([]),
  };
  const taken = takenByTables(writer, book.workbookXml);
  const names: NewName[] = [];
  for (const layout of layouts) {
    const index = sheetCount(book.workbookXml);
    const part = appendSheet(writer, book, layout.name, layout.visibility);
    const tableRel = writeTable(writer, part, layout, taken);
    writer.put(part, sheetXml(layout, styles, null, tableRel), CT_WORKSHEET);
    const repeat = layout.print?.repeatRows;
    if (repeat)
      names.push({
        name: '_xlnm.Print_Titles',
        localSheetId: index,
        formula: rowsRef(layout.name, repeat.top, repeat.bottom),
      });
  }
  writer.put(pkg.workbookPart, addDefinedNames(book.workbookXml, names));
  writer.put(relsPart, book.workbookRels);
}
