/**
 * The user's choices about how a workbook is read, kept in the workbook so that every surface
 * (pane, ribbon, command line) reads it the same way: the plans pointed at by hand, the columns
 * chosen for each plan, and the plans picked for the summary.
 */
import type { CellRange } from './grid';
import type { ColumnOverrides } from './types';

/** The user's columns for one plan, or none: own properties only (a key may be "constructor"). */
export function columnsFor(
  columns: Readonly<Record<string, ColumnOverrides>> | undefined,
  key: string
): ColumnOverrides | undefined {
  return columns && Object.prototype.hasOwnProperty.call(columns, key) ? columns[key] : undefined;
}

/** A plan the user pointed at: read as a plan even where detection found none. */
export interface PointedPlan extends CellRange {
  sheet: string;
  /** The header row (a row of the range); the range's first row when the user did not say. */
  headerRow: number;
}

export interface Choices {
  /** Ranges read as plans, in the order the user pointed at them. */
  pointed: PointedPlan[];
  /** Columns chosen per plan (key: planKey(): the table name or "Sheet!headerRow"). */
  columns: Record<string, ColumnOverrides>;
  /** The plans the summary is built from (plan keys); null: every plan. */
  picked: string[] | null;
}

export function emptyChoices(): Choices {
  return { pointed: [], columns: {}, picked: null };
}

/** True when there is nothing to keep. */
export function noChoices(c: Choices): boolean {
  return c.pointed.length === 0 && Object.keys(c.columns).length === 0 && !c.picked?.length;
}

/** The same range on the same sheet (the header row aside). */
export function samePointed(a: PointedPlan, b: PointedPlan): boolean {
  return (
    a.sheet === b.sheet &&
    a.top === b.top &&
    a.left === b.left &&
    a.bottom === b.bottom &&
    a.right === b.right
  );
}

/**
 * Later choices over earlier ones (the command line's flags over the stored ones): a range pointed
 * at again replaces the earlier one, a field chosen again takes the later column, a later pick
 * replaces the earlier one.
 */
export function mergeChoices(earlier: Choices, later: Choices): Choices {
  const pointed = earlier.pointed.filter((p) => !later.pointed.some((q) => samePointed(p, q)));
  // A Map: a plan key may be any table name, "constructor" or "__proto__" among them.
  const columns = new Map(Object.entries(earlier.columns));
  for (const [key, fields] of Object.entries(later.columns))
    columns.set(key, { ...(columns.get(key) ?? {}), ...fields });
  return {
    pointed: [...pointed, ...later.pointed],
    columns: Object.fromEntries(columns),
    picked: later.picked ?? earlier.picked,
  };
}
