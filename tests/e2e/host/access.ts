/** Small helpers every proxy uses to reach the workbook model. */
import type { Context } from './context';
import { fail } from './errors';
import { colLetters, type Rect, type SheetModel, type WorkbookModel } from './model';

export function model(context: Context): WorkbookModel {
  return context.host.model;
}

export function findSheet(context: Context, name: string): SheetModel | undefined {
  return model(context).sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** A write to a protected sheet fails with AccessDenied. */
export function guard(sheet: SheetModel): SheetModel {
  if (sheet.protected)
    fail('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
  return sheet;
}

/** True when rectangle `inner` lies inside `outer`. */
export function within(inner: Rect | null, outer: Rect | null): boolean {
  return (
    !!inner &&
    !!outer &&
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.bottom <= outer.bottom &&
    inner.right <= outer.right
  );
}

/** "$A$1" or "$A$1:$F$40": how Excel writes a name's reference. */
export function absolute(r: Rect): string {
  const cell = (row: number, col: number) => `$${colLetters(col)}$${row}`;
  return r.top === r.bottom && r.left === r.right
    ? cell(r.top, r.left)
    : `${cell(r.top, r.left)}:${cell(r.bottom, r.right)}`;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Sheets a user sees (neither hidden nor very hidden). */
export function visibleSheets(m: WorkbookModel): SheetModel[] {
  return m.sheets.filter((s) => (s.visibility ?? 'Visible') === 'Visible');
}
