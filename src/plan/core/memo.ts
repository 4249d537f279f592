/**
 * Remembers a pure function's results by key. Plans repeat the same few timescales, leads and
 * ratings thousands of times; the readers' results are immutable, so they can be shared.
 */
export function memo<R>(fn: (key: string) => R, limit = 20_000): (key: string) => R {
  const cache = new Map<string, R>();
  return (key: string): R => {
    let r = cache.get(key);
    if (r === undefined) {
      r = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, r);
    }
    return r;
  };
}
