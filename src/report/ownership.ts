/**
 * Which summary sheets are RAG Plan's own, and the name each new sheet gets — the rule both
 * writers share (src/excel and src/xlsx both apply it). A sheet is
 * ours when the workbook-scoped name RagPlan_<Key> refers to that sheet's $A$1 AND its A1 holds
 * the report's title. Only our sheets are ever replaced; a user's sheet with the wanted name is
 * left alone and ours takes "Summary (RAG Plan)", then "Summary (RAG Plan) 2", ...
 */
import { parseCellRef } from '../plan';
import type { SheetKey, SheetSpec } from './sheetSpec';

export const OWNER_NAMES: Record<SheetKey, string> = {
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
export function holdsTitle(a1: unknown, spec: SheetSpec): boolean {
  const title = titleOf(spec).trim();
  return title !== '' && typeof a1 === 'string' && a1.trim() === title;
}

export interface Placement {
  key: SheetKey;
  wanted: string;
  used: string;
  /** Our existing sheet this one replaces, or null. */
  replaces: string | null;
}

/** Names for the new sheets; owned sheets are being replaced, so their names are free again. */
export function placeSheets(
  specs: SheetSpec[],
  existing: string[],
  owned: Map<SheetKey, string>
): Placement[] {
  const replaced = new Set([...owned.values()].map(lower));
  const taken = new Set(existing.map(lower).filter((n) => !replaced.has(n)));
  return specs.map((spec) => {
    const used = freeName(spec.name, taken);
    taken.add(lower(used));
    return { key: spec.key, wanted: spec.name, used, replaces: owned.get(spec.key) ?? null };
  });
}

/** The wanted name if free, else "Summary (RAG Plan)", "Summary (RAG Plan) 2", ... within Excel's 31 characters. */
export function freeName(wanted: string, taken: Set<string>): string {
  if (!taken.has(lower(wanted))) return wanted;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (RAG Plan)' : ` (RAG Plan) ${n}`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(lower(name))) return name;
  }
}

function lower(name: string): string {
  return name.toLowerCase();
}
