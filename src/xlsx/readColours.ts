/**
 * Fill colours as Excel stores them in a file: ARGB, an index into the legacy palette, or a theme
 * colour with a tint. Resolved to "#RRGGBB" the way Excel shows them.
 */

/** Excel's legacy indexed palette (indices 0-63; 64 is the system foreground, treated as none). */
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];

/** Theme colour order in a cell's `theme` index: Excel swaps dk1/lt1 and dk2/lt2 against the XML order. */
const THEME_SLOTS = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

/** The colours of a theme XML's colour scheme, in the order cells index them. */
export function themePalette(themeXml: string | undefined): string[] {
  if (!themeXml) return [];
  return THEME_SLOTS.map((slot) => {
    const m = new RegExp(`<a:${slot}>([\\s\\S]*?)</a:${slot}>`).exec(themeXml);
    const inner = m?.[1] ?? '';
    const rgb = /srgbClr val="([0-9A-Fa-f]{6})"/.exec(inner)?.[1] ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(inner)?.[1];
    return rgb ? rgb.toUpperCase() : '';
  });
}

function hexToRgb(hex: string): [number, number, number] {
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(n: number): string {
  return Math.round(Math.max(0, Math.min(255, n))).toString(16).padStart(2, '0').toUpperCase();
}

/** Excel's tint: lightens (tint > 0) or darkens (tint < 0) a colour's HSL luminance. */
export function applyTint(hex: string, tint: number): string {
  if (!tint) return hex;
  const [r, g, b] = hexToRgb(hex).map((v) => v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  const d = max - min;
  if (d > 0) {
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  if (s === 0) return toHex(l * 255).repeat(3);
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  return [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)].map((v) => toHex(v * 255)).join('');
}

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
  if (typeof colour.argb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(colour.argb)) hex = colour.argb.slice(-6).toUpperCase();
  else if (typeof colour.theme === 'number') hex = palette[colour.theme] || undefined;
  else if (typeof colour.indexed === 'number') hex = INDEXED[colour.indexed];
  if (!hex) return null;
  return `#${applyTint(hex, typeof colour.tint === 'number' ? colour.tint : 0)}`;
}
