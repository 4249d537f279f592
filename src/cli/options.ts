import type { Command } from 'commander';
import { type BlueMeaning, type CheckOptions, isIsoDate, type Since, sinceFrom } from '../plan';
import { UsageError } from './errors';

export interface CommonFlags {
  asOf?: string;
  dueSoonDays?: string;
  blueMeans?: string;
  savingsTolerance?: string;
}

const BLUE: readonly BlueMeaning[] = ['complete', 'carried-over', 'not-started'];

/** The engine's options from the flags both commands share, with clear errors for bad values. */
export function checkOptions(flags: CommonFlags): Partial<CheckOptions> {
  const out: Partial<CheckOptions> = {};
  if (flags.asOf !== undefined) {
    if (!isIsoDate(flags.asOf))
      throw new UsageError(
        `--as-of must be a date written YYYY-MM-DD, such as 2024-03-31 (got "${flags.asOf}")`
      );
    out.asOf = flags.asOf;
  }
  if (flags.dueSoonDays !== undefined) {
    const n = Number(flags.dueSoonDays);
    if (!/^\d+$/.test(flags.dueSoonDays) || !Number.isSafeInteger(n)) {
      throw new UsageError(
        `--due-soon-days must be a whole number of days, 0 or more (got "${flags.dueSoonDays}")`
      );
    }
    out.dueSoonDays = n;
  }
  if (flags.blueMeans !== undefined) {
    if (!BLUE.includes(flags.blueMeans as BlueMeaning))
      throw new UsageError(
        `--blue-means must be one of ${BLUE.join(', ')} (got "${flags.blueMeans}")`
      );
    out.blueMeans = flags.blueMeans as BlueMeaning;
  }
  if (flags.savingsTolerance !== undefined) {
    const n = Number(flags.savingsTolerance);
    if (!/^\d+(\.\d+)?$/.test(flags.savingsTolerance) || n > 100) {
      throw new UsageError(
        `--savings-tolerance must be a percentage from 0 to 100, such as 5 (got "${flags.savingsTolerance}")`
      );
    }
    out.savingsTolerance = n / 100;
  }
  return out;
}

/** The flags that decide how states are worked out, shared by check, refresh and diff. */
export function addRatingFlags(command: Command): Command {
  return command
    .option('--due-soon-days <n>', 'due within this many days counts as due soon (default 30)')
    .option(
      '--blue-means <meaning>',
      'what Blue means: complete, carried-over or not-started (default complete)'
    );
}

/** The reading flags of check and refresh: the date, the rating flags and the savings tolerance. */
export function addReadingFlags(command: Command): Command {
  addRatingFlags(
    command.option('--as-of <date>', 'work out states on this date (YYYY-MM-DD; default today)')
  );
  return command.option(
    '--savings-tolerance <percent>',
    'a Green or Blue savings line may forecast this much below target before it is reported (default 5)'
  );
}

/** --since DATE|NAME, shared by check, refresh and diff: what to compare with. */
export function addSinceFlag(command: Command, what: string): Command {
  return command.option(
    '--since <date|name>',
    `${what} since a kept snapshot: the newest on or before a date (YYYY-MM-DD), or the one given that name with --name (default: the last refresh)`
  );
}

/** The baseline --since asks for; undefined when not given. */
export function sinceOf(flags: { since?: string }): Since | undefined {
  if (flags.since === undefined) return undefined;
  const since = sinceFrom(flags.since);
  if (since.kind === 'last')
    throw new UsageError('--since needs a date written YYYY-MM-DD or the name of a kept snapshot');
  return since;
}
