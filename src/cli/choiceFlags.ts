/**
 * --plan RANGE[@ROW] and --column FIELD=HEADER|LETTER, shared by check, refresh and diff: the
 * user's choices for this run, over the ones kept in the workbook (the pane's). Each flag that
 * cannot be used is a usage error naming what was wrong, in one line.
 */
import type { Command } from 'commander';
import {
  FIELDS,
  columnLetters,
  columnNumber,
  mergeChoices,
  parseRange,
  planKey,
  quoteSheet,
  rangeA1,
  rangeRef,
  type CheckOptions,
  type Choices,
  type ColumnOverrides,
  type Field,
  type Grid,
  type Plan,
  type PointedPlan,
} from '../plan';
import { plansIn } from '../report/reading';
import { UsageError } from './errors';

export interface ChoiceFlags {
  plan?: string[];
  column?: string[];
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function addChoiceFlags(command: Command): Command {
  return command
    .option(
      '--plan <range>',
      'read this range as a plan, its first row the header (or RANGE@ROW: header on ROW), such as "\'Risk register\'!A4:K60"; repeatable',
      collect
    )
    .option(
      '--column <field=header|letter>',
      `read a field from this column, by its header or letter (rag=Overall, timescale=H, lead=none to ignore); of the --plan ranges, else of every plan; fields: ${FIELDS.join(', ')}; repeatable`,
      collect
    );
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** "'Risk register'!A4:K60" or "Plan!A4:K60@5", checked against the workbook's sheets. */
export function pointedFlag(text: string, grids: readonly Grid[]): PointedPlan {
  const say = (why: string) => new UsageError(`--plan ${text}: ${why}`);
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!([^@]+?)(?:@(\d+))?$/.exec(text.trim());
  if (!m) throw say('write the sheet and the range, such as "\'Risk register\'!A4:K60"');
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const range = parseRange(m[3]);
  if (!range) throw say(`"${m[3]}" is not a range such as A4:K60`);
  const grid = grids.find((g) => g.sheet === sheet);
  if (!grid)
    throw say(
      `there is no sheet ${quoteSheet(sheet)}; the sheets are ${grids.map((g) => quoteSheet(g.sheet)).join(', ')}`
    );
  if (range.bottom > MAX_ROW || range.right > MAX_COL) throw say('the range is off the sheet');
  const bottom = grid.top + grid.values.length - 1;
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row?.length ?? 0);
  const right = grid.left + width - 1;
  if (
    range.top > bottom ||
    range.left > right ||
    range.bottom < grid.top ||
    range.right < grid.left
  )
    throw say(
      `the range is off the sheet's cells (they are in ${rangeA1({ top: grid.top, left: grid.left, bottom, right })})`
    );
  const headerRow = m[4] === undefined ? range.top : Number(m[4]);
  if (headerRow < range.top || headerRow > range.bottom)
    throw say(`the header row ${headerRow} is not in ${rangeA1(range)}`);
  return { sheet, ...range, headerRow };
}

/** "rag=Overall" into the field and what names its column. */
function columnFlag(text: string): { field: Field; column: string } {
  const m = /^([^=]+)=(.*)$/.exec(text);
  if (!m)
    throw new UsageError(
      `--column ${text}: write the field and the column, such as rag=Overall or timescale=H`
    );
  const field = m[1].trim().toLowerCase() as Field;
  if (!FIELDS.includes(field))
    throw new UsageError(
      `--column ${text}: there is no field "${m[1].trim()}"; the fields are ${FIELDS.join(', ')}`
    );
  const column = m[2].trim();
  if (!column)
    throw new UsageError(`--column ${text}: name the column by its header or letter, or "none"`);
  return { field, column };
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Every header of a plan, with its column. */
function headersOf(plan: Plan): { header: string; col: number }[] {
  return [...plan.columns, ...plan.unmapped].sort((a, b) => a.col - b.col);
}

/**
 * The column a flag names in one plan: its header (as written, case aside) first, then a letter
 * inside the plan; "none" ignores the field. Undefined when the plan has no such column.
 */
function columnIn(plan: Plan, column: string): string | null | undefined {
  if (/^(none|ignore)$/i.test(column)) return null;
  const byHeader = headersOf(plan).find((h) => flat(h.header) === flat(column));
  if (byHeader) return columnLetters(byHeader.col);
  if (!/^[A-Za-z]{1,3}$/.test(column)) return undefined;
  const col = columnNumber(column);
  return col >= plan.range.left && col <= plan.range.right ? columnLetters(col) : undefined;
}

/** The plans --column speaks of: the --plan ranges' when given, else every plan read. */
function targets(plans: Plan[], pointed: PointedPlan[]): Plan[] {
  if (pointed.length === 0) return plans;
  return plans.filter((plan) =>
    pointed.some(
      (p) => p.sheet === plan.sheet && p.top === plan.range.top && p.left === plan.range.left
    )
  );
}

function noSuchColumn(text: string, column: string, plans: Plan[]): UsageError {
  const named = plans
    .slice(0, 3)
    .map(
      (p) =>
        `${rangeRef({ sheet: p.sheet, ...p.range })}: ${headersOf(p)
          .map((h) => h.header)
          .join(', ')}`
    )
    .join('; ');
  const what = /^[A-Za-z]{1,3}$/.test(column)
    ? `no header or column "${column}"`
    : `no column headed "${column}"`;
  return new UsageError(
    `--column ${text}: ${plans.length === 1 ? 'the plan has' : 'no plan has'} ${what} (${named || 'no plan was read'})`
  );
}

/** The columns the flags choose, by plan key. */
function flagColumns(texts: string[], plans: Plan[]): Record<string, ColumnOverrides> {
  const out: Record<string, ColumnOverrides> = {};
  for (const text of texts) {
    const { field, column } = columnFlag(text);
    let used = false;
    for (const plan of plans) {
      const letter = columnIn(plan, column);
      if (letter === undefined) continue;
      (out[planKey(plan)] ??= {})[field] = letter;
      used = true;
    }
    if (!used) throw noSuchColumn(text, column, plans);
  }
  return out;
}

/** What the run reads with: the kept choices, the flags over them, as the engine's options. */
export function withChoiceFlags(
  options: CheckOptions,
  stored: Choices,
  flags: ChoiceFlags,
  read: { grids: Grid[]; chosen: Grid[]; ours: Iterable<string> }
): { options: CheckOptions; choices: Choices } {
  const pointed = (flags.plan ?? []).map((t) => pointedFlag(t, read.grids));
  for (const p of pointed)
    if (!read.chosen.some((g) => g.sheet === p.sheet))
      throw new UsageError(`--plan ${rangeRef(p)}: --sheet leaves its sheet out`);
  let choices = mergeChoices(stored, { pointed, columns: {}, picked: null });
  if (flags.column?.length) {
    const plans = plansIn(read.chosen, optionsOf(options, choices), read.ours, read.grids);
    const columns = flagColumns(flags.column, targets(plans, pointed));
    choices = mergeChoices(choices, { pointed: [], columns, picked: null });
  }
  return { options: optionsOf(options, choices), choices };
}

/** The engine's options with the choices in: ranges to read, columns to take. */
export function optionsOf(options: CheckOptions, choices: Choices): CheckOptions {
  return {
    ...options,
    overrides: { ...choices.columns, ...(options.overrides ?? {}) },
    ...(choices.pointed.length ? { pointed: choices.pointed } : {}),
  };
}
