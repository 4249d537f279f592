/**
 * When two actions are "the same", across two snapshots (or two copies of a plan). In order:
 * 1. the same text: area, objective and action, normalised (case, spacing, punctuation ignored);
 *    several actions with the same text pair up by reference, then by equal RAG, state and due
 *    date, then in order;
 * 2. the same reference (and stacked line), when it is unique on both sides: a reworded action
 *    keeps its number;
 * 3. the most similar text, scoring at least SAME_THRESHOLD, when no other candidate scores as
 *    high: a tie is left as one action removed and one added rather than a guess.
 * Row numbers never count, so inserted, deleted and sorted rows change nothing. Actions of a
 * roll-up are matched only within their own workbook (the workbook their cell names), so the same
 * reference or text in two directorates' plans never pairs.
 */
import { dice, normaliseText, pairProfile, type PairProfile } from './text';
import type { SnapAction } from './snapshot';
import { pushAll, workbookSheet } from '../core';

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
  const olderBy = groupBy(older, workbookKeyOf);
  const newerBy = groupBy(newer, workbookKeyOf);
  const keys = new Set([...olderBy.keys(), ...newerBy.keys()]);
  if (keys.size <= 1) return matchWithin(older, newer);
  const out: Matching = { pairs: [], added: [], removed: [] };
  for (const key of keys) {
    const m = matchWithin(olderBy.get(key) ?? [], newerBy.get(key) ?? []);
    pushAll(out.pairs, m.pairs);
    pushAll(out.added, m.added);
    pushAll(out.removed, m.removed);
  }
  return out;
}

/** The workbook an action's cell names ('' for the workbook itself, or no cell kept). */
function workbookKeyOf(a: SnapAction): string {
  return a.at ? (workbookSheet(a.at.sheet).workbook ?? '') : '';
}

function matchWithin(older: SnapAction[], newer: SnapAction[]): Matching {
  const pairs: [SnapAction, SnapAction][] = [];
  let olds = older;
  let news = newer;
  for (const step of [byText, byRef, bySimilarity]) {
    const found = step(olds, news);
    pushAll(pairs, found);
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
    if (newGroup) pushAll(pairs, pairWithin(oldGroup, newGroup));
  }
  return pairs;
}

/** Same-text actions: by reference first, then by equal status (so a sort makes no change), then in order. */
function pairWithin(olds: SnapAction[], news: SnapAction[]): [SnapAction, SnapAction][] {
  if (olds.length === 1 && news.length === 1) return [[olds[0], news[0]]];
  const pairs: [SnapAction, SnapAction][] = [];
  const used = new Set<SnapAction>();
  // Each way of pairing takes the first unused newer action of its key, in order: queues with a
  // cursor, so a group of thousands of same-text actions (blank ones) is paired in linear time.
  const queue = (key: (a: SnapAction) => string | null) => {
    const lists = groupBy(news, key);
    const at = new Map<string, number>();
    return (k: string | null): SnapAction | undefined => {
      const list = k === null ? undefined : lists.get(k);
      if (!list || k === null) return undefined;
      let i = at.get(k) ?? 0;
      while (i < list.length && used.has(list[i])) i++;
      at.set(k, i);
      return list[i];
    };
  };
  const take = (o: SnapAction, n: SnapAction | undefined): boolean => {
    if (!n) return false;
    used.add(n);
    pairs.push([o, n]);
    return true;
  };
  const byRefKey = queue(refKey);
  const byStatus = queue(statusKey);
  const byOrder = queue(() => '');
  const rest = olds.filter((o) => !take(o, byRefKey(refKey(o))));
  const rest2 = rest.filter((o) => !take(o, byStatus(statusKey(o))));
  for (const o of rest2) take(o, byOrder(''));
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

interface Candidate {
  o: SnapAction;
  n: SnapAction;
  score: number;
}

function bySimilarity(olds: SnapAction[], news: SnapAction[]): [SnapAction, SnapAction][] {
  if (olds.length === 0 || news.length === 0 || olds.length * news.length > MAX_FUZZY_PAIRS)
    return [];
  const oldProfiles = olds.map(profile);
  const newProfiles = news.map(profile);
  const candidates: Candidate[] = [];
  olds.forEach((o, i) =>
    news.forEach((n, j) => {
      const s = score(oldProfiles[i], newProfiles[j]);
      if (s >= SAME_THRESHOLD) candidates.push({ o, n, score: s });
    })
  );
  candidates.sort((x, y) => y.score - x.score);
  const done = new Set<SnapAction>();
  const pairs: [SnapAction, SnapAction][] = [];
  const rival = (c: Candidate, d: Candidate | undefined): boolean =>
    !!d &&
    Math.abs(d.score - c.score) < 1e-9 &&
    (d.o === c.o || d.n === c.n) &&
    !done.has(d.o) &&
    !done.has(d.n);
  /** Candidates sorted by score: those as good as c are next to it, so only they are looked at. */
  const tiedAt = (i: number): boolean => {
    const c = candidates[i];
    for (let j = i - 1; j >= 0 && candidates[j].score - c.score < 1e-9; j--)
      if (rival(c, candidates[j])) return true;
    for (let j = i + 1; j < candidates.length && c.score - candidates[j].score < 1e-9; j++)
      if (rival(c, candidates[j])) return true;
    return false;
  };
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (done.has(c.o) || done.has(c.n)) continue;
    // A rival as good for either side: not sure which is which, so neither is matched.
    const tied = tiedAt(i);
    done.add(c.o);
    done.add(c.n);
    if (!tied) pairs.push([c.o, c.n]);
  }
  return pairs;
}
