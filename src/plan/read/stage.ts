import { cellText } from '../cellText';
import { quote } from '../findings';
import type { CellValue } from '../grid';
import type { Reading, Stage } from '../types';

/** Progress words, lower case with spaces for hyphens, by the stage they name. Longest first. */
const WORDS: readonly [string, Stage][] = [
  ['not yet started', 'not-started'],
  ['not started', 'not-started'],
  ['yet to start', 'not-started'],
  ['not begun', 'not-started'],
  ['planned', 'not-started'],
  ['proposed', 'not-started'],
  ['in progress', 'in-progress'],
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
  ['completed', 'complete'],
  ['complete', 'complete'],
  ['done', 'complete'],
  ['achieved', 'complete'],
  ['delivered', 'complete'],
  ['finished', 'complete'],
  ['on hold', 'paused'],
  ['paused', 'paused'],
  ['suspended', 'paused'],
  ['deferred', 'deferred'],
  ['delayed', 'deferred'],
  ['postponed', 'deferred'],
  ['slipped', 'deferred'],
  ['cancelled', 'cancelled'],
  ['canceled', 'cancelled'],
  ['withdrawn', 'cancelled'],
  ['closed', 'cancelled'],
  ['stopped', 'cancelled'],
  ['abandoned', 'cancelled'],
];

const EXACT = new Map<string, Stage>(WORDS);
/** A progress word at the start, then a comment: "Delayed - awaiting funding", "Complete (May 2024)". */
const LEADING = new RegExp(`^(${WORDS.map(([w]) => w).join('|')})(?:$|[\\s\\-–—:,;(/.])`);

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!?*]+$/, '')
    .trim();
}

function stageOfText(raw: string): Stage | null {
  const text = normalise(raw);
  if (!text) return null;
  const exact = EXACT.get(text);
  if (exact) return exact;
  const lead = LEADING.exec(text);
  return lead ? (EXACT.get(lead[1]) ?? null) : null;
}

/**
 * Reads a Stage (or progress Status) cell: Not started, In progress, Complete, Paused, Deferred,
 * Cancelled and their usual synonyms. Empty is no stage and no problem.
 */
export function readStage(value: CellValue): Reading<Stage | null> {
  // A number is never a rating or stage; NaN is shown as written rather than taken for an empty cell.
  const text = typeof value === 'number' ? String(value) : cellText(value);
  if (!text) return { value: null };
  const stage = stageOfText(text);
  if (stage) return { value: stage };
  return {
    value: null,
    problem: {
      code: 'unreadable-stage',
      severity: 'warning',
      message: `Stage ${quote(text)} is not a progress word. Use Not started, In progress, Complete, Paused (On hold), Deferred (Delayed) or Cancelled.`,
    },
  };
}

/** True when readStage would read a stage from this text. */
export function isStageText(text: string): boolean {
  return typeof text === 'string' && stageOfText(text) !== null;
}
