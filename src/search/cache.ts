import type { Decision, Searcher } from "./types.js";

/**
 * Remembers the latest decisions, least recently used out first. Voters ask the same short questions again and
 * again (and press the same buttons), and a decision depends on the text alone, so a repeat costs a map lookup.
 */
export function withDecisionCache(searcher: Searcher, size: number): Searcher {
  if (size <= 0) return searcher;
  const cache = new Map<string, Decision>();
  return {
    rank: (query, limit) => searcher.rank(query, limit),
    decide(query) {
      const hit = cache.get(query);
      if (hit) {
        cache.delete(query);
        cache.set(query, hit);
        return hit;
      }
      const decision = searcher.decide(query);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
      cache.set(query, decision);
      return decision;
    },
  };
}
