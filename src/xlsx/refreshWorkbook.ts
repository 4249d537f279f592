/**
 * Refresh by package surgery: the summary sheets (and, when asked, the flags on each plan's sheet)
 * go into the package; every other part is copied as stored. Gives the new file's bytes.
 */
import type { CellValue, Grid, Plan } from '../plan';
import { SHEET_TITLES } from '../report/buildSheets';
import type { OwnedKey, SheetSpec } from '../report/sheetSpec';
import { FLAG_LOOK, flagSheetXml, type FlagResult } from './parts/flagInPlace';
import { OUR_LOOKS } from './parts/ourLooks';
import { partText, workbookPartOf, type XlsxPackage } from './package';
import { PackageWriter } from './packageWriter';
import { ownedSheets, writeSummaries, type SummaryWriteResult } from './parts/writeSummaries';
import { EMPTY_STYLES, StylesWriter } from './parts/writeStyles';
import { relativeTarget, relsPathOf } from './xml/xml';

const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const REL_STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

export interface RefreshedBytes extends SummaryWriteResult {
  buffer: Buffer;
  flagged: FlagResult[];
}

function a1Of(grids: Grid[]): (sheet: string) => CellValue {
  return (sheet) => grids.find((g) => g.sheet === sheet)?.values[0]?.[0] ?? null;
}

/** The sheets our RagPlan_* names mark as ours, by key (readers skip them; the history is read from its own). */
export function ownedSheetNames(pkg: XlsxPackage, grids: Grid[]): Map<OwnedKey, string> {
  const keys = Object.keys(SHEET_TITLES) as OwnedKey[];
  const specs = keys.map((key) => ({ key, values: [[SHEET_TITLES[key]]] }));
  return ownedSheets(pkg.workbookXml, pkg.sheets, specs, a1Of(grids));
}

function stylesOf(writer: PackageWriter): { styles: StylesWriter; part: string } {
  const pkg = writer.pkg;
  const part = workbookPartOf(pkg, 'styles');
  if (part) return { styles: new StylesWriter(partText(pkg, part) ?? EMPTY_STYLES), part };
  // A workbook with no styles part (some generators write none): ours becomes its styles part.
  const made = writer.freeName((n) => `xl/styles${n === 1 ? '' : n}.xml`);
  const relsPart = relsPathOf(pkg.workbookPart);
  const rels = writer.text(relsPart) ?? '';
  writer.put(
    relsPart,
    rels.replace(
      /<\/(\w+:)?Relationships>\s*$/,
      (close) =>
        `<Relationship Id="rIdRagPlanStyles" Type="${REL_STYLES}" Target="${relativeTarget(pkg.workbookPart, made)}"/>${close}`
    )
  );
  return { styles: new StylesWriter(EMPTY_STYLES), part: made };
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
  const { styles, part: stylesPart } = stylesOf(writer);
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
  const stylesXml = styles.xml();
  if (stylesXml !== writer.text(stylesPart)) writer.put(stylesPart, stylesXml, CT_STYLES);
  return { buffer: writer.bytes(), flagged, ...written };
}
