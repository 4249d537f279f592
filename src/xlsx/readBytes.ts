/**
 * A workbook read from its bytes where there is no Node (the pane's roll-up): unpacked by the
 * browser (zip/zipBytes.ts), then read by the same pure readers as the CLI (packageIndex.ts,
 * readGrids.ts), so a file gives the same Grids, the same title and the same one-line reasons.
 */
import type { Grid } from '../plan';
import type { OwnedKey } from '../report/sheetSpec';
import { RagPlanFileError } from './fileError';
import { indexPackage, notAPackage, workbookTitle, zipFileError } from './packageIndex';
import { ownedSheetsIn } from './parts/ownedSheets';
import type { PartStore } from './partStore';
import { gridsOf } from './readGrids';
import { unpackZip, type UnpackedPart } from './zip/zipBytes';
import { ZipProblem } from './zip/zipProblem';

/** A workbook read from bytes: its sheets, its title, and which of its sheets are RAG Plan's own. */
export interface BytesWorkbook {
  grids: Grid[];
  /** File > Info > Title, or null. */
  title: string | null;
  /** Our summary and history sheets in it, by key: never read as plans. */
  owned: Map<OwnedKey, string>;
}

/** Text is handed on in pieces of this many characters, as the Node reader streams a sheet. */
const PIECE = 256 * 1024;

function storeOf(parts: Map<string, UnpackedPart>): PartStore {
  const decoder = new TextDecoder('utf-8');
  const bytes = (part: string): Uint8Array | null => {
    const got = parts.get(part.toLowerCase());
    if (got instanceof ZipProblem) throw got;
    return got ?? null;
  };
  const text = (part: string): string | null => {
    const b = bytes(part);
    return b === null ? null : decoder.decode(b);
  };
  return {
    has: (part) => parts.has(part.toLowerCase()),
    text,
    chunks: (part) => {
      if (!parts.has(part.toLowerCase())) return null;
      return (async function* pieces() {
        const whole = text(part) ?? '';
        for (let at = 0; at < whole.length; at += PIECE) yield whole.slice(at, at + PIECE);
      })();
    },
  };
}

/** Opens a workbook's bytes and reads its worksheets; one line naming the file when it cannot. */
export async function readWorkbookBytes(data: Uint8Array, file: string): Promise<BytesWorkbook> {
  const problem = notAPackage(data);
  if (problem) throw new RagPlanFileError(file, problem);
  try {
    const pkg = indexPackage(storeOf(await unpackZip(data)), file);
    const grids = await gridsOf(pkg);
    const owned = ownedSheetsIn(pkg.workbookXml, pkg.sheets, grids);
    return { grids, title: workbookTitle(pkg), owned };
  } catch (e) {
    if (e instanceof ZipProblem) throw zipFileError(e, data, file);
    throw e;
  }
}
