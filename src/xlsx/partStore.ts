/**
 * The parts of a package as the readers need them, whatever holds them: the zip read in Node
 * (zip/zip.ts), or the bytes a user picked in the pane, unpacked by the browser (zip/zipBytes.ts).
 * Each method throws ZipProblem when a part cannot be unpacked.
 */
export interface PartStore {
  /** Whether the package holds the part (names compared without regard to case). */
  has(part: string): boolean;
  /** A part's text, whole (the small parts: workbook, styles, relationships); null when absent. */
  text(part: string): string | null;
  /** A part's text in chunks (a sheet, shared strings); null when absent. */
  chunks(part: string): AsyncIterable<string> | null;
}
