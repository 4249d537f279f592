/**
 * Styles our sheets need, added to the workbook's styles.xml without disturbing it: every existing
 * font, fill, border, number format, cell style (xf) and differential style (dxf) keeps its index,
 * ours are appended, and an entry identical to one already there (ours from the last refresh) is
 * reused, so styles.xml does not grow from one refresh to the next.
 */
import { BUILT_IN_FORMATS } from './readStyles';
import { attr, escapeXml, topLevelElements } from '../xml/xml';

/** What a cell of ours looks like; every field optional. */
export interface CellFormat {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  /** "RRGGBB". */
  fontColor?: string;
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top';
  wrap?: boolean;
  border?: { top?: boolean; bottom?: boolean; left?: boolean; right?: boolean };
}

/** A conditional format's look: font colour, bold and fill. */
export interface DiffFormat {
  fontColor?: string;
  bold?: boolean;
  fill?: string;
}

const SECTION_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
const CHILD: Record<string, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
  dxfs: 'dxf',
};
const BORDER_COLOUR = 'FF808080';

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

interface Section {
  /** Children as they are in the file, then ours. */
  items: string[];
  /** How many the file had. */
  original: number;
}

/** A styles.xml being added to; `xml()` gives the result (the original text when nothing was added). */
export class StylesWriter {
  private readonly sections = new Map<string, Section>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  private readonly baseFont: { name: string; size: number; family: string | null };
  private added = false;

  constructor(private readonly original: string) {
    for (const [name, child] of Object.entries(CHILD)) {
      const items = this.children(name, child);
      this.sections.set(name, { items, original: items.length });
    }
    for (const tag of this.sections.get('numFmts')!.items) {
      const id = Number(attr(tag, 'numFmtId'));
      const code = attr(tag, 'formatCode');
      if (code !== null && Number.isFinite(id)) {
        if (!this.formatIds.has(code)) this.formatIds.set(code, id);
        this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      }
    }
    const font0 = this.sections.get('fonts')!.items[0] ?? '';
    this.baseFont = {
      name: /<(?:\w+:)?name\b[^>]*>/.exec(font0)?.[0].match(/val="([^"]*)"/)?.[1] ?? 'Calibri',
      size: Number(/<(?:\w+:)?sz\b[^>]*val="([^"]*)"/.exec(font0)?.[1] ?? 11) || 11,
      family: /<(?:\w+:)?family\b[^>]*val="([^"]*)"/.exec(font0)?.[1] ?? null,
    };
  }

  private children(section: string, child: string): string[] {
    const m = new RegExp(
      `<(?:\\w+:)?${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${section}>)`
    ).exec(this.original);
    if (!m?.[1]) return [];
    const inner = m[1];
    const wrapped = `<r>${inner}</r>`;
    return topLevelElements(wrapped)
      .filter((e) => e.name === child)
      .map((e) => wrapped.slice(e.index, e.end));
  }

  /** Index of an entry in a section: the existing identical one, or a new one appended. */
  private index(section: string, xml: string): number {
    const s = this.sections.get(section)!;
    const at = s.items.indexOf(xml);
    if (at >= 0) return at;
    s.items.push(xml);
    this.added = true;
    return s.items.length - 1;
  }

  numberFormatId(code: string | undefined): number {
    if (!code || code === 'General') return 0;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const builtIn = Object.entries(BUILT_IN_FORMATS).find(([, c]) => c === code);
    if (builtIn) return Number(builtIn[0]);
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.index('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private fontXml(f: CellFormat | DiffFormat, full: boolean): string {
    const c = f as CellFormat;
    const parts = [f.bold ? '<b/>' : '', c.italic ? '<i/>' : '', c.underline ? '<u/>' : ''];
    if (full) parts.push(`<sz val="${c.fontSize ?? this.baseFont.size}"/>`);
    if (f.fontColor) parts.push(`<color rgb="FF${f.fontColor}"/>`);
    if (full)
      parts.push(
        `<name val="${escapeXml(this.baseFont.name)}"/>`,
        this.baseFont.family ? `<family val="${this.baseFont.family}"/>` : ''
      );
    return `<font>${parts.join('')}</font>`;
  }

  private borderXml(b: NonNullable<CellFormat['border']>): string {
    const side = (name: string, on?: boolean) =>
      on ? `<${name} style="thin"><color rgb="${BORDER_COLOUR}"/></${name}>` : `<${name}/>`;
    return `<border>${side('left', b.left)}${side('right', b.right)}${side('top', b.top)}${side('bottom', b.bottom)}<diagonal/></border>`;
  }

  /** The cellXfs index of a cell format. */
  cellStyle(f: CellFormat): number {
    const numFmtId = this.numberFormatId(f.numberFormat);
    const fontId = this.index('fonts', this.fontXml(f, true));
    const fillId = f.fill
      ? this.index(
          'fills',
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${f.fill}"/><bgColor indexed="64"/></patternFill></fill>`
        )
      : 0;
    const hasBorder =
      f.border && (f.border.top || f.border.bottom || f.border.left || f.border.right);
    const borderId = hasBorder ? this.index('borders', this.borderXml(f.border!)) : 0;
    const align = [
      f.horizontal ? ` horizontal="${f.horizontal}"` : '',
      f.vertical ? ` vertical="${f.vertical}"` : '',
      f.wrap ? ' wrapText="1"' : '',
    ].join('');
    const applies = [
      numFmtId ? ' applyNumberFormat="1"' : '',
      ' applyFont="1"',
      fillId ? ' applyFill="1"' : '',
      borderId ? ' applyBorder="1"' : '',
      align ? ' applyAlignment="1"' : '',
    ].join('');
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${align ? `><alignment${align}/></xf>` : '/>'}`;
    return this.index('cellXfs', xf);
  }

  /** The dxfs index of a conditional format's look. */
  diffStyle(f: DiffFormat): number {
    const font = f.fontColor || f.bold ? this.fontXml(f, false) : '';
    const fill = f.fill
      ? `<fill><patternFill patternType="solid"><bgColor rgb="FF${f.fill}"/></patternFill></fill>`
      : '';
    return this.index('dxfs', `<dxf>${font}${fill}</dxf>`);
  }

  /** styles.xml with our entries appended; the original text, byte for byte, when none were needed. */
  xml(): string {
    if (!this.added) return this.original;
    let xml = this.original;
    for (const name of Object.keys(CHILD)) {
      const s = this.sections.get(name)!;
      if (s.items.length === s.original) continue;
      xml = this.appendTo(xml, name, s.items.slice(s.original), s.items.length);
    }
    return xml;
  }

  private appendTo(xml: string, name: string, extra: string[], count: number): string {
    const open = new RegExp(`<((?:\\w+:)?)${name}\\b([^>]*?)(/?)>`).exec(xml);
    if (open) {
      const prefix = open[1];
      const head = `<${prefix}${name}${open[2].replace(/\s+count\s*=\s*"[^"]*"/, '')} count="${count}">`;
      if (open[3] === '/')
        return (
          xml.slice(0, open.index) +
          `${head}${extra.join('')}</${prefix}${name}>` +
          xml.slice(open.index + open[0].length)
        );
      const close = xml.indexOf(`</${prefix}${name}>`, open.index);
      return (
        xml.slice(0, open.index) +
        head +
        xml.slice(open.index + open[0].length, close) +
        extra.join('') +
        xml.slice(close)
      );
    }
    // No such section yet: it goes before the first section that must follow it.
    const block = `<${name} count="${count}">${extra.join('')}</${name}>`;
    const root = topLevelElements(xml);
    const later = root.find((e) => SECTION_ORDER.indexOf(e.name) > SECTION_ORDER.indexOf(name));
    const at = later ? later.index : xml.lastIndexOf('</');
    return xml.slice(0, at) + block + xml.slice(at);
  }
}
