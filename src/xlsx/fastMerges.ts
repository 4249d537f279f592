/**
 * ExcelJS 4.4 checks every merge of a file it loads against every merge before it, which is
 * quadratic: a 20,000-row plan with thousands of merged area cells took most of a refresh's time
 * there. A file's own merges never overlap (Excel would not have saved them), so loading can apply
 * them without the check. Only the load path changes; merging cells through the API keeps its check.
 * Patched once, and only when ExcelJS still has the shape this was written against.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface CellLike {
  address: string;
  merge(master: CellLike, ignoreStyle: boolean): void;
}
interface WorksheetLike {
  _merges: Record<string, RangeLike>;
  getCell(row: number, col: number): CellLike;
}

let patched = false;

export function loadMergesWithoutRecheck(): void {
  if (patched) return;
  patched = true;
  let Worksheet: { prototype: Record<string, unknown> };
  let Range: new (spec: unknown) => RangeLike;
  try {
    Worksheet = require('exceljs/lib/doc/worksheet');
    Range = require('exceljs/lib/doc/range');
  } catch {
    return; // another build of ExcelJS: keep its own behaviour
  }
  if (typeof Worksheet?.prototype?._parseMergeCells !== 'function') return;
  Worksheet.prototype._parseMergeCells = function parseMergeCells(this: WorksheetLike, model: { mergeCells?: string[] }): void {
    for (const merge of model.mergeCells ?? []) {
      const d = new Range(merge);
      const master = this.getCell(d.top, d.left);
      for (let r = d.top; r <= d.bottom; r++)
        for (let c = d.left; c <= d.right; c++) if (r > d.top || c > d.left) this.getCell(r, c).merge(master, true);
      this._merges[master.address] = d;
    }
  };
}
