import {
  cellText,
  isCellError,
  type GridReader,
  type Rag,
  memo,
  DATED_KINDS,
  WORD_KINDS,
} from '../core';
import {
  ragFromFill,
  ragOfIcon,
  isRagText,
  isStageText,
  readTimescale,
  isPlaceholder,
} from '../read';

/**
 * What a column's cells hold, from a bounded sample below its header: the evidence that tells a
 * date column from a money one, RAG from progress words, people from prose. Only SAMPLE filled
 * cells within SCAN rows are looked at, so a 100,000-row plan costs the same as a 20-row one.
 */
export interface Evidence {
  /** Filled cells looked at. */
  sampled: number;
  /** Dates: a date-formatted number, or text that names a day, month, quarter, year or season. */
  dates: number;
  /** Of those, numbers with a date format: a day, never a label such as "Car parking 2025/26". */
  excelDates: number;
  /** Serial-sized whole numbers with no number format: dates or money, by the header. */
  serials: number;
  /** Complete, Ongoing, TBC: timescale words without a date. */
  timescaleWords: number;
  /** RAG words or letters, or (for an empty cell) a RAG fill colour. */
  rag: number;
  /** Progress words: Not started, In progress, Complete, On hold ... */
  stage: number;
  /** Amounts in pounds: "£250k", or a number with a currency format. */
  money: number;
  /** Plain numbers with no currency or date format. */
  numbers: number;
  percents: number;
  /** High / Medium / Low. */
  priorities: number;
  /** Short capitalised names or roles: "Director of Place", "J Smith", "KF". */
  people: number;
  /** Prose: more than 40 characters. */
  prose: number;
  /** Cells with text whose fill is a RAG colour: a status shown by colour as well as words. */
  ragFills: number;
  /** Numbers filled blue, and numbers filled red or amber: a risk score's colour scheme. */
  blueNumberFills: number;
  warmNumberFills: number;
  /** Words or empty cells that carry a rating, by a RAG word or a RAG fill ("Achieved" on blue). */
  rated: number;
  /** Short codes: "SR1", "1.2", "AHW3", "R4a": a reference column. */
  codes: number;
  /** Numbers shown as a traffic light by a conditional-format icon set: ratings (counted in `rag` too). */
  ragIcons: number;
  /** How many different RAG words: a key lists each rating once. */
  distinctRag: number;
}

const SAMPLE = 24;
const SCAN = 120;

const DATE_FORMAT = /(^|[^"\\])[dmy]{1,4}|yy/i;
const MONEY_FORMAT = /£|\[\$£|"£"|GBP/i;
const PERCENT = /^-?\d+(?:\.\d+)?\s*%$/;
const PRIORITY = /^(?:very\s+)?(?:high|medium|med|low|critical)$|^[hml]$/i;
const PERSON = /^(?:[A-Z][A-Za-z'’.-]*)(?:[ /&,]+(?:[A-Z][A-Za-z'’.-]*|of|and|for|the|&))*$/;
/** A coloured dot or disc standing for a rating (its colour is read by the RAG reader). */
const DOT = /^(?:[●⬤•◉○◯■]|\u{1F534}|\u{1F7E0}|\u{1F7E1}|\u{1F7E2}|\u{1F535})$/u;
const CODE = /^[A-Z]{0,5}[-\s.]?\d{1,3}(?:\.\d{1,3})*[a-z]?$/i;
// The readers' own lists, so a kind added there (week, range, paused, term ...) counts here too.
const DATED = DATED_KINDS;
const UNDATED = WORD_KINDS;

const timescaleKind = memo((t) => readTimescale(t).value.kind, 5000);

function emptyEvidence(): Evidence {
  return {
    sampled: 0,
    dates: 0,
    excelDates: 0,
    serials: 0,
    timescaleWords: 0,
    rag: 0,
    stage: 0,
    money: 0,
    numbers: 0,
    percents: 0,
    priorities: 0,
    people: 0,
    prose: 0,
    ragFills: 0,
    blueNumberFills: 0,
    warmNumberFills: 0,
    rated: 0,
    codes: 0,
    ragIcons: 0,
    distinctRag: 0,
  };
}

/** A number's fill: a RAG colour counts as a rated score; blue and red or amber counted apart. */
function countNumberFill(ev: Evidence, rag: Rag | null): void {
  if (!rag) return;
  ev.ragFills++;
  if (rag === 'blue') ev.blueNumberFills++;
  else if (rag !== 'green') ev.warmNumberFills++;
}

function addNumber(ev: Evidence, n: number, format: string | null): void {
  if (format && format.includes('%')) ev.percents++;
  else if (format && MONEY_FORMAT.test(format)) ev.money++;
  else if (
    format &&
    DATE_FORMAT.test(format.replace(/\[[^\]]*\]/g, '')) &&
    !/^general$/i.test(format)
  ) {
    ev.dates++;
    ev.excelDates++;
  } else if (Number.isInteger(n) && n >= 36526 && n <= 54789) ev.serials++;
  else ev.numbers++;
}

function addText(ev: Evidence, written: string, ragWords: Set<string>): void {
  // A numbered drop-down option ("2. Ongoing") is read by its words.
  const text = /^\d{1,2}[.)]\s/.test(written) ? written.replace(/^\d{1,2}[.)]\s+/, '') : written;
  if (text.length > 40) {
    ev.prose++;
    return;
  }
  if (CODE.test(text)) ev.codes++;
  if (isRagText(text) || DOT.test(text)) {
    ev.rag++;
    ragWords.add(text.toLowerCase());
  }
  if (isStageText(text)) ev.stage++;
  if (PRIORITY.test(text)) ev.priorities++;
  if (PERCENT.test(text)) ev.percents++;
  else if (text.includes('£')) ev.money++;
  else if (/^[-(]?\d[\d,]*(?:\.\d+)?\)?$/.test(text)) ev.numbers++;
  const kind = timescaleKind(text);
  if (DATED.has(kind)) ev.dates++;
  else if (UNDATED.has(kind)) ev.timescaleWords++;
  else if (PERSON.test(text) && !/\d/.test(text) && text.split(' ').length <= 6) ev.people++;
}

/** The evidence of one column below a header row (rows firstRow..lastRow, at most SCAN of them). */
export function columnEvidence(
  reader: GridReader,
  col: number,
  firstRow: number,
  lastRow: number,
  skip?: (row: number) => boolean
): Evidence {
  const ev = emptyEvidence();
  const ragWords = new Set<string>();
  const last = Math.min(lastRow, firstRow + SCAN - 1);
  for (let row = firstRow; row <= last && ev.sampled < SAMPLE; row++) {
    if (reader.isMergedFromAbove(row, col) || isSectionCell(reader, row, col) || skip?.(row))
      continue;
    const v = reader.rawValue(row, col);
    if (isCellError(v)) continue;
    if (typeof v === 'number') {
      ev.sampled++;
      if (ragOfIcon(reader.icon(row, col))) {
        ev.ragIcons++;
        ev.rag++;
        continue;
      }
      countNumberFill(ev, ragFromFill(reader.fill(row, col)));
      if (Number.isInteger(v) && v > 0 && v < 1000) ev.codes++;
      addNumber(ev, v, reader.numberFormat(row, col));
      continue;
    }
    const text = cellText(v);
    if (!text || isPlaceholder(text)) {
      // An empty cell filled with a RAG colour is a rating.
      if (ragFromFill(reader.fill(row, col))) {
        ev.sampled++;
        ev.rag++;
        ev.rated++;
      }
      continue;
    }
    ev.sampled++;
    const rag = ev.rag;
    if (ragFromFill(reader.fill(row, col))) ev.ragFills++;
    addText(ev, text, ragWords);
    if (ev.rag > rag || ragFromFill(reader.fill(row, col))) ev.rated++;
  }
  ev.distinctRag = ragWords.size;
  return ev;
}

/** A cell under a label merged from the left across three or more columns: a section row, not the column's data. */
function isSectionCell(reader: GridReader, row: number, col: number): boolean {
  const m = reader.mergeOf(row, col);
  return m !== undefined && m.left < col && m.right - m.left >= 2;
}

/** "9 of 10 cells are dates". */
export function share(count: number, ev: Evidence, what: string): string {
  return `${count} of ${ev.sampled} ${ev.sampled === 1 ? 'cell' : 'cells'} ${count === 1 ? 'is' : 'are'} ${what}`;
}

/** True when at least half the sampled cells (and at least one) are of the kind. */
export function mostly(count: number, ev: Evidence): boolean {
  return count > 0 && count * 2 >= ev.sampled;
}
