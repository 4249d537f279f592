/**
 * Defined names as the file has them. ExcelJS mishandles names on a round trip: a sheet-scoped
 * name comes back workbook-scoped (and, sharing a name, overwrites the workbook-scoped one), a
 * formula such as OFFSET(...) is mangled into a bad reference, a constant is dropped, and print
 * areas lose their $ signs. So refresh:
 * 1. reads the names straight from xl/workbook.xml (`readDefinedNames`),
 * 2. lets ExcelJS see only the workbook-scoped RagPlan_* names (`ownerNamesFromFile`), so a user's
 *    copy of a summary sheet (Excel gives the copy a sheet-scoped RagPlan_* name) is never taken
 *    for ours,
 * 3. after ExcelJS has written the file, puts the original <definedName> elements back verbatim,
 *    with only our workbook-scoped RagPlan_* names replaced (`restoreDefinedNames`).
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { OWNER_NAMES } from '../report/ownership';
import { removeName } from './ownership';
import { attr, unescapeXml } from './chartInject';

export interface FileName {
  name: string;
  /** Index of the sheet the name is scoped to, or null for a workbook-scoped name. */
  localSheetId: number | null;
  /** The formula as text (XML entities decoded). */
  formula: string;
  /** The element exactly as it was in the file. */
  xml: string;
}

const OWNER = new Set(Object.values(OWNER_NAMES).map((n) => n.toLowerCase()));

function isOwnerName(n: FileName): boolean {
  return n.localSheetId === null && OWNER.has(n.name.toLowerCase());
}

/** Every <definedName> in a workbook.xml, in file order. */
export function readDefinedNames(workbookXml: string): FileName[] {
  const out: FileName[] = [];
  const element = /<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g;
  for (let m = element.exec(workbookXml); m; m = element.exec(workbookXml)) {
    const name = attr(m[1], 'name');
    if (name === null) continue;
    const local = attr(m[1], 'localSheetId');
    out.push({ name, localSheetId: local !== null && /^\d+$/.test(local) ? Number(local) : null, formula: unescapeXml(m[2] ?? ''), xml: m[0] });
  }
  return out;
}

/** The defined names of an .xlsx file's bytes; none when it has no workbook part (ExcelJS reports that). */
export async function definedNamesOf(xlsx: Buffer | Uint8Array): Promise<FileName[]> {
  try {
    const zip = await JSZip.loadAsync(xlsx);
    const part = zip.file('xl/workbook.xml');
    return part ? readDefinedNames(await part.async('string')) : [];
  } catch {
    return [];
  }
}

/**
 * Makes ExcelJS's RagPlan_* names the file's workbook-scoped ones and nothing else, so the
 * ownership check reads what Excel would.
 */
export function ownerNamesFromFile(workbook: ExcelJS.Workbook, names: FileName[]): void {
  for (const owner of Object.values(OWNER_NAMES)) {
    removeName(workbook, owner);
    const inFile = names.find((n) => isOwnerName(n) && n.name.toLowerCase() === owner.toLowerCase());
    const ref = inFile?.formula.replace(/^=/, '').trim();
    // Only a single-cell reference can mark a sheet; anything else marks nothing.
    if (ref && /^(?:'(?:[^']|'')+'|[^'!:]+)!\$?[A-Z]{1,3}\$?\d+$/i.test(ref)) workbook.definedNames.add(ref, owner);
  }
}

/**
 * workbook.xml as ExcelJS wrote it, with the original names put back: every name the file had
 * (less our workbook-scoped RagPlan_* names), then our new RagPlan_* names, then any name ExcelJS
 * wrote that the file did not have at all.
 */
export function restoreDefinedNames(writtenXml: string, original: FileName[]): string {
  const written = readDefinedNames(writtenXml);
  const known = new Set(original.map((n) => n.name.toLowerCase()));
  const kept = [
    ...original.filter((n) => !isOwnerName(n)),
    ...written.filter(isOwnerName),
    ...written.filter((n) => !isOwnerName(n) && !known.has(n.name.toLowerCase())),
  ];
  const block = kept.length > 0 ? `<definedNames>${kept.map((n) => n.xml).join('')}</definedNames>` : '';
  const existing = /<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\b[^>]*\/>/.exec(writtenXml);
  if (existing) return writtenXml.slice(0, existing.index) + block + writtenXml.slice(existing.index + existing[0].length);
  if (!block) return writtenXml;
  // CT_Workbook order: ... sheets, functionGroups, externalReferences, definedNames, calcPr ...
  const after = ['</externalReferences>', '</functionGroups>', '</sheets>'].map((t) => [t, writtenXml.lastIndexOf(t)] as const).find(([, i]) => i >= 0);
  if (!after) return writtenXml;
  const at = after[1] + after[0].length;
  return writtenXml.slice(0, at) + block + writtenXml.slice(at);
}

/** Applies restoreDefinedNames to the workbook part of an .xlsx held in a JSZip. */
export async function restoreNamesInZip(zip: JSZip, original: FileName[]): Promise<void> {
  const part = zip.file('xl/workbook.xml');
  if (!part) return;
  zip.file('xl/workbook.xml', restoreDefinedNames(await part.async('string'), original));
}
