const BULLET = /^\s*(?:[•·▪◦‣●○■□➢►\-–*]|\d{1,2}[.)])\s+/;

/**
 * The lines of a stacked cell: one entry per action, timescale or lead written on its own line.
 * Blank lines are dropped; where a cell uses bullets, text up to the next bullet is one item; a line
 * that starts in lower case continues the line above (a sentence broken by a narrow column).
 */
export function splitLines(text: string): string[] {
  if (!text.includes('\n') && !text.includes('\r')) {
    const t = text.trim();
    return t ? [t.replace(BULLET, '').trim()] : [];
  }
  const raw = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
  const bulleted = raw.some((l) => BULLET.test(l));
  const out: string[] = [];
  for (const line of raw) {
    const isBullet = BULLET.test(line);
    const continues = out.length > 0 && ((bulleted && !isBullet) || /^[a-z(,;&]/.test(line));
    const clean = line.replace(BULLET, '').trim();
    if (!clean) continue;
    if (continues) out[out.length - 1] = `${out[out.length - 1]} ${clean}`;
    else out.push(clean);
  }
  return out;
}
