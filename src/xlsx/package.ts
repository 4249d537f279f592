/**
 * An .xlsx (or .xlsm) package opened for reading in Node: its zip, and its index (packageIndex.ts)
 * read through the zip. The refresh copies the zip's parts as stored.
 */
import { RagPlanFileError } from './fileError';
import { indexPackage, notAPackage, zipFileError, type PackageIndex } from './packageIndex';
import type { PartStore } from './partStore';
import { findEntry, openZip, readText, streamText, ZipProblem, type ZipArchive } from './zip/zip';

export {
  partText,
  REL_OFFICE_DOCUMENT,
  workbookPartOf,
  workbookTitle,
  type PackageIndex,
  type PackageSheet,
  type SheetState,
} from './packageIndex';

export interface XlsxPackage extends PackageIndex {
  zip: ZipArchive;
}

/** The zip's parts as the readers ask for them. */
export function zipParts(zip: ZipArchive): PartStore {
  return {
    has: (part) => findEntry(zip, part) !== undefined,
    text: (part) => readText(zip, part),
    chunks: (part) => {
      const entry = findEntry(zip, part);
      return entry ? streamText(zip, entry) : null;
    },
  };
}

/** Opens the bytes of a workbook file, with one line naming the file for each way it can fail. */
export function openPackage(data: Buffer, file: string): XlsxPackage {
  const problem = notAPackage(data);
  if (problem) throw new RagPlanFileError(file, problem);
  try {
    const zip = openZip(data);
    return { ...indexPackage(zipParts(zip), file), zip };
  } catch (e) {
    // A zip whose directory cannot be read and that names no workbook part: another kind of zip.
    if (e instanceof ZipProblem) throw zipFileError(e, data, file);
    throw e;
  }
}
