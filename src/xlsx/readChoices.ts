/**
 * The user's choices as a saved file carries them: the custom XML part of our namespace, among the
 * customXml/item*.xml parts Excel writes for workbook.customXmlParts. Parts of other namespaces
 * (labels, document properties of other tools) are left alone.
 */
import { CHOICES_NAMESPACE, parseChoices, type ChoicesReading } from '../report/choicesStore';
import { emptyChoices } from '../plan';
import type { XlsxPackage } from './package';
import { readEntry, type ZipEntry } from './zip/zip';

const ITEM = /^customxml\/item\d*\.xml$/i;

/** A part's text as Excel may write it: UTF-8, or UTF-16 with its byte-order mark; null when unreadable. */
function partXml(pkg: XlsxPackage, entry: ZipEntry): string | null {
  try {
    const bytes = readEntry(pkg.zip, entry);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
    return bytes.toString('utf8');
  } catch {
    return null; // a damaged part of someone else's is not ours to report
  }
}

/** The namespace of the root element, or null when there is none. */
function rootNamespace(xml: string): string | null {
  const root = /<(?:([A-Za-z_][\w.-]*):)?[A-Za-z_][\w.-]*\s[^>]*>/.exec(
    xml.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '')
  );
  if (!root) return null;
  const prefix = root[1] ? `xmlns:${root[1]}` : 'xmlns';
  const m = new RegExp(`\\s${prefix}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(root[0]);
  return m ? (m[1] ?? m[2]) : null;
}

/** The choices kept in the file (none when it keeps none), and a line naming a damaged part. */
export function readChoices(pkg: XlsxPackage): ChoicesReading {
  const parts = pkg.zip.entries
    .filter((e) => ITEM.test(e.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  let last: ChoicesReading | null = null;
  const problems: string[] = [];
  for (const entry of parts) {
    const xml = partXml(pkg, entry);
    if (xml === null || rootNamespace(xml) !== CHOICES_NAMESPACE) continue;
    const reading = parseChoices(xml);
    if (reading.problem) problems.push(reading.problem);
    // A part read in full is the one saved last; a damaged one stays in the file, ignored.
    if (!reading.problem || !last) last = reading;
  }
  return {
    choices: last?.choices ?? emptyChoices(),
    problem: problems[0] ?? null,
  };
}
