/** The money columns of a plan, grouped by financial year: what the finance step reads per row. */
import { unitFromHeader } from '../read';
import type { MoneyUnit, Column, MoneyKind } from '../core';

/** A money column as the finance step reads it. */
export interface MoneySpec {
  kind: MoneyKind;
  year: string | null;
  header: string;
  col: number;
  /** The unit the header names, or null (figures then read as pounds unless a format says). */
  unit: MoneyUnit | null;
}

/** One financial year's columns (or the only ones, year null). */
export interface YearGroup {
  year: string | null;
  target?: MoneySpec;
  forecast?: MoneySpec;
  shortfall?: MoneySpec;
}

const KINDS: Record<string, MoneyKind> = {
  savings: 'target',
  forecast: 'forecast',
  shortfall: 'shortfall',
};

/** "2025-26", "2025/2026", "25/26", "FY2025/26" -> "2025/26"; null when the text names no year. */
export function normaliseYear(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = /(?:^|[^\d])((?:19|20)?\d{2})\s*[/\-–]\s*((?:19|20)?\d{2})(?!\d)/.exec(text);
  if (!m) return null;
  const start = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  const end = Number(m[2]) % 100;
  return (start + 1) % 100 === end ? `${start}/${String(end).padStart(2, '0')}` : null;
}

/** The money columns among a plan's columns, with the year each names (from detection or its header). */
export function moneySpecs(columns: readonly (Column & { year?: string | null })[]): MoneySpec[] {
  const specs: MoneySpec[] = [];
  for (const c of columns) {
    const kind = KINDS[c.field];
    if (!kind) continue;
    specs.push({
      kind,
      year: normaliseYear(c.year) ?? normaliseYear(c.header),
      header: c.header,
      col: c.col,
      unit: unitFromHeader(c.header),
    });
  }
  return specs;
}

/**
 * Columns grouped by year, in sheet order. Where the tracker has a column per year, a column with no
 * year is its row total ("Total £m"): it is left out, so no saving is counted twice. Where only one
 * year is named ("2024/25 saving" beside "Forecast"), the other columns are that year's.
 */
export function yearGroups(specs: MoneySpec[]): YearGroup[] {
  const years = new Set(specs.map((s) => s.year).filter((y) => y !== null));
  const only = years.size === 1 ? [...years][0] : null;
  const groups = new Map<string | null, YearGroup>();
  for (const s of specs) {
    if (years.size > 1 && s.year === null) continue;
    const year = s.year ?? only;
    let g = groups.get(year);
    if (!g) groups.set(year, (g = { year }));
    if (!g[s.kind]) g[s.kind] = s;
  }
  return [...groups.values()];
}
