/**
 * Pasted text as lines: every kind of line break (a form feed is a page break), non-breaking and
 * other odd spaces as plain spaces, tabs as four spaces, and each line's indent kept (a sub-bullet
 * is told from its bullet by it).
 */
export interface TextLine {
  /** The line without its indent or trailing spaces. */
  text: string;
  /** Leading spaces (a tab counts four). */
  indent: number;
  /** A page break (form feed) came right before it. */
  afterPageBreak: boolean;
}

const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;

export function textLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let pageBreak = false;
  for (const piece of String(text ?? '').split(/\r\n|\n|\r|\u2028|\u2029|(\f)/)) {
    if (piece === undefined) continue;
    if (piece === '\f') {
      pageBreak = true;
      continue;
    }
    const spaced = piece.replace(ODD_SPACES, ' ').replace(/\t/g, '    ');
    const body = spaced.trim();
    out.push({
      text: body,
      indent: body ? spaced.length - spaced.trimStart().length : 0,
      afterPageBreak: pageBreak,
    });
    pageBreak = false;
  }
  return out;
}
