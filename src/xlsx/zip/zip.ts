/**
 * The zip container of an .xlsx, read and written without a zip library: refresh copies every
 * part that is not ours with its compressed bytes untouched, so nothing of the user's is ever
 * re-encoded. Reading is total over bad input: a cut-short file, an encrypted entry, an entry that
 * inflates past the limit (a zip bomb), bytes that do not match their CRC each give a ZipProblem
 * with a plain-words reason.
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import {
  checkReadable,
  crc32Table,
  CUT_SHORT,
  damaged,
  MAX_PART_BYTES,
  tooBig,
  ZipProblem,
} from './zipProblem';
import {
  applyZip64,
  directory,
  findEocd,
  SIG_CENTRAL,
  SIG_EOCD,
  SIG_LOCAL,
  viewOf,
} from './directory';

export { MAX_PART_BYTES, ZipProblem } from './zipProblem';

export interface ZipEntry {
  name: string;
  /** The name exactly as stored, so a copied entry keeps it byte for byte. */
  rawName: Buffer;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipArchive {
  data: Buffer;
  entries: ZipEntry[];
  /** Entries by partKey of their names: the package format compares part names ignoring case. */
  byName: Map<string, ZipEntry>;
}

/** A part name as the package format compares it: without regard to case ("Sheet1.xml" is "sheet1.xml"). */
export function partKey(name: string): string {
  return name.toLowerCase();
}

/** The entry of a part, whatever the case of its stored name; the first when a damaged zip has two. */
export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  return zip.byName.get(partKey(name));
}

/** Reads a zip's directory. Throws ZipProblem when it is not a whole, readable zip. */
export function openZip(data: Buffer): ZipArchive {
  try {
    return readDirectory(data);
  } catch (e) {
    if (e instanceof ZipProblem) throw e;
    throw new ZipProblem(CUT_SHORT); // a read past the end of the buffer
  }
}

function readDirectory(data: Buffer): ZipArchive {
  const view = viewOf(data);
  const { count, offset } = directory(view, findEocd(view));
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (data.readUInt32LE(p) !== SIG_CENTRAL) throw new ZipProblem(CUT_SHORT);
    const nameLen = data.readUInt16LE(p + 28);
    const extraLen = data.readUInt16LE(p + 30);
    const commentLen = data.readUInt16LE(p + 32);
    const rawName = Buffer.from(data.subarray(p + 46, p + 46 + nameLen));
    const entry: ZipEntry = {
      name: rawName.toString('utf8'),
      rawName,
      flags: data.readUInt16LE(p + 8),
      method: data.readUInt16LE(p + 10),
      time: data.readUInt16LE(p + 12),
      date: data.readUInt16LE(p + 14),
      crc: data.readUInt32LE(p + 16),
      compressedSize: data.readUInt32LE(p + 20),
      size: data.readUInt32LE(p + 24),
      localOffset: data.readUInt32LE(p + 42),
    };
    applyZip64(entry, view, p + 46 + nameLen, p + 46 + nameLen + extraLen);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) if (!byName.has(partKey(e.name))) byName.set(partKey(e.name), e);
  return { data, entries, byName };
}

/** The entry's stored (usually deflated) bytes. */
export function rawData(zip: ZipArchive, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.data.length || zip.data.readUInt32LE(at) !== SIG_LOCAL)
    throw new ZipProblem(CUT_SHORT);
  const start = at + 30 + zip.data.readUInt16LE(at + 26) + zip.data.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.data.length) throw new ZipProblem(CUT_SHORT);
  return zip.data.subarray(start, end);
}

/** A part's bytes, whole. For the small parts (workbook, styles, rels); sheets are streamed. */
export function readEntry(zip: ZipArchive, entry: ZipEntry): Buffer {
  checkReadable(entry);
  const bytes = unpacked(entry, rawData(zip, entry));
  if (crc32(bytes) !== entry.crc) throw new ZipProblem(damaged(entry));
  return bytes;
}

function unpacked(entry: ZipEntry, raw: Buffer): Buffer {
  if (entry.method === 0) return raw;
  try {
    return zlib.inflateRawSync(raw, {
      maxOutputLength: Math.min(MAX_PART_BYTES, Math.max(entry.size, 1) + 1024),
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ZipProblem(tooBig(entry));
    throw new ZipProblem(damaged(entry));
  }
}

export function readText(zip: ZipArchive, name: string): string | null {
  const entry = findEntry(zip, name);
  return entry ? readEntry(zip, entry).toString('utf8') : null;
}

/** A part's text in chunks, never whole: memory stays bounded however big the sheet. */
export async function* streamText(zip: ZipArchive, entry: ZipEntry): AsyncGenerator<string> {
  checkReadable(entry);
  const raw = rawData(zip, entry);
  const source = Readable.from([raw]);
  const bytes =
    entry.method === 0 ? source : source.pipe(zlib.createInflateRaw({ chunkSize: 256 * 1024 }));
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  let crc = 0;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > MAX_PART_BYTES) throw new ZipProblem(tooBig(entry));
      crc = crc32(chunk, crc);
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (e) {
    if (e instanceof ZipProblem) throw e;
    throw new ZipProblem(damaged(entry));
  } finally {
    source.destroy();
  }
  // Checked at the end: what was handed on is thrown away with the read.
  if (crc !== entry.crc) throw new ZipProblem(damaged(entry));
  const rest = decoder.decode();
  if (rest) yield rest;
}

// ---- writing ----

/** One part of the package to write: an entry copied as stored, or new content. */
export type OutPart =
  | { name: string; copy: ZipEntry }
  | { name: string; content: Buffer | Buffer[] | string };

/** CRC-32 of `buf`, continuing from `crc` (the CRC of what came before it). */
export function crc32(buf: Buffer, crc = 0): number {
  const native = (zlib as unknown as { crc32?: (b: Buffer, start: number) => number }).crc32;
  if (native) return native(buf, crc) >>> 0;
  return crc32Table(buf, crc);
}

/**
 * Content deflated chunk by chunk into one raw deflate stream: every chunk but the last ends with a
 * sync flush (byte-aligned, not final), so the pieces join as they are; the last one finishes it.
 * Level 1: our sheets are large, repetitive XML; the fastest level still packs them about 10 to 1.
 */
function deflateChunks(chunks: Buffer[]): { data: Buffer; crc: number; size: number } {
  let crc = 0;
  let size = 0;
  const out: Buffer[] = [];
  chunks.forEach((chunk, i) => {
    crc = crc32(chunk, crc);
    size += chunk.length;
    const last = i === chunks.length - 1;
    out.push(
      zlib.deflateRawSync(chunk, {
        level: 1,
        finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      })
    );
  });
  if (chunks.length === 0) out.push(zlib.deflateRawSync(Buffer.alloc(0), { level: 1 }));
  return { data: Buffer.concat(out), crc, size };
}

/** 1 January 1980, DOS time: new parts get a fixed time so the same refresh gives the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Written {
  rawName: Buffer;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  data: Buffer;
}

function prepare(zip: ZipArchive, part: OutPart): Written {
  if ('copy' in part) {
    const e = part.copy;
    // Bit 3 (sizes in a trailing descriptor) is cleared: the sizes go in the header here.
    return {
      rawName: e.rawName,
      method: e.method,
      flags: e.flags & ~0x8,
      time: e.time,
      date: e.date,
      crc: e.crc,
      compressedSize: e.compressedSize,
      size: e.size,
      data: rawData(zip, e),
    };
  }
  const chunks =
    typeof part.content === 'string'
      ? [Buffer.from(part.content, 'utf8')]
      : Array.isArray(part.content)
        ? part.content
        : [part.content];
  const { data, crc, size } = deflateChunks(chunks);
  const rawName = Buffer.from(part.name, 'utf8');
  return {
    rawName,
    method: 8,
    flags: 0x800,
    time: 0,
    date: DOS_DATE,
    crc,
    compressedSize: data.length,
    size,
    data,
  };
}

/** A zip holding the parts in order (no zip64: a workbook RAG Plan writes stays far below 4 GB). */
export function writeZip(zip: ZipArchive, parts: OutPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const w = prepare(zip, part);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(w.flags, 6);
    local.writeUInt16LE(w.method, 8);
    local.writeUInt16LE(w.time, 10);
    local.writeUInt16LE(w.date, 12);
    local.writeUInt32LE(w.crc, 14);
    local.writeUInt32LE(w.compressedSize, 18);
    local.writeUInt32LE(w.size, 22);
    local.writeUInt16LE(w.rawName.length, 26);
    local.writeUInt16LE(0, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(SIG_CENTRAL, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    local.copy(head, 8, 6, 30); // flags .. name length, the same fields in the same order
    head.writeUInt32LE(offset, 42);
    chunks.push(local, w.rawName, w.data);
    central.push(head, w.rawName);
    offset += 30 + w.rawName.length + w.data.length;
  }
  if (offset > 0xffffffff) throw new ZipProblem('the workbook would be larger than 4 GB');
  if (parts.length > 0xffff)
    throw new ZipProblem(
      'the workbook would hold more than 65,535 parts, more than a zip can list'
    );
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_EOCD, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, centralBytes, end]);
}
