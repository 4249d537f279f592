/**
 * When two actions are "the same", across two snapshots (or two copies of a plan). In order:
 * 1. the same text: area, objective and action, normalised (case, spacing, punctuation ignored);
 *    several actions with the same text pair up by reference, then by equal RAG, state and due
 *    date, then in order;
 * 2. the same reference (and stacked line), when it is unique on both sides: a reworded action
 *    keeps its number;
 * 3. the most similar text, scoring at least SAME_THRESHOLD, when no other candidate scores as
 *    high: a tie is left as one action removed and one added rather than a guess.
 * Row numbers never count, so inserted, deleted and sorted rows change nothing.
 */
import { dice, normaliseText, pairProfile, type PairProfile } from './text';
import type { SnapAction } from './snapshot';

export const SAME_THRESHOLD = 0.8;
/** Pairs compared by similarity at most: beyond this, unmatched actions stay added and removed. */
export const MAX_FUZZY_PAIRS = 250_000;

export interface Matching {
  /** [older, newer] */
  pairs: [SnapAction, SnapAction][];
  added: SnapAction[];
  removed: SnapAction[];
}

export function matchActions(older: SnapAction[], newer: SnapAction[]): Matching {
  const pairs: [SnapAction, SnapAction][] = [];
  let olds = older;
  let news = newer;
  for (const step of [byText, byRef, bySimilarity]) {
    const found = step(olds, news);
    pairs.push(...found);
    const usedOld = new Set(found.map((p) => p[0]));
    const usedNew = new Set(found.map((p) => p[1]));
    olds = olds.filter((a) => !usedOld.has(a));
    news = news.filter((a) => !usedNew.has(a));
  }
  return { pairs, added: news, removed: olds };
}

function groupBy(
  actions: SnapAction[],
  key: (a: SnapAction) => string | null
): Map<string, SnapAction[]> {
  const out = new Map<string, SnapAction[]>();
  for (const a of actions) {
    const k = key(a);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(a);
    else out.set(k, [a]);
  }
  return out;
}

const refKey = (a: SnapAction): string | null =>
  a.ref ? `${normaliseText(a.ref)}#${a.line}` : null;
const statusKey = (a: SnapAction): string => `${a.rag}|${a.state}|${a.due}`;

function byText(olds: SnapAction[], news: SnapAction[]): [SnapAction, SnapAction][] {
  const newByFp = groupBy(news, (a) => a.fp);
  const pairs: [SnapAction, SnapAction][] = [];
  for (const [fp, oldGroup] of groupBy(olds, (a) => a.fp)) {
    const newGroup = newByFp.get(fp);
    if (newGroup) pairs.push(...pairWithin(oldGroup, newGroup));
  }
  return pairs;
}

/** Same-text actions: by reference first, then by equal status (so a sort makes no change), then in order. */
function pairWithin(olds: SnapAction[], news: SnapAction[]): [SnapAction, SnapAction][] {
  if (olds.length === 1 && news.length === 1) return [[olds[0], news[0]]];
  const pairs: [SnapAction, SnapAction][] = [];
  const left = new Set(news);
  const take = (o: SnapAction, same: (n: SnapAction) => boolean): boolean => {
    const n = [...left].find(same);
    if (!n) return false;
    left.delete(n);
    pairs.push([o, n]);
    return true;
  };
  const rest = olds.filter((o) => !(refKey(o) !== null && take(o, (n) => refKey(n) === refKey(o))));
  const rest2 = rest.filter((o) => !take(o, (n) => statusKey(n) === statusKey(o)));
  for (const o of rest2) take(o, () => true);
  return pairs;
}

function byRef(olds: SnapAction[], news: SnapAction[]): [SnapAction, SnapAction][] {
  const newByRef = groupBy(news, refKey);
  const pairs: [SnapAction, SnapAction][] = [];
  for (const [ref, oldGroup] of groupBy(olds, refKey)) {
    const newGroup = newByRef.get(ref);
    if (oldGroup.length === 1 && newGroup?.length === 1) pairs.push([oldGroup[0], newGroup[0]]);
  }
  return pairs;
}

/** What similarity looks at in an action: its own words, and its area and objective. */
interface Profiled {
  action: PairProfile;
  context: PairProfile;
}

function profile(a: SnapAction): Profiled {
  return {
    action: pairProfile(a.action ?? ''),
    context: pairProfile(`${a.area ?? ''} ${a.objective ?? ''}`),
  };
}

/** Mostly the action's own words, a little its area and objective (so a renamed area still matches). */
function score(a: Profiled, b: Profiled): number {
  return 0.8 * dice(a.action, b.action) + 0.2 * dice(a.context, b.context);
}

export function actionSimilarity(a: SnapAction, b: SnapAction): number {
  return score(profile(a), profile(b));
}

function bySimilarity(olds: SnapAction[], news: SnapAction[]): [SnapAction, SnapAction][] {
  if (olds.length === 0 || news.length === 0 || olds.length * news.length > MAX_FUZZY_PAIRS)
    return [];
  const oldProfiles = olds.map(profile);
  const newProfiles = news.map(profile);
  const candidates: { o: SnapAction; n: SnapAction; score: number }[] = [];
  olds.forEach((o, i) =>
    news.forEach((n, j) => {
      const s = score(oldProfiles[i], newProfiles[j]);
      if (s >= SAME_THRESHOLD) candidates.push({ o, n, score: s });
    })
  );
  candidates.sort((x, y) => y.score - x.score);
  const done = new Set<SnapAction>();
  const pairs: [SnapAction, SnapAction][] = [];
  for (const c of candidates) {
    if (done.has(c.o) || done.has(c.n)) continue;
    // A rival as good for either side: not sure which is which, so neither is matched.
    const tied = candidates.some(
      (d) =>
        d !== c &&
        Math.abs(d.score - c.score) < 1e-9 &&
        (d.o === c.o || d.n === c.n) &&
        !done.has(d.o) &&
        !done.has(d.n)
    );
    done.add(c.o);
    done.add(c.n);
    if (!tied) pairs.push([c.o, c.n]);
  }
  return pairs;
}
