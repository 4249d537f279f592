/**
 * Refresh by package surgery: the summary sheets (and, when asked, the flags on each plan's sheet)
 * go into the package; every other part is copied as stored. Gives the new file's bytes.
 */
import type { Grid, Plan } from '../plan';
import type { OwnedKey, SheetSpec } from '../report/sheetSpec';
import { FLAG_LOOK, flagSheetXml, type FlagResult } from './parts/flagInPlace';
import { OUR_LOOKS } from './parts/ourLooks';
import type { XlsxPackage } from './package';
import { PackageWriter } from './packageWriter';
import { a1Of, ownedSheetsIn } from './parts/ownedSheets';
import { writeSummaries, type SummaryWriteResult } from './parts/writeSummaries';
import { openStyles, saveStyles } from './stylesPart';

export interface RefreshedBytes extends SummaryWriteResult {
  buffer: Buffer;
  flagged: FlagResult[];
}

/** The sheets our RagPlan_* names mark as ours, by key (readers skip them; the history is read from its own). */
export function ownedSheetNames(pkg: XlsxPackage, grids: Grid[]): Map<OwnedKey, string> {
  return ownedSheetsIn(pkg.workbookXml, pkg.sheets, grids);
}

export interface FlagRequest {
  plans: Plan[];
  on: boolean;
}

/**
 * The package with our sheets written. `setAside`: our history sheet cannot be read, so it is kept,
 * visible, under a new name, and the history spec starts a new one (writeSummaries.ts).
 */
export function refreshPackage(
  pkg: XlsxPackage,
  grids: Grid[],
  specs: SheetSpec[],
  flag?: FlagRequest,
  setAside = false
): RefreshedBytes {
  const writer = new PackageWriter(pkg);
  const open = openStyles(writer);
  const styles = open.styles;
  // Every look our sheets can have, first and in one order: styles.xml then stays one size.
  for (const look of OUR_LOOKS) styles.cellStyle(look);
  styles.diffStyle(FLAG_LOOK);
  const flagged: FlagResult[] = [];
  for (const plan of flag?.plans ?? []) {
    const sheet = pkg.sheets.find((s) => s.name === plan.sheet && s.part);
    const xml = sheet?.part ? writer.text(sheet.part) : null;
    if (!sheet?.part || xml === null) continue;
    const done = flagSheetXml(xml, plan, flag!.on, styles);
    flagged.push(done.result);
    if (done.xml !== xml) writer.put(sheet.part, done.xml);
  }
  const written = writeSummaries(writer, styles, specs, a1Of(grids), setAside);
  saveStyles(writer, open);
  return { buffer: writer.bytes(), flagged, ...written };
}
