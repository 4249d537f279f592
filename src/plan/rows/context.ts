import {
  cellText,
  isCellError,
  type GridReader,
  memo,
  splitLines,
  type Column,
  type Field,
  type SpendColumn,
  type Finding,
  type RagKey,
  findingOf,
  type FindingArgs,
  type FindingCode,
} from '../core';
import { FinanceReader } from './readFinance';
import type { ColumnMap, Region } from '../detect';
import {
  readLeads,
  moneyUnitFromHeader,
  readRag,
  stageInRagText,
  readStage,
  readTimescale,
  isPlaceholder,
} from '../read';

/**
 * What every step of reading a plan's rows shares: the sheet, where each field's column is, the
 * memoised field readers (plans repeat the same few words thousands of times) and the findings.
 * Cells are row and column numbers here, and so are a finding's.
 */
export interface RowContext {
  reader: GridReader;
  sheet: string;
  region: Region;
  /** Field -> the sheet column it is read from. */
  col: Map<Field, number>;
  colEntries: [Field, number][];
  /** The original date kept beside a revised one, when the table has both. */
  originalCol: number | undefined;
  /** One RAG column per period, oldest first, when the table has them. */
  ragPeriods: Column[];
  /** Rating columns kept beside the RAG as its dimensions (Time, Cost ...), left to right. */
  dimensions: Column[];
  /** Spend columns (budget, actual, forecast, variance): read per action, never savings. */
  spend: SpendColumn[];
  /** A risk register with no date column: its risks are managed continuously, ongoing, not undated. */
  risksWithoutDates: boolean;
  /** The header of the column read as the RAG, as the plan's columns name it. */
  ragHeader: string | undefined;
  /** A meeting or review date passed over as the timescale: the plan has no deadline column. */
  notDeadline: { header: string; col: number } | undefined;
  units: { savings: number; forecast: number };
  read: {
    rag: ReturnType<typeof memo<ReturnType<typeof readRag>>>;
    /** A stop or completion word written in the RAG column ("On hold", "Closed"). */
    ragStage: ReturnType<typeof memo<ReturnType<typeof stageInRagText>>>;
    leads: ReturnType<typeof memo<ReturnType<typeof readLeads>>>;
    stage: ReturnType<typeof memo<ReturnType<typeof readStage>>>;
    timescale: ReturnType<typeof memo<ReturnType<typeof readTimescale>>>;
    /** Results are shared between rows, so callers only read them (slices, never pushes). */
    lines: (text: string) => string[];
  };
  /** The council's own RAG key (scores, letters), when the sheet or workbook gives one. */
  ragKey: RagKey | undefined;
  /** The money step: each action's money per year, totals rows, every figure by column. */
  finance: FinanceReader;
  findings: Finding[];
}

/** A column whose subject is the risk itself: "Risk", "Risk Name", "Strategic risk description". */
const RISK_SUBJECT = /^\s*(?:(?:strategic|corporate|operational|key)\s+)?risks?\b/i;

export function rowContext(
  reader: GridReader,
  region: Region,
  map: ColumnMap,
  ragKey?: RagKey
): RowContext {
  // A money field's own column (a total) before its columns a year.
  const primary = map.columns
    .filter((c) => !c.original && !c.period && !c.dimension)
    .sort((a, b) => Number(a.year !== undefined) - Number(b.year !== undefined));
  const col = new Map<Field, number>();
  for (const c of primary) if (!col.has(c.field)) col.set(c.field, c.col);
  const unit = (f: Field): number => {
    const c = primary.find((x) => x.field === f);
    return c ? moneyUnitFromHeader(c.header) : 1;
  };
  const ragPeriods = map.columns.filter((c) => c.period !== undefined);
  const latestPeriod = ragPeriods[ragPeriods.length - 1];
  if (latestPeriod && !col.has('rag')) col.set('rag', latestPeriod.col);
  const colEntries = [...col.entries()];
  return {
    reader,
    sheet: reader.sheet,
    region,
    col,
    colEntries,
    originalCol: map.columns.find((c) => c.original)?.col,
    ragPeriods,
    dimensions: map.columns.filter((c) => c.dimension !== undefined),
    spend: map.spend ?? [],
    ragHeader: primary.find((c) => c.field === 'rag')?.header,
    risksWithoutDates:
      !col.has('timescale') &&
      primary.some(
        (c) => (c.field === 'objective' || c.field === 'action') && RISK_SUBJECT.test(c.header)
      ),
    notDeadline: map.notDeadline ?? undefined,
    units: { savings: unit('savings'), forecast: unit('forecast') },
    read: {
      rag: memo((t) => readRag(t, ragKey)),
      ragStage: memo(stageInRagText),
      leads: memo((t) => readLeads(t)),
      stage: memo((t) => readStage(t)),
      timescale: memo((t) => readTimescale(t)),
      lines: memo(splitLines),
    },
    ragKey,
    // Savings and forecast cells the row reader reads itself report their own unreadable money.
    finance: new FinanceReader(
      reader,
      map.columns,
      new Set(
        ['savings', 'forecast'].map((f) => col.get(f as Field)).filter((c) => c !== undefined)
      ),
      map.unmapped
    ),
    findings: [],
  };
}

/** Records a finding about one cell, by its code (findingCodes.ts says its severity and words). */
export function addFinding<C extends FindingCode>(
  ctx: RowContext,
  row: number,
  col: number,
  code: C,
  ...params: FindingArgs<C>
): void {
  ctx.findings.push(findingOf({ sheet: ctx.sheet, row, col }, code, ...params));
}

/** A cell's text; an error value or a template placeholder ("< Select >") reads as empty. */
export function cellTextAt(ctx: RowContext, row: number, col: number): string {
  const v = ctx.reader.value(row, col);
  if (isCellError(v)) return '';
  const t = cellText(v);
  return t && isPlaceholder(t) ? '' : t;
}

/** A field's text in a row ('' when the plan has no such column). */
export function fieldText(ctx: RowContext, row: number, f: Field): string {
  const c = ctx.col.get(f);
  return c === undefined ? '' : cellTextAt(ctx, row, c);
}
