/**
 * Fill colours as Excel stores them in a file: ARGB, an index into the legacy palette, or a theme
 * colour with a tint. Resolved to "#RRGGBB" the way Excel shows them.
 */
import { applyTint } from '../../plan';

/** Excel's legacy indexed palette (indices 0-63; 64 is the system foreground, treated as none). */
const INDEXED = [
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '800000',
  '008000',
  '000080',
  '808000',
  '800080',
  '008080',
  'C0C0C0',
  '808080',
  '9999FF',
  '993366',
  'FFFFCC',
  'CCFFFF',
  '660066',
  'FF8080',
  '0066CC',
  'CCCCFF',
  '000080',
  'FF00FF',
  'FFFF00',
  '00FFFF',
  '800080',
  '800000',
  '008080',
  '0000FF',
  '00CCFF',
  'CCFFFF',
  'CCFFCC',
  'FFFF99',
  '99CCFF',
  'FF99CC',
  'CC99FF',
  'FFCC99',
  '3366FF',
  '33CCCC',
  '99CC00',
  'FFCC00',
  'FF9900',
  'FF6600',
  '666699',
  '969696',
  '003366',
  '339966',
  '003300',
  '333300',
  '993300',
  '993366',
  '333399',
  '333333',
];

/** Theme colour order in a cell's `theme` index: Excel swaps dk1/lt1 and dk2/lt2 against the XML order. */
const THEME_SLOTS = [
  'lt1',
  'dk1',
  'lt2',
  'dk2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
];

/** The colours of a theme XML's colour scheme, in the order cells index them. */
export function themePalette(themeXml: string | undefined): string[] {
  if (!themeXml) return [];
  return THEME_SLOTS.map((slot) => {
    const m = new RegExp(`<a:${slot}>([\\s\\S]*?)</a:${slot}>`).exec(themeXml);
    const inner = m?.[1] ?? '';
    const rgb =
      /srgbClr val="([0-9A-Fa-f]{6})"/.exec(inner)?.[1] ??
      /lastClr="([0-9A-Fa-f]{6})"/.exec(inner)?.[1];
    return rgb ? rgb.toUpperCase() : '';
  });
}

/** Excel's tint maths lives in the engine, shared with the Office.js adapter. */
export { applyTint };

export interface FileColour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** "#RRGGBB" for a colour in a file, or null when it cannot be resolved. */
export function resolveColour(colour: FileColour | undefined, palette: string[]): string | null {
  if (!colour) return null;
  let hex: string | undefined;
  if (typeof colour.argb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(colour.argb))
    hex = colour.argb.slice(-6).toUpperCase();
  else if (typeof colour.theme === 'number') hex = palette[colour.theme] || undefined;
  else if (typeof colour.indexed === 'number') hex = INDEXED[colour.indexed];
  if (!hex) return null;
  return `#${applyTint(hex, typeof colour.tint === 'number' ? colour.tint : 0)}`;
}
