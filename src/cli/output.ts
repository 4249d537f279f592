/**
 * Writing a long report in pieces: text is gathered into chunks of about 64 KB and each chunk is
 * handed to `write`, waiting whenever the destination asks to (backpressure), so memory holds one
 * chunk of the report rather than all of it.
 */

/** Takes one chunk of output; a returned promise is waited for before the next chunk. */
export type Write = (chunk: string) => unknown;

export const CHUNK_CHARS = 64 * 1024;

/** Writes the pieces in order, joined, in chunks of about `chunkChars`. */
export async function writeInChunks(
  pieces: Iterable<string>,
  write: Write,
  chunkChars = CHUNK_CHARS
): Promise<void> {
  let held: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    held.push(piece);
    size += piece.length;
    if (size >= chunkChars) {
      const chunk = held.join('');
      held = [];
      size = 0;
      await write(chunk);
    }
  }
  if (size > 0) await write(held.join(''));
}

/** Each line followed by a line break. */
export function* withBreaks(lines: Iterable<string>): Generator<string> {
  for (const line of lines) {
    yield line;
    yield '\n';
  }
}

/**
 * A Write for a Node stream such as process.stdout: when its buffer is full, wait for 'drain'.
 * When the reader goes away (`rag-plan check big.xlsx | head`: EPIPE) the rest is not written;
 * any other failure of the destination is thrown, as one line from main.
 */
export function streamWrite(stream: NodeJS.WritableStream): Write {
  let failed: NodeJS.ErrnoException | null = null;
  stream.on('error', (e: NodeJS.ErrnoException) => (failed ??= e));
  const check = (): void => {
    if (failed && failed.code !== 'EPIPE') throw failed;
  };
  return async (chunk) => {
    check();
    if (failed || stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      // A closed or failed destination never drains: stop waiting rather than hang.
      const done = (): void => {
        stream.off('drain', done);
        stream.off('close', done);
        stream.off('error', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
      stream.on('error', done);
    });
    check();
  };
}
