/**
 * SheetDraft: builds a SheetSpec row by row, so each sheet file reads as the layout it makes.
 * Rows and columns are 1-based sheet numbers; every helper returns the row it wrote.
 */
import {
  goToRef,
  isoToSerial,
  displayDateTime,
  type CellRange,
  type IsoDate,
  type SheetCell,
} from '../plan';
import { DATE_FORMAT, HEADER_STYLE, LABEL_STYLE, TAB_COLOR, TITLE_STYLE } from './palette';
import type {
  CellStyle,
  ChartSpec,
  ConditionalFormatSpec,
  LinkSpec,
  SheetKey,
  SheetLayout,
  SheetSpec,
  SpecValue,
  ValidationSpec,
} from './sheetSpec';

/** Rows top to bottom of columns left to right (one cell when only the first two are given). */
export function block(top: number, left: number, bottom = top, right = left): CellRange {
  return { top, left, bottom, right };
}

export interface SheetMeta {
  /** ISO date-time of the refresh. */
  refreshedAt: string;
  /** The plan(s) summarised, as the user should read them. */
  source: string;
}

/** Builds any sheet's layout; SheetDraft builds one of our own sheets. */
export class LayoutDraft {
  readonly spec: SheetLayout;

  constructor(name: string, columnWidths: number[]) {
    this.spec = {
      name,
      values: [],
      numberFormats: [],
      styles: [],
      columnWidths,
      freezeRows: 0,
      conditionalFormats: [],
      validations: [],
      charts: [],
      links: [],
    };
  }

  /** The next empty row. */
  get nextRow(): number {
    return this.spec.values.length + 1;
  }

  row(values: SpecValue[], style?: CellStyle): number {
    this.spec.values.push(values);
    const r = this.spec.values.length;
    if (style && values.length > 0) this.style(block(r, 1, r, values.length), style);
    return r;
  }

  blank(): number {
    return this.row([]);
  }

  header(values: string[]): number {
    return this.row(values, HEADER_STYLE);
  }

  style(range: CellRange, style: CellStyle): void {
    this.spec.styles.push({ range, style });
  }

  format(range: CellRange, format: string): void {
    this.spec.numberFormats.push({ range, format });
  }

  conditional(cf: ConditionalFormatSpec): void {
    this.spec.conditionalFormats.push(cf);
  }

  chart(chart: ChartSpec): void {
    this.spec.charts.push(chart);
  }

  /** A cell that shows where a plan's cell is ("'Plan'!E7", or in another workbook "[Adults.xlsx]'Plan'!E7") and jumps to it. */
  link(row: number, col: number, target: SheetCell, tip: string): void {
    const text = goToRef(target);
    this.spec.values[row - 1][col - 1] = text;
    this.spec.links.push({ cell: { row, col }, target, text, tip } satisfies LinkSpec);
  }

  validation(v: ValidationSpec): void {
    this.spec.validations.push(v);
  }
}

/** One of our summary sheets, with the tab colour and print set-up they all share. */
export class SheetDraft extends LayoutDraft {
  declare readonly spec: SheetSpec;

  constructor(key: SheetKey, name: string, columnWidths: number[]) {
    super(name, columnWidths);
    Object.assign(this.spec, {
      key,
      tabColor: TAB_COLOR,
      print: { landscape: true, fitToWidth: true },
    });
  }

  /** A1 title, then as-of date, source and time of refresh: the same four rows on every sheet. */
  titleBlock(title: string, asOf: IsoDate, meta: SheetMeta): void {
    this.row([title], TITLE_STYLE);
    const asOfRow = this.row(['As of', isoToSerial(asOf)]);
    this.format(block(asOfRow, 2), DATE_FORMAT);
    this.style(block(asOfRow, 2), { horizontal: 'left' });
    this.row(['Source', meta.source]);
    this.row(['Refreshed', displayDateTime(meta.refreshedAt)]);
    this.style(block(asOfRow, 1, asOfRow + 2, 1), LABEL_STYLE);
  }
}

/** A due date as written in the report: the serial number (formatted "dd mmm yyyy") so it sorts. */
export function dueCell(iso: IsoDate | null): SpecValue {
  return iso ? isoToSerial(iso) : null;
}
