/**
 * Where the engine chose among columns (plan.chosen, recorded by detect/columns.ts), check says so
 * and gives the flags that read the plan the same way whatever is found next time; changing one
 * flag's column chooses otherwise.
 */
import { columnHeader, columnLetters, rangeRef, type Plan } from '../plan';
import { CHOICES_SAY } from '../report/messages';

/** An argument as a POSIX shell reads it back: bare when safe, else in double quotes. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** A column as --column names it: its header when no other column of the plan has it, else its letter. */
function columnName(plan: Plan, col: number): string {
  const all = [...plan.columns, ...plan.unmapped];
  const header = columnHeader(plan, col).replace(/\s+/g, ' ').trim();
  const same = all.filter(
    (c) => c.header.replace(/\s+/g, ' ').trim().toLowerCase() === header.toLowerCase()
  );
  const unique = header !== '' && new Set(same.map((c) => c.col)).size === 1;
  return unique && !/^(none|ignore)$/i.test(header) ? header : columnLetters(col);
}

const described = (plan: Plan, col: number): string => {
  const header = columnHeader(plan, col);
  return header ? `${columnLetters(col)} ("${header}")` : columnLetters(col);
};

/** The flags that reproduce the plan's reading: its range and each column the engine chose. */
export function reproducingFlags(plan: Plan): string {
  const flags = [`--plan ${shellWord(rangeRef({ sheet: plan.sheet, ...plan.range }))}`];
  // The user's own columns first (kept in the workbook or given as flags), then the engine's choices.
  const columns = [
    ...plan.columns.filter((c) => c.overridden),
    ...(plan.chosen ?? []).filter(
      (c) => !plan.columns.some((o) => o.overridden && o.field === c.field)
    ),
  ];
  for (const c of columns)
    flags.push(`--column ${shellWord(`${c.field}=${columnName(plan, c.col)}`)}`);
  return flags.join(' ');
}

/** check's lines under a plan where the engine chose: what it chose, then the flags. */
export function* choiceLines(plan: Plan): Generator<string> {
  if (!plan.chosen?.length) return;
  yield '  Chosen:';
  for (const c of plan.chosen)
    yield `    ${CHOICES_SAY.chose(
      c.field,
      described(plan, c.col),
      c.others.map((o) => described(plan, o)),
      c.doubt
    )}`;
  yield `  ${CHOICES_SAY.reproduce(reproducingFlags(plan))}`;
}
