/**
 * The fake Excel host's workbook model and its JSON form. Plain data and pure helpers only: no
 * Office.js, no Node APIs, so it bundles for the browser.
 */

export type FakeValue = string | number | boolean | null;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A workbook as fixtures describe it (fixtureToJson.ts writes this). */
export interface WorkbookJson {
  sheets: {
    name: string;
    /** Values from A1, row-major; dates as Excel serial numbers; errors as { error: "#N/A" }. */
    cells: (FakeValue | { error: string })[][];
    fills?: (string | null)[][];
    /** Font colours ("#RRGGBB"); none means Excel's automatic black. */
    fontColours?: (string | null)[][];
    numberFormats?: (string | null)[][];
    /** "A1:B3" addresses. */
    merges?: string[];
    tables?: { name: string; address: string; showHeaders?: boolean }[];
    /** A protected sheet: every write to it fails with AccessDenied. */
    protected?: boolean;
    visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
    /** Cells holding a formula, e.g. { "C3": "=Summary!B8" }. */
    formulas?: Record<string, string>;
    /**
     * Conditional formats as Office.js describes them, highest priority first: an icon set is
     * { address: "D2:D9", type: "IconSet", rule: { style, reverseIconOrder, showIconOnly, criteria } }.
     */
    conditionalFormats?: { address: string; type: string; rule?: Record<string, unknown> }[];
  }[];
  /** The active sheet (default: the first). */
  active?: string;
  names?: { name: string; formula: string }[];
  /** Office.context.document.settings, as saved. */
  settings?: Record<string, unknown>;
  /** The workbook's custom XML parts (workbook.customXmlParts), as XML text. */
  customXmlParts?: string[];
}

export interface Cell {
  v: FakeValue;
  /** Set when a value beginning with "=" was written to a cell not formatted as text. */
  formula?: string;
  nf: string;
  fill: string | null;
  /** Font colour, when not the automatic black. */
  font?: string | null;
  link?: {
    documentReference?: string;
    address?: string;
    textToDisplay?: string;
    screenTip?: string;
  };
}

export interface StyleRecord {
  address: string;
  property: string;
  value: unknown;
}

export interface ChartRecord {
  name: string;
  type: string;
  source: string;
  seriesBy: string | undefined;
  title: string | null;
  from: string | null;
  to: string | null;
  seriesColors: (string | null)[];
  pointColors: (string | null)[];
  /** The value axis's title and number format, when set. */
  valueAxis?: { title: string | null; numberFormat: string | null };
}

export interface ConditionalFormatRecord {
  id: number;
  address: string;
  type: string;
  rule: Record<string, unknown> | null;
  format: Record<string, unknown>;
}

export interface ValidationRecord {
  address: string;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  /** The input message shown when a cell is selected (DataValidation.prompt). */
  prompt?: Record<string, unknown>;
}

export interface TableRecord {
  name: string;
  rect: Rect;
  showHeaders: boolean;
  /** The columns' names: the header row's text when the table was made (Excel names blanks Column1, ...). */
  columns?: string[];
  style?: string;
  showBandedRows?: boolean;
}

/** What Worksheet.pageLayout (ExcelApi 1.9) set: orientation, zoom and the rows printed on every page. */
export interface PageLayoutRecord {
  orientation?: 'Portrait' | 'Landscape';
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
}

export interface SheetModel {
  name: string;
  rows: Cell[][];
  merges: Rect[];
  tables: TableRecord[];
  charts: ChartRecord[];
  conditionalFormats: ConditionalFormatRecord[];
  validations: ValidationRecord[];
  styles: StyleRecord[];
  columnWidths: Record<string, number>;
  freezeRows: number;
  tabColor: string | null;
  protected: boolean;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  pageLayout?: PageLayoutRecord;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  names: { name: string; formula: string }[];
  active: string;
  selection: string | null;
  /** Office.context.document.settings: what is set, and what was saved with saveAsync. */
  settings: Record<string, unknown>;
  savedSettings: Record<string, unknown>;
  /** workbook.settings (ExcelApi 1.4). */
  workbookSettings: Record<string, unknown>;
  /** workbook.customXmlParts (ExcelApi 1.5), each with the id Excel gave it. */
  customXmlParts: { id: string; xml: string }[];
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A1", "A1:F40", "$A$1", "A:C" (whole columns) or "3:5" (whole rows), without a sheet part. */
export function parseAddress(address: string): Rect | null {
  const clean = address.replace(/\$/g, '').trim();
  const [a, b = a] = clean.split(':');
  const cell = /^([A-Z]{1,3})(\d{1,7})$/i;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]);
    const r2 = Number(cb[2]);
    const c1 = colNumber(ca[1]);
    const c2 = colNumber(cb[1]);
    return {
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
    };
  }
  if (/^[A-Z]{1,3}$/i.test(a) && /^[A-Z]{1,3}$/i.test(b)) {
    return {
      top: 1,
      bottom: MAX_ROWS,
      left: Math.min(colNumber(a), colNumber(b)),
      right: Math.max(colNumber(a), colNumber(b)),
    };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    return { top: Math.min(+a, +b), bottom: Math.max(+a, +b), left: 1, right: MAX_COLS };
  }
  return null;
}

export function rectAddress(r: Rect): string {
  const s = `${colLetters(r.left)}${r.top}`;
  const e = `${colLetters(r.right)}${r.bottom}`;
  return s === e ? s : `${s}:${e}`;
}

/** A sheet name as Excel writes it in a reference: quoted unless it is a plain word. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'My sheet'!A1" into its sheet and address; a bare address has a null sheet. */
export function splitSheetAddress(ref: string): { sheet: string | null; address: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.replace(/^=/, ''));
  if (!m) return { sheet: null, address: ref };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3] };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function emptySheet(name: string): SheetModel {
  return {
    name,
    rows: [],
    merges: [],
    tables: [],
    charts: [],
    conditionalFormats: [],
    validations: [],
    styles: [],
    columnWidths: {},
    freezeRows: 0,
    tabColor: null,
    protected: false,
  };
}

export function cellAt(sheet: SheetModel, row: number, col: number): Cell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

export function ensureCell(sheet: SheetModel, row: number, col: number): Cell {
  const r = (sheet.rows[row - 1] ??= []);
  return (r[col - 1] ??= { v: null, nf: 'General', fill: null });
}

/** The model from its JSON form. */
export function modelFromJson(json: WorkbookJson): WorkbookModel {
  let formatIds = 0;
  const sheets = json.sheets.map((s) => {
    const sheet = emptySheet(s.name);
    sheet.protected = !!s.protected;
    const height = Math.max(s.cells.length, s.fills?.length ?? 0, s.numberFormats?.length ?? 0);
    for (let r = 0; r < height; r++) {
      const width = Math.max(
        s.cells[r]?.length ?? 0,
        s.fills?.[r]?.length ?? 0,
        s.numberFormats?.[r]?.length ?? 0
      );
      for (let c = 0; c < width; c++) {
        const raw = s.cells[r]?.[c] ?? null;
        const fill = s.fills?.[r]?.[c] ?? null;
        const nf = s.numberFormats?.[r]?.[c] ?? null;
        if (raw === null && fill === null && nf === null) continue;
        const cell = ensureCell(sheet, r + 1, c + 1);
        cell.v = typeof raw === 'object' && raw !== null ? raw.error : raw;
        cell.fill = fill;
        cell.nf = nf ?? 'General';
      }
    }
    for (const [r, row] of (s.fontColours ?? []).entries()) {
      for (const [c, colour] of (row ?? []).entries())
        if (colour) ensureCell(sheet, r + 1, c + 1).font = colour;
    }
    sheet.merges = (s.merges ?? []).map(parseAddress).filter((x): x is Rect => !!x);
    // Excel keeps a merged area's value in its top-left cell only; the others read as empty.
    for (const m of sheet.merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          const cell = cellAt(sheet, r, c);
          if (cell && (r !== m.top || c !== m.left)) cell.v = null;
        }
    for (const [address, formula] of Object.entries(s.formulas ?? {})) {
      const at = parseAddress(address);
      if (at) ensureCell(sheet, at.top, at.left).formula = formula;
    }
    if (s.visibility) sheet.visibility = s.visibility;
    sheet.conditionalFormats = (s.conditionalFormats ?? []).map((c) => ({
      id: ++formatIds,
      address: c.address,
      type: c.type,
      rule: c.rule ? { ...c.rule } : null,
      format: {},
    }));
    sheet.tables = (s.tables ?? []).flatMap((t) => {
      const rect = parseAddress(t.address);
      return rect ? [{ name: t.name, rect, showHeaders: t.showHeaders !== false }] : [];
    });
    return sheet;
  });
  const settings = { ...(json.settings ?? {}) };
  return {
    sheets,
    names: [...(json.names ?? [])],
    active: json.active ?? sheets[0]?.name ?? '',
    selection: null,
    settings: { ...settings },
    savedSettings: settings,
    workbookSettings: {},
    customXmlParts: (json.customXmlParts ?? []).map((xml, i) => ({ id: partId(i + 1), xml })),
  };
}

/** A custom XML part's id in the form Excel gives one: a GUID in braces. */
export function partId(n: number): string {
  return `{7A9E2C41-5B0D-4E6F-9A13-${n.toString(16).toUpperCase().padStart(12, '0')}}`;
}

/** The rectangle holding every cell with a value (or, with valuesOnly false, any cell record). */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let r: Rect | null = null;
  sheet.rows.forEach((row, ri) => {
    row?.forEach((cell, ci) => {
      if (!cell) return;
      const has = cell.v !== null && cell.v !== '';
      if (valuesOnly ? !has && !cell.formula : false) return;
      const rr = ri + 1;
      const cc = ci + 1;
      r = r
        ? {
            top: Math.min(r.top, rr),
            left: Math.min(r.left, cc),
            bottom: Math.max(r.bottom, rr),
            right: Math.max(r.right, cc),
          }
        : { top: rr, left: cc, bottom: rr, right: cc };
    });
  });
  return r;
}
