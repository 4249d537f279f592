import { columnLetters, columnNumber } from './address';
import { cellText } from './cellText';
import type { GridReader } from './gridAccess';
import { isRagText } from './read/rag';
import { isStageText } from './read/stage';
import type { Region } from './regions';
import type { Column, ColumnOverrides, Field } from './types';
import { FIELDS } from './types';

export interface ColumnMap {
  columns: Column[];
  unmapped: { header: string; col: number }[];
}

/** RAG or stage, by what a "Status" column holds: most plans' Status is a RAG, some a progress word. */
function statusKind(reader: GridReader, region: Region, col: number): 'rag' | 'stage' {
  let rag = 0;
  let stage = 0;
  const last = Math.min(region.bottom, region.headerRow + 300);
  for (let row = region.headerRow + 1; row <= last; row++) {
    const text = cellText(reader.value(row, col));
    if (!text) continue;
    if (isRagText(text)) rag++;
    else if (isStageText(text)) stage++;
  }
  return stage > rag ? 'stage' : 'rag';
}

/**
 * Maps a region's headers to fields: each field to its first matching column, left to right;
 * then the user's overrides (a column letter, or null to ignore the field) win.
 */
export function mapColumns(reader: GridReader, region: Region, overrides: ColumnOverrides = {}): ColumnMap {
  const byField = new Map<Field, Column>();
  const hasRagHeader = region.headers.some((h) => h.match === 'rag');
  for (const h of region.headers) {
    let field = h.match;
    if (field === 'status') field = hasRagHeader ? 'stage' : statusKind(reader, region, h.col);
    if (!field || byField.has(field)) continue;
    byField.set(field, { field, header: h.text, col: h.col, overridden: false });
  }
  for (const field of FIELDS) {
    if (!(field in overrides)) continue;
    const choice = overrides[field];
    if (choice === null || choice === undefined || choice === '') {
      byField.delete(field);
      continue;
    }
    const col = columnNumber(choice);
    if (col < region.left || col > region.right) continue; // a stale override: keep the guess
    for (const [other, c] of byField) if (c.col === col) byField.delete(other);
    const header = region.headers.find((h) => h.col === col)?.text ?? `Column ${columnLetters(col)}`;
    byField.set(field, { field, header, col, overridden: true });
  }
  const columns = [...byField.values()].sort((a, b) => a.col - b.col);
  const used = new Set(columns.map((c) => c.col));
  const unmapped = region.headers.filter((h) => !used.has(h.col)).map((h) => ({ header: h.text, col: h.col }));
  return { columns, unmapped };
}
