/**
 * A string that does not keep the chunk of XML it was cut from alive. V8 cuts strings of 13 or more
 * characters as views into their parent; a Grid of a million such views would hold the whole
 * sheet's XML in memory.
 */
export function ownCopy(text: string): string {
  if (text.length < 13) return text;
  // Node's Buffer where there is one (the CLI); the encoder's round trip in a browser (the pane).
  if (typeof Buffer === 'function') return Buffer.from(text, 'utf8').toString('utf8');
  return decoder.decode(encoder.encode(text));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
