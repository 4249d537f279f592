/**
 * A string that does not keep the chunk of XML it was cut from alive. V8 cuts strings of 13 or more
 * characters as views into their parent; a Grid of a million such views would hold the whole
 * sheet's XML in memory.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
