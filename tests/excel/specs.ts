/** Small hand-written SheetSpecs for the writer tests, shaped like the report's. */
import type { SheetKey, SheetSpec } from '../../src/report/sheetSpec';
import { a1At, cellAt, rangeAt } from '../cellText';

export function spec(
  key: SheetKey,
  name: string,
  rows: SheetSpec['values'],
  extra: Partial<SheetSpec> = {}
): SheetSpec {
  return {
    key,
    name,
    values: rows,
    numberFormats: [],
    styles: [],
    columnWidths: [],
    freezeRows: 0,
    conditionalFormats: [],
    validations: [],
    charts: [],
    links: [],
    ...extra,
  };
}

/** A summary sheet: a title, a RAG table with a chart, and a date. */
export function summarySpec(): SheetSpec {
  return spec(
    'summary',
    'Summary',
    [
      ['RAG Plan summary'],
      ['As of', 45657],
      [],
      ['Area', 'Red', 'Amber', 'Green'],
      ['Housing', 2, 1, 4],
      ['Finance', 0, 3, 1],
    ],
    {
      numberFormats: [{ range: rangeAt('B2'), format: 'dd mmm yyyy' }],
      styles: [
        { range: rangeAt('A1'), style: { bold: true, fontSize: 14 } },
        { range: rangeAt('A4:D4'), style: { bold: true, border: 'bottom', fill: '#D9D9D9' } },
      ],
      columnWidths: [20, 10, 10, 10],
      freezeRows: 4,
      conditionalFormats: [
        {
          range: rangeAt('B5:D6'),
          kind: 'number',
          operator: 'greaterThan',
          value: 0,
          style: { bold: true },
        },
      ],
      charts: [
        {
          name: 'RagByArea',
          type: 'bar-stacked',
          title: 'RAG by area',
          dataRange: rangeAt('A4:D6'),
          seriesBy: 'columns',
          seriesColors: ['#C00000', '#FFC000', '#00B050'],
          from: a1At('F2'),
          to: a1At('M16'),
        },
      ],
      tabColor: '#1F4E79',
    }
  );
}

/** An overdue list whose action text is a formula-looking string, with a link back to the plan. */
export function overdueSpec(rows = 2): SheetSpec {
  const values: SheetSpec['values'] = [['Overdue actions'], ['Cell', 'Action', 'Due', 'RAG']];
  const links: SheetSpec['links'] = [];
  for (let i = 0; i < rows; i++) {
    const row = 7 + i;
    values.push([
      `E${row}`,
      i === 0
        ? '=HYPERLINK("http://example.invalid","click")'
        : `Action number ${i + 1} with some words`,
      45000 + i,
      'Red',
    ]);
    links.push({
      cell: a1At(`A${i + 3}`),
      target: cellAt(`'Action plan'!E${row}`),
      text: `E${row}`,
      tip: 'Go to the plan',
    });
  }
  return spec('overdue', 'Overdue', values, {
    numberFormats: [{ range: rangeAt(`C3:C${rows + 2}`), format: 'dd/mm/yyyy' }],
    conditionalFormats: [
      {
        range: rangeAt(`D3:D${rows + 2}`),
        kind: 'text-equals',
        text: 'Red',
        style: { fill: '#F4CCCC', fontColor: '#9C0006' },
      },
    ],
    validations: [{ range: rangeAt(`D3:D${rows + 2}`), list: ['Red', 'Amber', 'Green', 'Blue'] }],
    links,
    freezeRows: 2,
  });
}
