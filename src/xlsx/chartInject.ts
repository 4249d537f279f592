/**
 * Adds real Excel charts to a workbook ExcelJS has written (ExcelJS cannot write charts): for each
 * sheet with ChartSpecs, a chart part per chart (xl/charts/chartN.xml), one drawing placing them
 * (xl/drawings/drawingN.xml and its rels), the sheet's relationship to the drawing, its
 * <drawing r:id> element, and the content types. Nothing else in the package changes.
 *
 * A sheet that already has a drawing (pictures, a user's own charts) is left as it is and
 * reported in `skipped`; the summary sheets the writer makes never have one.
 */
import JSZip from 'jszip';
import type { ChartSpec, SheetSpec, SpecValue } from '../report/sheetSpec';
import { CT_CHART, CT_DRAWING, chartXml, drawingXml, REL_CHART, REL_DRAWING, relsXml, type Anchor } from './chartXml';

/** The charts of one written sheet, under the name it was written with. */
export interface SheetCharts {
  sheet: string;
  charts: ChartSpec[];
  /** The sheet's values from A1, for the charts' caches. */
  values: SpecValue[][];
}

export interface InjectResult {
  buffer: Buffer;
  /** Charts added, by sheet. */
  added: { sheet: string; charts: string[] }[];
  /** Sheets whose charts were not added, and why. */
  skipped: { sheet: string; reason: string }[];
}

/** Pairs written sheets with their specs' charts (the writer's `written` list gives the names used). */
export function chartsOf(specs: SheetSpec[], written: { key: SheetSpec['key']; name: string }[]): SheetCharts[] {
  return written.flatMap((w) => {
    const spec = specs.find((s) => s.key === w.key);
    return spec && spec.charts.length > 0 ? [{ sheet: w.name, charts: spec.charts, values: spec.values }] : [];
  });
}

export async function injectCharts(xlsx: Buffer | Uint8Array | ArrayBuffer, sheets: SheetCharts[]): Promise<InjectResult> {
  const zip = await JSZip.loadAsync(xlsx);
  const { added, skipped } = await injectChartsInZip(zip, sheets);
  return { buffer: await toBuffer(zip), added, skipped };
}

/** injectCharts on a package already open, for callers that change other parts too. */
export async function injectChartsInZip(zip: JSZip, sheets: SheetCharts[]): Promise<Omit<InjectResult, 'buffer'>> {
  const added: InjectResult['added'] = [];
  const skipped: InjectResult['skipped'] = [];
  const wanted = sheets.filter((s) => s.charts.length > 0);
  if (wanted.length === 0) return { added, skipped };

  const sheetPaths = await worksheetPaths(zip);
  let contentTypes = await text(zip, '[Content_Types].xml');
  let chartNo = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  let drawingNo = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);

  for (const s of wanted) {
    const sheetPath = sheetPaths.get(s.sheet);
    if (!sheetPath) {
      skipped.push({ sheet: s.sheet, reason: 'the sheet is not in the workbook' });
      continue;
    }
    let sheetXml = await text(zip, sheetPath);
    if (/<drawing\b/.test(sheetXml)) {
      skipped.push({ sheet: s.sheet, reason: 'the sheet already has a drawing' });
      continue;
    }

    const anchors: Anchor[] = [];
    const chartRels: { id: string; type: string; target: string }[] = [];
    for (const [i, chart] of s.charts.entries()) {
      const part = `xl/charts/chart${chartNo}.xml`;
      zip.file(part, chartXml(chart, s.sheet, s.values));
      contentTypes = addOverride(contentTypes, `/${part}`, CT_CHART);
      const relId = `rId${i + 1}`;
      chartRels.push({ id: relId, type: REL_CHART, target: `../charts/chart${chartNo}.xml` });
      anchors.push({ chart, relId });
      chartNo += 1;
    }
    const drawingPart = `xl/drawings/drawing${drawingNo}.xml`;
    zip.file(drawingPart, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(chartRels));
    contentTypes = addOverride(contentTypes, `/${drawingPart}`, CT_DRAWING);

    const sheetRelsPath = relsPathOf(sheetPath);
    const existing = zip.file(sheetRelsPath) ? await text(zip, sheetRelsPath) : null;
    const { xml: sheetRels, id } = addRelationship(existing, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`);
    zip.file(sheetRelsPath, sheetRels);
    sheetXml = insertDrawing(sheetXml, id);
    zip.file(sheetPath, sheetXml);
    drawingNo += 1;
    added.push({ sheet: s.sheet, charts: s.charts.map((c) => c.name) });
  }
  zip.file('[Content_Types].xml', contentTypes);
  return { added, skipped };
}

export async function toBuffer(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`the workbook has no ${path}`);
  return f.async('string');
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const m = pattern.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  });
  return max + 1;
}

export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? '') : null;
}

/** Text of an XML attribute or element with its entities decoded. */
export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** Sheet name -> path of its part ("xl/worksheets/sheet3.xml"), from workbook.xml and its rels. */
export async function worksheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const id = attr(tag, 'r:id');
    const target = id ? targets.get(id) : undefined;
    if (name !== null && target) out.set(name, target);
  }
  return out;
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

export function addOverride(contentTypes: string, partName: string, type: string): string {
  if (contentTypes.includes(`PartName="${partName}"`)) return contentTypes;
  return contentTypes.replace('</Types>', `<Override PartName="${partName}" ContentType="${type}"/></Types>`);
}

/** Adds a relationship with a fresh id to a rels part (or a new one); returns the part and the id. */
export function addRelationship(existing: string | null, type: string, target: string): { xml: string; id: string } {
  if (!existing) return { xml: relsXml([{ id: 'rId1', type, target }]), id: 'rId1' };
  let max = 0;
  for (const tag of existing.match(/<Relationship\b[^>]*>/g) ?? []) {
    const m = /^rId(\d+)$/.exec(attr(tag, 'Id') ?? '');
    if (m) max = Math.max(max, Number(m[1]));
  }
  const id = `rId${max + 1}`;
  const xml = existing.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
  return { xml, id };
}

/**
 * Elements that must come after <drawing> in a worksheet (CT_Worksheet's fixed order); the
 * drawing goes before the first of them, or at the end.
 */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

export function insertDrawing(sheetXml: string, relId: string): string {
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (root && !/\sxmlns:r=/.test(root[0])) {
    xml = xml.replace(root[0], root[0].replace(/>$/, ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'));
  }
  const element = `<drawing r:id="${relId}"/>`;
  const later = topLevelElements(xml).find((e) => AFTER_DRAWING.includes(e.name));
  const at = later ? later.index : xml.lastIndexOf('</worksheet>');
  return xml.slice(0, at) + element + xml.slice(at);
}

/**
 * The worksheet's child elements (depth 1) and where each starts. Only these count: an extLst
 * inside a conditional format is not the sheet's extLst.
 */
function topLevelElements(xml: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let depth = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      depth -= 1;
      continue;
    }
    if (depth === 1) out.push({ name: name.replace(/^.*:/, ''), index: m.index });
    if (!selfClosing) depth += 1;
  }
  return out;
}
