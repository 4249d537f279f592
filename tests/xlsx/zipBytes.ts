/**
 * A zip read byte by byte, apart from the product's reader (src/xlsx/zip), so the tests of that
 * reader and writer check the stored entries themselves: method, flags, CRC, sizes and the
 * compressed bytes, never only the content after decompression.
 */

export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;
export const FLAG_DESCRIPTOR = 0x8;
export const FLAG_UTF8 = 0x800;

/** The fields the ZIP format repeats in an entry's local header and its central record. */
interface EntryFields {
  name: string;
  rawName: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
}

/** One entry as the central directory records it. */
export interface CentralRecord extends EntryFields {
  localOffset: number;
  /** Where this record starts in the file (to damage it in a test). */
  at: number;
}

/** One entry as its local header stores it, with its stored (compressed) bytes. */
export interface LocalRecord extends EntryFields {
  data: Buffer;
  /** Where the header starts and where the entry (with any data descriptor) ends. */
  at: number;
  end: number;
}

function endOfCentral(zip: Buffer): number {
  for (let i = zip.length - 22; i >= 0; i--) if (zip.readUInt32LE(i) === SIG_EOCD) return i;
  throw new Error('no end of central directory');
}

/** The central directory, in order (plain zips only: what the writer makes and the tests build). */
export function centralRecords(zip: Buffer): CentralRecord[] {
  const eocd = endOfCentral(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const out: CentralRecord[] = [];
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== SIG_CENTRAL) throw new Error(`no central record at ${p}`);
    const nameLen = zip.readUInt16LE(p + 28);
    const rawName = Buffer.from(zip.subarray(p + 46, p + 46 + nameLen));
    out.push({
      name: rawName.toString('utf8'),
      rawName,
      flags: zip.readUInt16LE(p + 8),
      method: zip.readUInt16LE(p + 10),
      time: zip.readUInt16LE(p + 12),
      date: zip.readUInt16LE(p + 14),
      crc: zip.readUInt32LE(p + 16),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      localOffset: zip.readUInt32LE(p + 42),
      at: p,
    });
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

/**
 * The local header at `at`. Its stored bytes are `compressedSize` long: from the header, or from
 * the central directory (`sizeFromCentral`) when bit 3 says the header's sizes are zero.
 */
export function localAt(zip: Buffer, at: number, sizeFromCentral?: number): LocalRecord {
  if (zip.readUInt32LE(at) !== SIG_LOCAL) throw new Error(`no local header at ${at}`);
  const flags = zip.readUInt16LE(at + 6);
  const nameLen = zip.readUInt16LE(at + 26);
  const extraLen = zip.readUInt16LE(at + 28);
  const compressedSize = zip.readUInt32LE(at + 18);
  const start = at + 30 + nameLen + extraLen;
  const length = sizeFromCentral ?? compressedSize;
  const rawName = Buffer.from(zip.subarray(at + 30, at + 30 + nameLen));
  let end = start + length;
  // A data descriptor follows the data when bit 3 is set: 12 bytes, or 16 with its signature.
  if (flags & FLAG_DESCRIPTOR) end += zip.readUInt32LE(end) === 0x08074b50 ? 16 : 12;
  return {
    name: rawName.toString('utf8'),
    rawName,
    flags,
    method: zip.readUInt16LE(at + 8),
    time: zip.readUInt16LE(at + 10),
    date: zip.readUInt16LE(at + 12),
    crc: zip.readUInt32LE(at + 14),
    compressedSize,
    size: zip.readUInt32LE(at + 22),
    data: Buffer.from(zip.subarray(start, start + length)),
    at,
    end,
  };
}

/**
 * Every local entry walked header after header from the first byte, as a reader that ignores the
 * central directory would: each header's own sizes must lead exactly to the next header.
 */
export function walkLocals(zip: Buffer): LocalRecord[] {
  const out: LocalRecord[] = [];
  let p = 0;
  while (zip.readUInt32LE(p) === SIG_LOCAL) {
    const entry = localAt(zip, p);
    out.push(entry);
    p = entry.end;
  }
  if (zip.readUInt32LE(p) !== SIG_CENTRAL) throw new Error(`stray bytes at ${p}`);
  return out;
}

/** Local entries by name, found through the central directory (so data descriptors are allowed). */
export function localsByName(zip: Buffer): Map<string, LocalRecord> {
  return new Map(
    centralRecords(zip).map((c) => [c.name, localAt(zip, c.localOffset, c.compressedSize)])
  );
}
