import {
  isCellError,
  type Action,
  type Field,
  type Rag,
  type Reading,
  type Stage,
  type Timescale,
} from '../core';
import {
  ragFromFill,
  ragLabel,
  readMoney,
  directionOfIcon,
  iconLabel,
  ragOfIcon,
  isRagDot,
  ragOfRatingWords,
  readRag,
  readStage,
  readTimescale,
} from '../read';
import { stackedMoney } from './stackedMoney';
import { type RowContext, addFinding } from './context';
import { type Stack, lineOf } from './stacked';

/** Where one line of a row is read: the row, its stack and which line. */
export interface LineAt {
  row: number;
  stack: Stack;
  i: number;
  /** "Line 2 of the cell: " when the row is stacked, else "". */
  where: string;
}

/**
 * Reports a reader's problem at its cell. An error value is reported once, as error-value, not
 * again as unreadable; a single-line cell shared by stacked actions is reported once, without a line.
 */
function report<T>(ctx: RowContext, at: LineAt, r: Reading<T>, c: number, f: Field): void {
  if (!r.problem || isCellError(ctx.reader.value(at.row, c))) return;
  const perLine = (at.stack.lineSets.get(f)?.length ?? 0) > 1;
  if (!perLine && at.i > 0) return;
  const message = `${perLine ? at.where : ''}${r.problem.message}`;
  ctx.findings.push({
    severity: r.problem.severity,
    code: r.problem.code,
    message,
    cell: { sheet: ctx.sheet, row: at.row, col: c },
  });
}

const EMPTY: Timescale = { text: '', kind: 'empty', due: null };
/** A risk in a register with no date column: managed continuously. */
const RISK_ONGOING: Timescale = { text: '', kind: 'ongoing', due: null };

/**
 * Timescale: a real Excel date (a number) is read with its format; stacked lines as text. Where a
 * revised date stands beside the original and the revised cell is empty, the date was never moved:
 * the original is the due date (its cell is then the timescale cell of the action).
 */
export function timescaleAt(ctx: RowContext, at: LineAt): { timescale: Timescale; col?: number } {
  const c = ctx.col.get('timescale');
  if (c === undefined) return { timescale: ctx.risksWithoutDates ? RISK_ONGOING : EMPTY };
  const raw = ctx.reader.value(at.row, c);
  const r =
    at.stack.n === 1 && typeof raw === 'number'
      ? readTimescale(raw, ctx.reader.numberFormat(at.row, c))
      : ctx.read.timescale(lineOf(at.stack, 'timescale', at.i));
  const o = ctx.originalCol;
  if (r.value.kind === 'empty' && o !== undefined && !isCellError(raw)) {
    const original = originalAt(ctx, at.row);
    if (original.value.kind !== 'empty') {
      report(ctx, at, original, o, 'timescale');
      return { timescale: original.value, col: o };
    }
  }
  report(ctx, at, r, c, 'timescale');
  return { timescale: r.value };
}

/** The original date column's reading, beside a revised one. */
function originalAt(ctx: RowContext, row: number): Reading<Timescale> {
  const c = ctx.originalCol as number;
  const raw = ctx.reader.value(row, c);
  if (raw === null || raw === '' || isCellError(raw)) return { value: EMPTY };
  return typeof raw === 'number'
    ? readTimescale(raw, ctx.reader.numberFormat(row, c))
    : ctx.read.timescale(String(raw));
}

/**
 * An action with no timescale whose Status says "Ongoing" (a standing item, a recurring report) is
 * ongoing, as the status says, not undated.
 */
export function ongoingInStatus(ctx: RowContext, at: LineAt, timescale: Timescale): Timescale {
  if (timescale.kind !== 'empty' || !ctx.col.has('stage')) return timescale;
  const said = ctx.read.timescale(lineOf(at.stack, 'stage', at.i)).value;
  return said.kind === 'ongoing' ? said : timescale;
}

/** The due date of the original date column, kept beside a revised one; null when it has none. */
export function originalDueAt(ctx: RowContext, row: number): string | null {
  return ctx.originalCol === undefined ? null : originalAt(ctx, row).value.due;
}

export interface RagReading {
  rag: Rag | null;
  ragFrom: Action['ragFrom'];
}

/** RAG: the word wins; a fill colour is read when the cell has no word. */
export function ragAt(
  ctx: RowContext,
  at: LineAt,
  c: number | undefined = ctx.col.get('rag'),
  words = lineOf(at.stack, 'rag', at.i)
): RagReading {
  if (c === undefined) return { rag: null, ragFrom: null };
  const byIcon = ragOfIconAt(ctx, at, c);
  if (byIcon) return byIcon;
  const fill = ctx.reader.fill(at.row, c);
  // A coloured dot (●) is rated by its font colour, so it is read afresh, never from the memo.
  const r = isRagDot(words)
    ? readRag(words, ctx.ragKey, ctx.reader.fontColour(at.row, c))
    : ctx.read.rag(words);
  const fromFill = ragFromFill(fill);
  // A score or status word that is no rating, in a cell filled with one ("16" on red): the colour is the rating.
  if (!r.value && fromFill && r.problem?.code === 'unreadable-rag') {
    if (fromFill === 'blue' && SCORE.test(words)) return blueScore(ctx, at, words, c);
    return { rag: fromFill, ragFrom: 'fill' };
  }
  report(ctx, at, r, c, 'rag');
  if (r.value) {
    if (fromFill && fromFill !== r.value && at.i === 0) {
      addFinding(ctx, at.row, c, 'rag-colour-mismatch', {
        words,
        colour: ragLabel(fromFill).toLowerCase(),
        fill: fill as string,
      });
    }
    return { rag: r.value, ragFrom: 'text' };
  }
  if (fromFill && !words) return { rag: fromFill, ragFrom: 'fill' };
  return { rag: null, ragFrom: null };
}

/**
 * A number under a conditional-format icon set is read by the icon it shows, as a reader of the
 * sheet does: a traffic light is the rating; an arrow is direction of travel, said so once.
 * Null when the cell shows no icon that says anything.
 */
function ragOfIconAt(ctx: RowContext, at: LineAt, c: number): RagReading | null {
  const icon = ctx.reader.icon(at.row, c);
  if (!icon) return null;
  const rag = ragOfIcon(icon);
  if (rag) return { rag, ragFrom: 'icon' };
  if (!directionOfIcon(icon)) return null;
  return noRating(at, () =>
    addFinding(ctx, at.row, c, 'rag-is-direction', { icon: iconLabel(icon) })
  );
}

/** A number: a risk score, rated by its colour. */
const SCORE = /^\d{1,3}(?:\.\d+)?$/;

/**
 * A score filled blue: on a risk matrix blue is a band of risk (some councils' "needs mitigation"
 * zone), never a sign that the work is done, so it is not read as Blue (complete). Said, not guessed.
 */
function blueScore(ctx: RowContext, at: LineAt, words: string, c: number): RagReading {
  return noRating(at, () => addFinding(ctx, at.row, c, 'blue-score', { score: words }));
}

/** No rating, with a warning said once for a row of stacked lines. */
function noRating(at: LineAt, say: () => void): RagReading {
  if (at.i === 0) say();
  return { rag: null, ragFrom: null };
}

export function leadsAt(ctx: RowContext, at: LineAt): string[] {
  const c = ctx.col.get('lead');
  if (c === undefined) return [];
  const r = ctx.read.leads(lineOf(at.stack, 'lead', at.i));
  report(ctx, at, r, c, 'lead');
  return r.value;
}

/** Stage: a number is a share done as Excel holds it (1 is 100%, a "% complete" column); stacked lines as text. */
export function stageAt(ctx: RowContext, at: LineAt): Stage | null {
  const c = ctx.col.get('stage');
  if (c === undefined) return null;
  const raw = ctx.reader.value(at.row, c);
  const r =
    at.stack.n === 1 && typeof raw === 'number'
      ? readStage(raw)
      : ctx.read.stage(lineOf(at.stack, 'stage', at.i));
  // "At risk" in a Status column is no progress word but a rating, read as the RAG below.
  if (!r.problem || ratingInStatus(ctx, at) === null) report(ctx, at, r, c, 'stage');
  return r.value;
}

/**
 * With no RAG column, a Status column read as progress may still rate in words ("On track", "At
 * risk", "Off track", "Red"): the rating it states. Completion stays the stage's, never Blue.
 */
export function ratingInStatus(ctx: RowContext, at: LineAt): Rag | null {
  if (ctx.col.has('rag')) return null;
  const c = ctx.col.get('stage');
  if (c === undefined) return null;
  const rag = ragOfRatingWords(lineOf(at.stack, 'stage', at.i));
  return rag === 'blue' ? null : rag;
}

/**
 * "On hold", "Closed" written in the RAG column stop the action as a Stage column would; so does
 * 100% in a RAG column that is a share done shown as traffic lights ("% complete" with an icon set).
 */
export function stageInRagAt(ctx: RowContext, at: LineAt): Stage | null {
  const c = ctx.col.get('rag');
  if (c === undefined) return null;
  if (isDoneShare(ctx, at.row, c)) return 'complete';
  return ctx.read.ragStage(lineOf(at.stack, 'rag', at.i));
}

function isDoneShare(ctx: RowContext, row: number, c: number): boolean {
  const v = ctx.reader.value(row, c);
  return (
    typeof v === 'number' &&
    v >= 1 &&
    ctx.reader.icon(row, c) !== null &&
    (ctx.reader.numberFormat(row, c) ?? '').includes('%')
  );
}

/**
 * A money column: a number as it stands (scaled by the header's unit), else the line's text. In a
 * stacked row the row's money is counted once (finance/stackedMoney.ts).
 */
export function moneyAt(ctx: RowContext, at: LineAt, f: 'savings' | 'forecast'): number | null {
  const c = ctx.col.get(f);
  if (c === undefined) return null;
  const lines = at.stack.lineSets.get(f) ?? [];
  const share = stackedMoney(lines.length, at.i, at.stack.n);
  if (share === 'none') return null;
  const text = share === 'own-line' ? (lines[at.i] ?? '') : lines.join(' ');
  const raw = ctx.reader.value(at.row, c);
  const r = readMoney(share === 'whole' && typeof raw === 'number' ? raw : text, ctx.units[f]);
  report(ctx, at, r, c, f);
  return r.value;
}
