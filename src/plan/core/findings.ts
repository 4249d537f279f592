import { shorten } from './shorten';
import type { Finding, Severity } from './types';

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
