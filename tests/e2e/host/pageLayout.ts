/**
 * Worksheet.pageLayout as Office.js documents it (ExcelApi 1.9): orientation ("Portrait" or
 * "Landscape"), zoom (pages wide and tall, or a scale of 10 to 400, not both) and the rows printed
 * at the top of every page (setPrintTitleRows, whole rows such as "$3:$3"). What was set is kept on
 * the sheet for the tests to read.
 */
import { guard } from './access';
import type { Context } from './context';
import { fail } from './errors';
import type { PageLayoutRecord, SheetModel } from './model';
import { bytes, Proxy } from './proxy';

export class PageLayout extends Proxy {
  constructor(
    context: Context,
    private readonly sheet: () => SheetModel
  ) {
    super(context);
  }
  private set(change: (page: PageLayoutRecord) => void, size: number): void {
    this.context.queue(size, () => {
      this.context.needs('Worksheet.pageLayout');
      const sheet = guard(this.sheet());
      change((sheet.pageLayout ??= {}));
    });
  }
  protected override read(prop: string): unknown {
    this.context.needs('Worksheet.pageLayout');
    const page = this.sheet().pageLayout ?? {};
    if (prop === 'orientation') return page.orientation ?? 'Portrait';
    if (prop === 'zoom') return { ...(page.zoom ?? { scale: 100 }) };
    return super.read(prop);
  }
  set orientation(value: string) {
    this.set((page) => {
      if (value !== 'Portrait' && value !== 'Landscape')
        fail('InvalidArgument', `"${value}" is not a page orientation.`);
      page.orientation = value;
    }, bytes(value));
  }
  set zoom(zoom: PageLayoutRecord['zoom']) {
    this.set((page) => {
      const fit =
        zoom?.horizontalFitToPages !== undefined || zoom?.verticalFitToPages !== undefined;
      if (fit && zoom?.scale !== undefined)
        fail('InvalidArgument', 'A page is either scaled or fitted to pages, not both.');
      if (zoom?.scale !== undefined && (zoom.scale < 10 || zoom.scale > 400))
        fail('InvalidArgument', 'The print scale must be between 10 and 400.');
      page.zoom = { ...zoom };
    }, bytes(zoom));
  }
  setPrintTitleRows(rows: string): void {
    this.set((page) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows.replace(/^.*!/, '')))
        fail('InvalidArgument', `"${rows}" is not a range of whole rows.`);
      page.printTitleRows = rows;
    }, bytes(rows));
  }
}
