import { a1, splitLines, type Field } from '../core';
import { isThemeWord } from '../read';
import type { Carry } from './carry';
import { type RowContext, addFinding, fieldText } from './context';

/** Fields whose cells may hold one line per action. */
export const PER_LINE: readonly Field[] = [
  'timescale',
  'lead',
  'rag',
  'stage',
  'savings',
  'forecast',
];

/** A row split into its stacked lines: one action per line of the action cell. */
export interface Stack {
  actionLines: string[];
  /** How many actions the row holds (at least one). */
  n: number;
  /** Each per-line field's lines. */
  lineSets: Map<Field, string[]>;
}

/**
 * Splits a row's cells into lines. A theme word on the lead cell's first line (OPPORTUNITIES) is
 * the group's area, not a lead. Where a cell's line count differs from the actions', it says so.
 */
export function splitStack(ctx: RowContext, row: number, actionText: string, carry: Carry): Stack {
  const { col } = ctx;
  // An action's text is its own (never repeated), so it is split afresh rather than remembered.
  const actionLines = actionText ? splitLines(actionText) : [];
  const n = Math.max(1, actionLines.length);
  let leadLines = ctx.read.lines(fieldText(ctx, row, 'lead'));
  while (leadLines.length > 0 && isThemeWord(leadLines[0])) {
    carry.theme = titleCase(leadLines[0]);
    leadLines = leadLines.slice(1);
  }
  const lineSets = new Map<Field, string[]>();
  for (const f of PER_LINE) {
    const c = col.get(f);
    if (c === undefined) continue;
    const lines = f === 'lead' ? leadLines : ctx.read.lines(fieldText(ctx, row, f));
    lineSets.set(f, lines);
    if (n > 1 && lines.length > 1 && lines.length !== n) {
      addFinding(ctx, row, c, 'stacked-mismatch', {
        actions: n,
        actionCell: a1(row, col.get('action') as number),
        lines: lines.length,
        field: f,
      });
    }
  }
  return { actionLines, n, lineSets };
}

/** The text of a field for line i of the stack: its own line, or the cell's single line for all. */
export function lineOf(stack: Stack, f: Field, i: number): string {
  const lines = stack.lineSets.get(f);
  // Most cells hold one line or none: no string is built for them.
  if (lines === undefined || lines.length === 0) return '';
  if (lines.length === 1) return lines[0];
  if (stack.n === 1) return f === 'lead' ? lines.join('\n') : lines.join(' ');
  return lines[i] ?? '';
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
