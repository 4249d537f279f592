/**
 * Text written straight into UTF-8 buffers of 1 MB as it is made. A summary sheet is tens of
 * megabytes of XML from millions of small pieces; joined into strings first it would be copied
 * twice and leave as much garbage behind. Here each piece is encoded once, where it ends up.
 */
const CHUNK_BYTES = 1024 * 1024;

/** Buffer's own UTF-8 writer, without `write`'s argument juggling (a call per piece adds up). */
type Utf8Writable = Buffer & { utf8Write(text: string, offset: number): number };

export class XmlChunks {
  private buf = Buffer.allocUnsafe(CHUNK_BYTES) as Utf8Writable;
  private at = 0;
  private readonly done: Buffer[] = [];

  add(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    if (this.at + text.length * 3 > this.buf.length) {
      this.done.push(this.buf.subarray(0, this.at));
      this.buf = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, text.length * 3)) as Utf8Writable;
      this.at = 0;
    }
    this.at += this.buf.utf8Write(text, this.at);
  }

  /** Everything added, in order. */
  parts(): Buffer[] {
    if (this.at > 0) this.done.push(this.buf.subarray(0, this.at));
    this.buf = Buffer.allocUnsafe(0) as Utf8Writable;
    this.at = 0;
    return this.done;
  }
}
