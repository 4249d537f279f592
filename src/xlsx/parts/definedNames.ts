/**
 * Defined names as xl/workbook.xml has them. Refresh changes only our workbook-scoped RagPlan_*
 * names; every other <definedName> element stays exactly as written (a sheet-scoped RagPlan_*
 * name is Excel's copy of one of our sheets, and is the user's).
 */
import { OWNER_NAMES } from '../../report/ownership';
import { attr, escapeXml, unescapeXml } from '../xml/xml';

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

export function isOwnerName(n: FileName): boolean {
  return n.localSheetId === null && OWNER.has(n.name.toLowerCase());
}

/** Every <definedName> in a workbook.xml, in file order. */
export function readDefinedNames(workbookXml: string): FileName[] {
  const out: FileName[] = [];
  const element = /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g;
  for (let m = element.exec(workbookXml); m; m = element.exec(workbookXml)) {
    const name = attr(m[1], 'name');
    if (name === null) continue;
    const local = attr(m[1], 'localSheetId');
    out.push({
      name,
      localSheetId: local !== null && /^\d+$/.test(local) ? Number(local) : null,
      formula: unescapeXml(m[2] ?? ''),
      xml: m[0],
    });
  }
  return out;
}

/**
 * workbook.xml with our workbook-scoped RagPlan_* names replaced by `ours` (name -> formula); every
 * other name's element is left exactly where and as it was.
 */
export function replaceOwnerNames(
  workbookXml: string,
  ours: { name: string; formula: string }[]
): string {
  const fresh = ours
    .map((n) => `<definedName name="${escapeXml(n.name)}">${escapeXml(n.formula)}</definedName>`)
    .join('');
  const block =
    /<((?:\w+:)?)definedNames\b[^>]*>([\s\S]*?)<\/(?:\w+:)?definedNames>|<(?:\w+:)?definedNames\b[^>]*\/>/.exec(
      workbookXml
    );
  if (block) {
    const names = readDefinedNames(block[0]);
    const kept = names.filter((n) => !isOwnerName(n)).map((n) => n.xml);
    const inner = kept.join('') + fresh;
    const prefix = block[1] ?? '';
    const replacement = inner ? `<${prefix}definedNames>${inner}</${prefix}definedNames>` : '';
    // Untouched when nothing of ours changes: the same text back.
    if (names.every((n) => !isOwnerName(n)) && !fresh) return workbookXml;
    return (
      workbookXml.slice(0, block.index) +
      replacement +
      workbookXml.slice(block.index + block[0].length)
    );
  }
  if (!fresh) return workbookXml;
  return withNamesBlock(workbookXml, fresh);
}

/** A new <definedNames> block, where CT_Workbook puts it: ... sheets, functionGroups, externalReferences, definedNames, calcPr ... */
function withNamesBlock(workbookXml: string, inner: string): string {
  const after = ['</externalReferences>', '</functionGroups>', '</sheets>']
    .map((t) => [t, workbookXml.lastIndexOf(t)] as const)
    .find(([, i]) => i >= 0);
  if (!after) return workbookXml;
  const at = after[1] + after[0].length;
  return `${workbookXml.slice(0, at)}<definedNames>${inner}</definedNames>${workbookXml.slice(at)}`;
}

export interface NewName {
  name: string;
  /** The sheet's index in <sheets> for a name scoped to it (print titles); null for the workbook. */
  localSheetId: number | null;
  formula: string;
}

/** workbook.xml with names added after the ones it has; every existing element is left as it was. */
export function addDefinedNames(workbookXml: string, names: NewName[]): string {
  if (names.length === 0) return workbookXml;
  // Written with the prefix the workbook gives its own elements ("x:definedName"), if any.
  const prefix = /<((?:\w+:)?)workbook\b/.exec(workbookXml)?.[1] ?? '';
  const fresh = names
    .map((n) => {
      const local = n.localSheetId === null ? '' : ` localSheetId="${n.localSheetId}"`;
      return `<${prefix}definedName name="${escapeXml(n.name)}"${local}>${escapeXml(n.formula)}</${prefix}definedName>`;
    })
    .join('');
  const close = /<\/((?:\w+:)?)definedNames>/.exec(workbookXml);
  if (close) return workbookXml.slice(0, close.index) + fresh + workbookXml.slice(close.index);
  const empty = /<((?:\w+:)?)definedNames\b[^>]*\/>/.exec(workbookXml);
  if (empty)
    return `${workbookXml.slice(0, empty.index)}<${empty[1]}definedNames>${fresh}</${empty[1]}definedNames>${workbookXml.slice(empty.index + empty[0].length)}`;
  return withNamesBlock(workbookXml, fresh);
}
