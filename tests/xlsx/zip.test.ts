/**
 * The hand-written zip reader and writer (src/xlsx/zip/zip.ts) and the package writer's copies
 * (src/xlsx/packageWriter.ts), checked on the stored entries themselves (tests/xlsx/zipBytes.ts
 * reads them apart from the product): a part refresh does not rewrite keeps its method, CRC,
 * sizes, time and compressed bytes; a data descriptor is dropped whole; stored and deflated parts
 * read alike; a CRC that does not match is one line naming the part; zip64 is read; names are
 * UTF-8 and say so.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { summarise } from '../../src/plan';
import { buildSheets } from '../../src/report/buildSheets';
import { loadWorkbook, readWorkbook, refreshPackage } from '../../src/xlsx';
import { openZip, readEntry, writeZip, ZipProblem, type OutPart } from '../../src/xlsx/zip/zip';
import { action, plan } from '../report/handMade';
import {
  centralRecords,
  FLAG_DESCRIPTOR,
  FLAG_UTF8,
  localsByName,
  walkLocals,
  type LocalRecord,
} from './zipBytes';

const EXCEL_SAVED = path.join(__dirname, '..', 'fixtures', 'corpus', 'ExcelPivotTableSample.xlsx');
const PLAN = path.join(__dirname, '..', 'fixtures', 'edge-cases.xlsx');

/** The parts a refresh may rewrite in a workbook that has none of our sheets yet. */
const REWRITTEN = [
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
];

const plans = [
  plan([
    action(5, { area: 'Housing', rag: 'red', state: 'overdue', due: '2024-03-31' }),
    action(6, { area: 'Adults', rag: 'green', state: 'on-track', due: '2024-12-31' }),
  ]),
];
const specs = buildSheets(summarise(plans, { asOf: '2024-06-01' }), plans, {
  refreshedAt: '2024-06-01T09:00:00Z',
  source: 'test',
});

async function refreshed(bytes: Buffer): Promise<Buffer> {
  const { pkg, grids } = await loadWorkbook(bytes, 'plan.xlsx');
  return refreshPackage(pkg, grids, specs).buffer;
}

/** What a copy must keep of a stored entry: all but bit 3, which only says where sizes are. */
function storedAs(e: LocalRecord) {
  return {
    method: e.method,
    flags: e.flags & ~FLAG_DESCRIPTOR,
    time: e.time,
    date: e.date,
    data: e.data.toString('base64'),
  };
}

/** The same workbook zipped again by JSZip: `stored` parts with method 0, every entry with a data descriptor when `descriptors`. */
async function rezipped(
  bytes: Buffer,
  stored: RegExp | null,
  descriptors: boolean
): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(source.files)) {
    if (source.files[name].dir) continue;
    out.file(name, await source.files[name].async('nodebuffer'), {
      compression: stored?.test(name) ? 'STORE' : 'DEFLATE',
      date: new Date('2024-05-01T10:00:00Z'),
    });
  }
  return out.generateAsync({ type: 'nodebuffer', streamFiles: descriptors });
}

describe('refresh copies the parts it does not rewrite as they are stored', () => {
  test('a workbook saved by Excel: every other part keeps its method, flags, time, CRC, sizes and compressed bytes', async () => {
    const original = await fs.readFile(EXCEL_SAVED);
    const out = await refreshed(original);
    const before = localsByName(original);
    const after = new Map(walkLocals(out).map((e) => [e.name, e]));
    const kept = [...before.keys()].filter((name) => !REWRITTEN.includes(name));
    expect(kept).toHaveLength(23); // 27 parts, 4 of them rewritten
    for (const name of kept) {
      const was = before.get(name)!;
      const now = after.get(name);
      expect({ name, ...storedAs(now!) }).toEqual({ name, ...storedAs(was) });
      expect({ name, crc: now!.crc, sizes: [now!.compressedSize, now!.size] }).toEqual({
        name,
        crc: was.crc,
        sizes: [was.compressedSize, was.size],
      });
    }
  });

  test('a stored (method 0) part stays stored, byte for byte; a deflated one stays deflated', async () => {
    const input = await rezipped(await fs.readFile(EXCEL_SAVED), /^docProps\/app\.xml$/, false);
    const out = await refreshed(input);
    const app = walkLocals(out).find((e) => e.name === 'docProps/app.xml')!;
    const theme = walkLocals(out).find((e) => e.name === 'xl/theme/theme1.xml')!;
    expect([app.method, theme.method]).toEqual([0, 8]);
    // Stored: the bytes are the content itself, and the CRC is of those bytes.
    const content = await (await JSZip.loadAsync(input))
      .file('docProps/app.xml')!
      .async('nodebuffer');
    expect(app.data.equals(content)).toBe(true);
    expect([app.size, app.compressedSize]).toEqual([content.length, content.length]);
    expect(app.crc).toBe(zlib.crc32(content));
  });

  test('entries written with a data descriptor (bit 3) are copied with the sizes in the header and no descriptor', async () => {
    const input = await rezipped(await fs.readFile(EXCEL_SAVED), /^docProps\/app\.xml$/, true);
    // The input is what a streaming zipper makes: bit 3 on, sizes and CRC in a trailing descriptor.
    const inputCentral = centralRecords(input);
    const files = inputCentral.filter((c) => !c.name.endsWith('/')); // JSZip adds folder entries
    expect(files.length).toBe(27);
    expect(files.every((c) => c.flags & FLAG_DESCRIPTOR)).toBe(true);
    const out = await refreshed(input);
    // Walked header by header: each header's own sizes reach the next one, so no stray descriptor.
    const locals = walkLocals(out);
    const central = centralRecords(out);
    expect(locals.map((e) => e.name)).toEqual(central.map((c) => c.name));
    expect(locals.filter((e) => e.flags & FLAG_DESCRIPTOR).map((e) => e.name)).toEqual([]);
    expect(central.filter((c) => c.flags & FLAG_DESCRIPTOR).map((c) => c.name)).toEqual([]);
    const was = new Map(inputCentral.map((c) => [c.name, c]));
    const copied = locals.filter((l) => was.has(l.name) && !REWRITTEN.includes(l.name));
    expect(copied.filter((l) => !l.name.endsWith('/'))).toHaveLength(23);
    for (const e of copied) {
      const c = was.get(e.name)!;
      expect([e.name, e.crc, e.compressedSize, e.size]).toEqual([
        e.name,
        c.crc,
        c.compressedSize,
        c.size,
      ]);
    }
    // Any zip reader checking CRCs opens it, and so does ours.
    const zip = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(await zip.file('docProps/app.xml')!.async('string')).toMatch(/<Properties/);
    const sheets = await readWorkbook(input);
    const names = sheets.map((g) => g.sheet);
    expect((await readWorkbook(out)).filter((g) => names.includes(g.sheet))).toEqual(sheets);
  });
});

describe('reading entries', () => {
  test('stored and deflated parts read the same', async () => {
    const original = await fs.readFile(PLAN);
    const stored = await rezipped(original, /./, false);
    expect(centralRecords(stored).every((c) => c.method === 0)).toBe(true);
    expect(await readWorkbook(stored)).toEqual(await readWorkbook(original));
  });

  test('a streamed part whose bytes do not match its CRC is refused with one line naming it', async () => {
    const stored = await rezipped(await fs.readFile(PLAN), /worksheets\/sheet1\.xml$/, false);
    const sheet = localsByName(stored).get('xl/worksheets/sheet1.xml')!;
    const damaged = Buffer.from(stored);
    // One character of the sheet's XML changed inside a value, where the XML stays well formed.
    const at = sheet.end - sheet.data.length + sheet.data.indexOf('<v>') + 3;
    damaged[at] = damaged[at] === 0x31 ? 0x32 : 0x31;
    await expect(loadWorkbook(damaged, 'plan.xlsx')).rejects.toThrow(
      /^cannot read 'plan\.xlsx': its part xl\/worksheets\/sheet1\.xml is damaged and cannot be unpacked$/
    );
  });

  test('a part read whole whose CRC does not match is refused with one line naming it', async () => {
    const original = await fs.readFile(PLAN);
    const workbook = centralRecords(original).find((c) => c.name === 'xl/workbook.xml')!;
    const damaged = Buffer.from(original);
    damaged.writeUInt32LE((workbook.crc ^ 1) >>> 0, workbook.at + 16);
    await expect(loadWorkbook(damaged, 'plan.xlsx')).rejects.toThrow(
      /^cannot read 'plan\.xlsx': its part xl\/workbook\.xml is damaged and cannot be unpacked$/
    );
  });

  test('a compression method Excel does not use is refused naming the part', async () => {
    const original = await fs.readFile(PLAN);
    const sheet = centralRecords(original).find((c) => c.name === 'xl/worksheets/sheet1.xml')!;
    const odd = Buffer.from(original);
    odd.writeUInt16LE(12, sheet.at + 10); // bzip2
    await expect(loadWorkbook(odd, 'plan.xlsx')).rejects.toThrow(
      /^cannot read 'plan\.xlsx': its part xl\/worksheets\/sheet1\.xml is compressed in a way Excel does not use$/
    );
  });
});

/**
 * The zip rewritten with zip64 records, as a writer does past 4 GB or 65,535 entries: each
 * central record's sizes and offset 0xFFFFFFFF with the real ones in a zip64 extra field, and the
 * end record's count and offset 0xFFFF and 0xFFFFFFFF with the real ones in a zip64 end record.
 */
function asZip64(zip: Buffer): Buffer {
  const records = centralRecords(zip);
  const start = records[0].at;
  const central: Buffer[] = [];
  for (const r of records) {
    const head = Buffer.from(zip.subarray(r.at, r.at + 46));
    head.writeUInt32LE(0xffffffff, 20);
    head.writeUInt32LE(0xffffffff, 24);
    head.writeUInt32LE(0xffffffff, 42);
    head.writeUInt16LE(28, 30); // the zip64 extra only
    head.writeUInt16LE(0, 32);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(r.size), 4);
    extra.writeBigUInt64LE(BigInt(r.compressedSize), 12);
    extra.writeBigUInt64LE(BigInt(r.localOffset), 20);
    central.push(head, r.rawName, extra);
  }
  const dir = Buffer.concat(central);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(records.length), 24);
  record.writeBigUInt64LE(BigInt(records.length), 32);
  record.writeBigUInt64LE(BigInt(dir.length), 40);
  record.writeBigUInt64LE(BigInt(start), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(start + dir.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([zip.subarray(0, start), dir, record, locator, end]);
}

describe('zip64', () => {
  test('a workbook whose zip has zip64 records reads as the plain one, and refreshes into a plain zip', async () => {
    const original = await fs.readFile(PLAN);
    const zip64 = asZip64(original);
    expect(zip64.readUInt16LE(zip64.length - 12)).toBe(0xffff);
    expect(await readWorkbook(zip64)).toEqual(await readWorkbook(original));
    const out = await refreshed(zip64);
    // Every copied entry has its true sizes, so the output is whole and every CRC holds.
    const zip = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(/<worksheet/);
    expect(walkLocals(out).length).toBe(centralRecords(out).length);
  });

  test('the writer refuses more entries than a plain zip counts, rather than wrap the count', async () => {
    const archive = openZip(await fs.readFile(PLAN));
    const entry = archive.entries.find((e) => e.name === 'docProps/app.xml')!;
    const parts: OutPart[] = Array.from({ length: 0x10000 }, (_, i) => ({
      name: `p${i}`,
      copy: entry,
    }));
    expect(() => writeZip(archive, parts)).toThrow(
      new ZipProblem('the workbook would hold more than 65,535 parts, more than a zip can list')
    );
    expect(() => writeZip(archive, parts.slice(0, 3))).not.toThrow();
  });
});

describe('part names in UTF-8', () => {
  const NEW = 'xl/media/Über ☕.xml';
  const OLD = 'xl/media/café.xml';

  test('a new part is written with its name in UTF-8 and bit 11 set; a copied one keeps its name bytes and flag', async () => {
    const source = new JSZip();
    source.file(OLD, '<old/>');
    source.file('plain.xml', '<plain/>');
    const archive = openZip(await source.generateAsync({ type: 'nodebuffer' }));
    const old = archive.entries.find((e) => e.name === OLD)!;
    expect(old.flags & FLAG_UTF8).toBe(FLAG_UTF8);
    const out = writeZip(archive, [
      { name: OLD, copy: old },
      { name: NEW, content: '<new/>' },
    ]);
    const locals = walkLocals(out);
    const central = centralRecords(out);
    expect(locals.map((e) => [e.rawName.toString('hex'), e.flags & FLAG_UTF8])).toEqual([
      [Buffer.from(OLD, 'utf8').toString('hex'), FLAG_UTF8],
      [Buffer.from(NEW, 'utf8').toString('hex'), FLAG_UTF8],
    ]);
    expect(central.map((c) => [c.name, c.flags & FLAG_UTF8])).toEqual([
      [OLD, FLAG_UTF8],
      [NEW, FLAG_UTF8],
    ]);
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(await back.file(NEW)!.async('string')).toBe('<new/>');
    expect(await back.file(OLD)!.async('string')).toBe('<old/>');
    expect(openZip(out).entries.map((e) => e.name)).toEqual([OLD, NEW]);
  });
});

describe('new parts', () => {
  test('content in chunks is one deflated entry (method 8) with the CRC and size of the whole, dated 1 January 1980', () => {
    const empty = Buffer.alloc(22);
    empty.writeUInt32LE(0x06054b50, 0);
    const archive = openZip(empty);
    const chunks = [Buffer.from('<a>'), Buffer.from('£ and ☕ '.repeat(5000)), Buffer.from('</a>')];
    const whole = Buffer.concat(chunks);
    const out = writeZip(archive, [{ name: 'x.xml', content: chunks }]);
    const [entry] = walkLocals(out);
    expect([entry.method, entry.flags, entry.time, entry.date]).toEqual([8, FLAG_UTF8, 0, 0x21]);
    expect([entry.crc, entry.size]).toEqual([zlib.crc32(whole), whole.length]);
    expect(zlib.inflateRawSync(entry.data).equals(whole)).toBe(true);
    const reread = openZip(out);
    expect(readEntry(reread, reread.entries[0]).equals(whole)).toBe(true);
  });
});
