/**
 * Loops for what a spread into a call would do. A spread into push or into Math.max passes
 * every element as an argument on the stack, and a million-row plan overflows it ("Maximum call
 * stack size exceeded"); ESLint forbids spreading into a call anywhere in src (eslint.config.mjs).
 */

/** Appends every item to `target`, one at a time; gives `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest value, and never less than `floor` (-Infinity unless told): `floor` when there are none. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest value, and never more than `ceiling` (Infinity unless told). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}
