import { memo, type Rag, maxOf, minOf } from '../core';

/**
 * The fill the report paints each rating with. Strong enough to read at a glance, and each has
 * text that passes WCAG AA on it (white on red and blue, black on the others); the word is always
 * written too, so colour is never the only signal.
 */
export const RAG_FILL: Record<Rag, string> = {
  red: '#C00000',
  'red-amber': '#ED7D31',
  amber: '#FFC000',
  'amber-green': '#92D050',
  green: '#00B050',
  blue: '#0070C0',
};

// Labels live with the RAG words; re-exported here for the engine's existing imports.
export { ragLabel } from './ragWords';

const HEX = /^#?(?:[0-9a-f]{2})?([0-9a-f]{6})$/i;
const SHORT_HEX = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i;

/** "#RRGGBB", "RRGGBB", "FFRRGGBB" (ARGB, alpha ignored) or "#RGB" to 0..1 channels; null otherwise. */
function channels(fill: string): [number, number, number] | null {
  const text = fill.trim();
  const long = HEX.exec(text);
  if (long) {
    const n = parseInt(long[1], 16);
    return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
  }
  const short = SHORT_HEX.exec(text);
  if (short)
    return [short[1], short[2], short[3]].map((h) => parseInt(h + h, 16) / 255) as [
      number,
      number,
      number,
    ];
  return null;
}

/**
 * Classifies a cell fill as a rating by its hue, so any shade a council picked (Excel's standard
 * red, the pale "bad" style fill, a theme tint) reads the same as the exact codes. Two-tone
 * ratings have no colour of their own and read as the nearer single one. White, near-white,
 * greys, black and unreadable strings are not a rating.
 */
export function ragFromFill(fill: string | null | undefined): Rag | null {
  return typeof fill === 'string' ? ragOfColour(fill) : null;
}

/** A sheet has few distinct fills over many cells: each is classified once. */
const ragOfColour = memo(classify, 1000);

function classify(fill: string): Rag | null {
  const rgb = channels(fill);
  if (!rgb) return null;
  const max = maxOf(rgb);
  const min = minOf(rgb);
  const chroma = max - min;
  const lightness = (max + min) / 2;
  // Greys (no colour to speak of), black and near-white fills carry no rating.
  if (chroma < 0.06 || lightness < 0.1 || lightness > 0.97) return null;
  const [r, g, b] = rgb;
  let hue: number;
  if (max === r) hue = 60 * (((g - b) / chroma + 6) % 6);
  else if (max === g) hue = 60 * ((b - r) / chroma + 2);
  else hue = 60 * ((r - g) / chroma + 4);
  // Hue bands: red wraps round 0 (including pinks), then orange-to-yellow, green, cyan-to-blue;
  // purples and magentas (260..330) are no RAG colour.
  if (hue >= 330 || hue < 15) return 'red';
  if (hue < 70) return 'amber';
  if (hue < 170) return 'green';
  if (hue < 260) return 'blue';
  return null;
}
