/**
 * The user's choices (plan/core/choices.ts) as the custom XML part kept in the workbook: our own
 * namespace, one element per choice, attributes only. Office.js writes it
 * (workbook.customXmlParts) and the file reader finds it among customXml/item*.xml by namespace.
 * The parser is total: an entry it cannot read is named and left out, and the rest are used.
 */
import {
  FIELDS,
  columnLetters,
  columnNumber,
  emptyChoices,
  parseRange,
  rangeA1,
  type Choices,
  type ColumnOverrides,
  type Field,
  type PointedPlan,
} from '../plan';
import { CHOICES_SAY } from './messages';

export const CHOICES_NAMESPACE = 'urn:rag-plan:choices:1';

/** The choices read, and one line naming what could not be (null when all was read). */
export interface ChoicesReading {
  choices: Choices;
  problem: string | null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute's text with its entities resolved; null when an & starts no entity this reads. */
function unescape(text: string): string | null {
  if (/&(?!(?:#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);)/i.test(text)) return null;
  let bad = false;
  const out = text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (_, name: string) => {
    if (name in NAMED) return NAMED[name];
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    bad = true;
    return '';
  });
  return bad ? null : out;
}

/** The XML text of the part: what Office.js adds and a saved file carries as customXml/itemN.xml. */
export function serialiseChoices(choices: Choices): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'];
  lines.push(`<choices xmlns="${CHOICES_NAMESPACE}">`);
  for (const p of choices.pointed)
    lines.push(
      `  <plan sheet="${escape(p.sheet)}" range="${rangeA1(p)}" header="${p.headerRow}"/>`
    );
  for (const [key, fields] of Object.entries<ColumnOverrides>(choices.columns)) {
    const entries = FIELDS.filter((f) => f in fields);
    if (entries.length === 0) continue;
    lines.push(`  <columns plan="${escape(key)}">`);
    for (const field of entries) {
      const col = fields[field];
      lines.push(
        col
          ? `    <column field="${field}" col="${col}"/>`
          : `    <column field="${field}" use="no"/>`
      );
    }
    lines.push('  </columns>');
  }
  for (const key of choices.picked ?? []) lines.push(`  <picked plan="${escape(key)}"/>`);
  lines.push('</choices>');
  return `${lines.join('\n')}\n`;
}

interface Element {
  name: string;
  attrs: Map<string, string>;
  /** Depth below the root: 1 for the root's children. */
  depth: number;
}

const TAG =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

/** The elements of the document in order, or the reason it is not XML this parser reads. */
function elements(xml: string): Element[] | string {
  const body = xml
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const out: Element[] = [];
  const open: string[] = [];
  let at = 0;
  while (at < body.length) {
    const next = body.indexOf('<', at);
    const text = body.slice(at, next < 0 ? body.length : next);
    if (text.trim()) return 'text where only elements belong';
    if (next < 0) break;
    TAG.lastIndex = next;
    const m = TAG.exec(body);
    if (!m) return `unreadable markup at character ${next + 1}`;
    const [whole, closing, name, attrText, selfClosing] = m;
    at = next + whole.length;
    if (closing) {
      if (open.pop() !== name) return `</${name}> closes nothing`;
      continue;
    }
    const attrs = new Map<string, string>();
    for (const a of attrText.matchAll(ATTR)) {
      const value = unescape(a[2] ?? a[3] ?? '');
      if (value === null) return `an unreadable value in <${name}>`;
      attrs.set(a[1], value);
    }
    if (open.length === 0 && out.length > 0) return 'more than one root element';
    out.push({ name, attrs, depth: open.length });
    if (!selfClosing) open.push(name);
  }
  if (open.length > 0) return `<${open[open.length - 1]}> is never closed`;
  if (out.length === 0) return 'no element';
  return out;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function pointedOf(e: Element): PointedPlan | string {
  const sheet = e.attrs.get('sheet');
  const range = parseRange(e.attrs.get('range') ?? '');
  if (!sheet) return 'a plan with no sheet';
  if (!range || range.bottom > MAX_ROW || range.right > MAX_COL)
    return `a plan on '${sheet}' with no readable range`;
  const headerText = e.attrs.get('header');
  const headerRow = headerText === undefined ? range.top : Number(headerText);
  if (!Number.isInteger(headerRow) || headerRow < range.top || headerRow > range.bottom)
    return `a plan on '${sheet}' whose header row is not in ${rangeA1(range)}`;
  return { sheet, ...range, headerRow };
}

function columnOf(e: Element): [Field, string | null] | string {
  const field = e.attrs.get('field') as Field | undefined;
  if (!field || !FIELDS.includes(field)) return `no field called "${field ?? ''}"`;
  if (e.attrs.get('use') === 'no') return [field, null];
  const col = e.attrs.get('col') ?? '';
  const n = /^[A-Za-z]{1,3}$/.test(col) ? columnNumber(col) : 0;
  if (n < 1 || n > MAX_COL) return `no column "${col}" for the ${field}`;
  return [field, columnLetters(n)];
}

/** Reads the part's XML text; never throws. */
export function parseChoices(xml: string): ChoicesReading {
  const found = elements(xml);
  if (typeof found === 'string')
    return { choices: emptyChoices(), problem: CHOICES_SAY.unreadable(found) };
  const root = found[0];
  if (root.name !== 'choices' || root.attrs.get('xmlns') !== CHOICES_NAMESPACE)
    return { choices: emptyChoices(), problem: CHOICES_SAY.unreadable('not a RAG Plan part') };
  const choices = emptyChoices();
  const skipped: string[] = [];
  const picked: string[] = [];
  let columns: ColumnOverrides | null = null;
  const byPlan = new Map<string, ColumnOverrides>();
  for (const e of found.slice(1)) {
    if (e.depth === 1) columns = null;
    if (e.depth === 1 && e.name === 'plan') {
      const p = pointedOf(e);
      if (typeof p === 'string') skipped.push(p);
      else choices.pointed.push(p);
    } else if (e.depth === 1 && e.name === 'columns') {
      const key = e.attrs.get('plan');
      if (!key) skipped.push('columns for no plan');
      else {
        // A Map: a plan key may be any table name, "constructor" or "__proto__" among them.
        columns = byPlan.get(key) ?? {};
        byPlan.set(key, columns);
      }
    } else if (e.depth === 2 && e.name === 'column' && columns) {
      const c = columnOf(e);
      if (typeof c === 'string') skipped.push(c);
      else columns[c[0]] = c[1];
    } else if (e.depth === 1 && e.name === 'picked' && e.attrs.get('plan')) {
      picked.push(e.attrs.get('plan') as string);
    }
    // Anything else is from a later version: left for it, not an error.
  }
  choices.columns = Object.fromEntries(
    [...byPlan].filter(([, fields]) => Object.keys(fields).length > 0)
  );
  choices.picked = picked.length > 0 ? picked : null;
  const problem = skipped.length > 0 ? CHOICES_SAY.damaged(skipped.join('; ')) : null;
  return { choices, problem };
}
