/**
 * Flag in place on a plan sheet's own XML (the rule is in report/flagRule.ts): shade the overdue
 * rows of a plan with a conditional format and put a RAG drop-down on its RAG column, or take both
 * away again. Only <conditionalFormatting> and <dataValidation> elements RAG Plan added are ever
 * removed; the sheet's cells and every other element stay exactly as they were.
 */
import { parseRange, rangeA1, type CellRange, type Plan, maxOf } from '../../plan';
import {
  FLAG_FILL,
  FLAG_MARKER,
  overdueRowAreas,
  RAG_LIST,
  RAG_LIST_MESSAGE,
  RAG_LIST_TITLE,
  ragColumnArea,
} from '../../report/flagRule';
import type { StylesWriter } from './writeStyles';
import { attr, escapeXml, topLevelElements, unescapeXml } from '../xml/xml';

export interface FlagResult {
  sheet: string;
  /** Areas shaded as overdue (empty when turning off). */
  shaded: CellRange[];
  /** Cells given the RAG drop-down. */
  dropDowns: number;
  /** RAG cells left alone because the user has a validation of their own there. */
  keptUserValidations: number;
  /** What was taken away first: RAG Plan's old formats and drop-downs on this sheet. */
  removed: { formats: number; dropDowns: number };
}

const LIST_FORMULA = `"${RAG_LIST}"`;

/**
 * The overdue shading's look. Registered on every refresh, flagged or not (refreshWorkbook.ts), so
 * styles.xml is the same after --unflag as after a refresh that never flagged: a style entry can
 * never be taken out again without renumbering every one after it.
 */
export const FLAG_LOOK = { fill: FLAG_FILL.slice(1) };
/** Worksheet children that come after <conditionalFormatting> and <dataValidations> (CT_Worksheet order). */
const AFTER_FORMATS = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
const AFTER_VALIDATIONS = AFTER_FORMATS.slice(1);

/** True when every area of a reference ("A5:F6 H5:J6") lies inside the plan. */
function inside(ref: string, area: CellRange): boolean {
  const parts = ref.trim().split(/\s+/).map(parseRange);
  return (
    parts.length > 0 &&
    parts.every(
      (r) =>
        !!r &&
        r.top >= area.top &&
        r.bottom <= area.bottom &&
        r.left >= area.left &&
        r.right <= area.right
    )
  );
}

function cellCount(ref: string): number {
  return ref
    .trim()
    .split(/\s+/)
    .map(parseRange)
    .reduce((n, r) => n + (r ? (r.bottom - r.top + 1) * (r.right - r.left + 1) : 0), 0);
}

function covers(ref: string, row: number, col: number): boolean {
  return ref
    .trim()
    .split(/\s+/)
    .map(parseRange)
    .some((r) => !!r && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

function isOurFormat(element: string): boolean {
  const formulas = [...element.matchAll(/<(?:\w+:)?formula>([\s\S]*?)<\/(?:\w+:)?formula>/g)].map(
    (m) => unescapeXml(m[1]).replace(/^=/, '').trim()
  );
  const rules = element.match(/<(?:\w+:)?cfRule\b/g) ?? [];
  return rules.length === 1 && formulas.length === 1 && formulas[0] === FLAG_MARKER;
}

function isOurDropDown(element: string): boolean {
  const formula = /<(?:\w+:)?formula1>([\s\S]*?)<\/(?:\w+:)?formula1>/.exec(element)?.[1];
  return (
    attr(element, 'type') === 'list' &&
    attr(element, 'errorTitle') === RAG_LIST_TITLE &&
    formula !== undefined &&
    unescapeXml(formula) === LIST_FORMULA
  );
}

/** The part of the sheet after its cells, where formats and validations live, and where it starts. */
function tailOf(xml: string): {
  start: number;
  children: { name: string; index: number; end: number }[];
} {
  const close = xml.indexOf('</sheetData>');
  const start =
    close >= 0
      ? close + '</sheetData>'.length
      : (/<(?:\w+:)?sheetData\s*\/>/.exec(xml)?.index ?? 0);
  const end = xml.lastIndexOf('</');
  const wrapped = `<x>${xml.slice(start, end)}</x>`;
  return {
    start,
    children: topLevelElements(wrapped).map((e) => ({
      name: e.name,
      index: e.index - 3 + start,
      end: e.end - 3 + start,
    })),
  };
}

interface Edit {
  at: number;
  end: number;
  text: string;
}

function applyEdits(xml: string, edits: Edit[]): string {
  let out = xml;
  for (const e of [...edits].sort((a, b) => b.at - a.at || b.end - a.end))
    out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return out;
}

function insertionPoint(
  xml: string,
  children: { name: string; index: number; end: number }[],
  after: string[],
  sameName: string
): number {
  const same = children.filter((c) => c.name === sameName);
  if (same.length > 0) return same[same.length - 1].end;
  const later = children.find((c) => after.includes(c.name));
  return later ? later.index : xml.lastIndexOf('</');
}

/** Sheet references of the rows of one column, as single cells or runs ("E5:E8 E10"). */
function runsOf(rows: number[], col: number): string {
  const out: string[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(rangeA1({ top: rows[i], left: col, bottom: rows[j], right: col }));
    i = j + 1;
  }
  return out.join(' ');
}

/** The sheet XML with the plan's flags set (on) or taken away (off). */
export function flagSheetXml(
  xml: string,
  plan: Plan,
  on: boolean,
  styles: StylesWriter
): { xml: string; result: FlagResult } {
  const result: FlagResult = {
    sheet: plan.sheet,
    shaded: [],
    dropDowns: 0,
    keptUserValidations: 0,
    removed: { formats: 0, dropDowns: 0 },
  };
  const area = plan.range;
  const { children } = tailOf(xml);
  const edits: Edit[] = [];
  // Always start clean within the plan, so the shading matches this as-of date; another plan on the sheet keeps its flags.
  for (const c of children.filter((c) => c.name === 'conditionalFormatting')) {
    const element = xml.slice(c.index, c.end);
    if (!isOurFormat(element) || !inside(attr(element, 'sqref') ?? '', area)) continue;
    edits.push({ at: c.index, end: c.end, text: '' });
    result.removed.formats += 1;
  }
  const block = children.find((c) => c.name === 'dataValidations');
  const userRefs: string[] = [];
  let keptValidations: string[] = [];
  if (block) {
    const elements =
      xml
        .slice(block.index, block.end)
        .match(/<(?:\w+:)?dataValidation\b(?:[^>]*\/>|[\s\S]*?<\/(?:\w+:)?dataValidation>)/g) ?? [];
    for (const v of elements) {
      if (isOurDropDown(v) && inside(attr(v, 'sqref') ?? '', area))
        result.removed.dropDowns += cellCount(attr(v, 'sqref') ?? '');
      else {
        keptValidations.push(v);
        userRefs.push(attr(v, 'sqref') ?? '');
      }
    }
  }
  // Excel's extended drop-downs (a list from another sheet) are the user's too.
  for (const m of xml.matchAll(/<xm:sqref>([^<]*)<\/xm:sqref>/g))
    if (/x14:dataValidation/.test(xml.slice(Math.max(0, m.index - 2000), m.index)))
      userRefs.push(m[1]);

  if (on) {
    result.shaded = overdueRowAreas(plan);
    // After the rules that stay (not ours, being taken away): flagging again numbers ours the same.
    const priorities = [...xml.matchAll(/<(?:\w+:)?cfRule\b[^>]*\spriority="(\d+)"/g)]
      .filter((m) => !edits.some((e) => m.index >= e.at && m.index < e.end))
      .map((m) => Number(m[1]));
    let priority = maxOf(priorities, 0) + 1;
    const dxf = styles.diffStyle(FLAG_LOOK);
    const formats = result.shaded.map(
      (ref) =>
        `<conditionalFormatting sqref="${rangeA1(ref)}"><cfRule type="expression" dxfId="${dxf}" priority="${priority++}"><formula>${escapeXml(FLAG_MARKER)}</formula></cfRule></conditionalFormatting>`
    );
    if (formats.length > 0)
      edits.push({
        at: insertionPoint(xml, children, AFTER_FORMATS, 'conditionalFormatting'),
        end: -1,
        text: formats.join(''),
      });
    const rag = ragColumnArea(plan);
    if (rag) {
      const free: number[] = [];
      for (let row = rag.top; row <= rag.bottom; row++) {
        if (userRefs.some((ref) => covers(ref, row, rag.left))) result.keptUserValidations += 1;
        else free.push(row);
      }
      result.dropDowns = free.length;
      if (free.length > 0) {
        keptValidations = [
          ...keptValidations,
          `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" errorTitle="${escapeXml(RAG_LIST_TITLE)}" error="${escapeXml(RAG_LIST_MESSAGE)}" sqref="${runsOf(free, rag.left)}"><formula1>${escapeXml(LIST_FORMULA)}</formula1></dataValidation>`,
        ];
      }
    }
  }
  const changedValidations = result.removed.dropDowns > 0 || result.dropDowns > 0;
  if (changedValidations) {
    const text =
      keptValidations.length > 0
        ? `<dataValidations count="${keptValidations.length}">${keptValidations.join('')}</dataValidations>`
        : '';
    if (block) edits.push({ at: block.index, end: block.end, text });
    else
      edits.push({
        at: insertionPoint(xml, children, AFTER_VALIDATIONS, 'dataValidations'),
        end: -1,
        text,
      });
  }
  return {
    xml: applyEdits(
      xml,
      edits.map((e) => ({ ...e, end: e.end < 0 ? e.at : e.end }))
    ),
    result,
  };
}
