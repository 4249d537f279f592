/**
 * Our summary sheets written into the package by surgery, under the ownership rule both writers
 * share (report/ownership.ts): an owned sheet is replaced in its part, at its tab position, with
 * its relationship id; a new one is appended. Its old drawing and charts go, new ones come. In
 * xl/workbook.xml only the <sheet> elements of ours and our workbook-scoped RagPlan_* names change;
 * in the workbook's relationships only ours are added.
 */
import { type CellValue, quoteSheet } from '../../plan';
import {
  isOwnedKey,
  OWNER_NAMES,
  placeSheets,
  setAsideName,
  type Placement,
} from '../../report/ownership';
import type { SheetKey, SheetSpec } from '../../report/sheetSpec';
import {
  CT_CHART,
  CT_DRAWING,
  chartXml,
  drawingXml,
  REL_CHART,
  REL_DRAWING,
  type Anchor,
} from './chartXml';
import { replaceOwnerNames } from './definedNames';
import { ownedSheets } from './ownedSheets';

export { ownedSheets } from './ownedSheets';
import type { PackageSheet } from '../package';
import type { PackageWriter } from '../packageWriter';
import {
  appendSheet,
  CT_WORKSHEET,
  sheetTag,
  withRelationshipsNamespace,
  type BookXml,
} from './appendSheet';
import { sheetXml } from './sheetXml';
import type { StylesWriter } from './writeStyles';
import { escapeXml, parseRels, relativeTarget, relsPathOf, relsXml } from '../xml/xml';
import { partKey } from '../zip/zip';

export interface SummaryWriteResult {
  written: { key: SheetKey; name: string }[];
  renamed: { key: SheetKey; wanted: string; used: string }[];
  charts: { sheet: string; charts: string[] }[];
  /** The history that could not be read, kept visible under this name; null when none was set aside. */
  setAside: { from: string; to: string } | null;
}

/** Parts only our old sheet reaches (its drawing, charts and their own parts), to go with it. */
function partsOfOldSheet(writer: PackageWriter, sheetPart: string): string[] {
  const out: string[] = [];
  const queue = [sheetPart];
  while (queue.length > 0) {
    const part = queue.shift() as string;
    const relsPart = relsPathOf(part);
    if (!writer.has(relsPart)) continue;
    out.push(relsPart);
    for (const rel of parseRels(part, writer.text(relsPart))) {
      if (
        rel.external ||
        out.includes(rel.target) ||
        !/\/(drawing|chart|chartUserShapes|image|chartStyle|chartColorStyle|themeOverride)$/.test(
          rel.type
        )
      )
        continue;
      out.push(rel.target);
      queue.push(rel.target);
    }
  }
  return out;
}

/** Whether any part other than `except` refers to `target` (a picture shared with a user's sheet). */
function referencedElsewhere(writer: PackageWriter, target: string, except: Set<string>): boolean {
  for (const entry of writer.pkg.zip.entries) {
    if (!entry.name.endsWith('.rels') || except.has(entry.name)) continue;
    const from = entry.name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const rels = parseRels(from, writer.text(entry.name));
    if (rels.some((r) => !r.external && partKey(r.target) === partKey(target))) return true;
  }
  return false;
}

function removeOldSheet(writer: PackageWriter, sheetPart: string): void {
  const parts = partsOfOldSheet(writer, sheetPart);
  const ours = new Set(parts.filter((p) => p.endsWith('.rels')));
  for (const p of parts)
    if (p.endsWith('.rels') || !referencedElsewhere(writer, p, ours)) writer.remove(p);
}

function writeCharts(
  writer: PackageWriter,
  sheetPart: string,
  spec: SheetSpec,
  name: string
): string | null {
  if (spec.charts.length === 0) return null;
  const drawing = writer.freeName((n) => `xl/drawings/drawing${n}.xml`);
  const anchors: Anchor[] = [];
  const rels: { id: string; type: string; target: string }[] = [];
  spec.charts.forEach((chart, i) => {
    const part = writer.freeName((n) => `xl/charts/chart${n}.xml`);
    writer.put(part, chartXml(chart, name, spec.values), CT_CHART);
    rels.push({ id: `rId${i + 1}`, type: REL_CHART, target: relativeTarget(drawing, part) });
    anchors.push({ chart, relId: `rId${i + 1}` });
  });
  writer.put(drawing, drawingXml(anchors), CT_DRAWING);
  writer.put(relsPathOf(drawing), relsXml(rels));
  // Our sheet's relationships part is new or was removed with our old sheet: never a user's.
  if (writer.isOriginal(relsPathOf(sheetPart)))
    throw new Error(`refusing to overwrite ${relsPathOf(sheetPart)}, which is not RAG Plan's`);
  writer.put(
    relsPathOf(sheetPart),
    relsXml([{ id: 'rId1', type: REL_DRAWING, target: relativeTarget(sheetPart, drawing) }])
  );
  return 'rId1';
}

/** The workbook's <sheet> element for a sheet, found by its relationship id. */
function sheetElement(workbookXml: string, relId: string): RegExpExecArray | null {
  const re = /<(?:\w+:)?sheet\s[^>]*>/g;
  for (let m = re.exec(workbookXml); m; m = re.exec(workbookXml))
    if (new RegExp(`\\s[\\w]+:id\\s*=\\s*"${relId}"`).test(m[0])) return m;
  return null;
}

interface Context extends BookXml {
  writer: PackageWriter;
  styles: StylesWriter;
}

function placeOne(ctx: Context, p: Placement, spec: SheetSpec): string[] {
  const { writer, styles } = ctx;
  const old = p.replaces
    ? writer.pkg.sheets.find((s) => s.name === p.replaces && s.part)
    : undefined;
  let part: string;
  if (old?.part) {
    part = old.part;
    removeOldSheet(writer, part);
    const el = sheetElement(ctx.workbookXml, old.relId);
    if (el)
      ctx.workbookXml =
        ctx.workbookXml.slice(0, el.index) +
        sheetTag(p.used, old.sheetId, old.relId, spec.visibility) +
        ctx.workbookXml.slice(el.index + el[0].length);
  } else part = appendSheet(writer, ctx, p.used, spec.visibility);
  const drawingRel = writeCharts(writer, part, spec, p.used);
  writer.put(part, sheetXml(spec, styles, drawingRel), CT_WORKSHEET);
  return spec.charts.map((c) => c.name);
}

/**
 * Sets aside the history sheet that cannot be read: renamed to a free "Unreadable RAG Plan history"
 * and made visible, its part untouched, so the user can look at it and delete it; the new history
 * is then written as a new sheet.
 */
function setAsideHistory(ctx: Context, sheet: PackageSheet, names: string[]): string {
  const to = setAsideName(names);
  const el = sheetElement(ctx.workbookXml, sheet.relId);
  if (el) {
    const tag = el[0]
      .replace(/\sstate\s*=\s*"[^"]*"/, '')
      .replace(/(\sname\s*=\s*)"[^"]*"/, (_, lead: string) => `${lead}"${escapeXml(to)}"`);
    ctx.workbookXml =
      ctx.workbookXml.slice(0, el.index) + tag + ctx.workbookXml.slice(el.index + el[0].length);
  }
  return to;
}

/**
 * Writes the specs' sheets into the package; `a1` gives a sheet's A1 value (for the ownership
 * rule). `setAside`: the history sheet of ours cannot be read, so it is kept as it is under a new
 * name and a new one is started.
 */
export function writeSummaries(
  writer: PackageWriter,
  styles: StylesWriter,
  specs: SheetSpec[],
  a1: (sheet: string) => CellValue,
  setAside = false
): SummaryWriteResult {
  const pkg = writer.pkg;
  const owned = ownedSheets(pkg.workbookXml, pkg.sheets, specs, a1);
  const relsPart = relsPathOf(pkg.workbookPart);
  const ctx: Context = {
    writer,
    styles,
    workbookXml: pkg.workbookXml,
    workbookRels: writer.text(relsPart) ?? relsXml([]),
  };
  const names = pkg.sheets.map((s) => s.name);
  const oldHistory = setAside ? pkg.sheets.find((s) => s.name === owned.get('history')) : undefined;
  let setAsideAs: SummaryWriteResult['setAside'] = null;
  if (oldHistory) {
    owned.delete('history');
    const to = setAsideHistory(ctx, oldHistory, names);
    // Its old name is free for the new history; its new one is taken.
    names.splice(names.indexOf(oldHistory.name), 1, to);
    setAsideAs = { from: oldHistory.name, to };
  }
  const placements = placeSheets(specs, names, owned);
  ctx.workbookXml = withRelationshipsNamespace(ctx.workbookXml);
  const charts: SummaryWriteResult['charts'] = [];
  placements.forEach((p, i) => {
    const names = placeOne(ctx, p, specs[i]);
    if (names.length > 0) charts.push({ sheet: p.used, charts: names });
  });
  const ownerNames = placements.flatMap((p) =>
    isOwnedKey(p.key) ? [{ name: OWNER_NAMES[p.key], formula: `${quoteSheet(p.used)}!$A$1` }] : []
  );
  writer.put(pkg.workbookPart, replaceOwnerNames(ctx.workbookXml, ownerNames));
  if (ctx.workbookRels !== writer.text(relsPart)) writer.put(relsPart, ctx.workbookRels);
  return {
    written: placements.map((p) => ({ key: p.key, name: p.used })),
    renamed: placements
      .filter((p) => p.used !== p.wanted && p.key !== 'kept')
      .map((p) => ({ key: p.key, wanted: p.wanted, used: p.used })),
    charts,
    setAside: setAsideAs,
  };
}
