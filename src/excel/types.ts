/** The adapter's public shapes; the refresh workflow's ExcelPort (./workflow.ts) matches them. */
import type { BlueMeaning, ColumnOverrides, PointedPlan } from '../plan';
import type { OwnedKey, SheetKey } from '../report/sheetSpec';
import type { UndoOutcome } from './run';

/** Where a plan lives in the workbook, or one of our sheets a refresh reads. */
export interface PlanSource {
  /**
   * 'history': the very hidden sheet where refreshes keep their snapshots; 'ours': one of our
   * summary sheets as it is (a refresh reads it to keep what a user typed there). Read only by a
   * refresh, never as plans.
   */
  kind: 'table' | 'range' | 'history' | 'ours';
  /** For 'ours': which of our sheets. */
  key?: OwnedKey;
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
  /** Ranges the user pointed at, read as plans whatever detection finds. */
  pointed?: PointedPlan[];
  /** One line naming kept choices that could not be read (never saved). */
  choicesProblem?: string;
  /** The file names the last roll-up read (the pane asks for them again by name); null: none yet. */
  rollupSources?: string[] | null;
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
  /** Our history sheet cannot be read: keep it, visible, under a new name and start a new one. */
  setAside?: boolean;
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
  /** The history sheet that could not be read, kept under a new name; absent or null when none was set aside. */
  setAside?: { from: string; to: string } | null;
}
