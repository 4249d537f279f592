/**
 * The shared strings part, streamed: each <si> as plain text (rich-text runs joined, phonetic
 * guides left out), in order, so a cell's t="s" index finds its text.
 */
import { ownCopy } from '../xml/ownCopy';
import { unescapeXml } from '../xml/xml';
import type { XmlHandler } from '../xml/xmlStream';

export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  private inItem = false;
  private capture = false;
  private inPhonetic = 0;
  private parts: string[] = [];

  open(name: string, _source: string, _start: number, _end: number, selfClosing: boolean): void {
    if (name === 'si') {
      this.parts = [];
      if (selfClosing) this.strings.push('');
      else this.inItem = true;
    } else if (name === 'rPh' && !selfClosing) this.inPhonetic += 1;
    else if (name === 't' && this.inItem && this.inPhonetic === 0 && !selfClosing)
      this.capture = true;
  }

  close(name: string): void {
    if (name === 't') this.capture = false;
    else if (name === 'rPh') this.inPhonetic = Math.max(0, this.inPhonetic - 1);
    else if (name === 'si' && this.inItem) {
      this.strings.push(ownCopy(this.parts.join('')));
      this.inItem = false;
    }
  }

  text(text: string, raw: boolean): void {
    if (this.capture) this.parts.push(raw ? text : unescapeXml(text));
  }
}
