import type { Finding, Severity } from './types';

/**
 * Text on one line, cut to at most `max` characters with "…" when longer. Cut by code point, so
 * an emoji or other character outside the Basic Multilingual Plane is never split into "\uFFFD".
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Most text is short: only count code points when the UTF-16 length could be over.
  if (flat.length <= max) return flat;
  const points = Array.from(flat);
  if (points.length <= max) return flat;
  return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Quotes cell text for a message, shortened so a long paragraph does not swamp it. */
export function quote(text: string, max = 60): string {
  return `"${shorten(text, max)}"`;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Most severe first, then in sheet order (stable for equal cells). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
