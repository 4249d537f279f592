import { type RowContext, fieldText } from './context';
import type { FilledCell } from './skip';

/** What a row inherits from the rows above it. */
export interface Carry {
  area: string | null;
  objective: string | null;
  ref: string | null;
  /** An area implied by a theme word in the lead cell (OPPORTUNITIES): holds for its group. */
  theme: string | null;
  /** A section row above ("Section 2: Housing", a merged theme row): the group of the rows below. */
  section: string | null;
  /** True from a section row until the next action: a sentence under it describes it. */
  noActionSinceSection: boolean;
}

export function newCarry(): Carry {
  return {
    area: null,
    objective: null,
    ref: null,
    theme: null,
    section: null,
    noActionSinceSection: false,
  };
}

/**
 * Grouping: a value written once (merged, or left blank below) belongs to every row of its group.
 * A new area or objective ends the theme word's group.
 */
export function carryGroups(ctx: RowContext, row: number, carry: Carry): void {
  const areaText = fieldText(ctx, row, 'area');
  const objectiveText = fieldText(ctx, row, 'objective');
  const refText = fieldText(ctx, row, 'ref');
  if (areaText && areaText !== carry.area) {
    carry.area = areaText;
    carry.theme = null;
  }
  const newGroup =
    (objectiveText && objectiveText !== carry.objective) || (refText && refText !== carry.ref);
  if (newGroup) carry.theme = null;
  if (objectiveText) carry.objective = objectiveText;
  if (refText) carry.ref = refText;
}

/** "Section 2: Housing", "Theme 1 - Place", "Priority 3:", "PART A". */
const SECTION_WORDING =
  /^(?:section|theme|priority|part|chapter|workstream|outcome|objective|area)\s*(?:\d{1,2}|[A-Z])\b/i;

/**
 * A label merged across the table ("Customer services" over every column): a section row. Checked
 * before the row's fields, which would each read the merged label as their own.
 */
export function mergedSection(ctx: RowContext, row: number, filled: FilledCell[]): string | null {
  if (filled.length !== 1) return null;
  const { col: c, text } = filled[0];
  const merge = ctx.reader.mergeOf(row, c + 1);
  if (merge === undefined || merge.top !== row || merge.left !== c || merge.bottom !== row)
    return null;
  const width = Math.min(merge.right, ctx.region.right) - c + 1;
  return width >= Math.max(2, (ctx.region.right - ctx.region.left + 1) / 2) ? text : null;
}

/**
 * A lone label on a band of colour shaded across the table ("Priority: Safe homes" on light blue
 * from the first column to the last): a section row. The RAG cell's shade is the band's, not a
 * rating, so the row is no action.
 */
export function bandedSection(ctx: RowContext, row: number, filled: FilledCell[]): string | null {
  const ragCol = ctx.col.get('rag');
  if (filled.length !== 1 || ragCol === undefined || filled[0].col === ragCol) return null;
  const { reader, region } = ctx;
  const band = reader.fill(row, region.left);
  if (!band) return null;
  for (let c = region.left + 1; c <= region.right; c++)
    if (reader.fill(row, c) !== band) return null;
  return filled[0].text;
}

/** The area the row's label names for the rows below it, or null when the row is not a section row. */
export function sectionLabel(ctx: RowContext, row: number, filled: FilledCell[]): string | null {
  if (filled.length !== 1) return null;
  const { col: c, text } = filled[0];
  if (/^\d+(?:\.\d+)*$/.test(text)) return null; // an empty numbered row, not a heading
  if (SECTION_WORDING.test(text)) return text;
  // A lone label outside the grouping columns heads the rows below when nothing else gives them an area.
  const { col } = ctx;
  if (!col.has('area') && c !== col.get('objective') && c !== col.get('ref')) return text;
  return null;
}

/** A sentence: it ends in a full stop, where a heading does not ("Background context: ... blocked."). */
const SENTENCE = /[a-z0-9)%]\.\s*$/i;

/**
 * A section row starts a new group: what was carried from the section above no longer holds. A
 * sentence right under a section row, before any action, describes that section (a risk's
 * "Background context: ..."): the section stays the group.
 */
export function startSection(carry: Carry, label: string): void {
  if (carry.noActionSinceSection && SENTENCE.test(label)) return;
  carry.noActionSinceSection = true;
  carry.section = label;
  carry.area = null;
  carry.objective = null;
  carry.ref = null;
  carry.theme = null;
}
