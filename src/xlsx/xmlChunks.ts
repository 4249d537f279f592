/**
 * Text gathered into UTF-8 chunks of about 64 KB. A summary sheet is tens of megabytes of XML;
 * built as one string by `+=` it would be a deep rope flattened and encoded whole. Here pieces are
 * kept in an array, joined (one flat copy) and encoded as each chunk fills, so they die young.
 */
const CHUNK_CHARS = 64 * 1024;

export class XmlChunks {
  private pieces: string[] = [];
  private chars = 0;
  private readonly done: Buffer[] = [];

  add(text: string): void {
    this.pieces.push(text);
    this.chars += text.length;
  }

  /** A place for text known only later (a row's height, after its cells); filled by `fill`. */
  hole(): number {
    return this.pieces.push('') - 1;
  }

  fill(hole: number, text: string): void {
    this.pieces[hole] = text;
    this.chars += text.length;
  }

  /** Encodes what was added once a chunk's worth is waiting; call where no hole is open. */
  flushIfFull(): void {
    if (this.chars >= CHUNK_CHARS) this.flush();
  }

  private flush(): void {
    if (this.pieces.length === 0) return;
    this.done.push(Buffer.from(this.pieces.join(''), 'utf8'));
    this.pieces = [];
    this.chars = 0;
  }

  /** Everything added, in order. */
  parts(): Buffer[] {
    this.flush();
    return this.done;
  }
}
