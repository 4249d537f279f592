/**
 * The package being written: parts replaced, removed or added over the original, every other part
 * copied as stored (its compressed bytes untouched). Content types follow the parts added and
 * removed; nothing else in [Content_Types].xml changes.
 */
import { type XlsxPackage, partText } from './package';
import { escapeXml } from './xml/xml';
import { writeZip, type OutPart } from './zip/zip';

const CONTENT_TYPES = '[Content_Types].xml';

/** A part's new content: text, or UTF-8 bytes (our big sheets come as chunks, never joined). */
type Content = string | Buffer | Buffer[];

export class PackageWriter {
  private readonly replaced = new Map<string, Content>();
  private readonly removed = new Set<string>();
  private readonly added = new Map<string, Content>();
  private contentTypes: string;
  private contentTypesChanged = false;

  constructor(readonly pkg: XlsxPackage) {
    this.contentTypes =
      partText(pkg, CONTENT_TYPES) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
  }

  has(part: string): boolean {
    if (this.removed.has(part)) return false;
    return this.added.has(part) || this.pkg.zip.byName.has(part);
  }

  /** The part's current text (as edited so far), or null. */
  text(part: string): string | null {
    if (this.removed.has(part)) return null;
    const content = this.replaced.get(part) ?? this.added.get(part);
    if (content === undefined) return partText(this.pkg, part);
    if (typeof content === 'string') return content;
    return (Array.isArray(content) ? Buffer.concat(content) : content).toString('utf8');
  }

  /** Sets a part's text: replaces it when the package has it, adds it otherwise. */
  put(part: string, xml: Content, contentType?: string): void {
    if (this.pkg.zip.byName.has(part)) {
      this.removed.delete(part);
      this.replaced.set(part, xml);
    } else this.added.set(part, xml);
    if (contentType) this.setOverride(part, contentType);
  }

  remove(part: string): void {
    this.replaced.delete(part);
    this.added.delete(part);
    if (this.pkg.zip.byName.has(part)) this.removed.add(part);
    const override = new RegExp(
      `<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`,
      'i'
    );
    if (override.test(this.contentTypes)) {
      this.contentTypes = this.contentTypes.replace(override, '');
      this.contentTypesChanged = true;
    }
  }

  private setOverride(part: string, type: string): void {
    if (this.contentTypes.includes(`PartName="/${part}"`)) return;
    this.contentTypes = this.contentTypes.replace(
      /<\/(\w+:)?Types>\s*$/,
      (close) => `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>${close}`
    );
    this.contentTypesChanged = true;
  }

  /** The lowest n >= 1 for which pattern(n) is not a part in the package being written. */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }

  bytes(): Buffer {
    if (this.contentTypesChanged) this.put(CONTENT_TYPES, this.contentTypes);
    const parts: OutPart[] = [];
    for (const entry of this.pkg.zip.entries) {
      if (this.removed.has(entry.name)) continue;
      const text = this.replaced.get(entry.name);
      parts.push(
        text === undefined ? { name: entry.name, copy: entry } : { name: entry.name, content: text }
      );
    }
    for (const [name, content] of this.added) parts.push({ name, content });
    return writeZip(this.pkg.zip, parts);
  }
}
