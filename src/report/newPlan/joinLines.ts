/**
 * A recommendation's lines as the text of one cell. Lines a page wrapped, or a page break (and its
 * footer) cut in two, are joined with a space: the line before does not end a sentence and the
 * next does not start a new one. Otherwise each paragraph, and every sub-bullet or sub-item, starts
 * a new line of the cell; bullets are written "•".
 */
import type { Marker } from './markers';

export interface BodyLine {
  text: string;
  /** Blank lines, page furniture or a page break came between it and the line before. */
  gapBefore: boolean;
  marker: Marker | null;
}

const ENDS_SENTENCE = /[.!?:;)\]"”’]$/;

function continues(before: string, line: BodyLine): boolean {
  if (line.marker) return false;
  if (ENDS_SENTENCE.test(before)) return false;
  return !line.gapBefore || /^[a-z(,;]/.test(line.text);
}

function shown(line: BodyLine): string {
  if (line.marker?.kind === 'bullet') return `• ${line.marker.rest}`;
  return line.text;
}

export function joinLines(lines: BodyLine[]): string {
  let out = '';
  for (const line of lines) {
    if (!line.text) continue;
    if (!out) out = shown(line);
    else if (continues(out, line)) out += /\w-$/.test(out) ? line.text : ` ${line.text}`;
    else out += `\n${shown(line)}`;
  }
  return out.trim();
}
