/**
 * Recommendations from text pasted out of a review's report: page furniture left out, the list's
 * own kind of marker found (listStyle.ts), and each recommendation's lines joined into one text
 * with its sub-bullets (joinLines.ts). A short heading just above a recommendation is the theme of
 * it and of those after it. Total: any text gives a result; an empty list comes with the reason.
 */
import { furnitureLines } from './furniture';
import { isHeadingLike } from './headingLike';
import { joinLines, type BodyLine } from './joinLines';
import { listStarts, type MarkedLine } from './listStyle';
import { readMarker, type MarkerKind } from './markers';
import { textLines, type TextLine } from './textLines';

export interface Recommendation {
  /** As the report numbers it: "3", "2.1", "b"; bullets and plain lines are numbered 1, 2, 3. */
  ref: string;
  /** The heading it sits under, or its own title ("Recommendation 3: Finance"); null when none. */
  theme: string | null;
  /** Its text, sub-bullets on lines of their own. */
  text: string;
}

/** How the list was written: a marker kind, or plain paragraphs when no line had a marker. */
export type ListKind = MarkerKind | 'paragraphs';

export interface ParsedRecommendations {
  recommendations: Recommendation[];
  kind: ListKind | null;
  /** Page furniture left out (page numbers, footers, running headers), as written. */
  leftOut: string[];
}

/** Each kept line with its marker, and whether a gap (blank, furniture, page break) came before it. */
function bodyLines(
  lines: TextLine[],
  furniture: Set<number>,
  from: number,
  to: number
): BodyLine[] {
  const out: BodyLine[] = [];
  let gap = false;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line.text || furniture.has(i)) {
      gap = true;
      continue;
    }
    out.push({
      text: line.text,
      gapBefore: gap || line.afterPageBreak,
      marker: readMarker(line.text),
    });
    gap = false;
  }
  return out;
}

/**
 * A paragraph of one heading-like line, the last thing before the next recommendation and not all
 * there is of this one: the next one's theme.
 */
function themeAbove(
  body: BodyLine[],
  ownText: boolean
): { theme: string | null; body: BodyLine[] } {
  const last = body[body.length - 1];
  // "Key recommendations" over the list is its title, not a theme.
  if (!last || last.marker || !isHeadingLike(last.text) || /recommendation/i.test(last.text))
    return { theme: null, body };
  const leavesText = ownText || body.length > 1;
  if (!leavesText || (body.length > 1 && !last.gapBefore)) return { theme: null, body };
  return { theme: last.text, body: body.slice(0, -1) };
}

function plainParagraphs(lines: TextLine[], furniture: Set<number>): Recommendation[] {
  const text = joinLines(bodyLines(lines, furniture, 0, lines.length));
  return text
    .split('\n')
    .filter(Boolean)
    .map((t, i) => ({ ref: String(i + 1), theme: null, text: t }));
}

function itemText(
  kind: MarkerKind,
  rest: string,
  body: BodyLine[]
): { title: string | null; text: string } {
  // "Recommendation 3: Finance" over its text: the words on the heading line are its title.
  if (kind === 'heading' && rest && body.length > 0 && isHeadingLike(rest))
    return { title: rest, text: joinLines(body) };
  return {
    title: null,
    text: joinLines([{ text: rest, gapBefore: false, marker: null }, ...body]),
  };
}

export function parseRecommendations(text: string): ParsedRecommendations {
  const lines = textLines(text);
  const marked: MarkedLine[] = [];
  lines.forEach((line, index) => {
    const marker = readMarker(line.text);
    if (marker) marked.push({ index, indent: line.indent, marker });
  });
  const starts = new Set(marked.map((m) => m.index));
  const furniture = furnitureLines(lines, (i) => starts.has(i));
  const leftOut = [...furniture].map((i) => lines[i].text);
  const list = listStarts(marked.filter((m) => !furniture.has(m.index)));
  if (!list) {
    const recommendations = plainParagraphs(lines, furniture);
    return { recommendations, kind: recommendations.length ? 'paragraphs' : null, leftOut };
  }
  const end = list.end ?? lines.length;
  // Above the first recommendation, whatever comes before is not part of any.
  let theme = themeAbove(bodyLines(lines, furniture, 0, list.starts[0]), true).theme;
  const recommendations: Recommendation[] = [];
  list.starts.forEach((start, n) => {
    const next = list.starts[n + 1] ?? end;
    const marker = readMarker(lines[start].text)!;
    const lines0 = bodyLines(lines, furniture, start + 1, next);
    // The last recommendation keeps all its lines: there is no next one for a heading to be over.
    const above =
      n + 1 < list.starts.length
        ? themeAbove(lines0, marker.rest !== '')
        : { theme: null, body: lines0 };
    const { title, text: body } = itemText(list.kind, marker.rest, above.body);
    const ref = list.kind === 'bullet' ? String(n + 1) : marker.label;
    recommendations.push({ ref, theme: title ?? theme, text: body });
    if (above.theme) theme = above.theme;
  });
  return { recommendations, kind: list.kind, leftOut };
}
