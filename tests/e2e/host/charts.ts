/** A sheet's charts: added from a range, named, titled, placed and coloured; a value axis with a number format (ExcelApi 1.8). */
import { guard } from './access';
import type { Context } from './context';
import { fail } from './errors';
import type { ChartRecord, SheetModel } from './model';
import { Bag, bytes, Proxy } from './proxy';
import type { Range } from './range';

export class Charts extends Proxy {
  constructor(
    context: Context,
    private readonly sheet: () => SheetModel
  ) {
    super(context);
  }
  add(type: string, source: Range, seriesBy?: string): Chart {
    let record: ChartRecord | null = null;
    this.context.queue(bytes(type) + 40, () => {
      record = {
        name: `Chart ${++this.context.host.nextId}`,
        type,
        source: source.localAddress(),
        seriesBy,
        title: null,
        from: null,
        to: null,
        seriesColors: [],
        pointColors: [],
      };
      guard(this.sheet()).charts.push(record);
    });
    return new Chart(
      this.context,
      () => record ?? fail('ItemNotFound', 'The chart was not added.')
    );
  }
  override loadNow(list: string[]): number {
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = this.sheet().charts.map((c) => new Chart(this.context, () => c, this.sheet));
    this.deliver('items', items);
    return items.reduce((n, c) => n + c.loadNow(itemProps.length ? itemProps : ['name']), 0);
  }
  get items(): Chart[] {
    return this.val('items');
  }
}

export class Chart extends Proxy {
  readonly title: Bag;
  readonly axes: { valueAxis: { title: Bag; numberFormat: string } };
  readonly series: {
    getItemAt(i: number): {
      format: { fill: { setSolidColor(c: string): void } };
      points: { getItemAt(j: number): { format: { fill: { setSolidColor(c: string): void } } } };
    };
  };
  constructor(
    context: Context,
    private readonly record: () => ChartRecord,
    private readonly sheet?: () => SheetModel
  ) {
    super(context);
    this.title = new Bag(
      context,
      () => ({ text: this.record().title }),
      ['text'],
      (_, v) => {
        this.record().title = String(v);
      }
    );
    const colour = (list: () => (string | null)[], i: number) => ({
      format: {
        fill: { setSolidColor: (c: string) => context.queue(bytes(c), () => void (list()[i] = c)) },
      },
    });
    const axis = () => (this.record().valueAxis ??= { title: null, numberFormat: null });
    const chartRecord = this.record;
    this.axes = {
      valueAxis: {
        title: new Bag(
          context,
          () => ({ text: axis().title }),
          ['text'],
          (_, v) => void (axis().title = String(v))
        ),
        set numberFormat(format: string) {
          context.queue(bytes(format), () => {
            context.needs('ChartAxis.numberFormat');
            axis().numberFormat = format;
          });
        },
        get numberFormat(): string {
          return chartRecord().valueAxis?.numberFormat ?? 'General';
        },
      },
    };
    this.series = {
      getItemAt: (i: number) => ({
        ...colour(() => this.record().seriesColors, i),
        points: { getItemAt: (j: number) => colour(() => this.record().pointColors, j) },
      }),
    };
  }
  set name(name: string) {
    this.context.queue(bytes(name), () => {
      this.record().name = name;
    });
  }
  protected override read(prop: string): unknown {
    if (prop === 'name') return this.record().name;
    return super.read(prop);
  }
  delete(): void {
    this.context.queue(0, () => {
      const charts = guard(
        this.sheet?.() ?? fail('InvalidOperation', 'The chart has no sheet.')
      ).charts;
      charts.splice(charts.indexOf(this.record()), 1);
    });
  }
  setPosition(from: string, to?: string): void {
    this.context.queue(20, () => {
      this.record().from = from;
      this.record().to = to ?? null;
    });
  }
}
