/**
 * Charts and pictures on the user's own sheets, carried over from the original file. ExcelJS
 * drops charts when it loads a workbook (it keeps only pictures), so without this a refresh would
 * delete a chart the user made on any sheet. For each sheet that is kept, its original drawing
 * part and everything the drawing refers to (charts, their styles and colours, pictures, ...) are
 * copied into the file ExcelJS wrote, under free names, and the sheet points at that drawing
 * instead of the one ExcelJS made for its pictures (the original has them too).
 */
import JSZip from 'jszip';
import { addOverride, addRelationship, attr, insertDrawing, relsPathOf, text, worksheetPaths } from './chartInject';
import { REL_DRAWING } from './chartXml';

export interface KeptDrawing {
  sheet: string;
  /** Parts copied from the original file: the drawing, charts, pictures ... */
  parts: number;
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  xml: string;
}

function relsOf(xml: string | null): Rel[] {
  if (!xml) return [];
  return (xml.match(/<Relationship\b[^>]*>/g) ?? []).map((tag) => ({
    id: attr(tag, 'Id') ?? '',
    type: attr(tag, 'Type') ?? '',
    target: attr(tag, 'Target') ?? '',
    external: (attr(tag, 'TargetMode') ?? '').toLowerCase() === 'external',
    xml: tag,
  }));
}

async function optionalText(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async('string') : null;
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

/** A relationship target resolved to a package path ("../charts/chart1.xml" from xl/drawings). */
function resolve(fromDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromDir.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The relative target from a part's folder to another part. */
function relative(fromDir: string, to: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const dest = to.split('/');
  let i = 0;
  while (i < from.length && i < dest.length - 1 && from[i] === dest[i]) i++;
  return [...from.slice(i).map(() => '..'), ...dest.slice(i)].join('/');
}

/** The part's own name if free in the new package, else the same name with the next free number. */
function freePath(zip: JSZip, taken: Set<string>, path: string): string {
  if (!zip.file(path) && !taken.has(path)) return path;
  const m = /^(.*?)(\d*)(\.[^./]+)$/.exec(path);
  const [stem, ext] = m ? [m[1], m[3]] : [path, ''];
  for (let n = 1; ; n++) {
    const candidate = `${stem}${n}${ext}`;
    if (!zip.file(candidate) && !taken.has(candidate)) return candidate;
  }
}

function contentTypeOf(types: string, path: string): { override: string | null; extension: string; default: string | null } {
  const override = (types.match(/<Override\b[^>]*>/g) ?? []).find((t) => attr(t, 'PartName') === `/${path}`);
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const dflt = (types.match(/<Default\b[^>]*>/g) ?? []).find((t) => (attr(t, 'Extension') ?? '').toLowerCase() === extension);
  return { override: override ? attr(override, 'ContentType') : null, extension, default: dflt ? attr(dflt, 'ContentType') : null };
}

function addDefault(types: string, extension: string, type: string): string {
  const has = (types.match(/<Default\b[^>]*>/g) ?? []).some((t) => (attr(t, 'Extension') ?? '').toLowerCase() === extension);
  return has ? types : types.replace(/<Types\b[^>]*>/, (open) => `${open}<Default Extension="${extension}" ContentType="${type}"/>`);
}

/** Removes a part, its relationships part and its content-type override. */
function dropPart(zip: JSZip, path: string, types: string): string {
  zip.remove(path);
  zip.remove(relsPathOf(path));
  return types.replace(new RegExp(`<Override\\b[^>]*PartName="/${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
}

/**
 * Copies the original drawings of the `keep` sheets into `written`. Sheets are matched by name;
 * a sheet without a drawing in the original is left as ExcelJS wrote it.
 */
export async function keepDrawings(original: JSZip, written: JSZip, keep: string[]): Promise<KeptDrawing[]> {
  const out: KeptDrawing[] = [];
  const fromPaths = await worksheetPaths(original);
  const toPaths = await worksheetPaths(written);
  const fromTypes = await text(original, '[Content_Types].xml');
  let types = await text(written, '[Content_Types].xml');

  for (const sheet of keep) {
    const from = fromPaths.get(sheet);
    const to = toPaths.get(sheet);
    if (!from || !to) continue;
    const fromXml = await text(original, from);
    const drawingId = /<drawing\b[^>]*\br:id="([^"]+)"/.exec(fromXml)?.[1];
    if (!drawingId) continue;
    const fromRel = relsOf(await optionalText(original, relsPathOf(from))).find((r) => r.id === drawingId);
    if (!fromRel || fromRel.external) continue;

    // Copy the drawing and everything it refers to, depth first, each part once.
    const copied = new Map<string, string>();
    const taken = new Set<string>();
    const copy = async (path: string): Promise<string | null> => {
      const done = copied.get(path);
      if (done) return done;
      const part = original.file(path);
      if (!part) return null;
      const target = freePath(written, taken, path);
      taken.add(target);
      copied.set(path, target);
      const rels = relsOf(await optionalText(original, relsPathOf(path)));
      let relsXml = await optionalText(original, relsPathOf(path));
      for (const r of rels) {
        if (r.external) continue;
        const newTarget = await copy(resolve(dirOf(path), r.target));
        if (newTarget && relsXml) relsXml = relsXml.replace(r.xml, r.xml.replace(/Target="[^"]*"/, `Target="${relative(dirOf(target), newTarget)}"`));
      }
      written.file(target, await part.async('uint8array'));
      if (relsXml) written.file(relsPathOf(target), relsXml);
      const ct = contentTypeOf(fromTypes, path);
      if (ct.override) types = addOverride(types, `/${target}`, ct.override);
      else if (ct.default) types = addDefault(types, ct.extension, ct.default);
      return target;
    };
    const drawing = await copy(resolve(dirOf(from), fromRel.target));
    if (!drawing) continue;

    // The sheet now points at the copied drawing; ExcelJS's own drawing (pictures only) goes.
    let sheetXml = await text(written, to);
    const relsPath = relsPathOf(to);
    let sheetRels = await optionalText(written, relsPath);
    const own = /<drawing\b[^>]*\br:id="([^"]+)"[^>]*\/>/.exec(sheetXml);
    if (own) {
      sheetXml = sheetXml.replace(own[0], '');
      const rel = relsOf(sheetRels).find((r) => r.id === own[1]);
      if (rel && sheetRels) {
        sheetRels = sheetRels.replace(rel.xml, '');
        types = dropPart(written, resolve(dirOf(to), rel.target), types);
      }
    }
    const { xml, id } = addRelationship(sheetRels, REL_DRAWING, relative(dirOf(to), drawing));
    written.file(relsPath, xml);
    written.file(to, insertDrawing(sheetXml, id));
    out.push({ sheet, parts: copied.size });
  }
  written.file('[Content_Types].xml', types);
  return out;
}
