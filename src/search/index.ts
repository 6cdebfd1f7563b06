import Fuse from "fuse.js";
import type { Entry } from "../knowledge/schema.js";
import { LANGS } from "../knowledge/schema.js";
import { detectLang } from "./detect-lang.js";
import { normalize } from "./normalize.js";
import type { Decision, SearchHit, Searcher } from "./types.js";

export type { Decision, SearchHit, Searcher } from "./types.js";

export const SEARCH_DEFAULTS = {
  answerAt: 0.6,
  suggestAt: 0.35,
  margin: 0.08,
  maxSuggestions: 3,
};

export function createSearcher(entries: readonly Entry[], options: Partial<typeof SEARCH_DEFAULTS> = {}): Searcher {
  const opts = { ...SEARCH_DEFAULTS, ...options };
  const docs = entries.flatMap((e) => LANGS.flatMap((l) => e.questions[l].map((q) => ({ id: e.id, text: normalize(q) }))));
  const fuse = new Fuse(docs, { keys: ["text"], includeScore: true, ignoreLocation: true, threshold: 0.5 });

  function rank(query: string, limit = 5): SearchHit[] {
    const q = normalize(query);
    if (!q) return [];
    const best = new Map<string, number>();
    for (const r of fuse.search(q, { limit: 50 })) {
      const score = 1 - (r.score ?? 1);
      if (score > (best.get(r.item.id) ?? -1)) best.set(r.item.id, score);
    }
    return [...best].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score).slice(0, limit);
  }

  function decide(query: string): Decision {
    const queryLang = detectLang(query);
    const hits = rank(query, opts.maxSuggestions + 1);
    const [top, second] = hits;
    if (top && top.score >= opts.answerAt && (!second || top.score - second.score >= opts.margin)) {
      return { kind: "answer", hit: top, alternatives: hits.slice(1), queryLang };
    }
    const suggestions = hits.filter((h) => h.score >= opts.suggestAt).slice(0, opts.maxSuggestions);
    if (suggestions.length > 0) return { kind: "suggest", suggestions, queryLang };
    return { kind: "none", suggestions: [], queryLang };
  }

  return { decide, rank };
}
