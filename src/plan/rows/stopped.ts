import type { Stage } from '../core';
import { STOPPED_STAGES } from '../read';
import { type RowContext, addFinding, fieldText } from './context';
import { stageAt, stageInRagAt, type LineAt } from './fields';

/**
 * An action's stage as a careful officer reads the row: its Stage (or % complete) column, unless
 * something more telling says the action stopped: a stop word in the RAG cell ("On hold",
 * "Withdrawn") or an update that opens with one ("Implemented in October", "Deferred until the
 * new system is live"). A stop is never outweighed by "In progress" or "10%" beside it, so a
 * finished or paused action is not called overdue.
 */
export function stageOfLine(ctx: RowContext, at: LineAt): Stage | null {
  const own = stageAt(ctx, at);
  if (own !== null && STOPPED_STAGES.has(own)) return own;
  return stageInRagAt(ctx, at) ?? stageInNotesAt(ctx, at) ?? own;
}

/** "Complete the survey", "Close the account": an instruction, not a report that it is done. */
const INSTRUCTION =
  /^\s*(?:complete|close|deliver|implement|finish|cancel|withdraw|defer|pause)\s+(?:the|a|an|all|any|each|every|our|this|these|those|by)\b/i;

/** A stop word opening the notes or update cell of a single-line row, said as a finding. */
function stageInNotesAt(ctx: RowContext, at: LineAt): Stage | null {
  const c = ctx.col.get('notes');
  if (c === undefined || at.stack.n > 1) return null;
  const text = fieldText(ctx, at.row, 'notes');
  // The same words as a stop in the RAG cell, so the same memo serves (updates repeat: "Complete").
  const stage = text ? ctx.read.ragStage(text) : null;
  if (stage === null || INSTRUCTION.test(text)) return null;
  addFinding(ctx, at.row, c, 'stage-from-notes', {
    stage: stage === 'complete' ? 'complete' : stage === 'cancelled' ? 'cancelled' : 'paused',
    text,
  });
  return stage;
}
