/**
 * The bytes of a workbook after writeSummarySheets: ExcelJS writes the cells, then the summary
 * sheets' charts are added as real Excel charts (chartInject.ts) under the names the sheets were
 * written with. When the workbook came from a file, what ExcelJS loses on the way is put back
 * from that file: the defined names exactly as they were (writeDefinedNames.ts) and the charts
 * and pictures on every sheet that is not one of ours (writeKeptDrawings.ts).
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetKey, SheetSpec } from '../report/sheetSpec';
import { chartsOf, injectChartsInZip, toBuffer, type InjectResult } from './chartInject';
import { definedNamesOf, restoreNamesInZip } from './writeDefinedNames';
import { keepDrawings, type KeptDrawing } from './writeKeptDrawings';

export interface WorkbookBytes {
  buffer: Buffer;
  charts: InjectResult['added'];
  skipped: InjectResult['skipped'];
  /** The user's sheets whose charts and pictures were carried over from the original file. */
  kept: KeptDrawing[];
  /** Kinds of content the original file has and this one lacks (ExcelJS cannot write them). */
  lost: string[];
}

/** Content ExcelJS drops on a round trip, by the package parts that hold it. */
const DROPPED: [RegExp, string][] = [
  [/^xl\/pivot(?:Tables|Cache)\//, 'pivot tables'],
  [/^xl\/slicer(?:s|Caches)\//, 'slicers'],
  [/^xl\/timeline(?:s|Caches)\//, 'timelines'],
  [/^xl\/externalLinks\//, 'links to other workbooks'],
  [/^xl\/vbaProject\.bin$/, 'macros'],
  [/^xl\/threadedComments\//, 'threaded comments'],
  [/^xl\/connections\.xml$/, 'data connections'],
  [/^xl\/queryTables\//, 'query tables'],
  [/^xl\/chartsheets\//, 'chart sheets'],
  [/^xl\/(?:ctrlProps|activeX)\//, 'form controls'],
  [/^xl\/model\//, 'a data model'],
  [/^customXml\//, 'custom XML (such as sensitivity labels)'],
];

/** What the original has that the written package does not, in plain words. */
export function lostContent(original: JSZip, written: JSZip): string[] {
  const has = (zip: JSZip, re: RegExp) => Object.keys(zip.files).some((f) => !zip.files[f].dir && re.test(f));
  return [...new Set(DROPPED.filter(([re]) => has(original, re) && !has(written, re)).map(([, kind]) => kind))];
}

/** `original`: the bytes of the file the workbook was loaded from; omit it for a new workbook. */
export async function workbookBytes(
  workbook: ExcelJS.Workbook,
  specs: SheetSpec[],
  written: { key: SheetKey; name: string }[],
  original?: Buffer,
): Promise<WorkbookBytes> {
  const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  let kept: KeptDrawing[] = [];
  let lost: string[] = [];
  if (original) {
    const ours = new Set(written.map((w) => w.name));
    const source = await JSZip.loadAsync(original);
    kept = await keepDrawings(
      source,
      zip,
      workbook.worksheets.map((w) => w.name).filter((n) => !ours.has(n)),
    );
    await restoreNamesInZip(zip, await definedNamesOf(original));
    lost = lostContent(source, zip);
  }
  const { added, skipped } = await injectChartsInZip(zip, chartsOf(specs, written));
  return { buffer: await toBuffer(zip), charts: added, skipped, kept, lost };
}
