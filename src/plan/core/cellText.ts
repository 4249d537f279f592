import type { CellValue } from './grid';

/** Any cell value as trimmed text; never throws. Numbers keep their plain JavaScript form. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string')
    return (value.includes('\u00a0') ? value.replace(/\u00a0/g, ' ') : value).trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object' && typeof value.error === 'string') return value.error;
  return '';
}

/** True when the value is an Excel error (#N/A, #REF! ...). */
export function isCellError(value: CellValue | undefined): value is { error: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { error?: unknown }).error === 'string'
  );
}
