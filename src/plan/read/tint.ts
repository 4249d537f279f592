/**
 * Excel's tint maths, shared by both adapters: a theme colour with a tint (a file's `tint`,
 * Office.js's `tintAndShade`) lightens (tint > 0) or darkens (tint < 0) the colour's HSL
 * lightness, the way Excel paints it.
 */

const HEX6 = /^#?([0-9a-f]{6})$/i;

function byte(n: number): string {
  return Math.round(Math.max(0, Math.min(255, n)))
    .toString(16)
    .padStart(2, '0')
    .toUpperCase();
}

function hueChannel(p: number, q: number, t: number): number {
  const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
  if (u < 1 / 6) return p + (q - p) * 6 * u;
  if (u < 1 / 2) return q;
  if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
  return p;
}

/**
 * "RRGGBB" (with or without "#") tinted by `tint` (clamped to -1..1), as six upper-case hex digits
 * without "#"; text that is not a colour is returned as given.
 */
export function applyTint(hex: string, tint: number): string {
  const m = HEX6.exec(hex);
  if (!m) return hex;
  const t = Number.isFinite(tint) ? Math.max(-1, Math.min(1, tint)) : 0;
  if (t === 0) return m[1].toUpperCase();
  const n = parseInt(m[1], 16);
  const [r, g, b] = [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  let l = (max + min) / 2;
  const s = d === 0 ? 0 : l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h = 0;
  if (d > 0)
    h =
      (max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4) /
      6;
  l = t < 0 ? l * (1 + t) : l * (1 - t) + t;
  if (s === 0) return byte(l * 255).repeat(3);
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  return [hueChannel(p, q, h + 1 / 3), hueChannel(p, q, h), hueChannel(p, q, h - 1 / 3)]
    .map((v) => byte(v * 255))
    .join('');
}
