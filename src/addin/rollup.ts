/**
 * The pane's roll-up: plans from other workbooks the user picks, read in the pane (nothing leaves
 * the machine), summarised through the same pipeline as `rag-plan rollup`, and the summary sheets
 * written into the open workbook. The reader and the roll-up load only when asked for
 * (rollupWork.ts, its own chunk): the pane's first load stays small. The file names are kept in the
 * workbook's settings, so the next roll-up can ask for them again by name.
 */
import type { ExcelPort } from './workflow';
import { oneRefreshAtATime } from './refreshLock';

/** A file the user picked: its name and, when asked, its bytes (a browser File is one). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What the roll-up uses of the Office.js adapter. */
export type RollupPort = Pick<
  ExcelPort,
  'findPlanSources' | 'readGrids' | 'writeSummarySheets' | 'loadSettings' | 'saveSettings'
>;

/** Each workbook picked, read (with its plans and actions) or not (with the line saying why). */
export interface RolledUpWorkbook {
  file: string;
  /** What the Summary calls it (its title, else its file name). */
  name: string;
  plans: number;
  actions: number;
  /** "cannot read 'x.xlsx': …", or null when it was read. */
  problem: string | null;
}

export interface RollupOutcome {
  /** False when no plan could be read from any workbook: nothing was written. */
  ok: boolean;
  /** What was read and written, a line each. */
  lines: string[];
  workbooks: RolledUpWorkbook[];
}

/** Reads the picked workbooks and writes the roll-up into this workbook; one refresh at a time. */
export async function rollUpFiles(
  excel: RollupPort,
  files: PickedFile[],
  now = new Date()
): Promise<RollupOutcome> {
  const { rollUpNow } = await import(/* webpackChunkName: "rollup" */ './rollupWork');
  return oneRefreshAtATime('pane', () => rollUpNow(excel, files, now));
}

/** The file names the last roll-up read, to ask for again; empty when there was none. */
export async function rememberedRollup(excel: Pick<ExcelPort, 'loadSettings'>): Promise<string[]> {
  return (await excel.loadSettings()).rollupSources ?? [];
}
