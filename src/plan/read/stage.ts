import { cellText, problemOf, type CellValue, type Reading, type Stage } from '../core';

/**
 * Progress words, lower case with spaces for hyphens, by the stage they name: the one home for
 * the words that say an action is done, paused or stopped. Longest first.
 */
const WORDS: readonly [string, Stage][] = [
  ['not yet started', 'not-started'],
  ['not started', 'not-started'],
  ['yet to start', 'not-started'],
  ['not begun', 'not-started'],
  ['not yet implemented', 'not-started'],
  ['not implemented', 'not-started'],
  ['planned', 'not-started'],
  ['proposed', 'not-started'],
  ['in progress', 'in-progress'],
  // Audit trackers: part done is in progress, and must not read as "implemented".
  ['partially implemented', 'in-progress'],
  ['partly implemented', 'in-progress'],
  ['part implemented', 'in-progress'],
  ['partially completed', 'in-progress'],
  ['partially complete', 'in-progress'],
  ['not yet complete', 'in-progress'],
  ['not complete', 'in-progress'],
  ['in hand', 'in-progress'],
  ['under way', 'in-progress'],
  ['underway', 'in-progress'],
  ['on track', 'in-progress'],
  ['on target', 'in-progress'],
  ['started', 'in-progress'],
  ['progressing', 'in-progress'],
  ['ongoing', 'in-progress'],
  ['on going', 'in-progress'],
  ['wip', 'in-progress'],
  // Late, but still being done: these must not stop an action being overdue.
  ['delayed', 'in-progress'],
  ['slipped', 'in-progress'],
  ['completed', 'complete'],
  ['complete', 'complete'],
  ['done', 'complete'],
  ['achieved', 'complete'],
  ['delivered', 'complete'],
  ['finished', 'complete'],
  ['implemented', 'complete'],
  ['closed', 'complete'],
  ['on hold', 'paused'],
  ['paused', 'paused'],
  ['suspended', 'paused'],
  ['deferred', 'deferred'],
  ['postponed', 'deferred'],
  ['cancelled', 'cancelled'],
  ['canceled', 'cancelled'],
  ['withdrawn', 'cancelled'],
  ['superseded', 'cancelled'],
  ['no longer required', 'cancelled'],
  ['stopped', 'cancelled'],
  ['abandoned', 'cancelled'],
  // Recommendation trackers: a recommendation that no longer applies, or that was turned down.
  ['not applicable', 'cancelled'],
  ['rejected', 'cancelled'],
  ['not accepted', 'cancelled'],
  // Savings programmes drop a scheme: "Scheme removed from the programme".
  ['removed', 'cancelled'],
  ['scheme removed', 'cancelled'],
  ['saving removed', 'cancelled'],
  ['savings removed', 'cancelled'],
];

const EXACT = new Map<string, Stage>([...WORDS, ['c', 'complete']]);
/** A progress word at the start, then a comment: "Delayed - awaiting funding", "Complete (May 2024)". */
const LEADING = new RegExp(`^(${WORDS.map(([w]) => w).join('|')})(?:$|[\\s\\-–—:,;(/.])`);
/** A tick before the word ("✔ Complete") or on its own says complete. */
const TICK = /^[\u2713\u2714\u2611\u2705]\ufe0f?\s*/;
/** A coloured emoji or dot before the words ("🟢 On track"): the words carry the stage. */
const SYMBOL_LEAD = /^(?:\u{1F534}|\u{1F535}|[\u{1F7E0}-\u{1F7E9}]|[●⬤•◉○◯■▪◼⬛⚫])\ufe0f?\s*/u;
/**
 * A line taken out of the programme, said in a phrase rather than a word: "Scheme removed from the
 * programme", "No longer being pursued", "Not proceeding". At most two words may come first (the
 * thing removed), so "Risk that the scheme is removed from the plan" is not read as cancelled.
 */
const CANCELLED_PHRASE =
  /^(?:[a-z'’]+ ){0,2}(?:(?:is |was |has been |been )?(?:removed|deleted|dropped|taken out|withdrawn) from (?:the )?(?:programme|plan|tracker|register|list|savings)|no longer (?:required|needed|being pursued|pursued|proceeding|going ahead)|not (?:being )?(?:pursued|proceeding|going ahead)|will not (?:proceed|go ahead))\b/;
/**
 * What a drop-down puts before the word: its option number ("1. Not yet started") or the thing
 * the word is about ("Project complete", "Scheme cancelled").
 */
const OPTION_LEAD =
  /^(?:\d{1,2}[.)]\s*|(?:project|scheme|action|milestone|recommendation|work)\s+)/;
/** A share done: "100%", "75 %", "0%". */
const PERCENT = /^(\d{1,3}(?:\.\d+)?)\s?%$/;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!?*]+$/, '')
    .trim();
}

function stageOfPercent(text: string): Stage | null {
  const m = PERCENT.exec(text);
  if (!m) return null;
  const share = Number(m[1]);
  if (share > 100) return null;
  return share === 100 ? 'complete' : share === 0 ? 'not-started' : 'in-progress';
}

/** The stage progress text names, or null. Exported for the RAG reader: one home for the words. */
export function stageOfText(raw: string): Stage | null {
  let text = normalise(raw);
  if (!text) return null;
  if (SYMBOL_LEAD.test(text)) text = text.replace(SYMBOL_LEAD, '');
  if (!text) return null;
  if (TICK.test(text)) {
    text = text.replace(TICK, '');
    if (!text) return 'complete';
  }
  const stage = stageOfWords(text);
  if (stage !== null || !OPTION_LEAD.test(text)) return stage;
  return stageOfWords(text.replace(OPTION_LEAD, ''));
}

function stageOfWords(text: string): Stage | null {
  const exact = EXACT.get(text);
  if (exact) return exact;
  const lead = LEADING.exec(text);
  if (lead) return EXACT.get(lead[1]) ?? null;
  if (CANCELLED_PHRASE.test(text)) return 'cancelled';
  return text.charCodeAt(text.length - 1) === 37 /* % */ ? stageOfPercent(text) : null;
}

/**
 * Reads a Stage (or progress Status) cell: Not started, In progress, Complete, Paused, Deferred,
 * Cancelled, their usual synonyms, a tick and a share done (100%, or 1 as Excel holds it, is complete). Empty is no stage and no problem.
 */
export function readStage(value: CellValue): Reading<Stage | null> {
  // A number from 0 to 1 is a share done, as Excel holds 40% (a "% complete" column); any other
  // number is no stage, and NaN is shown as written rather than taken for an empty cell.
  if (typeof value === 'number' && value >= 0 && value <= 1) {
    return { value: value === 1 ? 'complete' : value === 0 ? 'not-started' : 'in-progress' };
  }
  const text = typeof value === 'number' ? String(value) : cellText(value);
  if (!text) return { value: null };
  const stage = stageOfText(text);
  if (stage) return { value: stage };
  return {
    value: null,
    problem: problemOf('unreadable-stage', { text }),
  };
}

/** Stages that stop an action (done, paused, deferred, cancelled): never overdue. */
export const STOPPED_STAGES: ReadonlySet<Stage> = new Set<Stage>([
  'complete',
  'paused',
  'deferred',
  'cancelled',
]);

/** The stopping stage text opens with ("Implemented in May", "Deferred until 2025"), or null. */
export function stoppedStageOfText(text: string): Stage | null {
  const stage = typeof text === 'string' ? stageOfText(text) : null;
  return stage !== null && STOPPED_STAGES.has(stage) ? stage : null;
}

/** True when readStage would read a stage from this text. */
export function isStageText(text: string): boolean {
  return typeof text === 'string' && stageOfText(text) !== null;
}
