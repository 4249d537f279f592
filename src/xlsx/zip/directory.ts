/**
 * The zip's end records, read the same way by both readers (Node's zip.ts over a Buffer, the
 * browser's zipBytes.ts over a Uint8Array): where the central directory is, how many entries it
 * holds, and the zip64 extra field's sizes. Pure: a DataView over the bytes, nothing else.
 */
import { CUT_SHORT, ZipProblem } from './zipProblem';

export const SIG_EOCD = 0x06054b50;
export const SIG_ZIP64_LOCATOR = 0x07064b50;
export const SIG_ZIP64_EOCD = 0x06064b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_LOCAL = 0x04034b50;

/** A view over the bytes, whatever array holds them (a Buffer is a Uint8Array). */
export function viewOf(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** Where the end of central directory record starts (a comment may follow it). */
export function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--)
    if (view.getUint32(i, true) === SIG_EOCD) return i;
  throw new ZipProblem(CUT_SHORT);
}

/** Entry count and where the central directory starts, from the zip64 record when the plain one overflows. */
export function directory(view: DataView, eocd: number): { count: number; offset: number } {
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if (
    (count === 0xffff || offset === 0xffffffff) &&
    locator >= 0 &&
    view.getUint32(locator, true) === SIG_ZIP64_LOCATOR
  ) {
    const at = Number(view.getBigUint64(locator + 8, true));
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== SIG_ZIP64_EOCD)
      throw new ZipProblem(CUT_SHORT);
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  return { count, offset };
}

/** The sizes and offset an entry's zip64 extra field holds in place of 0xffffffff. */
export interface Zip64Sizes {
  size: number;
  compressedSize: number;
  localOffset: number;
}

/** Sizes and offset that overflow 32 bits are in the zip64 extra field (bytes from..to), in this order. */
export function applyZip64(entry: Zip64Sizes, view: DataView, from: number, to: number): void {
  for (let i = from; i + 4 <= to; ) {
    const id = view.getUint16(i, true);
    const len = view.getUint16(i + 2, true);
    if (id === 0x0001) {
      let p = i + 4;
      const next = (): number => {
        const v = p + 8 <= i + 4 + len ? Number(view.getBigUint64(p, true)) : -1;
        p += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
    }
    i += 4 + len;
  }
}
