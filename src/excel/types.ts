/** The adapter's public shapes; the refresh workflow's ExcelPort (./workflow.ts) matches them. */
import type { BlueMeaning, ColumnOverrides } from '../plan';
import type { SheetKey } from '../report/sheetSpec';
import type { UndoOutcome } from './run';

/** Where a plan lives in the workbook. */
export interface PlanSource {
  /** 'history': the very hidden sheet where refreshes keep their snapshots, read only by a refresh. */
  kind: 'table' | 'range' | 'history';
  sheet: string;
  /** The Excel table's name, for a table. */
  name: string | null;
  /** Sheet address without the sheet part, e.g. "A1:F40". */
  address: string;
  /** True on the sheet the user has open. */
  active?: boolean;
  /** True when the sheet is hidden (very hidden sheets are never sources). */
  hidden?: boolean;
}

/** Settings remembered in the workbook. */
export interface StoredSettings {
  asOf: string | null;
  dueSoonDays: number;
  blueMeans: BlueMeaning;
  overrides: Record<string, ColumnOverrides>;
  /** Plan keys the summary is built from; null: every plan in the workbook. */
  picked?: string[] | null;
}

export interface WriteProgress {
  phase: 'writing' | 'formatting' | 'charts';
  sheet: string;
  /** 0-based index of the sheet being written. */
  index: number;
  count: number;
}

export interface WriteOptions {
  onProgress?(p: WriteProgress): void;
  /** Checked before anything is written; see write.ts for what a late cancel does. */
  signal?: AbortSignal;
  /** Told when nothing more can be stopped: the first change is about to be sent. */
  onCommitted?(): void;
}

export interface WriteResult {
  written: { key: SheetKey; name: string }[];
  /** Sheets written under another name because a user's sheet already had the wanted one. */
  renamed: { key: SheetKey; wanted: string; used: string }[];
  /** context.sync() calls the write made, and the estimated bytes of each content request. */
  syncs: number;
  requestBytes: number[];
  /** What Undo does to the write: all of it at once, a part at a time, or nothing (see run.ts). */
  undo: UndoOutcome;
}
