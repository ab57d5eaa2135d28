/** A string → string memo with a size cap: names and aliases repeat across thousands of articles. */
export function memoize(fn: (s: string) => string, limit = 50_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(s, (out = fn(s)));
    }
    return out;
  };
}
