/** A workbook that cannot be read (or written), with one line a person can act on. */
export class RagPlanFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly doing: 'read' | 'write' = 'read'
  ) {
    super(`cannot ${doing} '${file}': ${reason}`);
    this.name = 'RagPlanFileError';
  }
}
