/**
 * SheetDraft: builds a SheetSpec row by row, so each sheet file reads as the layout it makes.
 * Rows are 1-based sheet rows; every helper returns the row it wrote.
 */
import { a1, isoToSerial, rangeA1, splitRef, displayDateTime, type IsoDate } from '../plan';
import { DATE_FORMAT, HEADER_STYLE, LABEL_STYLE, TAB_COLOR, TITLE_STYLE } from './palette';
import type {
  CellStyle,
  ChartSpec,
  ConditionalFormatSpec,
  LinkSpec,
  SheetKey,
  SheetSpec,
  SpecValue,
} from './sheetSpec';

export interface SheetMeta {
  /** ISO date-time of the refresh. */
  refreshedAt: string;
  /** The plan(s) summarised, as the user should read them. */
  source: string;
}

export class SheetDraft {
  readonly spec: SheetSpec;

  constructor(key: SheetKey, name: string, columnWidths: number[]) {
    this.spec = {
      key,
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
      tabColor: TAB_COLOR,
      print: { landscape: true, fitToWidth: true },
    };
  }

  /** The next empty row. */
  get nextRow(): number {
    return this.spec.values.length + 1;
  }

  row(values: SpecValue[], style?: CellStyle): number {
    this.spec.values.push(values);
    const r = this.spec.values.length;
    if (style && values.length > 0)
      this.style(rangeA1({ top: r, left: 1, bottom: r, right: values.length }), style);
    return r;
  }

  blank(): number {
    return this.row([]);
  }

  header(values: string[]): number {
    return this.row(values, HEADER_STYLE);
  }

  style(range: string, style: CellStyle): void {
    this.spec.styles.push({ range, style });
  }

  format(range: string, format: string): void {
    this.spec.numberFormats.push({ range, format });
  }

  conditional(cf: ConditionalFormatSpec): void {
    this.spec.conditionalFormats.push(cf);
  }

  chart(chart: ChartSpec): void {
    this.spec.charts.push(chart);
  }

  /** A cell that shows a source reference ("'Plan'!E7") and jumps to it. */
  link(row: number, col: number, ref: string, tip: string): void {
    const target = splitRef(ref);
    const cell = a1(row, col);
    this.spec.values[row - 1][col - 1] = ref;
    if (target) this.spec.links.push({ cell, target, text: ref, tip } satisfies LinkSpec);
  }

  /** A1 title, then as-of date, source and time of refresh: the same four rows on every sheet. */
  titleBlock(title: string, asOf: IsoDate, meta: SheetMeta): void {
    this.row([title], TITLE_STYLE);
    const asOfRow = this.row(['As of', isoToSerial(asOf)]);
    this.format(a1(asOfRow, 2), DATE_FORMAT);
    this.style(a1(asOfRow, 2), { horizontal: 'left' });
    this.row(['Source', meta.source]);
    this.row(['Refreshed', displayDateTime(meta.refreshedAt)]);
    this.style(`A${asOfRow}:A${asOfRow + 2}`, LABEL_STYLE);
  }
}

/** A due date as written in the report: the serial number (formatted "dd mmm yyyy") so it sorts. */
export function dueCell(iso: IsoDate | null): SpecValue {
  return iso ? isoToSerial(iso) : null;
}
