/**
 * DrawingML for the report's charts: one chart part per ChartSpec and the drawing that places
 * them on a sheet. The summary writer (writeSummaries.ts) adds these parts beside our sheets.
 * Pure string building, no I/O.
 *
 * Series point at the sheet's cells (so Excel and LibreOffice redraw from the table) and also
 * carry a cache of the values written, which viewers that do not recalculate show as is.
 */
import { columnLetters, quoteSheet, rangeA1, type CellRange } from '../../plan';
import type { ChartSpec, SpecValue } from '../../report/sheetSpec';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

const DEFAULT_COLOR = '5B9BD5';

/** One series of a chart: its name, categories and values as references and as written. */
export interface Series {
  nameRef: string;
  name: string;
  catRef: string;
  categories: string[];
  valRef: string;
  values: number[];
  /** "RRGGBB". */
  color: string;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .split('')
    .filter((ch) => !isControl(ch.charCodeAt(0)))
    .join('');
}

/** Control characters XML 1.0 cannot carry (tab, line feed and carriage return it can). */
function isControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}

/** "'Summary'!$B$10:$B$16". */
function absRef(sheet: string, top: number, left: number, bottom = top, right = left): string {
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r}`;
  const one = top === bottom && left === right;
  return `${quoteSheet(sheet)}!${cell(top, left)}${one ? '' : `:${cell(bottom, right)}`}`;
}

function valueAt(values: SpecValue[][], row: number, col: number): SpecValue {
  return values[row - 1]?.[col - 1] ?? null;
}

function textAt(values: SpecValue[][], row: number, col: number): string {
  const v = valueAt(values, row, col);
  return v === null ? '' : String(v);
}

function numberAt(values: SpecValue[][], row: number, col: number): number {
  const v = valueAt(values, row, col);
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

function hex(color: string | undefined): string {
  const h = (color ?? '').replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(h) ? h : DEFAULT_COLOR;
}

/**
 * The series of a chart's data range (header row first, category column first). Series whose
 * values are all zero are left out, so the legend lists only ratings that occur; the table beside
 * the chart still shows every column.
 */
export function seriesOf(chart: ChartSpec, sheet: string, values: SpecValue[][]): Series[] {
  const r = chart.dataRange;
  if (r.bottom <= r.top || r.right <= r.left) return [];
  const all =
    chart.seriesBy === 'columns'
      ? byColumns(r, chart, sheet, values)
      : byRows(r, chart, sheet, values);
  return all.filter((s) => s.values.some((v) => v !== 0));
}

function byColumns(r: CellRange, chart: ChartSpec, sheet: string, values: SpecValue[][]): Series[] {
  const rows = range(r.top + 1, r.bottom);
  const categories = rows.map((row) => textAt(values, row, r.left));
  return range(r.left + 1, r.right).map((col, i) => ({
    nameRef: absRef(sheet, r.top, col),
    name: textAt(values, r.top, col),
    catRef: absRef(sheet, r.top + 1, r.left, r.bottom, r.left),
    categories,
    valRef: absRef(sheet, r.top + 1, col, r.bottom, col),
    values: rows.map((row) => numberAt(values, row, col)),
    color: hex(chart.seriesColors?.[i]),
  }));
}

function byRows(r: CellRange, chart: ChartSpec, sheet: string, values: SpecValue[][]): Series[] {
  const cols = range(r.left + 1, r.right);
  const categories = cols.map((col) => textAt(values, r.top, col));
  return range(r.top + 1, r.bottom).map((row, i) => ({
    nameRef: absRef(sheet, row, r.left),
    name: textAt(values, row, r.left),
    catRef: absRef(sheet, r.top, r.left + 1, r.top, r.right),
    categories,
    valRef: absRef(sheet, row, r.left + 1, row, r.right),
    values: cols.map((col) => numberAt(values, row, col)),
    color: hex(chart.seriesColors?.[i]),
  }));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** Black or white, whichever reads better on the fill (WCAG relative luminance). */
export function labelColor(fill: string): string {
  const lum = (h: string) => {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const l = lum(hex(fill));
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? 'FFFFFF' : '000000';
}

function strCache(items: string[]): string {
  const pts = items.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${items.length}"/>${pts}</c:strCache>`;
}

function numCache(items: number[]): string {
  const pts = items.map((n, i) => `<c:pt idx="${i}"><c:v>${n}</c:v></c:pt>`).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${items.length}"/>${pts}</c:numCache>`;
}

function solid(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
}

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="en-GB" sz="${size}"${b}/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`
  );
}

/** Counts (or pounds) on the bars in a colour readable on the series fill; zeros are hidden ("0;;;"). */
function dataLabels(color: string, format?: string): string {
  const code = format ? `${format};-${format};;` : '0;;;';
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(code)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="1">${solid(labelColor(color))}</a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="en-GB"/></a:p></c:txPr>` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function seriesXml(s: Series, i: number, pie: boolean, format?: string): string {
  const points = pie
    ? s.values
        .map(
          (_, p) =>
            `<c:dPt><c:idx val="${p}"/><c:bubble3D val="0"/><c:spPr>${solid(s.color)}</c:spPr></c:dPt>`
        )
        .join('')
    : '';
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
    `<c:spPr>${solid(s.color)}<a:ln w="6350">${solid('FFFFFF')}</a:ln></c:spPr>` +
    (pie ? '' : '<c:invertIfNegative val="0"/>') +
    points +
    dataLabels(s.color, format) +
    `<c:cat><c:strRef><c:f>${escapeXml(s.catRef)}</c:f>${strCache(s.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(s.valRef)}</c:f>${numCache(s.values)}</c:numRef></c:val>` +
    `</c:ser>`
  );
}

const CAT_AX = 500001;
const VAL_AX = 500002;

function barPlot(chart: ChartSpec, series: Series[]): string {
  const stacked = chart.type === 'bar-stacked';
  const dir = stacked ? 'bar' : 'col';
  const grouping = stacked ? 'stacked' : 'clustered';
  // Horizontal bars list the first group at the top, as the table does; the value axis then
  // crosses at the last category so it stays at the bottom.
  const orientation = dir === 'bar' ? 'maxMin' : 'minMax';
  return (
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>` +
    series.map((s, i) => seriesXml(s, i, false, chart.values?.format)).join('') +
    `<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ''}` +
    `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${orientation}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${dir === 'bar' ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${dir === 'bar' ? 'b' : 'l'}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350">${solid('D9D9D9')}</a:ln></c:spPr></c:majorGridlines>` +
    `<c:title><c:tx>${richText(chart.values?.title ?? 'Actions', 900, false)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:numFmt formatCode="${escapeXml(chart.values?.format ?? '0')}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/>` +
    `<c:crosses val="${orientation === 'maxMin' ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function piePlot(series: Series[]): string {
  return `<c:pieChart><c:varyColors val="1"/>${series
    .slice(0, 1)
    .map((s, i) => seriesXml(s, i, true))
    .join('')}<c:firstSliceAng val="0"/></c:pieChart>`;
}

/** The chart part (xl/charts/chartN.xml) for a ChartSpec on the named sheet, whose cells are `values`. */
export function chartXml(chart: ChartSpec, sheet: string, values: SpecValue[][]): string {
  const series = seriesOf(chart, sheet, values);
  const plot = chart.type === 'pie' ? piePlot(series) : barPlot(chart, series);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${richText(chart.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid('FFFFFF')}<a:ln w="9525">${solid('BFBFBF')}</a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

/** A chart placed on a sheet: the cells it covers and the relationship id of its part. */
export interface Anchor {
  chart: ChartSpec;
  /** Relationship id in the drawing's rels, e.g. "rId1". */
  relId: string;
}

function marker(tag: 'from' | 'to', cell: { row: number; col: number }): string {
  return `<xdr:${tag}><xdr:col>${cell.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${cell.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** Alternative text for screen readers: what the chart shows and where its figures are. */
export function altText(chart: ChartSpec): string {
  const kind =
    chart.type === 'pie'
      ? 'Pie chart'
      : chart.type === 'bar-stacked'
        ? 'Stacked bar chart'
        : 'Column chart';
  return `${kind}: ${chart.title}. The same figures are in the table at ${rangeA1(chart.dataRange)}.`;
}

/**
 * The drawing part (xl/drawings/drawingN.xml) placing each chart over its cells. `from` and `to`
 * are the first and last cells covered, so the anchor ends at the top-left of the cell after `to`.
 */
export function drawingXml(anchors: Anchor[]): string {
  const frames = anchors.map((a, i) => {
    const { from, to } = a.chart;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">` +
      marker('from', { row: from.row - 1, col: from.col - 1 }) +
      marker('to', { row: Math.max(to.row, from.row), col: Math.max(to.col, from.col) }) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
      `<xdr:cNvPr id="${i + 2}" name="${escapeXml(a.chart.name)}" descr="${escapeXml(altText(a.chart))}"/>` +
      `<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${a.relId}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${frames.join('')}</xdr:wsDr>`;
}

export const REL_CHART = `${NS_R}/chart`;
export const REL_DRAWING = `${NS_R}/drawing`;
export const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

export { relsXml } from '../xml/xml';
