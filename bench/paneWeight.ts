/**
 * Pane weight: the JavaScript the task pane loads before it can show anything, i.e. every
 * <script src> in dist/taskpane.html that the add-in serves itself, gzipped as a server would send it.
 * Office.js comes from Microsoft's CDN, is cached across add-ins, and is listed but not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PaneWeight {
  scripts: { src: string; bytes: number; gzipBytes: number }[];
  external: string[];
  totalBytes: number;
  totalGzipBytes: number;
}

/** The src of every script tag, in document order. */
export function scriptSources(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(
    /<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi
  )) {
    out.push(m[1] ?? m[2] ?? m[3]);
  }
  return out;
}

export function paneWeight(dist: string): PaneWeight | string {
  const page = join(dist, 'taskpane.html');
  if (!existsSync(page)) return 'dist/taskpane.html is missing: run npm run build:placeholder';
  const scripts: PaneWeight['scripts'] = [];
  const external: string[] = [];
  for (const src of scriptSources(readFileSync(page, 'utf8'))) {
    if (/^(https?:)?\/\//i.test(src)) {
      external.push(src);
      continue;
    }
    const file = join(dist, src.replace(/^\.?\//, '').replace(/[?#].*$/, ''));
    if (!existsSync(file)) return `dist/taskpane.html loads ${src}, which is not in dist/`;
    const body = readFileSync(file);
    scripts.push({ src, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
  }
  return {
    scripts,
    external,
    totalBytes: scripts.reduce((s, x) => s + x.bytes, 0),
    totalGzipBytes: scripts.reduce((s, x) => s + x.gzipBytes, 0),
  };
}
