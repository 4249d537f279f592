/**
 * Reads a .cpuprofile written by `node --cpu-prof` and names the engine's hot spots by TypeScript
 * file:line (through the compiled files' source maps). Time spent in natives (RegExp, JSON, GC'd
 * allocation helpers) is charged to the nearest calling line in src/, which is where a fix would go.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface HotSpot {
  /** "src/plan/readRows.ts:120" */
  where: string;
  functionName: string;
  selfMs: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  engineMs: number;
  totalMs: number;
  byLine: HotSpot[];
  byFunction: HotSpot[];
}

export function analyseProfile(profileFile: string, root: string, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const msPerTick = totalMs / Math.max(1, profile.samples.length);

  const maps = new Map<string, SourceMap | null>();
  const mapFor = (url: string): SourceMap | null => {
    if (!maps.has(url)) {
      let map: SourceMap | null = null;
      try {
        const js = fileURLToPath(url);
        if (existsSync(`${js}.map`))
          map = new SourceMap(JSON.parse(readFileSync(`${js}.map`, 'utf8')));
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    return maps.get(url) ?? null;
  };
  /** TypeScript file:line of a 1-based line in a compiled file, or null outside src/. */
  const place = (url: string, line1: number, column0 = 0): string | null => {
    if (!url.includes('/src/')) return null;
    const map = mapFor(url);
    const entry = map?.findEntry(line1 - 1, column0) as
      | { originalSource?: string; originalLine?: number }
      | undefined;
    if (!entry?.originalSource || entry.originalLine === undefined) return null;
    const original = entry.originalSource;
    const source = original.startsWith('file:')
      ? fileURLToPath(original)
      : isAbsolute(original)
        ? original
        : resolve(dirname(fileURLToPath(url)), original);
    return `${relative(root, source)}:${entry.originalLine + 1}`;
  };
  const inSrc = (n: ProfileNode): boolean => /\/src\/(plan|report)\//.test(n.callFrame.url);

  const lineMs = new Map<string, { ms: number; fn: string }>();
  const fnMs = new Map<string, { ms: number; fn: string }>();
  const add = (
    m: Map<string, { ms: number; fn: string }>,
    key: string,
    fn: string,
    ms: number
  ): void => {
    const e = m.get(key) ?? { ms: 0, fn };
    e.ms += ms;
    m.set(key, e);
  };
  let engineMs = 0;
  for (const n of profile.nodes) {
    const ticks = n.hitCount ?? 0;
    if (ticks === 0) continue;
    // Own code: its line ticks; a native or library frame: charged to the nearest src/ caller.
    let owner: ProfileNode | undefined = n;
    while (owner && !inSrc(owner)) owner = byId.get(parent.get(owner.id) ?? -1);
    if (!owner) continue;
    const ms = ticks * msPerTick;
    engineMs += ms;
    const fnWhere =
      place(owner.callFrame.url, owner.callFrame.lineNumber + 1, owner.callFrame.columnNumber) ??
      owner.callFrame.url;
    const fn = owner.callFrame.functionName || '(anonymous)';
    add(fnMs, fnWhere, fn, ms);
    if (owner === n && n.positionTicks?.length) {
      for (const p of n.positionTicks)
        add(lineMs, place(n.callFrame.url, p.line) ?? fnWhere, fn, p.ticks * msPerTick);
    } else {
      // Native time: the calling line is not recorded per sample, so charge the caller function's line.
      add(lineMs, `${fnWhere} (in ${n.callFrame.functionName || 'native'})`, fn, ms);
    }
  }
  const rank = (m: Map<string, { ms: number; fn: string }>): HotSpot[] =>
    [...m.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, top)
      .map(([where, e]) => ({
        where,
        functionName: e.fn,
        selfMs: e.ms,
        share: engineMs ? e.ms / engineMs : 0,
      }));
  return { file: profileFile, engineMs, totalMs, byLine: rank(lineMs), byFunction: rank(fnMs) };
}
