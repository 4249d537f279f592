/**
 * Which summary sheets are RAG Plan's own, and the name each new sheet gets — the rule both
 * writers share (src/excel and src/xlsx both apply it). A sheet is
 * ours when the workbook-scoped name RagPlan_<Key> refers to that sheet's $A$1 AND its A1 holds
 * the report's title. Only our sheets are ever replaced; a user's sheet with the wanted name is
 * left alone and ours takes "Summary (RAG Plan)", then "Summary (RAG Plan) 2", ...
 */
import { parseCellRef } from '../plan';
import type { OwnedKey, SheetKey, SheetSpec } from './sheetSpec';

export const OWNER_NAMES: Record<OwnedKey, string> = {
  summary: 'RagPlan_Summary',
  overdue: 'RagPlan_Overdue',
  quality: 'RagPlan_DataQuality',
  savings: 'RagPlan_Savings',
  history: 'RagPlan_History',
};

const MAX_SHEET_NAME = 31;

/** The sheet a name refers to when it is exactly that sheet's $A$1 ("=Summary!$A$1" or "'My sheet'!$A$1"). */
export function ownerTarget(formula: string | null | undefined): string | null {
  if (!formula) return null;
  const text = formula.replace(/^=/, '').trim();
  const ref = parseCellRef(text);
  if (!ref) return null;
  return /^\$A\$1$/i.test(text.slice(text.lastIndexOf('!') + 1).trim()) ? ref.sheet : null;
}

/** The report's title: the text of the spec's A1. */
export function titleOf(spec: SheetSpec): string {
  const a1 = spec.values[0]?.[0];
  return a1 === null || a1 === undefined ? '' : String(a1);
}

/** True when a sheet's A1 holds the report's title. */
export function holdsTitle(a1: unknown, spec: Pick<SheetSpec, 'values'>): boolean {
  const title = titleOf(spec as SheetSpec).trim();
  return title !== '' && typeof a1 === 'string' && a1.trim() === title;
}

/** True for the keys of our own sheets; false for a kept sheet, which is the user's. */
export function isOwnedKey(key: SheetKey): key is OwnedKey {
  return key !== 'kept';
}

/**
 * Whether the sheet our name points at is ours: its A1 holds the title; or, for the very hidden
 * history sheet, the name alone (a user cannot see it to copy or reuse it, and an emptied or
 * damaged history is still ours to read, or to set aside when it cannot be read).
 */
export function ownsSheet(a1: unknown, spec: Pick<SheetSpec, 'key' | 'values'>): boolean {
  return spec.key === 'history' || holdsTitle(a1, spec);
}

/** The name a history that cannot be read is kept under, visible, for the user to look at and delete. */
export function setAsideName(taken: Iterable<string>): string {
  return freeName(SET_ASIDE, new Set([...taken].map(lower)), 'counted');
}
const SET_ASIDE = 'Unreadable RAG Plan history';

export interface Placement {
  key: SheetKey;
  wanted: string;
  used: string;
  /** Our existing sheet this one replaces, or null. */
  replaces: string | null;
}

/**
 * Names for the new sheets; owned sheets are being replaced, so their names are free again. A kept
 * sheet is never a replacement, and is numbered ("Kept from Summary 2") rather than marked as ours.
 */
export function placeSheets(
  specs: SheetSpec[],
  existing: string[],
  owned: Map<SheetKey, string>
): Placement[] {
  const replaced = new Set([...owned.values()].map(lower));
  const taken = new Set(existing.map(lower).filter((n) => !replaced.has(n)));
  return specs.map((spec) => {
    const kept = spec.key === 'kept';
    const used = freeName(spec.name, taken, kept ? 'counted' : 'ours');
    taken.add(lower(used));
    const replaces = kept ? null : (owned.get(spec.key) ?? null);
    return { key: spec.key, wanted: spec.name, used, replaces };
  });
}

/**
 * The wanted name if free, else "Summary (RAG Plan)", "Summary (RAG Plan) 2", ... ('ours'), or
 * "Kept from Summary 2", "Kept from Summary 3", ... ('counted'), within Excel's 31 characters.
 */
export function freeName(
  wanted: string,
  taken: Set<string>,
  style: 'ours' | 'counted' = 'ours'
): string {
  const fit = (suffix: string) =>
    wanted.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  if (!taken.has(lower(wanted)) && wanted.length <= MAX_SHEET_NAME) return wanted;
  for (let n = 1; ; n++) {
    const suffix =
      style === 'counted' ? (n === 1 ? '' : ` ${n}`) : n === 1 ? ' (RAG Plan)' : ` (RAG Plan) ${n}`;
    const name = fit(suffix);
    if (!taken.has(lower(name))) return name;
  }
}

function lower(name: string): string {
  return name.toLowerCase();
}
