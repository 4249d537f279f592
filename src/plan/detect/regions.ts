import { cellText, type CellRange, type Grid, type GridReader, maxOf, pushAll } from '../core';
import { decideColumn } from './decide';
import { columnEvidence } from './evidence';
import { headerLabels, hinted, rowLabels, type HeaderCell } from './headerRows';
import { mayBeHeader, planVerdict, type JudgedCell, type NotPlanReason } from './judge';
import { tableFacts } from './tableFacts';
import { isExampleText, isGuidanceRow } from './exampleRows';
import { filledCells, findBottom, type Stop } from './tableEnd';

/** A table of actions found on a sheet: its header row and extent, in sheet coordinates. */
export interface Region {
  /** The header row right above the data (the lower row of a two-row header). */
  headerRow: number;
  /** The first row of the header (the upper row of a two-row header), where the table's range starts. */
  topRow: number;
  /** The first row below the header (two rows below a two-row header). */
  dataRow: number;
  left: number;
  right: number;
  /** Last row of the table (inclusive); equal to headerRow for a table with no rows. */
  bottom: number;
  table: string | null;
  /** The header cells, each with the evidence of its cells and the field decided for it. */
  headers: JudgedCell[];
  /** Where the table stopped before its last filled row, and why (a note says so). */
  stop?: Stop;
}

/** A table that was looked at and is not a plan: where, and why (check lists them). */
export interface PassedOver {
  sheet: string;
  /** The table's rows and columns, header included. */
  range: CellRange;
  headerRow: number;
  /** The Excel table's name, when it is one. */
  table: string | null;
  reason: NotPlanReason;
}

/** The plans on a sheet and the tables passed over. */
export interface SheetRegions {
  regions: Region[];
  passedOver: PassedOver[];
}

/**
 * Splits a header row into clusters separated by two or more empty columns (side-by-side tables);
 * a label merged across columns reaches to the end of its merge.
 */
function clusters(reader: GridReader, row: number, cells: HeaderCell[]): HeaderCell[][] {
  const out: HeaderCell[][] = [];
  let reach = 0;
  for (const cell of cells) {
    const last = out[out.length - 1];
    if (last && cell.col - reach <= 2) last.push(cell);
    else out.push([cell]);
    reach = rightEdge(reader, row, cell.col);
  }
  return out;
}

/** Each header cell judged: what its cells hold (a bounded sample) and the field that makes it. */
export function judge(
  reader: GridReader,
  cells: HeaderCell[],
  dataRow: number,
  lastRow: number
): JudgedCell[] {
  // A template's example row says what a column should hold, not what it holds.
  const examples = exampleRows(reader, cells, dataRow, lastRow);
  const skip = examples.size ? (row: number) => examples.has(row) : undefined;
  return cells.map((c) => {
    const evidence = columnEvidence(reader, c.col, dataRow, lastRow, skip);
    return { ...c, evidence, decision: decideColumn(c.text, c.match, evidence) };
  });
}

/** How far below the header a template's example rows are looked for. */
const EXAMPLE_REACH = 3;

/** The example rows ("Example of how to complete >") among the first rows under a header. */
function exampleRows(
  reader: GridReader,
  cells: HeaderCell[],
  dataRow: number,
  lastRow: number
): Set<number> {
  const rows = new Set<number>();
  for (let row = dataRow; row <= Math.min(lastRow, dataRow + EXAMPLE_REACH - 1); row++) {
    const texts = cells.map((c) => cellText(reader.rawValue(row, c.col))).filter(Boolean);
    if (texts.some(isExampleText) || isGuidanceRow(texts)) rows.add(row);
  }
  return rows;
}

const TOTAL = /^(grand\s+)?(sub\s*-?\s*)?totals?\b/i;
/** A group's total named after it: "Families, Children & Wellbeing Total", "Directorate total". */
const GROUP_TOTAL = /^[^.:;]{1,60}\b(?:sub\s*-?\s*)?totals?$/i;

/** True for a total row's label: "Total", "Grand total", "Sub-total", "Adult Social Care Total". */
export function isTotalLabel(text: string): boolean {
  const t = text.trim();
  return TOTAL.test(t) || GROUP_TOTAL.test(t);
}

/** An Excel table is a region by its own bounds; its header cells are judged like any other. */
function tableRegion(reader: GridReader, t: NonNullable<Grid['tables']>[number]): Region {
  const { labels, topRow, dataRow } = headerLabels(
    reader,
    t.range.top,
    t.range.left,
    t.range.right
  );
  return {
    headerRow: dataRow - 1,
    topRow: Math.min(topRow, t.range.top),
    dataRow,
    left: t.range.left,
    right: t.range.right,
    bottom: t.range.bottom,
    table: t.name,
    headers: judge(reader, hinted(labels), dataRow, t.range.bottom),
  };
}

/** The last column a header reaches: its last label's, or the end of the merge that label heads. */
function rightEdge(reader: GridReader, row: number, col: number): number {
  const m = reader.mergeOf(row, col + 1);
  return m && m.left === col && m.top === row ? m.right : col;
}

/** How far below a candidate header its cells are looked at before it is taken for a plan. */
const JUDGE_ROWS = 150;

/** Reasons after which the rows of a table passed over are not looked at again for a header. */
const WHOLE_TABLE: ReadonlySet<NotPlanReason> = new Set(['list-source', 'period-grid']);

/** What one row gave: the plans it heads, and the tables it heads that are none. */
interface RowFinds {
  found: Region[];
  passed: PassedOver[];
}

/** A header judged: its region when it is a plan, else what it was passed over for. */
type Candidate =
  | { region: Region; passed?: undefined }
  | { region?: undefined; passed: PassedOver | null };

/** One run of header cells judged as a table. */
function candidate(
  reader: GridReader,
  grid: Grid,
  row: number,
  group: HeaderCell[],
  stopRows: Set<number>
): Candidate {
  if (!mayBeHeader(group)) return { passed: null };
  const left = group[0].col;
  const right = rightEdge(reader, row, group[group.length - 1].col);
  const { labels, topRow, dataRow } = headerLabels(reader, row, left, right);
  if (topRow === row && isUnderLabels(reader, row, group)) return { passed: null };
  // Judged on the table's first rows; only a plan is followed to its end.
  const judged = findBottom(reader, row, dataRow, left, right, stopRows, dataRow + JUDGE_ROWS);
  const near = judged.row;
  const headers = judge(reader, hinted(labels), dataRow, near);
  const verdict = planVerdict(headers, tableFacts(reader, grid, headers, dataRow, near));
  if (verdict === null) return { passed: null };
  if (!verdict.plan || isInPairList(reader, row, group)) {
    const range = { top: topRow, left, bottom: near, right };
    const passed = {
      sheet: reader.sheet,
      range,
      headerRow: dataRow - 1,
      table: null,
      reason: verdict.plan ? ('form' as const) : verdict.reason,
    };
    return { passed };
  }
  const end =
    near < dataRow + JUDGE_ROWS ? judged : findBottom(reader, row, dataRow, left, right, stopRows);
  const region: Region = {
    headerRow: dataRow - 1,
    topRow,
    dataRow,
    left,
    right,
    bottom: end.row,
    table: null,
    headers,
  };
  if (end.stop) region.stop = end.stop;
  return { region };
}

/**
 * The plans whose header is at this row (side-by-side tables give several), and those passed over.
 * A run of header cells that is no plan alone is tried with the runs to its right: a wide plan's
 * filler columns split its header into runs that make one plan together.
 */
function regionsAt(reader: GridReader, grid: Grid, row: number, stopRows: Set<number>): RowFinds {
  const out: RowFinds = { found: [], passed: [] };
  const groups = clusters(reader, row, hinted(rowLabels(reader, row, reader.left, reader.right)));
  for (let i = 0; i < groups.length; i++) {
    let cells = groups[i];
    let result = candidate(reader, grid, row, cells, stopRows);
    // Only a run that names what is done but has nothing tracking it is tried with the next few.
    const why = result.passed?.reason;
    const joinable =
      why === 'untracked' ||
      why === 'no-subject' ||
      (!result.passed && groups[i].some((c) => c.match !== null));
    const reach = Math.min(groups.length, i + 1 + JOIN_RUNS);
    for (let j = i + 1; joinable && !result.region && j < reach; j++) {
      cells = [...cells, ...groups[j]];
      const joined = candidate(reader, grid, row, cells, stopRows);
      if (joined.region) {
        result = joined;
        i = j;
      }
    }
    // Runs to the right with no subject of their own whose rows line up belong to this plan.
    for (let k = i + 1; result.region && k < groups.length; k++) {
      if (mayBeHeader(groups[k]) || !rowsAlign(reader, result.region, groups[k])) break;
      const wider = candidate(reader, grid, row, [...cells, ...groups[k]], stopRows);
      if (!wider.region) break;
      cells = [...cells, ...groups[k]];
      result = wider;
      i = k;
    }
    if (result.region) out.found.push(result.region);
    else if (result.passed && result.passed.reason !== 'no-subject') out.passed.push(result.passed);
  }
  return out;
}

/** How many runs of header cells to its right a run that is no plan alone is tried with. */
const JOIN_RUNS = 4;

/** How many of a plan's first rows are compared with a run of header cells to its right. */
const ALIGN_ROWS = 10;

/**
 * True when the cells under a run of header labels are filled on the plan's own rows (most of
 * them): the run is more of the plan's columns, not a key or a note beside it.
 */
function rowsAlign(reader: GridReader, region: Region, run: HeaderCell[]): boolean {
  let rows = 0;
  let shared = 0;
  const last = Math.min(region.bottom, region.dataRow + ALIGN_ROWS - 1);
  for (let row = region.dataRow; row <= last; row++) {
    if (filledCells(reader, row, region.left, region.right).length === 0) continue;
    rows++;
    if (run.some((c) => !reader.isEmpty(row, c.col))) shared++;
  }
  return rows >= 1 && shared * 10 >= rows * 6;
}

/**
 * A row of data under a header row that labels its every cell (a wide extract whose row 1 heads
 * hundreds of columns): words in the data ("Officer A", "Status") are not a header of their own.
 */
function isUnderLabels(reader: GridReader, row: number, group: HeaderCell[]): boolean {
  if (row <= reader.top || group.length < 3) return false;
  const above = rowLabels(reader, row - 1, group[0].col, group[group.length - 1].col);
  const labelled = new Set(above.map((l) => l.col));
  const under = group.filter((c) => labelled.has(c.col)).length;
  return above.length >= 3 && under * 10 >= group.length * 9 && above.length >= group.length;
}

/** How many label and value pairs above a pair make it one more line of their list. */
const PAIRS_ABOVE = 2;

/**
 * A pair of cells under two more pairs written in the same two columns: one line of a list of
 * labels and values ("Sponsor | Director of Place", "Project manager | Senior Project Manager"),
 * as a highlight report's cover block has, not the header of a table below. Passed over as a form.
 */
function isInPairList(reader: GridReader, row: number, group: HeaderCell[]): boolean {
  if (group.length !== 2 || row - PAIRS_ABOVE < reader.top) return false;
  const cols = group.map((c) => c.col);
  for (let r = row - PAIRS_ABOVE; r < row; r++) {
    const above = rowLabels(reader, r, cols[0], cols[1]).map((l) => l.col);
    if (above.length !== 2 || above.some((c) => !cols.includes(c))) return false;
  }
  return true;
}

/** True when two ranges share a cell. */
function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The Excel tables: each a plan or passed over, by the same test as any table. */
function excelTables(
  reader: GridReader,
  grid: Grid,
  out: SheetRegions,
  claimed: Set<number>
): void {
  for (const t of grid.tables ?? []) {
    if (!t.hasHeaders) continue;
    const region = tableRegion(reader, t);
    const verdict = planVerdict(
      region.headers,
      tableFacts(reader, grid, region.headers, region.dataRow, region.bottom)
    );
    if (verdict === null || verdict.plan) out.regions.push(region);
    else
      out.passedOver.push({
        sheet: reader.sheet,
        range: {
          top: region.topRow,
          left: region.left,
          bottom: region.bottom,
          right: region.right,
        },
        headerRow: region.headerRow,
        table: t.name,
        reason: verdict.reason,
      });
    for (let r = t.range.top; r <= t.range.bottom; r++) claimed.add(r);
  }
}

/**
 * Every table of actions on the grid (Excel tables first, then header rows found by scanning),
 * and the tables that were looked at and are not plans, each once.
 */
export function sheetRegions(reader: GridReader, grid: Grid): SheetRegions {
  const out: SheetRegions = { regions: [], passedOver: [] };
  const claimed = new Set<number>();
  excelTables(reader, grid, out, claimed);
  const tableStarts = new Set(
    (grid.tables ?? []).filter((t) => t.hasHeaders).map((t) => t.range.top)
  );
  const passed: PassedOver[] = [];
  for (let row = reader.top; row <= reader.bottom; row++) {
    if (claimed.has(row)) continue;
    const { found, passed: here } = regionsAt(reader, grid, row, tableStarts);
    pushAll(passed, here);
    if (found.length === 0) {
      // A list or a grid of numbers is passed over whole: its rows are no headers either.
      const whole = here.filter((p) => WHOLE_TABLE.has(p.reason));
      if (whole.length > 0)
        row = maxOf(
          whole.map((p) => p.range.bottom),
          row
        );
      continue;
    }
    pushAll(out.regions, found);
    // Rows of the table just found are not scanned for headers again.
    row = maxOf(
      found.map((r) => r.bottom),
      row
    );
  }
  // Each table passed over once, and not one whose rows turned out to be a plan's.
  for (const p of passed) {
    // A label row with nothing under it ("Project 2: | 8 Angel Street") is no table.
    if (p.range.bottom <= p.headerRow) continue;
    const plan = out.regions.some((r) => overlaps(p.range, regionRange(r)));
    const again = out.passedOver.some((q) => overlaps(p.range, q.range));
    if (!plan && !again) out.passedOver.push(p);
  }
  out.regions.sort((a, b) => a.headerRow - b.headerRow || a.left - b.left);
  return out;
}

function regionRange(r: Region): CellRange {
  return { top: r.topRow, left: r.left, bottom: r.bottom, right: r.right };
}

/** Every table of actions on the grid: Excel tables first, then header rows found by scanning. */
export function findRegions(reader: GridReader, grid: Grid): Region[] {
  return sheetRegions(reader, grid).regions;
}
