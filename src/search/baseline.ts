import Fuse from "fuse.js";
import type { Entry } from "../knowledge/schema.js";
import { LANGS } from "../knowledge/schema.js";
import type { Decision, Searcher, SearchHit } from "./types.js";

/** Plain fuse.js with its default options over the raw paraphrases: the yardstick every gain is measured against. */
export function createBaselineSearcher(entries: readonly Entry[]): Searcher {
  const docs = entries.flatMap((e) => LANGS.flatMap((l) => e.questions[l].map((q) => ({ id: e.id, q }))));
  const fuse = new Fuse(docs, { keys: ["q"], includeScore: true });
  function rank(query: string, limit = 5): SearchHit[] {
    const best = new Map<string, number>();
    for (const r of fuse.search(query)) {
      const score = 1 - (r.score ?? 1);
      if (score > (best.get(r.item.id) ?? -1)) best.set(r.item.id, score);
    }
    return [...best]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
  function decide(query: string): Decision {
    const hits = rank(query, 4);
    const [top] = hits;
    if (top) return { kind: "answer", hit: top, alternatives: hits.slice(1), queryLang: undefined };
    return { kind: "none", suggestions: [], queryLang: undefined };
  }
  return { decide, rank };
}
