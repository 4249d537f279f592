/**
 * What the engine needs from a workbook's styles, per cell style index (the `s` of a cell): its
 * number format code, its solid fill colour and its font colour, each resolved once so the sheet
 * reader only indexes arrays.
 */
import { resolveColour, type FileColour } from './readColours';
import { attr, attrs } from '../xml/xml';

export interface CellLook {
  numberFormat: string | null;
  fill: string | null;
  fontColour: string | null;
}

/** Excel's built-in number formats that are not written into styles.xml. */
export const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The inner text of the first <name>…</name> section, or ''. */
export function section(xml: string, name: string): string {
  const m = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`).exec(
    xml
  );
  return m?.[1] ?? '';
}

/** Each child element <name …>…</name> or <name …/> of a section, whole. */
export function children(inner: string, name: string): string[] {
  return (
    inner.match(
      new RegExp(`<(?:\\w+:)?${name}\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</(?:\\w+:)?${name}>)`, 'g')
    ) ?? []
  );
}

function colourOf(element: string | undefined): FileColour | undefined {
  if (!element) return undefined;
  const a = attrs(element);
  if (a.auto === '1' || a.auto === 'true') return undefined;
  return {
    argb: a.rgb,
    theme: a.theme !== undefined ? Number(a.theme) : undefined,
    indexed: a.indexed !== undefined ? Number(a.indexed) : undefined,
    tint: a.tint !== undefined ? Number(a.tint) : undefined,
  };
}

function fillColour(fill: string, palette: string[]): string | null {
  const pattern = /<(?:\w+:)?patternFill\b[^>]*>/.exec(fill)?.[0];
  if (!pattern) return null;
  const type = attr(pattern, 'patternType');
  if (!type || type === 'none') return null;
  const fg = /<(?:\w+:)?fgColor\b[^>]*>/.exec(fill)?.[0];
  return resolveColour(colourOf(fg), palette);
}

function fontColour(font: string, palette: string[]): string | null {
  const colour = /<(?:\w+:)?color\b[^>]*>/.exec(font)?.[0];
  return resolveColour(colourOf(colour), palette);
}

/** The look of each cell style index of a styles.xml (an empty list when there is none). */
export function readCellLooks(stylesXml: string | null, palette: string[]): CellLook[] {
  if (!stylesXml) return [];
  const formats = new Map<number, string>();
  for (const tag of children(section(stylesXml, 'numFmts'), 'numFmt')) {
    const id = Number(attr(tag, 'numFmtId'));
    const code = attr(tag, 'formatCode');
    if (Number.isFinite(id) && code !== null) formats.set(id, code);
  }
  const fills = children(section(stylesXml, 'fills'), 'fill').map((f) => fillColour(f, palette));
  const fonts = children(section(stylesXml, 'fonts'), 'font').map((f) => fontColour(f, palette));
  return children(section(stylesXml, 'cellXfs'), 'xf').map((xf) => {
    const head = /^<[^>]*>/.exec(xf)?.[0] ?? xf;
    const numFmtId = Number(attr(head, 'numFmtId') ?? 0);
    const code = formats.get(numFmtId) ?? BUILT_IN_FORMATS[numFmtId] ?? null;
    return {
      numberFormat: numFmtId === 0 || code === 'General' ? null : code,
      fill: fills[Number(attr(head, 'fillId') ?? 0)] ?? null,
      fontColour: fonts[Number(attr(head, 'fontId') ?? 0)] ?? null,
    };
  });
}
