/** A JSON view of the fake workbook for assertions: what a person would see in each sheet, and the workbook's names, settings and custom XML parts. */
import {
  cellAt,
  colLetters,
  usedRect,
  type Cell,
  type ChartRecord,
  type ConditionalFormatRecord,
  type FakeValue,
  type PageLayoutRecord,
  type SheetModel,
  type TableRecord,
  type WorkbookModel,
} from './model';

export interface SheetSnapshot {
  name: string;
  values: FakeValue[][];
  numberFormats: string[][];
  fills: (string | null)[][];
  formulas: { address: string; formula: string }[];
  links: { address: string; link: NonNullable<Cell['link']> }[];
  charts: ChartRecord[];
  conditionalFormats: ConditionalFormatRecord[];
  validations: SheetModel['validations'];
  styles: SheetModel['styles'];
  columnWidths: Record<string, number>;
  freezeRows: number;
  tabColor: string | null;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Tables with their range as an address ("A3:I13"). */
  tables: (Omit<TableRecord, 'rect'> & { address: string })[];
  pageLayout: PageLayoutRecord;
}

export interface Snapshot {
  active: string;
  selection: string | null;
  names: { name: string; formula: string }[];
  settings: Record<string, unknown>;
  sheets: SheetSnapshot[];
  /** The custom XML parts, in the order they were added. */
  customXmlParts: { id: string; xml: string }[];
}

export function snapshotWorkbook(m: WorkbookModel): Snapshot {
  return {
    active: m.active,
    selection: m.selection,
    names: m.names.map((n) => ({ ...n })),
    settings: JSON.parse(JSON.stringify(m.savedSettings)),
    sheets: m.sheets.map((s) => snapshotSheet(s)),
    customXmlParts: m.customXmlParts.map((p) => ({ ...p })),
  };
}

function snapshotSheet(s: SheetModel): SheetSnapshot {
  const used = usedRect(s, false);
  const values: FakeValue[][] = [];
  const numberFormats: string[][] = [];
  const fills: (string | null)[][] = [];
  const formulas: SheetSnapshot['formulas'] = [];
  const links: SheetSnapshot['links'] = [];
  for (let r = 1; used && r <= used.bottom; r++) {
    const v: FakeValue[] = [];
    const nf: string[] = [];
    const fl: (string | null)[] = [];
    for (let c = 1; c <= used.right; c++) {
      const cell = cellAt(s, r, c);
      v.push(cell?.v ?? null);
      nf.push(cell?.nf ?? 'General');
      fl.push(cell?.fill ?? null);
      if (cell?.formula) formulas.push({ address: `${colLetters(c)}${r}`, formula: cell.formula });
      if (cell?.link) links.push({ address: `${colLetters(c)}${r}`, link: { ...cell.link } });
    }
    values.push(v);
    numberFormats.push(nf);
    fills.push(fl);
  }
  return {
    name: s.name,
    values,
    numberFormats,
    fills,
    formulas,
    links,
    charts: s.charts.map((c) => ({ ...c })),
    conditionalFormats: s.conditionalFormats.map((c) => ({ ...c })),
    validations: s.validations.map((v) => ({ ...v })),
    styles: s.styles.map((x) => ({ ...x })),
    columnWidths: { ...s.columnWidths },
    freezeRows: s.freezeRows,
    tabColor: s.tabColor,
    visibility: s.visibility ?? 'Visible',
    tables: s.tables.map(({ rect, ...t }) => ({
      ...t,
      address: `${colLetters(rect.left)}${rect.top}:${colLetters(rect.right)}${rect.bottom}`,
    })),
    pageLayout: { ...(s.pageLayout ?? {}) },
  };
}
