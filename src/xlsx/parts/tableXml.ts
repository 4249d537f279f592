/**
 * An Excel table's part (xl/tables/tableN.xml): its name, range, header names (which must be the
 * header cells' text, as Excel checks on opening), an autofilter and its style. Row stripes are off:
 * a banded fill beside a RAG column could be taken for a rating.
 */
import { rangeA1 } from '../../plan';
import type { SpecValue, TableSpec } from '../../report/sheetSpec';
import { escapeXml } from '../xml/xml';

export const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
export const REL_TABLE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';

/** A header name as a table column must have it: text, unique in the table (Excel adds 2, 3, ...). */
function columnNames(values: SpecValue[][], table: TableSpec): string[] {
  const row = values[table.range.top - 1] ?? [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (let col = table.range.left; col <= table.range.right; col++) {
    const base =
      String(row[col - 1] ?? `Column${col - table.range.left + 1}`).trim() || `Column${col}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/** `id` is unique among the workbook's tables. */
export function tableXml(table: TableSpec, values: SpecValue[][], id: number): string {
  const ref = rangeA1(table.range);
  const columns = columnNames(values, table)
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`)
    .join('');
  const count = table.range.right - table.range.left + 1;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${count}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/></table>`
  );
}
