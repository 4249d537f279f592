/** A workbook that cannot be read, with one line a person can act on. */
export class RagPlanFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`cannot read '${file}': ${reason}`);
    this.name = 'RagPlanFileError';
  }
}
