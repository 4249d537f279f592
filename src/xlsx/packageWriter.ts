/**
 * The package being written: parts replaced, removed or added over the original, every other part
 * copied as stored (its compressed bytes untouched). Content types follow the parts added and
 * removed; nothing else in [Content_Types].xml changes.
 *
 * Part names are compared without regard to case, as the package format does: "Sheet1.xml" and
 * "sheet1.xml" are one part, so a part is replaced under the name it is stored with and a new part
 * never takes a name that differs from an existing one only in case.
 */
import { type XlsxPackage, partText } from './package';
import { escapeXml, relsPathOf } from './xml/xml';
import { findEntry, partKey, writeZip, type OutPart } from './zip/zip';

const CONTENT_TYPES = '[Content_Types].xml';

/** A part's new content: text, or UTF-8 bytes (our big sheets come as chunks, never joined). */
type Content = string | Buffer | Buffer[];

export class PackageWriter {
  /** By partKey: the content for a part the package has. */
  private readonly replaced = new Map<string, Content>();
  /** partKeys of the package's parts that go. */
  private readonly removed = new Set<string>();
  /** By partKey: a new part's name and content. */
  private readonly added = new Map<string, { name: string; content: Content }>();
  private contentTypes: string;
  private contentTypesChanged = false;

  constructor(readonly pkg: XlsxPackage) {
    this.contentTypes =
      partText(pkg, CONTENT_TYPES) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
  }

  private stored(part: string): boolean {
    return findEntry(this.pkg.zip, part) !== undefined;
  }

  has(part: string): boolean {
    const key = partKey(part);
    if (this.removed.has(key)) return false;
    return this.added.has(key) || this.stored(part);
  }

  /** True when a part is one the original package holds and has not been given new content. */
  isOriginal(part: string): boolean {
    const key = partKey(part);
    return this.stored(part) && !this.removed.has(key) && !this.replaced.has(key);
  }

  /** The part's current text (as edited so far), or null. */
  text(part: string): string | null {
    const key = partKey(part);
    if (this.removed.has(key)) return null;
    const content = this.replaced.get(key) ?? this.added.get(key)?.content;
    if (content === undefined) return partText(this.pkg, part);
    if (typeof content === 'string') return content;
    return (Array.isArray(content) ? Buffer.concat(content) : content).toString('utf8');
  }

  /** Sets a part's text: replaces it when the package has it (under its stored name), adds it otherwise. */
  put(part: string, xml: Content, contentType?: string): void {
    const key = partKey(part);
    if (this.stored(part)) {
      this.removed.delete(key);
      this.replaced.set(key, xml);
    } else this.added.set(key, { name: part, content: xml });
    if (contentType) this.setOverride(part, contentType);
  }

  remove(part: string): void {
    const key = partKey(part);
    this.replaced.delete(key);
    this.added.delete(key);
    if (this.stored(part)) this.removed.add(key);
    const override = this.overrideOf(part);
    if (override.test(this.contentTypes)) {
      this.contentTypes = this.contentTypes.replace(override, '');
      this.contentTypesChanged = true;
    }
  }

  /** The content types' Override element for a part, matched ignoring case. */
  private overrideOf(part: string): RegExp {
    return new RegExp(
      `<Override\\b[^>]*PartName="/${escapeXml(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`,
      'i'
    );
  }

  private setOverride(part: string, type: string): void {
    if (this.overrideOf(part).test(this.contentTypes)) return;
    this.contentTypes = this.contentTypes.replace(
      /<\/(\w+:)?Types>\s*$/,
      (close) => `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>${close}`
    );
    this.contentTypesChanged = true;
  }

  /**
   * The lowest n >= 1 for which pattern(n) names no part in the package being written, in any case,
   * and neither does its relationships part (a new part must not inherit another part's relationships).
   */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) {
      const name = pattern(n);
      if (!this.has(name) && !this.has(relsPathOf(name))) return name;
    }
  }

  bytes(): Buffer {
    if (this.contentTypesChanged) this.put(CONTENT_TYPES, this.contentTypes);
    const parts: OutPart[] = [];
    for (const entry of this.pkg.zip.entries) {
      const key = partKey(entry.name);
      if (this.removed.has(key)) continue;
      const content =
        findEntry(this.pkg.zip, entry.name) === entry ? this.replaced.get(key) : undefined;
      parts.push(
        content === undefined ? { name: entry.name, copy: entry } : { name: entry.name, content }
      );
    }
    for (const { name, content } of this.added.values()) parts.push({ name, content });
    return writeZip(this.pkg.zip, parts);
  }
}
