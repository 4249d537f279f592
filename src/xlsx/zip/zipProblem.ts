/**
 * Why a zip, or one part of it, cannot be read: one home for the reasons both readers give (zip.ts
 * in Node, zipBytes.ts in the pane). Pure: no Node, no browser.
 */

/** No part of a workbook we read may inflate past this (a 1,000,000-row sheet is well under it). */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;

export class ZipProblem extends Error {}

export const CUT_SHORT =
  'it is not a readable .xlsx workbook: the file is cut short or damaged (was it fully copied or downloaded?)';

/** The fields of an entry the checks read. */
interface EntryFacts {
  name: string;
  flags: number;
  method: number;
  size: number;
}

export function tooBig(entry: { name: string }): string {
  return `its part ${entry.name} unpacks to more than ${MAX_PART_BYTES / 1024 / 1024} MB, which is more than any workbook RAG Plan reads (it may be a zip bomb)`;
}

/** A part whose bytes cannot be unpacked, or whose CRC says they are not what was stored. */
export function damaged(entry: { name: string }): string {
  return `its part ${entry.name} is damaged and cannot be unpacked`;
}

/** Throws when the entry is encrypted, packed a way Excel never uses, or too big to read. */
export function checkReadable(entry: EntryFacts): void {
  if (entry.flags & 1)
    throw new ZipProblem('it is encrypted; remove the password in Excel and try again');
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipProblem(`its part ${entry.name} is compressed in a way Excel does not use`);
  if (entry.size > MAX_PART_BYTES) throw new ZipProblem(tooBig(entry));
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of `buf` by table, continuing from `crc` (the CRC of what came before it). */
export function crc32Table(buf: Uint8Array, crc = 0): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
