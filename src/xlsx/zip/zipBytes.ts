/**
 * A zip read from bytes in the pane, where there is no Node: the directory read through a
 * DataView, every part unpacked by the browser's own DecompressionStream('deflate-raw') (Chromium
 * and Edge WebView2 have it). Total like the Node reader (zip.ts), with the same reasons
 * (zipProblem.ts): cut short, encrypted, too big, damaged. The files a user picks are plans, each
 * well under the part limit, so every part is unpacked whole, once, before it is read.
 */
import {
  checkReadable,
  crc32Table,
  CUT_SHORT,
  damaged,
  MAX_PART_BYTES,
  tooBig,
  ZipProblem,
} from './zipProblem';
import { applyZip64, directory, findEocd, SIG_CENTRAL, SIG_LOCAL, viewOf } from './directory';

interface BytesEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readDirectory(data: Uint8Array): BytesEntry[] {
  const view = viewOf(data);
  const { count, offset } = directory(view, findEocd(view));
  const names = new TextDecoder('utf-8');
  const entries: BytesEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== SIG_CENTRAL) throw new ZipProblem(CUT_SHORT);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const entry: BytesEntry = {
      name: names.decode(data.subarray(p + 46, p + 46 + nameLen)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    applyZip64(entry, view, p + 46 + nameLen, p + 46 + nameLen + extraLen);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The entry's stored (usually deflated) bytes. */
function rawData(data: Uint8Array, entry: BytesEntry): Uint8Array {
  const view = viewOf(data);
  const at = entry.localOffset;
  if (at + 30 > data.length || view.getUint32(at, true) !== SIG_LOCAL)
    throw new ZipProblem(CUT_SHORT);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > data.length) throw new ZipProblem(CUT_SHORT);
  return data.subarray(start, end);
}

/** Inflates raw deflate bytes through the browser's stream, stopping past the part limit. */
async function inflated(entry: BytesEntry, raw: Uint8Array): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const source = new Blob([raw as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = source.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_PART_BYTES) {
        await reader.cancel();
        throw new ZipProblem(tooBig(entry));
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof ZipProblem) throw e;
    throw new ZipProblem(damaged(entry));
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function unpacked(data: Uint8Array, entry: BytesEntry): Promise<Uint8Array> {
  checkReadable(entry);
  const raw = rawData(data, entry);
  const bytes = entry.method === 0 ? raw : await inflated(entry, raw);
  if (crc32Table(bytes) !== entry.crc) throw new ZipProblem(damaged(entry));
  return bytes;
}

/** A part unpacked, or why it could not be: thrown only when a reader asks for that part, as in Node. */
export type UnpackedPart = Uint8Array | ZipProblem;

/**
 * Every part of the zip, unpacked, by its name as the package format compares names (ignoring
 * case; the first when a damaged zip has two). Throws ZipProblem when the directory cannot be read.
 */
export async function unpackZip(data: Uint8Array): Promise<Map<string, UnpackedPart>> {
  let entries: BytesEntry[];
  try {
    entries = readDirectory(data);
  } catch (e) {
    if (e instanceof ZipProblem) throw e;
    throw new ZipProblem(CUT_SHORT); // a read past the end of the bytes
  }
  const parts = new Map<string, UnpackedPart>();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    if (parts.has(key)) continue;
    try {
      parts.set(key, await unpacked(data, entry));
    } catch (e) {
      parts.set(key, e instanceof ZipProblem ? e : new ZipProblem(CUT_SHORT));
    }
  }
  return parts;
}
