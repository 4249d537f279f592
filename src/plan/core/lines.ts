const BULLET = /^\s*(?:[•·▪◦‣●○■□➢►\-–*]|\d{1,2}[.)])\s+/;
/** Whitespace that collapsing would change: a run of spaces, or a tab, line break or other space. */
const UNEVEN_SPACE = /[^\S ]| {2}/;
const LINE_BREAK = /\r\n|\r|\n/;

/** A line with its spaces collapsed, trimmed. Most lines have none to collapse: no string is made. */
function tidy(line: string): string {
  return (UNEVEN_SPACE.test(line) ? line.replace(/\s+/g, ' ') : line).trim();
}

/** A (trimmed) line without its bullet or number. */
function unbulleted(line: string, isBullet: boolean): string {
  return isBullet ? line.replace(BULLET, '').trim() : line;
}

/**
 * The lines of a stacked cell: one entry per action, timescale or lead written on its own line.
 * Blank lines are dropped; where a cell uses bullets, text up to the next bullet is one item; a line
 * that starts in lower case continues the line above (a sentence broken by a narrow column).
 */
export function splitLines(text: string): string[] {
  if (!text.includes('\n') && !text.includes('\r')) {
    const t = text.trim();
    return t ? [unbulleted(t, BULLET.test(t))] : [];
  }
  const raw: string[] = [];
  const bullets: boolean[] = [];
  for (const part of text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n')) {
    const line = tidy(part);
    if (!line) continue;
    raw.push(line);
    bullets.push(BULLET.test(line));
  }
  const bulleted = bullets.includes(true);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    const continues = out.length > 0 && ((bulleted && !bullets[i]) || /^[a-z(,;&]/.test(line));
    const clean = unbulleted(line, bullets[i]);
    if (!clean) continue;
    if (continues) out[out.length - 1] = `${out[out.length - 1]} ${clean}`;
    else out.push(clean);
  }
  return out;
}
