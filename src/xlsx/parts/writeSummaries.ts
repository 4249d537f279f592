/**
 * Our summary sheets written into the package by surgery, under the ownership rule both writers
 * share (report/ownership.ts): an owned sheet is replaced in its part, at its tab position, with
 * its relationship id; a new one is appended. Its old drawing and charts go, new ones come. In
 * xl/workbook.xml only the <sheet> elements of ours and our workbook-scoped RagPlan_* names change;
 * in the workbook's relationships only ours are added.
 */
import { type CellValue, quoteSheet } from '../../plan';
import {
  holdsTitle,
  OWNER_NAMES,
  ownerTarget,
  placeSheets,
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
import { isOwnerName, readDefinedNames, replaceOwnerNames } from './definedNames';
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
import { parseRels, relativeTarget, relsPathOf, relsXml } from '../xml/xml';

export interface SummaryWriteResult {
  written: { key: SheetKey; name: string }[];
  renamed: { key: SheetKey; wanted: string; used: string }[];
  charts: { sheet: string; charts: string[] }[];
}

/** Sheet names our workbook-scoped RagPlan_* names mark as ours, when the sheet's A1 holds the title. */
export function ownedSheets(
  workbookXml: string,
  sheets: PackageSheet[],
  specs: Pick<SheetSpec, 'key' | 'values'>[],
  a1: (sheet: string) => CellValue
): Map<SheetKey, string> {
  const names = readDefinedNames(workbookXml).filter(isOwnerName);
  const owned = new Map<SheetKey, string>();
  for (const spec of specs) {
    const name = names.find((n) => n.name.toLowerCase() === OWNER_NAMES[spec.key].toLowerCase());
    const target = ownerTarget(name?.formula);
    const sheet = target
      ? sheets.find((s) => s.kind === 'worksheet' && s.name.toLowerCase() === target.toLowerCase())
      : undefined;
    if (sheet && holdsTitle(a1(sheet.name), spec as SheetSpec)) owned.set(spec.key, sheet.name);
  }
  return owned;
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
    if (parseRels(from, writer.text(entry.name)).some((r) => !r.external && r.target === target))
      return true;
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

/** Writes the specs' sheets into the package; `a1` gives a sheet's A1 value (for the ownership rule). */
export function writeSummaries(
  writer: PackageWriter,
  styles: StylesWriter,
  specs: SheetSpec[],
  a1: (sheet: string) => CellValue
): SummaryWriteResult {
  const pkg = writer.pkg;
  const owned = ownedSheets(pkg.workbookXml, pkg.sheets, specs, a1);
  const placements = placeSheets(
    specs,
    pkg.sheets.map((s) => s.name),
    owned
  );
  const relsPart = relsPathOf(pkg.workbookPart);
  const ctx: Context = {
    writer,
    styles,
    workbookXml: pkg.workbookXml,
    workbookRels: writer.text(relsPart) ?? relsXml([]),
  };
  ctx.workbookXml = withRelationshipsNamespace(ctx.workbookXml);
  const charts: SummaryWriteResult['charts'] = [];
  placements.forEach((p, i) => {
    const names = placeOne(ctx, p, specs[i]);
    if (names.length > 0) charts.push({ sheet: p.used, charts: names });
  });
  const names = placements.map((p) => ({
    name: OWNER_NAMES[p.key],
    formula: `${quoteSheet(p.used)}!$A$1`,
  }));
  writer.put(pkg.workbookPart, replaceOwnerNames(ctx.workbookXml, names));
  if (ctx.workbookRels !== writer.text(relsPart)) writer.put(relsPart, ctx.workbookRels);
  return {
    written: placements.map((p) => ({ key: p.key, name: p.used })),
    renamed: placements
      .filter((p) => p.used !== p.wanted)
      .map((p) => ({ key: p.key, wanted: p.wanted, used: p.used })),
    charts,
  };
}
